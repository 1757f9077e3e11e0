"""Shared pieces of the statistics stages: the figure record, word lists and small Doc tests.

What the other stages import from here is public (no leading underscore: ``Figure``,
``word_stems``, ``with_modifiers``, ``comparison_base`` ...); names with an underscore are
this module's own."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from kg.extract.common import doc_tokens, entity_at
from kg.extract.figures import cues, rule
from kg.extract.lexicon import COMPARISONS
from kg.normalize.numbers import SCALE_WORDS
from kg.pipeline import patterns


YEAR = patterns.compile(r"^(1[89]|20|21)\d{2}$")
MONTH_WORD = patterns.compile(r"^(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
                         r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?$")
#: "022-1234-5678", "+351 22 123 4567", "+44 (0)20 ...": not "+12%", a signed change
PHONE = patterns.compile(r"\d+[-–]\d+[-–]\d+|\+\d{1,4}[\s.(–-]+\(?\d|\+\d{7,}")
NUMBER_WORDS = frozenset({
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    "hundred", "dozen",
})
SCALES = frozenset(k.lower() for k in SCALE_WORDS) | {"million", "billion", "trillion", "thousand", "hundred"}
MEASURE_UNITS = {
    "gwh", "mwh", "kwh", "twh", "gw", "mw", "kw", "tw", "hectare", "hectares", "acre", "acres",
    "ton", "tons", "tonne", "tonnes", "km", "kilometre", "kilometres", "kilometer", "kilometers",
    "km/h", "kg", "kilogram", "kilograms", "mt", "mtpa", "barrel", "barrels", "liter", "liters",
    "litre", "litres", "m2", "m²", "sqm", "meter", "meters", "metre", "metres", "mph", "teu",
    "teus", "kwp", "mwp", "gwp", "mah", "wh/kg", "megawatt", "megawatts", "gigawatt", "gigawatts",
    "kilowatt", "kilowatts", "terawatt", "terawatts", "terawatt-hours", "gigawatt-hours", "megawatt-hours", "kilowatt-hours",
}
SQ = patterns.compile(r"sq\.?\s?(metres?|meters?|feet|m|ft|km|mi)\b\.?", re.I)
#: "a 25,000 square-metre hall": the unit written as an adjective with a hyphen
SQUARE_HYPHEN = patterns.compile(r"square[-‑](metres?|meters?|foot|feet|kilometres?|kilometers?)\b", re.I)
PERCENT_POINTS = patterns.compile(r"percentage[- ]points?\b", re.I)
SPEED = patterns.compile(r"(km/h|km/hr|kph|mph|m/s|knots)\b", re.I)
#: "140 terawatt-hours", "12 gigawatt hours": energy, not the power the first word names alone
WATT_HOURS = patterns.compile(r"(?:kilo|mega|giga|tera)watt[-‑ ]?hours?\b", re.I)
RATE = patterns.compile(
    r"\s*(?:of\s+[a-z]+(?:[\s-][a-z]+)?\s+)?(?:per|a|an|each)\s+(year|annum|day|month|hour|week|inhabitant|capita|person|head|second|minute|household)\b"
    r"|\s*annually\b",
    re.I,
)
LOCAL_DOLLAR = {"AU": "AUD", "CA": "CAD", "NZ": "NZD", "SG": "SGD", "HK": "HKD", "TW": "TWD"}
TEU_SPELLED = patterns.compile(r"\s*twenty-foot equivalent units?\b", re.I)
TWO_WORD_UNITS = {
    "square meters", "square metres", "square meter", "square metre", "sq m", "sq ft",
    "square feet", "square kilometres", "square kilometers", "metric tons", "metric tonnes",
    "cubic meters", "cubic metres", "gigawatt hours", "megawatt hours", "kilowatt hours",
}


@dataclass
class Figure:
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
DOT_GROUPED = patterns.compile(r"^\d{1,3}\.\d{3}$")
GLUED_RAND = patterns.compile(r"^R\d[\d,.]*(?:bn|mn|m|k|tn)?$")


SYMBOLS = frozenset("$€£¥₹₩₽₺₦₱₪₫฿")
#: "15pc", and a percent glued by a no-break hyphen the tokenizer keeps in one token ("4‑percent")
GLUED_PERCENT = patterns.compile(r"^(\d[\d,]*(?:\.\d+)?)(?:pc|pct|percent|[‐‑](?:percent|per[‐‑]cent))$", re.I)
#: the hyphens that join a number to its unit ("a 12-percent rise", "a 35.8-per-cent increase")
HYPHENS = frozenset({"-", "–", "‐", "‑"})
A_SCALES = frozenset({"hundred", "thousand", "million", "billion", "trillion", "lakh", "crore"})


#: ("N2.5bn", "Sh3bn": a scale glued after the digits, too)
LOCAL_GLUED = patterns.compile(r"^(?P<cur>[A-Z][a-z]{0,2})(?P<num>\d[\d,]*(?:\.\d+)?)(?P<scale>bn|mn|tn|m|b|k)?$")


DATE_WORDS = patterns.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\b"
    r"|\b(?:year|years|day|days|week|weeks|month|months|quarter|season|century|decade|decades|annual|ago|"
    r"today|tomorrow|yesterday|am|pm|a\.m|p\.m|hours?|minutes?|o'clock|h|hrs)\b|\b(?:19|20)\d{2}\b|\d+:\d+",
    re.I,
)


def hyphen_prefix(noun: Token) -> Token | None:
    """'start' of 'start-ups': the part before a hyphen written without spaces."""
    doc = noun.doc
    k = noun.i
    if k >= 2 and doc[k - 1].text in ("-", "‑") and not doc[k - 1].whitespace_ and not doc[k - 2].whitespace_ \
            and doc[k - 2].is_alpha and not doc[k - 2].like_num:
        return doc[k - 2]
    return None


COMPARISON_PATTERNS = [(phrase, patterns.compile(r"\b" + re.escape(phrase) + r"\b"), label)
                        for phrase, label in COMPARISONS.items()]


FRACTION_WORDS = frozenset({"half", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "tenth", "tenths"})


def nested_under(f: Figure, heads: set[int]) -> bool:
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


REPORTING_VERBS = frozenset({"reach", "exceed", "total", "hit", "stand", "amount", "surpass", "top",
                              "achieve", "record", "register", "see", "be", "rise", "grow", "increase",
                              "double", "triple", "treble", "quadruple", "multiply", "expand", "fall", "drop",
                              "decline", "decrease", "jump", "climb", "surge", "soar", "gain", "shrink", "slip",
                              "dip", "average", "come", "cross", "pass", "touch"})


#: normalized units of measure (not counted things): "55,000 square metres of exhibition space"
UNITS_OF_MEASURE = frozenset({"square metre", "square foot", "square kilometre", "square mile", "cubic metre", "metre", "kilometre", "hectare", "acre", "ton",
                               "kilogram", "barrel", "litre", "TEU", "GW", "MW", "kW", "TW", "GWh", "MWh",
                               "kWh", "TWh", "GWp", "MWp", "kWp"})


def misparsed_clause_start(noun: Token) -> int:
    """Where a noun's written modifiers begin once a clause the parse hung on it as a
    modifier is left out: 'The pavilion secured deals of ...', 'The fair recorded 52,000
    visitors' (a finite past verb tagged VBD, or a participle with a subject of its own,
    made an 'amod' of the object) -> the first token after that verb; else the noun's left edge."""
    start = noun.left_edge.i
    doc = noun.doc
    for c in noun.children:
        if c.dep_ == "amod" and c.i < noun.i and c.pos_ == "VERB" and (
                c.tag_ == "VBD" or any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)):
            start = max(start, c.i + 1)
        # "The fair generated bookings of ...": a participle after 'the' and a noun (or a word
        # the tagger made an adjective) of its own is the verb, that word its subject
        elif c.dep_ == "amod" and c.i < noun.i and c.pos_ == "VERB" and c.tag_ == "VBN" and c.i >= 2 \
                and doc[c.i - 1].pos_ in ("NOUN", "ADJ", "PROPN") and doc[c.i - 1].head.i == noun.i \
                and doc[c.i - 2].dep_ == "det" and doc[c.i - 2].head.i == noun.i and doc[c.i - 2].lower_ in ("the", "this"):
            start = max(start, c.i + 1)
    return start


