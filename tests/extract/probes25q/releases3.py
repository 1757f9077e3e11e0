"""Third batch of round-25 probe releases (our own wording): what a figure is about: sub-events,
organisations, a province or city named before, the host city's own economy, a company's own
figures, a country by its adjective, 'the region', a council as subject."""


def rel(title, published, body):
    return f'---\ntitle: "{title}"\npublished: {published}\n---\n{body.strip()}\n'


RELEASES = [
    ("xinhua_province", rel("Investment fair signs deals", "2026-06-10", """
NANNING, June 10 (Xinhua) -- The 2026 Beibu Gulf Investment Fair concluded on Tuesday in Nanning, with 86 projects signed worth a total of 42 billion yuan.
Guangxi's foreign trade reached 720 billion yuan last year, up 8.5 percent.
Nanning alone attracted 12 billion yuan of foreign investment in 2025.
During the fair, the Beibu Gulf Digital Economy Forum drew more than 600 participants.
"""), [
        (86, {"unit": "project"}),
        (42000000000, {"unit": "CNY"}),
        (720000000000, {"unit": "CNY", "about": "Guangxi", "period": "2025"}),
        (8.5, {"unit": "percent", "change_of": 720000000000, "about": "Guangxi"}),
        (12000000000, {"unit": "CNY", "about": "Nanning", "period": "2025"}),
        (600, {"unit": "participant", "qualifier": "MoreThan", "about": "Beibu Gulf Digital Economy Forum"}),
    ]),

    ("prn_company", rel("Acme announces results at show", "2026-01-09", """
LAS VEGAS, Jan. 9, 2026 /PRNewswire/ -- Norvale Robotics Inc., a maker of warehouse robots, showcased its new picker at the Consumer Gadget Show 2026.
The company has shipped more than 25,000 robots since 2019 and employs 1,800 people worldwide.
Norvale's revenue grew 34% to $410 million in 2025.
The show itself drew 140,000 attendees.
"""), [
        (25000, {"unit": "robot", "qualifier": "MoreThan", "about": "Norvale Robotics Inc.", "period": "2019/2026"}),
        (1800, {"unit": "person", "about": "Norvale Robotics Inc."}),
        (34, {"unit": "percent", "change_of": 410000000, "about": "Norvale"}),
        (410000000, {"unit": "USD", "about": "Norvale", "period": "2025"}),
        (140000, {"unit": "attendee", "about": "Consumer Gadget Show"}),
    ]),

    ("gulf_emirate", rel("Sharjah book fair", "2026-11-17", """
SHARJAH, 17th November, 2026 (WAM) -- The Sharjah Reading Festival 2026 concluded today after welcoming 1.8 million visitors over 12 days.
Publishers from 112 countries took part, and sales of books exceeded AED 180 million.
The emirate's publishing sector has grown by 20 percent since 2020, according to the authority.
"""), [
        (1800000, {"unit": "visitor", "about": "Sharjah Reading Festival"}),
        (112, {"unit": "country"}),
        (180000000, {"unit": "AED", "qualifier": "MoreThan", "measure": "sales of books"}),
        (20, {"unit": "percent", "about": "Sharjah"}),
    ]),

    ("india_state", rel("Vibrant state summit", "2026-01-14", """
GANDHINAGAR: The Coastal Gujarat Investors Summit 2026 ended on Tuesday with MoUs worth Rs 2.4 lakh crore signed, officials said.
Gujarat accounts for 18 per cent of India's industrial output, and the state's exports stood at $140 billion in 2024-25.
Over 35,000 delegates from 140 countries attended the three-day summit.
"""), [
        (2400000000000, {"unit": "INR", "measure": "MoUs"}),
        (18, {"unit": "percent", "about": "Gujarat"}),
        (140000000000, {"unit": "USD", "about": "Gujarat", "period": "2024/2025"}),
        (35000, {"unit": "delegate", "qualifier": "MoreThan", "about": "Coastal Gujarat Investors Summit"}),
        (140, {"unit": "country"}),
    ]),

    ("africa_port", rel("Port expo", "2026-09-03", """
DAR ES SALAAM – The East Africa Logistics Expo 2026 opened on Wednesday with 250 exhibitors.
The Port of Dar es Salaam handled 27 million tonnes of cargo in 2025, up from 23 million tonnes the year before.
Tanzania's transit trade is worth about Sh3 trillion a year.
"""), [
        (250, {"unit": "exhibitor"}),
        (27000000, {"unit": "ton", "about": "Port of Dar es Salaam", "period": "2025"}),
        (23000000, {"unit": "ton", "about": "Port of Dar es Salaam", "period": "2024"}),
        (3000000000000, {"unit": "TZS", "qualifier": "Approximately", "about": "Tanzania"}),
    ]),

    ("tourism_results", rel("Tourism fair results", "2026-03-09", """
BERLIN, March 9, 2026 -- The Global Travel Exchange 2026 ended on Sunday with 5,600 exhibitors from 170 countries and regions.
The partner country, Albania, welcomed 11.7 million international tourists in 2025, a rise of 15 percent.
According to the organisers, the fair generated bookings of EUR 2.1 billion.
"""), [
        (5600, {"unit": "exhibitor"}),
        (170, {"unit": "country and region"}),
        (11700000, {"about": "Albania", "period": "2025"}),
        (15, {"unit": "percent", "change_of": 11700000, "about": "Albania"}),
        (2100000000, {"unit": "EUR", "measure": "bookings"}),
    ]),

    ("latam_mining", rel("Mining convention", "2026-09-25", """
LIMA, Sept. 25 (Reuters) - The Andean Mining Convention 2026 closed on Friday with 68,000 visitors, organisers said.
Peru produced 2.7 million tonnes of copper in 2025, making it the world's third-largest producer.
Mining accounts for about 60 percent of Peru's exports.
Investment commitments announced at the event reached $9 billion.
"""), [
        (68000, {"unit": "visitor"}),
        (2700000, {"unit": "ton", "about": "Peru", "period": "2025", "measure": "copper"}),
        (60, {"unit": "percent", "qualifier": "Approximately", "about": "Peru"}),
        (9000000000, {"unit": "USD", "measure": "Investment commitments"}),
    ]),

    ("council_subject", rel("Show economic impact", "2026-08-30", """
The City of Cardiff Council has published the results of the Cardiff Harbour Show 2026.
According to the council, the show attracted 210,000 visitors and generated £18 million for the local economy.
The council spent £1.2 million on staging the event.
"""), [
        (210000, {"unit": "visitor", "about": "Cardiff Harbour Show"}),
        (18000000, {"unit": "GBP"}),
        (1200000, {"unit": "GBP", "about": "City of Cardiff Council"}),
    ]),
]
