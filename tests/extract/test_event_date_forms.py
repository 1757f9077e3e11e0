"""Date forms of unseen releases (issue 10, class 7), on sentences written for these tests:
weekday ranges against the publication date, a year known only from the headline or the
edition, a weekday end after a dated start."""

from __future__ import annotations

from datetime import date

import pytest


def _dates(x):
    return x.main_event.start, x.main_event.end


@pytest.mark.parametrize(("text", "published", "start", "end"), [
    ("The Nordic Kelp Show runs Thursday-Sunday in Oslo.", date(2025, 5, 20), date(2025, 5, 22), date(2025, 5, 25)),
    ("The Nordic Kelp Show runs this Thursday through Sunday in Oslo.", date(2025, 5, 20),
     date(2025, 5, 22), date(2025, 5, 25)),
    ("The Nordic Kelp Show took place last Thursday through Sunday in Oslo.", date(2025, 5, 26),
     date(2025, 5, 22), date(2025, 5, 25)),
    ("The Nordic Kelp Show was held from Monday to Wednesday in Oslo.", date(2025, 5, 22),
     date(2025, 5, 19), date(2025, 5, 21)),
])
def test_regression_weekday_ranges_resolve_against_the_publication_date(extract, text, published, start, end):
    assert _dates(extract(text, published=published)) == (start, end)


def test_a_single_weekday_is_no_range(extract):
    x = extract("The Nordic Kelp Show opens this Thursday in Oslo.", published=date(2025, 5, 20))
    assert _dates(x) == (date(2025, 5, 22), None)


@pytest.mark.parametrize("text", [
    "The Harbour Kelp Expo runs Jan. 26-Feb. 7 in Karachi.",
    "The Harbour Kelp Expo will run from Jan. 26 through Feb. 7 in Karachi.",
    "The Harbour Kelp Expo runs from 26 January to 7 February in Karachi.",
])
def test_ranges_across_months(extract, text):
    assert _dates(extract(text, published=date(2025, 1, 10))) == (date(2025, 1, 26), date(2025, 2, 7))


def test_the_five_day_event_from_a_date(extract):
    x = extract("The Harbour Kelp Expo has opened in Karachi. The five-day event from June 10 will feature 300 exhibitors.")
    assert _dates(x) == (date(2025, 6, 10), date(2025, 6, 14))


def test_regression_a_last_day_takes_the_year_of_the_headline(extract):
    """Without a publication date, 'runs through June 14' was moved a year past the headline's 2019."""
    x = extract("The Harbour Kelp Expo opened on June 10 and runs through June 14 in Karachi.", published=None,
                title="Harbour Kelp Expo 2019 draws record crowds")
    assert _dates(x) == (date(2019, 6, 10), date(2019, 6, 14))


def test_regression_the_edition_of_the_year_the_release_is_about_is_this_one(extract):
    """'The 2019 edition of ...' was read as another edition (its places dropped) without a publication date."""
    x = extract("The 2019 edition of the Harbour Kelp Expo opened on June 10 in Karachi and runs until June 14.",
                published=None)
    assert _dates(x) == (date(2019, 6, 10), date(2019, 6, 14))
    assert any(p.kind == "city" and p.name == "Karachi" for p in x.main_event.places)


def test_regression_a_weekday_end_counts_from_a_dated_start(extract):
    x = extract("The Harbour Kelp Expo opened on Monday, June 10 in Karachi and runs until Friday.", published=None,
                title="Harbour Kelp Expo 2019: record crowds")
    assert _dates(x) == (date(2019, 6, 10), date(2019, 6, 14))


def test_a_deadline_weekday_is_no_end(extract):
    x = extract("The Harbour Kelp Expo opened on Monday, June 10 in Karachi. Registration closes on Friday.",
                published=None, title="Harbour Kelp Expo 2019")
    assert _dates(x) == (date(2019, 6, 10), None)


