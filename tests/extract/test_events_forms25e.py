"""Event names, venues and dates in forms the earlier rules missed (issue 10, classes 1, 2
and 7), on releases of our own: a brand that is also an English word ('Cityscape'), which
the tagger calls a common noun in one sentence and a proper noun in another."""

from datetime import date

import pytest


def test_a_brand_that_is_an_english_word_is_the_event(extract):
    text = ("RIYADH, March 3, 2026 /PRNewswire/ -- Cityscape opened in Riyadh on Monday with record deals.\n\n"
            "More than 400 developers exhibit at Cityscape this year.")
    ev = extract(text, published=date(2026, 3, 3), title="Cityscape opens in Riyadh").main_event
    assert ev is not None and ev.name == "Cityscape"
    assert {p.kind: p.name for p in ev.places}.get("city") == "Riyadh"


def test_a_common_noun_never_written_as_a_name_is_no_brand(extract):
    text = ("RIYADH, March 3, 2026 -- The skyline opened to visitors on Monday with record deals.\n\n"
            "More than 400 developers build at the skyline this year.")
    assert extract(text, published=date(2026, 3, 3), title="Skyline opens in Riyadh").main_event is None


VENUES = [
    # a city in the possessive and a proper name with no venue word
    ("The Asia Pump Expo 2026 opened on 3 March 2026 at Singapore's Marina Bay Sands and runs until 5 March.",
     "Marina Bay Sands", None),
    ("The Thai Rubber Fair 2026 will be held from 3 to 6 March 2026 at Bangkok's Queen Sirikit.", "Queen Sirikit",
     "Bangkok"),
    # a head-first venue word and then the city, in the city's own language
    ("The Alpine Pump Fair 2026 opened at Messe München on 3 March 2026 and runs until 6 March.", "Messe München",
     "Munich"),
    ("The Lombard Tile Show 2026 opened on 3 March 2026 at Fiera Bologna and runs until 6 March.", "Fiera Bologna",
     "Bologna"),
    ("The Iberian Water Expo 2026 kicked off on 3 March 2026 at Fira Barcelona's Gran Via venue.",
     "Fira Barcelona Gran Via", "Barcelona"),
    # a city ending in s in the possessive ("Lagos'"); a hippodrome
    ("The Lagoon Jazz Festival 2026 runs from 3 to 6 March 2026, with concerts at Lagos' Muson Centre.",
     "Muson Centre", "Lagos"),
    ("ALMATY, Kazakhstan, March 3, 2026 -- The Steppe Horse Show 2026 opened on March 3 at the Almaty Hippodrome.",
     "Almaty Hippodrome", "Almaty"),
]


@pytest.mark.parametrize("text,venue,city", VENUES)
def test_the_venue_and_its_city_are_found(extract, text, venue, city):
    ev = extract(text, published=date(2026, 3, 1)).main_event
    names = {p.kind: p.name for p in ev.places}
    assert names.get("venue") == venue
    if city:
        assert names.get("city") == city


@pytest.mark.parametrize("text", [
    "The Asia Pump Expo 2026 opened on 3 March 2026; visitors queued at Tokyo's Sony booth.",
    "The Asia Pump Expo 2026 opened on 3 March 2026 at Singapore's Ministry of Trade.",
])
def test_a_possessive_city_before_a_company_or_ministry_is_no_venue(extract, text):
    ev = extract(text, published=date(2026, 3, 1)).main_event
    assert not [p for p in ev.places if p.kind == "venue"]


@pytest.mark.parametrize("text,name", [
    ("The Lantern Night Market opened on 3 March 2026 in Taipei and runs until 6 March, with 300 stalls.",
     "Lantern Night Market"),
    ("The Quayside Farmers' Market will be held on 7 March 2026 in Bristol with 80 growers.",
     "Quayside Farmers' Market"),
])
def test_a_market_named_by_its_kind_is_an_event(extract, text, name):
    ev = extract(text, published=date(2026, 3, 3)).main_event
    assert ev is not None and ev.name == name and ev.start is not None


@pytest.mark.parametrize("text", [
    "Experts in Shenzhen discussed the battery market on 3 March 2026, and the Christmas market for toys grew.",
    "Sales on the Asian Market rose on 3 March 2026, the company said in Taipei.",
    "The Night Market Hall opened on 3 March 2026 in Taipei.",
])
def test_no_market_event_from_trade_or_a_longer_name(extract, text):
    ev = extract(text, published=date(2026, 3, 3)).main_event
    assert ev is None or "Market" not in ev.name


