"""Event names, dates and places in forms the earlier rules missed (issue 10, classes 1, 2
and 7), on sentences of our own; each test fails on eecf00c unless it is a negative."""

from datetime import date


def test_a_brand_in_an_event_position_with_an_anaphor_that_happens(extract):
    # trade-press style: no event word in the name; "the show" carries the verb and the dates
    text = ("Organisers of Tarnvik Asia have confirmed that the show will take place at the Lumen Hall, "
            "Bangkok, on 16-18 June 2026.")
    ev = extract(text, published=date(2026, 1, 5)).main_event
    assert ev is not None and ev.name == "Tarnvik Asia"
    assert (ev.start, ev.end) == (date(2026, 6, 16), date(2026, 6, 18))


def test_a_brand_before_the_anaphor_of_an_expo_that_opens(extract):
    text = "Exhibitors at Quorvane Live say the expo will open in Aarhus on 3 March 2026."
    ev = extract(text, published=date(2026, 1, 5)).main_event
    assert ev is not None and ev.name == "Quorvane Live" and ev.start == date(2026, 3, 3)


def test_a_company_beside_an_anaphor_is_no_event(extract):
    # negative: the name is no event's (shares of ...), and nothing else names one
    text = "Shares of Tarnvik Asia rose as the show will take place on 16-18 June 2026, analysts said."
    assert extract(text, published=date(2026, 1, 5)).main_event is None
