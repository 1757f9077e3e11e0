"""Figure forms of the q-stats15 round: 'this year's' after another edition's year, a change
of attendance whose base is the count of those who came in the sentence before. Sentences
written for these tests, one regression test per defect (each fails on the code before the
round), with their negatives inside."""

from __future__ import annotations

from tests.extract.test_statistics_forms8 import by_value, figures


# ---------------------------------------------------------------- "this year's" is this edition's

def test_regression_this_years_figure_after_last_years_has_no_other_year(extract):
    got = figures(extract, "The fair drew 40,000 visitors last year, and this year's 46,000 visitors set a record.")
    assert by_value(got, 40000).period == "2025"
    assert by_value(got, 46000).period is None and by_value(got, 46000).about == "2026 Cedar Loom Fair"
    # another year's possessive keeps its year
    assert by_value(figures(extract, "Next year's fair expects 50,000 visitors."), 50000).period == "2027"
    assert by_value(figures(extract, "The fair drew 46,000 visitors, up from last year's 40,000."), 40000).period == "2025"


def test_regression_this_years_edition_in_a_clause_after_a_dated_one(extract):
    got = figures(extract, "The event had 38,000 visitors in 2025, while this year's edition drew 42,000 visitors.")
    assert by_value(got, 38000).period == "2025"
    assert by_value(got, 42000).period is None and by_value(got, 42000).about == "2026 Cedar Loom Fair"
    got = figures(extract, "The event had 38,000 visitors this year, while next year's edition expects 42,000 visitors.")
    assert by_value(got, 42000).period == "2027"


# ---------------------------------------------------------------- attendance after a count of those who came

def test_regression_attendance_changes_the_count_of_those_who_attended(extract):
    got = figures(extract, "Some 18,000 buyers attended the fair. Attendance rose 5%.")
    assert got[by_value(got, 5).change_of].value == 18000
    got = figures(extract, "About 2,000 engineers attended the congress. Attendance was up 8 percent.")
    assert got[by_value(got, 8).change_of].value == 2000
    # not a count of exhibitors, nor a sum
    assert by_value(figures(extract, "The fair had 600 exhibitors. Attendance rose 5%."), 5).change_of is None
    assert by_value(figures(extract, "Exports reached $3 billion. Attendance rose 5%."), 5).change_of is None


# ---------------------------------------------------------------- amounts that count what they name

def test_regression_an_amount_of_things_written_with_of_counts_them(extract):
    got = figures(extract, "Production of electric buses reached 1.5 million in 2025.")
    assert by_value(got, 1500000).unit.endswith("bus") and by_value(got, 1500000).period == "2025"
    assert by_value(got, 1500000).measure == "Production of electric buses"
    got = figures(extract, "Exports of bicycles hit 500,000, up 12% year on year.")
    assert by_value(got, 500000).unit == "bicycle" and got[by_value(got, 12).change_of].value == 500000
    # not an amount of a mass noun, nor of what a unit or currency measures
    assert figures(extract, "Sales of wine reached 64,000 in the spring.") == []
    assert by_value(figures(extract, "Exports of goods reached 3 million tonnes."), 3000000).unit == "ton"


def test_regression_an_amount_of_a_counted_thing_as_compound_counts_it(extract):
    assert by_value(figures(extract, "Vehicle production reached 1.2 million."), 1200000).unit == "vehicle"
    assert by_value(figures(extract, "Car exports totalled 400,000."), 400000).unit == "car"
    assert figures(extract, "Steel production reached 3 million.") == []


def test_regression_a_bare_amount_counts_the_things_of_the_sentence_before(extract):
    got = figures(extract, "Spain produced 2.4 million vehicles in 2025. Sales reached 2.1 million.")
    sales = by_value(got, 2100000)
    assert (sales.unit, sales.about, sales.period) == ("vehicle", "Spain", "2025")
    got = figures(extract, "The company sold 2 million phones. Exports rose to 900,000 in 2025.")
    assert by_value(got, 900000).unit == "phone"
    # not after people or a sum, nor across a paragraph
    assert [s.value for s in figures(extract, "The fair drew 40,000 visitors. Sales reached 3 million.")] == [40000]
    assert len(figures(extract, "Exports reached $3 billion. Sales reached 3 million.")) == 1
    assert len(figures(extract, "The plant made 300,000 cars last year.\nExports reached 120,000.")) == 1


