"""Second batch of round-25 probe releases (our own wording): counts whose noun comes first,
figures in parentheses and tables, changes whose base is in the sentence before, compound
measure nouns, per-day figures, shares of a whole, ranges and records."""


def rel(title, published, body):
    return f'---\ntitle: "{title}"\npublished: {published}\n---\n{body.strip()}\n'


RELEASES = [
    ("noun_first", rel("Boat show results", "2026-03-01", """
FORT LAUDERDALE, Fla., March 1, 2026 /PRNewswire/ -- The Gulfstream Yacht Expo 2026 wrapped up on Sunday.
Visitors numbered 52,000 over the five days, while exhibitors totalled 640.
The number of boats on display reached 1,100, and in-water docking space stood at 3.2 miles.
Attendance was 18 percent higher than last year.
"""), [
        (52000, {"unit": "visitor", "measure": "visitors"}),
        (640, {"unit": "exhibitor", "measure": "exhibitors"}),
        (1100, {"unit": "boat", "measure": "boats on display"}),
        (3.2, {"unit": "mile", "measure": "in-water docking space"}),
        (18, {"unit": "percent", "measure": "Attendance"}),
    ]),

    ("base_before", rel("Travel fair results", "2026-11-08", """
LONDON, Nov. 8, 2026 -- The Atlas Travel Market 2026 closed on Thursday with 48,500 attendees from 180 countries.
This represents a rise of 6% on the 2025 event.
Business deals agreed at the show are estimated at £3.1 billion. The figure was 4% higher than a year earlier.
Some 5,200 exhibitors took part, with first-time exhibitors making up 15% of the total.
"""), [
        (48500, {"unit": "attendee"}),
        (180, {"unit": "country"}),
        (6, {"unit": "percent", "change_of": 48500}),
        (3100000000, {"unit": "GBP", "measure": "Business deals"}),
        (4, {"unit": "percent", "change_of": 3100000000}),
        (5200, {"unit": "exhibitor", "qualifier": "Approximately"}),
        (15, {"unit": "percent", "measure": "first-time exhibitors"}),
    ]),

    ("parens", rel("Machine tool fair closes", "2026-09-20", """
HANOVER, Germany, Sept. 20, 2026 -- The Metalwork World Expo 2026 drew 118,000 visitors (2024: 111,500) and 2,100 exhibitors (2024: 2,030).
International visitors accounted for 42 percent (2024: 39 percent) of the total.
The exhibition space (180,000 square metres) was fully booked.
"""), [
        (118000, {"unit": "visitor"}),
        (111500, {"unit": "visitor", "period": "2024"}),
        (2100, {"unit": "exhibitor"}),
        (2030, {"unit": "exhibitor", "period": "2024"}),
        (42, {"unit": "percent", "measure": "International visitors"}),
        (39, {"unit": "percent", "period": "2024", "measure": "International visitors"}),
        (180000, {"unit": "square metre", "measure": "exhibition space"}),
    ]),

    ("per_day_record", rel("Food festival sets record", "2026-08-17", """
SINGAPORE, Aug. 17 -- The Straits Street Food Festival 2026 welcomed a record 410,000 visitors, averaging about 41,000 per day.
More than 60% of the 300 food stalls were run by first-time vendors.
Stallholders sold an estimated 1.5 million dishes, up from 1.2 million in 2025.
"""), [
        (410000, {"unit": "visitor"}),
        (41000, {"qualifier": "Approximately"}),
        (60, {"unit": "percent", "qualifier": "MoreThan"}),
        (300, {"unit": "food stall"}),
        (1500000, {"unit": "dish", "measure": "dishes"}),
        (1200000, {"unit": "dish", "period": "2025", "measure": "dishes"}),
    ]),

    ("compound_measures", rel("Solar week results", "2026-05-22", """
MUNICH, May 22, 2026 -- At the Intersun Energy Week 2026, 2,800 exhibitors presented their products to 95,000 visitors.
Germany's installed solar capacity rose to 108 gigawatts at the end of 2025, up 16 percent year-on-year.
Battery-storage installations totalled 1.2 million units in Germany in 2025.
The country's wind-power output reached 140 terawatt-hours.
"""), [
        (2800, {"unit": "exhibitor"}),
        (95000, {"unit": "visitor"}),
        (108, {"unit": "GW", "about": "Germany", "measure": "installed solar capacity"}),
        (16, {"unit": "percent", "change_of": 108, "about": "Germany"}),
        (1200000, {"unit": "unit", "about": "Germany", "period": "2025", "measure": "Battery-storage installations"}),
        (140, {"unit": "TWh", "measure": "wind-power output"}),
    ]),

    ("share_whole", rel("Auto show statistics", "2026-04-30", """
BEIJING, April 30 (Xinhua) -- The 2026 Capital Auto Exhibition attracted 820,000 visits during its ten-day run.
A total of 1,500 vehicles were displayed, of which 117 were global premieres.
New energy vehicles made up 60 percent of the models on show.
China's auto sales reached 31.4 million units in 2025, with exports accounting for about 19 percent.
"""), [
        (820000, {"unit": "visit"}),
        (1500, {"unit": "vehicle"}),
        (117, {"measure": "global premieres"}),
        (60, {"unit": "percent", "measure": "New energy vehicles"}),
        (31400000, {"about": "China", "period": "2025", "measure": "auto sales"}),
        (19, {"unit": "percent", "qualifier": "Approximately", "about": "China", "measure": "exports"}),
    ]),

    ("range_tourism", rel("Island tourism", "2026-07-01", """
DENPASAR, Bali (Antara) - The Bali Culture Carnival 2026 is expected to draw between 30,000 and 40,000 foreign tourists, the provincial tourism office said.
Bali received 5.3 million foreign tourist arrivals in 2025, compared with 4.8 million in 2024.
Tourism contributes around 60 percent of the island's economy.
"""), [
        (30000, {"qualifier": "AtLeast", "unit": "foreign tourist"}),
        (40000, {"qualifier": "UpTo", "unit": "foreign tourist"}),
        (5300000, {"about": "Bali", "period": "2025"}),
        (4800000, {"about": "Bali", "period": "2024"}),
        (60, {"unit": "percent", "qualifier": "Approximately", "about": "Bali"}),
    ]),

    ("table_lines", rel("Fair in figures", "2026-10-10", """
The Nordic Timber Fair 2026 in Jyvaskyla, Finland, has released its final figures.

Exhibitors: 420 (2024: 395)
Visitors: 27,300
Countries represented: 31
Exhibition area: 36,000 m2

The next fair takes place in 2028.
"""), [
        (420, {"unit": "exhibitor"}),
        (395, {"unit": "exhibitor", "period": "2024"}),
        (27300, {"unit": "visitor"}),
        (31, {"unit": "country"}),
        (36000, {"unit": "square metre", "measure": "Exhibition area"}),
    ]),

    ("council_and_city", rel("Harbour festival boosts city", "2026-02-02", """
The Wellington City Council said the Harbourlights Festival 2026 generated NZ$14 million in visitor spending.
The council estimates that 65,000 people attended over the weekend, compared with 58,000 in 2025.
Wellington's hotels reached 94 per cent occupancy on the Saturday.
"""), [
        (14000000, {"unit": "NZD", "measure": "visitor spending"}),
        (65000, {"unit": "person"}),
        (58000, {"unit": "person", "period": "2025"}),
        (94, {"unit": "percent", "about": "Wellington"}),
    ]),

    ("mexico", rel("Feria cierra", "2026-12-02", """
GUADALAJARA, Mexico, Dec. 2, 2026 /PRNewswire/ -- The Guadalajara Furniture Expo 2026 closed with business worth 2,300 million pesos and 38,000 buyers, 12 percent more than in the previous edition.
Mexico's furniture exports amounted to US$1.4 billion in 2025.
"""), [
        (2300000000, {"unit": "MXN", "measure": "business"}),
        (38000, {"unit": "buyer"}),
        (12, {"unit": "percent", "change_of": 38000}),
        (1400000000, {"unit": "USD", "about": "Mexico", "period": "2025", "measure": "furniture exports"}),
    ]),
]
