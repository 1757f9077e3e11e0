"""Sixth batch of round-21 probe releases (our own text): lengths, brackets, undated releases."""
from releases import rel


def undated(title, body):
    return f'---\ntitle: "{title}"\n---\n{body.strip()}\n'


RELEASES = [
    ("l_five_day_starts", rel("Show", "2026-04-20", """
The five-day Kalahari Livestock Show, which starts on Tuesday, is expected to draw 40,000 visitors to Gaborone.
"""), {"start": "2026-04-21", "end": "2026-04-25"}),
    ("l_ten_day_begins", rel("Festival", "2026-04-20", """
The 10-day Jacaranda Arts Festival begins on Friday in Pretoria.
"""), {"start": "2026-04-24", "end": "2026-05-03"}),
    ("l_week_long", rel("Festival", "2026-04-20", """
The week-long Lagoon Film Festival opens on Monday, April 27, in Abidjan.
"""), {"start": "2026-04-27", "end": "2026-05-03"}),
    ("l_three_day_event_from", rel("Fair", "2026-04-20", """
Exhibitors from 12 countries will attend the three-day event from 3 May at the Windhoek Showgrounds, organisers of the Namib Trade Fair said.
"""), {"start": "2026-05-03", "end": "2026-05-05"}),
    ("b_bracket_dates", rel("Expo", "2026-04-20", """
The Andean Solar Expo (May 5-7) will be held at the Lima Convention Center.
"""), {"start": "2026-05-05", "end": "2026-05-07", "city": "Lima"}),
    ("b_day_month_abbrev", rel("Expo", "2026-04-20", """
The Balkan Wine Expo takes place 5-7 Jun at the Belgrade Fair.
"""), {"start": "2026-06-05", "end": "2026-06-07"}),
    ("u_name_year", undated("Steppe Kelp Expo 2019", """
The Steppe Kelp Expo 2019 will be held from 4 to 7 February at the Grand Hall in Hanoi.
"""), {"start": "2019-02-04", "end": "2019-02-07", "city": "Hanoi"}),
    ("u_weekday_and_date", undated("Kelp show", """
The 2018 Coastal Kelp Show opens on Thursday, March 15, and closes on Sunday in Durban.
"""), {"start": "2018-03-15", "end": "2018-03-18"}),
    ("u_weekday_only_year", undated("Kelp fair 2017", """
The Kelp Fair 2017 opened on Tuesday in Perth and closed on Friday, March 10.
"""), {"start": "2017-03-07", "end": "2017-03-10"}),
]
