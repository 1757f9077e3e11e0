"""A bracket before or after a dateline's place that names the medium or the story's state
("(Photo) Paris - ", "LAGOS (UPDATED) - ") is no wire agency: the place stays the dateline
and the release gets no publisher named "Photo" (``datelines.json`` ``not_wires``)."""

import pytest

from kg.extract.rules import load_rules
from kg.extract.source import _agency

CASES = [
    ("(Photo) Paris - The Left Bank Print Fair 2026 opens at the River Hall on 4 June.", "Paris"),
    ("(VIDEO) Nairobi: The East African Tea Summit 2026 opens at the Garden Hall on 9 July.", "Nairobi"),
    ("LAGOS (UPDATED) - The Lagoon Fashion Week 2026 opens at the Harbour Hall on 2 May.", "LAGOS"),
]


@pytest.mark.parametrize("text,dateline", CASES)
def test_a_media_bracket_is_no_wire_but_keeps_the_dateline(extract, text, dateline):
    x = extract(text, published=None)
    assert x.source.dateline == dateline
    assert x.source.wire is None


def test_a_real_agency_in_brackets_is_still_the_wire(extract):
    x = extract("(Harbour Press Agency) Mombasa - The Coast Fisheries Expo 2026 opens at the Pier Hall on 3 March.",
                published=None)
    assert x.source.dateline == "Mombasa"
    assert x.source.wire == "Harbour Press Agency"


@pytest.mark.parametrize("word", ["Photo", "UPDATED:", "Video.", " live "])
def test_not_wire_words_are_read_in_any_case(word):
    assert _agency(word) is None


def test_the_not_wire_list_is_data_and_lower_case():
    words = load_rules("datelines")["not_wires"]["words"]
    assert "photo" in words and all(w == w.lower() for w in words)
    assert _agency("Reuters") == "Reuters"
