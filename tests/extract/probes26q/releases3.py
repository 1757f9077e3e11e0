"""Round 26 probe batch 3: the forms the round fixed, each in a whole release of its own
wording (names invented, places real)."""

from releases import rel

RELEASES = [
    ("pti_lakh", rel("Textile expo inaugurated", "2026-02-14", """
NEW DELHI: The Bharat Handloom and Textile Expo 2026 was inaugurated at Pragati Maidan here on Friday, the textiles ministry said.
The expo saw participation of over 3,000 exhibitors and 1.2 lakh trade visitors over four days.
India's textile exports stood at USD 35 billion in 2025, according to the ministry.
"""), [
        (3000, {"unit": "exhibitor", "qualifier": "MoreThan"}),
        (120000, {"unit": "trade visitor", "measure": "trade visitors"}),
        (35000000000, {"unit": "USD", "about": "India", "period": "2025", "measure": "textile exports"}),
    ]),

    ("nation_ke_earned", rel("Agri expo opens in Nairobi", "2026-09-29", """
NAIROBI, Kenya — The 2026 Rift Valley Agri-Business Expo opened at the Jamhuri grounds on Tuesday with 450 exhibitors.
Kenya earned Sh180 billion from tea exports last year, up from Sh140 billion in 2024, the Agriculture Cabinet Secretary said.
The show is expected to attract more than 100,000 visitors.
"""), [
        (450, {"unit": "exhibitor"}),
        (180000000000, {"unit": "KES", "about": "Kenya", "period": "2025", "measure": "tea exports"}),
        (140000000000, {"unit": "KES", "about": "Kenya", "period": "2024", "measure": "tea exports"}),
        (100000, {"unit": "visitor", "qualifier": "MoreThan"}),
    ]),

    ("wam_tourism_city", rel("Food expo opens in Dubai", "2026-06-05", """
DUBAI, 5th June, 2026 (WAM) -- The Gulf Food Industries Expo 2026 opened today at the Dubai World Trade Centre, bringing together 1,500 exhibitors from 100 countries.
Dubai received 18.7 million international overnight visitors last year, a 9 percent increase.
The emirate's non-oil trade reached AED 2 trillion in 2025.
"""), [
        (1500, {"unit": "exhibitor"}),
        (100, {"unit": "country"}),
        (18700000, {"unit": "visitor", "about": "Dubai", "period": "2025"}),
        (9, {"unit": "percent", "about": "Dubai", "change_of": 18700000}),
        (2000000000000, {"unit": "AED", "about": "Dubai", "period": "2025", "measure": "non-oil trade"}),
    ]),

    ("prensa_share", rel("Mining expo opens in Santiago", "2026-04-13", """
SANTIAGO, Chile (Prensa Latina) -- The Andes Mining Expo 2026 opened on Monday with 900 exhibitors.
Mining represents 12 percent of the country's GDP, according to official data.
Chile's copper exports, at US$ 50 billion in 2025, were the highest on record.
The fair received a footfall of 28,000 last year.
"""), [
        (900, {"unit": "exhibitor"}),
        (12, {"unit": "percent", "about": "Chile", "measure": "GDP"}),
        (50000000000, {"unit": "USD", "about": "Chile", "period": "2025", "measure": "copper exports"}),
        (28000, {"measure": "footfall", "period": "2025"}),
    ]),

    ("prn_company_plain", rel("Company reports at show", "2026-05-14", """
LAS VEGAS, May 14, 2026 /PRNewswire/ -- At the 2026 Autonomy Systems Expo, Norvale Robotics Inc. said the company's revenue grew 18% to $410 million in 2025.
The firm, which employs 2,300 people, plans to open two plants in 2027.
Its order backlog rose 25% to $1.2 billion.
"""), [
        (18, {"unit": "percent", "about": "Norvale Robotics", "change_of": 410000000}),
        (410000000, {"unit": "USD", "about": "Norvale Robotics", "period": "2025", "measure": "revenue"}),
        (2300, {"unit": "person", "about": "Norvale Robotics"}),
        (2, {"unit": "plant"}),
        (25, {"unit": "percent", "change_of": 1200000000}),
        (1200000000, {"unit": "USD", "measure": "order backlog"}),
    ]),
]
