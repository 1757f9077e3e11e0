"""Event names, venues and places in forms the earlier rules missed (issue 10, classes 1
and 2), on sentences of our own; each test fails on c5fcf25. The probe releases behind
them are in ``tests/extract/probes26e/`` (run by hand)."""

from datetime import date


def _places(ev) -> dict[str, str]:
    return {p.kind: p.name for p in ev.places}


def test_a_business_wire_dateline_is_no_part_of_the_name(extract):
    # "Germany--(BUSINESS" is one token: the name's evidence must not start in the dateline
    text = ("OSLO, Norway--(BUSINESS WIRE)--The Fjord Aquaculture Summit returns to Bergen from "
            "9 to 11 June 2026, its organisers announced today.")
    res = extract(text, published=date(2026, 1, 20))
    ev = res.main_event
    assert ev is not None and ev.name == "Fjord Aquaculture Summit"
    assert ev.span is not None and ev.span.text == "Fjord Aquaculture Summit"


def test_a_name_ending_in_days_that_the_recognizer_calls_a_date(extract):
    text = ("Nordic Timber Days\n\nNordic Timber Days brings together the forestry and sawmill industries of the "
            "region every second year. It takes place on 16-18 September 2026 in Bergen, Norway.")
    ev = extract(text, published=date(2026, 2, 1)).main_event
    assert ev is not None and ev.name == "Nordic Timber Days"
    assert (ev.start, ev.end) == (date(2026, 9, 16), date(2026, 9, 18))


def test_a_month_still_ends_a_name(extract):
    ev = extract("The Harbour Boat Show opens in Oslo on April 21, 2026.", published=date(2026, 4, 1)).main_event
    assert ev is not None and ev.name == "Harbour Boat Show"


def test_a_venue_without_a_venue_word_before_a_part_of_the_city(extract):
    text = ("SEOUL, May 11 -- The Korea Drone Parts Expo opened on Monday at KINTEX in northern Goyang for a "
            "four-day run.")
    ev = extract(text, published=date(2026, 5, 11)).main_event
    assert _places(ev).get("venue") == "KINTEX"
    assert _places(ev).get("city") == "Goyang"


def test_here_after_a_venue_is_the_datelines_city_not_a_word_of_the_venue(extract):
    # 'Mandapam' is also a town in Tamil Nadu: a venue named without a venue word gives no city of its own
    text = ("New Delhi, Feb 10 -- The third edition of the Rural Water Tech Conclave will be held at Bharat "
            "Mandapam here on February 24-25, an official statement said.")
    ev = extract(text, published=date(2026, 2, 10)).main_event
    assert _places(ev).get("venue") == "Bharat Mandapam"
    assert _places(ev).get("city") == "New Delhi"


def test_a_venue_without_a_venue_word_where_the_event_does_not_happen(extract):
    # a guard of the rule above (passes on the old code too): 'here' needs the event's verb
    text = ("SEOUL, May 11 -- The Korea Drone Parts Expo opened on Monday. Earlier, the minister "
            "spoke at Gwanghwamun here about drone rules.")
    ev = extract(text, published=date(2026, 5, 11)).main_event
    assert _places(ev).get("venue") is None


def test_a_place_the_parser_hung_on_the_guests_of_the_event(extract):
    text = ("BOGOTÁ, April 20 — The Andean Cacao Congress will gather producers and roasters in Medellín, "
            "Colombia, on May 6, 7 and 8, at the Plaza Mayor convention centre.")
    ev = extract(text, published=date(2026, 4, 20)).main_event
    assert _places(ev).get("city") == "Medellín"


def test_a_brand_with_a_days_date_in_the_lead_when_nothing_else_names_an_event(extract):
    # no event word, no year with the name, no headline: was 'no event found' (the release lost)
    text = ("DOHA, Qatar, March 2, 2026 /PRNewswire/ -- TEKVANTA GULF returns to Doha from March 24 to 26, "
            "2026, bringing together 900 technology companies. TEKVANTA GULF expects 40,000 visitors.")
    ev = extract(text, published=date(2026, 3, 2)).main_event
    assert ev is not None and ev.name == "TEKVANTA GULF"
    assert (ev.start, ev.end) == (date(2026, 3, 24), date(2026, 3, 26))


def test_a_company_opening_an_office_on_a_date_is_no_event(extract):
    text = "Tekvanta Gulf opened an office in Doha on March 24, 2026, with 40 staff."
    assert extract(text, published=date(2026, 3, 25)).main_event is None


def test_a_city_the_recognizer_calls_a_work_of_art(extract):
    # 'in Can Tho' is tagged WORK_OF_ART ('Can' read as a modal); the gazetteer knows the city
    ev = extract("The Delta Shrimp Forum 2026 opens in Can Tho on May 20.", published=date(2026, 5, 5)).main_event
    assert _places(ev).get("city") == "Cần Thơ"


def test_an_edition_ordinal_written_in_hyphenated_words(extract):
    # 'twenty-second' is three tokens: the edition is 22, and 'second edition' is no other edition
    text = "Now in its twenty-second edition, the Riviera Orchid Show opens in Sanremo on April 24."
    ev = extract(text, published=date(2026, 4, 4)).main_event
    assert ev.edition == 22
    assert ev.start == date(2026, 4, 24)


def test_a_weekday_after_a_participle_of_opening(extract):
    # 'the three-day X starting Tuesday': published on a Monday, the coming Tuesday, three days
    text = ("NAIROBI, Sept 28 -- The three-day Rift Valley Tea Expo starting Tuesday at the KICC in Nairobi "
            "will host buyers from 20 countries.")
    ev = extract(text, published=date(2026, 9, 28)).main_event
    assert (ev.start, ev.end) == (date(2026, 9, 29), date(2026, 10, 1))


def test_registration_closing_is_no_last_day_however_far_its_noun_stands(extract):
    text = "Registration for the Rift Valley Tea Expo, which opens on October 6, closes on Friday."
    ev = extract(text, published=date(2026, 9, 28)).main_event
    assert ev.start == date(2026, 10, 6) and ev.end is None