def test_regression_an_industrys_count_is_no_edition_of_the_event(extract):
    got = figures(extract, "Electric vehicle sales reached 3 million in 2025.")
    assert by_value(got, 3000000).about != "2025 Cedar Loom Fair"
    # the event's own count dated to another year is that edition's
    assert by_value(figures(extract, "Last year the fair displayed 900 vehicles."), 900).about == "2025 Cedar Loom Fair"


# ---------------------------------------------------------------- subjects: an owner, a place after the figure

def test_regression_a_relative_clause_on_an_industry_is_about_its_owner(extract):
    got = figures(extract, "Portugal's stone industry, which employs 90,000 people, exported $6 billion in 2025.")
    assert by_value(got, 90000).about == "Portugal" and by_value(got, 6000000000).about == "Portugal"


def test_regression_a_place_after_the_counted_noun(extract):
    assert by_value(figures(extract, "There are 7,000 stone quarries in Spain."), 7000).about == "Spain"
    assert by_value(figures(extract, "Some 300 companies in Spain make cork."), 300).about == "Spain"
    # not where the counted come from, nor the event's own place for its counts
    assert by_value(figures(extract, "The fair had 600 exhibitors from Spain."), 600).about == "2026 Cedar Loom Fair"
    assert by_value(figures(extract, "The fair had 600 exhibitors in Porto."), 600).about == "2026 Cedar Loom Fair"


# ---------------------------------------------------------------- "since it was founded in 2015"

def test_regression_a_since_clause_after_the_figure_is_a_running_total(extract):
    assert by_value(figures(extract, "The fair has drawn 300,000 visitors since it was founded in 2015."), 300000).period == "2015/2026"
    assert by_value(figures(extract, "The fair has drawn 300,000 visitors since it began in 2015."), 300000).period == "2015/2026"
    # a founding that is no 'since' clause dates nothing
    assert by_value(figures(extract, "The firm, founded in 1998, employs 2,500 people."), 2500).period is None
    assert by_value(figures(extract, "The fair drew 9,000 visitors after it moved to Porto in 2019."), 9000).period is None


# ---------------------------------------------------------------- a share of "the total"

def test_regression_a_share_of_the_total_is_a_share_of_the_subject(extract):
    assert by_value(figures(extract, "International visitors made up 35 percent of the total."), 35).measure \
        == "share of International visitors"
    assert by_value(figures(extract, "Visitors from abroad accounted for 35 percent of the total."), 35).measure \
        == "share of Visitors from abroad"
    # a share of a named whole stays a share of it; no subject, no other measure
    assert by_value(figures(extract, "Women made up 45 percent of all participants."), 45).measure == "share of participants"
    assert by_value(figures(extract, "Some 20 percent of the total came from Spain."), 20).measure == "share of total"


# ---------------------------------------------------------------- where a sum goes is not what it measures

def test_regression_a_sum_put_somewhere_by_its_verb_measures_the_verbs_money(extract):
    assert by_value(figures(extract, "The city invested 20 million euros in the venue."), 20000000).measure == "investment"
    assert by_value(figures(extract, "Visitors spent $53 million in the city."), 53000000).measure == "spending"
    # a sum with its own 'in' phrase keeps it
    assert by_value(figures(extract, "Startups raised US$1.9 billion in venture funding."), 1900000000).measure == "venture funding"


# ---------------------------------------------------------------- changes of a figure before: 'they', a gapped verb

def test_regression_they_as_the_subject_of_a_change_refers_back(extract):
    got = figures(extract, "Exports reached $3 billion in 2025. They grew 12% year on year.")
    assert got[by_value(got, 12).change_of].value == 3000000000
    # 'they' doing something else is no change of the figure before
    got = figures(extract, "The fair drew 48,000 visitors. They spent 20% more than in 2025.")
    assert by_value(got, 20).change_of is None


