"""Figure forms of the q-stats26 round, found by the probe releases of tests/extract/probes26q
(our own wording). Sentences written for these tests, one regression test per defect (each
fails on the code before the round), with their negatives inside."""

from __future__ import annotations

from kg.extract.lexicon import MORE_THAN_VERBS
from tests.extract.test_statistics_forms8 import by_value, figures


# ---------------------------------------------------------------- "crosses", "crossing": one list of verbs

def test_regression_every_form_of_cross_is_more_than(extract):
    assert "cross" in MORE_THAN_VERBS
    got = figures(extract, "Daily footfall crosses 50,000 on weekends.")
    assert by_value(got, 50000).qualifier == "MoreThan"
    got = figures(extract, "Exports are crossing 2 million tonnes a year.")
    assert by_value(got, 2000000).qualifier == "MoreThan"
    # the threshold form and the past tense keep working
    assert by_value(figures(extract, "Sales crossed the EUR 5 million mark."), 5000000).qualifier == "MoreThan"
    assert by_value(figures(extract, "Footfall crossed 3 lakh."), 300000).qualifier == "MoreThan"
    # a plain count is exact
    assert by_value(figures(extract, "The fair hosted 300 exhibitors."), 300).qualifier == "Exact"


# ---------------------------------------------------------------- "N years ago", "a decade ago"

def test_regression_years_ago_dates_a_figure_back_from_publication(extract):
    # published 2026-06-05 (test_statistics_forms8.PUBLISHED)
    assert by_value(figures(extract, "A decade ago the fair had only 40 exhibitors."), 40).period == "2016"
    assert by_value(figures(extract, "Three years ago, the city recorded 1.4 million tourists."), 1400000).period == "2023"
    got = figures(extract, "Portugal exported 410,000 tonnes of cork in 2025, compared with 380,000 tonnes two years ago.")
    assert by_value(got, 380000).period == "2024"  # "ago" counts from the publication
    assert by_value(got, 410000).period == "2025"
    # a founding date is not the period of the edition's own count
    got = figures(extract, "Launched five years ago, the fair now has 500 exhibitors.")
    assert by_value(got, 500).period is None


def test_years_ago_reader():
    from datetime import date
    from kg.extract.statistics.periods import years_ago
    ref = date(2026, 3, 1)
    assert years_ago("two years ago", ref) == "2024"
    assert years_ago("A decade ago", ref) == "2016"
    assert years_ago("5 years back", ref) == "2021"
    assert years_ago("two decades ago", ref) == "2006"
    assert years_ago("last year", ref) is None
    assert years_ago("two years ago", None) is None


# ---------------------------------------------------------------- "a footfall of 28,000" after other counts

def test_regression_an_attendance_noun_of_a_bare_number_counts_attendees(extract):
    got = figures(extract, "The fair brought together 350 exhibitors from 14 countries and received a footfall of 28,000.")
    assert (by_value(got, 28000).unit, by_value(got, 28000).measure) == ("attendee", "footfall")
    assert by_value(got, 14).unit == "country"
    got = figures(extract, "The fair hosted 350 exhibitors and drew a turnout of over 28,000.")
    assert (by_value(got, 28000).unit, by_value(got, 28000).qualifier) == ("attendee", "MoreThan")
    # a base compared with the count before it keeps that count's unit
    got = figures(extract, "The fair hosted 350 exhibitors, up from 300 in 2025.")
    assert by_value(got, 300).unit == "exhibitor"


# ---------------------------------------------------------------- "the company's revenue": an anaphor as possessor

def test_regression_the_companys_figure_is_about_the_company_named_before(extract):
    got = figures(extract, "Norvale Robotics Inc. announced at the fair that the company's revenue grew 18% to $410 million in 2025.")
    assert by_value(got, 410000000).about == "Norvale Robotics Inc"
    assert by_value(got, 18).about == "Norvale Robotics Inc"
    # the event's own counts stay the event's
    got = figures(extract, "Norvale Robotics Inc. exhibited at the fair, which drew 30,000 visitors.")
    assert by_value(got, 30000).about != "Norvale Robotics Inc"


# ---------------------------------------------------------------- "The firm, which employs ...", "Its sales rose ..."

def test_regression_a_relative_clause_on_the_firm_is_about_the_firm(extract):
    got = figures(extract, "Norvale Robotics Inc. is exhibiting at the fair. "
                           "The firm, which employs 3,500 people, reported sales of EUR 1.2 billion last year.")
    assert by_value(got, 3500).about == "Norvale Robotics Inc"
    assert by_value(got, 1200000000).about == "Norvale Robotics Inc"


def test_regression_its_at_the_start_refers_to_the_subject_before(extract):
    got = figures(extract, "Norvale Robotics Inc. is exhibiting at the fair. Its sales rose 9 percent to EUR 300 million in 2025.")
    assert by_value(got, 300000000).about == "Norvale Robotics Inc"
    assert by_value(got, 9).about == "Norvale Robotics Inc"
    # the event's 'Its' stays the event's
    got = figures(extract, "The fair is the largest in Europe. Its visitor numbers rose 9 percent to 30,000.")
    assert by_value(got, 30000).about == "2026 Cedar Loom Fair"


# ---------------------------------------------------------------- "<noun>, at <figure>, ...": an aside

def test_regression_a_figure_in_an_aside_after_its_noun_measures_the_noun(extract):
    got = figures(extract, "Portugal's exports of cork, at EUR 1.1 billion in 2025, accounted for half of world trade.")
    assert by_value(got, 1100000000).measure == "exports of cork"
    got = figures(extract, "Unemployment in the region, at 7 percent, is the lowest in a decade.")
    assert by_value(got, 7).measure == "Unemployment in the region"
    # a time in an aside is no figure's measure
    assert by_value(figures(extract, "The fair closed on Sunday, at 6 pm, with 3,000 visitors."), 3000).measure == "visitors"


