"""Figure forms of the q-stats22 round: a crowd counted with 'of', a clause the parse hung on
the counted noun, a count that is the object of the one who counted it. Sentences written for
these tests (probe: tests/extract/probes22), one regression test per defect (each fails on the
code before the round), with their negatives inside."""

from __future__ import annotations

from tests.extract.test_statistics_forms8 import by_value, figures


# ---------------------------------------------------------------- "a crowd of 20,000"

def test_regression_a_crowd_of_a_bare_number_counts_people(extract):
    got = by_value(figures(extract, "A crowd of 20,000 watched the closing parade."), 20000)
    assert (got.unit, got.measure) == ("person", "crowd")
    got = by_value(figures(extract, "The concert drew an audience of some 3,500 on Friday."), 3500)
    assert (got.unit, got.measure, got.qualifier) == ("person", "audience", "Approximately")
    # a crowd of counted things keeps what it counts
    assert by_value(figures(extract, "A crowd of 300 exhibitors filled the halls."), 300).unit == "exhibitor"
    # a bare number after another noun and 'of' stays no count of people
    assert [s for s in figures(extract, "A row of 20 filled the hall.") if s.unit == "person"] == []


# ---------------------------------------------------------------- a clause parsed as a modifier

def test_regression_a_verb_parsed_as_a_modifier_is_no_part_of_the_measure(extract):
    assert by_value(figures(extract, "The pavilion secured deals of SAR 450 million."), 450000000).measure == "deals"
    got = figures(extract, "The fair recorded 52,000 visitors, compared with 47,000 last year.")
    assert by_value(got, 52000).measure == "visitors" and by_value(got, 47000).measure == "visitors"
    # a participle that modifies the noun stays in it
    assert by_value(figures(extract, "The fair had 420 registered exhibitors."), 420).measure == "registered exhibitors"


# ---------------------------------------------------------------- who counted is not what is counted

def test_regression_the_counted_object_of_a_reporting_verb_is_the_measure(extract):
    got = by_value(figures(extract, "The organisers registered 1,450 exhibitors."), 1450)
    assert got.measure == "exhibitors"
    got = by_value(figures(extract, "Local buyers recorded 300 deals on the first day."), 300)
    assert got.measure == "deals"
    # a classifier or a unit of measure keeps the subject
    assert by_value(figures(extract, "Sales of tractors totalled 90,000 units in 2025."), 90000).measure == "Sales of tractors"
    assert by_value(figures(extract, "Exports reached 3 million tonnes."), 3000000).measure == "Exports"


# ---------------------------------------------------------------- a fiscal year is no place

def test_regression_a_fiscal_year_is_not_what_a_figure_is_about(extract):
    got = by_value(figures(extract, "Revenue reached Rs 800 crore in FY2024/25."), 8000000000)
    assert got.about != "FY2024/25" and got.period == "2024/2025"
    # a place in the same sentence stays the subject
    assert by_value(figures(extract, "Kenya's tea exports reached 450,000 tonnes in FY2025/26."), 450000).about == "Kenya"


# ---------------------------------------------------------------- "N of them" in the next sentence

def test_regression_a_part_of_them_counts_the_whole_of_the_sentence_before(extract):
    got = by_value(figures(extract, "The show has 350 exhibitors. Some 120 of them are new."), 120)
    assert (got.unit, got.qualifier) == ("exhibitor", "Approximately")
    got = by_value(figures(extract, "Visitors came from 40 countries. 12 of these are in Africa."), 12)
    assert got.unit == "country"
    # not across a paragraph, nor a part of a sum
    assert [s.unit for s in figures(extract, "The fair drew 300 exhibitors.\n\nSome 40 of them are new.") if s.value == 40] \
        in ([], [None])
    assert [s for s in figures(extract, "Exports reached $3 billion. Some 40 of them are new.") if s.value == 40 and s.unit == "USD"] == []


# ---------------------------------------------------------------- "a year earlier" after a year

