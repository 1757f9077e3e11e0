"""Events: names, kind, dates, place, venue, theme, edition, and sub-events.

An event is found by the shape of its name, not by a list of events: a run of
capitalized tokens ending in an event head noun ("... Battery Conference", "... Book Fair",
"... Expo 2020"), a proper name followed by a year ("Bauma 2019"), or a proper name before a
generic head ("the 48th Arab Health event"). Mentions of the same name (with or without
year) are one event; the main event is the one the headline and the opening sentences
talk about. Dates, places and editions are read from the sentences that mention it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.attrs import DEP, LOWER
from spacy.strings import get_string_id
from spacy.symbols import nsubj, nsubjpass
from spacy.tokens import Doc, Span, Token

from kg.extract.common import (
    sent_of,
    clean_name,
    doc_indices,
    doc_matrix,
    doc_sents,
    doc_text,
    doc_tokens,
    find_whole,
    indices_between,
    finditer_words,
    is_titlecase,
    lemma,
    may_hold,
    ordinal_value,
    small_cardinal,
    source_span,
    span_text,
    token_range,
    tokens_matching,
    word_pattern,
)
from kg.extract.context import Context, EventMention
from kg.extract.event_brands import (
    acronym_mentions,
    acronym_year_mentions,
    brand_mentions,
    dated_brand_mentions,
    event_acronyms,
    named_brand_mentions,
    hyphen_year_mentions,
    initials_of,
)
from kg.extract.event_dates import MONTH, event_dates, unresolved_dates, year_reference
from kg.extract.event_places import VENUE_NOUN_DROP, VENUE_NOUNS, event_places
from kg.extract.event_themes import event_theme
from kg.extract.lexicon import (
    EVENT_ANAPHORS,
    HAPPENING_VERBS,
    EVENT_HEADS,
    GENERIC_HEADS,
    ORG_WORDS,
    VENUE_WORDS,
)
from kg.extract.records import EventRecord
from kg.extract.rules import load_rules
from kg.normalize.dates import MONTHS, WEEKDAYS
from kg.normalize.places import lookup_place
from kg.pipeline import patterns

__all__ = ["extract_events", "unresolved_dates"]

_YEAR = patterns.compile(r"^(19|20)\d{2}$")
_YEAR_IN_TEXT = patterns.compile(r"(?<![\w.,-])(?:19|20)\d{2}(?![\w.,-]\d)")
_NAME_INNER = frozenset({"of", "and", "&", "for", "on", "the", "from", "to", "in", "de", "du", "des"})
_RULES = {r["name"]: r for r in load_rules("events")["rules"]}
#: head nouns of event names (lexicon.EVENT_HEADS and the extra ones of rules/events.json), and "day"
_HEADS: dict[str, str] = {**EVENT_HEADS, **_RULES["extra-heads"]["heads"], "day": "event"}
_DAY_VERBS = frozenset(_RULES["day-events"]["verbs"])
#: "the Red Cup stand": these heads before a lower-case noun modify it
_NOT_BEFORE_NOUN = frozenset(_RULES["extra-heads"]["not_before_noun"])
#: "its KPX 2025 plan", "the Harbour 2030 strategy": a name with a year before one of these is a plan's
_PLAN_NOUNS = frozenset(_RULES["acronym-with-year"]["plan_nouns"])
_BRAND_SUFFIXES = frozenset(_RULES["brand-suffix"]["cues"])
#: "Chairperson of Symposium Dr. X": a title word before "of" names a person (person-title-of-event)
_PERSON_TITLES = frozenset(_RULES["person-title-of-event"]["cues"])
#: "Partners of X Festival are ...": nor does it reach over 'of' to a noun of its participants
_ROLE_NOUNS = frozenset(_RULES["person-title-of-event"]["role_nouns"])
_HEAD_RE = word_pattern(_HEADS)
#: "the Lantern Night Market": a market named by the kind of market held (rule market-event)
_MARKET_KINDS = frozenset(_RULES["market-event"]["kinds"])
_PRE_HEAD_RE = patterns.compile(r"(?<![\w-])(?:pre|post)-(" + "|".join(sorted(map(re.escape, _HEADS), key=len, reverse=True))
                          + r")(?![\w-])")
_ANAPHOR_RE = word_pattern(EVENT_ANAPHORS)
_PLURAL_NAME_HEADS = frozenset({"games", "awards", "championships", "olympics", "expos", "days"})
_NOT_NAME_START = frozenset({"ADP", "ADV", "AUX", "CCONJ", "SCONJ", "PRON", "PART", "VERB", "INTJ"})
_QUOTE_TOKENS = frozenset({"“", "”", '"', "‘", "’", "'", "(", ")"})
_QUOTES_BUT_OPEN = _QUOTE_TOKENS - {"("}
#: words of a programme part's name ('Opening Ceremony', 'Business Forum', 'Awards Night'): a
#: name of these only is no event (rule generic-programme-part; the words are sessions.json's
#: titled-programme-part cues)
_GENERIC_PART_WORDS = frozenset(w.lower() for w in next(
    r for r in load_rules("sessions")["rules"] if r["name"] == "titled-programme-part")["cues"])
_GENERIC_JOINERS = frozenset({"of", "and", "&", "the", "for", "on"})
_CONSECUTIVE = patterns.compile(
    r"\b(?:[Ff]or|[Ii]n)\s+(?:the\s+)?(\w+)\s+(?:consecutive\s+|successive\s+|straight\s+)?(sessions|editions|years|times)\b"
    r"|\b[Ff]or\s+the\s+(\w+)\s+(?:consecutive\s+|successive\s+|straight\s+)?(?:time|year)\b"
)


@dataclass
class _Candidate:
    core: str
    names: list[str] = field(default_factory=list)
    spans: list[tuple[int, int]] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)
    editions: list[int] = field(default_factory=list)
    strong: int = 0  # mentions with an event head noun
    aliases: set[str] = field(default_factory=set)  # cores of its acronyms, for the headline

    @property
    def first(self) -> int:
        return min(s for s, _ in self.spans)


_ROMAN = patterns.compile(r"^(?=[IVXL]{2,})(L?X{0,3})(IX|IV|V?I{0,3})$")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50}


def _ordinal(text: str) -> int | None:
    """An edition ordinal: '19th', 'third', or a Roman numeral ('XVIII' -> 18, 2 to 60)."""
    found = ordinal_value(text)
    if found is not None or not _ROMAN.match(text):
        return found
    total = 0
    for a, b in zip(text, text[1:] + " "):
        v = _ROMAN_VALUES[a]
        total += -v if b != " " and _ROMAN_VALUES[b] > v else v
    return total if 2 <= total <= 60 else None


@lru_cache(maxsize=256)
def generic_part_name(name: str) -> bool:
    """'Opening Ceremony', 'Business Forum', 'B2B Matchmaking Session': a name made only of
    generic programme words names a programme part, no event (rule generic-programme-part);
    'Global Business Forum 2025', 'ASEAN Business Forum' have a word of their own."""
    words = [w for w in re.split(r"[\s\u2013]+", name.lower().strip(" \"'“”‘’()")) if w and w not in _GENERIC_JOINERS]
    return len(words) >= 2 and all(w in _GENERIC_PART_WORDS or w.rstrip("s") in _GENERIC_PART_WORDS
                                   or w.endswith("ies") and w[:-3] + "y" in _GENERIC_PART_WORDS for w in words)


@lru_cache(maxsize=256)
def _core(name: str) -> str:
    """A name without years and ordinals, for grouping mentions: '2024 X Conference' ~ 'X Conference'.
    (Memoized for the names of a release: each is keyed several times.)"""
    name = re.sub(r"\s?['’]\d\d\b", "", name)  # "XYZ'26", "XYZ '26"
    # "X-2025", and "WAS2025": a year written on to capitals
    words = [w.lower() for w in re.split(r"\s+|-(?=(?:19|20)\d\d\b)|(?<=[A-Z])(?=(?:19|20)\d\d\b)", name)
             if not _YEAR.match(w) and _ordinal(w) is None]
    return re.sub(r"[^\w&]+", " ", " ".join(words)).strip()


def _held_day(tok: Token) -> bool:
    """'hosted its first Career Day', 'will hold an Investor Day': a day held at the event."""
    return tok.dep_ in ("dobj", "nsubjpass") and lemma(tok.head) in _DAY_VERBS and tok.text[0].isupper()


#: words that keep a DATE entity a date inside a capitalized run ('the April Fair' is no name
#: word 'April'); any other word the recognizer took into a date is a name word ('Nordic Timber
#: Days': "Timber Days" read as a date)
_DATE_NAME_WORDS = frozenset({*MONTHS, *WEEKDAYS, *_RULES["date-inside-a-name"]["cues"]})


def _date_word(tok: Token) -> bool:
    """Is a token of a DATE entity a word of the date, not a word of an event's name?"""
    return tok.ent_type_ == "DATE" and (tok.like_num or tok.lower_.rstrip(".") in _DATE_NAME_WORDS
                                         or _ordinal(tok.text) is not None)


