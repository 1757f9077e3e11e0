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