def with_modifiers(noun: Token) -> str:
    """A noun with the modifiers written before it: 'lithium batteries' (not a scale word
    the parse hung on it: '2.4 lakh visitors', nor the hedge 'an estimated 5,700 people',
    nor a misparsed clause: 'The fair recorded 52,000 visitors')."""
    prefix = hyphen_prefix(noun)
    doc = noun.doc
    start = misparsed_clause_start(noun)
    return " ".join([c.text for c in noun.children if c.dep_ in ("amod", "compound") and start <= c.i < noun.i
                     and c.lower_ not in SCALES and not c.like_num and not any(ch.isdigit() for ch in c.text)
                     and (prefix is None or c.i != prefix.i) and c.lower_ not in cues("estimate-is-exact")
                     and not (c.i > 1 and doc[c.i - 1].text in ("-", "–") and doc[c.i - 2].like_num)  # "300-strong"
                     and not any(doc[j].like_num for j in range(c.i + 1, noun.i))]  # "a record 230 start-ups"
                    + [f"{prefix.text}-{noun.text}" if prefix is not None else noun.text])


COMPARISON_PREPS = frozenset({"over", "than", "with", "versus", "vs", "vs.", "on", "against", "as"})


SPAN_OF_YEARS = patterns.compile(r"^the\s+(?:past|last|previous)\s+(?:[\w-]+\s+)?(?:years|decades?)$", re.I)


