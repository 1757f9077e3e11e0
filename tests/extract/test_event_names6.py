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


# --- 2. acronym + year ------------------------------------------------------------------

def test_regression_acronym_year_not_taken_as_mention(extract):
    """'WAS 2025' (the tagger reads 'WAS' as a verb) gave the name 'WAS' without its year."""
    x = extract("WAS 2025 opened in Shanghai on Monday. Visitors at WAS 2025 saw 800 robots.", title="WAS 2025 opens")
    assert x.main_event.name == "WAS 2025"


def test_acronym_apostrophe_year_repeated(extract):
    x = extract("XYZ'26 kicks off in Lisbon on Tuesday with 400 startups. XYZ'26 runs until Friday.")
    assert x.main_event.name == "XYZ'26"
    assert any(p.name == "Lisbon" for p in x.main_event.places)


def test_acronym_apostrophe_year_in_headline_only(extract):
    x = extract("More than 400 startups gathered at XYZ’26 in Lisbon on Tuesday.", title="XYZ’26 draws 400 startups")
    assert x.main_event is not None and x.main_event.name == "XYZ’26"


def test_acronym_year_in_brackets_is_the_named_event(extract):
    x = extract("The World Robot Show (WRS 2025) opened in Shanghai on Monday. Visitors at WRS 2025 saw 800 robots.")
    assert _names(x) == ["World Robot Show"]


def test_acronym_of_the_initials_is_the_named_event(extract):
    """The headline names the event by its acronym, the body spells it out."""
    x = extract("The Shanghai Robot Forum met on Sunday. The World Robot Show opened in Shanghai on Monday "
                "with 800 robots. WRS 2025 runs until Friday.", title="WRS 2025 opens in Shanghai")
    assert x.main_event.name == "World Robot Show"
    assert "WRS 2025" not in _names(x)


def test_acronym_year_once_in_passing_is_no_event(extract, nlp):
    from kg.extract.event_brands import acronym_year_mentions

    doc = nlp("The Lagos Trade Fair opened on Monday. The ministry said its KPX 2025 plan would cut costs.")
    assert acronym_year_mentions(doc, "", set()) == []
    assert acronym_year_mentions(doc, "KPX 2025 plan unveiled", set()) != []
    x = extract("The Lagos Trade Fair opened on Monday. The ministry said its KPX 2025 plan would cut costs.")
    assert _names(x) == ["Lagos Trade Fair"]


def test_acronym_year_needs_capitals_not_a_pronoun(extract):
    x = extract("IT 2025 spending rose 5 percent. IT 2025 budgets are larger.")
    assert x.main_event is None or not x.main_event.name.startswith("IT")


def test_initials_of():
    from kg.extract.event_brands import initials_of

    assert "WAS" in initials_of("World AI Show") and "WAIS" in initials_of("World AI Show")
    assert "FOAY" in initials_of("Forum of Arab Youth") and "FAY" in initials_of("Forum of Arab Youth")
    assert "WRS" in initials_of("2025 World Robot Show")
    assert initials_of("Expo") == set()
