"""Figure forms of the q-stats11 round: the sign of a change read from its own words, changes
in a clause with a subject of its own, the new level of a change, another edition's figure
after a comparison, the project a figure of investment describes, and fiscal-year periods.
Sentences written for these tests, one regression test per defect, with negatives."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from tests.extract.test_statistics_forms8 import LEAD, PUBLISHED, by_value, figures  # noqa: F401 - one lead and helpers for both


def values(stats):
    return [Decimal(str(s.value)) for s in stats]


def base_of(stats, value):
    s = by_value(stats, value)
    return None if s.change_of is None else Decimal(str(stats[s.change_of].value))


# ---------------------------------------------------------------- the sign of a change

def test_regression_a_fall_after_the_change_does_not_turn_it(extract):
    got = figures(extract, "The fair drew 620 exhibitors, up 8%, and 48,000 visitors, down 2%.")
    assert values(got) == [620, 8, 48000, -2]
    assert (base_of(got, 8), base_of(got, -2)) == (620, 48000)


def test_regression_a_rise_after_a_fall_stays_a_rise(extract):
    got = figures(extract, "Cork exports reached 5 billion euros, down 3 percent, while wine exports rose 2 percent.")
    assert Decimal(-3) in values(got) and Decimal(2) in values(got) and Decimal(-2) not in values(got)
    got = figures(extract, "Cork exports reached 5 billion euros, up 3 percent, while wine exports fell 2 percent.")
    assert Decimal(3) in values(got) and Decimal(-2) in values(got)


def test_falls_written_before_or_after_the_figure(extract):
    assert Decimal(-4) in values(figures(extract, "Cork exports fell by 4 percent in 2025."))
    assert Decimal(-4) in values(figures(extract, "Cork exports were 4 percent lower in 2025."))
    assert Decimal(-4) in values(figures(extract, "Cork exports saw a 4 percent drop in 2025."))
    assert Decimal(4) in values(figures(extract, "Cork exports saw a 4 percent rise in 2025, after a fall in 2024."))


# ---------------------------------------------------------------- a change with a subject of its own

def test_regression_change_of_another_subject_is_not_linked(extract):
    for text in ("Cork exports hit 5 billion euros, while wine imports fell 3%.",
                 "Cork exports reached 5 billion euros; wine imports declined by 3 percent.",
                 "Cork exports totaled 5 billion euros, but wine imports fell 3 percent year-on-year.",
                 "Cork exports reached 5 billion euros and imports dropped 3 percent."):
        got = figures(extract, text)
        assert by_value(got, -3).change_of is None, text
        assert "imports" in by_value(got, -3).measure, text


def test_regression_change_of_another_count_is_not_linked(extract):
    got = figures(extract, "The fair attracted 620 exhibitors, and the number of visitors rose 5%.")
    assert by_value(got, 5).change_of is None and by_value(got, 5).measure == "number of visitors"


def test_change_of_another_subject_keeps_its_own_level(extract):
    got = figures(extract, "Cork exports hit 5 billion euros in 2025, while wine imports fell 3% to 2 billion euros.")
    assert base_of(got, -3) == 2000000000
    got = figures(extract, "Cork exports reached 5 billion euros, up 3 percent, while wine imports fell 2 percent.")
    assert base_of(got, 3) == 5000000000 and by_value(got, -2).change_of is None


def test_subject_naming_the_same_count_keeps_the_link(extract):
    assert base_of(figures(extract, "The fair attracted 620 exhibitors, and exhibitor numbers rose 5%."), 5) == 620
    assert base_of(figures(extract, "The fair drew 80,000 visitors, while attendance rose 15%."), 15) == 80000
    assert base_of(figures(extract, "The fair attracted 620 exhibitors, and the number rose 5%."), 5) == 620
    assert base_of(figures(extract, "The fair attracted 620 exhibitors, and the show grew 5%."), 5) == 620
    assert base_of(figures(extract, "The fair's visitor count rose 5% to 48,000."), 5) == 48000


def test_regression_a_part_of_the_count_is_another_subject(extract):
    got = figures(extract, "Cork exports hit 5 billion euros, while cork imports fell 3%.")
    assert by_value(got, -3).change_of is None
    got = figures(extract, "The fair drew 48,000 visitors, and foreign visitors rose 12%.")
    assert by_value(got, 12).change_of is None


# ---------------------------------------------------------------- the new level of a change

def test_regression_new_level_after_up_gets_the_subjects_unit(extract):
    got = figures(extract, "Visitors were up 12 percent to 48,000.")
    assert (by_value(got, 48000).unit, base_of(got, 12)) == ("visitor", 48000)
    got = figures(extract, "Exhibitors were down 5% to 590 this year.")
    assert (by_value(got, 590).unit, base_of(got, -5)) == ("exhibitor", 590)


def test_new_level_after_a_change_verb_still_reads(extract):
    got = figures(extract, "Visitor numbers rose 8% to 1.2 million visitors.")
    assert base_of(got, 8) == 1200000
    got = figures(extract, "The number of exhibitors increased 8% to 620 this year.")
    assert (by_value(got, 620).unit, base_of(got, 8)) == ("exhibitor", 620)


def test_a_price_up_to_a_level_counts_nothing(extract):
    got = figures(extract, "Ticket prices were up 12 percent to 48.")
    assert Decimal(48) not in values(got)


# ---------------------------------------------------------------- another edition's figure

def test_regression_date_of_the_base_after_of_is_not_the_figures(extract):
    got = figures(extract, "Exhibitors totalled 620, 5% more than the 590 of last year.")
    assert by_value(got, 620).period is None and by_value(got, 620).about == "2026 Cedar Loom Fair"
    assert by_value(got, 590).period == "2025" and base_of(got, 5) == 620
    got = figures(extract, "The fair drew 3,600 visitors, a 20% increase from the 3,000 of 2025.")
    assert by_value(got, 3600).period is None and by_value(got, 3000).period == "2025"


def test_an_increase_over_last_years_figure(extract):
    got = figures(extract, "The fair drew 3,600 visitors, an increase of 20% over last year's 3,000.")
    assert by_value(got, 3600).period is None and by_value(got, 3000).period == "2025"
    assert base_of(got, 20) == 3600


# ---------------------------------------------------------------- periods

def test_regression_financial_year_is_the_period(extract):
    assert figures(extract, "Cork sales in Portugal reached 3 billion euros in FY2023.")[0].period == "2023"
    assert figures(extract, "In FY2024, cork sales in Portugal reached 3 billion euros.")[0].period == "2024"
    assert figures(extract, "Cork sales in Portugal reached 3 billion euros in FY2023/24.")[0].period == "2023/2024"
    assert figures(extract, "Cork sales in Portugal reached 3 billion euros in 2023/24.")[0].period == "2023/2024"


def test_financial_year_of_a_base_is_not_the_period(extract):
    got = figures(extract, "Cork sales in Portugal reached 3 billion euros, up 5% on FY2023.")
    assert by_value(got, 3000000000).period is None


def test_regression_first_months_without_a_year_are_past_ones(extract):
    # published on June 5: the first ten months and the third quarter are last year's
    assert figures(extract, "In the first ten months, Portugal sold 3 million tonnes of cork.")[0].period == "2025-01/2025-10"
    assert figures(extract, "Portugal sold 3 million tonnes of cork in the third quarter.")[0].period == "2025-07/2025-09"


def test_first_months_that_have_passed_stay_this_years(extract):
    assert figures(extract, "In the first five months, Portugal sold 3 million tonnes of cork.")[0].period == "2026-01/2026-05"
    assert figures(extract, "Portugal sold 3 million tonnes of cork in the first quarter.")[0].period == "2026-01/2026-03"
    got = figures(extract, "Portugal sold 3 million tonnes of cork in the first ten months of this year.")
    assert got[0].period == "2026-01/2026-10"


def test_other_period_forms(extract):
    assert figures(extract, "Cork sales in Portugal reached 3 billion euros in H1 2024.")[0].period == "2024-01/2024-06"
    assert figures(extract, "Since 2018, Portugal has sold 30 million tonnes of cork.")[0].period == "2018/2026"
    assert figures(extract, "Over the past decade, Portugal has sold 30 million tonnes of cork.")[0].period == "2016/2026"
    got = figures(extract, "In January-October, cork exports from Portugal reached 2 billion euros.")
    assert got[0].period == "2025-01/2025-10"


def test_regression_parse_period_fiscal_and_past_halves():
    from kg.normalize.dates import parse_period

    ref = date(2026, 5, 20)
    assert parse_period("FY2023", ref) == "2023" and parse_period("FY 23", ref) == "2023"
    assert parse_period("FY2023/24", ref) == "2023/2024"
    assert parse_period("the first ten months", ref) == "2025-01/2025-10"
    assert parse_period("the second half", ref) == "2025-07/2025-12"
    assert parse_period("the second quarter", ref) == "2026-04/2026-06"  # under way
    assert parse_period("the first half of this year", ref) == "2026-01/2026-06"
    assert parse_period("the first quarter", ref) == "2026-01/2026-03"
    assert parse_period("FYI", ref) is None


# ---------------------------------------------------------------- the project a sum describes

def test_regression_total_investment_is_the_named_projects(extract):
    for text in ("Lusa Motors signed the Coastal Cork Processing Project in Aveiro district, "
                 "with a total investment of 2 billion euros.",
                 "Of the deals, one was signed on stage, namely the Coastal Cork Processing Project in Aveiro "
                 "district, with a total investment of 2 billion euros.",
                 "Aveiro signed the Riverside Logistics Park, with an investment of 2 billion euros."):
        got = figures(extract, text)
        assert (got[0].about, got[0].about_type) in (("Coastal Cork Processing Project", "Project"),
                                                     ("Riverside Logistics Park", "Project")), text


def test_investment_of_counted_projects_stays_with_the_subject(extract):
    got = figures(extract, "Aveiro signed five projects in Ovar district, with a total investment of 2 billion euros.")
    assert by_value(got, 2000000000).about_type != "Project"
    got = figures(extract, "Lusa Motors opened the Ovar Cork Plant with 300 workers.")
    assert by_value(got, 300).about_type != "Project"


# ---------------------------------------------------------------- qualifiers

def test_regression_no_fewer_than_is_at_least(extract):
    assert figures(extract, "The fair drew no fewer than 20,000 visitors.")[0].qualifier == "AtLeast"
    assert figures(extract, "The fair drew fewer than 20,000 visitors.")[0].qualifier == "LessThan"


def test_regression_or_more_and_or_so_after_the_figure(extract):
    assert figures(extract, "The fair drew 20,000 or more visitors.")[0].qualifier == "AtLeast"
    assert figures(extract, "The fair drew 20,000 visitors or more.")[0].qualifier == "AtLeast"
    assert figures(extract, "The fair drew 20,000 visitors or so.")[0].qualifier == "Approximately"
    got = figures(extract, "The fair drew 20,000 visitors or more than twice the 2025 figure.")
    assert by_value(got, 20000).qualifier == "Exact"


def test_regression_written_synonyms_of_listed_qualifiers(extract):
    for text, want in (("The fair drew approx. 20,000 visitors.", "Approximately"),
                       ("The fair drew in the region of 20,000 visitors.", "Approximately"),
                       ("The fair drew upward of 20,000 visitors.", "MoreThan"),
                       ("The fair drew just shy of 20,000 visitors.", "Nearly")):
        assert figures(extract, text)[0].qualifier == want, text


def test_listed_qualifiers_stay(extract):
    for text, want in (("The fair drew an estimated 20,000 visitors.", "Exact"),
                       ("The fair drew nearly 20,000 visitors.", "Nearly"),
                       ("The fair drew close to 20,000 visitors.", "Nearly"),
                       ("The fair drew upwards of 20,000 visitors.", "MoreThan"),
                       ("The fair drew some 20,000 visitors.", "Approximately"),
                       ("The fair drew a record 20,000 visitors.", "Exact")):
        assert figures(extract, text)[0].qualifier == want, text


# ---------------------------------------------------------------- bases and levels of lists

def test_regression_base_after_compared_to_keeps_its_date(extract):
    got = figures(extract, "The fair drew 80,000 visitors, a 14% increase compared to 70,000 in 2025.")
    assert by_value(got, 80000).period is None and by_value(got, 70000).period == "2025"
    assert base_of(got, 14) == 80000


def test_regression_second_counted_numbers_of_a_sentence(extract):
    got = figures(extract, "Visitor numbers grew 14% to 80,000, and exhibitor numbers rose 5% to 600.")
    assert (by_value(got, 80000).unit, by_value(got, 600).unit) == ("visitor", "exhibitor")
    assert (base_of(got, 14), base_of(got, 5)) == (80000, 600)


def test_counted_numbers_written_after_the_figure(extract):
    got = figures(extract, "At 80,000, visitor numbers were a record.")
    assert by_value(got, 80000).unit == "visitor"


def test_regression_list_of_changes_pairs_a_list_of_figures(extract):
    got = figures(extract, "The fair drew 80,000 visitors and 600 exhibitors, up 14% and 5% on 2025.")
    assert (base_of(got, 14), base_of(got, 5)) == (80000, 600)
    got = figures(extract, "The fair drew 80,000 visitors and 600 exhibitors, representing increases of 14% and 5%.")
    assert (base_of(got, 14), base_of(got, 5)) == (80000, 600)


def test_one_figure_with_two_changes_is_no_pair(extract):
    got = figures(extract, "The fair drew 80,000 visitors, up 14% on 2025 and 20% on 2024.")
    assert base_of(got, 14) == 80000


# ---------------------------------------------------------------- a base in the sentence before

def test_regression_change_noun_as_subject_refers_back(extract):
    for text in ("Visitors reached 80,000. Compared with 2025, the increase was 14%.",
                 "The fair drew 80,000 visitors. The increase over 2025 was 14%.",
                 "The fair drew 80,000 visitors. Growth was 14% year-on-year."):
        assert base_of(figures(extract, text), 14) == 80000, text


def test_change_noun_of_something_else_does_not_refer_back(extract):
    got = figures(extract, "The fair drew 80,000 visitors. The increase in ticket prices was 14%.")
    assert by_value(got, 14).change_of is None


def test_base_in_the_sentence_before_only_in_its_paragraph(extract):
    assert base_of(figures(extract, "Visitors reached 80,000. That is 15% more than in 2023."), 15) == 80000
    got = figures(extract, "Visitors reached 80,000.\n\nThat is 15% more than in 2023.")
    assert by_value(got, 15).change_of is None


# ---------------------------------------------------------------- changes written as participles, shares

def test_regression_a_participle_of_change_makes_a_change(extract):
    got = figures(extract, "Cork sales reached 3 billion euros, with exports rising 8 percent year on year.")
    assert by_value(got, 8).comparison == "year-on-year"
    got = figures(extract, "Cork sales reached 3 billion euros in 2025, with the number of buyers falling 4 percent.")
    assert Decimal(-4) in values(got)
    got = figures(extract, "Cork sales grew in 2025, with exports climbing 8 percent to 2 billion euros.")
    assert base_of(got, 8) == 2000000000


def test_a_participle_of_no_change_stays_a_figure(extract):
    got = figures(extract, "Cork sales reached 3 billion euros, with exports accounting for 8 percent.")
    assert by_value(got, 8).change_of is None and by_value(got, 8).comparison is None


def test_regression_percent_change_after_a_share_changes_the_amount(extract):
    got = figures(extract, "Portugal's cork exports reached 3 billion euros in 2025, accounting for 20 percent of "
                           "the total, up 5 percent year on year.")
    assert base_of(got, 5) == 3000000000


def test_change_in_points_after_a_share_changes_the_share(extract):
    got = figures(extract, "Portugal's cork exports reached 3 billion euros in 2025, accounting for 20 percent of "
                           "the total, up 2 percentage points.")
    assert base_of(got, 2) == 20


def test_regression_difference_counts_the_figure_not_its_origin(extract):
    got = figures(extract, "The fair attracted 1,200 exhibitors from 30 countries, 15 more than last year.")
    assert by_value(got, 15).unit == "exhibitor" and base_of(got, 15) == 1200


def test_regression_more_verbs_of_change(extract):
    for text, value in (("Cork exports soared 30% to 3 billion euros.", 30),
                        ("Cork exports expanded 8% to 3 billion euros.", 8),
                        ("Cork exports gained 8% to 3 billion euros.", 8),
                        ("Cork exports slipped 2% to 3 billion euros.", -2),
                        ("Cork exports tumbled 20% to 3 billion euros.", -20)):
        got = figures(extract, text)
        assert base_of(got, value) == 3000000000, text


def test_verbs_of_change_without_a_percent_count_things(extract):
    got = figures(extract, "The fair expanded to 30 countries this year.")
    assert [(s.value, s.unit) for s in got] == [(30, "country")] and got[0].change_of is None
