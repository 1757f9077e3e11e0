"""Whole releases written for round 28 (not corpus text), each with the statistics expected:
(name, text, [(value, {field: expected}), ...]). Names of events, organisers and companies
are invented; cities and countries are real, for the gazetteer. Batch 1: changes apart from
their base and comparisons ('That is up 12% from 2024.', 'a rise of X% over the previous
edition', 'X% more than last year', 'down from N in 2023', 'N, compared with M a year
earlier')."""


def rel(title, published, body):
    return f'---\ntitle: "{title}"\npublished: {published}\n---\n{body.strip()}\n'


RELEASES = [
    ("prn_that_is_up", rel("Orvanta reports record year at packaging expo", "2026-05-12", """
CHICAGO, May 12, 2026 /PRNewswire/ -- Orvanta Packaging Systems said at the 2026 Midwest Pack Expo that its sales reached $4 billion in 2025. That is up 12% from 2024.
The company employs 9,500 people in 14 countries.
"""), [
        (4000000000, {"unit": "USD", "measure": "sales", "about": "Orvanta", "period": "2025"}),
        (12, {"unit": "percent", "change_of": 4000000000}),
        (9500, {"unit": "person"}),
        (14, {"unit": "country"}),
    ]),

    ("trade_rise_over_previous", rel("Woodworking fair closes", "2026-06-20", """
HANOVER, Germany -- The Nordholz Woodworking Fair 2026 closed its doors on Friday with 1,240 exhibitors, a rise of 6% over the previous edition.
Visitors numbered 71,000, compared with 66,500 at the 2024 fair.
"""), [
        (1240, {"unit": "exhibitor"}),
        (6, {"unit": "percent", "change_of": 1240}),
        (71000, {"unit": "visitor", "measure": "Visitors"}),
        (66500, {"unit": "visitor", "period": "2024"}),
    ]),

    ("organiser_more_than_last", rel("Book fair closes with record crowds", "2026-02-16", """
The Lakeside Book Festival 2026 ended on Sunday with 212,000 visitors, 8% more than last year, the organisers said.
Publishers sold 1.1 million books during the nine-day festival.
"""), [
        (212000, {"unit": "visitor"}),
        (8, {"unit": "percent", "change_of": 212000}),
        (1100000, {"unit": "book", "measure": "books"}),
    ]),

    ("kenya_down_from", rel("Agricultural show ends", "2026-10-04", """
NAKURU, Kenya -- The 2026 Rift Valley Farmers Show closed on Saturday with 410 exhibitors, down from 455 in 2023.
Maize output in the county fell to 3.1 million bags last season, down from 3.6 million bags in 2024.
"""), [
        (410, {"unit": "exhibitor"}),
        (455, {"unit": "exhibitor", "period": "2023"}),
        (3100000, {"unit": "bag", "measure": "Maize output"}),
        (3600000, {"unit": "bag", "period": "2024"}),
    ]),

    ("xinhua_compared_year_earlier", rel("Import expo signs deals", "2026-11-11", """
SHANGHAI, Nov. 10 (Xinhua) -- Deals worth 81.6 billion U.S. dollars were reached at the 2026 Pudong Import Goods Expo, compared with 78.4 billion dollars a year earlier.
The expo drew 3,600 exhibitors from 128 countries and regions.
"""), [
        (81600000000, {"unit": "USD", "measure": "Deals"}),
        (78400000000, {"unit": "USD", "period": "2025"}),
        (3600, {"unit": "exhibitor"}),
        (128, {"unit": "country"}),
    ]),

    ("bw_up_percent_yoy_sentence", rel("Kestrel Logistics at freight summit", "2026-03-04", """
SINGAPORE--(BUSINESS WIRE)--Kestrel Logistics Ltd. today presented its annual results at the 2026 Asia Freight Summit. Revenue for fiscal 2025 was $2.3 billion. This represents growth of 9% year over year.
Kestrel operates 38 warehouses across the region.
"""), [
        (2300000000, {"unit": "USD", "measure": "Revenue", "period": "2025"}),
        (9, {"unit": "percent", "change_of": 2300000000}),
        (38, {"unit": "warehouse"}),
    ]),

    ("wam_versus_edition", rel("Date festival closes", "2026-07-28", """
LIWA, 28th July, 2026 (WAM) -- The Liwa Palm Harvest Festival 2026 concluded with sales of AED 9.2 million, up 15 percent on last year's edition.
The festival attracted 84,000 visitors over ten days.
"""), [
        (9200000, {"unit": "AED", "measure": "sales"}),
        (15, {"unit": "percent", "change_of": 9200000}),
        (84000, {"unit": "visitor"}),
    ]),

    ("antara_increase_from", rel("Craft fair books transactions", "2026-09-30", """
Jakarta (ANTARA) - The Nusantara Craft Expo 2026 recorded transactions worth Rp52 billion, an increase from Rp45 billion at last year's expo, the trade ministry said.
As many as 1,100 small businesses took part in the five-day exhibition.
"""), [
        (52000000000, {"unit": "IDR", "measure": "transactions"}),
        (45000000000, {"unit": "IDR", "period": "2025"}),
        (1100, {"unit": "business", "qualifier": "UpTo"}),
    ]),

    ("pti_lakh_crore", rel("Textile fair draws buyers", "2026-01-22", """
SURAT: The three-day Gujarat Weavers Fair 2026 saw business enquiries worth Rs 1,200 crore, organisers said on Monday.
Nearly 1.5 lakh visitors came to the fair, up 20 per cent over the 2025 edition.
"""), [
        (12000000000, {"unit": "INR", "measure": "business enquiries"}),
        (150000, {"unit": "visitor", "qualifier": "Nearly"}),
        (20, {"unit": "percent", "change_of": 150000}),
    ]),

    ("yonhap_won", rel("Game show opens in Busan", "2026-11-13", """
BUSAN, Nov. 13 (Yonhap) -- The 2026 Busan Play Expo opened Thursday, with 1,020 companies from 42 countries taking part.
South Korea's game exports reached 9.1 trillion won last year, up 4.2 percent from a year earlier.
"""), [
        (1020, {"unit": "company"}),
        (42, {"unit": "country"}),
        (9100000000000, {"unit": "KRW", "about": "South Korea", "measure": "game exports", "period": "2025"}),
        (4.2, {"unit": "percent", "change_of": 9100000000000}),
    ]),

    ("nigeria_naira", rel("Trade fair ends in Kaduna", "2026-03-02", """
KADUNA, Nigeria -- The 2026 Northern Nigeria Trade Fair ended on Sunday, with exhibitors recording sales of N3.4 billion, organisers said.
The fair hosted 620 exhibitors from 11 countries, compared to 540 exhibitors last year.
"""), [
        (3400000000, {"unit": "NGN", "measure": "sales"}),
        (620, {"unit": "exhibitor"}),
        (11, {"unit": "country"}),
        (540, {"unit": "exhibitor", "period": "2025"}),
    ]),

    ("bernama_rm_ringgit", rel("Halal expo seals deals", "2026-09-14", """
KUALA LUMPUR, Sept 14 (Bernama) -- The Asia Halal Trade Showcase 2026 recorded potential sales of RM3.1 billion, surpassing the RM2.6 billion targeted by the organiser.
A total of 1,350 exhibitors from 45 countries took part.
"""), [
        (3100000000, {"unit": "MYR", "measure": "potential sales"}),
        (2600000000, {"unit": "MYR"}),
        (1350, {"unit": "exhibitor"}),
        (45, {"unit": "country"}),
    ]),

    ("gulf_dh_per_unit", rel("Perfume fair closes in Dubai", "2026-04-18", """
DUBAI -- The Oud and Scent Week 2026 closed on Friday after welcoming 46,000 visitors, organisers said.
The most expensive oud on sale fetched Dh12,000 per tola.
Gold traded at $74 per gram during the week.
"""), [
        (46000, {"unit": "visitor"}),
        (12000, {"unit": "AED"}),
        (74, {"unit": "USD"}),
    ]),
]
