"""Number tokens: runs of digits, number words and scales; what is not a figure (dates, phones, models)."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from kg.extract.common import doc_text, doc_tokens, entity_at, lemma
from kg.extract.context import Context
from kg.extract.figures import cues, grouped_run, inline_grouped, rule
from kg.extract.lexicon import (
    DURATION_NOUNS,
    EVENT_UNITS,
    MORE_THAN_VERBS,
    PERCENT_WORDS,
    QUALIFIER_WORDS,
)
from kg.normalize.units import (
    currency_code,
    currency_prefix,
    measurement_unit,
    singularize,
    split_money,
    split_unit,
)
from kg.pipeline import patterns
from kg.extract.statistics.base import (
    A_SCALES,
    DATE_WORDS,
    Figure,
    GLUED_PERCENT,
    GLUED_RAND,
    LOCAL_GLUED,
    MONTH_WORD,
    NUMBER_WORDS,
    PHONE,
    SCALES,
    SQUARE_HYPHEN,
    SYMBOLS,
    YEAR,
)


def _local_prefix(doc: Doc, i: int) -> tuple[str | None, str]:
    """'N5 billion' (naira), 'Sh3 billion' (shilling): a one-letter or short prefix that is a
    currency only in the country the release is about, and only before a sum (a scale word
    after it or grouped digits)."""
    _tk = doc_tokens(doc)  # the cached tokens: doc[i] builds a new Token on every call
    text = _tk[i].text
    m = LOCAL_GLUED.match(text) if text[:1].isupper() else None
    if not m:
        return None, text
    by_country = rule("local-currency")["cues"]["context_prefixes"].get(m.group("cur"))
    nxt = _tk[i + 1].lower_ if i + 1 < len(doc) else ""
    if not by_country or not (nxt in SCALES or "," in m.group("num") or m.group("scale")):
        return None, _tk[i].text
    body = doc_text(doc)
    code = next((c for word, c in by_country.items() if word in body), None)
    return (code, m.group("num") + (m.group("scale") or "")) if code else (None, _tk[i].text)


#: the unions the number-run tests read, built once (not on every test)
_A_SCALES_DOZEN = A_SCALES | {"dozen"}
_SCALE_OR_NUMBER = SCALES | NUMBER_WORDS
_NUMBER_OR_ARTICLE = NUMBER_WORDS | {"a", "an"}


def is_number_token(tok: Token) -> bool:
    text = tok.text
    if not any(ch.isdigit() for ch in text):  # most tokens: words
        low = tok.lower_
        if low in ("a", "an"):
            return tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ in A_SCALES  # "a thousand guests"
        if low == "half":  # "half a million visitors", "half a dozen ministers"
            return tok.i + 2 < len(tok.doc) and tok.doc[tok.i + 1].lower_ in ("a", "an") \
                and tok.doc[tok.i + 2].lower_ in _A_SCALES_DOZEN
        return low in NUMBER_WORDS or tok.like_num or (text[:1] in SYMBOLS and split_money(text)[0] is not None)
    if tok.like_num or _GLUED_SCALE.match(text) or GLUED_RAND.match(text) \
            or split_unit(text) or GLUED_PERCENT.match(text) or inline_grouped(text):
        return True
    cur, rest = split_money(tok.text)
    if cur is None and LOCAL_GLUED.match(tok.text):
        cur, rest = _local_prefix(tok.doc, tok.i)
    return cur is not None and bool(rest) and rest[0].isdigit()


def number_run(doc: Doc, i: int) -> tuple[int, str, str | None]:
    """Extend a number run from token i: returns (end, text, glued currency)."""
    _tk = doc_tokens(doc)  # the cached tokens: doc[i] builds a new Token on every call
    cur, rest = split_money(_tk[i].text)
    if cur is None and GLUED_RAND.match(_tk[i].text):
        cur, rest = "ZAR", _tk[i].text[1:]  # "R400,000": South African rand
    if cur is None:
        cur, rest = _local_prefix(doc, i)
    parts = [rest if cur else (inline_grouped(_tk[i].text) or _tk[i].text)]
    j = i + 1
    if _tk[i].lower_ == "half" and j + 1 < len(doc) and _tk[j].lower_ in ("a", "an") \
            and _tk[j + 1].lower_ in _A_SCALES_DOZEN:
        parts.append(_tk[j].text)  # "half a million": the article belongs to the number
        j += 1
    grouped = grouped_run(doc, i, parts[0])  # "12 500", "€35 000"
    if grouped is not None:
        j, parts[0] = grouped
    while j < len(doc):
        t = _tk[j]
        low = t.lower_
        if low in SCALES or low == "dozen" or (t.like_num and not YEAR.match(t.text) and parts[-1].lower() in NUMBER_WORDS):
            parts.append(t.text)
            j += 1
        elif low in ("-", "–") and j + 1 < len(doc) and _tk[j + 1].lower_ in _SCALE_OR_NUMBER and \
                parts[-1].lower() in _SCALE_OR_NUMBER:
            j += 1
        elif low == "-" and j + 1 < len(doc) and _tk[j + 1].lower_ in A_SCALES and not _tk[j - 1].whitespace_ \
                and not t.whitespace_ and (_tk[j - 1].like_num or cur) and j == i + 1:
            j += 1  # "$1.2-billion", "R2.5-billion"
        elif low == "and" and parts[-1].lower() in ("hundred", "thousand") and j + 1 < len(doc) and _tk[j + 1].lower_ in NUMBER_WORDS:
            j += 1
        elif j == i + 1 and low.endswith(".") and low[:-1] in SCALES and not _tk[j - 1].whitespace_ \
                and (cur or i > 0 and (_tk[i - 1].text in SYMBOLS or currency_prefix(_tk[i - 1].text))):
            parts.append(t.text[:-1])  # "€500m." at the end of a sentence: the tokenizer keeps the stop
            j += 1
            break
        else:
            break
    return j, " ".join(parts), cur


def not_a_figure(ctx: Context, doc: Doc, i: int, end: int, text: str, blocked: set[int]) -> bool:
    _tk = doc_tokens(doc)  # the cached tokens: doc[i] builds a new Token on every call
    tok = _tk[i]
    if any(k in blocked for k in range(i, end)) or ctx.is_mention_token(tok):
        return True
    if tok.ent_type_ in ("DATE", "TIME", "ORDINAL") and not split_money(tok.text)[0] and _real_date(tok) \
            and not (split_unit(tok.text) or GLUED_PERCENT.match(tok.text)) \
            and not (tok.ent_type_ == "ORDINAL" and _GLUED_SCALE.match(tok.text)):  # "KSh 2bn": no ordinal
        return True
    if end == i + 1 and _CODE_NAME.match(tok.text) and not (end < len(doc) and _tk[end].lower_ in SCALES) \
            and (end < len(doc) and _tk[end].pos_ in ("NOUN", "PROPN") or i > 0 and _tk[i - 1].lower_ in ("the", "at", "of", "during")):
        return True  # "the COP28 summit", "at COP28": a name of letters and digits, not a sum in pesos
    if i >= 2 and _tk[i - 1].text in ("-", "–", "/") and not _tk[i - 1].whitespace_ and not _tk[i - 2].whitespace_ \
            and _BOOTH_CODE.match(_tk[i - 2].text):
        return True  # "at booth B4-210", "stand C-31": the number of a code of letters and digits
    if YEAR.match(tok.text) and end == i + 1:
        nxt = _tk[end] if end < len(doc) else None
        if nxt is None or not (nxt.pos_ == "NOUN" and tok.dep_ == "nummod"):
            return True
    window = doc_text(doc)[max(0, tok.idx - 12): tok.idx + len(text) + 12]
    if PHONE.search(window) or any(_tk[k].lower_.rstrip(":") in ("tel", "phone", "fax", "mobile") for k in range(max(0, i - 4), i)):
        return True
    if not any(ch.isdigit() for ch in text) and not any(w.lower() in _NUMBER_OR_ARTICLE for w in text.split()):
        return True  # a bare scale word ("trillion-yuan clusters")
    if text.lower() in NUMBER_WORDS and i > 0 and _tk[i - 1].lower_ in ("the", "these", "those", "both", "all"):
        return True  # "the two municipalities": anaphoric, not a figure
    if text.lower() == "one" and (end < len(doc) and _tk[end].lower_ in ("of", "another", "day")):
        return True
    if text.lower() == "one" and i > 0 and end < len(doc) and (_tk[i - 1].lower_, _tk[end].lower_) in _ONE_IDIOMS:
        return True  # "under one roof"
    if i > 1 and _tk[i - 1].lower_ in ("to", "-", "–", "and", "through", "until", "till") and text.isdigit() \
            and int(text) <= 31 and _tk[i - 2].ent_type_ == "DATE" and MONTH_WORD.match(entity_at(_tk[i - 2]).text.split()[0]):
        return True  # "from June 1 to 14 inclusive": the end of a date range
    if i > 0 and _tk[i - 1].lower_ in ("top", "aged", "age", "ranked", "number", "no.", "fortune") \
            and not (_tk[i - 1].lower_ == "top" and _tk[i - 1].tag_ in ("VB", "VBP", "VBZ")
                     and i > 1 and _tk[i - 2].lower_ in ("to", "will", "could", "may", "might", "should", "would")):
        return True  # "the top 10 exporters", "aged 64", "Fortune 500": a rank, an age or a name
    if i > 2 and _tk[i - 1].lower_ in ("to", "-", "–", "and") and _tk[i - 2].like_num \
            and _tk[i - 3].lower_ in ("aged", "ages", "age"):
        return True  # "students aged 12 to 18": the upper end of the ages
    if text.isdigit() and len(text) >= 3 and text[0] == "0":
        return True  # "P.O. Box 30123-00100": a code written with a leading zero counts nothing
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
    if nxt is not None and nxt.lower_ in DURATION_NOUNS and not _COMPARED_SPAN.match(doc_text(doc), nxt.idx):
        return True  # (not "$6 billion year-to-date", "20,000 year on year": a comparison after the figure)
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
    if YEAR.match(tok.text) and nxt is not None and nxt.tag_ == "NN":
        return True  # "2025 pass"
    if nxt is not None and nxt.pos_ == "PROPN" and nxt.ent_type_ in ("GPE", "LOC", "FAC") and not counts_noun:
        return True  # "NO-6002 Ålesund": a postcode
    if nxt is not None and MONTH_WORD.match(nxt.text):
        return True  # "2 September 2025" is a date
    if nxt is not None and nxt.text in ("-", "–") and not nxt.whitespace_ and not tok.whitespace_ \
            and not any(w.lower() in SCALES for w in text.split()) and end + 1 < len(doc) \
            and (_tk[end + 1].pos_ in ("NOUN", "ADJ") and _tk[end + 1].lower_ not in ("plus", "odd", "strong", "member")
                 and _tk[end + 1].lower_ not in PERCENT_WORDS and _tk[end + 1].lower_ != "per"
                 or _tk[end + 1].lower_ in ("to", "on", "by")) and not measurement_unit(_tk[end + 1].text) \
            and not SQUARE_HYPHEN.match(doc_text(doc), _tk[end + 1].idx) and not _hyphened_count(doc, end, text):
        return True  # "two-wheelers", "three-seat", "one-to-one": an adjective, not a figure
    return False


#: 'year-to-date', 'year on year', 'month-over-month' after a figure: no duration it counts
_COMPARED_SPAN = patterns.compile(r"(?:year|month|quarter)\s*[-‑–]?\s*(?:to|on|over)\s*[-‑–]?\s*(?:date|year|month|quarter)\b", re.I)


#: a code of three capitals glued to one or two digits ('COP28'): a name before a noun or
#: after 'the'/'at', whatever ISO says ('USD25' stays a price)
_CODE_NAME = patterns.compile(r"^[A-Z]{3}\d{1,2}$")
#: the part before a hyphen of a booth, hall or gate code: "B4" of "B4-210", "C" of "C-31"
_BOOTH_CODE = patterns.compile(r"^(?:[A-Z]{1,2}\d{0,3}|\d{1,2}[A-Z])$")


def _hyphened_count(doc: Doc, end: int, text: str) -> bool:
    """'the 5,000-visitor target', 'a 600-exhibitor show': digits joined by a hyphen to a noun
    that counts who or what takes part in an event (rule 'hyphen-unit'), not a number word
    ('two-seat') nor another noun ('a 1,000-room hotel')."""
    noun = doc_tokens(doc)[end + 1]
    return text.replace(",", "").isdigit() and noun.pos_ == "NOUN" and singularize(noun.lower_) in EVENT_UNITS \
        and noun.lower_ not in ("event", "events", "product", "products", "box", "letter")


def _names_a_model(doc: Doc, end: int, nxt: Token) -> bool:
    """A number glued to one capital letter ('5G', '3D', '4K' screens) or followed by a
    capitalized acronym it modifies and that counts nothing ('the 737 MAX'): a name."""
    _tk = doc_tokens(doc)  # the cached tokens: doc[i] builds a new Token on every call
    if not nxt.text.isalpha() or not nxt.text.isupper() or currency_code(nxt.text):
        return False
    if len(nxt.text) == 1 and not _tk[end - 1].whitespace_:
        return nxt.lower_ not in SCALES
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
                          "Number", "Room", "Lot", "Pitch", "Box", "Suite"})
#: (word before, word after) "one" in idioms that count nothing
_ONE_IDIOMS = frozenset({("under", "roof"), ("at", "point"), ("in", "place"), ("as", "voice"), ("with", "voice")})


_DECLINE = patterns.compile(
    r"\b(?:down|below|decrease[sd]?|decline[sd]?|drop(?:ped|s)?|f[ae]ll(?:s|en)?|lower|reduc(?:ed|tion)|"
    r"shr[au]nk|slid|slump(?:ed)?|plunge[sd]?|contract(?:ed|ion)|fewer|less)\b", re.I)


def _direction_word(tok: Token) -> int:
    """+1 for a word of rise ('up', 'rose', 'an increase of', 'higher'), -1 for one of fall
    ('down', 'fell', 'a drop of', 'lower'), 0 for any other (rule 'change-direction')."""
    low = tok.lower_
    if _DECLINE.fullmatch(low) or lemma(tok) in cues("change-direction", "falls"):
        return -1
    if low in cues("change-direction", "rises") or lemma(tok) in cues("change-direction", "rises"):
        return 1
    return 0


def declines(doc: Doc, f: Figure, sent: Span) -> bool:
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


#: a number with a scale glued to it ("2bn", "500m", "3.5tn"), which NER may take for an ordinal
#: a number glued to its scale ("2bn", "1.5mln", "3cr"): tokens' own (base has none)
_GLUED_SCALE = re.compile(r"^\d+(?:[.,]\d+)?(?:bn|bln|mn|mln|tn|trn|cr|b|m|k)$", re.I)


def _real_date(tok: Token) -> bool:
    """NER tags 'between 24' as a DATE; a date or time names a month, day, year or clock. A
    number grouped in thousands is never a day or a year ('rose by 20,000 year on year',
    '20,000 year-round residents': the recognizer's DATE runs over the count)."""
    ent = entity_at(tok)
    if ent is not None and tok.ent_type_ == "DATE" and _THOUSANDS.match(tok.text):
        return False
    return ent is None or tok.ent_type_ == "ORDINAL" or bool(DATE_WORDS.search(ent.text))


#: digits grouped in thousands by commas ("20,000", "1,250,000.5")
_THOUSANDS = patterns.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$")


def qualifier_before(doc: Doc, start: int) -> tuple[str, int]:
    """Qualifier from the words before the figure; returns (name, start token of the phrase)."""
    _tk = doc_tokens(doc)  # the cached tokens: doc[i] builds a new Token on every call
    more = rule("qualifier-phrases")["cues"]["before"]
    lows = [t.lower_ for t in _tk[max(0, start - 4):start]]  # the words before, read once
    for n in (4, 3, 2, 1):
        if start - n < 0:
            continue
        phrase = " ".join(lows[len(lows) - n:]).replace(" .", ".")
        if phrase in cues("estimate-is-exact"):
            return "Exact", start - n  # "an estimated 5,700 people": the source, not a rounding
        if phrase in more:  # "no fewer than" before "fewer than"; "in the region of"
            return more[phrase], start - n
        if phrase in QUALIFIER_WORDS:
            return QUALIFIER_WORDS[phrase], start - n
    if start > 0 and lemma(_tk[start - 1]) in MORE_THAN_VERBS:
        return "MoreThan", start - 1
    if start > 1 and _tk[start - 1].lower_ == "the" and lemma(_tk[start - 2]) in MORE_THAN_VERBS \
            and _marks_a_threshold(doc, start):
        return "MoreThan", start - 2  # "passed the 5,000 mark" (rule threshold-mark)
    return "Exact", start


def _marks_a_threshold(doc: Doc, start: int) -> bool:
    """Is the number run at ``start`` followed (within its scale and currency) by a noun of a
    threshold ('the 5,000 mark', 'the $1 billion milestone')?"""
    _tk = doc_tokens(doc)
    for t in doc[start:min(len(doc), start + 5)]:
        if t.lower_ in cues("threshold-mark", "nouns"):
            return True
        if not (t.like_num or t.lower_ in SCALES or t.text in ("$", "€", "£", "¥") or t.text.isupper() or currency_prefix(t.text)):
            return False
    return False


def qualifier_after(doc: Doc, end: int, uend: int) -> str | None:
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
