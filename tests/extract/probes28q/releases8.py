"""Round 28 batch 8: changes written as counts ('rose by 1,200 to 5,400', 'increased by 3,000
year on year', 'up by 20,000 year-on-year'), where the recognizer's DATE runs over the count,
in Xinhua, Bernama and trade-press styles."""


def rel(title, published, body):
    return f'---\ntitle: "{title}"\npublished: {published}\n---\n{body.strip()}\n'


RELEASES = [
    ("xinhua_by_count_yoy", rel("Canton-style fair closes", "2026-10-31", """
GUANGZHOU, Oct. 31 (Xinhua) -- The 2026 Pearl River Export Goods Fair closed Saturday. Overseas buyers increased by 20,000 year on year to 240,000, the organizer said.
"""), [
        (20000, {"unit": "buyer", "change_of": 240000}),
        (240000, {"unit": "buyer"}),
    ]),

    ("trade_by_count_to", rel("Packaging fair results", "2026-05-15", """
DUSSELDORF, Germany -- The Rhine Packaging Days 2026 ended on Thursday. Exhibitors rose by 310 to 2,450, while the exhibition area grew by 12,000 square metres to 160,000 square metres.
"""), [
        (310, {"unit": "exhibitor", "change_of": 2450}),
        (2450, {"unit": "exhibitor"}),
        (12000, {"unit": "square metre", "change_of": 160000}),
        (160000, {"unit": "square metre"}),
    ]),

    ("bernama_by_count_yoy_hyphen", rel("Book fair ends", "2026-06-01", """
KUALA LUMPUR, June 1 (Bernama) -- The Kuala Lumpur Readers Fair 2026 ended today with 1.9 million visitors, up by 150,000 year-on-year.
"""), [
        (1900000, {"unit": "visitor"}),
        (150000, {"unit": "visitor", "change_of": 1900000}),
    ]),
]

RELEASES += [
    ("gulf_compared_year_total", rel("Gold and jewellery show", "2026-04-22", """
SHARJAH -- The Gulf Gold Souq Show 2026 opened on Tuesday with 480 exhibitors. The UAE's gold jewellery exports reached Dh48 billion in 2025, compared with the 2024 total of Dh41 billion.
"""), [
        (480, {"unit": "exhibitor"}),
        (48000000000, {"unit": "AED", "period": "2025", "measure": "gold jewellery exports"}),
        (41000000000, {"unit": "AED", "period": "2024", "measure": "exports"}),
    ]),

    ("pr_compared_to_figure", rel("Seed company at agri show", "2026-02-18", """
DES MOINES, Iowa, Feb. 18, 2026 /PRNewswire/ -- Prairiecrest Seeds said its sales reached $710 million in fiscal 2025, an increase of 9 percent compared to the fiscal 2024 figure of $651 million. The company will exhibit at the 2026 Heartland Farm Show.
"""), [
        (710000000, {"unit": "USD", "period": "2025", "about": "Prairiecrest Seeds"}),
        (9, {"unit": "percent", "change_of": 710000000}),
        (651000000, {"unit": "USD", "measure": "sales"}),
    ]),
]
