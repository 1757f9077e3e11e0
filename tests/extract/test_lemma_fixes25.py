"""Verbs whose final 'e' spaCy's rule lemmatizer cuts with their ending ('staged' -> 'stag',
'rated' -> 'rat') get their own lemma from ``common.lemma``, so a cue list needs no
'stag' beside 'stage' (regression: roles and sessions each carried such a work-around)."""

import pytest

from kg.extract.common import lemma, lemmas_of


@pytest.mark.parametrize("sentence,word,want", [
    ("The fair was staged in the old port.", "staged", "stage"),
    ("The city is staging the fair again.", "staging", "stage"),
    ("The council stages the fair every year.", "stages", "stage"),
    ("Visitors rated the fair highly.", "rated", "rate"),
    ("A stag ran across the field.", "stag", "stag"),
    ("The rats ran across the hall.", "rats", "rat"),
])
def test_lemma(nlp, sentence, word, want):
    doc = nlp(sentence)
    tok = next(t for t in doc if t.text == word)
    assert lemma(tok) == want
    assert list(lemmas_of(doc, tok.i, tok.i + 1)) == [want]
