"""The cheap paths of extraction give what the direct ones give: token arrays read once per
document (common.doc_array, doc_indices, lemmas_of), per-sentence caches (event_dates'
tense and happening verbs), and the word tests run before costly patterns (may_hold)."""

from __future__ import annotations

import re

import pytest
from spacy.attrs import DEP, IDX, LOWER, POS, TAG
from spacy.symbols import NOUN, PROPN

from kg.extract import event as ev
from kg.extract import event_dates as ed
from kg.extract import event_places as ep
from kg.extract.common import (
    any_lemma_in,
    doc_array,
    doc_indices,
    doc_matrix,
    doc_sents,
    indices_between,
    lemma,
    lemmas_of,
    may_hold,
    release_caches,
)
from kg.extract.lexicon import HAPPENING_VERBS

TEXT = (
    "The Larkspur Kelp Forum was held in Tallinn on May 26, and it will return next year. "
    "It takes place at the Harbour Hall in the Estonian capital. "
    "The venue is the old customs house, which closed on Friday after a three-day run. "
    "Organisers said registrations for the 2026 edition open on June 1 and run for a week."
)


@pytest.fixture()
def doc(nlp):
    d = nlp(TEXT)
    yield d
    release_caches(d)


def test_doc_array_is_each_tokens_attribute(doc):
    for attr, name in ((POS, "pos"), (DEP, "dep"), (LOWER, "lower"), (TAG, "tag"), (IDX, "idx")):
        assert doc_array(doc, attr) == [getattr(t, name) for t in doc]
    assert doc_array(doc, POS) is doc_array(doc, POS)  # read once
    release_caches(doc)
    assert not [k for k in doc.user_data if str(k).startswith("ekg_")]


def test_doc_indices_and_indices_between(doc):
    found = doc_indices(doc, "ekg_test_propn", lambda d: doc_matrix(d, (POS, LOWER))[:, 0] == PROPN)
    assert found == [t.i for t in doc if t.pos_ == "PROPN"]
    for sent in doc_sents(doc):
        assert indices_between(found, sent.start, sent.end) == [t.i for t in sent if t.pos_ == "PROPN"]


def test_lemmas_of_is_lemma_of_each_token(doc):
    for sent in doc_sents(doc):
        assert list(lemmas_of(doc, sent.start, sent.end)) == [lemma(t) for t in sent]


def test_any_lemma_in_is_any_lemma_in(doc):
    words = frozenset({"hold", "take", "close", "run"})
    for _ in range(2):  # the second time from what the first kept
        for sent in doc_sents(doc):
            assert any_lemma_in(doc, sent.start, sent.end, words) == any(lemma(t) in words for t in sent)
            assert not any_lemma_in(doc, sent.start, sent.end, frozenset({"zzz"}))
    assert doc_matrix(doc, (POS, LOWER)).tolist() == [[t.pos, t.lower] for t in doc]


def test_lemmas_of_a_lemmatized_doc(nlp):
    d = nlp("The forums were held in Riga.")
    d[3].lemma_ = "Hold"  # as a pipeline that ran its lemmatizer gives it
    assert list(lemmas_of(d, 0, len(d)))[3] == "hold" == lemma(d[3])
    release_caches(d)


def test_place_tokens_are_the_ones_the_loop_reads(doc):
    want = [t.i for t in doc if t.pos == PROPN or (t.pos == NOUN and t.lower_ == "capital")]
    assert ep._place_tokens(doc) == want
    assert any(doc[i].lower_ == "capital" for i in want)


def test_it_or_venue_subjects(doc):
    want = [t.i for t in doc if t.lower_ in ("it", "venue") and t.dep_ in ("nsubj", "nsubjpass")]
    assert ev._it_or_venue_subjects(doc) == want and want


def test_per_sentence_tense_and_happening(doc):
    for sent in doc_sents(doc):
        toks = list(sent)
        future = any(t.lower_ in ("will", "'ll") or (t.lower_ in ("scheduled", "slated", "set") and t.tag_ == "VBN")
                     for t in toks)
        past = not future and any(t.tag_ == "VBD" and lemma(t) in HAPPENING_VERBS for t in toks)
        assert ed._tense(sent) == (future, past) == ed._tense(sent)
        happened = any(t.tag_ in ("VBD", "VBN") and lemma(t) in HAPPENING_VERBS for t in toks)
        assert ed._happened_sentence(sent) == happened
        assert ed._happening_sentence(sent) == any(lemma(t) in HAPPENING_VERBS for t in toks)


