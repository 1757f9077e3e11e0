"""Round 26 probe batch 2: periods written many ways, subjects referred back to, measures
written after the number (our own wording; names invented, places real)."""

from releases import rel

RELEASES = [
    ("xinhua_periods", rel("Auto expo opens in Changchun", "2026-07-15", """
CHANGCHUN, July 15 (Xinhua) -- The 2026 Northeast Auto Parts Expo opened here Wednesday.
In H1 2026, Jilin's automobile output reached 1.1 million units.
During January-May, the province exported 85,000 vehicles, up 21 percent year on year.
In the first ten months of 2025, sales of electric cars rose 30 percent to 420,000 units.
The province aims to produce 3 million vehicles a year by 2030.
"""), [
        (1100000, {"unit": "unit", "period": "2026-01/2026-06", "about": "Jilin", "measure": "automobile output"}),
        (85000, {"unit": "vehicle", "period": "2026-01/2026-05", "about": "Jilin"}),
        (21, {"unit": "percent", "change_of": 85000, "comparison": "year-on-year"}),
        (30, {"unit": "percent", "change_of": 420000, "period": "2025-01/2025-10"}),
        (420000, {"unit": "unit", "measure": "sales of electric cars", "period": "2025-01/2025-10"}),
        (3000000, {"unit": "vehicle per year", "period": "2030"}),
    ]),

    ("spa_kingdom", rel("Dates exhibition opens in Riyadh", "2026-10-05", """
RIYADH, Oct 5, 2026, SPA -- The 2026 Riyadh Date Palm Exhibition opened today with 150 exhibitors.
Saudi Arabia's date exports rose 14 percent to SAR 1.6 billion last year.
The kingdom accounted for 17 percent of global date exports, according to the ministry.
Exports from Qassim reached 180,000 tons in 2025.
"""), [
        (150, {"unit": "exhibitor"}),
        (14, {"unit": "percent", "about": "Saudi Arabia", "change_of": 1600000000, "period": "2025"}),
        (1600000000, {"unit": "SAR", "about": "Saudi Arabia", "period": "2025", "measure": "date exports"}),
        (17, {"unit": "percent", "about": "Saudi Arabia"}),
        (180000, {"unit": "ton", "about": "Qassim", "period": "2025", "measure": "Exports"}),
    ]),

    ("trade_press_deals", rel("Marine show posts record", "2026-02-20", """
DUBAI -- The 2026 Gulf Marine Trade Show closed on Saturday with signed agreements worth $310 million and intended deals of a further $95 million, organisers said.
An investment of $2 billion was announced for a new marina at the show.
Transactions totalling AED 40 million were recorded on the first day alone.
The show welcomed 22,000 trade visitors, against 19,500 at the previous edition.
"""), [
        (310000000, {"unit": "USD", "measure": "signed agreements"}),
        (95000000, {"unit": "USD", "measure": "intended deals"}),
        (2000000000, {"unit": "USD", "measure": "investment"}),
        (40000000, {"unit": "AED", "measure": "Transactions"}),
        (22000, {"unit": "trade visitor"}),
        (19500, {"unit": "trade visitor", "period": "2025"}),
    ]),

    ("nikkei_fiscal", rel("Robot fair opens in Tokyo", "2026-11-25", """
TOKYO (Kyodo) -- The 2026 Tokyo Service Robot Fair opened Wednesday at a convention centre in Tokyo.
Japan's service robot market grew 8 percent to 540 billion yen in fiscal 2025.
Over the past five years, the market has doubled.
In FY2024-25, shipments totalled 96,000 units.
"""), [
        (8, {"unit": "percent", "about": "Japan", "change_of": 540000000000}),
        (540000000000, {"unit": "JPY", "about": "Japan", "period": "2025", "measure": "service robot market"}),
        (96000, {"unit": "unit", "period": "2024/2025", "measure": "shipments"}),
    ]),

    ("guardian_ng_country", rel("Agro fair opens in Abuja", "2026-05-18", """
ABUJA -- The 2026 Sahel Agro Allied Fair opened in Abuja on Monday with over 500 exhibitors.
Nigeria's cassava output stood at 60 million tonnes in 2025, the minister said.
The country accounts for 20 percent of global cassava production.
Kano State alone produced 4.5 million tonnes of maize last year.
"""), [
        (500, {"unit": "exhibitor", "qualifier": "MoreThan"}),
        (60000000, {"unit": "ton", "about": "Nigeria", "period": "2025", "measure": "cassava output"}),
        (20, {"unit": "percent", "about": "Nigeria"}),
        (4500000, {"unit": "ton", "about": "Kano State", "period": "2025", "measure": "maize"}),
    ]),
]
