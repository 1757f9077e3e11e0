"""Round 28 batch 7: change figures written after, before and around their base ('15% higher
than in 2024', 'grew 20 percent to 60,000', '(+12%)', 'a 14 percent year-on-year rise in
sales to $800 million', 'marking a 30 percent increase over 2025', 'an 8% rise' after the
level, 'Compared with 2025, ... rose by 11%')."""


def rel(title, published, body):
    return f'---\ntitle: "{title}"\npublished: {published}\n---\n{body.strip()}\n'


RELEASES = [
    ("higher_than_in", rel("Trade show results", "2026-06-30", """
BIRMINGHAM, England -- The Midlands Food Trade Show 2026 closed on Thursday. Orders placed at the show were worth GBP 96 million, 15% higher than in 2024.
"""), [
        (96000000, {"unit": "GBP", "measure": "Orders"}),
        (15, {"unit": "percent", "change_of": 96000000}),
    ]),

    ("grew_to", rel("Gaming convention", "2026-08-10", """
The Nordic Games Week 2026 in Malmo ended on Sunday. The number of visitors grew 20 percent to 60,000, organisers said.
"""), [
        (20, {"unit": "percent", "change_of": 60000}),
        (60000, {"unit": "visitor"}),
    ]),

    ("plus_bracket_list", rel("Key figures", "2026-04-30", """
Tallinn Wood Days 2026 - key figures:
Visitors: 48,000 (+12%)
Exhibitors: 410 (+5%)
"""), [
        (48000, {"unit": "visitor"}),
        (12, {"unit": "percent", "change_of": 48000}),
        (410, {"unit": "exhibitor"}),
        (5, {"unit": "percent", "change_of": 410}),
    ]),

    ("yoy_rise_in_sales_to", rel("Cosmetics fair", "2026-03-22", """
BOLOGNA, Italy -- Italy's cosmetics industry posted a 14 percent year-on-year rise in sales to EUR 16 billion in 2025, the industry association said at the opening of the 2026 Emilia Beauty Fair.
"""), [
        (14, {"unit": "percent", "change_of": 16000000000}),
        (16000000000, {"unit": "EUR", "about": "Italy", "period": "2025"}),
    ]),

    ("marking_increase_over", rel("Film festival", "2026-09-14", """
The Coastline Film Festival 2026 sold 88,000 tickets, marking a 30 percent increase over 2025, the festival said on Monday.
"""), [
        (88000, {"unit": "ticket"}),
        (30, {"unit": "percent", "change_of": 88000}),
    ]),

    ("level_then_rise", rel("Aerospace show", "2026-07-24", """
FARNBOROUGH, England -- Airframe makers booked orders worth $148 billion at the 2026 Hampshire Air Show, a 12% rise on the previous show.
"""), [
        (148000000000, {"unit": "USD", "measure": "orders"}),
        (12, {"unit": "percent", "change_of": 148000000000}),
    ]),

    ("compared_with_fronted", rel("Solar exhibition", "2026-06-19", """
MUNICH, Germany -- The Bavarian Solar Expo 2026 closed on Friday with 1,480 exhibitors. Compared with 2025, the number of exhibitors rose by 11 percent.
"""), [
        (1480, {"unit": "exhibitor"}),
        (11, {"unit": "percent", "change_of": 1480}),
    ]),

    ("recorded_growth", rel("Logistics fair Lagos", "2026-11-26", """
LAGOS, Nigeria -- Nigeria's logistics sector recorded revenue of N4.1 trillion in 2025, a growth of 6.3 percent, the ports authority said at the opening of the 2026 West Africa Cargo Expo.
"""), [
        (4100000000000, {"unit": "NGN", "period": "2025", "measure": "revenue"}),
        (6.3, {"unit": "percent", "change_of": 4100000000000}),
    ]),

    ("increased_by_yoy_to_reach", rel("Bamboo expo", "2026-10-18", """
ANJI, Oct. 18 (Xinhua) -- The 2026 Green Bamboo Industry Expo opened Sunday. Zhejiang's bamboo product exports increased by 7.5 percent year-on-year to reach 3.2 billion dollars in the first three quarters of 2026.
"""), [
        (7.5, {"unit": "percent", "change_of": 3200000000}),
        (3200000000, {"unit": "USD", "about": "Zhejiang", "period": "2026-01/2026-09"}),
    ]),

    ("from_last_years_to", rel("Craft beer festival", "2026-05-25", """
PORTLAND, Oregon -- Attendance at the 2026 Cascade Craft Beer Festival jumped 25 per cent from last year's 40,000 to 50,000.
"""), [
        (25, {"unit": "percent", "change_of": 50000}),
        (40000, {"period": "2025"}),
        (50000, {"measure": "Attendance"}),
    ]),
]
