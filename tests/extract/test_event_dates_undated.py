"""Releases without a publication date (issue 10, class 7): what the extractor dates all the
same, and the warning that must list only what stayed undated (sentences written for
these tests)."""

from __future__ import annotations

from datetime import date

import kg
from kg.extract.event_dates import undated_expressions, unresolved_dates

_DATELINE_RELEASE = ("HARBOURTON, Feb. 5 (Kelp Wire) -- The Kelp Summit 2031 opened on Tuesday with 300 delegates. "
                     "The summit runs until Thursday.")


def _lost(text: str) -> list[str]:
    return [w for w in kg.build(text).warnings if "could not be dated" in w]


def test_regression_the_warning_lists_weekdays_the_dateline_dates():
    """'on Tuesday' was listed though the dateline's day (and the name's year) dated it."""
    assert _lost(_DATELINE_RELEASE) == []
    g = kg.build(_DATELINE_RELEASE)
    assert g.events()[0].start == date(2031, 2, 4)


def test_the_warning_still_lists_what_stayed_undated():
    text = "The Kelp Summit opened on Tuesday with 300 delegates. It runs from September 1 to 2."
    lost = _lost(text)
    assert len(lost) == 1 and '"on Tuesday"' in lost[0] and '"from September 1 to 2"' in lost[0]


def test_month_days_are_dated_by_the_year_of_the_name():
    text = "The Kelp Summit 2031 opened on Tuesday. It runs from September 1 to 2."
    assert undated_expressions(text, name="Kelp Summit 2031") == ["on Tuesday"]
    assert unresolved_dates(text, year_ref=date(2031, 7, 2), day_ref=date(2031, 9, 3)) == []


def test_regression_a_weekday_with_its_date_pins_the_year_the_text_writes():
    """'from Saturday evening (Jan. 18)' with '2020' written in the body: Jan. 18 is a Saturday in 2020."""
    text = ("The Harbourton Lantern Festival will light up the old town from Saturday evening (Jan. 18). "
            "The mayor will hand out lanterns shaped like the rat, the zodiac animal for 2020.")
    g = kg.build(text)
    assert g.events()[0].start == date(2020, 1, 18)
    assert _lost(text) == []


def test_a_weekday_that_fits_no_written_year_dates_nothing():
    """'Monday September 10' with only 2005 written (a Saturday then): the year stays unknown."""
    text = ("The XX Kelp Convention began on Monday September 10 in Harbourton. Attendance grew 20 percent "
            "on the convention held in 2005.")
    g = kg.build(text)
    assert g.events()[0].start is None
    assert _lost(text)


def test_a_news_address_carries_the_publication_day():
    """No front-matter date, no dateline: '/2031/02/05/' in the source address dates 'on Tuesday'."""
    text = ("---\ntitle: Kelp summit opens\nsource: https://news.example.org/2031/02/05/kelp-summit-opens/\n---\n"
            "The Kelp Summit opened on Tuesday with 300 delegates.\n")
    g = kg.build(text)
    assert g.events()[0].start == date(2031, 2, 4)
    assert not [w for w in g.warnings if "could not be dated" in w]


def test_an_address_without_a_date_dates_nothing():
    text = ("---\ntitle: Kelp summit opens\nsource: https://news.example.org/economy/2031055/\n---\n"
            "The Kelp Summit opened on Tuesday with 300 delegates.\n")
    g = kg.build(text)
    assert g.events()[0].start is None
    assert [w for w in g.warnings if "could not be dated" in w]
