"""Statistics: every figure with value, unit, measure, subject, period, qualifier and change.

A figure is a run of number tokens (digits, number words, scale words: "9.587 million",
"Dh2.8 billion", "five") that is not a date, an ordinal, a phone number, a duration, part
of an event name, or the count of a session group. Around it the parse gives:
- the unit: "%"/"per cent", a currency (prefix or word), a measurement unit, or the noun
  the number counts ("3,000 exhibitors" -> exhibitor);
- the qualifier from the words before it ("more than", "about", "nearly", "exceeded");
- the measure: "<measure> of <figure>" or the subject of the verb that reports it;
- the subject (about): a place or organization named in that subject or before the figure
  in the sentence, else the event when the sentence is about it;
- the period from the sentence's date expressions ("in 2023", "From January to July this
  year");
- change figures ("an increase of 35.8%", "grew by 6 percent", "37.9% year-on-year"),
  linked to their base figure in the same sentence, pairing lists under "respectively".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from kg.extract.common import (
    clean_name,
    doc_text,
    doc_tokens,
    entity_at,
    ents_in,
    governing_verb,
    lemma,
    sent_of,
    source_span,
    span_text,
    token_range,
)
from kg.extract.context import Context
from kg.extract.figures import cue, cues, grouped_run, inline_grouped, rule, shape_matches
from kg.extract.lexicon import (
    CHANGE_WORDS,
    COMPARISONS,
    DURATION_NOUNS,
    EVENT_ANAPHORS,
    EVENT_HEADS,
    EVENT_UNITS,
    MORE_THAN_VERBS,
    PERCENT_WORDS,
    QUALIFIER_WORDS,
)
from kg.extract.records import StatisticRecord
from kg.extract.subjects import DEFAULT_EVENT, facility_name, is_facility, clause_head, event_unit, figure_subject
from kg.normalize.dates import parse_period
from kg.normalize.numbers import (
    SCALE_WORDS,
    fraction_percent,
    parse_multiple,
    parse_number,
    ratio_percent,
)
from kg.normalize.places import lookup_place
from kg.normalize.units import (
    currency_code,
    currency_prefix,
    measurement_unit,
    normalize_unit,
    rate_unit,
    singularize,
    split_money,
    split_unit,
)
from kg.pipeline import patterns

_YEAR = patterns.compile(r"^(1[89]|20|21)\d{2}$")
_MONTH_WORD = patterns.compile(r"^(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
                         r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?$")
#: "022-1234-5678", "+351 22 123 4567", "+44 (0)20 ...": not "+12%", a signed change
_PHONE = patterns.compile(r"\d+[-–]\d+[-–]\d+|\+\d{1,4}[\s.(–-]+\(?\d|\+\d{7,}")
_NUMBER_WORDS = frozenset({
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    "hundred", "dozen",
})
_SCALES = frozenset(k.lower() for k in SCALE_WORDS) | {"million", "billion", "trillion", "thousand", "hundred"}
_MEASURE_UNITS = {
    "gwh", "mwh", "kwh", "twh", "gw", "mw", "kw", "tw", "hectare", "hectares", "acre", "acres",
    "ton", "tons", "tonne", "tonnes", "km", "kilometre", "kilometres", "kilometer", "kilometers",
    "km/h", "kg", "kilogram", "kilograms", "mt", "mtpa", "barrel", "barrels", "liter", "liters",
    "litre", "litres", "m2", "m²", "sqm", "meter", "meters", "metre", "metres", "mph", "teu",
    "teus", "kwp", "mwp", "gwp", "mah", "wh/kg", "megawatt", "megawatts", "gigawatt", "gigawatts",
    "kilowatt", "kilowatts", "terawatt-hours", "gigawatt-hours", "megawatt-hours", "kilowatt-hours",
}
_SQ = patterns.compile(r"sq\.?\s?(metres?|meters?|feet|m|ft|km|mi)\b\.?", re.I)
#: "a 25,000 square-metre hall": the unit written as an adjective with a hyphen
_SQUARE_HYPHEN = patterns.compile(r"square[-‑](metres?|meters?|foot|feet|kilometres?|kilometers?)\b", re.I)
_PERCENT_POINTS = patterns.compile(r"percentage[- ]points?\b", re.I)
_SPEED = patterns.compile(r"(km/h|km/hr|kph|mph|m/s|knots)\b", re.I)
_RATE = patterns.compile(
    r"\s*(?:of\s+[a-z]+\s+)?(?:per|a|an|each)\s+(year|annum|day|month|hour|week|inhabitant|capita|person|head|second|minute|household)\b"
    r"|\s*annually\b",
    re.I,
)
_LOCAL_DOLLAR = {"AU": "AUD", "CA": "CAD", "NZ": "NZD", "SG": "SGD", "HK": "HKD", "TW": "TWD"}
_TEU = patterns.compile(r"\s*twenty-foot equivalent units?\b", re.I)
_TWO_WORD_UNITS = {
    "square meters", "square metres", "square meter", "square metre", "sq m", "sq ft",
    "square feet", "square kilometres", "square kilometers", "metric tons", "metric tonnes",
    "cubic meters", "cubic metres", "gigawatt hours", "megawatt hours", "kilowatt hours",
}


@dataclass
class _Figure:
    start: int  # first token of the number run
    end: int  # token after the run (and after the unit)
    value: float
    unit: str
    currency: bool = False
    unit_head: Token | None = None  # the counted noun
    qual_start: int | None = None
    qualifier: str = "Exact"
    change: bool = False
    parenthetical: bool = False
    measure_hint: str | None = None  # what it measures, when its unit came from another figure
    tail: int | None = None  # token after the change noun a percent modifies ("a 12-percent rise")

    @property
    def last(self) -> int:
        """Token after the figure and the change noun it modifies: 'a 12-percent rise' reads
        as 'a rise of 12 percent', and what follows the noun follows the figure."""
        return self.tail if self.tail is not None else self.end


#: one dot and three digits: a decimal in English, a thousands group in most of Europe
_DOT_GROUPED = patterns.compile(r"^\d{1,3}\.\d{3}$")
_GLUED_RAND = patterns.compile(r"^R\d[\d,.]*(?:bn|mn|m|k|tn)?$")
_GLUED_SCALE = patterns.compile(r"^\d[\d,.]*(?:bn|mn|m|k|tn|b|trn)$", re.I)


_SYMBOLS = frozenset("$€£¥₹₩₽₺₦₱₪₫฿")
#: "15pc", and a percent glued by a no-break hyphen the tokenizer keeps in one token ("4‑percent")
_GLUED_PERCENT = patterns.compile(r"^(\d[\d,]*(?:\.\d+)?)(?:pc|pct|percent|[‐‑](?:percent|per[‐‑]cent))$", re.I)
#: the hyphens that join a number to its unit ("a 12-percent rise", "a 35.8-per-cent increase")
_HYPHENS = frozenset({"-", "–", "‐", "‑"})
_A_SCALES = frozenset({"hundred", "thousand", "million", "billion", "trillion", "lakh", "crore"})


_LOCAL_GLUED = patterns.compile(r"^(?P<cur>[A-Z][a-z]{0,2})(?P<num>\d[\d,]*(?:\.\d+)?)$")


def _local_prefix(doc: Doc, i: int) -> tuple[str | None, str]:
    """'N5 billion' (naira), 'Sh3 billion' (shilling): a one-letter or short prefix that is a
    currency only in the country the release is about, and only before a sum (a scale word
    after it or grouped digits)."""
    _tk = doc_tokens(doc)  # the cached tokens: doc[i] builds a new Token on every call
    text = _tk[i].text
    m = _LOCAL_GLUED.match(text) if text[:1].isupper() else None
    if not m:
        return None, text
    by_country = rule("local-currency")["cues"]["context_prefixes"].get(m.group("cur"))
    nxt = _tk[i + 1].lower_ if i + 1 < len(doc) else ""
    if not by_country or not (nxt in _SCALES or "," in m.group("num")):
        return None, _tk[i].text
    body = doc_text(doc)
    code = next((c for word, c in by_country.items() if word in body), None)
    return (code, m.group("num")) if code else (None, _tk[i].text)


def _is_number_token(tok: Token) -> bool:
    text = tok.text
    if not any(ch.isdigit() for ch in text):  # most tokens: words
        low = tok.lower_
        if low in ("a", "an"):
            return tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ in _A_SCALES  # "a thousand guests"
        if low == "half":  # "half a million visitors", "half a dozen ministers"
            return tok.i + 2 < len(tok.doc) and tok.doc[tok.i + 1].lower_ in ("a", "an") \
                and tok.doc[tok.i + 2].lower_ in _A_SCALES | {"dozen"}
        return low in _NUMBER_WORDS or tok.like_num or (text[:1] in _SYMBOLS and split_money(text)[0] is not None)
    if tok.like_num or _GLUED_SCALE.match(text) or _GLUED_RAND.match(text) \
            or split_unit(text) or _GLUED_PERCENT.match(text) or inline_grouped(text):
        return True
    cur, rest = split_money(tok.text)
    if cur is None and _LOCAL_GLUED.match(tok.text):
        cur, rest = _local_prefix(tok.doc, tok.i)
    return cur is not None and bool(rest) and rest[0].isdigit()


def _run(doc: Doc, i: int) -> tuple[int, str, str | None]:
    """Extend a number run from token i: returns (end, text, glued currency)."""
    _tk = doc_tokens(doc)  # the cached tokens: doc[i] builds a new Token on every call
    cur, rest = split_money(_tk[i].text)
    if cur is None and _GLUED_RAND.match(_tk[i].text):
        cur, rest = "ZAR", _tk[i].text[1:]  # "R400,000": South African rand
    if cur is None:
        cur, rest = _local_prefix(doc, i)
    parts = [rest if cur else (inline_grouped(_tk[i].text) or _tk[i].text)]
    j = i + 1
    if _tk[i].lower_ == "half" and j + 1 < len(doc) and _tk[j].lower_ in ("a", "an") \
            and _tk[j + 1].lower_ in _A_SCALES | {"dozen"}:
        parts.append(_tk[j].text)  # "half a million": the article belongs to the number
        j += 1
    grouped = grouped_run(doc, i, parts[0])  # "12 500", "€35 000"
    if grouped is not None:
        j, parts[0] = grouped
    while j < len(doc):
        t = _tk[j]
        low = t.lower_
        if low in _SCALES or low == "dozen" or (t.like_num and not _YEAR.match(t.text) and parts[-1].lower() in _NUMBER_WORDS):
            parts.append(t.text)
            j += 1
        elif low in ("-", "–") and j + 1 < len(doc) and _tk[j + 1].lower_ in _SCALES | _NUMBER_WORDS and \
                parts[-1].lower() in _NUMBER_WORDS | _SCALES:
            j += 1
        elif low == "-" and j + 1 < len(doc) and _tk[j + 1].lower_ in _A_SCALES and not _tk[j - 1].whitespace_ \
                and not t.whitespace_ and (_tk[j - 1].like_num or cur) and j == i + 1:
            j += 1  # "$1.2-billion", "R2.5-billion"
        elif low == "and" and parts[-1].lower() in ("hundred", "thousand") and j + 1 < len(doc) and _tk[j + 1].lower_ in _NUMBER_WORDS:
            j += 1
        elif j == i + 1 and low.endswith(".") and low[:-1] in _SCALES and not _tk[j - 1].whitespace_ \
                and (cur or i > 0 and (_tk[i - 1].text in _SYMBOLS or currency_prefix(_tk[i - 1].text))):
            parts.append(t.text[:-1])  # "€500m." at the end of a sentence: the tokenizer keeps the stop
            j += 1
            break
        else:
            break
    return j, " ".join(parts), cur


def _skip(ctx: Context, doc: Doc, i: int, end: int, text: str, blocked: set[int]) -> bool:
    _tk = doc_tokens(doc)  # the cached tokens: doc[i] builds a new Token on every call
    tok = _tk[i]
    if any(k in blocked for k in range(i, end)) or ctx.is_mention_token(tok):
        return True
    if tok.ent_type_ in ("DATE", "TIME", "ORDINAL") and not split_money(tok.text)[0] and _real_date(tok) \
            and not (split_unit(tok.text) or _GLUED_PERCENT.match(tok.text)):
        return True
    if _YEAR.match(tok.text) and end == i + 1:
        nxt = _tk[end] if end < len(doc) else None
        if nxt is None or not (nxt.pos_ == "NOUN" and tok.dep_ == "nummod"):
            return True
    window = doc_text(doc)[max(0, tok.idx - 12): tok.idx + len(text) + 12]
    if _PHONE.search(window) or any(_tk[k].lower_.rstrip(":") in ("tel", "phone", "fax", "mobile") for k in range(max(0, i - 4), i)):
        return True
    if not any(ch.isdigit() for ch in text) and not any(w.lower() in _NUMBER_WORDS | {"a", "an"} for w in text.split()):
        return True  # a bare scale word ("trillion-yuan clusters")
    if text.lower() in _NUMBER_WORDS and i > 0 and _tk[i - 1].lower_ in ("the", "these", "those", "both", "all"):
        return True  # "the two municipalities": anaphoric, not a figure
    if text.lower() == "one" and (end < len(doc) and _tk[end].lower_ in ("of", "another", "day")):
        return True
    if text.lower() == "one" and i > 0 and end < len(doc) and (_tk[i - 1].lower_, _tk[end].lower_) in _ONE_IDIOMS:
        return True  # "under one roof"
    if i > 1 and _tk[i - 1].lower_ in ("to", "-", "–", "and", "through", "until", "till") and text.isdigit() \
            and int(text) <= 31 and _tk[i - 2].ent_type_ == "DATE" and _MONTH_WORD.match(entity_at(_tk[i - 2]).text.split()[0]):
        return True  # "from June 1 to 14 inclusive": the end of a date range
    if i > 0 and _tk[i - 1].lower_ in ("top", "aged", "age", "ranked", "number", "no.", "fortune") \
            and not (_tk[i - 1].lower_ == "top" and _tk[i - 1].tag_ in ("VB", "VBP", "VBZ")
                     and i > 1 and _tk[i - 2].lower_ in ("to", "will", "could", "may", "might", "should", "would")):
        return True  # "the top 10 exporters", "aged 64", "Fortune 500": a rank, an age or a name
    if i > 1 and _tk[i - 1].text == "," and _tk[i - 2].ent_type_ == "PERSON" and end < len(doc) \
            and _tk[end].text in (",", ".") and text.isdigit() and int(text) < 120:
        return True  # "said Ante Baric, 64, ...": an age
    if i > 0 and _tk[i - 1].text in _LABEL_WORDS:
        return True  # "Class 8 trucks", "Hall 3", "Phase 2": a name, not a count
    if i > 1 and _tk[i - 1].text in ("-", "–") and not _tk[i - 1].whitespace_ and not _tk[i - 2].whitespace_ \
            and _tk[i - 2].pos_ == "ADP":
        return True  # the second "one" of "one-to-one"
    nxt = _tk[end] if end < len(doc) else None
    if nxt is not None and nxt.text in ("-", "–") and end + 1 < len(doc) and _tk[end + 1].lower_ in DURATION_NOUNS:
        return True
    if nxt is not None and nxt.lower_ in DURATION_NOUNS:
        return True
    if nxt is not None and _names_a_model(doc, end, nxt):
        return True  # "5G", "3D", "Boeing 737 MAX": a name, not a count
    if nxt is not None and nxt.lower_ in cues("not-a-figure", "clock_words"):
        return True  # "until 6 pm"
    if nxt is not None and _starts_address(doc, end):
        return True  # "12 Avenida da Boavista"
    if nxt is not None and nxt.lower_ in ("consecutive", "successive", "straight"):
        return True
    counts_noun = tok.dep_ == "nummod" and tok.head.pos_ == "NOUN" and tok.head.i > end \
        and tok.head.tag_ == "NNS"  # "300 Dubai-based companies", "200 Lagos startups"
    if nxt is not None and nxt.pos_ == "PROPN" and nxt.text[:1].isupper() and nxt.ent_type_ != "NORP" and not counts_noun \
            and end + 1 < len(doc) and _tk[end + 1].pos_ == "PROPN" and _tk[end + 1].text[:1].isupper() \
            and currency_code(doc[end:end + 2].text) is None and currency_code(nxt.text) is None:
        return True  # "18 Fanjiang Road": an address
    if _YEAR.match(tok.text) and nxt is not None and nxt.tag_ == "NN":
        return True  # "2025 pass"
    if nxt is not None and nxt.pos_ == "PROPN" and nxt.ent_type_ in ("GPE", "LOC", "FAC") and not counts_noun:
        return True  # "NO-6002 Ålesund": a postcode
    if nxt is not None and _MONTH_WORD.match(nxt.text):
        return True  # "2 September 2025" is a date
    if nxt is not None and nxt.text in ("-", "–") and not nxt.whitespace_ and not tok.whitespace_ \
            and not any(w.lower() in _SCALES for w in text.split()) and end + 1 < len(doc) \
            and (_tk[end + 1].pos_ in ("NOUN", "ADJ") and _tk[end + 1].lower_ not in ("plus", "odd", "strong", "member")
                 and _tk[end + 1].lower_ not in PERCENT_WORDS and _tk[end + 1].lower_ != "per"
                 or _tk[end + 1].lower_ in ("to", "on", "by")) and not measurement_unit(_tk[end + 1].text):
        return True  # "two-wheelers", "three-seat", "one-to-one": an adjective, not a figure
    return False


def _names_a_model(doc: Doc, end: int, nxt: Token) -> bool:
    """A number glued to one capital letter ('5G', '3D', '4K' screens) or followed by a
    capitalized acronym it modifies and that counts nothing ('the 737 MAX'): a name."""
    _tk = doc_tokens(doc)  # the cached tokens: doc[i] builds a new Token on every call
    if not nxt.text.isalpha() or not nxt.text.isupper() or currency_code(nxt.text):
        return False
    if len(nxt.text) == 1 and not _tk[end - 1].whitespace_:
        return nxt.lower_ not in _SCALES
    last = _tk[end - 1]
    return len(nxt.text) > 1 and last.head.i == nxt.i and nxt.pos_ == "PROPN" and not measurement_unit(nxt.text) \
        and not (end + 1 < len(doc) and _tk[end + 1].pos_ == "NOUN")


def _starts_address(doc: Doc, end: int) -> bool:
    """'12 Avenida da Boavista', '18 Rue de la Paix', '5 Main Street': a house number before a
    street word, within the next three words that are all names or particles of a name."""
    _tk = doc_tokens(doc)  # the cached tokens: doc[i] builds a new Token on every call
    streets = cues("not-a-figure", "street_words")
    for k in range(end, min(len(doc), end + 4)):
        t = _tk[k]
        if t.text.rstrip(".") in streets:
            return k == end or all(w.text[:1].isupper() or w.lower_ in ("da", "de", "del", "la", "le", "di", "van", "von")
                                   for w in doc[end:k])
        if not (t.text[:1].isupper() or t.lower_ in ("da", "de", "del", "la", "le", "di", "van", "von")):
            return False
    return False


#: a capitalized word that makes the number after it part of a name ("Class 8", "Phase 2")
_LABEL_WORDS = frozenset({"Class", "Type", "Level", "Phase", "Stage", "Grade", "Tier", "Category", "Gen",
                          "Generation", "Series", "Version", "Model", "Hall", "Booth", "Stand", "Gate", "Pier",
                          "Terminal", "Route", "Line", "Platform", "Chapter", "Article", "Section", "No.",
                          "Number", "Room", "Lot", "Pitch"})
#: (word before, word after) "one" in idioms that count nothing
_ONE_IDIOMS = frozenset({("under", "roof"), ("at", "point"), ("in", "place"), ("as", "voice"), ("with", "voice")})


_DECLINE = patterns.compile(
    r"\b(?:down|below|decrease[sd]?|decline[sd]?|drop(?:ped|s)?|f[ae]ll(?:s|en)?|lower|reduc(?:ed|tion)|"
    r"shr[au]nk|slid|slump(?:ed)?|plunge[sd]?|contract(?:ed|ion)|fewer|less)\b", re.I)
_DATE_WORDS = patterns.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\b"
    r"|\b(?:year|years|day|days|week|weeks|month|months|quarter|season|century|decade|decades|annual|ago|"
    r"today|tomorrow|yesterday|am|pm|a\.m|p\.m|hours?|minutes?|o'clock|h|hrs)\b|\b(?:19|20)\d{2}\b|\d+:\d+",
    re.I,
)


def _direction_word(tok: Token) -> int:
    """+1 for a word of rise ('up', 'rose', 'an increase of', 'higher'), -1 for one of fall
    ('down', 'fell', 'a drop of', 'lower'), 0 for any other (rule 'change-direction')."""
    low = tok.lower_
    if _DECLINE.fullmatch(low) or lemma(tok) in cues("change-direction", "falls"):
        return -1
    if low in cues("change-direction", "rises") or lemma(tok) in cues("change-direction", "rises"):
        return 1
    return 0


def _declines(doc: Doc, f: _Figure, sent: Span) -> bool:
    """Is the change figure ``f`` a fall? The word of change nearest to it decides: the noun
    it modifies ('a 3% drop'), the words right before it in its clause ('fell 3%', 'down
    2%', 'a decrease of 3%') or right after it ('15% lower'); only when none is there, any
    word of fall near it. '620 exhibitors, up 8%, and 48,000 visitors, down 2%': the 'down'
    of the next figure does not turn the first one (rule 'change-direction')."""
    if f.tail is not None:
        for t in doc[f.end:f.tail]:
            if _direction_word(t):
                return _direction_word(t) < 0
    k = f.qual_start if f.qual_start is not None else f.start
    for j in range(k - 1, max(sent.start, k - 6) - 1, -1):
        t = doc[j]
        if t.text in (",", ";", ":", "(", ")", "—", "–") or t.like_num:
            break
        if _direction_word(t):
            return _direction_word(t) < 0
    for j in range(f.end, min(sent.end, f.end + 3)):
        t = doc[j]
        if t.text in (",", ";", ":", "(", ")", "—", "–") or t.like_num:
            break
        if _direction_word(t):
            return _direction_word(t) < 0
    return bool(_DECLINE.search(doc_text(doc)[max(sent.start_char, doc[k].idx - 40):doc[f.end - 1].idx + 40]))


def _real_date(tok: Token) -> bool:
    """NER tags 'between 24' as a DATE; a date or time names a month, day, year or clock."""
    ent = entity_at(tok)
    return ent is None or tok.ent_type_ == "ORDINAL" or bool(_DATE_WORDS.search(ent.text))


def _qualifier(doc: Doc, start: int) -> tuple[str, int]:
    """Qualifier from the words before the figure; returns (name, start token of the phrase)."""
    _tk = doc_tokens(doc)  # the cached tokens: doc[i] builds a new Token on every call
    more = rule("qualifier-phrases")["cues"]["before"]
    for n in (4, 3, 2, 1):
        if start - n < 0:
            continue
        phrase = " ".join(t.lower_ for t in doc[start - n:start]).replace(" .", ".")
        if phrase in cues("estimate-is-exact"):
            return "Exact", start - n  # "an estimated 5,700 people": the source, not a rounding
        if phrase in more:  # "no fewer than" before "fewer than"; "in the region of"
            return more[phrase], start - n
        if phrase in QUALIFIER_WORDS:
            return QUALIFIER_WORDS[phrase], start - n
    if start > 0 and lemma(_tk[start - 1]) in MORE_THAN_VERBS:
        return "MoreThan", start - 1
    return "Exact", start


def _qualifier_after(doc: Doc, end: int, uend: int) -> str | None:
    """A qualifier written after the number or its unit ('20,000 or more visitors',
    '20,000 visitors or so'; rule 'qualifier-phrases')."""
    _tk = doc_tokens(doc)  # the cached tokens: doc[i] builds a new Token on every call
    after = rule("qualifier-phrases")["cues"]["after"]
    for k in dict.fromkeys((end, uend)):
        if k + 1 < len(doc):
            phrase = f"{_tk[k].lower_} {_tk[k + 1].lower_}"
            if phrase in after and not (k + 2 < len(doc) and _tk[k + 2].lower_ in ("than", "of")):
                return after[phrase]  # not "20,000 or more than ..."
    return None


def _unit_after(doc: Doc, end: int, last: Token) -> tuple[str | None, int, bool, Token | None]:
    """(unit, end token, is currency, counted noun) for the words after a number run."""
    _tk = doc_tokens(doc)  # the cached tokens: doc[i] builds a new Token on every call
    if end >= len(doc):
        return None, end, False, None
    t = _tk[end]
    low = t.lower_
    after = doc_text(doc)[t.idx:t.idx + 60]
    m = _PERCENT_POINTS.match(after)
    if m:
        return "percentage point", _token_after(doc, t.idx + m.end()), False, None
    if low in PERCENT_WORDS:
        return "percent", end + 1, False, None
    m = _SPEED.match(after)
    if m:
        return m.group(1).lower().replace("kph", "km/h").replace("km/hr", "km/h"), _token_after(doc, t.idx + m.end()), False, None
    for n in (3, 2):  # "Norwegian kroner", "Hong Kong dollars", "U.S. dollars"
        if end + n <= len(doc):
            code = currency_code(doc[end:end + n].text)
            if code:
                return code, end + n, True, None
    m = _TEU.match(doc_text(doc)[t.idx - (1 if t.idx and doc_text(doc)[t.idx - 1] == " " else 0):])
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
        if two in _TWO_WORD_UNITS:
            return normalize_unit(two), end + 2, False, None
        m = _SQ.match(after)  # "5,000 sq. m", "200 sq.ft", "12,000 sq. metres"
        if m and measurement_unit("sq " + m.group(1)):
            return measurement_unit("sq " + m.group(1)), _token_after(doc, t.idx + m.end()), False, None
        m = _SQUARE_HYPHEN.match(after)  # "a 25,000 square-metre hall"
        if m and measurement_unit(m.group(0).replace("‑", "-")):
            return measurement_unit(m.group(0).replace("‑", "-")), _token_after(doc, t.idx + m.end()), False, None
        # "2.5 million net square feet": a word saying which area, then the unit
        if low in cues("area-qualifier") and end + 2 < len(doc):
            after_qualifier = f"{_tk[end + 1].lower_} {_tk[end + 2].lower_}"
            if after_qualifier in _TWO_WORD_UNITS:
                return normalize_unit(after_qualifier), end + 3, False, None
            if _tk[end + 1].lower_ in _MEASURE_UNITS and measurement_unit(_tk[end + 1].text):
                return measurement_unit(_tk[end + 1].text), end + 2, False, None
    after_scale = end > 0 and _tk[end - 1].lower_ in _SCALES  # "50 billion won": the currency, whatever the tagger says
    code = currency_code(t.text) if t.pos_ != "PROPN" or t.text.isupper() or low in ("yuan", "rmb") \
        or after_scale and t.text.islower() else None  # "10 million leva"
    if code and (low not in ("won", "real", "rand", "mark") or t.pos_ == "NOUN" or after_scale):
        return code, end + 1, True, None
    if low in _MEASURE_UNITS or t.text in ("GWh", "MWh", "kWh", "TWh", "GW", "MW", "kW"):
        return normalize_unit(t.text), end + 1, False, None
    # "a 50,000-tonne ship", "10-meter tall": a hyphen and a unit of measure
    if low in ("-", "–") and end + 1 < len(doc) and measurement_unit(_tk[end + 1].text):
        return measurement_unit(_tk[end + 1].text), end + 2, False, None
    if low in _HYPHENS and end + 1 < len(doc) and _tk[end + 1].lower_ in PERCENT_WORDS and not t.whitespace_:
        return "percent", end + 2, False, None  # "a 20-percent rise"
    if low in _HYPHENS and not t.whitespace_ and _per_cent(doc, end + 1):
        return "percent", end + 4, False, None  # "a 35.8-per-cent increase"
    if low in _HYPHENS and not t.whitespace_ and end + 2 < len(doc) and _tk[end + 1].lower_ == "per" \
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
    reach = 5  # words between the number and its noun
    if head is not None and _plural_after_kinds(doc, head) is not head:
        head, reach = _plural_after_kinds(doc, head), 10  # "30 government, semi-government and private institutions"
    if head is not None and head.pos_ == "ADJ" and head.i == end:  # "120 Canadian and 300 foreign films"
        shared = _shared_counted_noun(doc, head)
        if shared is not None:
            return _counted_unit(shared), head.i + 1, False, shared
    if head is not None and head.i >= end and head.pos_ in ("NOUN", "PROPN") and head.i - end <= reach \
            and not (head.ent_type_ == "DATE" and _DATE_WORDS.fullmatch(head.lower_) or head.lower_ in ("today", "now")) \
            and "\n" not in doc_text(doc)[last.idx:head.idx] \
            and not any(t.text in ("(", ")") for t in doc[end:head.i]):  # a misparse across lines ("Exhibitors: 1,200\nVisitors"), brackets
        shared = _shared_counted_noun(doc, head)  # "230 feature and 170 short films"
        if shared is not None:
            return _counted_unit(shared), head.i + 1, False, shared
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
            return _counted_unit(head), head.i + 1, False, head  # "Porto hosted 120 conferences last year"
        if head.lower_ in DURATION_NOUNS or lemma(head) in EVENT_HEADS:
            return None, end, False, None  # durations; counts of events are sessions or editions
        if any(_tk[k].like_num for k in range(end, head.i)):
            return _counted_unit(head), end, False, head  # "120 and 80 exhibitors": the next number is a figure too
        return _counted_unit(head), head.i + 1, False, head
    if t.pos_ == "NOUN" and t.tag_ in ("NNS", "NN") and not t.ent_type_:
        return _counted_unit(t), end + 1, False, t
    return None, end, False, None


def _plural_after_kinds(doc: Doc, head: Token) -> Token:
    """'30 government, semi-government and private sector institutions': the parse hangs
    the number on the first of a list of kind words (a singular noun) and makes the plural
    noun they all modify its conjunct (or the first kind word a modifier of the plural: '45
    food, drink and hospitality companies'). The plural is what is counted when only kind words,
    commas and conjunctions stand between, with no number of its own (rule
    'coordinated-kinds'; not '30 government officials and 20 business leaders')."""
    if head.tag_ != "NN" or head.pos_ != "NOUN" or measurement_unit(head.text) or currency_code(head.text) \
            or head.lower_ in DURATION_NOUNS or head.lower_ in _SCALES or lemma(head) in EVENT_HEADS:
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
    return k + 2 < len(doc) and _tk[k].lower_ == "per" and _tk[k + 1].text in _HYPHENS and _tk[k + 2].lower_ == "cent" \
        and not _tk[k].whitespace_ and not _tk[k + 1].whitespace_


def _shared_counted_noun(doc: Doc, kind: Token) -> Token | None:
    """'230 feature and 170 short films': the plural noun two counts share, when the parse
    made the first kind word a singular noun with the plural as its conjunct; the plural
    has a number and a modifier of its own, where the kind word stands in the first count
    (rule 'shared-counted-noun')."""
    if kind.tag_ not in ("NN", "JJ", "NNP") or kind.lower_ in cues("shared-counted-noun", "not_kinds") \
            or measurement_unit(kind.text) or currency_code(kind.text) or kind.lower_ in DURATION_NOUNS:
        return None
    prefix = _hyphen_prefix(kind)  # "230 feature-length and 170 short films"
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
_PLACE_NOUNS = frozenset({"city", "country", "nation", "province", "state", "region", "capital", "municipality",
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
    return subj.lower_ in _PLACE_NOUNS and subj.tag_ == "NN" \
        and any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in subj.children)


def _plus_noun(doc: Doc, end: int) -> Token | None:
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
    if not words or not all(t.pos_ == "NOUN" for t in words) or not any(
            t.lower_ in cues("counted-nights") for t in words):
        return None
    return normalize_unit(" ".join(t.lower_ for t in words) + " " + head.lower_)


def _token_after(doc: Doc, char: int) -> int:
    """Index of the first token that starts at or after character ``char``."""
    span = doc.char_span(0, char, alignment_mode="expand") if char > 0 else None
    return span.end if span is not None else 0


def _with_rate(doc: Doc, unit: str, end: int) -> tuple[str, int]:
    """'tonnes per year' -> 'ton per year', '7.8 tonnes of freight per inhabitant'."""
    if end >= len(doc):
        return unit, end
    start = doc[end].idx if end < len(doc) else len(doc_text(doc))
    m = _RATE.match(doc_text(doc)[start:start + 60])
    if not m:
        return unit, end
    per = "year" if m.group(0).strip().lower() == "annually" else singularize(m.group(1).lower())
    return rate_unit(unit, per), _token_after(doc, start + m.end())


def _hyphen_prefix(noun: Token) -> Token | None:
    """'start' of 'start-ups': the part before a hyphen written without spaces."""
    doc = noun.doc
    k = noun.i
    if k >= 2 and doc[k - 1].text in ("-", "‑") and not doc[k - 1].whitespace_ and not doc[k - 2].whitespace_ \
            and doc[k - 2].is_alpha and not doc[k - 2].like_num:
        return doc[k - 2]
    return None


def _counted_unit(noun: Token) -> str:
    """'institutions and organisations' -> 'institution and organisation'; 'people' -> 'person'.
    A conjunct with a number of its own is another figure's unit: '95,000 visitors and 1,150
    exhibitors' counts visitors, then exhibitors."""
    words = [noun] + [c for c in noun.conjuncts if c.i > noun.i and c.pos_ == "NOUN"
                      and not _counted_apart(noun, c)][:2]
    labels = []
    for w in words:
        comp = [c for c in w.children if c.dep_ == "compound" and c.pos_ == "NOUN" and c.i == w.i - 1
                and c.lower_ not in _SCALES and not c.like_num and not any(ch.isdigit() for ch in c.text)]  # "2.4 lakh visitors", "10k visitors"
        # an acronym keeps its case: 'MoUs' -> 'MoU', 'SMEs' -> 'SME'
        label = singularize(w.text) if any(ch.isupper() for ch in w.text[1:]) else singularize(w.lower_)
        prefix = _hyphen_prefix(w)
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
    return any(_is_number_token(t) for t in doc[noun.i + 1:conj.i]) \
        or any(c.dep_ == "nummod" for c in conj.children)


def ctx_dollar(ctx: Context) -> str:
    """What a bare '$' means in this release: the event country's dollar, else USD."""
    ev = ctx.result.main_event
    for p in ev.places if ev else ():
        if p.kind == "country":
            place = lookup_place(p.name)
            if place is not None and place.country_code in _LOCAL_DOLLAR:
                return _LOCAL_DOLLAR[place.country_code]
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


def _local_currencies(ctx: Context, figures: list[_Figure]) -> None:
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


_MAYBE_FIGURE = patterns.compile(
    r"\d+|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|"
    r"dozen|half|third|thirds|quarter|quarters|fifth|fifths|tenth|tenths|thousand|million|billion|trillion|lakh|"
    r"crore)\b",
    re.I,
)


_COMPARISON_PATTERNS = [(phrase, patterns.compile(r"\b" + re.escape(phrase) + r"\b"), label)
                        for phrase, label in COMPARISONS.items()]


def _candidate_starts(doc: Doc) -> list[int]:
    """Token indices worth a closer look: those in words that hold a digit or a number word,
    and where a pattern of rules/statistics.json matched ('doubled', 'tenfold')."""
    text = doc_text(doc)
    starts = set()
    for m in _MAYBE_FIGURE.finditer(text):
        starts.update(token_range(doc, m.start(), m.end()))
    starts.update(shape_matches(doc))
    return sorted(starts)


def _shape_figure(ctx: Context, i: int, blocked: set[int]) -> _Figure | None:
    """A share written as a ratio ('one in two visitors') or a multiple ('ten times higher',
    'grew threefold', 'doubled') starting at token i."""
    doc = ctx.doc
    _tk = doc_tokens(doc)  # the cached tokens: doc[i] builds a new Token on every call
    found = shape_matches(doc).get(i)
    if found is None:
        return None
    name, a, b = found
    if any(k in blocked for k in range(a, b)) or ctx.is_mention_token(_tk[a]):
        return None
    if name == "ratio-share":
        if _YEAR.match(_tk[b - 1].text) or (b < len(doc) and _tk[b].lower_ in DURATION_NOUNS):
            return None  # "one in 2024", "one in ten days"
        value = ratio_percent(doc[a:b].text)
        if value is None:
            return None
        noun = _tk[b] if b < len(doc) and _tk[b].pos_ == "NOUN" else None
        qual, qs = _qualifier(doc, a)
        return _Figure(a, b, value, "percent", False, noun, qs, qual)
    if name == "multiple-times":
        num = next((k for k in range(a, b) if _tk[k].like_num or _tk[k].lower_.endswith("fold")), a)
        last = next((k for k in range(num, b) if _tk[k].lower_ in ("times", "fold") or _tk[k].lower_.endswith("fold")), num)
        value = parse_multiple(doc[num:last + 1].text)
        if value is None:
            return None
        qual, qs = _qualifier(doc, num)
        return _Figure(num, last + 1, value, "times", False, None, qs, qual, change=True)
    if name == "multiple-verb":
        if b < len(doc) and _tk[b].lower_ in cues("multiple-verb", "not_after"):
            return None  # "doubled as a lecture hall"
        value = parse_multiple(_tk[a].text)
        if value is None:
            return None
        qual, qs = _qualifier(doc, a)
        return _Figure(a, b, value, "times", False, None, qs, qual, change=True)
    return None


_FRACTION_WORDS = frozenset({"half", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "tenth", "tenths"})
_NUMERATORS = frozenset({"a", "an", "one", "two", "three", "four", "nine"})


def _find_figures(ctx: Context, blocked: set[int]) -> list[_Figure]:
    doc = ctx.doc
    _tk = doc_tokens(doc)  # the cached tokens: doc[i] builds a new Token on every call
    out: list[_Figure] = []
    candidates = _candidate_starts(doc)
    k = 0
    i = 0
    while k < len(candidates) or i < len(doc):
        # jump to the next token that may start a figure; fractions look two tokens ahead
        while k < len(candidates) and candidates[k] < i:
            k += 1
        if k >= len(candidates):
            break
        i = max(i, candidates[k] - 2)
        tok = _tk[i]
        shaped = _shape_figure(ctx, i, blocked)
        if shaped is not None:
            out.append(shaped)
            i = shaped.end
            continue
        frac = _fraction(doc, i)
        if frac is None and i + 1 < len(doc) and tok.lower_ in _NUMERATORS and _tk[i + 1].lower_ in _FRACTION_WORDS:
            frac = _fraction(doc, i + 1)  # "one third of"
            if frac is not None:
                i += 1
        if frac is None and i + 2 < len(doc) and _tk[i + 1].text in ("-", "–"):
            frac = _fraction(doc, i + 2)  # "two-thirds of"
            if frac is not None:
                i += 2
        if frac is not None and i not in blocked:
            start, value, noun = frac
            qual, qs = _qualifier(doc, start)
            out.append(_Figure(start, i + 1, value, "percent", False, noun, qs, qual))
            i += 1
            continue
        if not _is_number_token(tok):
            i += 1
            continue
        end, text, glued = _run(doc, i)
        glued_unit = split_unit(tok.text) if end == i + 1 else None  # "40,000sqm"
        if glued_unit is None and end == i + 1 and _GLUED_PERCENT.match(tok.text):
            glued_unit = (_GLUED_PERCENT.match(tok.text).group(1), "percent")  # "15pc"
        if glued_unit is not None:
            text = glued_unit[0]
        if _skip(ctx, doc, i, end, text, blocked):
            i = end
            continue
        value = parse_number(text)
        if value is None:
            i = end
            continue
        currency = glued
        if glued == "USD" and tok.text.startswith("$") and ctx_dollar(ctx) != "USD":
            currency = ctx_dollar(ctx)
        prefix_end = i
        if currency is None and i > 0:
            prev = _tk[i - 1]
            if prev.text == "$" and ctx_dollar(ctx) != "USD":
                currency, prefix_end = ctx_dollar(ctx), i - 1
            elif currency_prefix(prev.text):
                currency = currency_prefix(prev.text)
                prefix_end = i - 1
            elif prev.text == "." and i > 1 and not _tk[i - 2].whitespace_ and _tk[i - 2].text.isalpha() \
                    and currency_prefix(_tk[i - 2].text):
                currency = currency_prefix(_tk[i - 2].text)  # "Rs. 250 crore": the abbreviation's stop
                prefix_end = i - 2
        # range "39-50 per cent", "3 to 5 million"
        between = prefix_end > 0 and _tk[prefix_end - 1].lower_ == "between"
        # "rose from 20,000 to 24,900": an old and a new level, not a range
        from_to = prefix_end > 0 and _tk[prefix_end - 1].lower_ == "from" and _tk[end].lower_ == "to" \
            and governing_verb(tok) is not None and (lemma(governing_verb(tok)) in CHANGE_WORDS
                                                    or lemma(governing_verb(tok)) in _REPORTING_VERBS)
        upper_at = end + 1
        if upper_at + 1 < len(doc) and (_tk[upper_at].text in _SYMBOLS or currency_prefix(_tk[upper_at].text)) \
                and currency and _is_number_token(_tk[upper_at + 1]):
            upper_at += 1  # "between $2 billion and $3 billion", "from €5 to €15"
        if end + 1 < len(doc) and (_tk[end].text in ("-", "–", "to") or between and _tk[end].lower_ == "and") \
                and not from_to and _is_number_token(_tk[upper_at]) \
                and not _YEAR.match(_tk[upper_at].text):
            end2, text2, _ = _run(doc, upper_at)
            upper = parse_number(text2)
            if upper is not None and upper > value:
                unit, uend, is_cur, head = _unit_after(doc, end2, _tk[end2 - 1])
                if currency:
                    unit, is_cur = currency, True
                if unit:
                    scale = next((w for w in text2.split()[1:] if w.lower() in _SCALES), None)
                    if scale and not any(w.lower() in _SCALES for w in text.split()[1:]):
                        value = parse_number(f"{text} {scale}") or value
                    qual, qs = _qualifier(doc, prefix_end)
                    out.append(_Figure(i, end, value, unit, is_cur, head, qs, "AtLeast"))
                    out.append(_Figure(upper_at, uend, upper, unit, is_cur, head, end + 1, "UpTo"))
                    i = uend
                    continue
        plus = _plus_noun(doc, end)  # "200+ speakers"
        if glued_unit is not None:
            unit, uend, is_cur, head = glued_unit[1], end, False, None
        elif plus is not None:
            unit, uend, is_cur, head = _counted_unit(plus), plus.i + 1, False, plus
        else:
            unit, uend, is_cur, head = _unit_after(doc, end, _tk[end - 1])
        if unit and not is_cur and unit not in ("percent", "percentage point") and head is None:
            unit, uend = _with_rate(doc, unit, uend)
        if unit and head is not None and not is_cur:
            unit, uend = _with_rate(doc, unit, uend)
        if currency:
            # a currency word after the scale ("2.5 billion US dollars") still ends the span
            if unit and is_cur:
                end = uend
            unit, is_cur, uend = currency, True, max(uend if is_cur else end, end)
        hint = None
        if unit is None:
            # the token of the run the parse hangs on the clause ("12 500": "500")
            root = next((_tk[k] for k in range(i, end) if not i <= _tk[k].head.i < end), tok)
            if root.dep_ == "nummod" and lemma(root.head) in EVENT_HEADS:
                i = end  # "hosted 85 festivals": a count of events, never another figure's unit
                continue
            unit, hint = _labelled_count(doc, prefix_end) or _fallback_unit(ctx, root, end, out)
            if unit is None:
                i = end
                continue
            uend = end
        if _DOT_GROUPED.match(text) and (head is not None and not is_cur and unit not in _UNITS_OF_MEASURE
                                         or text.endswith(".000")):
            value = float(text.replace(".", ""))  # "2.500 exhibitors": no count has a fraction; "80.000 m²"
        qual, qs = _qualifier(doc, prefix_end)
        if plus is not None or _tk[end - 1].text.endswith("-plus") or (end + 1 < len(doc) and _tk[end].text == "-" and _tk[end + 1].lower_ == "plus"):
            qual = "AtLeast"  # "1,000-plus delegates"
        elif end + 1 < len(doc) and _tk[end].text == "-" and _tk[end + 1].lower_ == "odd":
            qual = "Approximately"  # "40-odd countries"
        elif qual == "Exact" and _qualifier_after(doc, end, uend) is not None:
            qual = _qualifier_after(doc, end, uend)  # "20,000 or more visitors", "20,000 visitors or so"
        paren = i > 0 and (_tk[prefix_end - 1].text == "(" if prefix_end > 0 else False) or \
            (prefix_end > 1 and _tk[qs - 1].text == "(" if qs > 0 else False)
        out.append(_Figure(i, uend, value, unit, is_cur, head, qs, qual, parenthetical=bool(paren), measure_hint=hint,
                           tail=_change_noun_end(doc, i, uend) if unit in ("percent", "percentage point") else None))
        i = uend
    return out


def _change_noun_end(doc: Doc, start: int, end: int) -> int | None:
    """'a 12-percent rise', 'a 35.8-per-cent increase', 'a 4% year-on-year drop': a percent
    written as the modifier of a change noun (rule 'adjectival-change'); returns the token
    after the noun. The parse must hang the figure on the noun, with only modifiers between."""
    _tk = doc_tokens(doc)  # the cached tokens: doc[i] builds a new Token on every call
    nouns = cues("adjectival-change", "nouns")
    for k in range(end, min(len(doc), end + 5)):
        t = _tk[k]
        if t.pos_ == "NOUN" and lemma(t) in nouns:
            if any(_tk[j].head.i == k or _tk[j].head.i in range(end, k) for j in range(start, end)) \
                    and all(w.pos_ in ("ADJ", "NOUN", "PUNCT", "ADV", "PROPN") and w.text not in (",", ";", ":", "(", ")")
                            for w in doc[end:k]):
                return k + 1
            return None
        if t.pos_ not in ("ADJ", "NOUN", "PUNCT", "ADV", "PROPN") or t.text in (",", ";", ":", "(", ")"):
            return None
    return None


def _fraction(doc: Doc, i: int) -> tuple[int, float, Token | None] | None:
    """'half of the exhibitors', 'a third of them', 'two-thirds of', 'more than half the
    stands' -> (start token, percent, the noun counted)."""
    _tk = doc_tokens(doc)  # the cached tokens: doc[i] builds a new Token on every call
    tok = _tk[i]
    low = tok.lower_
    if low not in _FRACTION_WORDS or i + 1 >= len(doc):
        return None
    after = _tk[i + 1].lower_
    if tok.ent_type_ in ("DATE", "TIME") and not (after == "of" and _tk[i + 1].ent_type_ != "DATE" and not any(
            t.lower_ in DURATION_NOUNS or t.lower_ in ("century", "decade") for t in doc[i + 2:i + 4])):
        return None  # "the first quarter"; but "nearly a quarter of the total" is a share
    if after != "of" and not (after in cues("fraction-share", "determiners_after") and low == "half"):
        return None
    if i + 2 < len(doc) and (_tk[i + 2].ent_type_ == "DATE" or _YEAR.match(_tk[i + 2].text)):
        return None  # "the first half of 2024" is a period
    start = i
    prev = _tk[i - 1] if i > 0 else None
    if prev is not None and prev.text in ("-", "–") and i > 1:
        start, prev = i - 2, _tk[i - 2]
    if prev is not None and prev.lower_ in ("first", "second", "last", "latter", "former", "other", "third", "fourth",
                                            "the", "this", "that"):
        return None  # "the second half of the programme", "the other half"
    numerator = prev.lower_ if prev is not None and prev.lower_ in _NUMERATORS else None
    value = fraction_percent(f"{numerator} {low}" if numerator else low)
    if value is None:
        return None
    if numerator:
        start = prev.i
    # the counted noun: 'of the exhibitors', 'half the stands'
    k = i + 1 if after != "of" else i + 2
    while k < len(doc) and k < i + 5 and (_tk[k].pos_ in ("DET", "ADJ", "PRON", "NUM") or _tk[k].text == ",") \
            and _tk[k].lower_ != "them":
        k += 1  # "a quarter of the 620 exhibitors"
    noun = _tk[k] if k < len(doc) and _tk[k].pos_ == "NOUN" and _tk[k].tag_ == "NNS" else None
    if after != "of" and noun is None:
        return None  # "half the price"
    return start, value, noun


def _fallback_unit(ctx: Context, tok: Token, end: int, prior: list[_Figure]) -> tuple[str | None, str | None]:
    """(unit, measure) of a bare number: 'the number of exhibitors – about 3,700', 'the figure
    ... 1.3 million', 'attendance was 12,500', '120 in attendance', or the unit of the figure
    it continues ('180 buyers: 75 from Africa, ...', '725 stands, 547 of which are ...')."""
    doc = tok.doc
    sent = sent_of(tok)
    text = span_text(sent)
    m = re.search(r"\bnumber of (\w+)", text, re.I)
    if m and m.group(1).lower() in ("last", "the", "this", "that", "previous", "its", "their") \
            and _counted_after_number_of(sent, m.start(1)) is None:
        m = None  # "three times the number of last year": no counted noun
    if m:
        noun = _counted_after_number_of(sent, m.start(1))
        return (_counted_unit(noun) if noun is not None else singularize(m.group(1).lower())), None
    # "visitor numbers rose from 20,000 to 24,900"; "..., and exhibitor numbers rose 5% to 600":
    # the last one written before the number
    before = [m for m in _COUNTED_NUMBERS.finditer(text) if sent.start_char + m.end() <= tok.idx]
    m = before[-1] if before else _COUNTED_NUMBERS.search(text)
    if m and singularize(m.group(1).lower()) in EVENT_UNITS:
        return singularize(m.group(1).lower()), m.group(0)
    part = _of_which(doc, end)
    if part is not None:
        return part
    counted = _counted_subject(tok) or _attending_number(tok) or _drawn_number(ctx, tok)
    if counted is not None:  # "visitors numbered 20,000", "exhibitors totalled 1,200", "45,000 attended"
        return counted
    origin = _origin_phrase(doc, end)
    attendance = cues("attendance", "nouns")
    if end + 1 < len(doc) and doc[end].lower_ == "in" and doc[end + 1].lower_ in attendance:
        return cue("attendance", "unit"), doc[end + 1].lower_  # "120 in attendance"
    same_sentence = [f for f in prior if sent.start <= f.start < sent.end]
    if re.search(r"\b(figure|total|number|tally|count)\b", text, re.I):
        same_sentence = prior
    # "1,800 visitors, up from 1,500" / "120 exhibitors, 45 from Japan": the unit carries over;
    # after "compared with" / "up from" it is the sentence's headline figure that is compared
    start = next((k for k in range(tok.i, -1, -1) if k == 0 or not doc[k - 1].like_num), tok.i)  # the run's first token
    owner = _possessive_date(doc, start)
    k = owner.start if owner is not None else start
    prev = doc[k - 1].lower_ if k > 0 else ""
    compared = prev in ("with", "from", "than", "to")
    # "1,200 exhibitors from 30 countries, 15 more than last year": a difference counts what the
    # figure it changes counts, not where those come from
    more = bool(_comparative_pattern(True).match(doc_text(doc)[doc[end - 1].idx + len(doc[end - 1].text):sent.end_char]))
    ordered = _compared_first(same_sentence) if compared or more else list(reversed(same_sentence))
    if more:
        ordered = [f for f in ordered if not _from_places(doc, f)] + [f for f in ordered if _from_places(doc, f)]
    if compared and sent.start > 0 and not any(not f.currency and f.unit not in ("percent", "times") for f in ordered):
        # "The fair drew 620 exhibitors. That is up 8% from last year's 574.": the old level
        # of the figure the sentence before gave, in the same paragraph
        before = sent_of(doc[sent.start - 1])
        if "\n" not in doc_text(doc)[before.start_char:sent.start_char]:
            ordered = [f for f in reversed(prior) if before.start <= f.start < before.end]
    for f in ordered:
        if not f.currency and f.unit not in ("percent", "times"):
            hint = _modified(f.unit_head) if f.unit_head is not None else f.measure_hint
            if hint and origin and f.unit_head is None:
                hint = re.sub(r"\s+from\s+[A-Z].*$", "", hint)  # not the last one's origin: "30 from Spain and 20 from France"
            return f.unit, (f"{hint} {origin}" if hint and origin else hint)
    cue_noun = next((t for t in sent if t.lower_ in attendance and t.pos_ in ("NOUN", "PROPN") and t.i < tok.i), None)
    if cue_noun is not None:  # "attendance was 12,500", "reported attendance by continent: 1,592 from Africa"
        return cue("attendance", "unit"), f"{cue_noun.lower_} {origin}" if origin else cue_noun.lower_
    return None, None


def _from_places(doc: Doc, f: _Figure) -> bool:
    """'from 30 countries': a figure that only says where the counted of another come from."""
    k = f.qual_start if f.qual_start is not None else f.start
    return k > 0 and doc[k - 1].lower_ in ("from", "across") and f.unit_head is not None \
        and f.unit.split(" and ")[0] in _PLACE_NOUNS


def _compared_first(figures: list[_Figure]) -> list[_Figure]:
    """The figures a bare base ('up from 1,000', 'compared with 900') may continue, the one
    it is compared with first: the latest before it that is not only where the counted of
    an earlier one come from ('95,000 visitors and 1,150 exhibitors, up from 1,000' compares
    the exhibitors; '600 exhibitors from 40 countries, up from 550' the exhibitors)."""
    heads = {f.unit_head.i for f in figures if f.unit_head is not None}
    own = [f for f in reversed(figures) if not _nested_under(f, heads)]
    return own + [f for f in figures if f not in own]


def _nested_under(f: _Figure, heads: set[int]) -> bool:
    """Does the figure hang, through a preposition or a clause, on another figure's counted
    noun ('600 exhibitors from 40 countries')? A conjunct ('visitors and 1,150 exhibitors')
    does not."""
    t = f.unit_head if f.unit_head is not None else None
    if t is None or not heads:
        return False
    through = False
    for _ in range(8):
        if t.head.i == t.i:
            return False
        if t.dep_ in ("prep", "pobj", "relcl", "acl", "appos"):
            through = True
        t = t.head
        if t.i in heads and t.i != f.unit_head.i:
            return through
    return False


def _counted_after_number_of(sent: Span, char: int) -> Token | None:
    """The plural noun 'the number of ...' counts, its modifiers stepped over: 'the number of
    international visitors' -> 'visitors', not 'international'."""
    start = sent.start_char + char
    for t in sent:
        if t.idx < start:
            continue
        if t.tag_ in ("NNS", "NNPS"):
            return t
        if t.pos_ not in ("ADJ", "NOUN", "VERB", "PROPN") or t.idx - start > 40:
            return None  # "the number of them", or no counted noun nearby
    return None


def _labelled_count(doc: Doc, start: int) -> tuple[str, str] | None:
    """'Exhibitors: 1,200', 'Visitors – 45,000': a key figure after the plural noun it
    counts and a colon or dash, as in fact boxes and lists of key figures."""
    _tk = doc_tokens(doc)  # the cached tokens: doc[i] builds a new Token on every call
    qual_start = _qualifier(doc, start)[1]  # "Total aircraft: More than 10,000"
    if qual_start < start and qual_start >= 2 and _tk[qual_start - 1].text in cues("labelled-count", "separators"):
        start = qual_start
    if start < 2 or _tk[start - 1].text not in cues("labelled-count", "separators"):
        return None
    noun = _tk[start - 2]
    plural = noun.tag_ in ("NNS", "NNPS") or noun.lower_ in cues("labelled-count", "invariant_plurals")
    if not plural or noun.ent_type_ in ("GPE", "LOC", "PERSON", "DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY") \
            or lemma(noun) in EVENT_HEADS or noun.lower_ in DURATION_NOUNS:
        return None
    if start - 3 >= 0 and _tk[start - 3].like_num:
        return None  # "120 exhibitors: 45 from Japan" carries the unit another way
    return _counted_unit(noun), _modified(noun)


_COUNTED_NUMBERS = patterns.compile(r"\b([a-z]+) (?:numbers|figures|count|tally|headcount)\b", re.I)


def _counted_subject(tok: Token) -> tuple[str, str] | None:
    """'Visitors numbered 20,000', 'exhibitors totalled 1,200': a bare number that a verb
    of amount gives to a subject counting people or things at an event."""
    verb = governing_verb(tok)
    if verb is None:
        return None
    including = lemma(verb) in cues("counted-subject", "part_verbs")  # "exhibitors included 300 from China"
    if not including and lemma(verb) not in _REPORTING_VERBS | {"number", "climb", "jump"}:
        return None
    base = tok
    while base.dep_ == "conj" and base.head.like_num and _says_respectively(base):
        base = base.head  # "numbered 1,200 and 40,000 respectively"
    direct = base.head.i == verb.i and base.dep_ in ("dobj", "attr", "npadvmod", "oprd") or (
        tok.dep_ == "pobj" and tok.head.head.i == verb.i and tok.head.lower_ in ("from", "to", "at", "by")) or (
        # "Visitors were up 12 percent to 48,000": the new level hangs on the 'up' of the verb
        tok.dep_ == "pobj" and tok.head.lower_ in ("from", "to") and tok.head.head.lower_ in ("up", "down")
        and tok.head.head.head.i == verb.i)
    if including:  # a part of the subject: the number and where it comes from, nothing else
        direct = tok.head.i == verb.i and tok.dep_ == "dobj"
    if not direct:
        return None  # "visitors can reach the venue via Corridor 5"
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    counting = lemma(verb) in cues("counted-subject", "count_verbs") and subj is not None \
        and subj.lower_ not in cues("counted-subject", "amount_nouns") and subj.pos_ == "NOUN" \
        and subj.ent_type_ in ("", "ORG", "PRODUCT")  # a plural common noun the recognizer guessed a name
    if subj is None or subj.tag_ != "NNS" or not (singularize(subj.lower_) in EVENT_UNITS or counting
                                                  or singularize(subj.lower_) in cues("counted-subject", "counted_nouns")):
        return None  # "Showplanes totaled 2,757": a verb that only counts takes any plural that is no amount
    return _respective(tok, subj) or (_counted_unit(subj), _modified(subj))


def _says_respectively(tok: Token) -> bool:
    return any(t.lower_ == "respectively" for t in sent_of(tok))


def _respective(tok: Token, subj: Token) -> tuple[str, str] | None:
    """'Exhibitors and visitors numbered 1,200 and 40,000 respectively': the nth number
    counts the nth of the coordinated subjects."""
    if not _says_respectively(tok):
        return None
    first = tok
    while first.dep_ == "conj" and first.head.like_num:
        first = first.head
    numbers = sorted([first, *first.conjuncts], key=lambda t: t.i)
    nouns = sorted([subj, *[c for c in subj.conjuncts if c.pos_ == "NOUN"]], key=lambda t: t.i)
    if len(numbers) != len(nouns) or len(nouns) < 2 or tok not in numbers:
        return None
    noun = nouns[numbers.index(tok)]
    return singularize(noun.lower_), _modified(noun)


def _attending_number(tok: Token) -> tuple[str, str] | None:
    """'Some 45,000 attended', 'the show was attended by 45,000', '2,000 took part': a bare
    number that is who attends (the subject of a verb of attending, or its agent) counts
    those who attend (rule 'attending-number' of rules/statistics.json)."""
    verb = governing_verb(tok)
    if verb is None:
        return None
    verbs = rule("attending-number")["cues"]["verbs"]
    key = lemma(verb)
    if key == "take" and any(c.lower_ == "part" for c in verb.children):
        key = "take part"
    if key == "turn" and any(c.lower_ == "out" for c in verb.children):
        key = "turn out"
    unit = verbs.get(key) if isinstance(verbs, dict) else None
    if unit is None:
        return None
    subject = tok.dep_ in ("nsubj",) and tok.head.i == verb.i
    agent = tok.dep_ == "pobj" and tok.head.lower_ == "by" and tok.head.head.i == verb.i \
        and any(c.dep_ == "auxpass" for c in verb.children)
    if not (subject or agent):
        return None
    return unit, rule("attending-number")["cues"]["measures"].get(unit, unit)


def _people_attending(ctx: Context, f: _Figure) -> str | None:
    """'1,112,000 people visited the show', 'the fair was attended by 3,000 people', 'the
    fair drew 21,000 people': people counted by a verb of attending or drawing are its
    visitors, attendees or participants (rule 'attending-number', cue 'people_measures');
    the unit stays 'person', as the text says people."""
    head = f.unit_head
    if head is None or f.currency or head.lower_ not in cues("attending-number", "people_nouns"):
        return None
    found = _attending_number(head) or _drawn_number(ctx, head)
    if found is None:
        return None
    return rule("attending-number")["cues"]["people_measures"].get(found[0])


def _drawn_number(ctx: Context, tok: Token) -> tuple[str, str] | None:
    """'The fair drew 50,000', 'the expo is expected to attract more than 100,000': a bare
    number that a verb of drawing gives the event as its object counts those it draws
    (rule 'attending-number', cue 'object_verbs'). The subject must be the event: its name
    or 'the fair' ('the company attracted 50,000' says nothing of whom)."""
    verb = governing_verb(tok)
    if verb is None:
        return None
    qualified = tok.dep_ == "pobj" and tok.head.lower_ in ("over", "around", "about") and tok.head.head.i == verb.i
    if not (tok.dep_ == "dobj" and tok.head.i == verb.i or qualified):  # "drew over 50,000"
        return None
    unit = rule("attending-number")["cues"]["object_verbs"].get(lemma(verb))
    if unit is None:
        return None
    subj = next((c for c in clause_head(verb).children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or not (ctx.is_mention_token(subj) or subj.lower_ in EVENT_ANAPHORS and subj.tag_ == "NN"
                            or lemma(subj) in EVENT_HEADS):
        return None
    return unit, rule("attending-number")["cues"]["measures"].get(unit, unit)


def _origin_phrase(doc: Doc, end: int) -> str | None:
    """'from Africa' right after a bare number ('75 from Africa'), as written."""
    _tk = doc_tokens(doc)  # the cached tokens: doc[i] builds a new Token on every call
    if end + 1 < len(doc) and _tk[end].lower_ == "from" and _tk[end + 1].pos_ == "PROPN":
        k = end + 1
        while k < len(doc) and (_tk[k].pos_ == "PROPN" or _tk[k].lower_ in ("and", "the") and k + 1 < len(doc)
                                and _tk[k + 1].pos_ in ("PROPN", "DET")):
            k += 1
        return doc[end:k].text
    return None


def _of_which(doc: Doc, end: int) -> tuple[str, str] | None:
    """'547 of which are national companies': the noun after the verb is what is counted."""
    _tk = doc_tokens(doc)  # the cached tokens: doc[i] builds a new Token on every call
    if end + 2 >= len(doc) or _tk[end].lower_ != "of" or _tk[end + 1].lower_ not in cues("of-which"):
        return None
    k = end + 2
    if _tk[k].lower_ in ("are", "were", "is", "was"):
        k += 1  # "547 of which are national companies"; "286 of them first-time exhibitors"
    for t in doc[k:min(len(doc), k + 4)]:
        if t.pos_ == "NOUN" and t.tag_ == "NNS":
            return _counted_unit(t), _modified(t)
        if t.pos_ not in ("ADJ", "DET", "NOUN", "ADV"):
            break
    return None


def _noun_phrase(tok: Token, drop_places: bool = True) -> str:
    """The text of a noun phrase without determiners and 'in <place>' adjuncts."""
    toks = []

    def walk(t: Token) -> None:
        toks.append(t)
        for c in t.children:
            if c.dep_ in ("relcl", "acl", "advcl", "appos", "punct", "det", "nummod", "quantmod"):
                continue
            if c.dep_ == "prep" and (c.lower_ not in ("of", "for") or (drop_places and any(
                    g.ent_type_ in ("GPE", "LOC") for g in c.subtree))):
                if c.lower_ != "of":
                    continue
            walk(c)

    walk(tok)
    toks.sort(key=lambda t: t.i)
    text = " ".join(t.text for t in toks if not t.like_num)
    return clean_name(text.replace(" 's", "'s"))


_REPORTING_VERBS = frozenset({"reach", "exceed", "total", "hit", "stand", "amount", "surpass", "top",
                              "achieve", "record", "register", "see", "be", "rise", "grow", "increase",
                              "double", "triple", "treble", "quadruple", "multiply", "expand", "fall", "drop",
                              "decline", "decrease", "jump", "climb", "surge", "soar", "gain", "shrink", "slip",
                              "dip", "average", "come"})


#: normalized units of measure (not counted things): "55,000 square metres of exhibition space"
_UNITS_OF_MEASURE = frozenset({"square metre", "square foot", "square kilometre", "square mile", "cubic metre", "metre", "kilometre", "hectare", "acre", "ton",
                               "kilogram", "barrel", "litre", "TEU", "GW", "MW", "kW", "TW", "GWh", "MWh",
                               "kWh", "TWh", "GWp", "MWp", "kWp"})
#: nouns that only say how much of something there is ("a total of 36 projects")
_AMOUNT_NOUNS = frozenset({"total", "number", "sum", "group", "delegation", "team", "batch", "series", "host",
                           "variety", "handful", "lot", "crowd", "contingent", "line-up", "lineup"})


def _modified(noun: Token) -> str:
    """A noun with the modifiers written before it: 'lithium batteries' (not a scale word
    the parse hung on it: '2.4 lakh visitors', nor the hedge 'an estimated 5,700 people')."""
    prefix = _hyphen_prefix(noun)
    doc = noun.doc
    return " ".join([c.text for c in noun.children if c.dep_ in ("amod", "compound") and c.i < noun.i
                     and c.lower_ not in _SCALES and not c.like_num and not any(ch.isdigit() for ch in c.text)
                     and (prefix is None or c.i != prefix.i) and c.lower_ not in cues("estimate-is-exact")
                     and not (c.i > 1 and doc[c.i - 1].text in ("-", "–") and doc[c.i - 2].like_num)]  # "300-strong"
                    + [f"{prefix.text}-{noun.text}" if prefix is not None else noun.text])


def _implied_measure(doc: Doc, f: _Figure, figures: list[_Figure]) -> str | None:
    """A measure the text implies when it writes none (rules 'implied-measure' of
    rules/statistics.json): the object a change is applied to ('cuts fuel consumption by 30
    percent'), the thing a quantity is of inside a rate ('41 litres of milk per day'), the
    share an earlier figure of the sentence names ('87 percent of respondents ..., and 62
    percent ...'), what a verb of money makes ('raised' -> 'funds raised'), the subject of
    the clause, else the dimension of the unit ('MW' -> 'capacity', 'km/h' -> 'speed')."""
    _tk = doc_tokens(doc)  # the cached tokens: doc[i] builds a new Token on every call
    first = _tk[f.start]
    verb = governing_verb(first)
    while verb is not None and f.start <= verb.i < f.end and verb.head.i != verb.i:
        verb = governing_verb(verb.head)  # "50 billion won": the currency the tagger took for a verb
    k = f.qual_start if f.qual_start is not None else f.start
    if verb is not None and k > 0 and _tk[k - 1].lower_ == "by":
        obj = next((c for c in verb.children if c.dep_ == "dobj" and not _part_of_figure(c)), None)
        if obj is not None and obj.pos_ == "NOUN":
            return _modified(obj)
    for t in doc[f.start:f.end]:
        if t.lower_ == "of" and t.i + 1 < f.end:
            obj = next((c for c in t.children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None)
            if obj is not None:
                return _modified(obj)
    sent = sent_of(first)
    if f.unit == "percent":
        for g in reversed([g for g in figures if sent.start <= g.start < f.start and g.unit == "percent"]):
            of = _tk[g.end] if g.end < len(doc) and _tk[g.end].lower_ == "of" else None
            obj = next((c for c in of.children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None) if of is not None else None
            if obj is not None:
                return "share of " + _modified(obj)
    if verb is not None:
        made = rule("implied-measure")["cues"]["money_verbs"].get(lemma(verb)) if f.currency else None
        if made:
            return made
        subj = next((c for c in clause_head(verb).children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and subj.pos_ == "NOUN" and subj.ent_type_ not in ("GPE", "ORG", "PERSON", "NORP") \
                and lemma(subj) not in _GENERIC_SUBJECTS and subj.lower_ not in EVENT_ANAPHORS and not _part_of_figure(subj) \
                and not subj.left_edge.i <= f.start <= subj.right_edge.i:
            return _modified(subj)
    cues_ = rule("implied-measure")["cues"]
    if f.change or f.unit in ("percent", "percentage point"):
        # "a 20 percent growth", "grew by about 6 percent": the change itself
        after = _tk[f.end] if f.end < len(doc) else None
        nouns = cues_["change_nouns"]
        if after is not None and (after.lower_ in nouns.values() or after.lower_ in nouns and after.pos_ == "NOUN"):
            # "a 12% jump in foreign buyers": the change of what follows "in"
            into = _tk[after.i + 1] if after.i + 1 < len(doc) and _tk[after.i + 1].lower_ == "in" else None
            obj = next((c for c in into.children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None) if into else None
            if obj is not None and obj.ent_type_ not in ("DATE", "GPE", "LOC"):
                return f"{after.lower_} in {_modified(obj)}"
            return after.lower_
        if verb is not None and lemma(verb) in cues_["change_nouns"]:
            return cues_["change_nouns"][lemma(verb)]
    if f.currency:
        return None
    base, _, per = f.unit.partition(" per ")
    if per and base in cues_["rated_dimensions"]:
        return "capacity"  # "20,000 tonnes per year", "12,000 cubic metres per day"
    if not per and base in cues("area-measure", "units"):
        written = _area_measure(doc, f, verb)
        if written is not None:
            return written
    return cues_["dimensions"].get(base)


def _area_measure(doc: Doc, f: _Figure, verb: Token | None) -> str | None:
    """An area with no measure beside it, as the sentence writes it (rule 'area-measure'):
    the space its verb says is used ('occupies 1 million square feet' -> 'space occupied')
    and where it lies ('... in the North and South Halls' -> 'space occupied in the North and
    South Halls'; 'covers 40,000 square metres at the Harbour Centre' -> 'area covered at the
    Harbour Centre'). A date after the area ('in 2025') is its period, not where it lies."""
    area = rule("area-measure")["cues"]
    head = area["verbs"].get(lemma(verb)) if verb is not None and verb.i < f.start else None
    where = None
    prep = doc[f.end] if f.end < len(doc) else None
    if prep is not None and prep.lower_ in area["places"]:
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is not None and obj.pos_ in ("NOUN", "PROPN") and obj.ent_type_ not in ("DATE", "TIME", "CARDINAL") \
                and not _DATE_WORDS.fullmatch(obj.lower_) and not any(t.like_num for t in doc[prep.i:obj.i + 1]):
            where = f"{prep.lower_} {doc[obj.left_edge.i:obj.i + 1].text}"  # as written, without what follows the noun
    if where is None:
        return head
    return f"{head or area['dimension']} {where}"


#: subjects that say nothing about what is measured ('the figure', 'it', 'organisers')
_GENERIC_SUBJECTS = frozenset({"figure", "number", "total", "organiser", "organizer", "official", "spokesperson",
                               "report", "data", "survey", "study", "statement", "company", "event", "show", "fair"})


def _part_of_figure(tok: Token) -> bool:
    """A scale word, unit or currency the parse made a noun ('Rs 1,200 crore', '3.5 GW')."""
    return tok.lower_ in _SCALES or tok.like_num or bool(currency_code(tok.text)) or bool(measurement_unit(tok.text)) \
        or any(c.like_num for c in tok.children if c.dep_ == "nummod")


def _lost_subject(verb: Token) -> list[Token]:
    """The subject a misparse hid: in 'According to figures presented at the fair,
    investment in water infrastructure reached ...' spaCy hangs 'investment' on 'at'. The
    words between the last comma and the verb are then one noun phrase without a head in
    the clause: that head is the subject."""
    doc = verb.doc
    start = sent_of(verb).start
    comma = max((t.i for t in doc[start:verb.i] if t.text == ","), default=None)
    if comma is None or verb.i - comma < 2:
        return []
    span = range(comma + 1, verb.i)
    heads = [doc[i] for i in span if doc[i].head.i not in span or doc[i].head.i == doc[i].i]
    if len(heads) == 1 and heads[0].pos_ == "NOUN" and heads[0].tag_ in ("NN", "NNS"):
        return [heads[0]]
    return []


def _subject_measures(subj: Token, respectively: bool = False) -> list[str]:
    """'the production and sales of new energy vehicles in China' ->
    ['production of new energy vehicles', 'sales of new energy vehicles']."""
    heads = [subj] + [c for c in subj.conjuncts if c.i > subj.i and c.pos_ == "NOUN"]
    of_pp = next((c for h in reversed(heads) for c in h.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    obj = next((c for c in of_pp.children if c.dep_ == "pobj"), None) if of_pp is not None else None
    if respectively and obj is not None and of_pp.head.i == subj.i:
        # "exports of NEVs and lithium batteries rose 48.6% and 27.3%, respectively": one
        # measure per object, sharing "exports of" (the parse may hang the second object
        # on "exports" or on the first object)
        objs = [obj] + [c for c in obj.conjuncts if c.i > obj.i and c.pos_ in ("NOUN", "PROPN")] \
            + [h for h in heads[1:] if h.i > obj.i]
        if len(objs) > 1:
            return [clean_name(f"{_modified(subj)} of {_modified(o)}") for o in objs]
    tail = ""
    if of_pp is not None:  # keep "of X", drop "in China" and other adjuncts inside it
        drop = {t.i for c in of_pp.subtree if c.dep_ == "prep" and c.lower_ != "of" for t in c.subtree}
        tail = " " + " ".join(t.text for t in of_pp.subtree if t.i not in drop and t.dep_ != "det" or t is of_pp)
    out = []
    for h in heads:
        mods = [c.text for c in h.children if c.dep_ in ("amod", "compound") and c.i < h.i
                and not any(t.text == "," for t in h.doc[c.i:h.i])]  # "the fair, investment": a misparse
        out.append(clean_name(" ".join(mods + [h.text]) + tail))
    return out


_TRAILING_WORDS = patterns.compile(r"(?:\s+(?:of|in|and|or|for|to|by|with|the|a|an)|\s*[,;:(–—-])+$", re.I)


def _tidy_measure(text: str | None) -> str | None:
    """A measure as written, tidied: "India 's sales" -> "India's sales", no dangling
    "of" or comma at the end, and nothing that is only a number ("€ 1.2bn")."""
    if not text:
        return None
    text = re.sub(r"\s+(['’]s)\b", r"\1", text)
    text = re.sub(r"\s+([,.;:)])", r"\1", text)
    text = _TRAILING_WORDS.sub("", text.strip()).strip()
    if not re.search(r"[A-Za-z]{2,}", re.sub(r"\d[\d.,]*\s*(?:bn|mn|m|k)?\b", "", text)):
        return None
    return text or None


def _measure(doc: Doc, f: _Figure, nth_in_clause: int = 0, figures: list[_Figure] = ()) -> str | None:
    """What the figure measures, as written (:func:`_written_measure`), else what the words
    around it imply (:func:`_implied_measure`)."""
    found = _written_measure(doc, f, nth_in_clause) or _implied_measure(doc, f, figures)
    return _with_counted(f, found)


def _with_counted(f: _Figure, measure: str | None) -> str | None:
    """A count's measure names what it counts: 'participation of more than 1,800 publishers'
    measures the participation of publishers, not participation alone. The counted noun is
    added to a measure that has no word of it ('participation' -> 'participation of
    publishers'); sums, units of measure and shares keep their measure."""
    head = f.unit_head
    if measure is None or head is None or f.currency or f.unit in ("percent", "percentage point", "times") \
            or f.unit.split(" per ")[0] in _UNITS_OF_MEASURE or f.measure_hint:
        return measure
    counted = _modified(head)
    if _stems(counted.split()) & _stems(measure.split()) or not _stems(counted.split()):
        return measure
    if lemma(head) in _GENERIC_NOUNS or head.lower_ in DURATION_NOUNS \
            or singularize(head.lower_) in cues("counted-measure", "classifiers"):
        return measure  # "reached 3,150 units": 'units' only counts what the measure names
    k = f.qual_start if f.qual_start is not None else f.start
    if k > 0 and head.doc[k - 1].lower_ == "from":
        return f"{counted} of {measure}"  # "visitors came from 60 countries": the visitors' countries
    return f"{measure} of {counted}"


def _percent_that_are(doc: Doc, f: _Figure) -> str | None:
    """'Around 40 percent were first-time visitors': a percent that is the subject of 'be'
    measures the share of what it is said to be."""
    if f.unit != "percent" or f.end - 1 >= len(doc):
        return None
    word = doc[f.end - 1]
    verb = word.head
    if word.dep_ != "nsubj" or lemma(verb) != "be":
        return None
    attr = next((c for c in verb.children if c.dep_ == "attr" and c.pos_ == "NOUN" and c.tag_ == "NNS"), None)
    return f"share of {_modified(attr)}" if attr is not None else None


def _paragraph_sentence_before(doc: Doc, sent: Span) -> int:
    """Start of the sentence before ``sent`` when both are in one paragraph, else of ``sent``
    ('The fair drew 620 exhibitors. One third of them came from abroad.')."""
    if sent.start == 0:
        return sent.start
    prev = sent_of(doc[sent.start - 1])
    return prev.start if "\n" not in doc_text(doc)[prev.start_char:sent.start_char] else sent.start


def _names_a_period(noun: Token) -> bool:
    """'the January-September period', 'the same quarter', 'the 2023/24 season': a time,
    not what a sum is spent on."""
    return bool(_DATE_WORDS.fullmatch(noun.lower_)) or noun.lower_ in cues("change-own-measure", "period_words") \
        or any(c.ent_type_ == "DATE" for c in noun.children)


def _noun_after_figure(doc: Doc, f: _Figure) -> str | None:
    """What a sum or a percent written as a modifier measures: the noun right after it ('a
    $2 million purse', 'an €8bn investment', '85 percent occupancy', 'a 30% market share'),
    with the nouns and adjectives that modify it. Not a change noun ('a 12% increase in
    visitors' names what changed after it), a date, a duration or a unit."""
    _tk = doc_tokens(doc)  # the cached tokens: doc[i] builds a new Token on every call
    if not (f.currency or f.unit == "percent") or f.end >= len(doc):
        return None
    k = f.qual_start if f.qual_start is not None else f.start
    if f.currency and not (k > 0 and (_tk[k - 1].tag_ in ("DT", "PRP$", "POS") or _tk[k - 1].lower_ in ("its", "their"))):
        return None  # a sum modifies a noun after an article: "a $2 million purse", "its €8bn budget"
    noun = _tk[f.end]
    k = f.end
    while noun.pos_ in ("ADJ", "NOUN") and noun.tag_ not in ("NNS", "NN") and k + 1 < len(doc) and k - f.end < 2:
        k += 1
        noun = _tk[k]  # "a $2 million annual budget"
    while k + 1 < len(doc) and _tk[k + 1].pos_ == "NOUN" and _tk[k + 1].tag_ in ("NN", "NNS") and noun.head.i == k + 1:
        k += 1
        noun = _tk[k]  # "a 30% market share"
    if noun.pos_ != "NOUN" or noun.tag_ not in ("NN", "NNS") or noun.ent_type_ in ("DATE", "TIME", "CARDINAL", "MONEY") \
            or noun.lower_ in DURATION_NOUNS or noun.lower_ in _SCALES or noun.lower_ in _UNIT_WORDS \
            or currency_code(noun.text) or measurement_unit(noun.text):
        return None
    nouns = rule("implied-measure")["cues"]["change_nouns"]
    if lemma(noun) in nouns or noun.lower_ in nouns.values() or lemma(noun) in _GENERIC_NOUNS and k == f.end:
        return None
    if any(t.dep_ == "nsubj" or t.pos_ in ("VERB", "AUX", "ADP") for t in doc[f.end:k]):
        return None
    if _tk[f.end - 1].head.i not in range(f.end, k + 1) and noun.i not in [t.head.i for t in doc[f.start:f.end]]:
        return None  # the parse must make the figure a modifier of the noun
    return clean_name(doc[f.end:k + 1].text)


_UNIT_WORDS = frozenset({"percent", "per", "cent", "dollars", "euros", "yuan", "units"})


def _written_measure(doc: Doc, f: _Figure, nth_in_clause: int = 0) -> str | None:
    """What the figure measures, as written: '<measure> of <figure>', the subject of the
    reporting verb ('sales of X reached ...'), or the counted noun with its modifiers."""
    _tk = doc_tokens(doc)  # the cached tokens: doc[i] builds a new Token on every call
    first = _tk[f.start]
    # "deals worth US$2.5 billion", "contracts valued at ...": the thing that is worth it
    k = f.qual_start if f.qual_start is not None else f.start
    valued_at = k >= 2 and doc[k - 2:k].text.lower() == "valued at"
    keyword = k - 2 if valued_at else k - 1  # "worth", "totaling", "valued at"
    if keyword >= 1 and (valued_at or _tk[keyword].lower_ in ("worth", "totaling", "totalling")):
        noun = _tk[keyword - 1]
        # "Business deals worth over $2 billion": a plural the tagger took for a verb
        mistagged = noun.tag_ == "VBZ" and noun.pos_ != "AUX" and _tk[keyword].lower_ == "worth" and noun.lower_.endswith("s") \
            and (noun.i == sent_of(noun).start or _tk[noun.i - 1].pos_ in ("NOUN", "ADJ", "DET", "NUM", "PROPN"))
        if mistagged:
            return noun.text
        if noun.pos_ in ("NOUN", "PROPN") or noun.tag_ == "VBG" and noun.head.lower_ == "of":
            head = noun  # (a gerund after "of" is a noun here: "memorandums of understanding")
            while head.dep_ in ("pobj", "pcomp") and head.head.lower_ == "of" and head.head.head.pos_ in ("NOUN", "PROPN") \
                    and lemma(head.head.head) not in _AMOUNT_NOUNS and not head.head.head.lower_.endswith("ing"):
                head = head.head.head  # "memorandums of understanding worth ...", not "the signing of"
            if head.i == noun.i:
                return _modified(noun)
            left = min([head.i] + [c.i for c in head.children if c.dep_ in ("amod", "compound") and c.i < head.i])
            return clean_name(doc[left:noun.i + 1].text)
    # "USD 1.5 million worth of deals": what the sum is worth of
    if f.currency and f.end + 1 < len(doc) and _tk[f.end].lower_ == "worth" and _tk[f.end + 1].lower_ == "of":
        obj = next((c for c in _tk[f.end + 1].children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None)
        if obj is not None:
            return _modified(obj)
    named = _noun_after_figure(doc, f) or _percent_that_are(doc, f)  # "a $2 million purse", "85 percent occupancy"
    if named is not None:
        return named
    # "46 percent of show attendees", "one in two visitors", "a third of the exhibitors": a share of them
    if f.unit == "percent" and not (k > 0 and _tk[k - 1].lower_ in ("to", "by", "from", "at")):
        of = _tk[f.end] if f.end < len(doc) and _tk[f.end].lower_ == "of" else None
        obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if obj is not None and obj.pos_ == "NOUN" and obj.ent_type_ not in ("DATE", "GPE", "LOC"):
            return "share of " + _modified(obj)  # "42 per cent of the country's drinking water"
        if obj is not None and obj.lower_ in ("them", "those", "these", "which", "whom"):
            counted = next((t for t in reversed(doc[_paragraph_sentence_before(doc, sent_of(first)):f.start])
                            if t.pos_ == "NOUN" and t.tag_ == "NNS"), None)
            if counted is not None:  # "1,500 exhibitors, 40% of them foreign"
                return "share of " + _modified(counted)
        if f.unit_head is not None:
            return "share of " + _modified(f.unit_head)
    # "55,000 square meters of exhibition space", "US$1.9 billion in venture funding": the
    # measured thing follows a unit of measure or a sum of money
    if f.end < len(doc) and (_tk[f.end].lower_ == "of" and f.unit.split(" per ")[0] in _UNITS_OF_MEASURE
                             or _tk[f.end].lower_ == "in" and f.currency):
        obj = next((c for c in _tk[f.end].children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None)
        if obj is not None and obj.ent_type_ not in ("DATE", "GPE", "LOC") and not _names_a_period(obj):
            # "new wind and solar capacity": through the conjuncts, without what follows them
            right = max([obj.i] + [c.i for c in obj.conjuncts if c.i > obj.i and not _part_of_figure(c)])
            left = obj.left_edge.i
            while left < obj.i and _tk[left].dep_ in ("det", "poss", "punct"):
                left += 1
            return clean_name(doc[left:right + 1].text)
    # "<measure> of <figure>": "output value of 54.494 billion yuan"
    anchor = f.unit_head or _tk[f.end - 1] if f.end - 1 < len(doc) else first
    for t in (anchor, first, _tk[min(f.end, len(doc)) - 1]):
        if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.pos_ == "NOUN":
            head = t.head.head
            if lemma(head) in ("increase", "growth", "rise", "decrease", "decline", "drop") or lemma(head) in _AMOUNT_NOUNS \
                    or head.lower_ in _FRACTION_WORDS or head.lower_ in PERCENT_WORDS or head.lower_ == "cent":
                break  # "a total of 36 projects", "a quarter of the 620 exhibitors": what is counted comes after "of"
            return " ".join(w.text for w in head.subtree if w.i < t.head.i and w.dep_ not in ("det", "poss") and not w.like_num) or None
    verb = governing_verb(first)
    if verb is not None and lemma(verb) == "account":
        of = _tk[f.end] if f.end < len(doc) and _tk[f.end].lower_ == "of" else None
        if of is not None:
            return "share of " + " ".join(t.text for t in of.subtree if t is not of)
    if verb is not None and (lemma(verb) in _REPORTING_VERBS or _reports_a_change(doc, f, verb)):
        subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")] or _lost_subject(verb) \
            or [c for c in clause_head(verb).children if c.dep_ in ("nsubj", "nsubjpass")]  # "demand is forecast to grow by 75%"
        if subj and (subj[0].pos_ == "NOUN" and subj[0].ent_type_ not in ("GPE", "ORG", "PERSON") or _common_noun(subj[0])) \
                and subj[0].lower_ not in EVENT_ANAPHORS \
                and not ((lemma(subj[0]) in _AMOUNT_NOUNS or subj[0].lower_ in _FRACTION_WORDS) and any(  # "a total of 786 enterprises registered"
                    c.lower_ == "of" and c.left_edge.i <= f.start <= c.right_edge.i for c in subj[0].children)) \
                and (f.unit_head is None or subj[0].i != f.unit_head.i):
            measures = _subject_measures(subj[0], "respectively" in span_text(sent_of(first)).lower())
            return measures[min(nth_in_clause, len(measures) - 1)]
    if f.unit_head is not None and not f.currency:
        if f.unit_head.i >= f.end and f.end - 1 > f.start and _tk[f.end - 1].i in [c.i for c in f.unit_head.conjuncts]:
            kind = _tk[f.end - 1]  # "230 feature and 170 short films": feature films
            return f"{_hyphen_prefix(kind).text}-{kind.text} {f.unit_head.text}" if _hyphen_prefix(kind) is not None \
                else f"{kind.text} {f.unit_head.text}"
        return _counted_measure(f.unit_head)
    if verb is not None:
        obj = [c for c in verb.children if c.dep_ == "dobj" and c.i < f.start
               and not (c.lower_ in _SCALES or c.like_num or currency_code(c.text))]  # "Rs 1,200 crore"
        if obj:
            return _noun_phrase(obj[0])
    return None


def _listed_kinds(noun: Token) -> bool:
    """Is the noun modified by a list of kind words ('public, private and academic
    institutions', 'private sector institutions' after 'government, semi-government and'),
    with no number among them?"""
    doc = noun.doc
    mods = [c for c in noun.children if c.dep_ in ("amod", "compound") and c.i < noun.i and not c.like_num]
    if not mods:
        return False
    start = min(c.left_edge.i for c in mods)
    listed = any(t.text == "," or t.pos_ == "CCONJ" for t in doc[start:noun.i]) \
        or any(c.dep_ == "conj" for m in mods for c in m.children)
    return listed and not any(t.like_num for t in doc[start:noun.i])


def _counted_measure(noun: Token) -> str:
    """What a count measures when it is the counted noun: the noun with its modifiers
    ('lithium batteries'), but the head nouns alone when a list of kind words modifies them
    ('40 public, private and academic institutions' -> 'institutions'; '30 government,
    semi-government and private sector institutions and organisations' -> 'sector
    institutions and organisations'): corpus convention 14, short, the head phrase as written (rule
    'coordinated-kinds')."""
    doc = noun.doc
    if not _listed_kinds(noun):
        return _modified(noun)
    heads = [noun] + [c for c in noun.conjuncts if c.i > noun.i and c.pos_ == "NOUN" and c.tag_ == noun.tag_
                      and not any(t.like_num for t in doc[noun.i + 1:c.i])][:2]
    first = noun.i  # a noun written into the head stays ('sodium battery makers' -> 'battery makers')
    while first > 0 and doc[first - 1].dep_ == "compound" and doc[first - 1].head.i == noun.i \
            and doc[first - 1].pos_ == "NOUN" and not doc[first - 1].like_num:
        first -= 1
    return " and ".join([doc[first:noun.i + 1].text] + [h.text for h in heads[1:]])


def _common_noun(tok: Token) -> bool:
    """'Attendance was up 4 percent': a common noun the recognizer took for a person's name
    (tagged a singular or plural noun, with no name beside it), or an attendance word that
    opens the sentence, whatever the tagger made of it."""
    if tok.lower_ in cues("attendance", "nouns") and tok.ent_type_ in ("", "PERSON", "ORG"):
        return not any(t.pos_ == "PROPN" for t in tok.doc[tok.i + 1:tok.i + 2])
    return tok.ent_type_ == "PERSON" and tok.tag_ in ("NN", "NNS") and tok.pos_ == "NOUN" and not any(
        t.pos_ == "PROPN" for t in tok.doc[max(sent_of(tok).start, tok.i - 1):tok.i + 2] if t.i != tok.i)


def _reports_a_change(doc: Doc, f: _Figure, verb: Token) -> bool:
    """'Exports posted a 12-percent rise (to 3.2 million tonnes)': the verb's object is a
    change noun the figure modifies, or the new level after 'to' hangs on it; the sentence
    reads as 'exports rose 12 percent (to ...)', and the subject is what is measured."""
    _tk = doc_tokens(doc)  # the cached tokens: doc[i] builds a new Token on every call
    nouns = cues("adjectival-change", "nouns")
    noun = _tk[f.tail - 1] if f.tail is not None else None
    if noun is None:
        t = _tk[f.end - 1] if f.unit_head is None else f.unit_head
        to = t.head if t.dep_ == "pobj" else None  # "a rise to 3.2 million", "an increase of 12 percent"
        if to is None or to.lower_ not in ("to", "of") or to.head.pos_ != "NOUN" or lemma(to.head) not in nouns:
            return False
        noun = to.head
    return noun.head.i == verb.i and noun.dep_ in ("dobj", "attr")


_COMPARISON_PREPS = frozenset({"over", "than", "with", "versus", "vs", "vs.", "on", "against", "as"})


_SPAN_OF_YEARS = patterns.compile(r"^the\s+(?:past|last|previous)\s+(?:[\w-]+\s+)?(?:years|decades?)$", re.I)


def _period(ctx: Context, f: _Figure, figures: list[_Figure]) -> str | None:
    """The period a figure refers to: a date expression right after it ('24,900 in 2023',
    in a list of year-value pairs), else the nearest one of its sentence, leaving out
    comparison bases ('up 4 points over 2023', but not 'over the past decade') and reading
    'Since ... in 2016' as a running total up to the publication date; else another edition
    the sentence names ('the previous edition', 'visited Expo-2016')."""
    doc = ctx.doc
    _tk = doc_tokens(doc)  # the cached tokens: doc[i] builds a new Token on every call
    sent = sent_of(_tk[f.start])
    best = None
    labelled = _year_label(doc, f)
    owner = _possessive_date(doc, f.qual_start if f.qual_start is not None else f.start)
    if owner is not None:  # "last year's 4,000": the year that owns it
        period = parse_period(owner.text.removesuffix("'s").removesuffix("’s").strip(), _reference_date(ctx))
        if period is not None:
            return period
    for ent in ents_in(sent):
        if ent.label_ != "DATE":
            continue
        prev = _tk[ent.start - 1].lower_ if ent.start > sent.start else ""
        compared = prev in ("to", "as") and ent.start - 2 >= sent.start \
            and _tk[ent.start - 2].lower_ in ("compared", "comparison", "relative", "many", "much", "same")
        # "up from last year", "down from 2023": the base of a change
        changed_from = prev == "from" and ent.start - 2 >= sent.start \
            and _tk[ent.start - 2].lower_ in cues("period-not-the-figures", "change_from") \
            or prev == "from" and f"from {ent.text.lower()}" in COMPARISONS  # "a 5% increase in sales from last year"
        # "4 percent higher than in 2025", "compared with in 2024": the base after "in"
        than_in = prev in ("in", "during", "at") and ent.start - 2 >= sent.start \
            and _tk[ent.start - 2].lower_ in ("than", "with", "versus", "vs", "vs.", "against")
        if (prev in _COMPARISON_PREPS or compared or changed_from or than_in or _compared_edition(doc, ent)
                or _after_a_multiple(doc, ent, figures, sent) or _compared_date(doc, ent, sent)) \
                and not _SPAN_OF_YEARS.match(ent.text):
            continue  # the base of a comparison, not the figure's own period
        founding = governing_verb(_tk[ent.start])
        if founding is not None and lemma(founding) in cues("period-not-the-figures", "founding_verbs") \
                and getattr(governing_verb(_tk[f.start]), "i", None) != founding.i:
            continue  # "The firm, founded in 1998, employs 2,500 people": when it was founded
        text = ent.text
        if ent.end + 1 < len(doc) and _tk[ent.end].lower_ in ("to", "-", "–", "until", "through") \
                and _YEAR.match(_tk[ent.end + 1].text) and _YEAR.match(ent[-1].text):
            text = doc[ent.start:ent.end + 2].text  # "From 2020 to 2025": the recognizer took the first year only
        if text.lower() in ("today", "now", "currently") and _right_after(doc, f, ent):
            return None  # "grown from 40 exhibitors in 2010 to 900 today": the present edition
        if prev in ("in", "from", "since", "during", "by", "for", "through", "over"):
            text = _tk[ent.start - 1].text + " " + text
        if prev != "since" and any(t.lower_ == "since" for t in doc[max(sent.start, ent.start - 8):ent.start]):
            text = "since " + ent.text  # "Since we delivered our first system in 2016, ..."
        period = parse_period(text, _reference_date(ctx))
        if period is None:
            continue
        if _right_after(doc, f, ent):
            return period  # "20,000 visitors in 2022, 24,900 in 2023 and 27,400 in 2024"
        if labelled is None and _labels_figure(doc, f, ent):
            labelled = period  # "2022 – 20,000; 2023 – 24,900": a year and a dash before it
            continue
        if any(g is not f and _labels_figure(doc, g, ent) for g in figures if sent.start <= g.start < sent.end):
            continue  # "Visitors: 80,000 (2025: 70,000)": the label of another figure
        if any(g is not f and (_right_after(doc, g, ent) or ent.start == g.end + 1 and _tk[g.end].lower_ == "of")
               and _comparison_base(doc, g) for g in figures if sent.start <= g.start < sent.end):
            continue  # the date of a base: "9,000 visitors, up from 8,000 in 2024"; "up from 1,000 last year, and 80,000";
            # "5% more than the 590 of last year"
        dist = abs(ent.start - f.start) + (0 if ent.start < f.start else 2)
        if best is None or dist < best[0]:
            best = (dist, period)
    if labelled is not None:
        return labelled
    if best is not None:
        return best[1]
    fiscal = _fiscal_year(ctx, sent)
    if fiscal is not None:
        return fiscal
    return _other_edition_year(ctx, sent, f, figures)


_FISCAL_TOKEN = patterns.compile(r"^(?:FY'?(?:(?:19|20)\d\d|\d\d)(?:/\d\d)?|(?:19|20)\d\d/\d\d)$")


def _fiscal_year(ctx: Context, sent: Span) -> str | None:
    """'in FY2023', 'FY 2024', 'in 2023/24': a financial year the recognizer takes for no date
    (a place, a number); not the base of a comparison ('up 5% on FY2023')."""
    doc = ctx.doc
    for t in sent:
        text = t.text
        if t.text == "FY" and t.i + 1 < sent.end and _YEAR.match(doc[t.i + 1].text):
            text = "FY" + doc[t.i + 1].text
        elif not _FISCAL_TOKEN.match(text):
            continue
        prev = doc[t.i - 1].lower_ if t.i > sent.start else ""
        if prev in _COMPARISON_PREPS or prev in ("from", "than") or t.ent_type_ == "DATE":
            continue
        period = parse_period(text, _reference_date(ctx))
        if period is not None:
            return period
    return None


def _compared_date(doc: Doc, ent: Span, sent: Span) -> bool:
    """'12 percent more than the 2025 edition', 'an increase of 12 per cent on the 2025 show',
    '12 percent above last year's figure', and a date the recognizer runs together with its
    comparative ('more than last year'): the date of the base a figure is compared with
    (rule 'comparative-change'), not the figure's own. A date after 'the' is a base only
    before an edition or figure word ('over the 2025-26 season' says when)."""
    if ent[0].lower_ in cues("comparative-change", "comparatives") and any(t.lower_ == "than" for t in ent[:3]):
        return True
    k = ent.start
    prev = doc[k - 1].lower_ if k > sent.start else ""
    if prev in cues("comparative-change", "beside"):
        return True
    if prev not in ("the", "its", "their") or k - 2 < sent.start:
        return False
    before = doc[k - 2].lower_
    if before == "than":
        return True
    noun = doc[ent.end] if ent.end < len(doc) else None
    return before in _COMPARISON_PREPS and noun is not None and (
        noun.lower_ in _EDITION_WORDS or noun.lower_ in cues("comparative-change", "base_nouns"))


def _after_a_multiple(doc: Doc, ent: Span, figures: list[_Figure], sent: Span) -> bool:
    """'twice as many as in 2025', 'three times the 2020 figure', 'double the number at
    last year's meeting': the date a multiple compares with (not 'doubled in 2025',
    'tripled over the past decade', 'grown tenfold since 2015')."""
    for g in figures:
        if g.unit == "times" and sent.start <= g.start and g.end <= ent.start <= g.end + 5:
            between = {t.lower_ for t in doc[g.end:ent.start]}
            if not between:  # "double last year's figure"; not "doubled last year"
                return not doc[g.start].tag_.startswith("VB") and ent.end < len(doc) and doc[ent.end - 1].lower_ in ("'s", "’s") \
                    or ent.text.lower().endswith(("'s", "’s"))
            return bool(between & {"as", "than", "the", "that", "at", "of"}) and not between & {"since", "over", "during"}
    return False


def _year_label(doc: Doc, f: _Figure) -> str | None:
    """'2022 – 20,000; 2023 – 24,900': a year written as the label of the figure after it
    (whatever the recognizer tags the year)."""
    _tk = doc_tokens(doc)  # the cached tokens: doc[i] builds a new Token on every call
    k = f.qual_start if f.qual_start is not None else f.start
    if k >= 2 and _tk[k - 1].text in ("–", "—", "-", ":") and _YEAR.match(_tk[k - 2].text) \
            and (k < 3 or not _tk[k - 3].like_num):
        return _tk[k - 2].text
    return None


def _labels_figure(doc: Doc, f: _Figure, ent: Span) -> bool:
    """Is the date a label right before the figure ('2023 – 24,900', '2024: 27,400')?"""
    k = f.qual_start if f.qual_start is not None else f.start
    return ent.end == k - 1 and doc[k - 1].text in ("–", "—", "-", ":")


_EDITION_WORDS = frozenset({"the", "previous", "last", "prior", "preceding", "edition", "year", "'s", "’s", "in",
                            "of", "held", "one", "show", "fair", "event", "expo", "exhibition", "conference"})


def _compared_edition(doc: Doc, ent: Span) -> bool:
    """'up 9 percent over the previous edition in 2022': the date of a comparison base."""
    _tk = doc_tokens(doc)  # the cached tokens: doc[i] builds a new Token on every call
    k = ent.start - 1
    while k >= 0 and ent.start - k <= 6 and _tk[k].lower_ in _EDITION_WORDS:
        k -= 1
    edition = any(t.lower_ not in ("the", "in", "of", "'s", "’s") for t in doc[k + 1:ent.start])  # not "As of 2025"
    return edition and k < ent.start - 1 and k >= 0 and _tk[k].lower_ in _COMPARISON_PREPS


def _right_after(doc: Doc, f: _Figure, ent: Span) -> bool:
    """Is the date right after the figure ('24,900 in 2023', '27,400 last year', '2,400 at
    last year's meeting')?"""
    _tk = doc_tokens(doc)  # the cached tokens: doc[i] builds a new Token on every call
    return ent.start == f.end or ent.start == f.end + 1 and _tk[f.end].lower_ in ("in", "during", "for", "at")


def _reference_date(ctx: Context) -> date | None:
    """What 'last year' and 'since 2018' count from: the publication date, else (a release
    without one) the main event's start, else the end of the year in the event's name."""
    if ctx.ref_date is not None:
        return ctx.ref_date
    ev = ctx.result.main_event
    if ev is None:
        return None
    if ev.start is not None:
        return ev.start
    m = re.search(r"\b((?:19|20)\d\d)\b", ev.name or "")
    return date(int(m.group(1)), 12, 31) if m else None


def _event_year(ctx: Context) -> int | None:
    ev = ctx.result.main_event
    if ev is not None and ev.start is not None:
        return ev.start.year
    ref = _reference_date(ctx)
    return ref.year if ref else None


def _edition_interval(ctx: Context) -> int:
    """Years between editions, from the words of the release ('biennial', 'every three
    years'); one when it says nothing (most events are annual)."""
    text = doc_text(ctx.doc).lower()
    for word, years in _rules_intervals():
        if word in text:
            return years
    return 1


def _rules_intervals() -> list[tuple[str, int]]:
    return [(w, int(n)) for w, n in rule("previous-edition")["cues"]["intervals"].items()]


@lru_cache(maxsize=1)
def _previous_edition_pattern() -> re.Pattern:
    phrases = sorted(cues("previous-edition", "phrases"), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(p) for p in phrases) + r")\b")


def _other_edition_year(ctx: Context, sent: Span, f: _Figure | None = None, figures: list[_Figure] = ()) -> str | None:
    """The year of another edition the sentence names: 'the previous edition' (the event's
    year less its interval), or the event's own name with another year ('visited
    Expo-2016' in a release about Expo-2017)."""
    low = span_text(sent).lower()
    year = _event_year(ctx)
    if year is None:
        return None
    for m in _previous_edition_pattern().finditer(low):
        before = low[:m.start()].split()[-3:]
        if any(w in _COMPARISON_PREPS or w in ("compared", "from") for w in before) \
                or " ".join(before).removesuffix(" the").endswith(("that of", "those of", "that at", "those at")):
            continue  # not 'up 9 percent over the previous edition', '1.5 times that of the previous session'
        if f is not None and not _dates_the_figure(ctx.doc, sent, m.start(), m.end(), f, figures):
            continue
        return str(year - _edition_interval(ctx))

    ev = ctx.result.main_event
    brand = ev.name.split()[0].split("-")[0].lower() if ev is not None and ev.name else ""
    if len(brand) < 3 or brand not in low:
        return None
    for m in _BRAND_YEAR.finditer(span_text(sent)):
        if m.group(1).lower() == brand and int(m.group(2)) != year:
            return m.group(2)
    return None


def _dates_the_figure(doc: Doc, sent: Span, start: int, end: int, f: _Figure, figures: list[_Figure]) -> bool:
    """Does 'the previous edition' (at characters start:end of the sentence) date the figure?
    Not when it is written right after another figure ('48,000, against 42,000 at the
    previous edition'), nor when 'this year's' comes between it and the figure ('The
    previous edition drew 42,000 visitors, while this year's drew 48,000')."""
    low = span_text(sent).lower()
    at = sent.start_char + start
    for g in figures:
        if g is f or not sent.start <= g.start < sent.end:
            continue
        g_end = doc[g.end - 1].idx + len(doc[g.end - 1].text)
        if g_end <= at and re.fullmatch(r"[\s,]*(?:(?:at|in|during|for|of|the|its|their)\s+)*", doc_text(doc)[g_end:at].lower()):
            return False
    f_at = doc[f.start].idx - sent.start_char
    return not any(low.find(c, end, f_at) >= 0 for c in cues("previous-edition", "current")) if f_at > end else True


_BRAND_YEAR = patterns.compile(r"\b([A-Z][\w&]+)[- ]((?:19|20)\d\d)\b")


def _change_info(doc: Doc, f: _Figure, sent: Span) -> tuple[bool, str | None, bool]:
    """(is a change, comparison, has its own measure 'in <noun>')."""
    _tk = doc_tokens(doc)  # the cached tokens: doc[i] builds a new Token on every call
    before = " ".join(t.lower_ for t in doc[max(sent.start, f.qual_start - 4):f.qual_start])
    after = doc_text(doc)[_tk[f.last - 1].idx + len(_tk[f.last - 1].text): sent.end_char].lower()
    change = any(w in CHANGE_WORDS for w in re.findall(r"[\w-]+", before)) or any(  # "increases of 20% and 15%"
        t.tag_ in ("NNS", "VBG") and lemma(t) in CHANGE_WORDS  # "with exports rising 8 percent"
        or t.pos_ == "VERB" and lemma(t) in cues("change-direction", "verbs")  # "soared 30%", "slipped 2%"
        for t in doc[max(sent.start, f.qual_start - 4):f.qual_start]) or bool(
        re.match(r"\s*(year-on-year|year on year|yoy|month-on-month|over the previous|up\b|down\b|higher|lower|"
                 r"more than the previous|increase|rise|growth|jump|gain|decline|drop|decrease|fall|"
                 r"(?:more|fewer|less|higher|lower) than (?:last|the previous|a year|in (?:19|20)\d\d))", after)) \
        or f.unit in ("percent", "percentage point") and bool(_comparative_pattern(False).match(after))
    if _tk[f.start].text[:1] in ("+", "−") and _tk[f.start].text[1:2].isdigit():
        change = True  # "(+12%)", "−3.5%": a signed figure is a change
    if f.tail is not None:
        change = True  # "a 12-percent rise": the noun it modifies says it is a change
    if f.qual_start > 0 and _tk[f.qual_start - 1].lower_ in ("to", "at", "reach", "reached"):
        change = False  # "fell to 31.2 percent", "rose to 9,000": the new level, not the change
    if f.qual_start > 0 and _tk[f.qual_start - 1].lower_ == "from" and re.match(r"\s*to\b", after):
        change = False  # "rose from 30% to 45%": the old level, not the change
    comparison = None
    low = span_text(sent).lower()
    for phrase, pattern, label in _COMPARISON_PATTERNS:
        if phrase in low and pattern.search(low):
            comparison = label
            break
    m = re.match(r"\s*in\s+(?:the\s+)?([a-z]+)", after)
    # "grew 8% in exports" names what changed; "grew 8% in the first quarter" says when
    own_measure = m is not None and m.group(1) not in cues("change-own-measure", "period_words") \
        and not _DATE_WORDS.fullmatch(m.group(1))
    return change, comparison, own_measure


@lru_cache(maxsize=2)
def _comparative_pattern(dated: bool) -> re.Pattern:
    """'12% more visitors than last year', '15 percent more than at the previous edition',
    '11 per cent above the five-year average', '6,000 more than in 2025': a comparative
    right after a figure makes it a change against what follows 'than' (rule
    'comparative-change'). With ``dated`` (a count, not a percent) the base must be another
    edition or an earlier time ('6,000 more than last year', not '6,000 more than planned')."""
    spec = rule("comparative-change")["cues"]
    words = "|".join(re.escape(w) for w in sorted(spec["comparatives"], key=lambda w: (-len(w), w)))
    beside = "|".join(re.escape(w) for w in sorted(spec["beside"], key=lambda w: (-len(w), w)))
    if dated:
        bases = "|".join(re.escape(w) for w in sorted(spec["dated_bases"], key=lambda w: (-len(w), w)))
        base = rf"(?:(?:at|in|during|for|on)\s+)?(?:the\s+)?(?:{bases}|(?:19|20)\d\d)\b"
    else:
        base = r"\S"
    return re.compile(rf"\s*(?:(?:{words})(?:\s+[a-z][\w-]*){{0,2}}?\s+than|(?:{beside}))\s+{base}")


def _of_a_change_noun(doc: Doc, f: _Figure) -> bool:
    """'an increase of 6,000 visitors', 'a drop of $2 million': a count or a sum right after a
    change noun and 'of' is the size of the change (rule 'comparative-change')."""
    k = f.qual_start if f.qual_start is not None else f.start
    return k > 1 and doc[k - 1].lower_ == "of" and doc[k - 2].pos_ == "NOUN" \
        and lemma(doc[k - 2]) in cues("adjectival-change", "nouns")


def _multiple_is_change(ctx: Context, f: _Figure) -> bool:
    """A multiple is a change when a verb says so ('doubled', 'grew threefold') or when it
    compares with another edition or an earlier time ('double the number of the previous
    edition', 'twice as many as in 2025', 'three times the 2023 figure'), not another thing
    ('ten times the national average'; rule 'comparative-change')."""
    if not f.change:
        return False
    doc = ctx.doc
    if doc[f.start].lower_ in cues("multiple-verb", "words") or governing_verb(doc[f.start]) is not None \
            and lemma(governing_verb(doc[f.start])) in CHANGE_WORDS | {"grow", "rise", "increase", "multiply", "expand"} \
            and any(t.lower_ in ("times", "fold") or t.lower_.endswith("fold") for t in doc[f.start:f.end]):
        return True
    sent = sent_of(doc[f.start])
    window = doc[f.end:min(sent.end, f.end + 8)]
    if any(t.ent_type_ == "DATE" and (_YEAR.match(t.text) or t.lower_ in ("last", "previous", "year", "ago", "earlier"))
           for t in window):
        return True
    return bool(_previous_edition_pattern().search(window.text.lower()))


def _other_editions(ctx: Context, figures: list[_Figure], records: list[StatisticRecord]) -> None:
    """A count about the event dated to another of its years ('Last year, 638 companies took
    part in the event') is about that edition: the name the release gives it ('Expo-2016'),
    else the event's name with that year when the name has one; a name without a year stays."""
    ev = ctx.result.main_event
    year = _event_year(ctx)
    if ev is None or year is None:
        return
    brand = ev.name.split()[0].split("-")[0] if ev.name else ""
    names = None
    for i, rec in enumerate(records):
        if rec.about != ev.name or rec.about_type != "Event" or not rec.period or not re.fullmatch(r"\d{4}", rec.period) \
                or int(rec.period) == year or not (event_unit(figures[i]) or _names_an_edition(ctx, figures[i])):
            continue  # 'the stone market will reach $40 billion by 2030' is no edition of the fair
        if names is None:
            names = {m.group(2): m.group(0) for m in _BRAND_YEAR.finditer(doc_text(ctx.doc))
                     if len(brand) >= 3 and m.group(1).lower() == brand.lower()}
        name = names.get(rec.period) or (ev.name.replace(str(year), rec.period) if str(year) in ev.name else None)
        if name is not None and name != ev.name:
            records[i] = replace(rec, about=name)


def _names_an_edition(ctx: Context, f: _Figure) -> bool:
    """Does the figure's sentence (or the one before, whose period it carries) name another
    edition: 'visited Expo-2016', 'the previous edition', 'last year's show'?"""
    doc = ctx.doc
    sent = sent_of(doc[f.start])
    start = sent_of(doc[sent.start - 1]).start if sent.start > 0 else sent.start
    text = doc_text(doc)[doc[start].idx:sent.end_char]
    low = text.lower()
    ev = ctx.result.main_event
    brand = ev.name.split()[0].split("-")[0].lower() if ev is not None and ev.name else ""
    return bool(_previous_edition_pattern().search(low) or _LAST_YEARS_EVENT.search(low)
                or len(brand) >= 3 and any(m.group(1).lower() == brand for m in _BRAND_YEAR.finditer(text)))


_LAST_YEARS_EVENT = patterns.compile(r"\b(?:last|previous|next) year's (?:edition|event|show|fair|expo|exhibition|conference|"
                               r"congress|festival|forum|summit|meeting)|\b(?:in|at) the event\b|\bfor (?:19|20)\d\d\b"
                               r"|\bthe (?:19|20)\d\d (?:edition|event|show|fair|expo|exhibition)\b")


def _carry_periods(ctx: Context, figures: list[_Figure], records: list[StatisticRecord]) -> None:
    """A figure whose sentence names no date continues the period of the sentence before
    it in the paragraph ('Last year, 638 companies took part. A total of 40 delegations
    visited, signing 76 deals.'), unless it says it is about this edition."""
    doc = ctx.doc
    text = doc_text(doc)
    by_sent: dict[int, list[int]] = {}
    for i, f in enumerate(figures):
        by_sent.setdefault(sent_of(doc[f.start]).start, []).append(i)
    current = cues("previous-edition", "current")
    for start, idxs in by_sent.items():
        if start == 0 or any(records[i].period for i in idxs):
            continue
        sent = sent_of(doc[start])
        if any(e.label_ == "DATE" for e in ents_in(sent)) or any(p in span_text(sent).lower() for p in current):
            continue
        prev = sent_of(doc[start - 1])
        if "\n" in text[prev.start_char:sent.start_char]:
            continue
        periods = {records[i].period for i in by_sent.get(prev.start, ())}
        if len(periods) == 1 and None not in periods:
            period = periods.pop()
            for i in idxs:
                if not figures[i].change:
                    records[i] = replace(records[i], period=period)


_BASE_OF_COMPARISON = frozenset({"from", "with", "than", "against", "versus", "vs", "vs.", "over"})


def _comparison_base(doc: Doc, f: _Figure) -> bool:
    """'up from 8,000', 'compared with 1,500': the old level a change is measured against."""
    _tk = doc_tokens(doc)  # the cached tokens: doc[i] builds a new Token on every call
    k = f.qual_start if f.qual_start is not None else f.start
    owner = _possessive_date(doc, k)
    if owner is not None:
        k = owner.start  # "up 12% from last year's 4,000", "compared with 2024's 3,100"
    if k > 1 and _tk[k - 1].lower_ in ("the", "its", "their"):
        k -= 1  # "compared from the 91,518 visitors in 2019"
    if k > 2 and _tk[k - 1].text == ":" and _YEAR.match(_tk[k - 2].text) and _tk[k - 3].text == "(":
        return True  # "Visitors: 80,000 (2025: 70,000)": the last edition's figure, in a fact box
    if k > 0 and _tk[k - 1].lower_ == "with":  # "compared with 1,500", not "With 48,000 visitors, ..."
        return k > 1 and _tk[k - 2].lower_ in ("compared", "comparison", "compare", "contrast", "contrasted", "par")
    if k > 1 and _tk[k - 1].lower_ == "to" and _tk[k - 2].lower_ in ("compared", "comparison", "relative"):
        return True  # "a 14% increase compared to 70,000 in 2025"
    return k > 0 and _tk[k - 1].lower_ in _BASE_OF_COMPARISON


def _possessive_date(doc: Doc, k: int) -> Span | None:
    """The date written as the possessor of the figure at token k: 'last year's 4,000',
    '2024's 3,100', 'the previous year's 38,000' (a year, or a date naming a year)."""
    _tk = doc_tokens(doc)  # the cached tokens: doc[i] builds a new Token on every call
    if k < 2 or _tk[k - 1].lower_ not in ("'s", "’s"):
        return None
    t = _tk[k - 2]
    if t.ent_type_ == "DATE":
        ent = entity_at(t)
        if ent is not None and ent.end <= k and re.search(r"\b(?:year|(?:19|20)\d\d)\b", ent.text, re.I):
            return doc[ent.start:k - 1] if ent.end == k else ent
    if _YEAR.match(t.text) or t.lower_ == "year" and k >= 3 and _tk[k - 3].lower_ in ("last", "previous", "prior", "preceding"):
        return doc[k - 2:k - 1] if _YEAR.match(t.text) else doc[k - 3:k - 1]
    return None


def _is_share(rec: StatisticRecord, f: _Figure) -> bool:
    """A percent that is a share of a whole ('accounting for 20 percent of the total')."""
    return f.unit == "percent" and (rec.measure or "").lower().startswith("share of")


def _paired_lists(doc: Doc, figures: list[_Figure], changes: list[int], bases: list[int]) -> bool:
    """'The fair drew 80,000 visitors and 600 exhibitors, up 14% and 5% on 2025': a list of
    changes right after as many figures, each joined by 'and' or a comma, pairs them in
    order as 'respectively' does (rule 'change-base')."""
    if len(changes) < 2 or len(bases) != len(changes) or max(bases) > min(changes):
        return False
    def joined(a: _Figure, b: _Figure) -> bool:
        k = b.qual_start if b.qual_start is not None else b.start
        return doc[a.last:k].text.strip() in ("and", ",", ", and", "as well as")
    return all(joined(figures[a], figures[b]) for a, b in zip(changes, changes[1:])) \
        and all(joined(figures[a], figures[b]) for a, b in zip(bases, bases[1:])) \
        and changes == list(range(changes[0], changes[0] + len(changes)))


def _nearest_base(doc: Doc, figures: list[_Figure], prior: list[int], ci: int) -> int:
    """The base of a change among the figures before it in its sentence: the nearest, unless
    it only says where the counted come from ('7,500 exhibitors from 110 countries, an
    increase of 3 percent' changes the exhibitors)."""
    line = doc_text(doc).rfind("\n", 0, doc[figures[ci].start].idx)
    prior = [b for b in prior if doc[figures[b].start].idx > line] or prior  # a line of a fact box is its own
    for b in reversed(prior):
        heads = {figures[p].unit_head.i for p in prior if p < b and figures[p].unit_head is not None}
        g = figures[b]  # a conjunct ('620 exhibitors and 48,000 visitors') is no origin
        nested = _nested_under(g, heads) if g.unit_head is not None else any(a.i in heads for a in doc[g.start].ancestors)
        if not heads or not nested:
            return b
    return prior[0]


_GENERIC_NOUNS = frozenset({"total", "number", "figure", "year", "edition", "event", "percent", "cent", "per",
                            "share", "rate", "level", "increase", "decrease", "growth", "rise", "decline", "drop"})


def _stems(words) -> set[str]:
    return {w[:6] for w in (w.lower() for w in words) if w.isalpha() and w not in _GENERIC_NOUNS and len(w) > 2}


def _measures_the_base(own: str, base: StatisticRecord, f: _Figure) -> bool:
    """Does the measure a change names ('an increase of 8% in exhibitors', 'a 12-percent rise
    in attendance') say what the base figure counts? A shared word, or attendance of a count
    of the people who came; 'the number of exhibitors' names the exhibitors."""
    own = re.sub(r"^(?:number|total|count) of\s+", "", own.strip(), flags=re.I)
    words = own.lower().split()
    if any(w in cues("attendance", "nouns") for w in words) and f.unit in cues("attendance", "attending_units"):
        return True
    quantity = cues("change-own-measure", "quantity_words")  # 'added value' is not 'output value'
    stems = _stems(w for w in words if w not in quantity)
    return bool(stems & _stems(w for w in (base.measure or "").lower().split() + f.unit.split() if w not in quantity))


def _level_right_after(doc: Doc, level: _Figure, f: _Figure) -> bool:
    """Is the new level written right after the change ('rose 26 percent to $30 billion')?"""
    k = level.qual_start if level.qual_start is not None else level.start
    return k - f.last <= 1


def _level_after(doc: Doc, figures: list[_Figure], bases: list[int], ci: int) -> int | None:
    """'exports rose 40% to $3 billion': the new level right after the change is its base."""
    nxt = next((b for b in bases if b > ci), None)
    if nxt is None:
        return None
    g, f = figures[nxt], figures[ci]
    k = g.qual_start if g.qual_start is not None else g.start
    if not (k > 0 and doc[k - 1].lower_ == "to"):
        return None
    if k - f.last <= 1:
        return nxt
    # "rose 18% over last year to 52,000", "grew 12.5% year-on-year to 3.4 billion yuan": a
    # comparison between the change and the level; the "to" hangs on the change's own verb
    verb = governing_verb(doc[f.start])
    between = doc[f.last:k - 1]
    if verb is not None and doc[k - 1].head.i == verb.i and k - f.last <= 8 \
            and not any(t.text in (";", ":", "(", ")") or t.pos_ in ("VERB", "AUX") and t.lower_ != "compared"
                        for t in between):
        return nxt
    return None


#: how many figures back a change looks for its base: every figure of a normal release (a
#: few dozen), while a release of thousands of figures is not searched quadratically
_LOOKBACK = 200


def _later_same_measure(doc: Doc, figures: list[_Figure], records: list[StatisticRecord], bases: list[int],
                        ci: int) -> int | None:
    """'Aircraft arrivals were up about 6 percent, with more than 10,000 aircraft': a change
    with no base before it takes the later figure of its sentence that counts what it
    measures (a word of the change's measure in the figure's unit or measure)."""
    want = _stems((records[ci].measure or "").split())
    if not want:
        return None
    for b in bases:
        k = figures[b].qual_start if figures[b].qual_start is not None else figures[b].start
        compared = _comparison_base(doc, figures[b]) and not (
            doc[k - 1].lower_ == "with" and not (k > 1 and doc[k - 2].lower_ in ("compared", "comparison")))
        if b <= ci or compared or figures[b].currency != figures[ci].currency and figures[ci].unit != "percent":
            continue  # not the old level ("compared with 1,500", "up from 8,000"); "with 10,000 aircraft" is none
        words = (records[b].measure or "").split() + figures[b].unit.split()
        if want & _stems(words):
            return b
    return None


def _earlier_base(doc: Doc, figures: list[_Figure], records: list[StatisticRecord], ci: int) -> int | None:
    """The base of a change figure whose sentence has none: the latest earlier figure that
    measures what the change's sentence names ('A record field of 17,350 runners ...' ...
    'The starting field was up 14%'; '82,171 attendees' ... 'total attendance is down about
    10 percent'), else, in the same paragraph, the last figure of the sentence before when
    the change refers back to it ('This is an increase of 12%')."""
    f = figures[ci]
    sent = sent_of(doc[f.start])
    named = [t for t in doc[sent.start:f.start] if t.pos_ in ("NOUN", "PROPN")]
    names = _stems(t.text for t in named)
    # "Attendance rose 15 percent" after "... 48,000 visitors": attendance counts those who came
    attendance = any(t.lower_ in cues("attendance", "nouns") for t in named)
    before = [b for b in range(max(0, ci - _LOOKBACK), ci) if not figures[b].change and not figures[b].parenthetical
              and figures[b].start < sent.start]
    if names:
        for b in reversed(before):
            g = figures[b]
            words = [t.text for t in doc[g.start:g.end]] + (records[b].measure or "").split() + g.unit.split()
            if names & _stems(words) or attendance and g.unit in cues("attendance", "attending_units"):
                return b
    first = doc[sent.start]
    # "The figure was 20 percent higher than in 2022": a generic subject refers back too
    refers_back = first.lower_ in ("this", "that", "it", "which") or (
        first.lower_ in ("the", "this", "that") and sent.start + 1 < f.start
        and doc[sent.start + 1].lower_ in cues("change-base", "referring_nouns")
        and doc[sent.start + 1].dep_ in ("nsubj", "nsubjpass")) or _subject_refers_back(doc, f)
    if before and refers_back and sent.start > 0:
        prev_sent = sent_of(doc[sent.start - 1])
        text = doc_text(doc)
        if "\n" not in text[prev_sent.start_char:sent.start_char] and figures[before[-1]].start >= prev_sent.start:
            return before[-1]
    return None


def _names_a_period_word(measure: str) -> bool:
    """A measure that is only a time word ('this year', 'the month') names no quantity."""
    return all(_DATE_WORDS.fullmatch(w) or w.lower() in ("this", "that", "the", "same") for w in measure.split())


def _project_of_a_sum(doc: Doc, f: _Figure) -> str | None:
    """'The fair signed the Coastal Cork Project in Aveiro district, with a total investment
    of 2 billion euros': a sum after 'with a (total) investment of' that hangs on the verb
    describes the one facility the clause names last before 'with' (rule
    'investment-of-a-project'), not the clause's subject, the place inside the facility's
    name or the event. Facilities counted ('five projects, with a total investment of ...')
    are no one facility."""
    if not f.currency:
        return None
    spec = rule("investment-of-a-project")["cues"]
    k = f.qual_start if f.qual_start is not None else f.start
    if k < 3 or doc[k - 1].lower_ != "of" or lemma(doc[k - 2]) not in spec["nouns"]:
        return None
    noun = doc[k - 2]
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in spec["preps"] or prep.head.pos_ not in ("VERB", "AUX"):
        return None  # "a project with an investment of ..." hung on the noun is the facility rule's
    sent = sent_of(doc[f.start])
    for t in reversed(doc[max(sent.start, prep.head.left_edge.i):prep.i]):
        if t.pos_ in ("NOUN", "PROPN") and lemma(t) in spec["projects"] and t.tag_ in ("NNS", "NNPS"):
            return None  # "signed five projects in Y, with a total investment of ...": their sum
        if is_facility(t, range(f.start, f.end)):
            return facility_name(doc, t, range(f.start, f.end))
    return None


def _organizers_event(ctx: Context, f: _Figure, about: str | None, about_type: str | None) -> tuple[str | None, str | None]:
    """'Baltic Ship & Port Fair is organised by Acme Fairs, which expects more than 520
    exhibitors', 'Acme Fairs expects 11,000 visitors': those who attend an event, counted by
    its organizer or host, are the event's (rule 'organizers-count'), not the organizer's."""
    if about_type != "Organization" or about is None or f.currency or f.unit not in cues("organizers-count", "units"):
        return about, about_type
    roles = cues("organizers-count", "roles")
    key = next((r.event for r in ctx.result.roles if r.role in roles and _same_agent(r.agent, about)), None)
    ev = next((e for e in ctx.result.events if e.key == key), None) if key is not None else None
    return (ev.name, "Event") if ev is not None else (about, about_type)


def _same_agent(a: str, b: str) -> bool:
    """'Acme Fairs' and 'Acme Fairs GmbH': one name written with or without its legal form."""
    wa, wb = a.lower().split(), b.lower().split()
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    return bool(short) and long_[:len(short)] == short


def _clause_subject_of(doc: Doc, f: _Figure) -> tuple[Token | None, Token | None]:
    """(clause head, its nominal subject before the figure) of the clause that reports ``f``."""
    verb = governing_verb(doc[f.start])
    if verb is None:
        return None, None
    prev = doc[verb.i - 1] if verb.i > 0 else None
    if verb.dep_ == "conj" and prev is not None and prev.pos_ in ("NOUN", "PROPN") and prev.dep_ == "conj" \
            and prev.head.i < prev.i and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return verb, prev  # "Exports reached $5 billion and imports dropped 3%": a subject parsed as the object's conjunct
    head = clause_head(verb)
    subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < f.start), None)
    return head, subj


def _subject_words(ctx: Context, subj: Token, f: _Figure) -> str:
    """The content words of a change's subject ('the number of visitors' -> 'visitors'; not
    the event: 'the fair's visitor count' -> 'visitor')."""
    refer = cues("change-base", "referring_nouns")
    return " ".join(t.text for t in ctx.doc[subj.left_edge.i:min(subj.right_edge.i + 1, f.start)]
                    if t.pos_ in ("NOUN", "PROPN", "ADJ") and t.lower_ not in refer and lemma(t) not in refer
                    and not ctx.is_mention_token(t) and t.lower_ not in EVENT_ANAPHORS)


def _other_subject(ctx: Context, f: _Figure, base: _Figure, base_rec: StatisticRecord) -> bool:
    """'Exports hit $5 billion, while imports fell 3%': a change in a clause of its own whose
    subject names another thing than the figure before it does not change that figure
    (rule 'change-other-subject'). The subject must be a noun of its own, neither a word that
    refers back ('the number', 'this'), nor the event, nor a word of the base's measure or
    subject ('visitor numbers rose 5%', 'attendance rose 5%' after '48,000 visitors')."""
    doc = ctx.doc
    head, subj = _clause_subject_of(doc, f)
    if head is None or subj is None or subj.pos_ not in ("NOUN", "PROPN"):
        return False
    bhead, bsubj = _clause_subject_of(doc, base)
    if bhead is None or bhead.i == head.i or subj.left_edge.i <= base.start <= subj.right_edge.i:
        return False
    if head.left_edge.i <= base.start <= head.right_edge.i and bhead.head.i != head.i and not (
            bhead.dep_ == "conj" or head.dep_ in ("conj", "advcl")):
        return False  # the base inside the change's own clause
    if subj.lower_ in cues("change-base", "referring_nouns") and not any(c.dep_ == "prep" for c in subj.children) \
            or ctx.is_mention_token(subj) or lemma(subj) in EVENT_HEADS or subj.lower_ in EVENT_ANAPHORS:
        return False
    phrase = _subject_words(ctx, subj, f)
    own = _stems(phrase.split())
    if not own:
        return False
    if any(w.lower() in cues("attendance", "nouns") for w in phrase.split()) and base.unit in cues("attendance", "attending_units"):
        return False  # "attendance rose 15%" after "80,000 visitors"
    # every word of the subject a word of the base: its measure, counted noun, subject or what it is about
    known = _stems((base_rec.measure or "").split() + base.unit.split() + (base_rec.about or "").split()
                   + ([t.text for t in bsubj.subtree] if bsubj is not None else []))
    return not own <= known


def _subject_refers_back(doc: Doc, f: _Figure) -> bool:
    """'Compared with the previous session, the number increased by 20%', 'Against 2025, this
    is an increase of 12 percent': the subject of the change's clause, wherever the clause
    starts, is a pronoun or a generic noun ('the number', 'the figure') that refers back to
    the figure before (rule 'change-base')."""
    verb = governing_verb(doc[f.start])
    if verb is None:
        return False
    subj = next((c for c in clause_head(verb).children if c.dep_ in ("nsubj", "nsubjpass") and c.i < f.start), None)
    if subj is None:
        return False
    if subj.lower_ in ("this", "that", "it", "which") and subj.pos_ in ("PRON", "DET"):
        return True
    if lemma(subj) in cues("adjectival-change", "nouns") and subj.tag_ == "NN" and lemma(governing_verb(doc[f.start])) == "be" \
            and not any(c.dep_ == "prep" and c.lower_ in ("in", "of") for c in subj.children):
        return True  # "The increase over 2025 was 14%", "Growth was 14% year-on-year": the change of the figure before
    return subj.lower_ in cues("change-base", "referring_nouns") and subj.tag_ == "NN" \
        and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in subj.children) \
        and not any(c.dep_ == "prep" for c in subj.children)  # not "the number of exhibitors"


def extract_statistics(ctx: Context) -> list[StatisticRecord]:
    """Every figure of the release as a :class:`StatisticRecord` (bases before changes)."""
    doc = ctx.doc
    _tk = doc_tokens(doc)  # the cached tokens: doc[i] builds a new Token on every call
    blocked = set()
    for s in ctx.result.sessions:
        if s.count is not None and s.span:
            blocked.update(token_range(doc, s.span.start, s.span.end))
    figures = _find_figures(ctx, blocked)
    _local_currencies(ctx, figures)
    records: list[StatisticRecord] = []
    by_sentence: dict[int, list[int]] = {}
    infos = []
    same_verb: dict[tuple, int] = {}
    for f in figures:
        sent = sent_of(_tk[f.start])
        change, comparison, own_measure = _change_info(doc, f, sent) if f.unit == "percent" or True else (False, None, False)
        if f.unit not in ("percent", "percentage point") and not (change and _tk[f.qual_start - 1].lower_ == "by" if f.qual_start > 0 else False) \
                and not _comparative_pattern(True).match(doc_text(doc)[_tk[f.end - 1].idx + len(_tk[f.end - 1].text):sent.end_char]) \
                and not (change and _of_a_change_noun(doc, f)):
            change = False
        if f.unit == "times":
            change = _multiple_is_change(ctx, f)  # "doubled", "twice as many as in 2025"
        prev_f = figures[len(records) - 1] if records else None
        if not change and prev_f is not None and prev_f.change and prev_f.unit == f.unit and f.unit == "percent" \
                and doc[prev_f.last:f.qual_start].text.strip() in (",", "and", ", and", "or", "to"):
            change = True  # "increases of 20% and 15% respectively": the second of a list of changes
        f.change = change
        if change and f.unit != "times" and _declines(doc, f, sent):
            f.value = -abs(f.value) if isinstance(f.value, float) else f.value.copy_abs().copy_negate()  # "down 1.4 points": a fall is negative (exact: no decimal context rounding)
        infos.append((comparison if change else None, own_measure))
        by_sentence.setdefault(sent.start, []).append(len(records))
        quote_start = f.qual_start if f.qual_start is not None else f.start
        # include a leading "an increase of" for change figures
        if change:
            j = quote_start
            while j - 1 >= sent.start and (_tk[j - 1].lower_ in CHANGE_WORDS or _tk[j - 1].lower_ in ("of", "by", "an", "a")
                                           or lemma(_tk[j - 1]) in CHANGE_WORDS) and quote_start - j < 4:
                j -= 1
            quote_start = j
        about, about_type = figure_subject(ctx, f)
        about, about_type = _organizers_event(ctx, f, about, about_type)
        if about_type != "Project":
            project = _project_of_a_sum(doc, f)
            if project is not None:
                about, about_type = project, "Project"
        verb = governing_verb(_tk[f.start])
        # earlier figures of the same kind under the same verb (all in this sentence: a verb
        # governs only its own sentence's tokens), counted as they are made
        nth = same_verb.get((f.change, f.unit, verb.i), 0) if verb is not None else 0
        if verb is not None:
            same_verb[(f.change, f.unit, verb.i)] = nth + 1
        records.append(StatisticRecord(
            value=f.value,
            unit=f.unit,
            measure=_tidy_measure(f.measure_hint or _people_attending(ctx, f) or _measure(doc, f, nth, figures)),
            about=about,
            about_type=about_type,
            period=_period(ctx, f, figures),
            qualifier=f.qualifier,
            span=source_span(doc, _tk[quote_start].idx, _tk[f.last - 1].idx + len(_tk[f.last - 1].text)),
            sentence=source_span(sent),
        ))
    # a range ("30-40 per cent of some crops") is one measure: the upper figure's
    for i in range(len(records) - 1):
        if figures[i].qualifier == "AtLeast" and figures[i + 1].qualifier == "UpTo" \
                and figures[i].end == figures[i + 1].start - 1 and records[i + 1].measure:
            records[i] = replace(records[i], measure=records[i + 1].measure)
    # a figure whose sentence names no subject continues its paragraph's subject
    text = doc_text(doc)
    for i, rec in enumerate(records):
        if rec.about_type != DEFAULT_EVENT:
            continue
        para_start = text.rfind("\n", 0, rec.span.start)
        prev = next((r for r in reversed(records[:i]) if r.span.start > para_start
                     and r.about_type in ("Place", "Organization")), None)
        records[i] = replace(rec, about=prev.about if prev else rec.about,
                             about_type=prev.about_type if prev else "Event")
    _carry_periods(ctx, figures, records)
    _other_editions(ctx, figures, records)
    # change figures: link to the base figure(s) of the same sentence, else to the figure
    # of an earlier sentence that the change's sentence refers to
    for start, idxs in by_sentence.items():
        sent = sent_of(_tk[start])
        changes = [i for i in idxs if figures[i].change]
        bases = [i for i in idxs if not figures[i].change and not figures[i].parenthetical]
        respectively = "respectively" in span_text(sent).lower() or _paired_lists(doc, figures, changes, bases)
        for n, ci in enumerate(changes):
            comparison, own_measure = infos[ci]
            base = None
            prior = [b for b in bases if b < ci and not _comparison_base(doc, figures[b])]
            level = _level_after(doc, figures, bases, ci)
            own_subject = bool(prior) and not respectively
            prior = [b for b in prior if not (own_subject and _other_subject(ctx, figures[ci], figures[b], records[b]))]
            own_subject = own_subject and not prior
            if figures[ci].unit == "percent" and any(not _is_share(records[b], figures[b]) for b in prior):
                # "exports reached $3 billion, accounting for 20 percent of the total, up 5
                # percent": a percent change changes the amount, a share changes in points
                prior = [b for b in prior if not _is_share(records[b], figures[b])]
            if respectively and len(prior) >= len(changes):
                base = prior[n] if n < len(prior) else None
            elif level is not None and _level_right_after(doc, figures[level], figures[ci]):
                base = level  # "..., while exports rose 26 percent to $30 billion": its own new level
            elif prior:
                base = _nearest_base(doc, figures, prior, ci)
            elif own_subject:
                base = level  # "..., while imports fell 3%": no figure of its subject before it
                subj = _clause_subject_of(doc, figures[ci])[1]
                if base is None and subj is not None:  # it measures what its subject names
                    words = doc[subj.left_edge.i:min(subj.right_edge.i + 1, figures[ci].start)]
                    lead = next((t.i for t in words if t.pos_ not in ("DET", "PRON") or t.dep_ == "poss"), words.end)
                    records[ci] = replace(records[ci], measure=_tidy_measure(doc[lead:words.end].text) or records[ci].measure)
            else:
                base = _level_after(doc, figures, bases, ci)
                if base is None:  # (an index: 0 is a base too)
                    base = _earlier_base(doc, figures, records, ci)
                if base is None:
                    base = _later_same_measure(doc, figures, records, bases, ci)
                if base is None and not records[ci].measure:
                    # "Up 12% on last year, the fair drew 48,000 visitors": a change that opens
                    # its sentence and names nothing changes the sentence's figure after it
                    later = [b for b in bases if b > ci and not _comparison_base(doc, figures[b])]
                    base = later[0] if later else None
            rec = records[ci]
            upd = {"comparison": comparison}
            if own_measure:
                m = re.match(r"\s*in\s+(?:the\s+)?((?:(?:number|total|count)\s+of\s+(?:the\s+)?)?[a-z][\w-]*(?:\s+[a-z][\w-]*){0,4}?)"
                             r"(?=\s*(?:[,.;]|$|\s+(?:and|of|in|from|over|compared|year)))",
                             doc_text(doc)[rec.span.end:sent.end_char])
                if m:  # "a 14 percent jump in foreign guests": the noun of change stays with it
                    noun = doc[figures[ci].tail - 1].lower_ if figures[ci].tail is not None else None
                    upd["measure"] = f"{noun} in {m.group(1)}" if noun else m.group(1)
                # "grew 8% in exports" names its own measure: it changes a figure of that measure
                # only ("620 exhibitors, an increase of 8% in exhibitors"), not any figure before it
                if base is not None and m is not None and not _measures_the_base(m.group(1), records[base], figures[base]):
                    base = None
            if base is not None and own_measure:
                upd.update(change_of=base, period=rec.period or records[base].period)
            elif base is not None:
                b = records[base]
                # "This year's total attendance is down about 10 percent" after "... 82,171
                # attendees": a change in a sentence of its own keeps the measure it writes
                own = rec.measure if figures[base].start < sent.start and rec.measure \
                    and _stems(rec.measure.split()) and not _names_a_period_word(rec.measure) else None
                upd.update(change_of=base, measure=own or b.measure or rec.measure, about=b.about,
                           about_type=b.about_type, period=b.period or rec.period)
            records[ci] = replace(rec, **upd)
    # a figure in brackets after another restates it in another currency/unit
    for i, f in enumerate(figures):
        if f.parenthetical and i > 0 and figures[i - 1].currency and f.currency:
            p = records[i - 1]
            records[i] = replace(records[i], measure=p.measure, about=p.about, about_type=p.about_type,
                                 period=p.period or records[i].period,
                                 qualifier=records[i].qualifier if records[i].qualifier != "Exact" else p.qualifier)
    return _drop_repeats(records, doc_text(doc))


def _same_figure(a: StatisticRecord, b: StatisticRecord, text: str) -> bool:
    """Is ``b`` the figure ``a`` already gave, written again: ``a`` in the headline line and
    ``b`` in the body, or ``b`` referring back to it ('The 1,200 exhibitors ...')? Same value,
    the same counted noun, subject and period (or no period on one of them), no other measure.
    Two equal figures in the body are two figures ('20 came from Italy. 20 came from Spain')."""
    if a.span is None or b.span is None:
        return False
    headline = "\n" not in text[:a.span.end] and "\n" in text[a.span.end:b.span.start]
    before = text[max(0, b.span.start - 8):b.span.start].lower().split()
    if not headline and not (before and before[-1] in ("the", "these", "those", "its", "their", "all")):
        return False
    if a.value != b.value or a.unit.split(" and ")[0] != b.unit.split(" and ")[0] or a.about != b.about:
        return False
    if a.period and b.period and a.period != b.period or a.change_of is not None or b.change_of is not None:
        return False
    if a.sentence is not None and b.sentence is not None and a.sentence.start == b.sentence.start \
            and "\n" not in a.sentence.text[a.span.end - a.sentence.start:b.span.start - a.sentence.start]:
        return False  # "2 gold and 2 silver medals": one sentence, two figures (a headline has no stop)
    ma, mb = (a.measure or "").lower(), (b.measure or "").lower()
    return not ma or not mb or ma == mb


def _drop_repeats(records: list[StatisticRecord], text: str) -> list[StatisticRecord]:
    """Each figure once (corpus convention 4): a repetition is folded into its first
    occurrence, which takes the repetition's qualifier, measure and period when it has none;
    change links follow the records that stay."""
    keep: list[int] = []
    moved: dict[int, int] = {}
    for i, rec in enumerate(records):
        first = next((k for k in keep if _same_figure(records[k], rec, text)), None)
        if first is None:
            moved[i] = len(keep)
            keep.append(i)
            continue
        moved[i] = keep.index(first)
        kept = records[first]
        records[first] = replace(kept, qualifier=kept.qualifier if kept.qualifier != "Exact" else rec.qualifier,
                                 measure=kept.measure or rec.measure, period=kept.period or rec.period)
    if len(keep) == len(records):
        return records
    out = []
    for k in keep:
        rec = records[k]
        out.append(replace(rec, change_of=moved[rec.change_of]) if rec.change_of is not None else rec)
    return out
