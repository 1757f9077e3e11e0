"""Issue 13 (speed): the faster helpers give what the plain ones gave."""

from __future__ import annotations

import re

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract import common

_RUN = re.compile(r"[\w-]+")


@pytest.fixture(scope="module")
def blank():
    return spacy.blank("en")


def _reference_runs(text: str):
    """What _scan_runs computed with one regex match a run (the code before issue 13)."""
    runs, index, odd = [], {}, []
    for m in _RUN.finditer(text):
        word, start = m.group(), m.start()
        if not word.isascii():
            runs.append((start, word[:3].casefold()))
            odd.append(start)
            continue
        word = word.lower()
        runs.append((start, word[:3]))
        index.setdefault(word, []).append(start)
    return runs, index, odd


_TEXTS = [
    "The Harbour-Expo opened; expos, sub-forums and a Forum (the 3rd FORUM-day) drew visitors.",
    "Ålesund's ﬁsh fair, the İzmir Expo and the \u212aelvin-Forum ran on 3–5 June; ŉ x_y __ -- -a-",
    "",
    "   ",
    "one",
]


@pytest.mark.parametrize("text", _TEXTS)
def test_runs_and_run_words_are_the_regex_runs(blank, text) -> None:
    doc = blank(text)
    runs, index, odd = _reference_runs(text)
    assert common._runs(doc) == runs
    assert common._run_words(doc) == (index, odd)
    assert common._run_starts(doc) == [s for s, _ in runs]
    common.release_caches(doc)
    assert not [k for k in doc.user_data if str(k).startswith("ekg_")]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="aB -_.é\u0130\u212a٣\u00b2,'", max_size=40))
def test_runs_on_random_text(text) -> None:
    doc = spacy.blank("en")(text)
    runs, index, odd = _reference_runs(text)
    assert common._run_starts(doc) == [s for s, _ in runs]
    assert common._run_words(doc) == (index, odd)
    assert common._runs(doc) == runs


def test_sentence_of_other_edition_is_other_edition_of_its_text(nlp) -> None:
    from kg.extract.common import doc_sents, span_text
    from kg.extract.event_dates import other_edition, sentence_of_other_edition

    doc = nlp("The Brackwater Salt Fair opens on May 4. Next year's fair moves to Ostend. "
              "The 2027 edition of the fair will return in 2028. The last edition drew 900 people.")
    for year in (None, 2027, 2028):
        for sent in doc_sents(doc):
            assert sentence_of_other_edition(sent, year) == other_edition(span_text(sent), year)
            assert sentence_of_other_edition(sent, year) == other_edition(span_text(sent), year)  # (cached)


@pytest.mark.parametrize("text, hit", [
    ("The Harbour Exhibition Centre will host the fair.", True),
    ("The Harbour Exhibition Centre welcomed 4,000 visitors.", True),
    ("Harbour Arena staged the final.", True),
    ("The Harbour Exhibition Centre opened in 1999.", False),
])
def test_host_venue_pattern_needs_one_of_its_verbs(text, hit) -> None:
    from kg.extract.event_places import _HOST_VENUE_RE

    assert bool(_HOST_VENUE_RE.search(text)) is hit
    assert hit <= ("host" in text or "welcom" in text or "stag" in text)


def test_context_lends_the_document_text_only_when_it_is_the_docs(nlp) -> None:
    from kg.extract.common import doc_text, release_caches
    from kg.extract.context import Context
    from kg.pipeline.document import Document

    text = "The Brackwater Salt Fair opens on May 4 in Ostend.\n\nIt runs for three days. "
    doc = nlp(text)
    ctx = Context(doc=doc, document=Document(text=text))
    assert doc.user_data["ekg_text"] is text and doc_text(doc) == doc.text
    release_caches(doc)
    Context(doc=doc, document=Document(text=text.upper()[:-3] + "abc"))  # another text: not lent
    assert "ekg_text" not in doc.user_data and doc_text(doc) == doc.text == text
    release_caches(doc)
    assert ctx.doc is doc


def test_cut_entities_at_leaves_the_cached_entities_right(nlp) -> None:
    from kg.extract.common import doc_ents, release_caches
    from kg.extract.source import cut_entities_at

    doc = nlp("May 10, 2024 - The 2024 Harbor Tech Expo opened in Ostend on Monday.")
    boundary = doc.text.index("-") + 1
    cut_entities_at(doc, boundary)
    assert [(e.start, e.end, e.label_) for e in doc_ents(doc)] == [(e.start, e.end, e.label_) for e in doc.ents]
    assert not any(e.start_char < boundary < e.end_char for e in doc.ents)
    release_caches(doc)


@pytest.mark.parametrize("text", [
    "The 2026 show opens in May.", "ITS 2019 EDITION drew crowds.", "It returns in 2027 to Ostend.",
    "Next year the fair moves.", "The previous edition was held in Ghent.", "Last year's fair ran long.",
    "It is pencilled in for June.",
])
def test_other_edition_guard_keeps_every_form(text) -> None:
    from kg.extract.common import may_hold
    from kg.extract.event_dates import _OTHER_EDITION_WORDS, OTHER_EDITION, other_edition

    assert OTHER_EDITION.search(text) and may_hold(text, _OTHER_EDITION_WORDS)
    assert other_edition(text, None)


def test_other_edition_guard_skips_a_plain_year() -> None:
    from kg.extract.common import may_hold
    from kg.extract.event_dates import _OTHER_EDITION_WORDS

    assert not may_hold("The fair opened on May 4, 2026 in Ostend.", _OTHER_EDITION_WORDS)


@pytest.mark.parametrize("text", [
    "The 5th show opens.", "Its FIFTH Expo drew crowds.", "A \u0663rd fair.", "The 5\u017ft forum.",
    "The twenty-first congress met.", "Its 12TH edition ran.", "The second summit.",
])
def test_ordinal_guard_keeps_every_ordinal_match(text) -> None:
    from kg.extract.common import ordinal_value
    from kg.extract.event_dates import _ORDINAL_EVENT, _may_write_ordinal

    assert any(ordinal_value(m.group(0).split()[0]) for m in _ORDINAL_EVENT.finditer(text)), text
    assert _may_write_ordinal(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["the", "5th", "5", "th", "show", "Fair", "fifth", "FIRST", "edition", "s", "nd",
                                 "2025", "\u017ft", "event", "-", "x1st", "twenty-first"]), max_size=8))
def test_ordinal_guard_on_random_words(words) -> None:
    from kg.extract.common import ordinal_value
    from kg.extract.event_dates import _ORDINAL_EVENT, _may_write_ordinal

    text = " ".join(words)
    if any(ordinal_value(m.group(0).split()[0]) for m in _ORDINAL_EVENT.finditer(text)):
        assert _may_write_ordinal(text), text