def _expand_name(doc: Doc, head: Token, as_head: bool = True) -> tuple[int, int] | None:
    """Token range of a proper event name ending at (or around) ``head``; with ``as_head``
    false, of the proper name right before ``head`` (which is not part of it)."""
    toks = doc_tokens(doc)
    sent = sent_of(head)
    sent_start, sent_end = sent.start, sent.end
    if not as_head:
        end, i = head.i, head.i - 1
        while i >= sent_start and is_titlecase(toks[i]) and toks[i].pos_ in ("PROPN", "NOUN") \
                and toks[i].ent_type_ not in ("DATE", "PERSON"):
            i -= 1
        ok = end > i + 1 and (any(toks[k].pos_ == "PROPN" for k in range(i + 1, end)) or i + 1 > sent_start)
        return (i + 1, end) if ok else None
    start = head.i
    i = head.i - 1
    while i >= sent_start:
        t = toks[i]
        if t.text in _QUOTE_TOKENS or t.text in {"-", "–"}:
            i -= 1
            continue
        if i == sent_start and t.pos_ in _NOT_NAME_START:
            break  # "About Chicago Auto Show": a capital that only starts the sentence
        if "--" in t.text:
            break  # "Germany--(BUSINESS WIRE)--The X Summit": a dateline glued to the name by dashes
        if is_titlecase(t) and t.pos_ != "DET" and _ordinal(t.text) is None and not _date_word(t):
            start = i
            i -= 1
            continue
        if _YEAR.match(t.text):
            start = i
            i -= 1
            continue
        if t.is_lower and t.is_alpha and i - 2 >= sent_start and toks[i - 1].text in {"-", "–"} \
                and not toks[i - 1].whitespace_ and not toks[i - 2].whitespace_ and is_titlecase(toks[i - 2]) \
                and start == i + 1 and is_titlecase(toks[i + 1]):  # (not "the X University-hosted forum")
            start = i  # "Agricultural Hi-tech Fair": a lower-case word glued to a capitalised one
            i -= 1
            continue
        if t.lower_ in _JOINERS and i - 1 >= sent_start and is_titlecase(toks[i - 1]) \
                and toks[i - 1].pos_ != "DET" and start == i + 1 \
                and not (t.lower_ == "of" and (toks[i - 1].lower_ in _PERSON_TITLES or toks[i - 1].lower_ in _ROLE_NOUNS)) \
                and (t.lower_ not in _PLACE_JOINERS or _joins_over_in(doc, i)):  # 'Chairperson of Symposium'
            start = i
            i -= 1
            continue
        break
    # a ")" or tight hyphen with nothing to match on its left ends the name there
    depth = 0
    for k in range(head.i - 1, start - 1, -1):
        t = toks[k]
        if t.text == ")":
            depth += 1
        elif t.text == "(":
            depth -= 1
        if depth < 0 or (t.text in {"-", "–"} and (t.whitespace_ or toks[k - 1].whitespace_)):
            start = k + 1
            break
    if depth > 0:
        opened = [k for k in range(start, head.i) if toks[k].text == ")"]
        start = opened[-1] + 1 if opened else start
    # trim leading quotes/brackets/connectives
    while start < head.i and (toks[start].text in _QUOTES_BUT_OPEN or toks[start].lower_ in _NAME_INNER):
        start += 1
    end = head.i + 1
    # "Expo 2020"
    if end < len(doc) and _YEAR.match(toks[end].text):
        end += 1
    # "Conference of the Enterprises from the Greater Bay Area ..." (only through "of")
    if end < len(doc) and toks[end].lower_ == "of" and head.text[0].isupper():
        j, last_title = end, None
        while j < min(len(doc), sent_end) and (toks[j].lower_ in _NAME_INNER or is_titlecase(toks[j])):
            if is_titlecase(toks[j]) and toks[j].ent_type_ != "DATE":
                last_title = j
            elif toks[j].pos_ == "DET" and j + 1 < len(doc) and not is_titlecase(toks[j + 1]):
                break
            j += 1
        if last_title is not None and last_title > end:
            end = last_title + 1
    elif end < len(doc) and toks[end].lower_ in _AFTER_HEAD_JOINERS and head.text[0].isupper() \
            and toks[end - 1].i == head.i:
        end = _name_after_head(doc, head, end)
    if not any(is_titlecase(toks[k]) and k != head.i for k in range(start, end)) and not head.text[0].isupper():
        return None
    if end - start == 1 and not any(_YEAR.match(toks[k].text) for k in range(start, end)):
        return None  # a bare "Conference" is no name
    return start, end


#: connectives inside a proper name ("Women in Business Forum", "Forum for Trade and Investment")
_JOINERS = frozenset(_RULES["name-inner-connectives"]["cues"])
#: ... of which these do not join when a place follows: "Forum in Paris" is the forum's place
_PLACE_JOINERS = frozenset(_RULES["name-inner-connectives"]["not_before_place"])
#: ... and these go on a name after its head ("Conference on Water and Climate")
_AFTER_HEAD_JOINERS = frozenset(_RULES["name-inner-connectives"]["after_head"])


def _proper_word(tok: Token) -> bool:
    """A title-case word that can go on inside a name: no date, person, number or determiner."""
    return is_titlecase(tok) and tok.pos_ in ("PROPN", "NOUN", "ADJ") and tok.ent_type_ not in ("DATE", "TIME", "PERSON") \
        and not tok.like_num and tok.lower_ not in _PERSON_TITLES


def _is_place_word(doc: Doc, i: int) -> bool:
    """'Paris' in 'Forum in Paris': a place the recognizer or the gazetteer knows."""
    toks = doc_tokens(doc)
    tok = toks[i]
    if tok.ent_type_ in ("GPE", "LOC", "FAC"):
        return True
    j = i
    while j + 1 < len(doc) and is_titlecase(toks[j + 1]) and toks[j + 1].pos_ == "PROPN" and j - i < 3:
        j += 1
    return any(lookup_place(doc[i:k + 1].text) is not None for k in range(i, j + 1))


def _joins_over_in(doc: Doc, i: int) -> bool:
    """'Harbour Women in Business Forum', 'the Study in Australia Expo': 'in' between proper
    words of one name; before a place, not after a place, person or event word ('Germany in
    Dubai Expo pavilion', 'the Global Forum in Paris Tech Week')."""
    toks = doc_tokens(doc)
    left = toks[i - 1]
    if i + 1 >= len(doc) or not _proper_word(toks[i + 1]) or left.pos_ != "PROPN":
        return False
    return not _is_place_word(doc, i + 1) or (left.ent_type_ not in ("GPE", "LOC", "PERSON", "NORP")
                                              and left.lower_ not in _HEADS and lookup_place(left.text) is None)


