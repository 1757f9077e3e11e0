"""Figure forms of the q-stats14 round: a period dates the figures of its own clause, the
date of a comparison base is not the figure's, the base period after 'from', and a part of
a counted whole ('500 of the 1,200 exhibitors'). Sentences written for these tests, one
regression test per defect, with negatives."""

from __future__ import annotations

from tests.extract.test_statistics_forms8 import by_value, figures


# ---------------------------------------------------------------- a period dates its own clause

def test_regression_next_year_dates_only_its_clause(extract):
    got = figures(extract, "The fair drew 40,000 visitors and 900 exhibitors, and next year it expects 50,000 visitors.")
    assert by_value(got, 40000).period is None and by_value(got, 900).period is None
    assert by_value(got, 50000).period == "2027"
    assert by_value(got, 40000).about == "2026 Cedar Loom Fair"


def test_adverbial_clauses_and_semicolons_keep_their_dates(extract):
    got = figures(extract, "The show has 1,000 stands, while next year it will add 200 more.")
    assert by_value(got, 1000).period is None
    got = figures(extract, "The event drew 8,000 visitors, although it had drawn 11,000 in 2019.")
    assert by_value(got, 8000).period is None and by_value(got, 11000).period == "2019"
    got = figures(extract, "The fair welcomed 20,000 visitors; in 2024 it had welcomed 17,000.")
    assert by_value(got, 20000).period is None and by_value(got, 17000).period == "2024"


def test_a_date_of_the_main_clause_dates_every_figure(extract):
    got = figures(extract, "In 2025 exports reached $3 billion and imports $2 billion.")
    assert by_value(got, 3000000000).period == "2025" and by_value(got, 2000000000).period == "2025"
    got = figures(extract, "Last year the fair drew 40,000 visitors, and this year it expects 50,000.")
    assert by_value(got, 40000).period == "2025" and by_value(got, 50000).period == "2026"
    got = figures(extract, "Imports are expected to reach $4 billion next year.")
    assert by_value(got, 4000000000).period == "2027"


# ---------------------------------------------------------------- the base after "from the"

def test_regression_from_the_season_is_the_base_of_a_change(extract):
    assert by_value(figures(extract, "Visitors rose 8% from the 2024-25 season."), 8).period is None
    assert by_value(figures(extract, "Exhibitor numbers were up 6 percent from the 2025 edition."), 6).period is None


def test_a_span_after_from_stays_the_period(extract):
    assert by_value(figures(extract, "Visitor numbers rose 9% from January to March."), 9).period == "2026-01/2026-03"
    assert by_value(figures(extract, "Sales grew 14% from 2023 to 2025."), 14).period == "2023/2025"


# ---------------------------------------------------------------- the date of a comparison base

def test_regression_a_multiple_of_last_years_figure_is_a_change_of_this_figure(extract):
    got = figures(extract, "Ticket sales reached 3 million, triple the previous year's figure.")
    assert by_value(got, 3000000).period is None
    assert by_value(got, 3).unit == "times" and got[by_value(got, 3).change_of].value == 3000000


def test_regression_above_the_dated_total_is_a_base(extract):
    assert by_value(figures(extract, "The fair drew 90,000 visitors, well above the 2024 total."), 90000).period is None


def test_a_dated_figure_beside_a_multiple_keeps_its_date(extract):
    got = figures(extract, "Exports reached $3 billion in 2025, twice the 2020 figure.")
    assert by_value(got, 3000000000).period == "2025" and by_value(got, 2).change_of is not None


# ---------------------------------------------------------------- a part of a counted whole

def test_regression_a_part_of_the_whole_is_counted_in_its_noun(extract):
    got = figures(extract, "Some 500 of the 1,200 exhibitors came from abroad.")
    part, whole = by_value(got, 500), by_value(got, 1200)
    assert (part.unit, part.qualifier, whole.unit) == ("exhibitor", "Approximately", "exhibitor")
    assert part.measure == "exhibitors"
    got = figures(extract, "At least 25 of its 80 members signed the charter.")
    assert (by_value(got, 25).unit, by_value(got, 25).qualifier) == ("member", "AtLeast")


def test_no_part_without_a_counted_whole(extract):
    assert [s.value for s in figures(extract, "One of the 20 halls is new.")] == []
    got = figures(extract, "About 20% of the 300 stands are sold.")
    assert by_value(got, 20).unit == "percent"


# ---------------------------------------------------------------- 'year on year' then a period; 'made up'

def test_regression_year_on_year_then_the_first_half(extract):
    got = figures(extract, "Tourist arrivals grew 9% year on year in the first half.")
    assert by_value(got, 9).period == "2026-01/2026-06"


def test_regression_made_up_a_share_is_the_base_of_a_points_change(extract):
    got = figures(extract, "International exhibitors made up 45% of the total, up 6 percentage points on 2025.")
    share, change = by_value(got, 45), by_value(got, 6)
    assert share.change_of is None and got[change.change_of] is share and change.period is None


def test_up_as_a_change_stays_a_change(extract):
    got = figures(extract, "The fair drew 48,000 visitors, up 12% on last year.")
    assert got[by_value(got, 12).change_of].value == 48000
    got = figures(extract, "Foreign visitors were up 15 per cent on the 2025 edition.")
    assert by_value(got, 15).period is None


# ---------------------------------------------------------------- when the event was first held

def test_regression_first_held_in_is_no_period_of_the_figure(extract):
    assert by_value(figures(extract, "The event, first held in 2010, drew 9,000 visitors."), 9000).period is None


def test_a_figure_of_the_first_edition_keeps_its_year(extract):
    assert by_value(figures(extract, "The fair was first held in 2010 with 40 exhibitors."), 40).period == "2010"
    got = figures(extract, "The 2024 edition, held in Lisbon, welcomed 31,000 visitors.")
    assert by_value(got, 31000).period == "2024"


# ---------------------------------------------------------------- a generic subject that refers back

def test_regression_the_volume_refers_back_to_the_figure_before(extract):
    got = figures(extract, "In 2025 the port handled 3 million containers. The volume grew 4% on the year before.")
    change = by_value(got, 4)
    assert got[change.change_of].value == 3000000 and change.period == "2025"


def test_regression_the_number_of_other_things_does_not_refer_back(extract):
    assert by_value(figures(extract, "The fair drew 620 exhibitors. The number of visitors rose 8%."), 8).change_of is None
    assert by_value(figures(extract, "The fair drew 620 exhibitors. The volume of trade rose 8%."), 8).change_of is None


def test_the_number_of_the_same_things_still_refers_back(extract):
    got = figures(extract, "The fair drew 620 exhibitors. The number of exhibitors rose 8%.")
    assert got[by_value(got, 8).change_of].value == 620
    got = figures(extract, "The fair drew 620 exhibitors. The figure was 8% higher than in 2025.")
    assert got[by_value(got, 8).change_of].value == 620
