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
]