# ---------------------------------------------------------------- "Dubai received 18.7 million visitors last year"

GULF_LEAD = "DUBAI, 5th June, 2026 (WAM) -- The Gulf Food Industries Expo 2026 opened today at the Dubai World Trade Centre. "


def test_regression_a_place_receiving_visitors_in_a_year_is_about_the_place(extract):
    got = figures(extract, "Dubai received 18.7 million international overnight visitors in 2025.", lead=GULF_LEAD)
    assert (by_value(got, 18700000).about, by_value(got, 18700000).period) == ("Dubai", "2025")
    got = figures(extract, "Dubai received 18.7 million visitors last year, a 9 percent increase.", lead=GULF_LEAD)
    assert by_value(got, 18700000).about == "Dubai"
    # no year: the event's attendance
    got = figures(extract, "Dubai welcomed 30,000 visitors over the three days.", lead=GULF_LEAD)
    assert by_value(got, 30000).about == "Gulf Food Industries Expo 2026"


# ---------------------------------------------------------------- "1.2 lakh trade visitors": a scale tagged a noun

def test_regression_a_lakh_before_a_modified_noun_counts_the_noun(extract):
    got = figures(extract, "The fair saw 1.2 lakh trade visitors.")
    assert by_value(got, 120000).unit == "trade visitor"
    got = figures(extract, "The fair drew 1.2 lakh visitors and 2 lakh business visitors.")
    assert by_value(got, 120000).unit == "visitor"
    assert by_value(got, 200000).unit == "business visitor"


# ---------------------------------------------------------------- "earned Sh180 billion from tea exports"

def test_regression_money_made_from_a_source_measures_the_source(extract):
    got = figures(extract, "Portugal earned EUR 1.1 billion from cork exports last year, up from EUR 900 million in 2024.")
    assert by_value(got, 1100000000).measure == "earnings from cork exports"
    got = figures(extract, "The organisers generated EUR 2 million from ticket sales.")
    assert by_value(got, 2000000).measure == "revenue from ticket sales"
    # a count after 'from' is a figure of its own, not the source's measure
    got = figures(extract, "The city raised EUR 5 million from 2,000 investors.")
    assert by_value(got, 5000000).measure == "funds raised"


# ---------------------------------------------------------------- "12 percent of the country's GDP"

def test_regression_a_share_of_the_countrys_whole_is_about_the_country(extract):
    got = figures(extract, "Textiles represent 12 percent of the country's GDP.")
    assert by_value(got, 12).about == "Portugal"
    got = figures(extract, "Tourism accounts for 9 percent of the city's jobs.")
    assert by_value(got, 9).about == "Porto"
    # a share of the event's own counted stays the event's
    got = figures(extract, "About 40 percent of the exhibitors came from abroad.")
    assert by_value(got, 40).about == "2026 Cedar Loom Fair"


# ---------------------------------------------------------------- "the X Corporation (XCORP) ... XCORP has 46 offices"

def test_regression_an_abbreviation_defined_in_brackets_names_its_organization(extract):
    text = ("The Lusitanian External Trade Development Corporation (LUSTRA) supports the fair. "
            "LUSTRA has 46 overseas offices.")
    assert by_value(figures(extract, text), 46).about == "Lusitanian External Trade Development Corporation"
    # the attendance its organizer expects stays the event's (rule organizers-count)
    text = "The fair is organised by the Lusitanian Trade Fairs Company (LUSFAIR). LUSFAIR expects 30,000 visitors."
    assert by_value(figures(extract, text), 30000).about == "2026 Cedar Loom Fair"


# ---------------------------------------------------------------- "5 Mt": a megatonne, not a metric ton

def test_regression_mt_in_mixed_case_is_a_megatonne(extract):
    assert by_value(figures(extract, "Steel output hit 5 Mt in 2025."), 5000000).unit == "ton"
    # 'MT' and 'mt' are metric tons, 'tonnes' and 'metric tons' too
    assert by_value(figures(extract, "Output reached 12,000 MT."), 12000).unit == "ton"
    assert by_value(figures(extract, "Exports reached 2 lakh mt."), 200000).unit == "ton"
    assert by_value(figures(extract, "Exports reached 40,000 metric tons."), 40000).unit == "ton"
    assert by_value(figures(extract, "The port handled 3.2 million tonnes."), 3200000).unit == "ton"


# ---------------------------------------------------------------- "800 t of pulp a day": the symbol of a ton

def test_regression_the_ton_symbol_after_a_number_is_a_ton(extract):
    got = by_value(figures(extract, "The mill produces 800 t of pulp a day."), 800)
    assert (got.unit, got.measure) == ("ton per day", "pulp")
    assert by_value(figures(extract, "The crane lifts up to 1,200 t."), 1200).unit == "ton"
    # not the first letter of a noun
    assert by_value(figures(extract, "The fair sold 500 t-shirts."), 500).unit != "ton"
    assert by_value(figures(extract, "Organisers printed 500 t shirts."), 500).unit != "ton"


# ---------------------------------------------------------------- "on-year", "compared with the previous edition"

def test_regression_more_ways_of_writing_the_yearly_comparison(extract):
    got = figures(extract, "Exports rose 42.3 percent on-year to $13.8 billion in May.")
    assert by_value(got, 42.3).comparison == "year-on-year"
    got = figures(extract, "Sales reached EUR 9 million, an increase of 20 percent compared with the previous edition.")
    assert by_value(got, 20).comparison == "year-on-year"
    assert by_value(got, 9000000).comparison is None  # the level is no change