def test_regression_a_gapped_change_changes_what_its_noun_names(extract):
    got = figures(extract, "The fair had 1,200 exhibitors and 48,000 visitors. Exhibitors increased 5% and visitors 9%.")
    assert got[by_value(got, 5).change_of].value == 1200
    assert got[by_value(got, 9).change_of].value == 48000 and by_value(got, 9).measure == "visitors"
    got = figures(extract, "Exhibitors increased 5% and 40% of visitors came from abroad.")
    assert by_value(got, 40).measure == "share of visitors"


def test_regression_a_place_the_recognizer_took_for_a_person_inside_the_subject(extract):
    got = figures(extract, "The number of tourists visiting Porto reached 2 million in 2025.")
    assert by_value(got, 2000000).about == "Porto"


# ---------------------------------------------------------------- a length with an adjective of dimension

def test_regression_a_length_said_tall_or_long_measures_that_dimension(extract):
    assert by_value(figures(extract, "The yacht is 30 metres long."), 30).measure == "length of yacht"
    assert by_value(figures(extract, "The boat is 30 feet long."), 30).measure == "length of boat"
    assert by_value(figures(extract, "The fair shows 10-metre tall stationary lanterns."), 10).measure \
        == "height of stationary lanterns"
    got = figures(extract, "The stand is 12 metres wide and 4 metres high.")
    assert (by_value(got, 12).measure, by_value(got, 4).measure) == ("width of stand", "height of stand")
    # a distance is no dimension
    assert by_value(figures(extract, "The quarry lies 15 kilometres from the city."), 15).measure == "quarry"


# ---------------------------------------------------------------- the previous edition beside its own figure

def test_regression_the_previous_edition_right_after_a_figure_dates_it(extract):
    got = figures(extract, "The number of visitors increased from 35,000 in the previous edition to 41,000 this year.")
    assert by_value(got, 35000).period == "2025" and by_value(got, 35000).about == "2025 Cedar Loom Fair"
    assert by_value(got, 41000).about == "2026 Cedar Loom Fair"


def test_regression_a_clause_on_the_previous_edition_dates_its_figure(extract):
    got = figures(extract, "Compared to the previous edition, which drew 35,000 visitors, this year's fair drew 41,000.")
    assert by_value(got, 35000).period == "2025" and by_value(got, 41000).period is None
    # a comparison with the previous edition still dates nothing
    got = figures(extract, "The fair drew 41,000 visitors, up 9 percent on the previous edition.")
    assert by_value(got, 41000).period is None and by_value(got, 9).period is None


def test_regression_a_plural_taken_for_a_verb_after_an_opening_phrase_is_the_measure(extract):
    assert by_value(figures(extract, "In total, deals worth $2 million were signed."), 2000000).measure == "deals"
    assert by_value(figures(extract, "During the previous edition, deals worth $2 million were signed."), 2000000).measure == "deals"


# ---------------------------------------------------------------- a sub-event named after the figure, or before 'It'

SUB = "On the sidelines, the Cedar Investment Forum was held on June 3. "


def test_regression_attendees_of_a_sub_event_named_after_them(extract):
    got = figures(extract, SUB + "More than 300 investors attended the forum.")
    assert by_value(got, 300).about == "Cedar Investment Forum"
    # the main event named in another clause stays the main event's
    got = figures(extract, "Although the one-million-visitor target was achieved, the figure failed to reach "
                           "1.3 million marked for the Lisbon Fair in 2019.")
    assert by_value(got, 1000000).about != "Lisbon Fair" and by_value(got, 1300000).about == "Lisbon Fair"


def test_regression_it_after_a_sentence_about_a_sub_event(extract):
    assert by_value(figures(extract, SUB + "It drew 300 investors."), 300).about == "Cedar Investment Forum"
    assert by_value(figures(extract, "The fair opened on Monday. It drew 40,000 visitors."), 40000).about == "2026 Cedar Loom Fair"