def _name_after_head(doc: Doc, head: Token, end: int) -> int:
    """'the Delta Conference on Water and Climate', 'the Coast Forum for Trade & Investment':
    a head followed by 'on'/'for' and a run of title-case words (joined by 'and', '&', 'of')
    is one name; not before a place after 'in' or a date ('Forum on Monday')."""
    toks = doc_tokens(doc)
    j = end + 1
    last = None
    while j < min(len(doc), sent_of(head).end):
        t = toks[j]
        if _proper_word(t) and t.lower_ not in _HEADS and t.lower_ not in VENUE_WORDS:
            last = j
            j += 1
            continue
        if t.lower_ in ("and", "&", "of") and last == j - 1:
            j += 1
            continue
        break
    if last is None:
        return end
    if j < len(doc) and (toks[j].text[:1].isupper() and toks[j].pos_ in ("PROPN", "NOUN")):
        return end  # the run goes on into something the rule does not read ("... on Water Week ...")
    return last + 1


def _name_head_tagged_verb(doc: Doc, tok: Token) -> bool:
    """'The Harbour Boat Show 2025 kicks off': the small model tags a capitalized 'Show'
    inside a name as a verb; a capitalized head right after a proper noun is a name's head."""
    toks = doc_tokens(doc)
    return tok.pos_ == "VERB" and tok.text[0].isupper() and tok.i > sent_of(tok).start \
        and toks[tok.i - 1].pos_ == "PROPN" and is_titlecase(toks[tok.i - 1])


def _expo_as_venue(tok: Token) -> bool:
    """'The fair takes place at the Jakarta International Expo': an 'Expo' that is the place
    another event (the subject of the verb) is held at names a venue."""
    if tok.lower_ != "expo" or tok.dep_ != "pobj" or tok.head.lower_ not in ("at", "inside"):
        return False
    verb = tok.head.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and subj.lower_ in EVENT_ANAPHORS and subj.lower_ != "expo"


_LOWER_VENUE_NOUNS = VENUE_NOUNS - VENUE_NOUN_DROP
_LOWER_VENUE_FIRST = frozenset(n.split()[0] for n in _LOWER_VENUE_NOUNS)


def _lower_venue_noun_after(doc: Doc, tok: Token) -> bool:
    """'the Crocus Expo exhibition centre': lower-case words of a venue noun right after the
    head make the name a venue's (rule venue-common-noun)."""
    toks = doc_tokens(doc)
    j = tok.i + 1
    if j >= len(doc) or toks[j].lower_ not in _LOWER_VENUE_FIRST or not toks[j].is_lower:
        return False
    for n in (4, 3, 2, 1):
        words = [t.text for t in toks[j:j + n]]
        if len(words) == n and all(w.islower() for w in words) and " ".join(words) in _LOWER_VENUE_NOUNS:
            return True
    return False


def _venue_name_continues(doc: Doc, tok: Token) -> bool:
    """'X Conference and Exhibition Center', 'X Convention & Expo Centre': the head is part
    of a venue's name that goes on through 'and'/'&' and more event words; or of a body's
    ('the International Congress and Convention Association')."""
    toks = doc_tokens(doc)
    j = tok.i + 1
    if j >= len(doc) or toks[j].lower_ not in ("and", "&"):
        return False
    j += 1
    while j < len(doc) and toks[j].lower_ in _HEADS and is_titlecase(toks[j]):
        j += 1
    return j < len(doc) and j > tok.i + 2 and (toks[j].lower_ in VENUE_WORDS or toks[j].lower_ in ORG_WORDS) \
        and is_titlecase(toks[j])


def _head_mentions(doc: Doc) -> list[tuple[int, int, str, bool]]:
    """(start, end, kind, strong) for names built on an event head noun."""
    out = []
    covered = -1
    toks = doc_tokens(doc)
    for tok in tokens_matching(doc, _HEAD_RE):
        low = tok.lower_
        if low not in _HEADS or tok.i <= covered:
            continue
        if tok.pos_ not in ("NOUN", "PROPN") and not _name_head_tagged_verb(doc, tok):
            continue
        if low in _NOT_BEFORE_NOUN and tok.i + 1 < len(doc) and toks[tok.i + 1].pos_ == "NOUN" \
                and toks[tok.i + 1].text.islower():
            continue  # "the Red Cup stand": a stand
        if low == "day" and not _held_day(tok):
            continue  # "ended on Presidents Day": a holiday, not an event held at the show
        if low.endswith("s") and low not in _PLURAL_NAME_HEADS and low != _HEADS[low]:
            continue  # "Meridian Exhibitions" is a company; event names end in a singular head
        if tok.i + 1 < len(doc) and (toks[tok.i + 1].lower_ in VENUE_WORDS
                                     or toks[tok.i + 1].lower_ in ORG_WORDS and is_titlecase(toks[tok.i + 1])):
            continue  # "Baku Expo Center" is a venue, "Sahyadri Expo Services" a company
        if _venue_name_continues(doc, tok):
            continue  # "Meijiang Conference and Exhibition Center"
        if _lower_venue_noun_after(doc, tok):
            continue  # "the Crocus Expo exhibition centre": a venue named with an event word
        if _expo_as_venue(tok):
            continue  # "the fair opened at the Jakarta International Expo": where, not what
        # the head must be the last event word of its run ("... Events Festival": Festival)
        if tok.i + 1 < len(doc) and toks[tok.i + 1].lower_ in _HEADS and is_titlecase(toks[tok.i + 1]):
            continue
        span = _expand_name(doc, tok)
        if span is None:
            continue
        start, end = span
        if not tok.text[0].isupper() and low in GENERIC_HEADS:
            end = tok.i  # "the Arab Health event" -> "Arab Health"
            words = doc[start:end]
            if end - start < 1 or (len(words.text) <= 4 and words.text.isupper()) \
                    or not any(t.pos_ == "PROPN" for t in words):
                continue
        covered = end - 1
        kind = _HEADS[low]
        if out and start < out[-1][1]:  # "X Conference and Signing Ceremony of ...": one name
            prev = out.pop()
            start, kind = min(start, prev[0]), prev[2] if prev[2] != "event" else kind
            end = max(end, prev[1])
        out.append((start, end, kind, kind != "event" or low == "day"))
    text = doc_text(doc)  # (the pattern is case-sensitive: no 'pre-' or 'post-', no match)
    pre_or_post = "pre-" in text or "post-" in text
    for m in finditer_words(doc, _PRE_HEAD_RE) if pre_or_post else ():  # "The Markets pre-conference": the name before "pre-"
        at = token_range(doc, m.start(), m.end())
        # inside a name found above? (not merely before the last one: names later in the text)
        if not at or any(s <= at[0] < e for s, e, *_ in out):
            continue
        span = _expand_name(doc, toks[at[0]], as_head=False)
        if span is not None:
            out.append((span[0], span[1], _HEADS[m.group(1).lower()], True))
    return sorted(out)


_SEASON_OR_DAY = r"(?:spring|summer|autumn|fall|winter|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b"


def _market_mentions(doc: Doc, taken: set[int]) -> list[tuple[int, int, str, bool]]:
    """'the Lantern Night Market opened on ...': a capitalised 'Market' after a kind of market
    held ('Night', 'Christmas', "Farmers'"), in a sentence with a date or a verb of happening;
    not the last word of a longer name ('Night Market Hall')."""
    out = []
    toks = doc_tokens(doc)
    if "Market" not in doc_text(doc):
        return out
    for tok in toks:
        if tok.text != "Market" or tok.i in taken or tok.pos_ not in ("PROPN", "NOUN"):
            continue
        k = tok.i - 1
        if k >= 0 and toks[k].text in ("'", "’"):
            k -= 1  # "Farmers' Market"
        if k < 0 or toks[k].lower_ not in _MARKET_KINDS or not is_titlecase(toks[k]):
            continue
        if tok.i + 1 < len(doc) and is_titlecase(toks[tok.i + 1]) and toks[tok.i + 1].pos_ in ("PROPN", "NOUN"):
            continue  # "Night Market Hall": a longer name
        sent = sent_of(tok)
        if not any(t.ent_type_ == "DATE" or t.pos_ == "VERB" and lemma(t) in HAPPENING_VERBS for t in sent):
            continue
        span = _expand_name(doc, tok)
        if span is not None and not any(i in taken for i in range(*span)):
            out.append((span[0], span[1], "fair", True))
    return out