#: sentences we wrote, some with the letters re.IGNORECASE folds otherwise than str.lower
SENTENCES = [
    TEXT,
    "The fair WRAPS UP on Sunday.", "The expo will CONTİNUE until Monday.", "The show closed on Saturday.",
    "The summit ran for a full WEEK.", "A four-DAY fair.", "The fifth FESTİVAL opens.", "Its ſhow ends today.",
    "The event Kontinues to grow.", "Next year's edition is pencilled in.", "The 2019 edition was smaller.",
    "The forum was HELD in Oslo.", "It TOOK PLACE in Riga.", "The deadline is June 1.", "REGISTRATION closes.",
    "Nothing here.", "It opens tomorrow.", "The opening is TODAY.", "For the NEXT three DAYS.",
    "On THE SECOND DAY OF the fair.", "The fair RUNS FOR A WEEK.", "The expo ran for two dayſ.",
    "In ITS FIFTH YEAR, the fair grew.", "The third EDITION of the forum.", "Held for the third consecutive time.",
    "It ran in 12 consecutive editions.",
]


def test_consecutive_words_are_written_where_it_matches():
    for text in SENTENCES:
        if ev._CONSECUTIVE.search(text):  # (case-sensitive: the words as written)
            assert any(w in text for w in ev._CONSECUTIVE_WORDS), text
    assert any(ev._CONSECUTIVE.search(t) for t in SENTENCES)

GUARDS = [
    (ed._CLOSING, ed._CLOSING_WORDS),
    (ed._ONE_DAY_VERBS, ed._ONE_DAY_WORDS),
    (ed._DEADLINE, ed._DEADLINE_WORDS),
    (ed._ORDINAL_EVENT, ed._ORDINAL_EVENT_WORDS),
    (ed.OTHER_EDITION, ed._OTHER_EDITION_WORDS),
    (ed._SPAN_DAYS, ("day",)),
    (ed._EVENT_LENGTH, ("day",)),
    (ed._A_WEEK, ("week",)),
    (ed._NTH_DAY, ("day",)),
    (ed._NEXT_DAYS, ("days",)),
    (ed._OPENED_RELATIVE, ("today", "tomorrow", "yesterday")),
    (ev._NTH_EDITION, ev._NTH_EDITION_WORDS),
]


@pytest.mark.parametrize("pattern,words", GUARDS, ids=lambda x: getattr(x, "pattern", str(x))[:30])
def test_may_hold_is_never_false_where_the_pattern_matches(pattern, words):
    matched = 0
    for text in SENTENCES:
        if pattern.search(text):
            matched += 1
            assert may_hold(text, words), (pattern.pattern[:40], text)
    assert not may_hold("Nothing here.", words)
    assert matched


def test_may_hold_with_letters_lower_does_not_fold():
    # re.I matches 'İ' and 'ı' to 'i', 'ſ' to 's'; str.lower does not: may_hold says maybe
    for odd in ("İ", "ı", "ſ"):
        text = f"The show conclude{odd} today" if odd == "ſ" else f"It wİll contınue"
        assert may_hold(text, ("concludes", "will", "continue"))
    assert re.search("continue", "contınue", re.I) and may_hold("contınue", ("continue",))
    assert may_hold("Kelvin", ("kelvin",))  # the Kelvin sign lowers to 'k'


def _plain_dates_unguarded(text: str) -> str:
    """event_dates._plain_dates as it was, without its tests for '(' and 'and <digit>'."""
    text = ed._PAREN_DATE.sub(lambda m: f"{m.group(1)}{m.group(2)} {m.group(3)} ", text)

    def days(m):
        nums = [int(re.match(r"\d+", d).group(0)) for d in re.findall(r"\d+", m.group(0))]
        before = text[max(0, m.start() - 12):m.start()]
        after = text[m.end():m.end() + 12]
        dated = re.search(rf"{ed.MONTH}\s+$", before) or re.match(rf"\s+(?:of\s+)?{ed.MONTH}", after)
        if not dated or len(nums) < 3 or any(b != a + 1 for a, b in zip(nums, nums[1:])):
            return m.group(0)
        mid = m.group("mid")
        return m.group("first") + " " * (len(mid) - 1) + "-" + m.group("last")

    return ed._DAY_LIST.sub(days, text)


