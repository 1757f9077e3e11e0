"""Round 28 batch 6: numbers that are no statistics (suites, piers, booths written with '#',
toll-free numbers, postcodes, ISO standards, model numbers, ages, edition years, 'G20',
'Covid-19') beside the figures that are, in PR Newswire, organiser and Gulf styles."""


def rel(title, published, body):
    return f'---\ntitle: "{title}"\npublished: {published}\n---\n{body.strip()}\n'


RELEASES = [
    ("prn_booth_suite", rel("Nuvexa at CES-style show", "2026-01-05", """
LAS VEGAS, Jan. 5, 2026 /PRNewswire/ -- Nuvexa Audio will show its new speakers at booth #21045 in the North Hall at the 2026 Desert Consumer Tech Show.
Nuvexa, headquartered at 400 Market Street, Suite 1200, San Francisco, CA 94105, ships to 35 markets.
Media contact: Dana Reyes, 1-800-555-0199, ext. 234.
"""), [
        (35, {"unit": "market"}),
    ]),

    ("pier_iso_model", rel("Boat show at Pier 94", "2026-03-01", """
NEW YORK -- The Hudson Boat Show 2026 returns to Pier 94 from March 5 to 8 with 300 boats on display.
Kestrel Yachts will unveil the K-52 and its ISO 9001-certified yard builds 40 yachts a year.
"""), [
        (300, {"unit": "boat"}),
        (40, {"unit": "yacht per year"}),
    ]),

    ("gulf_ages_years", rel("Youth innovation fair", "2026-02-12", """
SHARJAH -- The Emirates Young Inventors Fair 2026 opened on Thursday with 1,100 students aged 12 to 18 from 45 schools.
The fair, first held in 2011, is part of the emirate's Vision 2030 plan.
"""), [
        (1100, {"unit": "student"}),
        (45, {"unit": "school"}),
    ]),

    ("covid_g20", rel("Health summit", "2026-05-27", """
GENEVA -- The 2026 Alpine Global Health Summit opened on Wednesday with 2,300 delegates, including health ministers from 19 G20 countries.
Since the Covid-19 pandemic, funding for pandemic preparedness has risen to $11 billion a year.
"""), [
        (2300, {"unit": "delegate"}),
        (19, {"unit": "country"}),
        (11000000000, {"unit": "USD"}),
    ]),

    ("postcode_po_box", rel("Agri expo Nairobi", "2026-09-24", """
NAIROBI, Kenya -- The 2026 Kenya Dairy and Livestock Expo will host 210 exhibitors at the showground, P.O. Box 30123-00100, Nairobi.
Kenya produces 5.2 billion litres of milk a year.
"""), [
        (210, {"unit": "exhibitor"}),
        (5200000000, {"unit": "litre per year", "about": "Kenya"}),
    ]),

    ("top_rank_hours", rel("Tech ranking at forum", "2026-11-17", """
BANGALORE: The Deccan Startup Summit 2026 opened with 5,000 founders, and 40 of India's top 100 startups are exhibiting.
The summit runs 10 hours a day for three days.
"""), [
        (5000, {"unit": "founder"}),
        (40, {}),
    ]),
]