_CAMEL_CASE = patterns.compile(r"[A-Z][a-z]+[A-Z][A-Za-z]*")


def _year_mentions(doc: Doc) -> list[tuple[int, int, str, bool]]:
    """Proper names followed by a year: 'Bauma 2019', 'Arab Health 2023'."""
    toks = doc_tokens(doc)
    out = []
    for m in _YEAR_IN_TEXT.finditer(doc_text(doc)):
        span = doc.char_span(m.start(), m.end())
        if span is None or span.start == 0:
            continue
        tok = span[0]
        prev = toks[tok.i - 1]
        brand = prev.pos_ == "PROPN" and (is_titlecase(prev) or prev.is_lower and prev.is_alpha and len(prev.text) > 3
                                          and not prev.is_stop)  # "Bauma 2019", "gamescom 2015"
        # "AirMeet 2026", "ProWein 2025": a word with a capital inside is a name whatever its tag
        brand = brand or prev.pos_ in ("NOUN", "PROPN", "ADJ") and _CAMEL_CASE.fullmatch(prev.text) is not None
        # "MEDTEC Asia 2025": the recognizer reads 'Asia 2025' as a date; a word that is no
        # month, season or weekday before the year is still the brand's
        misread = prev.ent_type_ == "DATE" and tok.ent_type_ == "DATE" and prev.ent_iob_ == "B" \
            and not re.match(MONTH + r"(?!\w)|" + _SEASON_OR_DAY, prev.text, re.I) and prev.i > sent_of(tok).start \
            and toks[prev.i - 1].pos_ == "PROPN" and toks[prev.i - 1].ent_type_ != "DATE"
        # "Kolmar Messe 2025": a brand suffix after a proper noun is no person's name
        suffixed = prev.ent_type_ == "PERSON" and prev.lower_ in _BRAND_SUFFIXES and prev.i > sent_of(tok).start \
            and toks[prev.i - 1].pos_ == "PROPN"
        if not brand or prev.ent_type_ in ("GPE", "PERSON", "DATE", "NORP", "LOC") and not misread and not suffixed:
            continue
        if prev.lower_ in _HEADS:
            continue
        start = prev.i
        # "Nordic Robotics 2025": a capitalized adjective opens the name too
        while start - 1 >= sent_of(tok).start and (toks[start - 1].pos_ == "PROPN" or toks[start - 1].pos_ == "ADJ"
                                               and toks[start - 1].dep_ == "amod") and is_titlecase(toks[start - 1]) \
                and toks[start - 1].ent_type_ not in ("DATE",):
            start -= 1
        out.append((start, tok.i + 1, "event", False))
    return out


_EDITION_OF = patterns.compile(r"\b(?:edition|editions|instalment|installment)\s+of\s+(?:the\s+)?(?=[A-Z])")


def _edition_of_mentions(doc: Doc, taken: set[int]) -> list[tuple[int, int, str, bool]]:
    """'the 2025 edition of Hortexa', 'the fifth edition of Gitex Africa': a proper name
    after 'edition of' is an event even without an event word (a run of proper nouns that is
    no person, place or organization-word name)."""
    out = []
    toks = doc_tokens(doc)
    text = doc_text(doc)
    if "edition" not in text and "instal" not in text:
        return out  # (the pattern is case-sensitive: it writes one of these)
    for m in _EDITION_OF.finditer(text):
        at = token_range(doc, m.end(), m.end() + 1)
        if not at or at[0] in taken:
            continue
        i = j = at[0]
        while j < len(toks) and j not in taken and toks[j].pos_ == "PROPN" and is_titlecase(toks[j]) \
                and sent_of(toks[j]).start == sent_of(toks[i]).start and j - i < 5:
            j += 1
        if j == i or any(t.ent_type_ in ("PERSON", "DATE", "NORP") for t in toks[i:j]) \
                or lookup_place(doc[i:j].text) is not None:
            continue  # (the small model calls many brands GPE: the gazetteer decides)
        last = toks[j - 1].lower_
        if last in ORG_WORDS or last in VENUE_WORDS or (j < len(toks) and toks[j].lower_ in _HEADS):
            continue
        out.append((i, j, "event", True))
    return out


def _year_first_mentions(doc: Doc) -> list[tuple[int, int, str, bool]]:
    """A year before a run of capitalized words ending in a plural head: '2024 Mallee
    Horizons Field Days' (weak: only used when nothing else names an event)."""
    toks = doc_tokens(doc)
    out = []
    for m in _YEAR_IN_TEXT.finditer(doc_text(doc)):
        span = doc.char_span(m.start(), m.end())
        if span is None or span.end >= len(doc):
            continue
        j = span.end
        while j < sent_of(span).end and toks[j].pos_ == "PROPN" and is_titlecase(toks[j]) and not toks[j].ent_type_ in ("GPE", "DATE"):
            j += 1
        if j - span.end >= 2:
            out.append((span.start, j, "event", False))
    return out


@lru_cache(maxsize=16)
def _title_words(title: str) -> tuple[str, frozenset[str]]:
    """The headline lower-cased with its words between spaces, and its words (one headline
    is asked about every name of its release)."""
    t = " " + re.sub(r"[^\w&]+", " ", title.lower()) + " "
    return t, frozenset(t.split())


def _title_core_bonus(core: str, title: str) -> int:
    """6 when the headline names the event as written; 3 when it names it shortened ('North
    Rift show' for 'North Rift Dairy and Livestock Show': two words or more, half of them)."""
    t, title_words = _title_words(title)
    if core and f" {core} " in t:
        return 6
    words = {w for w in core.split() if w not in _NAME_INNER}
    shared = words & title_words
    return 3 if len(shared) >= 2 and 2 * len(shared) >= len(words) else 0


def _group(doc: Doc, raw: list[tuple[int, int, str, bool]]) -> dict[str, _Candidate]:
    toks = doc_tokens(doc)
    cands: dict[str, _Candidate] = {}
    for start, end, kind, strong in sorted(raw):
        span = doc[start:end]
        name = clean_name(span_text(span))  # (Span.text joins its tokens again)
        core = _core(name)
        if not core or len(core) < 3:
            continue
        # a later mention that is a sub-string of a known core joins it ("Expo" inside "World Intelligence Expo")
        key = next((c for c in cands if c == core), None)
        if key is None:  # ... and "World Congress" is "World Congress of Accountants" shortened
            key = next((c for c in cands if core.endswith(c) or c.endswith(core)
                        or c.startswith(core + " of ") or core.startswith(c + " of ")), core)
        cand = cands.setdefault(key, _Candidate(core=key))
        cand.names.append(name)
        cand.spans.append((start, end))
        cand.kinds.append(kind)
        cand.strong += strong
        ed = None
        j = start - 1
        while j >= max(sent_of(span).start, start - 3):
            ed = _ordinal(toks[j].text)
            if ed:
                break
            j -= 1
        ed = ed or _edition_after(doc, end)
        if ed:
            cand.editions.append(ed)
    return cands


_EDITION_WORDS = frozenset({"edition", "session", "instalment", "installment", "iteration", "outing"})


