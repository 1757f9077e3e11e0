"""Figure forms of the q-stats28 round, found by the probe releases of tests/extract/probes28q
(our own wording). Sentences written for these tests, one regression test per defect (each
fails on the code before the round, main eecf00c), with their negatives inside."""

from __future__ import annotations

from tests.extract.test_statistics_forms8 import by_value, figures


# ---------------------------------------------------------------- "9.1 trillion won last year"

def test_regression_won_taken_for_a_verb_keeps_the_period(extract):
    got = figures(extract, "South Korea's game exports reached 9.1 trillion won last year, up 4.2 percent from a year earlier.")
    assert by_value(got, 9100000000000).unit == "KRW"
    assert by_value(got, 9100000000000).period == "2025"
    # a date of a clause of its own still leaves the figure out
    got = figures(extract, "The fair drew 40,000 visitors, and next year it expects 50,000.")
    assert by_value(got, 40000).period is None


# ---------------------------------------------------------------- "X said ... that its sales reached"

def test_regression_its_after_an_organization_that_reports(extract):
    lead = "CHICAGO, May 12, 2026 /PRNewswire/ -- "
    got = figures(extract, "Orvanta Packaging Systems said at the 2026 Midwest Pack Expo that its sales reached $4 billion in 2025.",
                  lead=lead)
    assert by_value(got, 4000000000).about == "Orvanta Packaging Systems"
    got = figures(extract, "Veltrane Foods Ltd announced on Monday its revenue grew to $900 million in 2025.")
    assert by_value(got, 900000000).about == "Veltrane Foods Ltd"
    # the event's own figures stay the event's
    got = figures(extract, "Orvanta Packaging Systems said the fair drew 40,000 visitors.")
    assert by_value(got, 40000).about != "Orvanta Packaging Systems"


# ---------------------------------------------------------------- "a 60-strong delegation of Kenyan exporters"

def test_regression_a_strong_delegation_of_nationals_is_their_country(extract):
    got = figures(extract, "A 60-strong delegation of Kenyan exporters is taking part in the fair.")
    assert by_value(got, 60).about == "Kenya"
    assert by_value(got, 60).unit == "member"
    # a delegation with no nationality stays the event's
    got = figures(extract, "A 60-strong delegation of exporters is taking part in the fair.")
    assert by_value(got, 60).about != "Kenya"


# ---------------------------------------------------------------- "Two-wheeler sales touched 1.9 crore units"

def test_regression_touched_reports_the_subjects_amount(extract):
    got = figures(extract, "Car sales in India touched 1.9 crore units in FY25.")
    assert by_value(got, 19000000).measure == "Car sales"
    # 'reached' read so already
    got = figures(extract, "Car sales in India reached 1.9 crore units in FY25.")
    assert by_value(got, 19000000).measure == "Car sales"


# ---------------------------------------------------------------- "NEW YORK Halvard Robotics Corp. said"

def test_regression_a_dateline_run_into_a_company_name_is_left_out(extract):
    text = ("NEW YORK Halvard Robotics Corp. said on Tuesday it will show new arms at the 2026 Empire Automation Fair.\n"
            "Halvard Robotics reported revenue of $640 million in 2025.\nThe company has 2,100 employees.")
    got = extract(text).statistics
    assert by_value(got, 640000000).about == "Halvard Robotics Corp"
    assert by_value(got, 2100).about == "Halvard Robotics Corp"
    # a name in capitals that is no place keeps its words
    text = "KPMG Halvard Advisory Ltd. said on Tuesday it will exhibit at the 2026 Empire Automation Fair.\nThe company has 2,100 employees."
    assert by_value(extract(text).statistics, 2100).about == "KPMG Halvard Advisory Ltd"


# ---------------------------------------------------------------- "Corvane Security, Inc., a provider ... to 4,000 customers"

def test_regression_a_figure_in_an_apposition_to_a_company_is_the_companys(extract):
    got = figures(extract, "Corvane Labs, a provider of identity software to more than 4,000 customers in 60 countries, "
                           "today announced it will keynote the fair.")
    assert by_value(got, 4000).about == "Corvane Labs"
    assert by_value(got, 60).about == "Corvane Labs"
    # those who attend the event stay the event's
    got = figures(extract, "Corvane Labs, one of 300 exhibitors, today announced it will keynote the fair.")
    assert by_value(got, 300).about != "Corvane Labs"


# ---------------------------------------------------------------- "Coffee exports fetched $2.1 billion"

def test_regression_a_money_verb_with_an_amount_subject_measures_the_subject(extract):
    got = figures(extract, "Uganda's coffee exports fetched $2.1 billion in 2025.")
    assert by_value(got, 2100000000).measure == "coffee exports"
    # a subject that is no amount keeps the verb's measure
    got = figures(extract, "Visitors spent $2.1 million at the fair.")
    assert by_value(got, 2100000).measure == "spending"


# ---------------------------------------------------------------- "Exhibitors came from 33 countries, up from 28 in 2024"

