"""Event names, venues and dates in forms the earlier rules missed (issue 10, classes 1, 2
and 7), on releases of our own: a brand that is also an English word ('Cityscape'), which
the tagger calls a common noun in one sentence and a proper noun in another."""

from datetime import date


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