def _other_edition_unguarded(text: str, year: int | None) -> bool:
    for m in ed.OTHER_EDITION.finditer(text):
        y = re.search(r"(?:19|20)\d\d", m.group(0))
        if y and year and int(y.group(0)) == year:
            continue
        return True
    return False


DATE_SENTENCES = SENTENCES + [
    "The fair runs on June 4, 5 and 6 in Kaunas.", "It opens Wednesday (June 4) and closes 4, 5 and 6 June.",
    "Sessions on June 4, 11 and 18.", "Between 3 and 5 exhibitors (of 40) came.", "The 2025 edition and the 2019 show.",
]


def test_guarded_helpers_give_the_unguarded_results():
    for text in DATE_SENTENCES:
        assert ed._plain_dates(text) == _plain_dates_unguarded(text), text
        for year in (None, 2019, 2025):
            assert ed.other_edition(text, year) == _other_edition_unguarded(text, year), (text, year)
    assert ed._plain_dates("The fair runs on June 4, 5 and 6 in Kaunas.") != "The fair runs on June 4, 5 and 6 in Kaunas."


def test_text_and_offsets_from_arrays(nlp):
    from kg.extract.common import _token_offsets, doc_text

    for text in (TEXT, "", "x  é€😀 ab\n\nnext-line   tail ", "Tab\there"):
        d = nlp(text)
        assert doc_text(d) == d.text == text
        assert _token_offsets(d) == ([t.idx for t in d], [t.idx + len(t) for t in d])
        release_caches(d)


def test_ascii_capital_tokens(nlp):
    from kg.extract.common import ascii_capital_tokens

    d = nlp("The WAS2025 show, Émile's ÄBC and gitex'26 met McKinsey in Zagreb.")
    assert ascii_capital_tokens(d) == [t.i for t in d if "A" <= t.text[:1] <= "Z"]
    release_caches(d)


def _regex_starts(text: str, word: str) -> list[int]:
    return [m.start() for m in re.finditer(r"(?<![\w-])" + re.escape(word) + r"(?![\w-])", text)]


@pytest.mark.parametrize("text,word", [
    ("Arab Health will host Arab Health-2025 and Arab Healthcare, (Arab Health).", "Arab Health"),
    ("aaaa aaaa-aaaa _aaaa aaaaa aaaa", "aaaa"), ("Expo Expo Expo", "Expo Expo"), ("Ünï Ünï2 Ünï", "Ünï"),
    ("x٣Fair Fair٣ Fair Fair", "Fair"), ("", "Fair"), ("Fair", "Fair"),
])
def test_find_whole_is_the_word_pattern(text, word):
    from kg.extract.common import find_whole

    assert list(find_whole(text, word)) == _regex_starts(text, word)


def test_find_whole_on_random_text():
    from hypothesis import given, settings, strategies as st

    from kg.extract.common import find_whole

    @settings(max_examples=300, deadline=None)
    @given(st.text(alphabet="ab -_.é٣\u00b2", max_size=30), st.text(alphabet="ab -é", min_size=1, max_size=4))
    def check(text, word):
        assert list(find_whole(text, word)) == _regex_starts(text, word)

    check()


def test_mentions_in_follows_the_mentions(nlp):
    from kg.extract.context import Context, EventMention
    from kg.pipeline.document import parse_document

    d = nlp(TEXT)
    ctx = Context(doc=d, document=parse_document(TEXT))
    sents = doc_sents(d)

    def direct(sent):
        return [m for m in ctx.mentions if sent.start <= m.start < sent.end]

    def check():
        for sent in sents:
            assert ctx.mentions_in(sent) == direct(sent)
            assert [id(m) for m in ctx.mentions_in(sent)] == [id(m) for m in direct(sent)]

    check()
    ctx.mentions = [EventMention("e0", 1, 4), EventMention("e1", sents[1].start + 1, sents[1].start + 2)]
    check()
    ctx.mentions.append(EventMention("e0", 0, 1, anaphor=True))  # added in place
    check()
    ctx.mentions.sort(key=lambda m: m.start)  # sorted in place
    check()
    ctx.mentions_in(sents[0]).clear()  # a caller's copy
    check()
    ctx.mentions = []
    check()
    release_caches(d)
