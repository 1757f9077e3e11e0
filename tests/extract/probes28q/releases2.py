"""Round 28 batch 2: periods ('in the first half of 2026', 'during the three-day fair', 'over
the past five years', 'since its launch in 2015', 'fiscal 2025', 'in Q3', 'last year' beside
a comparison) in Xinhua, PTI, Bernama, trade-press and organiser styles."""


def rel(title, published, body):
    return f'---\ntitle: "{title}"\npublished: {published}\n---\n{body.strip()}\n'


RELEASES = [
    ("xinhua_first_half", rel("Auto parts expo opens in Wuhu", "2026-08-20", """
WUHU, Aug. 20 (Xinhua) -- The 2026 Yangtze Auto Parts Expo opened Thursday, gathering 900 enterprises.
In the first half of 2026, Anhui's automobile output reached 1.6 million units, up 28 percent year on year.
"""), [
        (900, {"unit": "enterprise"}),
        (1600000, {"unit": "unit", "about": "Anhui", "period": "2026-01/2026-06", "measure": "automobile output"}),
        (28, {"unit": "percent", "change_of": 1600000}),
    ]),

    ("trade_during_fair", rel("Machine tool fair reports orders", "2026-05-09", """
MILAN, Italy -- Exhibitors at the Lombardy Machine Tool Days 2026 booked orders worth EUR 640 million during the three-day fair, organiser Fieramix said.
The show covered 58,000 square metres of exhibition space.
"""), [
        (640000000, {"unit": "EUR", "measure": "orders", "period": None}),
        (58000, {"unit": "square metre", "measure": "exhibition space"}),
    ]),

    ("past_five_years", rel("Cycling show marks growth", "2026-09-02", """
UTRECHT, Netherlands -- Organisers of the Velo Holland Show 2026 said on Wednesday that the event has grown by 40 percent over the past five years.
This year's show features 310 brands.
Dutch bicycle sales totalled 1.2 million in 2025.
"""), [
        (40, {"unit": "percent"}),
        (310, {"unit": "brand"}),
        (1200000, {"measure": "Dutch bicycle sales", "period": "2025"}),
    ]),

    ("since_launch", rel("Film market celebrates tenth year", "2026-10-15", """
The Coral Coast Film Market has screened more than 2,400 films since its launch in 2016, organisers said ahead of the 2026 edition.
This year, 160 sales agents have registered.
"""), [
        (2400, {"unit": "film", "qualifier": "MoreThan", "period": "2016/2026"}),
        (160, {"unit": "sales agent"}),
    ]),

    ("fiscal_2025", rel("Drinks maker exhibits at beverage show", "2026-02-25", """
NEW YORK, Feb. 25, 2026 /PRNewswire/ -- Brightwell Beverages Inc., which reported net sales of $1.8 billion in fiscal 2025, will unveil three new brands at the 2026 Atlantic Beverage Show.
The show expects 14,000 attendees.
"""), [
        (1800000000, {"unit": "USD", "measure": "net sales", "about": "Brightwell", "period": "2025"}),
        (14000, {"unit": "attendee"}),
    ]),

    ("in_q3", rel("Chip conference opens", "2026-11-05", """
HSINCHU, Taiwan -- The 2026 Formosa Chip Design Forum opened on Thursday with 2,800 registered participants.
Taiwan's semiconductor exports rose 18 percent to US$48 billion in Q3, the finance ministry said.
"""), [
        (2800, {"unit": "participant"}),
        (18, {"unit": "percent", "change_of": 48000000000}),
        (48000000000, {"unit": "USD", "about": "Taiwan", "period": "2026-07/2026-09", "measure": "semiconductor exports"}),
    ]),

    ("pti_fy_first_half", rel("Spice fair opens in Kochi", "2026-12-03", """
KOCHI: The Malabar Spice Trade Meet 2026 began here on Thursday with 250 exhibitors.
India's spice exports stood at Rs 21,500 crore in the first half of FY26, officials said.
"""), [
        (250, {"unit": "exhibitor"}),
        (215000000000, {"unit": "INR", "about": "India", "measure": "spice exports"}),
    ]),

    ("bernama_last_year_yoy", rel("Rubber expo opens", "2026-06-09", """
KUALA LUMPUR, June 9 (Bernama) -- The Rubber Glove Asia Expo 2026 opened here today with 300 exhibitors.
Malaysia's rubber glove exports reached RM14.2 billion last year, up 6.1 per cent from a year earlier.
"""), [
        (300, {"unit": "exhibitor"}),
        (14200000000, {"unit": "MYR", "about": "Malaysia", "period": "2025", "measure": "rubber glove exports"}),
        (6.1, {"unit": "percent", "change_of": 14200000000}),
    ]),

    ("nine_months", rel("Tourism fair opens in Tbilisi", "2026-10-20", """
TBILISI, Georgia -- The Caucasus Travel Market 2026 opened on Tuesday with 420 exhibitors from 35 countries.
In the first nine months of the year, Georgia received 5.9 million international visitors.
"""), [
        (420, {"unit": "exhibitor"}),
        (35, {"unit": "country"}),
        (5900000, {"unit": "visitor", "about": "Georgia", "period": "2026-01/2026-09"}),
    ]),

    ("between_years", rel("Furniture fair closes", "2026-04-26", """
The Danube Furniture Fair 2026 closed in Belgrade on Sunday. Between 2021 and 2025, Serbia's furniture exports doubled to EUR 900 million.
The fair hosted between 300 and 400 exhibitors each day.
"""), [
        (900000000, {"unit": "EUR", "about": "Serbia", "period": "2021/2025", "measure": "furniture exports"}),
        (300, {"unit": "exhibitor", "qualifier": "AtLeast"}),
        (400, {"unit": "exhibitor", "qualifier": "UpTo"}),
    ]),

    ("last_season", rel("Wine fair opens", "2026-03-15", """
MENDOZA, Argentina -- The Andes Wine Week 2026 opened on Sunday with 180 wineries.
Argentine wine exports totalled 2.4 million hectolitres in 2025, down 5 percent on the previous year.
"""), [
        (180, {"unit": "winery"}),
        (2400000, {"unit": "hectolitre", "about": "Argentina", "period": "2025", "measure": "wine exports"}),
        (-5, {"unit": "percent", "change_of": 2400000}),
    ]),

    ("twenty_thousand_year", rel("Heritage festival opens", "2026-07-10", """
The Old Silk Road Heritage Festival 2026 opened in Samarkand on Friday, showcasing a 2,000 year old manuscript and 20,000 year old rock carvings.
More than 60,000 visitors are expected.
"""), [
        (60000, {"unit": "visitor", "qualifier": "MoreThan"}),
    ]),
]
