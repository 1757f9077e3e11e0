"""Figure forms of the q-stats6 round: percents written with a hyphen ('a 12-percent rise',
'a 35.8-per-cent increase') read as 'an increase of 12 percent', bases owned by a date
('last year's 4,000'), changes that name their own measure. One regression test per defect,
sentences written for these tests, with negatives."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

LEAD = "The 2026 Cedar Loom Fair opened in Porto, Portugal on June 2. "
PUBLISHED = date(2026, 6, 5)


def figures(extract, text: str, lead: str = LEAD):
    return extract(lead + text, published=PUBLISHED).statistics


def change(stats):
    return next(s for s in stats if s.unit == "percent")


def facts(stats):
    """(value, measure, about, period, comparison, base value and unit) of each percent."""
    out = []
    for s in stats:
        if s.unit == "percent":
            b = stats[s.change_of] if s.change_of is not None else None
            out.append((Decimal(str(s.value)), s.measure, s.about, s.period, s.comparison,
                        b and (Decimal(str(b.value)), b.unit)))
    return out


# ---------------------------------------------------------------- hyphenated percents

def test_regression_hyphenated_per_cent_is_a_percent(extract):
    got = figures(extract, "Visitor numbers reached 48,000, a 35.8-per-cent increase on the previous edition.")
    assert [(Decimal(str(s.value)), s.unit) for s in got] == [(Decimal(48000), "visitor"), (Decimal("35.8"), "percent")]
    assert got[1].change_of == 0


def test_regression_percent_glued_by_a_no_break_hyphen(extract):
    got = figures(extract, "Total attendance was 563,000, a 4\u2011percent increase over last year.")
    assert change(got).value == 4 and change(got).change_of == 0


def test_regression_per_cent_hyphenated_after_a_space(extract):
    got = figures(extract, "Visitor numbers reached 48,000, a 12 per-cent increase.")
    assert change(got).value == 12 and change(got).change_of == 0


def test_hyphen_before_another_noun_is_still_no_figure(extract):
    assert figures(extract, "The three-day fair offers two-seat carts.") == []


PAIRS = [
    ("Visitor numbers reached 48,000, an increase of 12 percent over last year.",
     "Visitor numbers reached 48,000, a 12-percent increase over last year."),
    ("Visitor numbers reached 48,000, an increase of 12 per cent over last year.",
     "Visitor numbers reached 48,000, a 12-per-cent increase over last year."),
    ("The fair drew 48,000 visitors. This was an increase of 12 percent.",
     "The fair drew 48,000 visitors. This was a 12-percent increase."),
    ("The fair drew 48,000 visitors. This represents an increase of 12 percent on 2025.",
     "The fair drew 48,000 visitors. This represents a 12-percent rise on 2025."),
    ("Exports of cork from Portugal rose 12 percent to 3.2 million tonnes in 2025.",
     "Exports of cork from Portugal posted a 12-percent rise to 3.2 million tonnes in 2025."),
    ("Exports of cork from Portugal saw an increase of 12 percent to 3.2 million tonnes in 2025.",
     "Exports of cork from Portugal saw a 12-percent increase to 3.2 million tonnes in 2025."),
    ("In 2025 Portugal's cork exports reached 1.2 billion euros, a decline of 6 percent year-on-year.",
     "In 2025 Portugal's cork exports reached 1.2 billion euros, a 6-percent decline year-on-year."),
    ("In 2025 Portugal's cork exports reached 1.2 billion euros, down 6 percent year-on-year.",
     "In 2025 Portugal's cork exports reached 1.2 billion euros, a 6-per-cent drop year-on-year."),
    ("The fair drew 620 exhibitors, up 8 percent from last year's 574.",
     "The fair drew 620 exhibitors, an 8-percent jump from last year's 574."),
    ("Acme Corp sold 40,000 looms in 2025, a rise of 15 percent compared with 2024.",
     "Acme Corp sold 40,000 looms in 2025, a 15-percent rise compared with 2024."),
    ("The fair drew 620 exhibitors, an increase of 12 percent in exhibitors over 2025.",
     "The fair drew 620 exhibitors, a 12-percent increase in exhibitors over 2025."),
]


@pytest.mark.parametrize("plain, hyphenated", PAIRS, ids=[str(i) for i in range(len(PAIRS))])
def test_hyphenated_percent_reads_as_the_plain_form(extract, plain, hyphenated):
    want = facts(figures(extract, plain))
    assert want and want[0][5] is not None  # the plain form has its base
    got = facts(figures(extract, hyphenated))
    # the same facts; the measure may keep the change noun ('increase in exhibitors')
    assert [f[:1] + f[2:] for f in got] == [f[:1] + f[2:] for f in want]
    assert all(w[1] in g[1] for g, w in zip(got, want))


def test_regression_hyphenated_change_takes_the_level_after_it(extract):
    got = figures(extract, "Exports of cork from Portugal posted a 12-percent rise to 3.2 million tonnes in 2025.")
    rise = change(got)
    assert got[rise.change_of].value == 3200000
    assert (rise.measure, rise.about, rise.period) == ("Exports of cork", "Portugal", "2025")


def test_regression_level_after_a_change_noun_measures_the_subject(extract):
    got = figures(extract, "Exports of cork from Portugal posted a 12-percent rise to 3.2 million tonnes in 2025.")
    assert got[1].measure == "Exports of cork"  # not 'percent rise'


def test_a_share_is_no_change(extract):
    got = figures(extract, "The fair drew 48,000 visitors. Acme Corp holds a 30-percent share of the market.")
    assert change(got).change_of is None


def test_adjectival_change_names_its_own_measure(extract):
    got = figures(extract, "The show saw a 14-percent jump in foreign guests.")
    assert got[0].measure == "jump in foreign guests"


# ---------------------------------------------------------------- own measure and the base

def test_regression_change_in_attendance_changes_the_visitors(extract):
    got = figures(extract, "The fair drew 48,000 visitors, a 12-percent increase in attendance.")
    assert change(got).change_of == 0


def test_change_in_the_number_of_what_the_base_counts(extract):
    got = figures(extract, "The fair drew 620 exhibitors, a 12-percent increase in the number of exhibitors.")
    assert change(got).change_of == 0


def test_change_of_another_measure_is_not_the_base(extract):
    got = figures(extract, "The industry reached an output value of 5.4 billion euros, with an increase of "
                           "10.4% in added value.")
    assert change(got).change_of is None and change(got).measure == "added value"


def test_regression_conjunct_count_is_the_nearest_base(extract):
    got = figures(extract, "The fair drew 620 exhibitors and 48,000 visitors, a 12-percent increase in attendance.")
    assert got[change(got).change_of].value == 48000


def test_origin_of_the_counted_is_still_no_base(extract):
    got = figures(extract, "It hosted 7,500 exhibitors from 110 countries, an increase of 3 percent over last year.")
    assert got[change(got).change_of].value == 7500


# ---------------------------------------------------------------- bases owned by a date

def test_regression_last_years_figure_is_dated_last_year(extract):
    got = figures(extract, "Attendance was up 4 percent from last year's 541,000.")
    base = next(s for s in got if s.value == 541000)
    assert base.period == "2025"


def test_regression_a_years_figure_is_dated_that_year(extract):
    got = figures(extract, "Attendance was 563,000, up from 2025's 541,000.")
    assert next(s for s in got if s.value == 541000).period == "2025"
    assert next(s for s in got if s.value == 563000).period is None


def test_regression_change_with_a_possessive_base_changes_the_current_figure(extract):
    got = figures(extract, "The fair drew 620 exhibitors, up 8 percent from last year's 574.")
    assert got[change(got).change_of].value == 620


def test_regression_bare_base_after_a_referring_sentence(extract):
    got = figures(extract, "The fair drew 620 exhibitors. That is up 8 percent from last year's 574.")
    base = next(s for s in got if s.value == 574)
    assert (base.unit, base.period) == ("exhibitor", "2025")
    assert got[change(got).change_of].value == 620


def test_bare_number_in_another_paragraph_takes_no_unit(extract):
    got = figures(extract, "The fair drew 620 exhibitors.\n\nThat is up 8 percent from last year's 574.")
    assert all(s.value != 574 for s in got)


def test_regression_from_last_year_after_a_change_is_not_the_figures_period(extract):
    got = figures(extract, "More than 2,757 showplanes came, a 5-percent increase in show planes from last year.")
    assert all(s.period is None for s in got)


def test_regression_attendance_subject_the_tagger_took_for_a_name(extract):
    got = figures(extract, "Attendance was up 4 percent from last year's 541,000.")
    assert change(got).measure.lower() == "attendance"


def test_regression_fact_box_change_takes_the_figure_of_its_line(extract):
    text = "\n\nFair facts:\n\nCommercial exhibitors: 800 exhibitors (12-percent increase)\n" \
           "Media: 888 media representatives on site, a 3-percent decrease\n"
    got = figures(extract, text, lead="The 2026 Cedar Loom Fair opened in Porto, Portugal on June 2.")
    drop = next(s for s in got if s.value == -3)
    assert got[drop.change_of].value == 888


# ---------------------------------------------------------------- fractions and multiples

def test_regression_fraction_of_them_counts_the_previous_sentences_noun(extract):
    got = figures(extract, "The fair drew 620 exhibitors. One third of them came from abroad.")
    assert got[1].measure == "share of exhibitors"


def test_fraction_of_them_in_a_new_paragraph_names_nothing_before(extract):
    got = figures(extract, "The fair drew 620 exhibitors.\n\nOne third of them came from abroad.")
    assert got[1].measure != "share of exhibitors"


def test_regression_count_inside_a_fraction_measures_what_it_counts(extract):
    got = figures(extract, "About a quarter of the 620 exhibitors were first-time participants.")
    count = next(s for s in got if s.value == 620)
    assert count.measure == "exhibitors"


@pytest.mark.parametrize("text", [
    "The fair drew 48,000 visitors, twice as many as in 2025.",
    "The fair drew 48,000 visitors, three times the 2020 figure.",
    "The fair's 620 exhibitors were twice the number at last year's meeting.",
])
def test_regression_date_a_multiple_compares_with_is_no_period(extract, text):
    assert all(s.period is None for s in figures(extract, text))


@pytest.mark.parametrize("text, period", [
    ("Exports have grown tenfold since 2015.", "2015/2026"),
    ("Cork exports from Portugal have tripled over the past decade.", "2016/2026"),
    ("Exports of cork from Portugal doubled in 2025.", "2025"),
])
def test_multiple_keeps_its_own_period(extract, text, period):
    assert figures(extract, text)[0].period == period


def test_regression_double_the_number_is_a_multiple(extract):
    got = figures(extract, "The fair drew 48,000 visitors, double the number of 2025.")
    assert [(Decimal(str(s.value)), s.unit) for s in got] == [(Decimal(48000), "visitor"), (Decimal(2), "times")]
    assert got[0].period is None


def test_double_as_a_verb_of_aim_is_no_figure(extract):
    assert figures(extract, "The fair aims to double the number of exhibitors.") == []


# ---------------------------------------------------------------- other editions

def test_regression_previous_edition_dates_only_the_figure_before_it(extract):
    got = figures(extract, "Attendance was 48,000, against 42,000 at the previous edition.")
    assert [(s.value, s.period) for s in got] == [(48000, None), (42000, "2025")]


def test_regression_this_years_figure_after_the_previous_edition(extract):
    got = figures(extract, "The previous edition drew 42,000 visitors, while this year's drew 48,000.")
    assert [(s.value, s.period) for s in got] == [(42000, "2025"), (48000, None)]


def test_previous_edition_still_dates_its_sentence(extract):
    got = figures(extract, "The previous edition attracted 620 exhibitors from 30 countries.")
    assert [s.period for s in got] == ["2025", "2025"]


@pytest.mark.parametrize("text, period", [
    ("Since 2018, the fair has attracted 2 million visitors.", "2018/2026"),
    ("The fair has attracted 2 million visitors since 2018.", "2018/2026"),
    ("Over the past decade, the fair has welcomed 300,000 visitors.", "2016/2026"),
    ("There were 42,000 visitors at last year's meeting.", "2025"),
    ("Last year, 42,000 people attended.", "2025"),
])
def test_cumulative_and_other_edition_periods(extract, text, period):
    assert figures(extract, text)[0].period == period
