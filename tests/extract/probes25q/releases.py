"""Whole releases written for round 25 (not corpus text), each with the statistics expected:
(name, text, [(value, {field: expected}), ...]). Names of events, organisers and venues are
invented; cities and countries are real, for the gazetteer."""


def rel(title, published, body):
    return f'---\ntitle: "{title}"\npublished: {published}\n---\n{body.strip()}\n'


RELEASES = [
    ("xinhua_sector", rel("Tea expo opens in Kunming", "2026-09-01", """
KUNMING, Sept. 1 (Xinhua) -- The 2026 Southwest Tea Culture Expo opened on Monday in Kunming, drawing more than 800 exhibitors from 30 countries and regions.
In 2025, Yunnan's tea output reached 520,000 tonnes, up 6.2 percent year on year.
The province's tea industry employs about 1.5 million people, according to local officials.
Organizers expect between 50,000 and 60,000 visitors during the four-day expo.
"""), [
        (800, {"unit": "exhibitor", "qualifier": "MoreThan", "about": "Southwest Tea Culture Expo"}),
        (30, {"unit": "country and region"}),
        (520000, {"unit": "ton", "measure": "tea output", "about": "Yunnan", "period": "2025"}),
        (6.2, {"unit": "percent", "change_of": 520000, "about": "Yunnan", "period": "2025"}),
        (1500000, {"unit": "person", "qualifier": "Approximately", "about": "Yunnan", "measure": "tea industry employs"}),
        (50000, {"unit": "visitor", "qualifier": "AtLeast"}),
        (60000, {"unit": "visitor", "qualifier": "UpTo", "measure": "visitors"}),
    ]),

    ("prn_keyfigures", rel("Harbor Robotics Show 2026 closes with record attendance", "2026-04-20", """
SAN DIEGO, April 20, 2026 /PRNewswire/ -- The Harbor Robotics Show 2026 closed on Friday with a record 14,200 attendees, up from 11,900 in 2025.

Key figures:
- 410 exhibitors (2025: 365)
- 62% of exhibitors were from outside the United States
- 95,000 square feet of exhibit space
- 120 conference sessions

"We are delighted," said show director Maria Lopez.
"""), [
        (14200, {"unit": "attendee", "measure": "attendees", "about": "Harbor Robotics Show"}),
        (11900, {"unit": "attendee", "period": "2025", "measure": "attendees"}),
        (410, {"unit": "exhibitor", "measure": "exhibitors"}),
        (365, {"unit": "exhibitor", "period": "2025"}),
        (62, {"unit": "percent", "measure": "exhibitors from outside the United States"}),
        (95000, {"unit": "square foot", "measure": "exhibit space"}),
    ]),

    ("wam_tourism", rel("Hotel guests rise in Abu Dhabi", "2026-02-10", """
ABU DHABI, 10th February, 2026 (WAM) -- The Falcon Heritage Festival 2026 welcomed 320,000 visitors over ten days, compared with 270,000 last year, the organising committee announced.
Visitors numbered 45,000 on the opening day alone.
In Abu Dhabi, hotel establishments received 5.2 million guests in 2025, an increase of 9 percent.
The festival generated revenues of AED 85 million (USD 23 million).
"""), [
        (320000, {"unit": "visitor", "about": "Falcon Heritage Festival"}),
        (270000, {"unit": "visitor", "period": "2025", "measure": "visitors"}),
        (45000, {"unit": "visitor", "measure": "visitors"}),
        (5200000, {"unit": "guest", "about": "Abu Dhabi", "period": "2025", "measure": "guests"}),
        (9, {"unit": "percent", "change_of": 5200000, "about": "Abu Dhabi"}),
        (85000000, {"unit": "AED", "measure": "revenues"}),
        (23000000, {"unit": "USD", "measure": "revenues"}),
    ]),

    ("india_crore", rel("Handloom expo records sales", "2026-11-30", """
NEW DELHI: The National Handloom Bazaar 2026 recorded sales of Rs 14.5 crore over 12 days, up from Rs 11 crore last year, officials said on Sunday.
Footfall crossed 3.2 lakh, while 450 weavers from 22 states set up stalls.
The handloom sector employs nearly 35 lakh weavers across India, according to the ministry.
Exports of handloom products stood at Rs 1,200 crore in 2025-26.
"""), [
        (145000000, {"unit": "INR", "measure": "sales", "about": "National Handloom Bazaar"}),
        (110000000, {"unit": "INR", "period": "2025", "measure": "sales"}),
        (320000, {"qualifier": "MoreThan", "measure": "Footfall"}),
        (450, {"unit": "weaver"}),
        (22, {"unit": "state"}),
        (3500000, {"unit": "weaver", "qualifier": "Nearly", "about": "India"}),
        (12000000000, {"unit": "INR", "measure": "Exports of handloom products", "period": "2025/2026"}),
    ]),

    ("nigeria_naira", rel("Lagos trade fair ends", "2026-11-15", """
LAGOS — The 2026 Atlantic Coast International Trade Fair ended on Sunday with transactions valued at N4.2 billion, the organisers said.
The fair attracted over 1,500 exhibitors, 40 per cent of them from outside Nigeria.
In Nigeria, small and medium enterprises account for 48 per cent of GDP and employ 60 million people.
The City of Lagos Council said the fair created about 3,000 temporary jobs.
"""), [
        (4200000000, {"unit": "NGN", "measure": "transactions"}),
        (1500, {"unit": "exhibitor", "qualifier": "MoreThan"}),
        (40, {"unit": "percent"}),
        (48, {"unit": "percent", "about": "Nigeria"}),
        (60000000, {"unit": "person", "about": "Nigeria"}),
        (3000, {"unit": "job", "qualifier": "Approximately", "measure": "temporary jobs"}),
    ]),

    ("kenya_shilling", rel("Nairobi show draws crowds", "2026-10-05", """
NAIROBI, Kenya – The Nairobi Agri-Innovation Show 2026 drew 150,000 visitors in six days, organisers said.
Exhibitors signed deals worth Sh2.3 billion, compared with Sh1.8 billion at the 2025 show.
In Kenya, the agriculture sector employs more than 40 percent of the total workforce and contributes 22 percent of GDP.
Horticulture exports earned the country Sh180 billion in 2025.
"""), [
        (150000, {"unit": "visitor"}),
        (2300000000, {"unit": "KES", "measure": "deals"}),
        (1800000000, {"unit": "KES", "period": "2025", "measure": "deals"}),
        (40, {"unit": "percent", "qualifier": "MoreThan", "about": "Kenya"}),
        (22, {"unit": "percent", "about": "Kenya"}),
        (180000000000, {"unit": "KES", "period": "2025", "measure": "Horticulture exports", "about": "Kenya"}),
    ]),

    ("sa_rand", rel("Cape Town design week results", "2026-03-12", """
CAPE TOWN – The Cape Design Indaba Week 2026 attracted 28,000 visitors, a 12% increase on the previous year.
The event injected an estimated R120 million into the Western Cape economy.
South Africa's creative industries contribute R90 billion to the economy each year and employ roughly 500,000 people.
"""), [
        (28000, {"unit": "visitor"}),
        (12, {"unit": "percent", "change_of": 28000}),
        (120000000, {"unit": "ZAR"}),
        (90000000000, {"unit": "ZAR", "about": "South Africa"}),
        (500000, {"unit": "person", "qualifier": "Approximately", "about": "South Africa"}),
    ]),

    ("latam_feria", rel("Bogota book fair closes", "2026-05-04", """
BOGOTA (EFE) – The Bogota International Book Fair 2026 closed on Sunday after receiving some 610,000 visitors, organisers reported.
Sales reached 42,000 million pesos, 8% more than in 2025.
Around 550 exhibitors from 30 countries took part, and the programme offered 1,700 cultural activities.
Colombia's publishing industry produced 19,500 new titles in 2025, according to the chamber of books.
"""), [
        (610000, {"unit": "visitor", "qualifier": "Approximately"}),
        (42000000000, {"unit": "COP", "measure": "Sales"}),
        (8, {"unit": "percent", "change_of": 42000000000}),
        (550, {"unit": "exhibitor", "qualifier": "Approximately"}),
        (30, {"unit": "country"}),
        (1700, {"unit": "activity"}),
        (19500, {"unit": "title", "about": "Colombia", "period": "2025"}),
    ]),

    ("trade_press", rel("Packaging show reports growth", "2026-06-18", """
The PackTech Europe 2026 exhibition in Milan, Italy, has closed with 36,500 trade visitors (2024: 33,100), an increase of 10 percent.
Around 60% of exhibitors came from abroad, and the net exhibition area grew to 48,000 square metres.
The number of exhibitors rose to 1,020. That was 7% more than at the previous edition.
Per day, the show counted an average of 9,100 visitors.
"""), [
        (36500, {"unit": "visitor", "measure": "trade visitors"}),
        (33100, {"unit": "visitor", "period": "2024"}),
        (10, {"unit": "percent", "change_of": 36500}),
        (60, {"unit": "percent", "qualifier": "Approximately", "measure": "exhibitors"}),
        (48000, {"unit": "square metre", "measure": "net exhibition area"}),
        (1020, {"unit": "exhibitor", "measure": "exhibitors"}),
        (7, {"unit": "percent", "change_of": 1020}),
        (9100, {"unit": "visitor"}),
    ]),

    ("antara_rupiah", rel("Jakarta craft fair posts transactions", "2026-10-12", """
JAKARTA (Antara) - The Indonesia Craft Expo 2026 recorded transactions of Rp45 billion, exceeding the target of Rp40 billion, the Ministry of Industry said.
The five-day exhibition was visited by 75,000 people and featured 900 micro, small and medium enterprises.
Indonesia's creative economy contributed Rp1,400 trillion to the national GDP in 2025.
"""), [
        (45000000000, {"unit": "IDR", "measure": "transactions"}),
        (40000000000, {"unit": "IDR", "measure": "target"}),
        (75000, {"unit": "person"}),
        (900, {"unit": "enterprise"}),
        (1400000000000000, {"unit": "IDR", "about": "Indonesia", "period": "2025"}),
    ]),

    ("spa_riyadh", rel("Riyadh season figures", "2026-01-20", """
RIYADH, January 20, 2026, SPA -- The Riyadh Date Festival 2026 concluded with sales exceeding SAR 1.2 billion, according to the organizing committee.
Participants included 220 farms, and the festival received 1.1 million visitors, up 15% from the previous edition.
The Kingdom produces more than 1.6 million tons of dates annually, the ministry said.
"""), [
        (1200000000, {"unit": "SAR", "qualifier": "MoreThan", "measure": "sales"}),
        (220, {"unit": "farm"}),
        (1100000, {"unit": "visitor"}),
        (15, {"unit": "percent", "change_of": 1100000}),
        (1600000, {"unit": "ton", "qualifier": "MoreThan", "measure": "dates"}),
    ]),

    ("council_city", rel("Marathon brings boost", "2026-04-02", """
The City of Durban Council said the Durban Coastal Marathon 2026 attracted 18,000 runners, of whom 2,500 were international.
Hotels reported an occupancy rate of 92 percent during the race weekend, compared with 65 percent a month earlier.
The city welcomed 1.2 million tourists in 2025.
"""), [
        (18000, {"unit": "runner"}),
        (2500, {"unit": "runner"}),
        (92, {"unit": "percent", "measure": "occupancy rate"}),
        (65, {"unit": "percent", "measure": "occupancy rate"}),
        (1200000, {"unit": "tourist", "period": "2025", "about": "Durban"}),
    ]),
]
