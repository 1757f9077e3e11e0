"""The shared extractor helpers: fast paths that must answer exactly like the slow ones."""

from __future__ import annotations

import re

import pytest

from kg.extract.common import (
    _word_anchored,
    finditer_words,
    lemma,
    release_caches,
    token_range,
    tokens_matching,
    word_pattern,
)

TEXT = ("The co-hosted Harbour-Expo and the EXPO 2031 opened; expos, sub-forums and a Forum "
        "(the 3rd FORUM-day) drew ŉ visitors to Ålesund's ﬁsh fair. Trade-show talks ran on.")


@pytest.fixture(scope="module")
def doc(nlp):
    return nlp(TEXT)


@pytest.mark.parametrize("words", [
    {"expo", "expos", "forum", "fair"},
    {"trade-show", "talks ran", "co-hosted"},
    {"ålesund", "fish"},
    {"a", "on"},  # words shorter than the filter's three letters
])
def test_word_patterns_match_exactly_like_finditer(doc, words) -> None:
    pattern = word_pattern(words)
    fast = [(m.start(), m.end()) for m in finditer_words(doc, pattern)]
    assert fast == [(m.start(), m.end()) for m in pattern.finditer(TEXT)]
    assert fast  # the texts above do contain each set


@pytest.mark.parametrize("pattern, anchored", [
    (r"(?<![\w-])(?:expo|forum)(?![\w-])", True),
    (r"(?<![\w-])(?:expo)s?(?![\w-])|(?<![\w-])\w+(?:ies|people)(?![\w-])", True),
    (r"(?<![\w-])(?:expo)|forum", False),  # the second alternative is not anchored
    (r"(?<![\w-])(?:ex|po)[|(]x", True),  # '|' and '(' inside a class do not split
    (r"\bexpo\b", False),
])
def test_word_anchored(doc, pattern, anchored) -> None:
    p = re.compile(pattern, re.I)
    assert _word_anchored(p) is anchored
    assert [m.span() for m in finditer_words(doc, p)] == [m.span() for m in p.finditer(TEXT)]


def test_token_range_is_char_span_expand(doc) -> None:
    for start in range(0, len(TEXT), 3):
        for end in (start + 1, start + 4, start + 11):
            end = min(end, len(TEXT))
            span = doc.char_span(start, end, alignment_mode="expand")
            expected = list(range(span.start, span.end)) if span is not None else []
            assert list(token_range(doc, start, end)) == expected, (start, end)


def test_tokens_matching_in_text_order(doc) -> None:
    toks = tokens_matching(doc, word_pattern({"expo", "forum", "harbour"}))
    assert [t.i for t in toks] == sorted(t.i for t in toks)
    assert {t.lower_ for t in toks} >= {"expo", "forum"}


def test_lazy_lemmas_equal_the_pipeline_lemmatizer(nlp) -> None:
    """kg runs spaCy without its lemmatizer and memoizes lemmas per (word, tag, POS): they
    must be what the lemmatizer itself gives, token for token."""
    from kg.pipeline.document import parse_document
    from tests.conftest import EXAMPLE

    text = parse_document(EXAMPLE.read_text(encoding="utf-8")).text
    lazy = nlp(text)
    assert "lemmatizer" in nlp.disabled
    nlp.enable_pipe("lemmatizer")
    try:
        full = nlp(text)
    finally:
        nlp.disable_pipe("lemmatizer")
    assert all(t.lemma_ for t in full if not t.is_space)
    assert [lemma(t) for t in lazy] == [t.lemma_.lower() for t in full]
    release_caches(lazy)
    assert not [k for k in lazy.user_data if str(k).startswith("ekg_")]
