"""Round 27 probe batch 5: subjects and measures in organiser pages, association newsletters
and results releases (a figure about an organiser or an association, a partner country's
figures, a table row, a parenthesis with the base year, a sub-event's own counts), our own
wording; names invented, places real."""

from releases import rel

RELEASES = [
    ("organiser_turnover", rel("Organiser reports record year", "2026-04-02", """
HAMBURG -- Nordmesse GmbH, which organises the Hanseatic Home Show, reported turnover of EUR 410 million for 2025, the highest in its history.
The company staged 38 trade fairs in Germany and abroad last year.
"""), [
        (410000000, {"unit": "EUR", "about": "Nordmesse", "period": "2025", "measure": "turnover"}),
        (38, {"unit": "trade fair", "about": "Nordmesse", "period": "2025"}),
    ]),

    ("association_newsletter", rel("Members' news", "2026-06-18", """
The Pacific Aquaculture Association now counts 1,450 member companies, the association said in its June newsletter.
Its annual conference in Vancouver drew 2,100 delegates from 31 countries.
Canada's farmed salmon output was 95,000 tonnes in 2025.
"""), [
        (1450, {"unit": "member company", "about": "Pacific Aquaculture Association"}),
        (2100, {"unit": "delegate"}),
        (31, {"unit": "country"}),
        (95000, {"unit": "ton", "about": "Canada", "period": "2025", "measure": "farmed salmon output"}),
    ]),

    ("partner_country", rel("Partner country at fair", "2026-01-28", """
NEW DELHI -- Vietnam is the partner country of the 2026 India International Garment Fair, which opened on Wednesday with 900 exhibitors.
Trade between India and Vietnam stood at US$15 billion in 2025.
Vietnam's garment exports reached US$44 billion last year.
"""), [
        (900, {"unit": "exhibitor"}),
        (15000000000, {"unit": "USD", "period": "2025", "measure": "Trade"}),
        (44000000000, {"unit": "USD", "about": "Vietnam", "period": "2025", "measure": "garment exports"}),
    ]),

    ("table_rows", rel("Results in figures", "2026-10-12", """
The 2026 Danube Wood Fair in Budapest, results:
Exhibitors | 620 | 580
Visitors | 41,000 | 37,500
Countries | 28 | 25
"""), [
        (620, {"unit": "exhibitor"}),
        (580, {"unit": "exhibitor"}),
        (41000, {"unit": "visitor"}),
        (37500, {"unit": "visitor"}),
        (28, {"unit": "country"}),
        (25, {"unit": "country"}),
    ]),

    ("paren_base_year", rel("Auto parts fair closes", "2026-11-08", """
SHANGHAI -- The 2026 East China Auto Parts Fair closed on Saturday. Exhibitors numbered 5,200 (2025: 4,800) and visitors 180,000 (2025: 162,000).
"""), [
        (5200, {"unit": "exhibitor"}),
        (4800, {"unit": "exhibitor", "period": "2025"}),
        (180000, {"unit": "visitor"}),
        (162000, {"unit": "visitor", "period": "2025"}),
    ]),

    ("subevent_counts", rel("Forum held at expo", "2026-05-27", """
GUANGZHOU, May 27 (Xinhua) -- The Greater Bay Area Green Finance Forum, held on the sidelines of the 2026 South China Environmental Expo, attracted 600 participants.
The expo itself features 1,300 exhibitors.
"""), [
        (600, {"unit": "participant", "about": "Greater Bay Area Green Finance Forum"}),
        (1300, {"unit": "exhibitor", "about": "South China Environmental Expo"}),
    ]),

    ("city_tourism", rel("City tourism figures", "2026-08-14", """
MELBOURNE -- Visit Victoria said on Friday that the city welcomed 3.2 million international visitors in the year ending June 2026, who spent A$9.1 billion.
Business events accounted for 14 percent of that spending.
"""), [
        (3200000, {"unit": "international visitor", "about": "Melbourne", "period": "2025-07/2026-06"}),
        (9100000000, {"unit": "AUD", "about": "Melbourne", "period": "2025-07/2026-06"}),
        (14, {"unit": "percent"}),
    ]),

    ("province_gdp", rel("Investment fair opens", "2026-09-08", """
XIAMEN, Sept. 8 (Xinhua) -- The 2026 China Cross-Border Investment Fair opened Tuesday in Xiamen. According to the provincial statistics bureau, Fujian's GDP grew 5.6 percent to 5.9 trillion yuan in 2025.
"""), [
        (5.6, {"unit": "percent", "about": "Fujian", "change_of": 5900000000000}),
        (5900000000000, {"unit": "CNY", "about": "Fujian", "period": "2025", "measure": "GDP"}),
    ]),

    ("in_country_prefix", rel("Cocoa week opens", "2026-10-05", """
ABIDJAN -- The 2026 Ivory Coast Cocoa Days opened on Monday.
In Cote d'Ivoire, cocoa production reached 2.1 million tonnes in the 2024/25 season.
"""), [
        (2100000, {"unit": "ton", "about": "Cote d'Ivoire", "period": "2024/2025", "measure": "cocoa production"}),
    ]),

    ("percent_share_subject", rel("Expo draws foreign buyers", "2026-03-19", """
ISTANBUL -- The 2026 Bosphorus Textile Expo closed with 48,000 visitors, of whom 35 percent came from abroad.
Turkish textile exports totalled $12.3 billion in 2025, about 5 percent of the country's total exports.
"""), [
        (48000, {"unit": "visitor"}),
        (35, {"unit": "percent"}),
        (12300000000, {"unit": "USD", "about": "Turkey", "period": "2025", "measure": "textile exports"}),
        (5, {"unit": "percent", "qualifier": "Approximately"}),
    ]),
]