def _edition_after(doc: Doc, end: int) -> int | None:
    """'Gitex Global's 45th edition', 'Korvo, in its 12th edition,': the ordinal of an
    edition written right after the name."""
    toks = doc_tokens(doc)
    k = end
    if k < len(doc) and toks[k].text in ("'s", "’s"):
        k += 1
    elif k + 2 < len(doc) and toks[k].text == "," and toks[k + 1].lower_ == "in" and toks[k + 2].lower_ == "its":
        k += 3
    if k + 1 < len(doc) and toks[k + 1].lower_ in _EDITION_WORDS:
        return _ordinal(toks[k].text)
    if k == end and k < len(doc) and _ROMAN.match(toks[k].text):
        return _ordinal(toks[k].text)  # "the Highland Timber Show XII opened": a Roman numeral after the name
    return None


def _best_name(cand: _Candidate, year: int | None = None) -> str:
    """The name as the release writes it in full: with the year if it gives one (the
    publication year's edition first), else the one that holds the others ('World Congress
    of Accountants' over 'World Congress'), else the most frequent; as the body writes it
    rather than in a headline's capitals."""
    with_year = [n for n in cand.names if re.search(r"(?<![\w])(19|20)\d{2}\b", n)]
    this_year = [n for n in with_year if year and str(year) in n]
    pool = this_year or with_year or cand.names
    low = {" ".join(re.findall(r"[\w&]+", n.lower())) for n in cand.names}

    def contains(n: str) -> int:
        padded = " " + " ".join(re.findall(r"[\w&]+", n.lower())) + " "
        return sum(f" {o} " in padded for o in low)

    # (a headline in capitals gives way to the body's casing of the same words)
    return _unpaired_quotes_out(max(pool, key=lambda n: (contains(n), pool.count(n), len(n), not n.isupper())))


def _unpaired_quotes_out(name: str) -> str:
    """'Green Future” Forum 2026' (the opening quote fell outside the name) -> 'Green Future
    Forum 2026': a double quote without its pair is dropped."""
    if name.count("”") != name.count("“"):
        name = name.replace("”", "").replace("“", "")
    if name.count('"') % 2:
        name = name.replace('"', "")
    return " ".join(name.split())


def _head_first_pattern() -> tuple[re.Pattern, dict[str, str]]:
    """The 'Salone del Mobile' form of rule head-first-names: a capitalized head, then title
    case words and connectors with at least one Romance 'of', then perhaps a year."""
    rule = _RULES["head-first-names"]
    heads = {h.lower(): k for h, k in rule["heads"].items()}
    alt = lambda words: "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))  # noqa: E731
    word = r"[A-ZÀ-Þ][\w'’.-]*"
    glue = rf"(?:{alt(rule['links'])}|{alt(rule['connectors'])})"
    rx = patterns.compile(
        rf"(?<![\w-])(?P<head>{alt(h.capitalize() for h in heads)})"
        rf"(?P<rest>(?:\s+{word})*(?:\s+(?:{alt(rule['links'])})\s*(?:{glue}\s+)*{word}(?:\s+{word})*)+)"
        rf"(?:\s+(?P<year>(?:19|20)\d\d))?(?![\w-])")
    return rx, heads


_HEAD_FIRST, _HEAD_FIRST_KINDS = _head_first_pattern()


def _head_first_mentions(doc: Doc, taken: set[int]) -> list[tuple[int, int, str, bool]]:
    """'the Salone del Mobile', 'the Feria Internacional del Libro de Quito 2026': event names
    in the Romance order, head first (rule head-first-names)."""
    text = doc_text(doc)
    if not any(h in text for h in _HEAD_FIRST_KINDS_TITLE):
        return []
    out = []
    for m in _HEAD_FIRST.finditer(text):
        at = token_range(doc, m.start(), m.end())
        if not at or any(i in taken for i in at):
            continue
        out.append((at.start, at.stop, _HEAD_FIRST_KINDS[m.group("head").lower()], True))
    return out


_HEAD_FIRST_KINDS_TITLE = tuple({h.capitalize() for h in _HEAD_FIRST_KINDS})


def _place_description(doc: Doc, span: tuple[int, int]) -> bool:
    """'Bangalore summit', 'the Lima congress', a headline's 'Art biennial opens': a
    lower-case event word after a place name or a sentence's first word, which describe an
    event rather than name it (rule place-and-event-word)."""
    toks = doc_tokens(doc)
    start, end = span
    head = toks[end - 1]
    if end - start < 2 or not head.is_lower or head.lower_ not in _HEADS:
        return False
    words = [t for t in toks[start:end - 1] if t.is_alpha]
    if len(words) == 1 and words[0].is_sent_start and words[0].ent_type_ in ("", "NORP"):
        return True  # only capitalized because it opens the sentence
    return bool(words) and lookup_place(" ".join(t.text for t in words)) is not None \
        and all(t.ent_type_ in ("GPE", "LOC", "NORP", "") for t in words)


def _drop_place_descriptions(doc: Doc, cands: dict[str, _Candidate]) -> None:
    """A candidate every mention of which is a place and a lower-case event word ('Bangalore
    summit draws 5,000' over 'The Deccan Robotics Summit 2026 opened ...') gives way to a
    named event of the same kind: it describes that event. Alone, it stays the event. So
    does one written after 'a' / 'an' ('a CEO forum'), when any other event is named."""
    described = [c for c in cands.values() if all(_place_description(doc, sp) for sp in c.spans)]
    for c in described:
        kind = _kind(c)
        if any(o is not c and o not in described and o.strong and _kind(o) == kind for o in cands.values()):
            del cands[c.core]
    # "A CEO forum was held on Monday", "an investor summit": an indefinite article before a
    # lower-case event word says what kind of thing, not which: a programme part of the event
    # (a session) when another event is named, else the event
    toks = doc_tokens(doc)
    for c in [c for c in cands.values() if all(s > 0 and toks[s - 1].lower_ in ("a", "an") and toks[e - 1].is_lower
                                                 and toks[e - 1].lower_ in _SESSION_NOUNS for s, e in c.spans)]:
        if len(cands) > 1:
            del cands[c.core]


#: "Key word(s): Trade Fair", "Tags: Expo": a wire's metadata label before a list of words
_METADATA_LABEL = patterns.compile(
    r"(?:" + "|".join(_RULES["metadata-label"]["cues"]) + r")[ \t]*:[^:\n]*$", re.I)


def _drop_metadata_labels(doc: Doc, cands: dict[str, _Candidate]) -> None:
    """A candidate every mention of which follows a metadata label on its line ('EQS-News:
    Vexo AG / Key word(s): Trade Fair') is a keyword, not an event, when another is named
    (rule metadata-label)."""
    if len(cands) < 2:
        return
    text = doc_text(doc)
    toks = doc_tokens(doc)

    def labelled(sp: tuple[int, int]) -> bool:
        at = toks[sp[0]].idx
        line = text.rfind("\n", 0, at) + 1
        return _METADATA_LABEL.search(text, max(line, at - 80), at) is not None

    for c in [c for c in cands.values() if all(labelled(sp) for sp in c.spans)]:
        if len(cands) > 1:
            del cands[c.core]


#: verbs whose agent organises an event (rule organiser-named-like-an-event)
_ORGANISING_VERBS = frozenset(_RULES["organiser-named-like-an-event"]["cues"])
_REPORTING_VERBS = frozenset(_RULES["organiser-named-like-an-event"]["reporting"])


def _drop_organisers(doc: Doc, cands: dict[str, _Candidate]) -> None:
    """A candidate every mention of which is the agent of organising ('organised by the
    Portuguese Aviation Forum', 'the Harbour Business Forum hosts the expo') or of saying, and whose name has
    no year is a body named like an event, not an event, when another event is named: its
    role lands on the event instead of making it a sub-event."""
    if len(cands) < 2:
        return
    for c in [c for c in cands.values() if all(_organising_agent(doc, sp) for sp in c.spans)]:
        if not any(_YEAR_IN_NAME.search(n) for n in c.names) and not c.editions:
            del cands[c.core]