def test_regression_a_base_after_up_from_counts_what_the_count_before_counts(extract):
    got = figures(extract, "Exhibitors came from 33 countries, up from 28 in 2024.")
    assert by_value(got, 28).unit == "country"
    assert by_value(got, 28).period == "2024"
    # a base of the subject's count keeps that unit
    got = figures(extract, "The fair drew 410 exhibitors, up from 380 in 2024.")
    assert by_value(got, 380).unit == "exhibitor"


# ---------------------------------------------------------------- "jumped 25 per cent from last year's 40,000 to 50,000"

def test_regression_a_change_from_an_old_level_to_a_new_one_changes_the_new(extract):
    # (the level right after 'to' links it, whatever the change's measure: here a dateline
    # before the subject leaves the change measured as 'increase')
    got = figures(extract, "Attendance at the 2026 Cascade Craft Beer Festival jumped 25 per cent from last year's 40,000 "
                           "to 50,000.", lead="PORTLAND, Oregon -- ")
    change = by_value(got, 25)
    assert change.change_of is not None and got[change.change_of].value == 50000
    got = figures(extract, "Sales rose 10% from $2 million in 2025 to $2.2 million.")
    change = by_value(got, 10)
    assert change.change_of is not None and got[change.change_of].value == 2200000
    # 'to' the new level right after the change, as before
    got = figures(extract, "Sales rose 10% to $2.2 million.")
    assert got[by_value(got, 10).change_of].value == 2200000


# ---------------------------------------------------------------- "aged 12 to 18", "P.O. Box 30123-00100"

def test_regression_the_upper_age_and_a_post_box_are_no_figures(extract):
    got = figures(extract, "The fair hosts 1,100 students aged 12 to 18 from 45 schools.")
    assert sorted(int(s.value) for s in got) == [45, 1100]
    got = figures(extract, "The fair will host 210 exhibitors at the showground, P.O. Box 30123-00100, Nairobi.")
    assert [int(s.value) for s in got] == [210]
    # a range of counts stays two figures
    got = figures(extract, "The fair hosts between 300 and 400 exhibitors.")
    assert sorted(int(s.value) for s in got) == [300, 400]


# ---------------------------------------------------------------- "rose by 20,000 year on year"

def test_regression_a_count_the_recognizer_ran_into_year_on_year_is_a_figure(extract):
    got = figures(extract, "Visitor numbers rose by 20,000 year on year.")
    assert by_value(got, 20000).unit == "visitor"
    got = figures(extract, "Visitors grew by 3,000 year-on-year to 45,000.")
    assert by_value(got, 3000).unit == "visitor"
    assert got[by_value(got, 3000).change_of].value == 45000
    # a span of years stays no figure
    assert figures(extract, "The museum's collection spans 20,000 years of history.") == []


# ---------------------------------------------------------------- "Exhibitors rose by 1,200 to 5,400"

def test_regression_a_change_by_a_count_to_a_level_is_two_figures(extract):
    got = figures(extract, "Exhibitors rose by 1,200 to 5,400.")
    assert by_value(got, 1200).unit == "exhibitor"
    assert got[by_value(got, 1200).change_of].value == 5400
    # a range after 'between' stays a range
    got = figures(extract, "The fair expects between 1,200 and 5,400 exhibitors.")
    assert by_value(got, 1200).qualifier == "AtLeast"


# ---------------------------------------------------------------- "funding for ... has risen to $11 billion"

def test_regression_a_gerund_subject_the_tagger_took_for_a_verb_is_the_measure(extract):
    got = figures(extract, "Since the Covid-19 pandemic, funding for pandemic preparedness has risen to $11 billion a year.")
    assert by_value(got, 11000000000).measure == "funding"
    # a gerund with an object of its own is a clause, not the measure
    got = figures(extract, "Building the hall cost $5 million.")
    assert by_value(got, 5000000).measure == "cost"


# ---------------------------------------------------------------- "Dutch bicycle sales totalled 1.2 million"

def test_regression_more_counted_subjects_and_national_sales(extract):
    got = figures(extract, "Dutch bicycle sales totalled 1.2 million in 2025.")
    assert by_value(got, 1200000).unit == "bicycle"
    assert by_value(got, 1200000).about == "The Netherlands"
    got = figures(extract, "Admissions grew to 20,000 a year.")
    assert by_value(got, 20000).unit == "admission"
    # an amount with nothing counted stays no figure
    assert figures(extract, "Sales reached 95,000 in 2025.") == []


# ---------------------------------------------------------------- "compared with the 2024 total of $3.5 billion"

def test_regression_a_base_named_the_years_total_takes_that_year(extract):
    got = figures(extract, "Exports reached $4 billion in 2025, compared with the 2024 total of $3.5 billion.")
    assert by_value(got, 3500000000).period == "2024"
    assert by_value(got, 3500000000).measure == "Exports"
    assert by_value(got, 4000000000).period == "2025"
    got = figures(extract, "Exports reached $4 billion, an increase of 12 percent compared to the 2024 figure of $3.5 billion.")
    assert by_value(got, 4000000000).period is None
    assert got[by_value(got, 12).change_of].value == 4000000000


def test_an_organiser_reporting_its_attendance_keeps_the_event(extract):
    got = figures(extract, "Nordmesse Holding GmbH said its exhibitors numbered 1,200 this year.")
    assert by_value(got, 1200).about != "Nordmesse Holding GmbH"
