"""Figure forms of the q-stats8 round: hedges that keep a figure exact ('an estimated'),
people counted by a verb of attending, measures of coordinated counted nouns and of areas,
and change figures whose base is written another way. One regression test per defect,
sentences written for these tests, with negatives."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

LEAD = "The 2026 Cedar Loom Fair opened in Porto, Portugal on June 2. "
PUBLISHED = date(2026, 6, 5)


def figures(extract, text: str, lead: str = LEAD):
    return extract(lead + text, published=PUBLISHED).statistics


def by_value(stats, value):
    return next(s for s in stats if Decimal(str(s.value)) == Decimal(str(value)))


# ---------------------------------------------------------------- qualifiers

def test_regression_an_estimated_figure_is_exact(extract):
    got = figures(extract, "The fair employed an estimated 2,300 people.")
    assert by_value(got, 2300).qualifier == "Exact"
    assert by_value(got, 2300).span.text == "an estimated 2,300 people"


def test_estimated_does_not_hide_a_listed_qualifier(extract):
    got = figures(extract, "The fair drew an estimated 14,000 visitors, about 2,000 more than last year.")
    assert by_value(got, 14000).qualifier == "Exact"
    assert by_value(got, 2000).qualifier == "Approximately"


# ---------------------------------------------------------------- people who attend

def test_regression_people_who_visited_are_visitors(extract):
    got = figures(extract, "More than 12,000 people visited the fair over three days.")
    assert (got[0].unit, got[0].measure) == ("person", "visitors")


def test_people_attending_and_taking_part(extract):
    assert figures(extract, "About 3,500 people attended the opening ceremony.")[0].measure == "attendees"
    assert figures(extract, "Some 800 people took part in the workshops.")[0].measure == "participants"
    assert figures(extract, "The show was attended by 3,000 people.")[0].measure == "attendees"


def test_people_drawn_by_the_event_are_visitors(extract):
    got = figures(extract, "The fair drew an estimated 21,000 people.")
    assert (got[0].unit, got[0].measure, got[0].qualifier) == ("person", "visitors", "Exact")


def test_people_not_counted_by_a_verb_of_attending_stay_people(extract):
    assert figures(extract, "The fair employed an estimated 2,300 people.")[0].measure == "people"
    assert figures(extract, "Porto has 3 million people.")[0].measure == "people"
    got = figures(extract, "This year 2,500 people are expected to participate.")
    assert got[0].measure != "participants"


# ---------------------------------------------------------------- coordinated kind words

def test_regression_measure_of_a_list_of_kinds_is_the_head_phrase(extract):
    got = figures(extract, "More than 30 government, semi-government and private sector institutions and "
                           "organisations are taking part in the fair.")
    assert got[0].measure == "sector institutions and organisations" and got[0].qualifier == "MoreThan"
    assert got[0].unit.endswith("institution and organisation")


def test_listed_adjectives_give_the_head_nouns(extract):
    got = figures(extract, "Over 30 local, regional and international companies and brands exhibited.")
    assert got[0].measure == "companies and brands"
    assert figures(extract, "More than 40 public, private and academic institutions took part.")[0].measure == "institutions"


def test_kind_words_hung_on_the_plural(extract):
    got = figures(extract, "The fair hosted 45 food, drink and hospitality companies.")
    assert (got[0].unit, got[0].measure) == ("company", "companies")


def test_kind_words_with_numbers_of_their_own_are_two_counts(extract):
    got = figures(extract, "The fair welcomed 30 government officials and 20 business leaders.")
    assert [(s.value, s.unit) for s in got] == [(30, "government official"), (20, "business leader")]


def test_one_modifier_stays_in_the_measure(extract):
    assert figures(extract, "Organisers said 300 Spanish companies took part.")[0].measure == "Spanish companies"


# ---------------------------------------------------------------- areas

def test_regression_area_measure_is_written_not_area(extract):
    got = figures(extract, "The fair utilizes more than 1 million square feet in the North and South Exhibit Halls "
                           "of the Harbour complex.")
    assert got[0].measure == "space used in the North and South Exhibit Halls"


def test_area_verb_and_place(extract):
    assert figures(extract, "The fair occupies 40,000 square metres.")[0].measure == "space occupied"
    got = figures(extract, "Organisers said 12,000 square metres at the Harbour Centre were sold out.")
    assert got[0].measure == "area at the Harbour Centre"


def test_area_with_written_measure_or_a_date_after(extract):
    assert figures(extract, "The venue covers 250,000 square feet of exhibition space.")[0].measure == "exhibition space"
    got = figures(extract, "The fair occupies 40,000 square metres in 2025.")
    assert (got[0].measure, got[0].period) == ("space occupied", "2025")


# ---------------------------------------------------------------- change figures and their bases

def base_of(stats, value):
    s = by_value(stats, value)
    return None if s.change_of is None else Decimal(str(stats[s.change_of].value))


def test_regression_percent_more_than_another_edition_is_a_change(extract):
    got = figures(extract, "The fair drew 48,000 visitors, nearly 15 percent more than at the previous edition.")
    assert base_of(got, 15) == 48000
    got = figures(extract, "The fair drew 48,000 visitors, 12% more visitors than last year.")
    assert base_of(got, 12) == 48000


def test_percent_above_or_below_a_base_is_a_change(extract):
    got = figures(extract, "The region produced 2.9 million tonnes of grain in 2025, 4 per cent below the 2024 harvest.")
    assert base_of(got, -4) == 2900000 and by_value(got, 2900000).period == "2025"


def test_regression_compared_date_is_not_the_figures_period(extract):
    for text in ("The fair drew 48,000 visitors, 12 percent more than the 2025 edition.",
                 "The fair drew 48,000 visitors, an increase of 12 per cent on the 2025 edition.",
                 "The fair drew 48,000 visitors, which is 12 percent more than last year.",
                 "The fair drew 48,000 visitors, 12 percent above last year's figure."):
        got = figures(extract, text)
        assert (by_value(got, 48000).period, by_value(got, 48000).about) == (None, "2026 Cedar Loom Fair"), text
        assert base_of(got, 12) == 48000, text


def test_regression_absolute_change_after_a_change_noun(extract):
    got = figures(extract, "The fair drew 48,000 visitors, an increase of 6,000 over the previous edition.")
    assert base_of(got, 6000) == 48000


def test_count_more_than_planned_is_no_change(extract):
    got = figures(extract, "The fair drew 48,000 visitors, 6,000 more than planned.")
    assert by_value(got, 6000).change_of is None


def test_regression_multiples_compared_with_another_edition(extract):
    assert base_of(figures(extract, "The fair drew 48,000 visitors, double the number of the previous edition."), 2) == 48000
    assert base_of(figures(extract, "The fair attracted 620 exhibitors, twice as many as in 2025."), 2) == 620
    got = figures(extract, "Deals signed at the fair reached 2 million euros, double last year's figure.")
    assert base_of(got, 2) == 2000000 and by_value(got, 2000000).period is None
    got = figures(extract, "The fair attracted 1,200 exhibitors, 1.5 times that of the previous edition.")
    assert base_of(got, 1.5) == 1200 and by_value(got, 1200).period is None


def test_multiple_of_another_thing_is_no_change(extract):
    got = figures(extract, "The quarry produced 2 million tonnes, ten times the national average.")
    assert by_value(got, 10).change_of is None


def test_regression_change_refers_back_through_its_clause_subject(extract):
    got = figures(extract, "The fair attracted 1,200 exhibitors. Compared with the previous edition, the number increased by 20%.")
    assert base_of(got, 20) == 1200
    got = figures(extract, "The fair recorded 80,000 visits. Attendance rose by 15 percent.")
    assert base_of(got, 15) == 80000


def test_a_number_of_something_else_does_not_refer_back(extract):
    got = figures(extract, "The fair attracted 1,200 exhibitors. In the programme, the number of talks increased by 20%.")
    assert by_value(got, 20).change_of is None


def test_regression_change_with_its_own_new_level(extract):
    got = figures(extract, "Granite exports totaled 45 million euros, up 33 percent, while marble exports rose 26 percent "
                           "to 30 million euros.")
    assert base_of(got, 33) == 45000000 and base_of(got, 26) == 30000000


def test_regression_list_of_changes_respectively(extract):
    got = figures(extract, "The fair drew 1,200 exhibitors and 80,000 visitors, increases of 20% and 15% respectively.")
    assert (base_of(got, 20), base_of(got, 15)) == (1200, 80000)


def test_regression_date_of_a_base_is_not_the_next_figures(extract):
    got = figures(extract, "The fair attracted 1,200 exhibitors, up from 1,000 last year, and 80,000 visitors, up 15 percent.")
    assert by_value(got, 1000).period == "2025"
    assert by_value(got, 80000).period is None and base_of(got, 15) == 80000


def test_regression_fact_box_base_in_brackets(extract):
    got = figures(extract, "Visitors: 80,000 (2025: 70,000), up 14%.")
    assert by_value(got, 80000).period is None and by_value(got, 70000).period == "2025"
    assert base_of(got, 14) == 80000


def test_regression_change_that_opens_its_sentence(extract):
    got = figures(extract, "Up 12% on last year, the fair drew 48,000 visitors.")
    assert base_of(got, 12) == 48000


def test_regression_with_a_count_is_no_comparison_base(extract):
    got = figures(extract, "With 48,000 visitors, attendance increased by 14 percent over the last edition.")
    assert base_of(got, 14) == 48000


def test_regression_change_in_its_own_sentence_keeps_its_measure(extract):
    got = figures(extract, "The show drew 82,000 attendees. This year's total attendance is down about 10 percent.")
    assert base_of(got, -10) == 82000 and by_value(got, -10).measure == "total attendance"


# ---------------------------------------------------------------- who a count is about

def test_regression_organizer_counting_attendees_is_about_the_event(extract):
    got = figures(extract, "The fair is organised by Lusa Feiras Internacionais, which expects more than 520 exhibitors "
                           "and about 11,000 visitors.")
    assert {s.about for s in got} == {"2026 Cedar Loom Fair"}


def test_organizers_own_staff_stays_the_organizers(extract):
    got = figures(extract, "The fair is organised by Lusa Feiras Internacionais, which employs 300 people.")
    assert got[0].about == "Lusa Feiras Internacionais"