_YEAR_IN_NAME = patterns.compile(r"(?<![\w])(?:19|20)\d\d\b")


def _organising_agent(doc: Doc, span: tuple[int, int]) -> bool:
    """Is the name at ``span`` the agent of a verb of organising: after 'by' on the verb
    (perhaps as a later item of a list), or the verb's subject with an object? Or the subject
    of a verb of saying ('the X Forum said'): events do not speak, their organisers do."""
    root = doc[span[0]:span[1]].root
    if root.dep_ == "conj" and span[1] < len(doc) and doc[span[1]].pos_ in ("VERB", "AUX"):
        return False  # "organised by A and the X Show follows in June": the show has its own verb
    hops = 0
    while root.dep_ == "conj" and hops < 4:
        root, hops = root.head, hops + 1
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "by":
        return lemma(head.head) in _ORGANISING_VERBS
    if root.dep_ != "nsubj":
        return False
    verb = lemma(head)
    return verb in _REPORTING_VERBS or verb in _ORGANISING_VERBS and any(ch.dep_ == "dobj" for ch in head.children)


def _kind(cand: _Candidate) -> str:
    real = [k for k in cand.kinds if k != "event"]
    return max(real, key=real.count) if real else "event"


#: dependencies of a noun phrase's head: an anaphor the tagger calls an adjective still heads one
_NOMINAL_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "attr", "appos", "conj", "ROOT"})


def _is_anaphor(doc: Doc, tok: Token) -> bool:
    toks = doc_tokens(doc)
    if tok.lower_ not in EVENT_ANAPHORS:
        return False
    if tok.text[0].isupper() and tok.i != sent_of(tok).start and not _capitalized_anaphor(doc, tok):
        return False
    modifier = _modifies_event_part(tok)
    if tok.pos_ not in ("NOUN", "PROPN") and not (tok.pos_ == "ADJ" and (tok.dep_ in _NOMINAL_DEPS or modifier)) \
            or tok.tag_ in ("NNS", "NNPS"):
        return False  # 'organises the fair', 'the fair organisers': the small model often tags 'fair' ADJ
    if modifier and (tok.i == sent_of(tok).start or not toks[tok.i - 1].is_alpha or toks[tok.i - 1].pos_ in ("ADP", "VERB")):
        return True  # "Show organizers expect ...", "said fair organisers": no determiner needed
    for j in range(tok.i - 1, max(sent_of(tok).start, tok.i - 4) - 1, -1):
        if toks[j].lower_ in ("the", "this", "its", "that"):
            return True
        if toks[j].pos_ not in ("ADJ", "NOUN", "PROPN", "NUM", "PUNCT", "VERB") and toks[j].tag_ != "POS":
            return False  # "this year's show"
    return False


#: the nouns of programme parts (sessions.json): 'a CEO forum' is one of the event's sessions
_SESSION_NOUNS = frozenset(load_rules("sessions")["session_nouns"])
#: heads that alone name a part of the programme unless the event is of their kind
_PROGRAMME_PARTS = frozenset(_RULES["anaphor-of-a-programme-part"]["cues"])


#: nouns of an event's parts and people: 'the fair organisers', 'show dates', 'the expo venue'
_EVENT_PARTS = frozenset(_RULES["anaphor-as-modifier"]["cues"])


def _modifies_event_part(tok: Token) -> bool:
    """'the fair organisers', 'Show organizers': an event noun modifying one of its parts
    right after it (not 'the fair treatment of', 'a fair share')."""
    head = tok.head
    return tok.dep_ in ("amod", "compound", "nmod") and head.i == tok.i + 1 and head.pos_ == "NOUN" \
        and head.text.islower() and (head.lower_ in _EVENT_PARTS or lemma(head) in _EVENT_PARTS)


def _capitalized_anaphor(doc: Doc, tok: Token) -> bool:
    """'During the Expo, ...': a capitalized head right after 'the' and not followed by more
    of a name ('the Expo Center', 'the Expo 2030 bid')."""
    toks = doc_tokens(doc)
    if tok.i == 0 or toks[tok.i - 1].lower_ not in ("the", "this"):
        return False
    nxt = toks[tok.i + 1] if tok.i + 1 < len(doc) else None
    return nxt is None or not (nxt.text[:1].isupper() or nxt.like_num or nxt.text in ("'s", "’s"))




#: "is held for the first time": the verb of holding right before 'for the first time' (else
#: the first time is a novelty's: "For the first time, the fair has a start-up zone")
_FIRST_TIME_HELD = patterns.compile(r"\b(?:held|hosted|staged|organi[sz]ed|convened|taking\s+place|takes\s+place|take\s+place)"
                                    r"(?:\s+(?:here|there|in\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?))?\s*$")
#: "... for the first time in 2015": another year's ("for four consecutive sessions since
#: 2021" counts this one)
_IN_A_YEAR = patterns.compile(r"\s+in\s+(?:19|20)\d\d\b")
_NTH_EDITION = patterns.compile(r"\b((?:[a-z]+-)?\w+)\s+(?:edition|session|installment|instalment|iteration)\s+of\b"
                          r"|\bin\s+its\s+((?:[a-z]+-)?\w+)\s+(?:edition|year(?!\s+(?:at|in|on)\b)|session|instalment|installment|iteration)\b"
                          # "returns for a 12th outing", "for its 12th iteration"
                          r"|\bfor\s+(?:a|an|its)\s+((?:[a-z]+-)?\w+)\s+(?:edition|outing|iteration|instalment|installment)\b"
                          # "opens its 12th edition", "celebrates its 30th edition"
                          r"|\b(?:opens|opened|celebrates|celebrated|marks|marked|holds|held|hosts|hosted|stages|staged|launches|launched)"
                          r"\s+its\s+((?:[a-z]+-)?\w+)\s+(?:edition|iteration|instalment|installment)\b",
                          re.I)  # "in its fifth year at <venue>" counts years at the venue


#: what _CONSECUTIVE (case-sensitive) and _NTH_EDITION (not) cannot match without
_CONSECUTIVE_WORDS = ("session", "edition", "year", "time")
_NTH_EDITION_WORDS = ("edition", "session", "instal", "year", "iteration", "outing")


def _edition_from_text(sents: list[Span]) -> int | None:
    for sent in sents:
        text = span_text(sent)
        for m in _CONSECUTIVE.finditer(text) if any(w in text for w in _CONSECUTIVE_WORDS) else ():
            word = m.group(1) or m.group(3)
            n = small_cardinal(word) or ordinal_value(word)
            if n == 1 and m.group(3) and not _FIRST_TIME_HELD.search(text[:m.start()]) \
                    or _IN_A_YEAR.match(text, m.end()):
                continue  # "For the first time, the fair has a start-up zone"; "held for the first time in 2015"
            if n and (m.group(2) in (None, "sessions", "editions", "times")):
                return n
        m = (_NTH_EDITION.search(text) if may_hold(text, _NTH_EDITION_WORDS) else None) or _EDITION_SUBJECT.match(text)
        if m and ordinal_value(next(g for g in m.groups() if g)):
            return ordinal_value(next(g for g in m.groups() if g))
    return None


#: "The 9th edition is organized by ...": a sentence about this year's edition opens with it
_EDITION_SUBJECT = patterns.compile(r"(?:The|This|This year['’]s)\s+((?:[a-z]+-)?\w+)\s+(?:edition|session|instalment|installment)\s+"
                              r"(?:is|was|will|has|opens|opened|runs|features|brings|drew|draws|attracted|attracts)\b")


