"""Main-event mentions and names (issue 10, generalization): connectives inside a name,
acronym + year mentions, event nouns used as modifiers, brand-named events. Sentences
written for these tests."""

from __future__ import annotations

from datetime import date


def _names(x) -> list[str]:
    return [e.name for e in x.events]


# --- 1. connectives inside one proper name -------------------------------------------

def test_regression_name_not_joined_over_in(extract):
    """'the Harbour Women in Business Forum' gave 'Business Forum'."""
    x = extract("The Harbour Women in Business Forum opened in Accra on Monday. The forum drew 300 delegates.")
    assert x.main_event.name == "Harbour Women in Business Forum"


def test_in_joins_proper_words_mid_sentence(extract):
    x = extract("More than 200 delegates attended the Coastal Women in Leadership Summit in Mombasa on Friday.")
    assert x.main_event.name == "Coastal Women in Leadership Summit"


def test_in_before_a_place_after_the_head_is_the_place(extract):
    x = extract("The Global Forum in Paris opened on Monday with 300 delegates.")
    assert x.main_event.name == "Global Forum"
    assert any(p.name == "Paris" for p in x.main_event.places)


def test_in_before_a_place_does_not_open_the_name(extract):
    x = extract("Investors in Lagos Tech Summit sessions met on Monday. The Lagos Tech Summit opened on Monday.")
    assert "Investors in Lagos Tech Summit" not in _names(x)


def test_on_and_for_go_on_after_the_head(extract):
    x = extract("The Delta Conference on Water and Climate opened in Lagos on Tuesday with 400 delegates.")
    assert x.main_event.name == "Delta Conference on Water and Climate"
    x = extract("The Coast Forum for Trade & Investment opened in Durban on Monday.")
    assert x.main_event.name == "Coast Forum for Trade & Investment"


def test_on_before_a_date_or_lowercase_is_no_name(extract):
    x = extract("The Delta Water Conference on Monday drew 400 delegates to Lagos.")
    assert x.main_event.name == "Delta Water Conference"
    x = extract("The Delta Water Conference on climate adaptation opened in Lagos on Tuesday.")
    assert x.main_event.name == "Delta Water Conference"
