"""Whole releases written for round 27 (not corpus text), each with the statistics expected:
(name, text, [(value, {field: expected}), ...]). Names of events, organisers and companies
are invented; cities and countries are real, for the gazetteer. Batch 1: periods written in
forms earlier rounds did not probe (as of end-2024, the year to March, this season, the
2025/26 season, per annum, during the event, at last year's edition, January-September)."""


def rel(title, published, body):
    return f'---\ntitle: "{title}"\npublished: {published}\n---\n{body.strip()}\n'


RELEASES = [
    ("yonhap_asof", rel("Battery show opens in Seoul", "2026-03-11", """
SEOUL, March 11 (Yonhap) -- The 2026 Korea Cell Tech Show kicked off Wednesday at a convention centre in southern Seoul, with 480 companies taking part.
As of end-2025, South Korea had 1.2 million electric vehicles on its roads, according to the transport ministry.
The country's battery exports came to US$9.8 billion in the January-September period of 2025.
"""), [
        (480, {"unit": "company"}),
        (1200000, {"unit": "electric vehicle", "about": "South Korea", "period": "2025-12-31"}),
        (9800000000, {"unit": "USD", "about": "South Korea", "period": "2025-01/2025-09", "measure": "battery exports"}),
    ]),

    ("pti_year_to_march", rel("Pharma expo opens", "2026-06-02", """
HYDERABAD: The India Bulk Drug Expo 2026 opened at the HITEX grounds on Tuesday with over 700 exhibitors.
India's pharmaceutical exports rose 9 per cent to USD 30 billion in the year to March 2026, the council said.
In FY2025, the exports had stood at USD 27.5 billion.
"""), [
        (700, {"unit": "exhibitor", "qualifier": "MoreThan"}),
        (9, {"unit": "percent", "change_of": 30000000000}),
        (30000000000, {"unit": "USD", "about": "India", "measure": "pharmaceutical exports", "period": "2025-04/2026-03"}),
        (27500000000, {"unit": "USD", "period": "2025", "measure": "exports"}),
    ]),

    ("ski_season", rel("Winter sports fair closes", "2026-01-20", """
INNSBRUCK, Austria -- The Alpine Snow Trade Days 2026 closed on Sunday after three days, with 640 brands on show.
Austrian ski resorts counted 52 million skier days in the 2024/25 season, the cable car association said.
This season, bookings are up 4 percent on last winter.
"""), [
        (640, {"unit": "brand"}),
        (52000000, {"unit": "skier day", "about": "Austria", "period": "2024/2025"}),
        (4, {"unit": "percent", "measure": "bookings"}),
    ]),

    ("globenewswire_per_annum", rel("Company expands at hydrogen summit", "2026-09-09", """
ROTTERDAM, Netherlands, Sept. 09, 2026 (GLOBE NEWSWIRE) -- Veltrix Energy N.V. announced at the 2026 North Sea Hydrogen Summit that its new electrolyser plant will produce 60,000 tonnes of green hydrogen per annum.
The plant will require an investment of EUR 1.4 billion.
Veltrix reported revenue of EUR 820 million for FY2025, up 11% from FY2024.
"""), [
        (60000, {"unit": "ton per year", "measure": "green hydrogen"}),
        (1400000000, {"unit": "EUR", "measure": "investment"}),
        (820000000, {"unit": "EUR", "about": "Veltrix", "measure": "revenue", "period": "2025"}),
        (11, {"unit": "percent", "change_of": 820000000, "about": "Veltrix"}),
    ]),

    ("kyodo_last_edition", rel("Anime fair draws crowds", "2026-03-30", """
TOKYO (Kyodo) -- The Tokyo Anime Market 2026 wrapped up Sunday, drawing 140,000 visitors over four days.
At last year's edition, the fair attracted 118,000 people.
During the four-day event, exhibitors reported business talks with 3,200 buyers.
"""), [
        (140000, {"unit": "visitor"}),
        (118000, {"unit": "person", "period": "2025"}),
        (3200, {"unit": "buyer"}),
    ]),

    ("bernama_jan_sept", rel("Palm oil conference opens", "2026-11-03", """
KUALA LUMPUR, Nov 3 (Bernama) -- The Palm Oil Outlook Conference 2026 opened here today with 1,500 delegates from 40 countries.
From January to September this year, Malaysia's palm oil exports totalled 12.1 million tonnes.
Export earnings for the period amounted to RM78 billion.
"""), [
        (1500, {"unit": "delegate"}),
        (40, {"unit": "country"}),
        (12100000, {"unit": "ton", "about": "Malaysia", "period": "2026-01/2026-09", "measure": "palm oil exports"}),
        (78000000000, {"unit": "MYR", "measure": "Export earnings"}),
    ]),

    ("xinhua_quarters", rel("Consumer expo opens in Haikou", "2026-04-13", """
HAIKOU, April 13 (Xinhua) -- The 2026 South Sea Consumer Goods Fair opened Monday in Haikou, featuring 3,400 brands.
Hainan's duty-free sales hit 11.5 billion yuan in the first quarter of 2026.
For the whole of 2025, the province received 97 million domestic and overseas tourists.
"""), [
        (3400, {"unit": "brand"}),
        (11500000000, {"unit": "CNY", "about": "Hainan", "period": "2026-01/2026-03", "measure": "duty-free sales"}),
        (97000000, {"unit": "tourist", "about": "Hainan", "period": "2025"}),
    ]),

    ("antara_semester", rel("Tourism fair opens in Bali", "2026-08-20", """
DENPASAR, Bali (ANTARA) - The Bali Travel Mart 2026 opened on Thursday, with 260 sellers and 310 buyers from 45 countries.
Bali welcomed 3.1 million foreign tourists in the first seven months of 2026, the provincial statistics agency recorded.
Last year, the island received 6.3 million foreign arrivals.
"""), [
        (260, {"unit": "seller"}),
        (310, {"unit": "buyer"}),
        (45, {"unit": "country"}),
        (3100000, {"unit": "foreign tourist", "about": "Bali", "period": "2026-01/2026-07"}),
        (6300000, {"unit": "foreign arrival", "about": "Bali", "period": "2025"}),
    ]),

    ("vanguard_ng_halfyear", rel("Oil and gas fair opens", "2026-07-07", """
LAGOS -- The West Africa Energy Week 2026 opened in Lagos on Tuesday with more than 2,500 participants.
Nigeria's crude oil production averaged 1.5 million barrels per day in the first half of 2026, the regulator said.
The country earned N12 trillion from crude exports in 2025.
"""), [
        (2500, {"unit": "participant", "qualifier": "MoreThan"}),
        (1500000, {"unit": "barrel per day", "about": "Nigeria", "period": "2026-01/2026-06"}),
        (12000000000000, {"unit": "NGN", "about": "Nigeria", "period": "2025", "measure": "crude exports"}),
    ]),

    ("andina_since", rel("Peru food fair closes", "2026-09-14", """
LIMA, Sept. 14 (ANDINA) -- The 2026 Andean Flavours Fair closed on Sunday after receiving 450,000 visitors.
Since its first edition in 2008, the fair has generated sales of more than S/ 200 million.
Peru's agro-exports reached US$ 7.2 billion between January and July 2026.
"""), [
        (450000, {"unit": "visitor"}),
        (200000000, {"unit": "PEN", "qualifier": "MoreThan", "period": "2008/2026", "measure": "sales"}),
        (7200000000, {"unit": "USD", "about": "Peru", "period": "2026-01/2026-07", "measure": "agro-exports"}),
    ]),
]
