"""Issue 13 (speed, round 26): the helpers made cheaper give what they gave before."""

from __future__ import annotations

from kg.extract import event_themes
from kg.extract.common import finditer_words, governing_verb, release_caches

_TEXT = ("The organisers said the invented harbour fair, opened by the mayor on Tuesday, "
         "drew record crowds. A rising number of exhibitors, some of them first-time visitors, "
         "booked stands. Held every two years, the show is expected to grow again.")


def _walk(tok, depth=8, participles=False):
    """governing_verb as it was written on Tokens (the reference)."""
    t = tok
    for _ in range(depth):
        if t.pos_ in ("VERB", "AUX") and (participles or t.dep_ != "amod"):
            return t
        if t.head.i == t.i:
            return None
        t = t.head
    return None


def test_governing_verb_on_arrays_is_the_token_walk(nlp) -> None:
    doc = nlp(_TEXT)
    for _ in range(2):  # the second round answers from the document's memo
        for tok in doc:
            for depth, participles in ((8, False), (5, True), (2, False), (1, True)):
                want, got = _walk(tok, depth, participles), governing_verb(tok, depth, participles)
                assert (want is None) == (got is None), (tok.text, depth, participles)
                assert want is None or want.i == got.i, (tok.text, depth, participles)
    release_caches(doc)
    assert not [k for k in doc.user_data if str(k).startswith("ekg_")]


def test_theme_cue_prefilter_finds_what_the_cue_pattern_finds(nlp) -> None:
    for text in ("The fair runs under the banner of Greener Harbours.", "Its Motto is short.",
                 "The show was themed around the sea.", "A THEME was chosen.",
                 "Themes such as water.", "The bannerof x and mottos.", "No cue here at all."):
        doc = nlp(text)
        want = event_themes._ANY_CUE.search(text) is not None
        assert (next(finditer_words(doc, event_themes._ANY_CUE_WORDS), None) is not None) == want, text
        release_caches(doc)
