"""Fifth batch of round-25 probe releases (our own wording): trade-fair final reports in the
German, Italian and British styles: shares of visitors, satisfaction rates, proportions that
rose to a level, international shares, and the next edition's dates."""


def rel(title, published, body):
    return f'---\ntitle: "{title}"\npublished: {published}\n---\n{body.strip()}\n'


RELEASES = [
    ("final_report_de", rel("Final report", "2026-03-20", """
Nuremberg, 20 March 2026 – Around 2,500 exhibitors from 60 countries presented their innovations to more than 100,000 trade visitors at the Polymer Days 2026.
The proportion of international visitors rose to 48 percent.
74 percent of visitors were involved in purchasing decisions, and 97 percent rated the fair as good to excellent.
The share of exhibitors from outside Germany was 55 percent, up from 51 percent in 2024.
The next Polymer Days will take place from 9 to 12 March 2027.
"""), [
        (2500, {"unit": "exhibitor", "qualifier": "Approximately"}),
        (60, {"unit": "country"}),
        (100000, {"unit": "trade visitor", "qualifier": "MoreThan"}),
        (48, {"unit": "percent", "measure": "proportion of international visitors"}),
        (74, {"unit": "percent", "measure": "visitors"}),
        (97, {"unit": "percent", "measure": "visitors"}),
        (55, {"unit": "percent", "measure": "share of exhibitors from outside Germany"}),
        (51, {"unit": "percent", "period": "2024", "measure": "share of exhibitors"}),
    ]),

    ("final_report_it", rel("Milan design fair closes", "2026-04-26", """
MILAN, April 26, 2026 – The Salone del Legno 2026 closed with 310,000 attendances over six days, 65% of them from abroad.
The 1,900 exhibitors, 34% of whom were foreign, occupied 205,000 square metres of net space.
Compared with the last edition, attendance grew by 7%.
"""), [
        (310000, {"unit": "attendance"}),
        (65, {"unit": "percent"}),
        (1900, {"unit": "exhibitor"}),
        (34, {"unit": "percent"}),
        (205000, {"unit": "square metre", "measure": "net space"}),
        (7, {"unit": "percent", "change_of": 310000}),
    ]),

    ("uk_results", rel("UK show results", "2026-06-05", """
BIRMINGHAM, UK, June 5, 2026 -- The National Build Show 2026 welcomed 32,450 visitors, a 9% year-on-year increase, and 620 exhibitors.
Nine in ten exhibitors have already rebooked for 2027, while 38% of visitors were attending for the first time.
Seminar attendance topped 11,000 across the three days.
"""), [
        (32450, {"unit": "visitor"}),
        (9, {"unit": "percent", "change_of": 32450}),
        (620, {"unit": "exhibitor"}),
        (90, {"unit": "percent"}),
        (38, {"unit": "percent"}),
        (11000, {"qualifier": "MoreThan"}),
    ]),

    ("asia_results", rel("Bangkok fair", "2026-05-31", """
BANGKOK, May 31, 2026 /PRNewswire/ -- The Mekong Food Asia 2026 concluded with 85,000 visitors, of whom 30% came from overseas, and on-site orders estimated at THB 4.5 billion.
The event featured 3,100 exhibitors across 15 halls, a 20% increase in exhibitor numbers.
"""), [
        (85000, {"unit": "visitor"}),
        (30, {"unit": "percent"}),
        (4500000000, {"unit": "THB", "measure": "on-site orders"}),
        (3100, {"unit": "exhibitor"}),
        (15, {"unit": "hall"}),
        (20, {"unit": "percent", "change_of": 3100}),
    ]),
]
