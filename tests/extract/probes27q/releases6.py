"""Round 27 probe batch 6: the later forms of the round in whole releases (report spans 1H/9M/
Q1-Q3, 'last quarter', 'year-to-date', a change and a level after 'by ... to', a bare change in
the next sentence, bases listed with their years, a gapped clause), our own wording; names
invented, places real."""

from releases import rel

RELEASES = [
    ("company_halves", rel("Machine maker at fair", "2026-06-10", """
STUTTGART, Germany, June 10, 2026 /PRNewswire/ -- Kessler Antriebe AG, exhibiting at the 2026 Swabian Automation Fair, said revenue reached EUR 640 million in 1H 2026.
In 9M 2025, orders had totalled EUR 910 million.
Revenue fell by EUR 20 million to EUR 1.18 billion in the 2025 financial year.
"""), [
        (640000000, {"unit": "EUR", "period": "2026-01/2026-06", "measure": "revenue"}),
        (910000000, {"unit": "EUR", "period": "2025-01/2025-09", "measure": "orders"}),
        (-20000000, {"unit": "EUR", "qualifier": "Exact", "change_of": 1180000000}),
        (1180000000, {"unit": "EUR", "qualifier": "Exact", "period": "2025"}),
    ]),

    ("asia_quarters", rel("Electronics show opens", "2026-08-18", """
SINGAPORE -- The 2026 Straits Electronics Show opened on Tuesday with 720 exhibitors.
Singapore's electronics exports rose 11 percent on the year to S$42 billion in Q1-Q3 2025, official data showed.
Last quarter, chip shipments reached 3.1 billion units.
"""), [
        (720, {"unit": "exhibitor"}),
        (11, {"unit": "percent", "comparison": "year-on-year", "change_of": 42000000000}),
        (42000000000, {"unit": "SGD", "about": "Singapore", "period": "2025-01/2025-09", "measure": "electronics exports"}),
        (3100000000, {"unit": "unit", "period": "2026-04/2026-06", "measure": "chip shipments"}),
    ]),

    ("next_sentence_count", rel("Wine show grows", "2026-04-20", """
CAPE TOWN -- The 2026 Winelands Trade Show closed on Sunday after drawing 18,500 visitors. This was an increase of 2,300 on last year.
Exhibitors numbered 410 and buyers 1,250.
Organisers counted 95 new wine estates, against 80 in 2025 and 72 in 2024.
"""), [
        (18500, {"unit": "visitor"}),
        (2300, {"unit": "visitor", "change_of": 18500}),
        (410, {"unit": "exhibitor"}),
        (1250, {"unit": "buyer"}),
        (95, {"unit": "wine estate"}),
        (80, {"unit": "wine estate", "period": "2025"}),
        (72, {"unit": "wine estate", "period": "2024"}),
    ]),

    ("ytd_trade_press", rel("Boat sales at show", "2026-09-14", """
GENOA, Italy -- The 2026 Ligurian Boat Show closed on Sunday with 1,020 boats on display.
Italian shipyards have booked EUR 3.4 billion in orders year-to-date, the industry association said.
Italian boatbuilders delivered 5,800 yachts in 2025.
"""), [
        (1020, {"unit": "boat"}),
        (3400000000, {"unit": "EUR", "about": "Italy", "measure": "orders"}),
        (5800, {"unit": "yacht", "about": "Italy", "period": "2025"}),
    ]),
]