@lru_cache(maxsize=2)
def comparative_pattern(dated: bool) -> re.Pattern:
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


_BASE_OF_COMPARISON = frozenset({"from", "with", "than", "against", "versus", "vs", "vs.", "over"})


def comparison_base(doc: Doc, f: Figure) -> bool:
    """'up from 8,000', 'compared with 1,500': the old level a change is measured against."""
    _tk = doc_tokens(doc)  # the cached tokens: doc[i] builds a new Token on every call
    k = f.qual_start if f.qual_start is not None else f.start
    owner = possessive_date(doc, k)
    if owner is not None:
        k = owner.start  # "up 12% from last year's 4,000", "compared with 2024's 3,100"
    if k > 3 and _tk[k - 1].lower_ == "of" and _tk[k - 2].lower_ in ("figure", "total", "level", "tally") \
            and _tk[k - 3].ent_type_ == "DATE":
        j = k - 3  # "compared with the 2024 total of 36,000": the year's figure
        while j > 0 and _tk[j - 1].ent_type_ == "DATE" and j > k - 6:
            j -= 1
        k = j
    if k > 1 and _tk[k - 1].lower_ in ("the", "its", "their"):
        k -= 1  # "compared from the 91,518 visitors in 2019"
    if k > 2 and _tk[k - 1].text == ":" and YEAR.match(_tk[k - 2].text) and _tk[k - 3].text == "(":
        return True  # "Visitors: 80,000 (2025: 70,000)": the last edition's figure, in a fact box
    if k > 0 and _tk[k - 1].lower_ == "with":  # "compared with 1,500", not "With 48,000 visitors, ..."
        return k > 1 and _tk[k - 2].lower_ in ("compared", "comparison", "compare", "contrast", "contrasted", "par")
    if k > 1 and _tk[k - 1].lower_ == "to" and _tk[k - 2].lower_ in ("compared", "comparison", "relative"):
        return True  # "a 14% increase compared to 70,000 in 2025"
    return k > 0 and _tk[k - 1].lower_ in _BASE_OF_COMPARISON


def possessive_date(doc: Doc, k: int) -> Span | None:
    """The date written as the possessor of the figure at token k: 'last year's 4,000',
    '2024's 3,100', 'the previous year's 38,000' (a year, or a date naming a year)."""
    _tk = doc_tokens(doc)  # the cached tokens: doc[i] builds a new Token on every call
    if k < 2 or _tk[k - 1].lower_ not in ("'s", "’s"):
        return None
    t = _tk[k - 2]
    if t.ent_type_ == "DATE":
        ent = entity_at(t)
        if ent is not None and ent.end <= k and re.search(r"\b(?:year|(?:19|20)\d\d)\b", ent.text, re.I):
            start = date_determiner(doc, ent.start)  # "this year's 46,000": the recognizer tags "year" only
            return doc[start:k - 1] if ent.end == k else doc[start:ent.end]
    if YEAR.match(t.text) or t.lower_ == "year" and k >= 3 and _tk[k - 3].lower_ in ("last", "previous", "prior", "preceding"):
        return doc[k - 2:k - 1] if YEAR.match(t.text) else doc[k - 3:k - 1]
    return None


#: words that fix which year a bare "year" is ('this year', 'the current year'), which the
#: recognizer may leave out of the date it tags
_YEAR_DETERMINERS = frozenset({"this", "last", "next", "current", "previous", "coming", "prior", "preceding"})


def date_determiner(doc: Doc, start: int) -> int:
    """The first token of a date whose tagged part is a bare 'year': the word before it that
    says which year ('this year', 'next year') belongs to it."""
    _tk = doc_tokens(doc)
    if start > 0 and _tk[start].lower_ == "year" and _tk[start - 1].lower_ in _YEAR_DETERMINERS:
        return start - 1 - (start > 1 and _tk[start - 1].lower_ == "current" and _tk[start - 2].lower_ == "the")
    return start


GENERIC_NOUNS = frozenset({"total", "number", "figure", "year", "edition", "event", "percent", "cent", "per",
                            "share", "rate", "level", "increase", "decrease", "growth", "rise", "decline", "drop"})


def word_stems(words) -> set[str]:
    return {w[:6] for w in (w.lower() for w in words) if w.isalpha() and w not in GENERIC_NOUNS and len(w) > 2}
