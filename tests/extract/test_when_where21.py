"""Place, dates and theme of an event in forms from issue 10 (classes 2, 6, 7), on sentences
written for these tests (round 21; whole probe releases in tests/extract/probes21/). Each
test failed before the change it covers."""

from __future__ import annotations

from datetime import date

import pytest


def _names(ev) -> list[str]:
    return [p.name for p in ev.places]


def _kinds(ev) -> dict[str, str]:
    out: dict[str, str] = {}
    for p in ev.places:
        out.setdefault(p.kind, p.name)
    return out


# ---- place: where the news was given is not where the event is

@pytest.mark.parametrize("text,city,other", [
    ("The Coastal Cashew Fair will be held in Mombasa from March 3 to 5, the organisers announced in Nairobi on Wednesday.",
     "Mombasa", "Nairobi"),
    ("The Caucasus Honey Fair will open in Tbilisi on June 18, the organisers told reporters in Moscow.",
     "Tbilisi", "Moscow"),
    ("The Vistula Rowing Regatta will take place in Gdansk on August 9, the federation said in Warsaw.",
     "Gdańsk", "Warsaw"),
])
def test_a_place_on_a_verb_of_saying_is_not_the_events(extract, text, city, other):
    ev = extract(text, published=date(2025, 2, 12)).main_event
    assert _kinds(ev).get("city") == city
    assert other not in _names(ev)


def test_a_place_on_a_verb_of_saying_gives_way_to_the_dateline_and_the_event_as_subject_still_counts(extract):
    x = extract("GENEVA, June 8 (Reuters) - The Alpine Honey Fair opens on June 18, organisers told reporters in Vienna.",
                published=date(2025, 6, 8))
    assert _kinds(x.main_event).get("city") == "Geneva" and "Vienna" not in _names(x.main_event)
    ev = extract("The Caucasus Honey Fair was announced in Tbilisi on Monday.", published=date(2025, 6, 10)).main_event
    assert _kinds(ev).get("city") == "Tbilisi"


# ---- place: a county named like a city gives no city

def test_a_city_name_before_county_gives_no_city_and_the_dateline_places_the_event(extract):
    x = extract("DES MOINES, Iowa (AP) — The Prairie Pumpkin Show opened Thursday on the Boone County fairgrounds.",
                published=date(2025, 7, 11))
    assert _kinds(x.main_event).get("city") == "Des Moines"
    assert "Boone" not in _names(x.main_event) and "North Carolina" not in _names(x.main_event)


# ---- place: the city after a venue and a comma, where the recognizer took it into the venue

def test_a_city_after_a_venue_and_a_comma_at_the_sentence_end(extract):
    ev = extract("The Lanka Gem and Jewellery Show opens on Friday at the Lotus Exhibition Hall, Colombo.",
                 published=date(2025, 6, 8)).main_event
    places = _kinds(ev)
    assert places.get("venue") == "Lotus Exhibition Hall" and places.get("city") == "Colombo"
    assert places.get("country") == "Sri Lanka"
