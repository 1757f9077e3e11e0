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
