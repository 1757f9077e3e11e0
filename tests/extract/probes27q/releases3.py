"""Round 27 probe batch 3: what a figure is about and what it measures (lists of counts,
figures in brackets, key-figure lines 'Exhibitors: 1,200', measures like 'square metres of
exhibition space', 'deals worth', 'trade volume', 'equivalent to N percent of'), our own
wording; names invented, places real."""

from releases import rel

RELEASES = [
    ("organiser_keyfigures", rel("Final report", "2026-11-20", """
The Baltic Maritime Expo 2026 in Gdansk closed its doors on Friday.
Key figures:
Exhibitors: 1,240
Countries represented: 38
Visitors: 27,500
Exhibition space: 45,000 sqm
"""), [
        (1240, {"unit": "exhibitor"}),
        (38, {"unit": "country"}),
        (27500, {"unit": "visitor"}),
        (45000, {"unit": "square metre", "measure": "Exhibition space"}),
    ]),

    ("list_counts", rel("Tech week opens", "2026-06-15", """
LISBON -- The Atlantic Founders Week 2026 opens today with 1,200 exhibitors, 300 speakers and 50,000 visitors expected over three days.
The event occupies 60,000 square metres of exhibition space.
"""), [
        (1200, {"unit": "exhibitor"}),
        (300, {"unit": "speaker"}),
        (50000, {"unit": "visitor"}),
        (60000, {"unit": "square metre", "measure": "exhibition space"}),
    ]),

    ("parens_figures", rel("Wine fair results", "2026-03-24", """
VERONA, Italy -- The 2026 Adige Wine Fair recorded 4,100 exhibitors (up 6 percent) and 97,000 visitors (2025: 93,000).
Foreign buyers made up 30 percent of visitors.
"""), [
        (4100, {"unit": "exhibitor"}),
        (6, {"unit": "percent", "change_of": 4100}),
        (97000, {"unit": "visitor"}),
        (93000, {"unit": "visitor", "period": "2025"}),
        (30, {"unit": "percent", "measure": "Foreign buyers"}),
    ]),

    ("world_output", rel("Steel conference opens", "2026-10-19", """
BEIJING (Xinhua) -- The 2026 Global Steel Outlook Conference opened Monday in Beijing.
China produced 1.02 billion tonnes of crude steel in 2025, equivalent to 54 percent of world output.
Its steel exports totalled 95 million tonnes.
"""), [
        (1020000000, {"unit": "ton", "about": "China", "period": "2025", "measure": "crude steel"}),
        (54, {"unit": "percent", "about": "China", "measure": "world output"}),
        (95000000, {"unit": "ton", "about": "China", "measure": "steel exports"}),
    ]),

    ("trade_volume", rel("Expo boosts bilateral trade", "2026-06-26", """
HARBIN, June 26 (Xinhua) -- The 2026 Northeast Asia Border Expo closed Friday in Harbin.
Trade volume between China and Russia reached 240 billion US dollars last year.
Heilongjiang's trade with Russia accounted for 12 percent of the total.
"""), [
        (240000000000, {"unit": "USD", "measure": "Trade volume", "period": "2025"}),
        (12, {"unit": "percent", "about": "Heilongjiang"}),
    ]),

    ("delegates_subject_far", rel("Mining indaba opens", "2026-02-02", """
CAPE TOWN -- The Southern Africa Mining Forum 2026, which opened on Monday at the city's convention centre and runs until Thursday, has drawn 7,500 delegates, organisers said.
South Africa's mining sector contributed R480 billion to GDP in 2025.
"""), [
        (7500, {"unit": "delegate", "about": "Southern Africa Mining Forum"}),
        (480000000000, {"unit": "ZAR", "about": "South Africa", "period": "2025", "measure": "GDP"}),
    ]),

    ("deals_worth_after", rel("Agri show closes", "2026-04-12", """
ADELAIDE, Australia -- The 2026 Murray Valley Field Days wrapped up on Saturday, with exhibitors reporting deals worth A$65 million.
The three-day show drew 52,000 visitors.
Australia's farm exports hit A$80 billion in 2024-25.
"""), [
        (65000000, {"unit": "AUD", "measure": "deals"}),
        (52000, {"unit": "visitor"}),
        (80000000000, {"unit": "AUD", "about": "Australia", "period": "2024/2025", "measure": "farm exports"}),
    ]),

    ("bullets_dash", rel("Show in numbers", "2026-05-04", """
The Nordic Gaming Convention 2026 in Malmo, in numbers:
- 42,000 visitors from 60 countries
- 410 exhibitors
- 95 hours of talks
- 1,800 media representatives
"""), [
        (42000, {"unit": "visitor"}),
        (60, {"unit": "country"}),
        (410, {"unit": "exhibitor"}),
        (1800, {"unit": "media representative"}),
    ]),

    ("tourism_board", rel("City welcomes congress", "2026-09-03", """
VIENNA -- The Vienna Convention Bureau said on Thursday that the city hosted 6,100 congresses and corporate meetings in 2025, generating 1.9 million overnight stays.
The meetings industry contributed EUR 1.3 billion to Austria's economy.
"""), [
        (6100, {"unit": "congress", "about": "Vienna", "period": "2025"}),
        (1900000, {"unit": "overnight stay", "about": "Vienna", "period": "2025"}),
        (1300000000, {"unit": "EUR", "about": "Austria", "measure": "meetings industry"}),
    ]),

    ("latam_percent_growth", rel("Feria cierra", "2026-07-21", """
BOGOTA, Colombia -- The 2026 Andes Coffee Fair closed on Sunday with 210 exhibitors and business deals of US$ 28 million, 17% more than in the 2025 edition.
Colombia exported 12.8 million 60-kg bags of coffee in 2025.
"""), [
        (210, {"unit": "exhibitor"}),
        (28000000, {"unit": "USD", "measure": "business deals"}),
        (17, {"unit": "percent", "change_of": 28000000}),
        (12800000, {"unit": "bag", "about": "Colombia", "period": "2025"}),
    ]),
]