def test_a_last_day_without_a_year_follows_the_first_day_not_the_publication(extract):
    text = ("MUNICH, March 10, 2026 -- The Alpine Pump Fair 2026 opened at the Exhibition Centre in Munich on "
            "March 3 and runs until March 6. Over 900 exhibitors attend.")
    ev = extract(text, published=date(2026, 3, 10)).main_event
    assert (ev.start, ev.end) == (date(2026, 3, 3), date(2026, 3, 6))


def test_a_year_long_exhibition_keeps_its_written_last_day(extract):
    ev = extract("The Harbour Light Biennale runs from 3 March 2026 to 28 February 2027 in Lisbon.",
                 published=date(2026, 3, 1)).main_event
    assert (ev.start, ev.end) == (date(2026, 3, 3), date(2027, 2, 28))


def test_a_city_after_a_venue_the_parser_hung_on_a_day_range(extract):
    ev = extract("The Pump & Valve Expo 2026 took place Mar 3–6 at the Hotel Continental in Warsaw, Poland.",
                 published=date(2026, 3, 8)).main_event
    names = {p.kind: p.name for p in ev.places}
    assert (names.get("venue"), names.get("city"), names.get("country")) == ("Hotel Continental", "Warsaw", "Poland")


def test_a_closing_weekday_is_the_one_after_the_first_day(extract):
    # published on a Thursday: the coming Sunday is before the show opens next Tuesday
    ev = extract("The Danube Auto Show 2026 opens its doors to the public next Tuesday at Budapest's Hungexpo "
                 "and runs through Sunday.", published=date(2026, 2, 26)).main_event
    assert (ev.start, ev.end) == (date(2026, 3, 3), date(2026, 3, 8))


def test_a_cup_held_as_part_of_the_show_is_a_sub_event(extract):
    text = ("ALMATY, Kazakhstan, March 3, 2026 -- The Steppe Horse Show 2026 opened on March 3 at the Almaty "
            "Hippodrome. As part of the show, the Golden Saddle Cup and the Nomad Breeders Forum were held.")
    x = extract(text, published=date(2026, 3, 3))
    subs = sorted(e.name for e in x.events if e.part_of == x.main_event.key)
    assert subs == ["Golden Saddle Cup", "Nomad Breeders Forum"]


def test_a_cup_of_coffee_is_no_event(extract):
    x = extract("The Steppe Horse Show 2026 opened on March 3 in Almaty. Visitors enjoyed a cup of coffee at "
                "the Red Cup stand.", published=date(2026, 3, 3))
    assert [e.name for e in x.events] == ["Steppe Horse Show 2026"]


def _subs(x):
    return sorted(e.name for e in x.events if e.part_of == x.main_event.key)


def test_the_whole_an_event_is_part_of_is_no_sub_event(extract):
    x = extract("The Port Automation Summit 2026, part of Harbour Logistics Week, opened on 3 March in Rotterdam.",
                published=date(2026, 3, 3))
    assert x.main_event.name == "Port Automation Summit 2026" and _subs(x) == []


@pytest.mark.parametrize("text,subs", [
    ("The Alpine Film Festival 2026 opened on 3 March in Annecy. Under the umbrella of the festival, the Mountain "
     "Shorts Awards will be presented on 5 March.", ["Mountain Shorts Awards"]),
    ("The Desert Mining Show 2026 opens on 3 March 2026 in Kalgoorlie, Western Australia. The show will incorporate "
     "the Gold Fields Safety Conference and the Mine Rescue Challenge.",
     ["Gold Fields Safety Conference", "Mine Rescue Challenge"]),
])
def test_a_programme_the_event_incorporates_gives_its_sub_events(extract, text, subs):
    assert _subs(extract(text, published=date(2026, 3, 1))) == subs


def test_a_quote_left_unpaired_in_a_name_is_dropped(extract):
    ev = extract("The “Green Future” Forum 2026 was held on 3 March 2026 in Tbilisi, Georgia.",
                 published=date(2026, 3, 4)).main_event
    assert ev.name == "Green Future Forum 2026"


def test_a_word_of_a_two_word_place_in_a_venue_name_is_no_city(extract):
    ev = extract("The three-day Coastal Seed Expo 2026, starting March 3, will be held at the Port Elizabeth "
                 "Convention Hall.", published=date(2026, 2, 20)).main_event
    names = {p.kind: p.name for p in ev.places}
    assert names.get("venue") == "Port Elizabeth Convention Hall" and names.get("city") != "Elizabeth"
