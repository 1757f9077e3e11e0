"""Round 27 probe batch 4: change and level orders ('jumped to 45,000 from 38,000', 'versus',
'increased by 2,500 to 18,000', 'more than doubled to'), y/y abbreviations, quarters and
financial years written short, money written many ways (glued codes, hyphenated scales,
'half a million'); our own wording; names invented, places real."""

from releases import rel

RELEASES = [
    ("to_from_order", rel("Furniture fair grows", "2026-03-16", """
KUALA LUMPUR, March 16 (Bernama) -- The number of visitors to the Tropical Furniture Fair 2026 jumped to 45,000 from 38,000 last year, the organiser said.
Export orders secured at the fair rose to US$1.1 billion.
"""), [
        (45000, {"unit": "visitor", "measure": "number of visitors"}),
        (38000, {"unit": "visitor", "period": "2025"}),
        (1100000000, {"unit": "USD", "measure": "Export orders"}),
    ]),

    ("versus", rel("Jewellery show results", "2026-09-28", """
HONG KONG -- The Harbour Jewellery & Gem Show 2026 drew 61,000 buyers, versus 55,400 in 2025.
Exhibitors numbered 3,900, from 48 countries and regions.
"""), [
        (61000, {"unit": "buyer"}),
        (55400, {"unit": "buyer", "period": "2025"}),
        (3900, {"unit": "exhibitor", "measure": "Exhibitors"}),
        (48, {"unit": "country and region"}),
    ]),

    ("by_to", rel("Motor show closes", "2026-04-06", """
BANGKOK -- The 2026 Chao Phraya Motor Show closed on Sunday. Visitor numbers increased by 2,500 to 18,000 on the final day alone.
Car bookings more than doubled to 42,600 units.
"""), [
        (2500, {"unit": "visitor", "change_of": 18000}),
        (18000, {"unit": "visitor"}),
        (42600, {"unit": "unit", "measure": "Car bookings"}),
    ]),

    ("yoy_abbrev", rel("Semiconductor expo opens", "2026-09-02", """
TAIPEI, Sept. 2 (CNA) -- The 2026 Formosa Chip Expo opened Wednesday with 1,100 exhibitors.
Taiwan's semiconductor exports rose 18.5% y/y to US$165 billion in 2025.
In Q3 2025, output value grew 21 percent YoY.
"""), [
        (1100, {"unit": "exhibitor"}),
        (18.5, {"unit": "percent", "change_of": 165000000000, "comparison": "year-on-year"}),
        (165000000000, {"unit": "USD", "about": "Taiwan", "period": "2025", "measure": "semiconductor exports"}),
        (21, {"unit": "percent", "period": "2025-07/2025-09", "measure": "output value", "comparison": "year-on-year"}),
    ]),

    ("short_fy", rel("Tea auction centre report", "2026-05-30", """
KOLKATA (PTI) -- Tea exports from India touched 255 million kg in FY26, the Tea Board said on Saturday.
In FY25, exports had stood at 231 million kg, worth Rs 7,100 crore.
The three-day India Tea Convention 2026 will open here on Monday.
"""), [
        (255000000, {"unit": "kilogram", "about": "India", "period": "2026"}),
        (231000000, {"unit": "kilogram", "period": "2025"}),
        (71000000000, {"unit": "INR", "period": "2025"}),
    ]),

    ("money_forms", rel("Investment summit closes", "2026-11-14", """
JOHANNESBURG -- The 2026 Highveld Investment Summit closed on Friday with pledges of R1.2-billion from 14 companies.
Funding of USD1.5 billion was also committed by development banks, while local banks offered N2.5bn in credit lines to Nigerian traders.
"""), [
        (1200000000, {"unit": "ZAR", "measure": "pledges"}),
        (14, {"unit": "company"}),
        (1500000000, {"unit": "USD", "measure": "Funding"}),
        (2500000000, {"unit": "NGN", "measure": "credit lines"}),
    ]),

    ("half_a_million", rel("Lantern festival ends", "2026-02-25", """
SEOUL -- The 2026 Cheonggye Lantern Festival ended on Sunday after drawing half a million visitors in nine days.
Foreigners accounted for about a quarter of them.
"""), [
        (500000, {"unit": "visitor"}),
        (25, {"unit": "percent", "qualifier": "Approximately"}),
    ]),

    ("area_forms", rel("Industrial fair opens", "2026-05-12", """
CHONGQING, May 12 (Xinhua) -- The 2026 Western China Smart Manufacturing Fair opened Tuesday, covering a total floor area of 120,000 square meters.
Over 1,600 enterprises from 30 countries and regions are taking part, the organizers said.
"""), [
        (120000, {"unit": "square metre", "measure": "floor area"}),
        (1600, {"unit": "enterprise", "qualifier": "MoreThan"}),
        (30, {"unit": "country and region"}),
    ]),

    ("last_fiscal", rel("Firm unveils robots at fair", "2026-10-21", """
OSAKA (Kyodo) -- Hanamori Industries Co. unveiled two new welding robots at the 2026 Kansai Factory Automation Fair on Wednesday.
The company posted sales of 312 billion yen in the last fiscal year, up 7 percent.
It aims to sell 5,000 robots annually by fiscal 2028.
"""), [
        (312000000000, {"unit": "JPY", "about": "Hanamori Industries", "measure": "sales"}),
        (7, {"unit": "percent", "change_of": 312000000000}),
        (5000, {"unit": "robot per year", "period": "2028"}),
    ]),

    ("second_half_last_year", rel("Cruise expo opens", "2026-03-03", """
MIAMI--(BUSINESS WIRE)--The 2026 Caribbean Cruise Trade Expo opened Tuesday with 700 exhibiting companies.
Cruise lines carried 18.6 million passengers in the second half of last year, according to an industry association.
Over the past 12 months, 41 new ships have been ordered.
"""), [
        (700, {"unit": "exhibiting company"}),
        (18600000, {"unit": "passenger", "period": "2025-07/2025-12"}),
        (41, {"unit": "ship"}),
    ]),
]
