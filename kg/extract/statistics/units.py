"""The unit of a figure: per cent, currencies (prefix, word or local), measurement units, counted nouns."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Token

from kg.extract.common import doc_text, doc_tokens, factored_alternation, governing_verb, lemma
from kg.extract.context import Context
from kg.extract.figures import cues, rule
from kg.extract.lexicon import (
    DURATION_NOUNS,
    EVENT_ANAPHORS,
    EVENT_HEADS,
    EVENT_UNITS,
    PERCENT_WORDS,
)
from kg.extract.subjects import clause_head
from kg.normalize.places import lookup_place
from kg.normalize.units import (
    currency_code,
    currency_prefix,
    measurement_unit,
    normalize_unit,
    rate_unit,
    singularize,
)
from kg.pipeline import patterns
from kg.extract.statistics.base import (
    DATE_WORDS,
    Figure,
    HYPHENS,
    LOCAL_DOLLAR,
    MEASURE_UNITS,
    PERCENT_POINTS,
    RATE,
    REPORTING_VERBS,
    SCALES,
    SPEED,
    WATT_HOURS,
    SQ,
    SQUARE_HYPHEN,
    SYMBOLS,
    TEU_SPELLED,
    TWO_WORD_UNITS,
    hyphen_prefix,
)
from kg.extract.statistics.tokens import is_number_token


def unit_after(doc: Doc, end: int, last: Token) -> tuple[str | None, int, bool, Token | None]:
    """(unit, end token, is currency, counted noun) for the words after a number run."""
    _tk = doc_tokens(doc)  # the cached tokens: doc[i] builds a new Token on every call
    if end >= len(doc):
        return None, end, False, None
    t = _tk[end]
    low = t.lower_
    after = doc_text(doc)[t.idx:t.idx + 60]
    m = PERCENT_POINTS.match(after)
    if m:
        return "percentage point", _token_after(doc, t.idx + m.end()), False, None
    if low in PERCENT_WORDS:
        return "percent", end + 1, False, None
    m = WATT_HOURS.match(after)
    if m and measurement_unit(m.group(0).replace("‑", "-")):
        return measurement_unit(m.group(0).replace("‑", "-")), _token_after(doc, t.idx + m.end()), False, None
    m = SPEED.match(after)
    if m:
        return m.group(1).lower().replace("kph", "km/h").replace("km/hr", "km/h"), _token_after(doc, t.idx + m.end()), False, None
    text = doc_text(doc)
    for n in (3, 2):  # "Norwegian kroner", "Hong Kong dollars", "U.S. dollars"
        if end + n <= len(doc):
            w = _tk[end + n - 1]  # (the words' text read off the text: doc[end:end + n].text)
            code = currency_code(text[t.idx:w.idx + len(w.text)])
            if code:
                return code, end + n, True, None
    # (matched in place: slicing off the rest of the text copied it on every call)
    m = TEU_SPELLED.match(text, t.idx - (1 if t.idx and text[t.idx - 1] == " " else 0))
    if m:
        last = doc.char_span(t.idx, t.idx + len(m.group(0).strip()), alignment_mode="expand")
        return "TEU", (last.end if last is not None else end + 1), False, None
    if low == "per" and end + 1 < len(doc) and _tk[end + 1].lower_ == "cent":
        return "percent", end + 2, False, None
    if _per_cent(doc, end):
        return "percent", end + 3, False, None  # "a 12 per-cent rise"
    if end + 1 < len(doc):
        two = f"{low} {_tk[end + 1].lower_}"
        if two in ("u.s. dollars", "us dollars", "u.s. dollar", "hong kong", "new taiwan"):
            code = "USD" if "dollar" in two else currency_code(_tk[end].text + " " + _tk[end + 1].text + (" " + _tk[end + 2].text if end + 2 < len(doc) else ""))
            if code:
                return code, end + (2 if "dollar" in two else 3), True, None
        if two in TWO_WORD_UNITS:
            return normalize_unit(two), end + 2, False, None
        m = SQ.match(after)  # "5,000 sq. m", "200 sq.ft", "12,000 sq. metres"
        if m and measurement_unit("sq " + m.group(1)):
            return measurement_unit("sq " + m.group(1)), _token_after(doc, t.idx + m.end()), False, None
        m = SQUARE_HYPHEN.match(after)  # "a 25,000 square-metre hall"
        if m and measurement_unit(m.group(0).replace("‑", "-")):
            return measurement_unit(m.group(0).replace("‑", "-")), _token_after(doc, t.idx + m.end()), False, None
        # "2.5 million net square feet": a word saying which area, then the unit
        if low in cues("area-qualifier") and end + 2 < len(doc):
            after_qualifier = f"{_tk[end + 1].lower_} {_tk[end + 2].lower_}"
            if after_qualifier in TWO_WORD_UNITS:
                return normalize_unit(after_qualifier), end + 3, False, None
            if _tk[end + 1].lower_ in MEASURE_UNITS and measurement_unit(_tk[end + 1].text):
                return measurement_unit(_tk[end + 1].text), end + 2, False, None
    after_scale = end > 0 and _tk[end - 1].lower_ in SCALES  # "50 billion won": the currency, whatever the tagger says
    code = currency_code(t.text) if t.pos_ != "PROPN" or t.text.isupper() or low in ("yuan", "rmb") \
        or after_scale and t.text.islower() else None  # "10 million leva"
    if code and (low not in ("won", "real", "rand", "mark") or t.pos_ == "NOUN" or after_scale):
        return code, end + 1, True, None
    if low in MEASURE_UNITS or t.text in ("GWh", "MWh", "kWh", "TWh", "GW", "MW", "kW"):
        return normalize_unit(t.text), end + 1, False, None
    if t.text in ("t", "t.") and not (end + 1 < len(doc) and (_tk[end + 1].text in HYPHENS and not t.whitespace_
                                                       or _tk[end + 1].tag_ == "NNS")):
        return "ton", end + 1, False, None  # "800 t of pulp a day" (not "500 t-shirts", "500 t shirts")
    # "a 20,000-square-metre hall": a hyphen and an area unit written with hyphens
    m = SQUARE_HYPHEN.match(doc_text(doc), _tk[end + 1].idx) if low in ("-", "–") and end + 1 < len(doc) else None
    if m and measurement_unit(m.group(0).replace("‑", "-")):
        return measurement_unit(m.group(0).replace("‑", "-")), _token_after(doc, m.end()), False, None
    # "a 50,000-tonne ship", "10-meter tall": a hyphen and a unit of measure
    if low in ("-", "–") and end + 1 < len(doc) and measurement_unit(_tk[end + 1].text):
        return measurement_unit(_tk[end + 1].text), end + 2, False, None
    if low in HYPHENS and end + 1 < len(doc) and _tk[end + 1].lower_ in PERCENT_WORDS and not t.whitespace_:
        return "percent", end + 2, False, None  # "a 20-percent rise"
    if low in HYPHENS and not t.whitespace_ and _per_cent(doc, end + 1):
        return "percent", end + 4, False, None  # "a 35.8-per-cent increase"
    if low in HYPHENS and not t.whitespace_ and end + 2 < len(doc) and _tk[end + 1].lower_ == "per" \
            and _tk[end + 2].lower_ == "cent":
        return "percent", end + 3, False, None  # "a 12-per cent rise"
    # "a 300-strong delegation": the members of the group the noun names
    if low in ("-", "–") and end + 2 < len(doc) and _tk[end + 1].lower_ in ("strong", "member") \
            and _tk[end + 2].pos_ in ("NOUN", "PROPN"):  # "a 50-member committee"
        noun = _tk[end + 2]
        while noun.i + 1 < len(doc) and _tk[noun.i + 1].pos_ == "NOUN" and noun.head.i == noun.i + 1:
            noun = _tk[noun.i + 1]  # "a 40-strong trade delegation"
        return "member", noun.i + 1, False, noun
    # "one-million-visitor": a hyphen and the counted noun
    if low in ("-", "–") and end + 1 < len(doc) and _tk[end + 1].pos_ == "NOUN":
        return normalize_unit(_tk[end + 1].text), end + 2, False, _tk[end + 1]
    # the noun this number counts
    head = last.head if last.dep_ in ("nummod", "compound", "quantmod", "amod") else None
    if head is not None and last.lower_ in SCALES and last.dep_ == "compound":
        while head.dep_ == "compound" and head.head.i > head.i and head.head.pos_ == "NOUN" and head.head.i - end <= 4:
            head = head.head  # "1.2 lakh trade visitors": the scale tagged a noun, hung on the first modifier
    if head is None and last.dep_ == "conj" and last.head.like_num and last.head.i < last.i \
            and last.head.dep_ == "nummod" and last.head.head.i > last.i:
        head = last.head.head  # "between 30,000 and 40,000 foreign tourists": the upper figure a conjunct of the lower
    if head is not None and not any(ch.isalpha() for ch in head.text):
        head = None  # "900 | 860" in a table: a separator the tagger made a noun
    if head is not None and head.lower_ in cues("threshold-mark", "nouns") and head.tag_ == "NN":
        return None, end, False, None  # "crossed the 5,000 mark": the level of what the subject counts
    reach = 5  # words between the number and its noun
    if head is not None and _plural_after_kinds(doc, head) is not head:
        head, reach = _plural_after_kinds(doc, head), 10  # "30 government, semi-government and private institutions"
    if head is not None and head.pos_ == "ADJ" and head.i == end:  # "120 Canadian and 300 foreign films"
        shared = _shared_counted_noun(doc, head)
        if shared is not None:
            return counted_unit(shared), head.i + 1, False, shared
    if head is not None and head.i >= end and head.pos_ in ("NOUN", "PROPN") and head.i - end <= reach \
            and not (head.ent_type_ == "DATE" and DATE_WORDS.fullmatch(head.lower_) or head.lower_ in ("today", "now")) \
            and "\n" not in doc_text(doc)[last.idx:head.idx] \
            and not any(t.text in ("(", ")") for t in doc[end:head.i]):  # a misparse across lines ("Exhibitors: 1,200\nVisitors"), brackets
        shared = _shared_counted_noun(doc, head)  # "230 feature and 170 short films"
        if shared is not None:
            return counted_unit(shared), head.i + 1, False, shared
        joined = _hyphen_joined(doc, head)  # "three sub-forums"
        if joined is not None:
            if lemma(joined) in EVENT_HEADS or joined.lower_ in DURATION_NOUNS:
                return None, end, False, None
            return normalize_unit(doc[head.i:joined.i + 1].text), joined.i + 1, False, joined
        if head.lower_ in DURATION_NOUNS:
            nights = _counted_duration(doc, end, head)  # "100,000 hotel room nights"
            if nights is not None:
                return nights, head.i + 1, False, head
        if lemma(head) in EVENT_HEADS and _events_of_a_host(doc, head):
            return counted_unit(head), head.i + 1, False, head  # "Porto hosted 120 conferences last year"
        if head.lower_ in DURATION_NOUNS or lemma(head) in EVENT_HEADS:
            return None, end, False, None  # durations; counts of events are sessions or editions
        if _part_of_a_year(doc, last, head):
            return None, end, False, None  # "in the first three quarters": a period, no count
        if any(_tk[k].like_num for k in range(end, head.i)):
            return counted_unit(head), end, False, head  # "120 and 80 exhibitors": the next number is a figure too
        return counted_unit(head), head.i + 1, False, head
    if t.pos_ == "NOUN" and t.tag_ in ("NNS", "NN") and not t.ent_type_ and any(ch.isalpha() for ch in t.text):
        return counted_unit(t), end + 1, False, t
    noun = _plural_after_its_modifiers(doc, end, last)
    if noun is not None:  # "recorded 2 million overnight stays": the parse made the number the object
        return counted_unit(noun), noun.i + 1, False, noun
    return None, end, False, None


def _plural_after_its_modifiers(doc: Doc, end: int, last: Token) -> Token | None:
    """'The hotels recorded 2 million overnight stays in 2025': a plural noun one or two
    words after a number the parse made the head of its phrase (an object, not a modifier),
    with only its own modifiers between ('overnight' tagged an adverb), is what it counts."""
    if last.dep_ not in ("dobj", "pobj", "nsubj", "attr", "appos", "conj") or end + 1 >= len(doc):
        return None
    _tk = doc_tokens(doc)
    for k in (end + 1, end + 2):
        if k >= len(doc):
            return None
        noun = _tk[k]
        between = doc[end:k]
        if noun.tag_ == "NNS" and noun.pos_ == "NOUN" and not noun.ent_type_ == "DATE" \
                and noun.lower_ not in DURATION_NOUNS and lemma(noun) not in EVENT_HEADS \
                and all(w.dep_ in ("amod", "compound") and w.head.i == noun.i and w.pos_ in ("ADJ", "ADV", "NOUN")
                        and w.is_alpha for w in between):
            return noun
        if noun.pos_ not in ("ADJ", "ADV", "NOUN"):
            return None
    return None


def _plural_after_kinds(doc: Doc, head: Token) -> Token:
    """'30 government, semi-government and private sector institutions': the parse hangs
    the number on the first of a list of kind words (a singular noun) and makes the plural
    noun they all modify its conjunct (or the first kind word a modifier of the plural: '45
    food, drink and hospitality companies'). The plural is what is counted when only kind words,
    commas and conjunctions stand between, with no number of its own (rule
    'coordinated-kinds'; not '30 government officials and 20 business leaders')."""
    if head.tag_ != "NN" or head.pos_ != "NOUN" or measurement_unit(head.text) or currency_code(head.text) \
            or head.lower_ in DURATION_NOUNS or head.lower_ in SCALES or lemma(head) in EVENT_HEADS:
        return head
    nxt = doc[head.i + 1] if head.i + 1 < len(doc) else None
    if nxt is None or nxt.lower_ not in cues("coordinated-kinds", "joiners"):
        return head
    plural = next((c for c in head.conjuncts if c.i > head.i and c.pos_ == "NOUN" and c.tag_ == "NNS"), None)
    if plural is None and head.dep_ in ("nmod", "compound") and head.head.i > head.i and head.head.tag_ == "NNS":
        plural = head.head  # "45 food, drink and hospitality companies": the kinds modify the plural
    if plural is None or plural.i - head.i > 10:
        return head
    between = doc[head.i + 1:plural.i]
    if any(t.like_num or t.pos_ not in ("ADJ", "NOUN", "PROPN", "PUNCT", "CCONJ") or t.text in ("(", ")", ";", ":")
           for t in between):
        return head
    return plural


def _per_cent(doc: Doc, k: int) -> bool:
    """'per-cent' written with a hyphen from token k: 'per', a hyphen, 'cent', no spaces."""
    _tk = doc_tokens(doc)  # the cached tokens: doc[i] builds a new Token on every call
    return k + 2 < len(doc) and _tk[k].lower_ == "per" and _tk[k + 1].text in HYPHENS and _tk[k + 2].lower_ == "cent" \
        and not _tk[k].whitespace_ and not _tk[k + 1].whitespace_


def _shared_counted_noun(doc: Doc, kind: Token) -> Token | None:
    """'230 feature and 170 short films': the plural noun two counts share, when the parse
    made the first kind word a singular noun with the plural as its conjunct; the plural
    has a number and a modifier of its own, where the kind word stands in the first count
    (rule 'shared-counted-noun')."""
    if kind.tag_ not in ("NN", "JJ", "NNP") or kind.lower_ in cues("shared-counted-noun", "not_kinds") \
            or measurement_unit(kind.text) or currency_code(kind.text) or kind.lower_ in DURATION_NOUNS:
        return None
    prefix = hyphen_prefix(kind)  # "230 feature-length and 170 short films"
    if any(c.dep_ not in ("nummod", "cc", "conj", "punct") and (prefix is None or c.i != prefix.i) for c in kind.children):
        return None  # "230 feature" alone: no modifier or phrase of its own
    plural = next((c for c in kind.conjuncts if c.i > kind.i), None)
    if plural is None or plural.tag_ != "NNS" or plural.pos_ != "NOUN" or plural.i - kind.i > 6:
        return None
    between = doc[kind.i + 1:plural.i]
    if not between or between[0].lower_ not in ("and", "or", ",") \
            or not any(t.like_num and t.dep_ == "nummod" and t.head.i == plural.i for t in between) \
            or not any(t.dep_ in ("amod", "compound") and t.head.i == plural.i for t in between):
        return None
    return plural


#: subjects that are a place: "the city hosted 120 conferences"
PLACE_NOUNS = frozenset({"city", "country", "nation", "province", "state", "region", "capital", "municipality",
                          "emirate", "island", "town"})


def _events_of_a_host(doc: Doc, noun: Token) -> bool:
    """'Porto hosted 120 conferences last year', 'The city held 45 congresses', 'Messe
    Frankfurt organises 150 trade fairs': a count of events whose clause has a named place
    or organization (or 'the city', 'the country') for subject is a figure about that host,
    not a session group of the release's event (rule 'events-of-a-host')."""
    verb = governing_verb(noun)
    if verb is None or lemma(verb) not in cues("events-of-a-host", "verbs"):
        return False
    subj = next((c for c in clause_head(verb).children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.i > noun.i:
        return False
    if subj.ent_type_ in ("GPE", "LOC", "ORG", "FAC") and subj.pos_ in ("PROPN", "NOUN") \
            or subj.pos_ == "PROPN" and lookup_place(subj.text) is not None:
        return not any(lemma(t) in EVENT_HEADS or t.lower_ in EVENT_ANAPHORS for t in subj.subtree)
    # ('The company staged 38 trade fairs last year': an organizing company referred back to)
    return (subj.lower_ in PLACE_NOUNS or subj.lower_ in ("company", "firm", "group")) and subj.tag_ == "NN" \
        and any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in subj.children)


def plus_noun(doc: Doc, end: int) -> Token | None:
    """The counted noun after a number with a '+' glued to it ('200+ speakers', '1,000+
    exhibitors': at least that many), which the parse often leaves unattached."""
    _tk = doc_tokens(doc)  # the cached tokens: doc[i] builds a new Token on every call
    if end + 1 >= len(doc) or _tk[end].text != "+" or _tk[end - 1].whitespace_ or not _tk[end].whitespace_:
        return None
    noun = _tk[end + 1]
    if noun.pos_ != "NOUN" or noun.tag_ != "NNS" or lemma(noun) in EVENT_HEADS or noun.lower_ in DURATION_NOUNS:
        return None
    return noun


def _hyphen_joined(doc: Doc, head: Token) -> Token | None:
    """'sub-forums', 'e-commerce': the last part of a noun written with a hyphen and no
    spaces, whose first part the parse took for the counted noun."""
    _tk = doc_tokens(doc)  # the cached tokens: doc[i] builds a new Token on every call
    if head.i + 2 < len(doc) and _tk[head.i + 1].text in ("-", "–") and not head.whitespace_ \
            and not _tk[head.i + 1].whitespace_ and _tk[head.i + 2].pos_ == "NOUN":
        return _tk[head.i + 2]
    return None


def _counted_duration(doc: Doc, end: int, head: Token) -> str | None:
    """'hotel room nights', 'bed nights', 'person-days': a duration noun after nouns that
    say what is counted is a count, not a length of time (the label keeps those nouns)."""
    words = [t for t in doc[end:head.i] if t.text not in ("-", "–")]
    # (a cue word the tagger took for an adjective counts too: "52 million skier days")
    if not words or not all(t.pos_ == "NOUN" or t.lower_ in cues("counted-nights") for t in words) or not any(
            t.lower_ in cues("counted-nights") for t in words):
        return None
    return normalize_unit(" ".join(t.lower_ for t in words) + " " + head.lower_)


def _token_after(doc: Doc, char: int) -> int:
    """Index of the first token that starts at or after character ``char``."""
    span = doc.char_span(0, char, alignment_mode="expand") if char > 0 else None
    return span.end if span is not None else 0


def with_rate(doc: Doc, unit: str, end: int) -> tuple[str, int]:
    """'tonnes per year' -> 'ton per year', '7.8 tonnes of freight per inhabitant'."""
    if end >= len(doc):
        return unit, end
    start = doc[end].idx if end < len(doc) else len(doc_text(doc))
    m = RATE.match(doc_text(doc)[start:start + 60])
    if not m:
        return unit, end
    # "annually", "per annum": a year ("per capita" keeps its word)
    per = "year" if m.group(0).strip().lower() == "annually" or (m.group(1) or "").lower() == "annum" \
        else singularize(m.group(1).lower())
    return rate_unit(unit, per), _token_after(doc, start + m.end())


def counted_unit(noun: Token) -> str:
    """'institutions and organisations' -> 'institution and organisation'; 'people' -> 'person'.
    A conjunct with a number of its own is another figure's unit: '95,000 visitors and 1,150
    exhibitors' counts visitors, then exhibitors."""
    words = [noun] + [c for c in noun.conjuncts if c.i > noun.i and c.pos_ == "NOUN"
                      and not _counted_apart(noun, c)][:2]
    labels = []
    for w in words:
        comp = [c for c in w.children if c.dep_ == "compound" and c.pos_ == "NOUN" and c.i == w.i - 1
                and c.lower_ not in SCALES and not c.like_num and not any(ch.isdigit() for ch in c.text)]  # "2.4 lakh visitors", "10k visitors"
        # an acronym keeps its case: 'MoUs' -> 'MoU', 'SMEs' -> 'SME'
        label = singularize(w.text) if any(ch.isupper() for ch in w.text[1:]) else singularize(w.lower_)
        prefix = hyphen_prefix(w)
        if prefix is not None:  # "start-ups", "co-organisers": one word written with a hyphen
            label = f"{prefix.lower_}-{label}"
        elif comp:
            label = comp[0].lower_ + " " + label
        label = normalize_unit(label) if label in ("people", "persons") else label
        if label not in labels:
            labels.append(label)
    return " and ".join(labels)


def _counted_apart(noun: Token, conj: Token) -> bool:
    """Does a number stand between a counted noun and its conjunct, or on the conjunct
    ('95,000 visitors and 1,150 exhibitors', '1,500 exhibitors, 20,000 visitors and 400
    journalists')? Then the conjunct is counted by that number, not by the first. Only for
    two plural nouns or a noun counted at events: a singular first noun is mostly a kind
    word the parse took apart from the plural it shares ('60 world and 45 international
    premieres'), whose joint label keeps the plural."""
    doc = noun.doc
    if not (noun.tag_ == "NNS" and conj.tag_ == "NNS" or singularize(noun.lower_) in EVENT_UNITS
            or singularize(conj.lower_) in EVENT_UNITS):
        return False  # '60 world and 45 international premieres': a kind word the parse split off
    return any(is_number_token(t) for t in doc[noun.i + 1:conj.i]) \
        or any(c.dep_ == "nummod" for c in conj.children) \
        or any(c.dep_ in ("acl", "relcl") and (lemma(c) in REPORTING_VERBS or lemma(c) in ("estimate", "value"))
               and any(is_number_token(t) for t in c.subtree)
               for c in list(conj.children) + [c for c in noun.children if c.i > conj.i]) \
        or _sum_after(doc, conj)
        # ("85,000 visitors and sales estimated at THB 4.5 billion": the conjunct has its own figure)


def _sum_after(doc: Doc, conj: Token) -> bool:
    """Is the conjunct followed by a sum of its own ('210 exhibitors and business deals of
    US$ 28 million', '... and orders worth EUR 3 million'), whatever the parse hangs it on?"""
    k = conj.i + 1
    if k >= len(doc) or doc[k].lower_ not in ("of", "worth"):
        return False
    return any(t.ent_type_ == "MONEY" and (is_number_token(t) or t.text in SYMBOLS) or currency_prefix(t.text)
               for t in doc[k + 1:k + 4])


def ctx_dollar(ctx: Context) -> str:
    """What a bare '$' means in this release: the event country's dollar, else USD."""
    ev = ctx.result.main_event
    for p in ev.places if ev else ():
        if p.kind == "country":
            place = lookup_place(p.name)
            if place is not None and place.country_code in LOCAL_DOLLAR:
                return LOCAL_DOLLAR[place.country_code]
    return "USD"


def _event_country_code(ctx: Context) -> str | None:
    """ISO 3166 code of the main event's country, when its places name one."""
    ev = ctx.result.main_event
    for p in ev.places if ev else ():
        if p.kind == "country":
            place = lookup_place(p.name)
            if place is not None and place.country_code:
                return place.country_code
    return None


@lru_cache(maxsize=1)
def _country_currencies() -> dict[str, tuple[re.Pattern, re.Pattern | None, dict[str, str]]]:
    out = {}
    for code, spec in rule("local-currency")["cues"]["country_currencies"].items():
        words = "|".join(re.escape(w) for w in sorted(spec["words"], key=len, reverse=True))
        pattern = rf"(?<![\w$])(?:{words})(?![\w$])" if spec["words"] else r"(?!)"
        if spec.get("symbols"):  # "¥7,500": a symbol glued to the number
            pattern += "|" + "|".join(re.escape(w) for w in spec["symbols"])
        written = re.compile(pattern, re.I if spec.get("any_case") else 0)
        other = re.compile(spec["unless"]) if spec.get("unless") else None
        out[code] = (written, other, spec["countries"])
    return out


def local_currencies(ctx: Context, figures: list[Figure]) -> None:
    """'Rs 2.5 billion' at a Pakistani fair is PKR, '200 million dirhams' at a Moroccan one
    MAD: a currency word shared by several countries is the one of the event's country
    (rule 'local-currency', cue 'country_currencies'); a written ISO code stays."""
    table = _country_currencies()
    if not any(f.currency and f.unit in table for f in figures):
        return
    country_code = _event_country_code(ctx)
    if country_code is None:
        return
    doc = ctx.doc
    for f in figures:
        spec = table.get(f.unit) if f.currency else None
        if spec is None or country_code not in spec[2]:
            continue
        written = doc[max(0, f.start - 1):f.end].text
        if spec[0].search(written) and not (spec[1] is not None and spec[1].search(written)):
            f.unit = spec[2][country_code]


_NUMBER_WORDS = (
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred "
    "dozen half third thirds quarter quarters fifth fifths tenth tenths thousand million billion trillion lakh "
    "crore").split()
#: digits or a number word. (The words merged by their first letters, behind a look-ahead for
#: one of those letters: SRE tries every alternative at every position of the text otherwise,
#: ~0.2 ms a release. The same matches: the words are all lower-case ASCII, and under re.I a
#: letter class matches what the letter does.)
MAYBE_FIGURE = patterns.compile(
    r"\d+|\b(?=[" + "".join(sorted({w[0] for w in _NUMBER_WORDS})) + r"])(?:"
    + factored_alternation(_NUMBER_WORDS) + r")\b",
    re.I,
)


def _part_of_a_year(doc: Doc, last: Token, head: Token) -> bool:
    """'the first three quarters', 'the past two quarters', 'the last two fortnights' (rule
    period-part-count): a number of parts of a year after a word that places them in time is
    a period, not a count; 'three quarters of the exhibitors' (a share) is not one."""
    spec = rule("period-part-count")["cues"]
    start = last.i
    while start > 0 and doc[start - 1].like_num and doc[start - 1].lower_ not in spec["placing_words"]:
        start -= 1
    return head.lower_ in spec["nouns"] and start > 0 and doc[start - 1].lower_ in spec["placing_words"]
