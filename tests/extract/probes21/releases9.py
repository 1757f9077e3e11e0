"""Ninth batch of round-21 probe releases (our own text): weekday combinations and undated
releases whose dateline gives the day."""
from releases import rel


def undated(title, body):
    return f'---\ntitle: "{title}"\n---\n{body.strip()}\n'


RELEASES = [
    ("w_mon_date_through_fri", rel("Week", "2026-02-26", """
The Sahara Kelp Week runs from Monday, March 2, through Friday in Marrakech.
"""), {"start": "2026-03-02", "end": "2026-03-06"}),
    ("w_past_until_weekday", rel("Show", "2026-03-05", """
The Desert Kelp Show, which opened on Tuesday in Riyadh, continues until Saturday.
"""), {"start": "2026-03-03", "end": "2026-03-07"}),
    ("w_wrapped_up_after_days", rel("Fair", "2026-03-08", """
The Atlas Kelp Fair wrapped up on Saturday in Agadir after four days of exhibitions.
"""), {"start": "2026-03-04", "end": "2026-03-07"}),
    ("w_kicks_off_tomorrow_runs_through", rel("Fair", "2026-03-04", """
The Nile Kelp Fair kicks off tomorrow in Aswan and runs through Sunday.
"""), {"start": "2026-03-05", "end": "2026-03-08"}),
    ("w_opens_today_until_date", rel("Fair", "2026-03-04", """
The Lagos Kelp Fair opens today at the Harbour Grounds and will run until March 13.
"""), {"start": "2026-03-04", "end": "2026-03-13"}),
    ("w_weekend", rel("Fair", "2026-03-02", """
The Highland Kelp Fair takes place on Saturday and Sunday, March 7 and 8, in Inverness.
"""), {"start": "2026-03-07", "end": "2026-03-08"}),
    ("u_dateline_day_weekday", undated("Kelp fair opens", """
CAPE TOWN, Feb. 5 (Kelp Wire) -- The Atlantic Kelp Fair 2019 opened on Tuesday in Cape Town and runs until Friday.
"""), {"start": "2019-02-05", "end": "2019-02-08"}),
    ("u_weekday_date_and_end_weekday", undated("Kelp fair", """
The Atlantic Kelp Fair opened on Tuesday, February 5, 2019, in Cape Town and closed on Friday.
"""), {"start": "2019-02-05", "end": "2019-02-08"}),
    ("u_mid_sentence_year", undated("Kelp congress", """
Delegates met in Lima for the Andean Kelp Congress, which ran from September 10 to 14, 2007.
"""), {"start": "2007-09-10", "end": "2007-09-14"}),
    ("u_name_year_weekday_date", undated("Kelp Expo 2016", """
The Steppe Kelp Expo 2016 will open this Friday, June 10, in Ulaanbaatar and continue through Sunday.
"""), {"start": "2016-06-10", "end": "2016-06-12"}),
]
