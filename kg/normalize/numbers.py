"""Parse the numeric part of a figure: digits, scale words and English number words.

Only the number is handled here ("9.587 million", "two-thirds", "3.5bn"); currency symbols
and units belong to :mod:`kg.normalize.units`. Every parser returns ``None`` rather than a
guess when the text is not clearly a number.

Values are :class:`~decimal.Decimal`, computed in a context of :data:`PRECISION` digits
with no traps: the digits of the text are kept exactly ("32.3 billion" is 32300000000,
not the float 32299999999.999996; a 35-digit figure keeps its 35 digits). Only a
quotient that does not terminate ("two-thirds") is rounded, to :data:`QUOTIENT_DIGITS`
significant digits. A numeral of more than :data:`MAX_NUMERAL_CHARS` characters is not
read as a number.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Context, Decimal, Inexact, localcontext
from functools import lru_cache, wraps

from text_to_num import text2num

from kg.pipeline import patterns

__all__ = ["NUMBER_WORDS", "SCALE_WORDS", "fraction_percent", "parse_multiple", "parse_number", "parse_range",
           "ratio_percent"]

_UNITS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
_TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
#: Multipliers written after a number ("3.5 bn", "500k", "2 lakh"). Abbreviations are
#: matched case-insensitively, so "m"/"M" both mean million here (metres are a unit, and
#: units are the caller's job).
SCALE_WORDS: dict[str, int] = {
    "thousand": 10**3, "k": 10**3,
    "lakh": 10**5, "lakhs": 10**5, "lac": 10**5,
    "million": 10**6, "millions": 10**6, "mn": 10**6, "mln": 10**6, "m": 10**6,
    "crore": 10**7, "crores": 10**7, "cr": 10**7,
    "billion": 10**9, "billions": 10**9, "bn": 10**9, "bln": 10**9, "b": 10**9,
    "trillion": 10**12, "trillions": 10**12, "tn": 10**12, "trn": 10**12,
}
# Denominators of English fractions, singular and plural.
_FRACTIONS: dict[str, int] = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
    "fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6,
    "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9,
    "tenth": 10, "tenths": 10,
}
#: Words that can be (part of) a written number.
NUMBER_WORDS: frozenset[str] = frozenset(
    {*_UNITS, *_TENS, "hundred", "dozen", "dozens", "and", "a", "an",
     *(w for w in SCALE_WORDS if len(w) > 3), *_FRACTIONS}
)

_WORD_SCALES = {w: v for w, v in SCALE_WORDS.items() if len(w) > 3 or w in ("mn", "bn", "tn")}

# Plain numerals: English grouping "1,112,000", decimals "9.587", leading ".5".
_EN_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+"
_NUMERAL = patterns.compile(rf"^[+-]?(?:{_EN_NUM})$")
_EU_THOUSANDS = patterns.compile(r"^\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?$|^\d{1,3}(?:\.\d{3})+,\d+$")
_EU_DECIMAL = patterns.compile(r"^\d+,\d{1,2}$")  # "12,5": a comma never groups 1-2 digits
_GLUED = patterns.compile(
    rf"^(?P<num>[+-]?(?:{_EN_NUM}))\s*-?\s*(?P<scale>[a-z]+)$", re.IGNORECASE
)
_SLASH = patterns.compile(r"^(?P<a>\d+)\s*/\s*(?P<b>\d+)$")
_SPLIT = patterns.compile(r"[\s\-‐‑–]+")

PRECISION = 60  # significant digits kept through parsing (a figure has at most a few dozen)
QUOTIENT_DIGITS = 15  # "two-thirds" as a plain number: 0.666666666666667
MAX_NUMERAL_CHARS = 1000  # a longer run of digits is not a figure anyone wrote
_CONTEXT = Context(prec=PRECISION, traps=[])
_ONE = Decimal(1)


def _exact(func):
    """Run a parser in the module's decimal context (the caller's context is untouched)."""

    @wraps(func)
    def run(*args, **kwargs):
        with localcontext(_CONTEXT) as ctx:
            ctx.clear_flags()
            return func(*args, **kwargs)

    return run


def _div(num: Decimal, den: int | Decimal) -> Decimal:
    """``num / den``: exact when it terminates, else to :data:`QUOTIENT_DIGITS` digits."""
    with localcontext(_CONTEXT) as ctx:
        ctx.clear_flags()
        q = Decimal(num) / Decimal(den)
        if ctx.flags[Inexact]:
            ctx.prec = QUOTIENT_DIGITS
            q = +q
    return q


def _numeral(tok: str) -> Decimal | None:
    """A digit string as a Decimal, accepting English and unambiguous European grouping."""
    if len(tok) > MAX_NUMERAL_CHARS:
        return None
    if _NUMERAL.match(tok):
        return Decimal(tok.replace(",", ""))
    if _EU_THOUSANDS.match(tok):
        return Decimal(tok.replace(".", "").replace(",", "."))
    if _EU_DECIMAL.match(tok):
        return Decimal(tok.replace(",", "."))
    return None


def _words(tokens: list[str]) -> Decimal | None:
    """Combine number-word/numeral tokens: ['two', 'thousand'] -> 2000, ['9.5', 'million']."""
    if not tokens:
        return None
    # "one and a half [million]" -> 1.5 [x scale]
    for i in range(1, len(tokens) - 2):
        if tokens[i : i + 2] == ["and", "a"] and tokens[i + 2] in ("half", "quarter"):
            head = _words(tokens[:i])
            tail = _words(["1", *tokens[i + 3 :]]) if tokens[i + 3 :] else _ONE
            if head is None or tail is None:
                return None
            return (head + _div(_ONE, _FRACTIONS[tokens[i + 2]])) * tail
    if tokens[0] in ("a", "an"):
        if len(tokens) == 1:
            return None
        tokens = ["one", *tokens[1:]]
    # fractions: "half", "two-thirds", "half a million", "three quarters of a billion"
    frac_at = next((i for i, t in enumerate(tokens) if t in _FRACTIONS), None)
    if frac_at is not None:
        num = _words(tokens[:frac_at]) if frac_at else _ONE
        if num is None:
            return None
        value = _div(num, _FRACTIONS[tokens[frac_at]])
        rest = [t for t in tokens[frac_at + 1 :] if t not in ("a", "an", "of")]
        if not rest:
            return value
        scale = _words(["1", *rest])
        return None if scale is None else value * scale

    total = Decimal(0)
    current = Decimal(0)
    last = ""  # kind of the previous token: num | unit | tens | hundred | scale
    last_scale = 0
    seen = False
    for tok in tokens:
        if tok == "and":
            if last not in ("hundred", "scale"):
                return None
            continue
        if tok in _UNITS:
            if last in ("num", "unit") or (last == "tens" and current % 10):
                return None
            current += _UNITS[tok]
            last = "unit"
        elif tok in _TENS:
            if last in ("num", "unit", "tens"):
                return None
            current += _TENS[tok]
            last = "tens"
        elif tok == "hundred":
            if last == "hundred":
                return None
            current = (current or 1) * 100
            last = "hundred"
        elif tok in ("dozen", "dozens"):
            if tok == "dozens" and not seen:
                return None  # "dozens of" is vague
            current = (current or 1) * 12
            last = "hundred"
        elif tok in _WORD_SCALES or (last in ("num",) and tok in SCALE_WORDS):
            if not seen:
                return None  # "million" alone / "thousands of" is not a number
            if last == "scale" and not current and SCALE_WORDS[tok] > last_scale:
                total *= SCALE_WORDS[tok]  # "2.5 lakh crore", "a thousand million": scales multiply
            else:
                total += (current or 1) * SCALE_WORDS[tok]
            current = Decimal(0)
            last = "scale"
            last_scale = SCALE_WORDS[tok]
        else:
            value = _numeral(tok)
            if value is None or last in ("num", "unit", "tens"):
                return None
            current += value
            last = "num"
        seen = True
    return total + current if seen else None


@lru_cache(maxsize=16384)
@_exact
def parse_number(text: str) -> Decimal | None:
    """The value of a written number, or None: '9.587 million' -> 9587000, 'a dozen' -> 12.

    Accepts numerals with English grouping, unambiguous European grouping ('1.234.567',
    '1.234,5', '12,5'), glued or spaced scales ('3.5bn', '500k', '2 lakh'), number words
    ('twenty-one', 'one-million', 'two thousand'), fractions ('half', 'two-thirds', '1/3')
    and mixes ('1.5 million', 'half a million', 'one and a half billion').
    """
    s = text.strip().strip("()").strip()
    if not s:
        return None
    value = _numeral(s)
    if value is not None:
        return value
    m = _GLUED.match(s)
    if m and m.group("scale").lower() in SCALE_WORDS:
        base = _numeral(m.group("num"))
        if base is not None:
            return base * SCALE_WORDS[m.group("scale").lower()]
    m = _SLASH.match(s)
    if m:
        den = int(m.group("b"))
        return _div(Decimal(int(m.group("a"))), den) if den else None
    tokens = [t for t in _SPLIT.split(s.lower()) if t]
    if not tokens:  # only separators: '-', '–'
        return None
    value = _words(tokens)
    if (value is None and all(t in NUMBER_WORDS for t in tokens)
            and tokens[0] not in SCALE_WORDS and tokens[0] != "hundred"):
        try:  # text2num knows a few more spellings of plain integers
            return Decimal(text2num(" ".join(tokens), "en"))
        except (ValueError, TypeError, ArithmeticError):
            return None
    return value


_RANGE = patterns.compile(
    r"^(?:between\s+|from\s+)?(?P<a>.+?)\s*(?:\s(?:to|and|through|or)\s|[-–—~]|\sto\s)\s*(?P<b>.+)$",
    re.IGNORECASE,
)
_TRAILING_SCALE = patterns.compile(r"^(?P<num>.*?)[\s-]*(?P<scale>[a-z]+)$", re.IGNORECASE)


def _scale_of(text: str) -> tuple[Decimal, int] | None:
    """Split '5 billion' into (5.0, 10**9); None when the text has no trailing scale."""
    m = _TRAILING_SCALE.match(text.strip())
    if not m or m.group("scale").lower() not in SCALE_WORDS:
        return None
    base = parse_number(m.group("num"))
    return None if base is None else (base, SCALE_WORDS[m.group("scale").lower()])


@lru_cache(maxsize=8192)
@_exact
def parse_range(text: str) -> tuple[Decimal, Decimal] | None:
    """A numeric range as (low, high): '39-50', '39 to 50', 'between 3 and 5 million'.

    A scale written only after the second number also applies to the first when that keeps
    the range ascending ('3-5 billion' -> (3e9, 5e9), but '500 to 5 million' keeps 500).
    """
    s = text.strip()
    m = _RANGE.match(s)
    if not m:
        return None
    a_text, b_text = m.group("a").strip(), m.group("b").strip()
    a, b = parse_number(a_text), parse_number(b_text)
    if a is None or b is None:
        return None
    if _scale_of(a_text) is None:
        sb = _scale_of(b_text)
        if sb is not None and a <= sb[0]:
            a *= sb[1]
    return (a, b) if a < b else None  # "twenty-one" is a number, not the range 20..1


# ---------------------------------------------------------------------------------------
# Shares and multiples, written in words ("one in two", "a third", "doubled", "tenfold")

_PERCENT_STEP = Decimal("0.1")  # shares in words are given to one decimal ("a third" -> 33.3)


def _percent(num: Decimal, den: Decimal | int) -> Decimal | None:
    """100 * num / den to one decimal, computed exactly and parsed back like any number."""
    if not den or num < 0 or den < 0 or num > den:
        return None
    share = (Decimal(str(num)) * 100 / Decimal(str(den))).quantize(_PERCENT_STEP, ROUND_HALF_UP)  # float or Decimal
    return parse_number(format(share.normalize(), "f"))


_RATIO = patterns.compile(r"^(?P<a>[\w-]+)\s+(?:in|out\s+of)\s+(?:every\s+)?(?P<b>[\w-]+)$", re.IGNORECASE)


@lru_cache(maxsize=4096)
@_exact
def ratio_percent(text: str) -> Decimal | None:
    """A share written as a ratio, in percent: 'one in two' -> 50, 'nine out of ten' -> 90,
    'one in every five' -> 20, '1 in 3' -> 33.3. None unless both sides are numbers and the
    first is not larger ('two in one' is no share)."""
    m = _RATIO.match(" ".join(text.split()))
    if not m:
        return None
    a, b = parse_number(m.group("a")), parse_number(m.group("b"))
    if a is None or b is None or a != int(a) or b != int(b) or b < 2:
        return None
    return _percent(a, b)


_FRACTION_TEXT = patterns.compile(r"^(?:(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine)[\s-]+)?"
                            r"(?P<d>half|halves|thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|"
                            r"eighths?|ninths?|tenths?)$", re.IGNORECASE)


@lru_cache(maxsize=1024)
@_exact
def fraction_percent(text: str) -> Decimal | None:
    """A fraction in words, in percent: 'half' -> 50, 'a third' / 'one-third' -> 33.3,
    'two-thirds' -> 66.7, 'three quarters' -> 75. A plural denominator needs a numerator
    above one ('two thirds'), a singular one a numerator of one ('a third')."""
    m = _FRACTION_TEXT.match(" ".join(text.split()))
    if not m:
        return None
    den_word = m.group("d").lower()
    num = parse_number(m.group("n")) if m.group("n") and m.group("n").lower() not in ("a", "an") else _ONE
    plural = den_word.endswith("s") and den_word != "halves" or den_word == "halves"
    if num is None or (num > 1) != plural:
        return None
    return _percent(num, _FRACTIONS[den_word])


#: verbs and adverbs that name a multiple: "doubled" -> 2, "tenfold" -> 10
_MULTIPLE_WORDS: dict[str, int] = {
    "twice": 2, "double": 2, "doubled": 2, "doubles": 2, "doubling": 2, "triple": 3, "tripled": 3, "triples": 3,
    "tripling": 3, "treble": 3, "trebled": 3, "quadruple": 4, "quadrupled": 4, "quadruples": 4,
    "twofold": 2, "threefold": 3, "fourfold": 4, "fivefold": 5, "sixfold": 6, "sevenfold": 7,
    "eightfold": 8, "ninefold": 9, "tenfold": 10, "hundredfold": 100,
}
_TIMES = patterns.compile(r"^(?P<n>.+?)[\s-]*(?:times|fold|x)$", re.IGNORECASE)


@lru_cache(maxsize=4096)
@_exact
def parse_multiple(text: str) -> Decimal | None:
    """A multiple: 'twice' / 'doubled' -> 2, 'tripled' -> 3, 'tenfold' -> 10, '10 times' -> 10,
    '2.5-fold' -> 2.5, 'three times' -> 3. None for anything else (and for 'one time')."""
    s = " ".join(text.split()).lower()
    if s in _MULTIPLE_WORDS:
        return parse_number(str(_MULTIPLE_WORDS[s]))
    m = _TIMES.match(s)
    if not m:
        return None
    n = parse_number(m.group("n"))
    return n if n is not None and n > 1 else None