def test_regression_a_date_in_brackets_after_its_weekday(extract):
    x = extract("The Kelp Expo runs from Wednesday (June 4) to Saturday (June 7) in Lima.")
    assert _dates(x) == (date(2025, 6, 4), date(2025, 6, 7))


def test_regression_consecutive_days_in_a_list_are_a_range(extract):
    x = extract("The Kelp Expo will be held on June 4, 5 and 6 in Lima.")
    assert _dates(x) == (date(2025, 6, 4), date(2025, 6, 6))


def test_days_a_week_apart_are_no_range(extract):
    x = extract("The Kelp Forum will be held on June 4, 11 and 18 in Lima.")
    assert x.main_event.end != date(2025, 6, 18)


def test_regression_runs_for_a_week(extract):
    x = extract("The Kelp Expo kicks off on June 4 and runs for a week in Lima.")
    assert _dates(x) == (date(2025, 6, 4), date(2025, 6, 10))


@pytest.mark.parametrize("text", [
    "The 12th Lakeside Kelp Fair opened in Tromso on Monday. The fair unofficially began Monday with "
    "the Seaweed Traders pre-conference, and officially runs from June 3 to 6.",
    "The 12th Lakeside Kelp Fair opened in Tromso on Monday. The fair started on Monday, with the "
    "Kelp Buyers pre-summit, and it runs from June 3 to 6.",
])
def test_regression_dates_of_a_sentence_whose_subject_is_the_event_stay_its_own(extract, text):
    """A named sub-event in a phrase of a sentence whose subject is the event ('the fair ...
    runs from June 3 to 6') does not take that sentence's dates away from the event."""
    assert _dates(extract(text, published=date(2025, 6, 2))) == (date(2025, 6, 3), date(2025, 6, 6))


def test_dates_of_a_sentence_whose_subject_is_another_event_stay_away(extract):
    x = extract("The 12th Lakeside Kelp Fair opens in Tromso on June 3. Alongside it, the Seaweed "
                "Traders Summit runs from June 10 to 12.", published=date(2025, 6, 2))
    assert _dates(x)[0] == date(2025, 6, 3) and _dates(x)[1] != date(2025, 6, 12)


def test_regression_a_comma_before_until(extract):
    """'from Thursday, May 22, until Sunday': the comma cut the range to its first day."""
    x = extract("The Kelp Expo will be held in Lima from Thursday, May 22, until Sunday.")
    assert _dates(x) == (date(2025, 5, 22), date(2025, 5, 25))


def test_a_comma_before_and_is_no_range(extract):
    x = extract("The Kelp Expo was held in Lima on May 12, and 5 ministers attended.", published=date(2025, 5, 20))
    assert x.main_event.start == date(2025, 5, 12) and x.main_event.end in (None, date(2025, 5, 12))


def test_regression_weekday_dates_with_commas_around_to(extract):
    x = extract("The Kelp Travel Expo runs at Uhuru Gardens in Nairobi from Wednesday, October 2, to Friday, October 4.",
                published=date(2024, 9, 26))
    assert _dates(x) == (date(2024, 10, 2), date(2024, 10, 4))


def test_regression_another_event_in_a_with_phrase_leaves_the_sentence_this_ones(extract):
    """'The fair unofficially started Tuesday, with The X pre-conference, and officially runs from
    Oct. 10 to 14': the other event named in the sentence is no reason to drop the fair's dates."""
    x = extract("The 2031 Kelp Book Fair opened in Harbourton. The fair unofficially started Tuesday, with The "
                "Kelp Markets pre-conference, and officially runs from Oct. 10 to 14.", published=date(2031, 10, 10))
    assert _dates(x) == (date(2031, 10, 10), date(2031, 10, 14))


def test_a_sentence_only_about_another_event_keeps_its_dates(extract):
    x = extract("The 2031 Kelp Book Fair opened in Harbourton on Oct. 10. In the same week, the city will also "
                "host the Kelp Hackathon from Nov. 1 to 3.", published=date(2031, 10, 10))
    assert _dates(x)[0] == date(2031, 10, 10) and _dates(x)[1] != date(2031, 11, 3)
