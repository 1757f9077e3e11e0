"""Round 28 batch 3: measures, shares and subjects ('one in three', 'a third of', 'N-strong',
'drew a record N visitors', 'footfall of N', '$3 per kilogram', 'the region's exports',
'the country's output', 'exhibitors from 40 countries', billion yuan, crore, Dh, Rp) and
numbers that are no statistics (phone, street, booth and hall numbers, editions, years)."""


def rel(title, published, body):
    return f'---\ntitle: "{title}"\npublished: {published}\n---\n{body.strip()}\n'


RELEASES = [
    ("one_in_three", rel("Fintech week survey", "2026-06-04", """
LONDON -- One in three visitors to the Thames Fintech Week 2026 came from outside Europe, a survey by the organisers found.
A third of the 420 exhibitors were start-ups.
"""), [
        (33.3, {"unit": "percent"}),
        (33.3, {"unit": "percent"}),
        (420, {"unit": "exhibitor"}),
    ]),

    ("strong_delegation", rel("Trade mission at food fair", "2026-02-09", """
DUBAI -- A 60-strong delegation of Kenyan exporters is taking part in the Gulf Fresh Food Show 2026, which opened at the Dubai World Trade Centre on Monday.
The show features 1,900 exhibitors from 85 countries.
"""), [
        (60, {"about": "Kenya"}),
        (1900, {"unit": "exhibitor"}),
        (85, {"unit": "country"}),
    ]),

    ("record_drew", rel("Boat show breaks record", "2026-09-21", """
SOUTHAMPTON, England -- The Solent Boat Show 2026 drew a record 112,000 visitors over ten days, organisers said on Sunday.
Footfall at the show's marina village reached 48,000.
"""), [
        (112000, {"unit": "visitor", "measure": "visitors"}),
        (48000, {"measure": "Footfall"}),
    ]),

    ("per_kilogram", rel("Coffee auction sets prices", "2026-05-30", """
ADDIS ABABA -- Top lots at the Highland Coffee Cup 2026 auction sold for $38 per kilogram, the organisers said.
Ethiopia exported 300,000 tonnes of coffee in 2025.
"""), [
        (38, {"unit": "USD", "measure": "Top lots"}),
        (300000, {"unit": "ton", "about": "Ethiopia", "period": "2025", "measure": "coffee"}),
    ]),

    ("region_exports", rel("Seafood expo opens", "2026-04-21", """
QINGDAO, April 21 (Xinhua) -- The 2026 Yellow Sea Seafood Expo opened Tuesday with 1,700 exhibitors.
The region's aquatic exports reached 6.2 billion yuan last year, local officials said.
The country's output of farmed fish topped 57 million tonnes in 2025.
"""), [
        (1700, {"unit": "exhibitor"}),
        (6200000000, {"unit": "CNY", "period": "2025", "measure": "aquatic exports"}),
        (57000000, {"unit": "ton", "about": "China", "period": "2025", "measure": "output of farmed fish", "qualifier": "MoreThan"}),
    ]),

    ("phone_booth", rel("Lighting fair opens", "2026-03-08", """
FRANKFURT, Germany -- The 2026 Main Light Forum opens on Sunday at Hall 11 of the exhibition grounds with 420 exhibitors.
Visitors can find Lumora GmbH at Booth 11.1-C42. For tickets, call +49 69 7575 1234 or visit the box office at 1 Messeplatz.
This is the forum's 14th edition.
"""), [
        (420, {"unit": "exhibitor"}),
    ]),

    ("gulf_dh_billion", rel("Property show deals", "2026-10-02", """
ABU DHABI -- Deals worth Dh4.7 billion were signed at the Capital Property Show 2026, organisers said on Friday.
The three-day show welcomed 31,000 visitors from 70 countries.
"""), [
        (4700000000, {"unit": "AED", "measure": "Deals"}),
        (31000, {"unit": "visitor"}),
        (70, {"unit": "country"}),
    ]),

    ("antara_rp_trillion", rel("Investment forum", "2026-08-14", """
Makassar, South Sulawesi (ANTARA) - The Celebes Investment Forum 2026 attracted investment commitments worth Rp12.5 trillion, the provincial government said on Thursday.
South Sulawesi's economy grew 5.2 percent in 2025.
"""), [
        (12500000000000, {"unit": "IDR", "measure": "investment commitments"}),
        (5.2, {"unit": "percent", "about": "South Sulawesi", "period": "2025"}),
    ]),

    ("pti_crore_state", rel("Handloom expo in Bhubaneswar", "2026-12-10", """
BHUBANESWAR: The Odisha Handloom Haat 2026 recorded sales of Rs 14 crore in ten days, the state handlooms department said.
Around 300 weavers from 18 districts took part.
The state's handloom exports were worth Rs 210 crore in 2025-26.
"""), [
        (140000000, {"unit": "INR", "measure": "sales"}),
        (300, {"unit": "weaver", "qualifier": "Approximately"}),
        (18, {"unit": "district"}),
        (2100000000, {"unit": "INR", "measure": "handloom exports", "period": "2025/2026"}),
    ]),

    ("nigeria_from_countries", rel("Oil and gas week opens", "2026-07-07", """
ABUJA, Nigeria -- The 2026 Niger Delta Energy Week opened on Tuesday with 250 exhibitors from 30 countries.
Nigeria's crude oil output averaged 1.6 million barrels per day in the first half of the year, the regulator said.
"""), [
        (250, {"unit": "exhibitor"}),
        (30, {"unit": "country"}),
        (1600000, {"unit": "barrel per day", "about": "Nigeria", "period": "2026-01/2026-06"}),
    ]),

    ("central_asia_tenge", rel("Grain forum in Astana", "2026-06-18", """
ASTANA, Kazakhstan -- More than 800 delegates from 25 countries gathered for the Steppe Grain Forum 2026 on Thursday.
Kazakhstan harvested 26.7 million tonnes of grain in 2025, the agriculture ministry said.
Grain exports brought in $2.9 billion.
"""), [
        (800, {"unit": "delegate", "qualifier": "MoreThan"}),
        (25, {"unit": "country"}),
        (26700000, {"unit": "ton", "about": "Kazakhstan", "period": "2025", "measure": "grain"}),
        (2900000000, {"unit": "USD", "measure": "Grain exports"}),
    ]),

    ("organiser_page_key_figures", rel("Facts and figures", "2026-11-30", """
Harbourline Design Week 2026 in figures: 540 exhibitors, 38,000 visitors, 62 talks and 14,000 square metres of exhibition space.
Around 40 per cent of the visitors came from abroad.
"""), [
        (540, {"unit": "exhibitor"}),
        (38000, {"unit": "visitor"}),
       
        (14000, {"unit": "square metre"}),
        (40, {"unit": "percent", "qualifier": "Approximately"}),
    ]),

    ("yuan_bn_province", rel("Tea expo in Fuzhou", "2026-05-16", """
FUZHOU, May 16 (Xinhua) -- The 2026 Min River Tea Expo opened Saturday with 2,200 booths.
Fujian's tea industry generated an output value of 160 billion yuan in 2025, up 7 percent year on year.
"""), [
        (2200, {"unit": "booth"}),
        (160000000000, {"unit": "CNY", "about": "Fujian", "period": "2025", "measure": "output value"}),
        (7, {"unit": "percent", "change_of": 160000000000}),
    ]),

    ("kenya_shilling_bn", rel("Tea auction and fair", "2026-08-01", """
NAIROBI, Kenya -- Kenya earned Sh180 billion from tea exports in 2025, the tea board said at the opening of the 2026 Highlands Tea Fair.
The fair hosts 150 exhibitors.
"""), [
        (180000000000, {"unit": "KES", "about": "Kenya", "period": "2025", "measure": "tea exports"}),
        (150, {"unit": "exhibitor"}),
    ]),
]
