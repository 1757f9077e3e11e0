"""Round 28 batch 5: more wire styles (Kyodo, TASS-style, Andina, CNA, Gulf papers, East
African and South African papers, organisers' closing reports) with shares, ranges, rates and
company boilerplate in apposition."""


def rel(title, published, body):
    return f'---\ntitle: "{title}"\npublished: {published}\n---\n{body.strip()}\n'


RELEASES = [
    ("andina_range", rel("Mining convention opens", "2026-09-22", """
AREQUIPA, Peru -- The Southern Andes Mining Convention 2026 opened on Monday and expects between 60,000 and 70,000 visitors over five days.
Peru's copper output rose 3.4 percent to 2.8 million tonnes in 2025, the energy and mines ministry said.
"""), [
        (60000, {"unit": "visitor", "qualifier": "AtLeast"}),
        (70000, {"unit": "visitor", "qualifier": "UpTo"}),
        (3.4, {"unit": "percent", "change_of": 2800000}),
        (2800000, {"unit": "ton", "about": "Peru", "period": "2025", "measure": "copper output"}),
    ]),

    ("sa_rand_boilerplate", rel("Wine show in Cape Town", "2026-05-19", """
CAPE TOWN -- Kloofwater Estates, a family-owned producer with 450 hectares of vineyards, is among the 320 exhibitors at the 2026 Cape Winelands Show.
South African wine exports were worth R11 billion last year.
"""), [
        (450, {"unit": "hectare", "about": "Kloofwater Estates"}),
        (320, {"unit": "exhibitor"}),
        (11000000000, {"unit": "ZAR", "period": "2025", "measure": "wine exports"}),
    ]),

    ("cna_sgd", rel("Food tech summit", "2026-10-27", """
SINGAPORE: The 2026 Lion City Food Tech Summit opened on Tuesday with more than 250 speakers and 8,000 participants.
Singapore's agri-food tech sector attracted S$420 million in investment in 2025.
"""), [
        (250, {"unit": "speaker", "qualifier": "MoreThan"}),
        (8000, {"unit": "participant"}),
        (420000000, {"unit": "SGD", "about": "Singapore", "period": "2025"}),
    ]),

    ("closing_report_shares", rel("Final report", "2026-12-01", """
The Baltic Maritime Week 2026 closed in Gdansk with 14,200 visitors. Nine out of ten exhibitors said they would return, and 62 percent of visitors were decision-makers.
Exhibitors came from 33 countries, up from 28 in 2024.
"""), [
        (14200, {"unit": "visitor"}),
        (90, {"unit": "percent"}),
        (62, {"unit": "percent"}),
        (33, {"unit": "country"}),
        (28, {"unit": "country", "period": "2024"}),
    ]),

    ("kyodo_yen", rel("Robot expo in Tokyo", "2026-12-03", """
TOKYO (Kyodo) -- The International Robot Fair Tokyo 2026 opened Wednesday with 650 companies.
Japan's industrial robot orders totaled 980 billion yen in the April-September period, up 11 percent from a year earlier, an industry body said.
"""), [
        (650, {"unit": "company"}),
        (980000000000, {"unit": "JPY", "about": "Japan", "period": "2026-04/2026-09", "measure": "industrial robot orders"}),
        (11, {"unit": "percent", "change_of": 980000000000}),
    ]),

    ("tass_rubles", rel("Industrial forum in Yekaterinburg", "2026-07-09", """
YEKATERINBURG -- Agreements worth 210 billion rubles were signed at the Urals Industrial Forum 2026, the regional government said.
The forum brought together more than 45,000 participants from 90 countries.
"""), [
        (210000000000, {"unit": "RUB", "measure": "Agreements"}),
        (45000, {"unit": "participant", "qualifier": "MoreThan"}),
        (90, {"unit": "country"}),
    ]),

    ("gulf_times_qar", rel("Doha jewellery exhibition", "2026-02-24", """
DOHA -- The Pearl Gulf Jewellery Exhibition 2026 ended on Saturday with sales estimated at QR1.1 billion, organisers said.
Some 500 brands from 20 countries took part.
"""), [
        (1100000000, {"unit": "QAR", "measure": "sales"}),
        (500, {"unit": "brand", "qualifier": "Approximately"}),
        (20, {"unit": "country"}),
    ]),

    ("uganda_shillings", rel("Kampala trade show", "2026-10-10", """
KAMPALA, Uganda -- The 2026 Lake Victoria Trade Show closed with deals worth Shs45 billion, the Uganda Manufacturers Forum said.
Uganda's coffee exports fetched $2.1 billion in the 12 months to September 2026.
"""), [
        (45000000000, {"unit": "UGX", "measure": "deals"}),
        (2100000000, {"unit": "USD", "about": "Uganda", "period": "2025-10/2026-09", "measure": "coffee exports"}),
    ]),

    ("vietnam_dong_trade", rel("Vietnam textile expo", "2026-04-08", """
HO CHI MINH CITY -- The Saigon Textile and Garment Expo 2026 opened on Wednesday with 1,300 booths from 18 countries.
Vietnam's textile and garment exports reached US$44 billion in 2025, up 8.8 percent year-on-year.
"""), [
        (1300, {"unit": "booth"}),
        (18, {"unit": "country"}),
        (44000000000, {"unit": "USD", "about": "Vietnam", "period": "2025", "measure": "textile and garment exports"}),
        (8.8, {"unit": "percent", "change_of": 44000000000}),
    ]),

    ("tenfold_since", rel("Drone show grows", "2026-06-11", """
The Skyward Drone Expo 2026 opened in Denver with 420 exhibitors, more than ten times the 40 it had at its launch in 2016.
"""), [
        (420, {"unit": "exhibitor"}),
        (40, {"unit": "exhibitor", "period": "2016"}),
    ]),
]