def _main_candidate(ctx: Context, cands: dict[str, _Candidate]) -> _Candidate | None:
    if not cands:
        return None
    title = ctx.document.title or ctx.result.source.headline or ""
    n_tokens = max(len(ctx.doc), 1)

    year = str(ctx.ref_date.year) if ctx.ref_date else None

    def score(c: _Candidate) -> float:
        return (
            max(_title_core_bonus(k, title) for k in {c.core} | c.aliases)
            + len(c.spans)
            + 1.5 * min(c.strong, 2)
            + 4 * (1 - c.first / n_tokens)
            + (0.5 if c.editions else 0)
            + (1 if year and any(year in re.findall(r"(?:19|20)\d\d", n) for n in c.names) else 0)
        )

    return max(cands.values(), key=score)


def extract_events(ctx: Context) -> list[EventRecord]:
    """Find the events of a release; the first record is the main event."""
    doc = ctx.doc
    toks = doc_tokens(doc)
    raw = _head_mentions(doc)
    taken = {i for s, e, _, _ in raw for i in range(s, e)}
    raw += _head_first_mentions(doc, taken)  # before names with a year: 'Feria ... de Quito 2026'
    taken = {i for s, e, _, _ in raw for i in range(s, e)}
    raw += [m for m in _year_mentions(doc) + hyphen_year_mentions(doc) if not any(i in taken for i in range(m[0], m[1]))]
    raw += _market_mentions(doc, {i for s, e, _, _ in raw for i in range(s, e)})
    title = ctx.document.title or ctx.result.source.headline or ""
    taken = {i for s, e, _, _ in raw for i in range(s, e)}
    raw += acronym_year_mentions(doc, title, taken)
    if not any(_title_core_bonus(_core(clean_name(span_text(doc[s:e]))), title) for s, e, _, _ in raw):
        # the headline names no event found so far: a brand it names may be the event
        taken = {i for s, e, _, _ in raw for i in range(s, e)}
        raw += brand_mentions(ctx, taken)
        taken = {i for s, e, _, _ in raw for i in range(s, e)}
        raw += named_brand_mentions(ctx, taken)
    taken = {i for s, e, _, _ in raw for i in range(s, e)}
    raw += _edition_of_mentions(doc, taken)
    if not raw:
        raw = _year_first_mentions(doc)
    if not raw:
        raw = dated_brand_mentions(ctx, set())  # "GITEX Africa returns to Marrakech from April 14 to 16"
    cands = _group(doc, raw)
    generic = [c for c in cands.values() if all(generic_part_name(n) for n in c.names)
               and not any(e + 1 < len(doc) and toks[e].text == "(" and toks[e + 1].text.isupper() for _s, e in c.spans)]
    if generic:  # "The Opening Ceremony", "a Business Forum": a programme part, no event ...
        others = [c for c in cands.values() if c not in generic]
        headlined = [c for c in generic if _title_core_bonus(c.core, title) == 6]
        if headlined and not any(_title_core_bonus(c.core, title) == 6 for c in others):
            keep = _main_candidate(ctx, {c.core: c for c in headlined})  # ... unless the headline names it
        elif not any(c.strong or len(c.spans) >= 2 for c in others):
            keep = _main_candidate(ctx, cands)  # ... or it is the only event named
        else:
            keep = None
        for c in generic:
            if c is not keep:
                del cands[c.core]
    _drop_place_descriptions(doc, cands)
    _drop_organisers(doc, cands)
    _drop_metadata_labels(doc, cands)
    for c in [c for c in cands.values() if not c.strong and any(e < len(doc) and toks[e].lower_ in _PLAN_NOUNS
                                                                 for _s, e in c.spans)]:
        del cands[c.core]  # "its KPX 2025 plan": a name with a year before a plan noun names a plan
    for c in list(cands.values()):  # "... Exhibition (ADIHEX) ... ADIHEX is the largest", "PHMS 2025"
        if c.core not in cands:
            continue
        acronyms = event_acronyms(doc, c.spans)
        if c.strong:  # "World AI Show ... WAS 2025": an acronym of its name's initials
            initials = {a for n in c.names for a in initials_of(n)}
            acronyms |= {o.core.upper() for o in cands.values() if o is not c and not o.strong and o.core.upper() in initials}
        for other in [o for o in cands.values() if o is not c and o.core in {a.lower() for a in acronyms}]:
            c.spans.extend(other.spans)  # its mentions, not its name: the release spells the name out
            c.editions.extend(other.editions)
            c.aliases.add(other.core)
            del cands[other.core]
        taken = {i for o in cands.values() for s, e in o.spans for i in range(s, e)}
        c.spans.extend(acronym_mentions(doc, acronyms, taken))
    main = _main_candidate(ctx, cands)
    if main is None:
        main = _unnamed_event(ctx)
        if main is None:
            return []
        cands = {main.core: main}
    # a proper name + year with no event word ("Vision 2030") is an event only if it is the
    # main one or the release comes back to it
    others = [c for c in cands.values() if c is not main and (c.strong or len(c.spans) >= 2)]
    ordered = [main] + sorted(others, key=lambda c: c.first)
    ref_year = ctx.ref_date.year if ctx.ref_date else None
    _add_plain_mentions(doc, ordered, ref_year)
    keys = {c.core: f"e{i}" for i, c in enumerate(ordered)}
    ctx.mentions = [EventMention(keys[c.core], s, e) for c in ordered for s, e in c.spans]
    # anaphors ("the expo", "the summit") refer to the latest sub-event with that head, else the main event
    kinds = {keys[c.core]: _kind(c) for c in ordered}
    referred: dict[str, list[str]] = {}
    for tok in tokens_matching(doc, _ANAPHOR_RE):
        if ctx.is_mention_token(tok) or not _is_anaphor(doc, tok):
            continue
        kind = _HEADS.get(tok.lower_)
        target = keys[main.core]
        prior = [m for m in ctx.mentions if m.end <= tok.i and not m.anaphor and m.event != target]
        if kind and kind != kinds[target]:
            same = [m for m in prior if kinds[m.event] == kind]
            if same:
                target = same[-1].event
            elif tok.lower_ in _PROGRAMME_PARTS:
                continue  # "the signing ceremony" of an expo: a part of its programme, not the expo
        ctx.mentions.append(EventMention(target, tok.i, tok.i + 1, anaphor=True))
        if kind and kind != "event":
            referred.setdefault(target, []).append(kind)
    ctx.mentions.sort(key=lambda m: m.start)
    for key, found in referred.items():  # "Innoprom-2017 ... the exhibition": a brand's kind
        if kinds[key] == "event":
            kinds[key] = max(found, key=found.count)

    records = []
    for c in ordered:
        key = keys[c.core]
        sents = _event_sentences(ctx, key, main=c is main)
        best = _best_name(c, ref_year)
        year = re.search(r"(?:\b|(?<=[A-Z]))(19|20)\d{2}\b", best)  # "WAS2025" too
        edition = max(set(c.editions), key=c.editions.count) if c.editions else _edition_from_text(sents)
        part_of = keys[main.core] if c is not main and _related_to_main(ctx, c, keys[main.core]) else None
        located = c is main or part_of is not None  # dates and places are kept for these only
        start, end = event_dates(ctx, sents, int(year.group(0)) if year else None, key, edition,
                                 year_reference(ctx, best)) if located else (None, None)
        spans = sorted(c.spans, key=lambda sp: (clean_name(span_text(doc[sp[0]:sp[1]])) != best, sp[0] - sp[1]))
        edition_year = int(year.group(0)) if year else ref_year
        places = event_places(ctx, key, sents, spans, main=c is main, year=edition_year) if located else []
        first = min(c.spans)
        records.append(EventRecord(
            key=key,
            name=best,
            kind=kinds[key],
            start=start if (c is main or part_of) else None,
            end=end if (c is main or part_of) else None,
            places=tuple(places) if (c is main or part_of) else (),
            theme=event_theme(ctx, key, sents, c is main),
            edition=edition,
            part_of=part_of,
            main=c is main,
            span=source_span(doc[first[0]:first[1]]),
        ))
    return records


