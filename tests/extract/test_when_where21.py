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


def _days(ev) -> tuple[str | None, str | None]:
    return (ev.start.isoformat() if ev.start else None, ev.end.isoformat() if ev.end else None)


# ---- dates: not those of another event or of another edition in the same sentence

def test_dates_on_the_verb_of_another_named_event_are_not_this_ones(extract):
    ev = extract("The Atlantic Kelp Forum opens in Lisbon on Tuesday, a week after the Iberian Ports Summit "
                 "was held there from May 26 to 28.", published=date(2025, 6, 2)).main_event
    assert ev.name == "Atlantic Kelp Forum" and _days(ev) == ("2025-06-03", None)


def test_dates_on_a_participle_of_another_edition_are_not_this_ones_but_the_editions_own_year_is(extract):
    for text in ("After a successful 2024 edition held from 10 to 12 June, the Adriatic Kelp Expo returns to Rijeka "
                 "from 9 to 13 June 2025.",
                 "After a successful previous show, held from 10 to 12 June, the Adriatic Kelp Expo returns to Rijeka "
                 "from 9 to 13 June."):
        assert _days(extract(text, published=date(2025, 4, 20)).main_event) == ("2025-06-09", "2025-06-13"), text
    ev = extract("The 2025 edition held from 10 to 12 June in Rijeka drew 9,000 visitors to the Adriatic Kelp Expo.",
                 published=date(2025, 6, 20)).main_event
    assert _days(ev) == ("2025-06-10", "2025-06-12")


# ---- dates: two weekdays joined by 'and' after a verb of happening

@pytest.mark.parametrize("text,published,days", [
    ("The Highland Wool Fair takes place this Saturday and Sunday at the Corn Exchange in Perth.", date(2025, 7, 10),
     ("2025-07-12", "2025-07-13")),
    ("The Highland Wool Fair will be held Thursday and Friday in Inverness.", date(2025, 7, 7),
     ("2025-07-10", "2025-07-11")),
])
def test_two_weekdays_joined_by_and_after_a_verb_of_happening(extract, text, published, days):
    assert _days(extract(text, published=published).main_event) == days


# ---- place: an organiser's labelled lines

@pytest.mark.parametrize("text,venue,city,country", [
    ("The Andes Kelp Summit brings together growers from across South America.\nDates: 14–16 October 2025\n"
     "Venue: Hotel Plaza Real, Mendoza, Argentina", "Hotel Plaza Real", "Mendoza", "Argentina"),
    ("Marine Kelp Week 2025 is the leading kelp event of the region.\nWhen: 3-5 November 2025\n"
     "Where: Harbour Convention Hall, Cape Town", "Harbour Convention Hall", "Cape Town", "South Africa"),
    ("Join 500 growers at the Baltic Kelp Forum.\nLocation: Tallinn, Estonia\nDate: 12 May 2025", None, "Tallinn", "Estonia"),
])
def test_an_organisers_labelled_place_line(extract, text, venue, city, country):
    places = _kinds(extract(text, published=date(2025, 4, 20)).main_event)
    assert places.get("venue") == venue and places.get("city") == city and places.get("country") == country


def test_an_online_labelled_line_gives_no_place(extract):
    x = extract("Marine Kelp Week 2025 is the leading kelp event of the region.\nWhere: Online, from anywhere\n"
                "Venue: Harbour Convention Hall, Cape Town", published=date(2025, 4, 20))
    assert _kinds(x.main_event).get("city") == "Cape Town"
    assert "Online" not in _names(x.main_event)


# ---- theme

@pytest.mark.parametrize("text,theme", [
    ("The Gulf Kelp Expo, themed: Every Frond Counts, opens in Kuwait City on May 3.", "Every Frond Counts"),
    ("This year's Harbour Kite Festival is themed ocean conservation and runs on 7 June in Durban.", "ocean conservation"),
    ('The theme for the 2025 Pacific Kelp and Seaweed Summit, to be held in Suva on 3 June, is "Rising Together".', "Rising Together"),
])
def test_theme_forms_of_round_21(extract, text, theme):
    assert extract(text).main_event.theme == theme


# ---- dates: more ways to write a range, and the weekday of a present-tense opening