# ---------------------------------------------------------------- numbers joined by a hyphen

def test_regression_a_hyphened_count_of_those_who_take_part(extract):
    assert by_value(figures(extract, "The fair met its 5,000-visitor target."), 5000).unit == "visitor"
    assert by_value(figures(extract, "A 600-exhibitor show opened."), 600).unit == "exhibitor"
    # an adjective of another noun, or a number word, stays no figure
    assert figures(extract, "The 1,000-room hotel opened.") == []
    assert figures(extract, "The three-day fair offers two-seat carts.") == []


def test_regression_a_hyphened_area_unit(extract):
    got = figures(extract, "The 20,000-square-metre hall opened.")
    assert (by_value(got, 20000).unit, by_value(got, 20000).span.text) == ("square metre", "20,000-square-metre")


# ---------------------------------------------------------------- a base's measure, a part of a whole named first

def test_regression_a_compared_base_measures_what_its_figure_does(extract):
    got = figures(extract, "The fair generated $30 million, compared with $25 million a year earlier.")
    assert by_value(got, 25000000).measure == by_value(got, 30000000).measure == "revenue"


def test_regression_of_the_plural_comma_names_the_whole(extract):
    got = figures(extract, "Of the exhibitors, 300 were from Spain and 200 from France.")
    assert by_value(got, 300).unit == "exhibitor" and by_value(got, 200).unit == "exhibitor"
    assert figures(extract, "Most of the exhibitors, 300 in all, came from Spain.") == []


# ---------------------------------------------------------------- old levels and changes in a relative clause

def test_regression_a_percent_up_from_is_the_old_level(extract):
    got = figures(extract, "Foreign exhibitors made up 40% of the total, up from 30% in 2025.")
    old = by_value(got, 30)
    assert old.change_of is None and old.period == "2025" and old.measure == "share of Foreign exhibitors"
    # people from places are no old level of the figure before
    got = figures(extract, "Some 1,000 guests came from 56 countries in 2022; this year 2,500 people from 84 countries are expected.")
    assert by_value(got, 84).measure == "countries"


def test_regression_a_change_in_a_relative_clause_on_the_subject(extract):
    got = figures(extract, "The trade volume, which grew 12 percent, hit 300 billion yuan.")
    assert got[by_value(got, 12).change_of].value == 300000000000


# ---------------------------------------------------------------- measures the parse hid

def test_regression_a_sum_worth_after_a_participle_measures_its_noun(extract):
    got = figures(extract, "Investors saw 20 agreements signed worth $1 billion.")
    assert by_value(got, 1000000000).measure == "agreements"


def test_regression_a_percent_more_of_what_a_money_verb_makes(extract):
    assert by_value(figures(extract, "Visitors spent 20% more than in 2025."), 20).measure == "spending"
    # a percent of something named keeps it
    assert by_value(figures(extract, "Visitors spent 20% of their budget on food."), 20).measure != "spending"


def test_regression_n_plus_with_a_space_is_at_least(extract):
    assert by_value(figures(extract, "The event featured 300 plus exhibitors."), 300).qualifier == "AtLeast"
    # a sum plus something else, or an addition, is no qualifier
    assert by_value(figures(extract, "The ticket costs 10 euros plus VAT."), 10).qualifier == "Exact"


def test_regression_a_gapped_change_after_a_new_level(extract):
    got = figures(extract, "Exhibitor numbers rose 5% to 1,200 and visitor numbers 9% to 48,000.")
    assert got[by_value(got, 5).change_of].value == 1200
    assert got[by_value(got, 9).change_of].value == 48000 and by_value(got, 9).measure == "visitor numbers"


def test_regression_a_code_glued_to_digits_before_a_noun_is_a_name(extract):
    assert figures(extract, "Leaders met at the G20 and COP28 summits.") == []
    assert figures(extract, "The minister spoke at COP28 in Dubai.") == []
    # a currency code glued to a price stays a sum
    assert by_value(figures(extract, "Tickets cost USD25."), 25).unit == "USD"
