"""Dates and places of the main event in forms the earlier rules missed (issue 10, classes 2
and 7), on sentences of our own: dates in figures ('03.03.2026', '2026-03-03' and their
ranges), a city of two words the recognizer missed ('in Novi Sad'), and a place after a
day written as an ordinal ('to the 6th of March 2026 in Rosario')."""

from datetime import date

import pytest

DATES = [
    ("The Baltic Pump Expo 2026 will be held from 03.03.2026 to 06.03.2026 at the Exhibition Centre in Tampere.",
     date(2026, 3, 3), date(2026, 3, 6)),
    ("The Steppe Grain Forum 2026 takes place 14.05.2026 - 16.05.2026 in Astana.", date(2026, 5, 14), date(2026, 5, 16)),
    ("The Alpine Ski Trade Show 2026 runs 2026-03-03 to 2026-03-06 in Innsbruck.", date(2026, 3, 3), date(2026, 3, 6)),
    ("The Caspian Grain Forum took place on 03.03.2026 in Astana.", date(2026, 3, 3), date(2026, 3, 3)),
]


@pytest.mark.parametrize("text,start,end", DATES)
def test_dates_in_figures_date_the_event(extract, text, start, end):
    ev = extract(text, published=date(2026, 2, 1)).main_event
    assert (ev.start, ev.end) == (start, end)


def test_a_version_number_is_no_date_of_the_event(extract):
    ev = extract("The Steppe Grain Forum opened on 3 March 2026 in Astana. Version 1.2.2026 of the app was shown.",
                 published=date(2026, 3, 4)).main_event
    assert (ev.start, ev.end) == (date(2026, 3, 3), None)


PLACES = [
    ("The Danube Culture Festival 2026 opened in Novi Sad on 3 March 2026.", "Novi Sad", "Serbia"),
    ("The Southern Seed Fair will run from the 3rd to the 6th of March 2026 in Rosario, Argentina.", "Rosario",
     "Argentina"),
]


@pytest.mark.parametrize("text,city,country", PLACES)
def test_the_city_is_found(extract, text, city, country):
    ev = extract(text, published=date(2026, 2, 1)).main_event
    names = {p.kind: p.name for p in ev.places}
    assert names.get("city") == city and names.get("country") == country


def test_two_capitalised_words_after_in_that_are_no_city_give_none(extract):
    ev = extract("The Danube Culture Festival 2026 opened in Big Sky on 3 March 2026.", published=date(2026, 2, 1)).main_event
    assert not [p for p in ev.places if p.kind == "city"]