def test_regression_a_year_earlier_is_the_year_before_the_one_named(extract):
    got = figures(extract, "The sector's output was valued at ₦4.2 trillion in 2025, up from ₦3.6 trillion a year earlier.")
    assert by_value(got, 4200000000000).period == "2025" and by_value(got, 3600000000000).period == "2024"
    got = figures(extract, "Exports reached $3 billion in 2023, compared with $2.5 billion the previous year.")
    assert by_value(got, 2500000000).period == "2022"


# ---------------------------------------------------------------- arrivals change a count of those who arrive

def test_regression_arrivals_change_the_count_of_tourists_before(extract):
    got = figures(extract, "The region welcomed 3.2 million tourists in 2025. Arrivals rose 20% compared with 2024.")
    assert got[by_value(got, 20).change_of].value == 3200000
    got = figures(extract, "The airport handled 900,000 passengers. Arrivals grew 12 percent.")
    assert got[by_value(got, 12).change_of].value == 900000
    # not a count of exhibitors or a sum
    assert by_value(figures(extract, "The fair had 600 exhibitors. Arrivals rose 5%."), 5).change_of is None
    assert by_value(figures(extract, "Exports reached $3 billion. Arrivals rose 5%."), 5).change_of is None


# ---------------------------------------------------------------- a bare part that opens its sentence

def test_regression_a_bare_number_opening_a_sentence_is_a_part_of_the_count_before(extract):
    got = by_value(figures(extract, "The fair shows 40 projects. Twelve are from Asia."), 12)
    assert got.unit == "project"
    got = by_value(figures(extract, "The show has 560 exhibitors.\n\nSome 200 come from abroad."), 200)
    assert (got.unit, got.qualifier) == ("exhibitor", "Approximately")
    # not a part of a sum or a unit of measure, nor a year
    assert [s.unit for s in figures(extract, "Exports reached $3 billion. 12 are new.") if s.value == 12] in ([], [None])
    assert [s for s in figures(extract, "The fair drew 40,000 visitors.\n\n2025 was a record year.") if s.value == 2025] == []


# ---------------------------------------------------------------- parts of a year placed in time

def test_regression_the_first_three_quarters_are_a_period_not_a_count(extract):
    got = figures(extract, "The province's GDP grew by 5.6 percent in the first three quarters.")
    assert [float(s.value) for s in got] == [5.6] and got[0].measure == "GDP"
    assert [float(s.value) for s in figures(extract, "Exports rose 4 percent over the past two quarters.")] == [4]
    # a share written with quarters stays a share
    got = figures(extract, "Three quarters of the exhibitors came from abroad.")
    assert [s.unit for s in got] == ["percent"]


# ---------------------------------------------------------------- a reporting verb parsed as the figure's modifier

def test_regression_a_reporting_verb_parsed_as_a_modifier_keeps_its_subject(extract):
    got = figures(extract, "Sales at the fair totalled €3.2 million, up from €2.7 million in 2025.")
    assert by_value(got, 3200000).measure == "Sales" and by_value(got, 2700000).measure == "Sales"
    # a measure written beside the figure stays
    assert by_value(figures(extract, "Visitor spending at the festival reached $45 million."), 45000000).measure == "Visitor spending"


# ---------------------------------------------------------------- a hyphenated modifier as written

def test_regression_a_hyphenated_modifier_of_a_measure_is_written_as_in_the_text(extract):
    got = by_value(figures(extract, "The region's non-oil trade hit Dh 2 trillion."), 2000000000000)
    assert got.measure == "non-oil trade"


def test_the_object_of_a_verb_of_level_keeps_the_subject_as_measure(extract):
    got = by_value(figures(extract, "The production of electric vehicles in Spain reached 400,000 vehicles."), 400000)
    assert got.measure == "production of electric vehicles"


# ---------------------------------------------------------------- "the city of X"

def test_regression_a_name_after_the_city_of_is_a_place(extract):
    got = by_value(figures(extract, "The city of Durban hosted 300 conferences in 2025."), 300)
    assert got.about == "Durban"
    # a capitalized 'City of' is part of an organization's name, not this form
    got = by_value(figures(extract, "The Harbourton Trade Board approved 40 projects."), 40)
    assert got.about != "Harbourton"
