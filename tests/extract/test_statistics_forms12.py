"""Figure forms of the q-stats12 round: a part counted after "of these" / "of which", and a
change about a part ("Sales in Asia climbed 15%") that is not the change of an earlier total.
Sentences written for these tests, one regression test per defect, with negatives."""

from __future__ import annotations

from decimal import Decimal

from tests.extract.test_statistics_forms8 import by_value, figures


def values(stats):
    return [Decimal(str(s.value)) for s in stats]


# ---------------------------------------------------------------- a part of what was counted before

def test_regression_of_these_keeps_the_count_of_a_part(extract):
    got = figures(extract, "The show welcomed 52,000 visitors. Of these, 14,000 came from abroad.")
    assert values(got) == [52000, 14000]
    assert by_value(got, 14000).unit == "visitor"


def test_of_whom_and_of_them_count_what_came_before(extract):
    got = figures(extract, "The show welcomed 52,000 visitors, of whom 14,000 were students.")
    assert by_value(got, 14000).unit == "visitor"
    got = figures(extract, "The fair hosted 430 exhibitors. Of them, 120 came from Chile.")
    assert by_value(got, 120).unit == "exhibitor"


def test_regression_of_which_a_percent_is_a_share_of_them(extract):
    got = figures(extract, "Around 700 brands took part, of which 30 percent were new to the fair.")
    assert by_value(got, 30).measure == "share of brands"


def test_of_course_is_not_a_part(extract):
    got = figures(extract, "The festival sold 6,000 tickets. Of course, more go on sale on Friday.")
    assert values(got) == [6000]


# ---------------------------------------------------------------- a change about a part

def test_regression_a_change_in_one_region_is_not_the_change_of_the_total(extract):
    got = figures(extract, "Overall sales reached 700 million dollars. Sales in Asia climbed 15%.")
    assert by_value(got, 15).change_of is None
    got = figures(extract, "Total exports hit 3 billion euros. Exports to Canada rose 9 percent.")
    assert by_value(got, 9).change_of is None


def test_a_change_of_the_same_region_still_links(extract):
    got = figures(extract, "Exports to Canada reached 2 billion euros in 2024. Exports to Canada rose 9 percent.")
    assert by_value(got, 9).change_of is not None


def test_a_change_without_a_place_still_links(extract):
    got = figures(extract, "The fair sold 48,000 tickets in 2025. Ticket sales rose 10% this year.")
    assert by_value(got, 10).change_of is not None


# ---------------------------------------------------------------- a sum's currency carried along a list

def test_regression_a_list_of_sums_keeps_the_currency_written_once(extract):
    got = figures(extract, "Exports were 2.3 billion dollars in 2023, 2.6 billion in 2024 and 3.1 billion in 2025.")
    assert values(got) == [Decimal("2300000000"), Decimal("2600000000"), Decimal("3100000000")]
    assert {s.unit for s in got} == {"USD"}
    assert [s.period for s in got] == ["2023", "2024", "2025"]


def test_a_part_of_a_sum_keeps_its_currency(extract):
    got = figures(extract, "The budget is 14 million euros; 5 million came from sponsors.")
    assert by_value(got, 5000000).unit == "EUR"


def test_a_count_after_a_sum_is_not_money(extract):
    got = figures(extract, "Revenue hit 5 million dollars and attendance topped 1.2 million.")
    assert by_value(got, 1200000).unit != "USD"
    got = figures(extract, "The city earned 40 million euros, while 2 million people visited.")
    assert by_value(got, 2000000).unit == "person"


# ---------------------------------------------------------------- a span of time after a change

def test_regression_in_a_decade_is_when_not_what_changed(extract):
    got = figures(extract, "Exhibition space grew fivefold in a decade.")
    assert by_value(got, 5).measure == "Exhibition space"
    got = figures(extract, "Visitor numbers grew 20% in just two years.")
    assert by_value(got, 20).measure == "Visitor numbers"


def test_in_a_noun_after_a_change_still_names_what_changed(extract):
    got = figures(extract, "Cork exports grew 9% in value.")
    assert by_value(got, 9).measure == "value"


# ---------------------------------------------------------------- what a sum is worth

def test_regression_worth_a_combined_sum_measures_the_deals(extract):
    got = figures(extract, "A total of 140 deals were concluded, worth a combined 90 million euros.")
    assert by_value(got, 90000000).measure == "deals"
    got = figures(extract, "Contracts worth a total of 9 million euros were signed.")
    assert by_value(got, 9000000).measure == "Contracts"