@pytest.mark.parametrize("text,days", [
    ("The Highland Cheese Fair will be held on 3rd & 4th June at the Corn Exchange in Perth.", ("2025-06-03", "2025-06-04")),
    ("The Sunbelt Kelp Expo runs June 3rd thru 7th at the Harbor Convention Center in Tampa.", ("2025-06-03", "2025-06-07")),
    ("The Delta Tulip Show opens on 28 April and continues up to and including 3 May in Lisse.", ("2025-04-28", "2025-05-03")),
    ("The Delta Tulip Show runs from May 28 thru June 2 in Lisse.", ("2025-05-28", "2025-06-02")),
])
def test_range_separators_of_round_21(extract, text, days):
    assert _days(extract(text, published=date(2025, 4, 20)).main_event) == days


def test_a_present_tense_opening_weekday_is_the_coming_one(extract):
    ev = extract("The Highveld Garden Show opens on Friday at Kingsway Park, Harare, and closes on Sunday.",
                 published=date(2025, 4, 21)).main_event
    assert _days(ev) == ("2025-04-25", "2025-04-27")
    assert _kinds(ev).get("venue") == "Kingsway Park" and _kinds(ev).get("city") == "Harare"


# ---- dates: lengths and undated releases

def test_a_week_long_event_named_after_the_length_word(extract):
    ev = extract("The week-long Lagoon Film Festival opens on Monday, April 27, in Abidjan.",
                 published=date(2025, 4, 20)).main_event
    assert _days(ev) == ("2025-04-27", "2025-05-03")


@pytest.mark.parametrize("text,days", [
    ("The Kelp Fair 2017 opened on Tuesday in Perth and closed on Friday, March 10.", ("2017-03-07", "2017-03-10")),
    ("The Kelp Fair 2017 kicked off on Saturday in Perth. It ended on Monday, March 13.", ("2017-03-11", "2017-03-13")),
])
def test_an_undated_release_counts_an_opening_weekday_back_from_a_dated_end(extract, text, days):
    assert _days(extract(text, published=None).main_event) == days


def test_an_unquoted_theme_of_runs_on_through_a_lower_case_phrase_hung_on_the_cue(extract):
    ev = extract("The Savanna Water Conference will be held in Gaborone from 14 to 16 July with the theme of water "
                 "security in a changing climate.").main_event
    assert ev.theme == "water security in a changing climate"


def test_another_editions_participle_gives_way_to_the_year_this_editions_dates_write(extract):
    ev = extract("The 2026 edition, held from 13 to 16 March in Gdańsk, drew 9,000 visitors to the Baltic Kelp Fair. "
                 "The Baltic Kelp Fair will take place from 12 to 15 March 2027 in Gdańsk.", published=date(2026, 4, 20)).main_event
    assert _days(ev) == ("2027-03-12", "2027-03-15")


@pytest.mark.parametrize("text", [
    "The minister will be in Tashkent on May 11-12 for talks, before opening the Silk Road Kelp Fair on May 13.",
    "President Karimov is in Tashkent on May 11-12 and opens the Silk Road Kelp Fair on May 13.",
])
def test_a_date_on_a_persons_verb_gives_way_to_one_on_the_events(extract, text):
    assert extract(text, published=date(2025, 4, 20)).main_event.start == date(2025, 5, 13)


# ---- place: a city after a district or suburb after the venue; a 'Mart' venue

@pytest.mark.parametrize("text,venue,city", [
    ("The Cape Kelp Indaba will be held at the Lakeside Convention Centre in Century City, Cape Town, from May 6 to 8.",
     "Lakeside Convention Centre", "Cape Town"),
    ("The Mekong Kelp Expo takes place at the Saigon Riverside Convention Center (SRCC) in District 7, Ho Chi Minh City, "
     "from May 6 to 9.", "Saigon Riverside Convention Center", "Ho Chi Minh City"),
    ("The Kelp Handicrafts Fair opens on Wednesday at Chennai's Harbour Expo Mart.", "Harbour Expo Mart", "Chennai"),
])
def test_the_venues_city_after_a_district_and_a_mart_venue(extract, text, venue, city):
    places = _kinds(extract(text, published=date(2025, 4, 20)).main_event)
    assert places.get("venue") == venue and places.get("city") == city
