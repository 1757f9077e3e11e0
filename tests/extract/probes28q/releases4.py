"""Round 28 batch 4: datelines run into a company name ('NEW YORK Acme Corp said'), company
figures in PR Newswire / Business Wire / GlobeNewswire styles, changes and bases across
sentences, counts of a partner country, and trade-press result lines."""


def rel(title, published, body):
    return f'---\ntitle: "{title}"\npublished: {published}\n---\n{body.strip()}\n'


RELEASES = [
    ("dateline_glued_org", rel("Halvard Robotics at automation fair", "2026-04-14", """
NEW YORK Halvard Robotics Corp. said on Tuesday it will show four new arms at the 2026 Empire Automation Fair.
Halvard Robotics reported revenue of $640 million in 2025.
The company has 2,100 employees.
"""), [
        (640000000, {"unit": "USD", "about": "Halvard Robotics", "period": "2025", "measure": "revenue"}),
        (2100, {"unit": "employee", "about": "Halvard Robotics"}),
    ]),

    ("gnw_dateline_company", rel("Tarsis Medical at cardiology congress", "2026-08-28", """
BOSTON, Aug. 28, 2026 (GLOBE NEWSWIRE) -- Tarsis Medical Inc. (Nasdaq: TRSM) will present data from 1,200 patients at the 2026 Atlantic Cardiology Congress.
The company's revenue rose 22% to $310 million in 2025.
"""), [
        (1200, {"unit": "patient"}),
        (22, {"unit": "percent", "change_of": 310000000}),
        (310000000, {"unit": "USD", "about": "Tarsis Medical", "period": "2025", "measure": "revenue"}),
    ]),

    ("base_sentence_before", rel("Tourism fair closes", "2026-03-09", """
The Adriatic Travel Fair 2026 closed in Zagreb on Sunday. Croatia recorded 21 million tourist arrivals in 2025. That was 4 percent more than in 2024.
The fair itself hosted 620 exhibitors.
"""), [
        (21000000, {"unit": "tourist arrival", "about": "Croatia", "period": "2025"}),
        (4, {"unit": "percent", "change_of": 21000000}),
        (620, {"unit": "exhibitor"}),
    ]),

    ("partner_country_count", rel("Book fair with guest country", "2026-10-12", """
ACCRA, Ghana -- Portugal is the guest country of the 2026 Gold Coast Book Fair, with 35 Portuguese publishers taking part.
In total, 240 publishers from 22 countries are exhibiting.
"""), [
        (35, {"unit": "publisher"}),
        (240, {"unit": "publisher"}),
        (22, {"unit": "country"}),
    ]),

    ("trade_press_result", rel("Plastics fair results", "2026-10-25", """
DUSSELDORF, Germany -- The Rheinplast 2026 trade fair ended on Saturday with 2,950 exhibitors from 61 countries and around 178,000 trade visitors, of whom 71 percent came from abroad.
Exhibitors reported an increase of 9% in orders compared with the last edition.
"""), [
        (2950, {"unit": "exhibitor"}),
        (61, {"unit": "country"}),
        (178000, {"unit": "visitor", "qualifier": "Approximately"}),
        (71, {"unit": "percent"}),
        (9, {"unit": "percent", "measure": "orders"}),
    ]),

    ("kuna_spa_riyal", rel("Dates exhibition in Riyadh", "2026-11-19", """
RIYADH, Nov 19 (SPA) -- The Najd Dates Exhibition 2026 recorded sales exceeding SAR 62 million over its ten days, the organising committee said.
The Kingdom's date exports rose to SAR 1.7 billion in 2025, an increase of 12.3 percent compared to the previous year.
"""), [
        (62000000, {"unit": "SAR", "qualifier": "MoreThan", "measure": "sales"}),
        (1700000000, {"unit": "SAR", "period": "2025", "measure": "date exports"}),
        (12.3, {"unit": "percent", "change_of": 1700000000}),
    ]),

    ("percentage_point", rel("Hotel investment summit", "2026-05-06", """
ATHENS -- The 2026 Aegean Hotel Investment Summit opened on Wednesday with 700 delegates.
Greece's hotel occupancy rate reached 78 percent in 2025, up 3 percentage points from 2024.
"""), [
        (700, {"unit": "delegate"}),
        (78, {"unit": "percent", "about": "Greece", "period": "2025"}),
        (3, {"unit": "percentage point", "change_of": 78}),
    ]),

    ("xinhua_yoy_after", rel("Ice and snow expo", "2026-01-08", """
HARBIN, Jan. 8 (Xinhua) -- The 2026 Songhua Ice and Snow Industry Expo opened Thursday, featuring 580 enterprises.
Heilongjiang received 95 million tourists in 2025, a year-on-year increase of 14.2 percent, with tourism revenue reaching 130 billion yuan.
"""), [
        (580, {"unit": "enterprise"}),
        (95000000, {"unit": "tourist", "about": "Heilongjiang", "period": "2025"}),
        (14.2, {"unit": "percent", "change_of": 95000000}),
        (130000000000, {"unit": "CNY", "about": "Heilongjiang", "period": "2025", "measure": "tourism revenue"}),
    ]),

    ("india_lakh_footfall", rel("Auto expo closes", "2026-02-05", """
NEW DELHI: The Capital Motor Expo 2026 closed on Sunday with a footfall of over 6 lakh visitors, organisers said.
Two-wheeler sales in India touched 1.9 crore units in FY25.
"""), [
        (600000, {"unit": "visitor", "qualifier": "MoreThan"}),
        (19000000, {"unit": "unit", "about": "India", "period": "2025", "measure": "Two-wheeler sales"}),
    ]),

    ("ghana_cedi", rel("Cocoa fair opens", "2026-09-15", """
KUMASI, Ghana -- The Ashanti Cocoa Expo 2026 opened on Tuesday with 130 exhibitors.
Ghana earned US$3.2 billion from cocoa exports in 2025, the cocoa board said.
"""), [
        (130, {"unit": "exhibitor"}),
        (3200000000, {"unit": "USD", "about": "Ghana", "period": "2025", "measure": "cocoa exports"}),
    ]),

    ("bw_employees_countries", rel("Software firm at security summit", "2026-06-23", """
AUSTIN, Texas--(BUSINESS WIRE)--Corvane Security, Inc., a provider of identity software to more than 4,000 customers in 60 countries, today announced it will keynote the 2026 Lone Star Security Summit.
The summit expects 5,500 attendees.
"""), [
        (4000, {"unit": "customer", "qualifier": "MoreThan", "about": "Corvane Security"}),
        (60, {"unit": "country"}),
        (5500, {"unit": "attendee"}),
    ]),

    ("versus_previous_edition", rel("Jewellery show closes", "2026-09-08", """
HONG KONG -- The Harbour Jewellery Show 2026 closed on Monday after attracting 52,000 buyers, versus 47,000 at the previous edition.
"""), [
        (52000, {"unit": "buyer"}),
        (47000, {"unit": "buyer"}),
    ]),
]
