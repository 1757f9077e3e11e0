"""Sixth batch of round-25 probe releases (our own wording): comparisons with an earlier year
written many ways, changes in the next sentence, per-day figures and 'a record' phrasing, in
Indian, African, Latin-American and agency styles."""


def rel(title, published, body):
    return f'---\ntitle: "{title}"\npublished: {published}\n---\n{body.strip()}\n'


RELEASES = [
    ("india_compare", rel("Trade fair ends", "2026-11-28", """
NEW DELHI: The 45th India International Trade Mela concluded on Thursday, drawing 16 lakh visitors against 13.5 lakh last year.
Business worth Rs 600 crore was transacted, as compared to Rs 480 crore in 2025.
On the final day alone, footfall stood at 1.8 lakh.
The state pavilions recorded sales of Rs 95 crore, nearly double the previous year's figure.
"""), [
        (1600000, {"unit": "visitor", "about": "India International Trade Mela"}),
        (1350000, {"unit": "visitor", "period": "2025"}),
        (6000000000, {"unit": "INR", "measure": "Business"}),
        (4800000000, {"unit": "INR", "period": "2025", "measure": "Business"}),
        (180000, {"measure": "footfall"}),
        (950000000, {"unit": "INR", "measure": "sales"}),
    ]),

    ("africa_compare", rel("Expo figures", "2026-08-12", """
KAMPALA – The Uganda Manufacturers Expo 2026 closed on Sunday after attracting 92,000 visitors, up from 81,000 in 2025.
A total of 1,150 exhibitors participated. That was 10 percent more than last year.
Exhibitors reported sales of Shs14 billion, compared with Shs11 billion the previous year.
"""), [
        (92000, {"unit": "visitor"}),
        (81000, {"unit": "visitor", "period": "2025"}),
        (1150, {"unit": "exhibitor"}),
        (10, {"unit": "percent", "change_of": 1150}),
        (14000000000, {"unit": "UGX", "measure": "sales"}),
        (11000000000, {"unit": "UGX", "period": "2025", "measure": "sales"}),
    ]),

    ("record_perday", rel("Carnival numbers", "2026-02-18", """
RIO DE JANEIRO (AP) — A record 2.1 million tourists visited Rio during this year's carnival, city officials said.
Hotels reported average occupancy of 95%, and the city estimated visitor spending at 5.7 billion reais.
The street parades drew an average of 400,000 people per day.
"""), [
        (2100000, {"unit": "tourist", "about": "Rio"}),
        (95, {"unit": "percent", "measure": "occupancy"}),
        (5700000000, {"unit": "BRL", "measure": "visitor spending"}),
        (400000, {"unit": "person"}),
    ]),

    ("yonhap_style", rel("Seoul game show", "2026-11-17", """
SEOUL, Nov. 17 (Yonhap) -- The Seoul Game Expo 2026 wrapped up its four-day run on Sunday with a record 215,000 visitors, the organizers said.
The figure marks a 9.2 percent increase from last year's 197,000.
Some 1,300 companies from 44 countries set up 3,300 booths.
"""), [
        (215000, {"unit": "visitor"}),
        (9.2, {"unit": "percent", "change_of": 215000}),
        (197000, {"unit": "visitor", "period": "2025"}),
        (1300, {"unit": "company", "qualifier": "Approximately"}),
        (44, {"unit": "country"}),
        (3300, {"unit": "booth"}),
    ]),
]