_TITLE_EVENT = patterns.compile(
    r"((?:[A-Z0-9][\w'’&().-]*\s+){0,8}(?:" + "|".join(sorted((re.escape(h.title()) for h in _HEADS), key=len, reverse=True))
    + r")(?:\s+(?:19|20)\d\d)?)\b")


_UNNAMED_HEADS = frozenset({"conference", "expo", "exposition", "exhibition", "forum", "summit", "fair",
                            "festival", "congress", "convention", "symposium", "tradeshow"})


#: words a Title Case headline capitalizes that are no part of a name ("Crowds As Annual Conference Opens")
_TITLE_FUNCTION_WORDS = frozenset(_RULES["headline-event-name"]["cues"])


def _headline_event_name(doc: Doc, found: str, title: str) -> str | None:
    """The event name a headline gives ('Kano hosts Northern Growth Conference'): the
    capitalized words before the head, from after the last function word; in a headline that
    capitalizes every word ('Big Crowds As Annual Conference Opens') only when the body writes
    one of them with a capital inside a sentence (a proper noun), else None."""
    words = found.split()
    cut = max((k for k, w in enumerate(words[:-1]) if w.lower() in _TITLE_FUNCTION_WORDS), default=-1)
    words = words[cut + 1:]
    if len(words) < 2:
        return None
    long_words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", title) if len(w) > 3]
    if long_words and all(w[:1].isupper() for w in long_words):  # Title Case: capitals say nothing
        proper = {t.text for t in doc if t.i > sent_of(t).start and t.text[:1].isupper() and t.pos_ == "PROPN"}
        if not any(w in proper for w in words if w.lower() not in _HEADS):
            return None
    return " ".join(words)


def _unnamed_event(ctx: Context) -> _Candidate | None:
    """No event is named the usual way, but the release talks about one ('the annual
    conference ... the conference opened'): name it from the headline if it names one,
    else as the release first refers to it, so its dates, place, roles and figures land."""
    doc = ctx.doc
    heads = [t for t in tokens_matching(doc, _HEAD_RE) if t.pos_ == "NOUN" and t.lower_ in _UNNAMED_HEADS]
    if not heads:
        return None
    head = heads[0]
    title = ctx.document.title or ""
    m = _TITLE_EVENT.search(title)
    name = _headline_event_name(doc, m.group(1).strip(), title) if m else None
    if name is None:
        mods = [t for t in doc[max(sent_of(head).start, head.i - 3):head.i] if t.dep_ in ("amod", "compound", "nmod")]
        name = " ".join([t.text for t in mods] + [head.text])
    cand = _Candidate(core=_core(name) or head.lower_)
    cand.names.append(name)
    cand.spans.append((head.i, head.i + 1))
    cand.kinds.append(_HEADS[head.lower_])
    return cand


def _add_plain_mentions(doc: Doc, cands: list[_Candidate], year: int | None = None) -> None:
    """Once a name is known, every occurrence of it is a mention: 'Arab Health will also
    play host to ...' after 'the 48th Arab Health event'."""
    taken = {i for c in cands for s, e in c.spans for i in range(s, e)}
    for c in cands:
        base = " ".join(w for w in re.sub(r"-(?:19|20)\d\d\b", "", _best_name(c, year)).split() if not _YEAR.match(w))
        if len(base) < 4 or not base[:1].isupper():
            continue
        for at in find_whole(doc_text(doc), base):  # (?<![\w-])base(?![\w-])
            span = doc.char_span(at, at + len(base), alignment_mode="expand")
            if span is None or any(i in taken for i in range(span.start, span.end)):
                continue
            c.spans.append((span.start, span.end))
            taken.update(range(span.start, span.end))


def _event_sentences(ctx: Context, key: str, main: bool) -> list[Span]:
    """Sentences that mention the event (its name or an anaphor); for the main event also the
    opening sentences, where releases say when and where."""
    seen, out = set(), []
    toks = doc_tokens(ctx.doc)
    for m in ctx.mentions:
        if m.event == key:
            sent = sent_of(toks[m.start])
            if sent.start not in seen:
                seen.add(sent.start)
                out.append(sent)
    if main:
        for n, sent in enumerate(doc_sents(ctx.doc)):
            if sent.start not in seen and (n < 3 or _about_the_event_unnamed(ctx, sent)):
                seen.add(sent.start)
                out.append(sent)
    out.sort(key=lambda s: s.start)
    # sentences that name several events belong less to this one: keep order, named first
    return out


_IT, _VENUE = get_string_id("it"), get_string_id("venue")


def _it_or_venue_subjects(doc: Doc) -> list[int]:
    """The tokens :func:`_about_the_event_unnamed` reads: 'it' or 'venue' as a subject."""
    def keep(doc: Doc):
        a = doc_matrix(doc, (LOWER, DEP))
        return ((a[:, 0] == _IT) | (a[:, 0] == _VENUE)) & ((a[:, 1] == nsubj) | (a[:, 1] == nsubjpass))

    return doc_indices(doc, "ekg_it_venue_subjects", keep)


def _about_the_event_unnamed(ctx: Context, sent: Span) -> bool:
    """A sentence that says where or when the event is without naming it, and names no other
    event: 'It will be held at the X Hotel', 'The venue is the X Centre'."""
    if ctx.mentions_in(sent):
        return False
    toks = doc_tokens(ctx.doc)
    for tok in (toks[i] for i in indices_between(_it_or_venue_subjects(ctx.doc), sent.start, sent.end)):
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.lower_ == "it" and tok.head.pos_ in ("VERB", "AUX") \
                and lemma(tok.head) in HAPPENING_VERBS and not any(c.dep_ == "dobj" for c in tok.head.children) \
                and (lemma(tok.head) != "take" or any(c.lower_ == "place" for c in tok.head.children)):
            return True  # "It will be held ...", "It takes place ...", "It runs until ..."
        if tok.dep_ == "nsubj" and tok.lower_ == "venue":
            return True  # "The venue is the X Centre"
    return False


def _related_to_main(ctx: Context, cand: _Candidate, main_key: str) -> bool:
    """A named event is part of the main one when a sentence ties them ('during the expo',
    'on the sidelines of', 'will also play host to')."""
    for s, _ in cand.spans:
        sent = sent_of(doc_tokens(ctx.doc)[s])
        low = span_text(sent).lower()
        if any(m.event == main_key for m in ctx.mentions_in(sent)):
            before = doc_text(ctx.doc)[sent.start_char:doc_tokens(ctx.doc)[s].idx]
            if any(m.event == main_key and m.end <= s for m in ctx.mentions_in(sent)) and _WHOLE_BEFORE.search(before):
                continue  # "The X Summit, part of Y Week, opened": Y is the whole, not a part
            if _TIES.search(low):
                return True
        elif _TIES_ALONE.search(low):
            return True  # "There will also be the Africa Day Celebration at the same venue."
    return False


def _cue_pattern(cues: list[str]) -> re.Pattern:
    return re.compile(r"(?<![\w-])(?:" + "|".join(sorted((re.escape(c) for c in cues), key=len, reverse=True)) + r")", re.I)


_TIES = _cue_pattern(_RULES["subevent-ties"]["cues"])
#: "the X Summit, part of Y Week": a name right after one of these, after the main event's, is what the main event is part of
_WHOLE_BEFORE = re.compile(r"(?<![\w-])(?:" + "|".join(sorted((re.escape(c) for c in _RULES["subevent-ties"]["whole_after"]), key=len, reverse=True))
                           + r")\s+(?:the\s+|this\s+year['’]s\s+|(?:19|20)\d\d\s+)?[\"“‘']?$", re.I)
_TIES_ALONE = _cue_pattern(_RULES["subevent-ties"]["alone"])
