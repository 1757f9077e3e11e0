"""Whole releases written for round 26 (not corpus text), each with the statistics expected:
(name, text, [(value, {field: expected}), ...]). Names of events, organisers and companies
are invented; cities and countries are real, for the gazetteer."""


def rel(title, published, body):
    return f'---\ntitle: "{title}"\npublished: {published}\n---\n{body.strip()}\n'


RELEASES = [
    ("antara_crossed", rel("Coffee expo draws crowds", "2026-10-12", """
JAKARTA (ANTARA) - The 2026 Nusantara Coffee Expo closed on Sunday after visitor numbers crossed 42,000 over four days, the organisers said.
Transactions at the expo crossed Rp 18 billion.
Indonesia exported 410,000 metric tons of coffee in 2025, compared with 380,000 tonnes two years ago.
"""), [
        (42000, {"unit": "visitor", "qualifier": "MoreThan"}),
        (18000000000, {"unit": "IDR", "qualifier": "MoreThan", "measure": "Transactions"}),
        (410000, {"unit": "ton", "about": "Indonesia", "period": "2025"}),
        (380000, {"unit": "ton", "period": "2024"}),
    ]),

    ("pti_decade", rel("Spice fair opens in Kochi", "2026-03-05", """
KOCHI: The Malabar Spice Trade Fair 2026 opened here on Thursday with 260 exhibitors from 18 countries.
A decade ago the fair had only 40 exhibitors, organisers said.
India's spice exports stood at 1.5 million MT in fiscal 2025, according to the board.
"""), [
        (260, {"unit": "exhibitor"}),
        (18, {"unit": "country"}),
        (40, {"unit": "exhibitor", "period": "2016"}),
        (1500000, {"unit": "ton", "about": "India"}),
    ]),

    ("bernama_ago", rel("Halal showcase records sales", "2026-09-20", """
KUALA LUMPUR, Sept 20 (Bernama) -- The Asean Halal Products Showcase 2026 recorded sales of RM2.1 billion, the organiser said today.
Three years ago, the showcase recorded RM1.4 billion in sales.
Malaysia's halal exports reached RM61 billion last year.
"""), [
        (2100000000, {"unit": "MYR", "measure": "sales"}),
        (1400000000, {"unit": "MYR", "period": "2023", "measure": "sales"}),
        (61000000000, {"unit": "MYR", "about": "Malaysia", "period": "2025", "measure": "halal exports"}),
    ]),

    ("xinhua_change_next", rel("Border trade fair opens", "2026-08-10", """
NANNING, Aug. 10 (Xinhua) -- The 2026 Beibu Gulf Border Trade Fair opened Monday in Nanning, with 1,800 enterprises from 25 countries taking part.
In the first half of 2026, Guangxi's foreign trade reached 320 billion yuan. That is 12 percent more than in the same period last year.
The region's border trade totalled 95 billion yuan in 2025, up from 80 billion yuan in 2024.
Since its inception in 2010, the fair has attracted a total of 2.3 million visitors.
"""), [
        (1800, {"unit": "enterprise"}),
        (25, {"unit": "country"}),
        (320000000000, {"unit": "CNY", "about": "Guangxi", "period": "2026-01/2026-06", "measure": "foreign trade"}),
        (12, {"unit": "percent", "change_of": 320000000000}),
        (95000000000, {"unit": "CNY", "period": "2025", "measure": "border trade"}),
        (80000000000, {"unit": "CNY", "period": "2024", "measure": "border trade"}),
        (2300000, {"unit": "visitor", "period": "2010/2026"}),
    ]),

    ("bizwire_company", rel("Company reports results at show", "2026-05-14", """
LAS VEGAS--(BUSINESS WIRE)--Norvale Robotics Inc. today announced at the 2026 Autonomy Systems Expo that the company's revenue grew 18% to $410 million in fiscal 2025.
The company shipped 12,500 units in the third quarter of 2025, a 15% rise from the previous quarter.
Norvale employs more than 2,000 people worldwide.
"""), [
        (18, {"unit": "percent", "change_of": 410000000, "about": "Norvale Robotics"}),
        (410000000, {"unit": "USD", "about": "Norvale Robotics", "measure": "revenue", "period": "2025"}),
        (12500, {"unit": "unit", "about": "Norvale Robotics", "period": "2025-07/2025-09"}),
        (15, {"unit": "percent", "change_of": 12500}),
        (2000, {"unit": "person", "qualifier": "MoreThan", "about": "Norvale Robotics"}),
    ]),

    ("wam_emirate", rel("Date festival concludes", "2026-07-28", """
LIWA, 28th July, 2026 (WAM) -- The 2026 Liwa Palm Harvest Festival concluded today, having welcomed 86,000 visitors over 12 days.
The festival recorded sales worth AED 9 million, an increase of 20 percent compared with the previous edition.
The emirate's date production exceeded 300,000 tonnes in 2025.
"""), [
        (86000, {"unit": "visitor", "about": "Liwa Palm Harvest Festival"}),
        (9000000, {"unit": "AED", "measure": "sales"}),
        (20, {"unit": "percent", "comparison": "year-on-year"}),
        (300000, {"unit": "ton", "qualifier": "MoreThan", "period": "2025", "measure": "date production"}),
    ]),

    ("latam_measures", rel("Feria agroindustrial cierra", "2026-04-02", """
LIMA, April 2 (Andina) -- The 2026 Andean Agro Expo closed with business intentions worth US$ 45 million, the organisers reported.
The fair brought together 350 exhibitors from 14 countries and received a footfall of 28,000.
Peru's agricultural exports grew by a fifth in 2025, reaching US$ 12.4 billion.
Exports to China increased threefold over the past five years.
"""), [
        (45000000, {"unit": "USD", "measure": "business intentions"}),
        (350, {"unit": "exhibitor"}),
        (14, {"unit": "country"}),
        (28000, {"measure": "footfall"}),
        (20, {"unit": "percent", "about": "Peru", "change_of": 12400000000}),
        (12400000000, {"unit": "USD", "about": "Peru", "period": "2025", "measure": "agricultural exports"}),
    ]),

    ("korea_press", rel("Battery show attracts buyers", "2026-03-12", """
SEOUL, March 12 (Yonhap) -- The 2026 Seoul Cell Tech Show drew 640 exhibitors and 71,000 visitors over three days, organizers said Thursday.
On-site orders amounted to 210 billion won, while business inquiries totalled 3,400.
South Korea's battery exports fell 3 percentage points in share to 17 percent last year.
"""), [
        (640, {"unit": "exhibitor"}),
        (71000, {"unit": "visitor"}),
        (210000000000, {"unit": "KRW", "measure": "On-site orders"}),
        (3400, {"measure": "business inquiries"}),
        (17, {"unit": "percent", "about": "South Korea", "period": "2025"}),
    ]),
]
