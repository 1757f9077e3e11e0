"""Regression found by ``scripts/fuzz.py -n 600 --seed 27`` (7 Dec 2026): a number after
'from' as the very last token of a text raised IndexError in the range scan (an internal
error, the whole release lost)."""

from datetime import date


def test_regression_a_number_after_from_at_the_end_of_the_text(extract):
    res = extract("The Harbour Kite Fair 2031 opens in Porto on May 6, 2031, with exhibitors from 28",
                  published=date(2031, 5, 1))
    assert res.main_event is not None and res.main_event.name == "Harbour Kite Fair 2031"
