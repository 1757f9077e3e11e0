"""Figure forms of the q-stats13 round: sales of counted things, a fraction that is the size
of a change, and a date range right after a change. Sentences written for these tests, one
regression test per defect, with negatives."""

from __future__ import annotations

from decimal import Decimal

from tests.extract.test_statistics_forms8 import by_value, figures


def values(stats):
    return [Decimal(str(s.value)) for s in stats]


# ---------------------------------------------------------------- sales of counted things

def test_regression_ticket_sales_count_tickets(extract):
    got = figures(extract, "Ticket sales reached 73,000.")
    assert values(got) == [73000] and got[0].unit == "ticket"
    got = figures(extract, "In 2025, car sales topped 1.2 million.")
    assert by_value(got, 1200000).unit == "car"


def test_sales_of_other_things_are_no_count(extract):
    got = figures(extract, "Olive oil sales reached 73,000 in the spring.")
    assert all(s.unit not in ("olive oil", "oil", "sale") for s in got)


# ---------------------------------------------------------------- a fraction as the size of a change

def test_regression_up_a_fifth_is_a_change_of_20_percent(extract):
    got = figures(extract, "Exhibitor numbers were up a fifth on 2025.")
    assert values(got) == [20] and got[0].unit == "percent"
    got = figures(extract, "Exports grew by one fifth in 2025.")
    assert values(got) == [20] and got[0].period == "2025"


def test_fractions_after_verbs_of_change(extract):
    assert values(figures(extract, "Attendance fell by half during the storm.")) == [-50]
    got = figures(extract, "The fair drew 50,000 visitors, up a quarter on last year.")
    assert by_value(got, 25).change_of is not None


def test_regression_up_by_a_quarter_from_a_year_dates_the_base(extract):
    got = figures(extract, "The fair drew 52,000 visitors, up by a quarter from 2025.")
    assert by_value(got, 52000).period is None and by_value(got, 25).period is None


def test_fractions_that_are_no_change(extract):
    for text in ("The team cut the time by half an hour.", "Sales rose in the third quarter.",
                 "Exports were up in the first half of 2025.", "The second half of the programme starts at noon."):
        assert values(figures(extract, text)) == [], text


# ---------------------------------------------------------------- a date range after a change

def test_regression_a_range_after_a_change_is_its_period(extract):
    got = figures(extract, "Sales rose 12% from January to May.")
    assert by_value(got, 12).period == "2026-01/2026-05"


def test_a_single_date_after_from_stays_the_base(extract):
    got = figures(extract, "Visitor numbers were up 8% from last year.")
    assert by_value(got, 8).period is None
