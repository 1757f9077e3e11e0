"""Parse dates, date ranges, durations and reporting periods in news English.

Relative and year-less expressions resolve against a reference date ``ref`` (normally the
publication date). A date without a year takes the year that puts it nearest ``ref``
(ref 2024-01-05: "December 28" -> 2023-12-28). Parsing is strict: the whole text must be a
date ("the 2024 conference" and a bare year are not dates), and nothing is guessed without
``ref``.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache
from typing import Literal

from kg.normalize.numbers import parse_number
from kg.pipeline import patterns

__all__ = [
    "MONTHS",
    "MONTH_PATTERN",
    "WEEKDAYS",
    "WEEKDAY_PATTERN",
    "Direction",
    "add_duration",
    "month_number",
    "parse_date",
    "parse_date_range",
    "parse_period",
    "weekday_names",
]

Direction = Literal["nearest", "past", "future"]

#: Month spellings (lower case, full and abbreviated) -> month number.
MONTHS: dict[str, int] = {}
for _i, _name in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"], start=1):
    MONTHS[_name] = _i
    MONTHS[_name[:3]] = _i
MONTHS["sept"] = 9

#: Weekday spellings (lower case, full and common abbreviations) -> Monday=0 .. Sunday=6.
WEEKDAYS: dict[str, int] = {}
for _i, _name in enumerate(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]):
    WEEKDAYS[_name] = _i
    WEEKDAYS[_name[:3]] = _i
WEEKDAYS.update({"tues": 1, "weds": 2, "thur": 3, "thurs": 3})

#: Full weekday names, Monday first.
weekday_names: tuple[str, ...] = (
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

#: Regex source matching one month name or abbreviation (use with re.IGNORECASE).
MONTH_PATTERN = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
#: Regex source matching one weekday name or abbreviation (use with re.IGNORECASE).
WEEKDAY_PATTERN = (
    r"(?:Mon(?:day)?|Tue(?:s(?:day)?)?|Wed(?:nesday|s)?|Thu(?:r(?:s(?:day)?)?)?|"
    r"Fri(?:day)?|Sat(?:urday)?|Sun(?:day)?)"
)


def month_number(name: str) -> int | None:
    """1-12 for a month name or abbreviation ('Sept.' -> 9), else None."""
    return MONTHS.get(name.strip().rstrip(".").lower())


def _m(n: str) -> str:
    return rf"(?P<m{n}>{MONTH_PATTERN})\.?"


def _d(n: str) -> str:
    return rf"(?P<d{n}>[0-3]?\d)(?:st|nd|rd|th)?"


def _y(n: str) -> str:
    return rf"(?P<y{n}>(?:19|20)\d\d)"


_F = re.IGNORECASE
# "June 20 through 23", "October 2, to October 4" (a comma only before a word of range), "3rd & 4th June"
_SEP = r"(?:\s*(?:-|&|to|through|thru|until|till|and)\s*|\s*,\s*(?:to|through|thru|until|till)\s+)"
_WD = rf"(?P<wd>{WEEKDAY_PATTERN})\.?"

# Single dates (whole string).
_MD = patterns.compile(rf"^{_m('1')}\s*{_d('1')}(?:\s*,?\s*{_y('1')})?$", _F)
_DM = patterns.compile(rf"^{_d('1')}\s+{_m('1')}(?:\s*,?\s*{_y('1')})?$", _F)
_ISO = patterns.compile(r"^(?P<y1>\d{4})[-/.](?P<m1>\d{1,2})[-/.](?P<d1>\d{1,2})$")
#: "03.03.2026": day, month and year with full stops, as European and Central Asian releases
#: write them (day first always; slashes are left alone: 03/04 is April 3 or March 4)
_DMY = patterns.compile(rf"^(?P<d1>[0-3]?\d)\.(?P<m1>[01]?\d)\.{_y('1')}$")
_WEEKDAY = patterns.compile(rf"^(?:(?P<rel>last|next|this|coming|past)\s+)?{_WD}$", _F)
_RELATIVE_DAY = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}

# Ranges (whole string).
_RANGES = [
    # September 1-2, 2024 / June 20 through 23 / Oct. 10 to 14
    patterns.compile(rf"^{_m('1')}\s*{_d('1')}{_SEP}{_d('2')}(?:\s*,?\s*{_y('2')})?$", _F),
    # Aug. 31 to Sept. 2 / Aug. 31-Sept. 2, 2024 / Dec. 30, 2023 - Jan. 2, 2024
    patterns.compile(rf"^{_m('1')}\s*{_d('1')}(?:\s*,?\s*{_y('1')})?{_SEP}{_m('2')}\s*{_d('2')}"
               rf"(?:\s*,?\s*{_y('2')})?$", _F),
    # 8-14 April 2019 / 20-23 June / 5 and 7 March
    patterns.compile(rf"^{_d('1')}{_SEP}{_d('2')}\s+{_m('2')}(?:\s*,?\s*{_y('2')})?$", _F),
    # 30 August - 2 September 2024
    patterns.compile(rf"^{_d('1')}\s+{_m('1')}(?:\s*,?\s*{_y('1')})?{_SEP}{_d('2')}\s+{_m('2')}"
               rf"(?:\s*,?\s*{_y('2')})?$", _F),
    # 03.03.2026 - 06.03.2026 / 03.03. to 06.03.2026
    patterns.compile(rf"^(?P<d1>[0-3]?\d)\.(?P<m1>[01]?\d)\.(?:{_y('1')})?\s*(?:to|through|until|till|and|-{{1,2}})\s*"
                     rf"(?P<d2>[0-3]?\d)\.(?P<m2>[01]?\d)\.{_y('2')}$", _F),
    # 12-14.05.2026 / 12.-14.05.2026: days before one dotted month (German, Russian, Polish style)
    patterns.compile(rf"^(?P<d1>[0-3]?\d)\.?\s*-\s*(?P<d2>[0-3]?\d)\.(?P<m2>[01]?\d)\.{_y('2')}$"),
    # 2024-06-13 to 2024-06-16
    patterns.compile(r"^(?P<y1>\d{4})-(?P<m1>\d{1,2})-(?P<d1>\d{1,2})\s*(?:to|through|-{1,2}|/)\s*"
               r"(?P<y2>\d{4})-(?P<m2>\d{1,2})-(?P<d2>\d{1,2})$"),
]
_TO_WEEKDAY = patterns.compile(rf"^(?P<start>.+?){_SEP}{_WD}$", _F)

_DASHES = patterns.compile(r"\s*[‐‑‒–—―−]\s*|\s+-\s+")
_LEADING = patterns.compile(r"^(?:(?:on|from|between|starting|beginning|the|from the)\s+)+", _F)
_WEEKDAY_BEFORE_DATE = patterns.compile(
    rf"\(?\b{WEEKDAY_PATTERN}\.?\)?,?\s+(?=(?:the\s+)?(?:{MONTH_PATTERN}|\d))", _F)
_PAREN_WEEKDAY = patterns.compile(rf"\s*\(\s*{WEEKDAY_PATTERN}\.?\s*\)", _F)
_OF_MONTH = patterns.compile(rf"(\d)(?:st|nd|rd|th)?\s+of\s+(?={MONTH_PATTERN})", _F)
_THE_DAY = patterns.compile(r"\bthe\s+(?=\d)", _F)
_WS = patterns.compile(r"\s+")


def _clean(text: str) -> str:
    """Normalize dashes/space and drop words that decorate a date ('on Monday, June 3')."""
    s = _DASHES.sub("-", text.strip().strip(".,;:()"))
    s = _WS.sub(" ", s)
    s = _LEADING.sub("", s)
    s = _PAREN_WEEKDAY.sub("", s)
    s = _WEEKDAY_BEFORE_DATE.sub("", s)
    s = _OF_MONTH.sub(r"\1 ", s)
    s = _THE_DAY.sub("", s)
    return s.strip().rstrip(".,")


def _month_of(m: re.Match[str], key: str) -> int | None:
    """Month number of group ``key``; month names must be capitalized ('may' is a verb)."""
    raw = m.group(key)
    if raw is None:
        return None
    if raw.isdigit():
        return int(raw)
    return month_number(raw) if raw[0].isupper() else None


def _safe(y: int, mo: int, d: int) -> date | None:
    try:
        return date(y, mo, d)
    except ValueError:
        return None


def _resolve(mo: int, d: int, year: int | None, ref: date | None,
             direction: Direction = "nearest") -> date | None:
    """A month-day; without a year, the year placing it nearest ``ref`` (or past/future)."""
    if year is not None:
        return _safe(year, mo, d)
    if ref is None:
        return None
    cands = [c for y in (ref.year - 1, ref.year, ref.year + 1) if (c := _safe(y, mo, d))]
    if direction == "past":
        cands = [c for c in cands if c <= ref]
    elif direction == "future":
        cands = [c for c in cands if c >= ref]
    if not cands:
        return None
    return min(cands, key=lambda c: (abs((c - ref).days), c > ref))


def _weekday(wd: int, ref: date, direction: Direction, rel: str | None = None) -> date:
    """The given weekday relative to ``ref`` ('past': on/before, 'future': on/after)."""
    back = (ref.weekday() - wd) % 7
    fwd = (wd - ref.weekday()) % 7
    if rel in ("last", "past"):
        return ref - timedelta(days=back or 7)
    if rel in ("next", "coming"):
        return ref + timedelta(days=fwd or 7)
    if direction == "past":
        return ref - timedelta(days=back)
    if direction == "future":
        return ref + timedelta(days=fwd)
    return ref - timedelta(days=back) if back <= fwd else ref + timedelta(days=fwd)


def _year(m: re.Match[str], key: str) -> int | None:
    raw = m.groupdict().get(key)
    return int(raw) if raw else None


@lru_cache(maxsize=16384)
def parse_date(text: str, ref: date | None = None,
               direction: Direction = "nearest") -> date | None:
    """A single calendar date, or None.

    Accepts 'Sept. 03, 2024', 'October 27', '27 October 2020', '2024-06-13', 'Monday, June
    3', weekdays ('Monday', 'last Friday'; resolved by ``direction``: nearest to ``ref``,
    the one on/before it, or on/after it), 'today', 'yesterday', 'tomorrow'. A bare year,
    a month-year or any longer phrase is not a date.
    """
    raw = text.strip().strip(".,;:()").lower()
    if raw in _RELATIVE_DAY:
        return ref + timedelta(days=_RELATIVE_DAY[raw]) if ref else None
    s = _clean(text)
    for rx in (_MD, _DM, _ISO, _DMY):
        m = rx.match(s)
        if m:
            mo = _month_of(m, "m1")
            if mo is None:
                return None
            return _resolve(mo, int(m.group("d1")), _year(m, "y1"), ref, direction)
    m = _WEEKDAY.match(s)
    if m and ref is not None and m.group("wd")[0].isupper():
        return _weekday(WEEKDAYS[m.group("wd").rstrip(".").lower()], ref, direction,
                        (m.group("rel") or "").lower() or None)
    return None


@lru_cache(maxsize=16384)
def parse_date_range(text: str, ref: date | None = None) -> tuple[date | None, date | None]:
    """(start, end) of an event's dates; (start, None) for one date; (None, None) otherwise.

    Accepts 'September 1-2, 2024', 'Aug. 31 to Sept. 2', '8-14 April 2019', '20–23 June',
    'from June 20 to 23', 'June 20 through 23', 'between 5 and 7 March' and a weekday end
    ('Oct. 26 to Sunday': the first such weekday after the start). A year given only at the
    end applies to both ends (one year earlier for the start when the range crosses New
    Year); with no year, the start is placed nearest ``ref``.
    """
    s = _clean(text)
    for rx in _RANGES:
        m = rx.match(s)
        if not m:
            continue
        m1 = _month_of(m, "m1") if m.groupdict().get("m1") else None
        m2 = _month_of(m, "m2") if m.groupdict().get("m2") else None
        if m1 is None and m2 is None:
            return (None, None)
        m1 = m1 or m2
        m2 = m2 or m1
        if m1 is None or m2 is None:
            return (None, None)
        d1, d2 = int(m.group("d1")), int(m.group("d2"))
        y1, y2 = _year(m, "y1"), _year(m, "y2")
        if y1 is None and y2 is not None:
            y1 = y2 if (m1, d1) <= (m2, d2) else y2 - 1
        start = _resolve(m1, d1, y1, ref)
        if start is None:
            return (None, None)
        if y2 is None:
            y2 = start.year if (m2, d2) >= (m1, d1) else start.year + 1
        end = _safe(y2, m2, d2)
        if end is None or end < start:
            return (start, None)
        return (start, end)
    m = _TO_WEEKDAY.match(s)
    if m and m.group("wd")[0].isupper():
        start = parse_date(m.group("start"), ref)
        if start is not None:
            wd = WEEKDAYS[m.group("wd").rstrip(".").lower()]
            return (start, start + timedelta(days=(wd - start.weekday()) % 7 or 7))
    single = parse_date(s, ref)
    return (single, None) if single else (None, None)


_DURATION = patterns.compile(
    r"\b(?P<wk>week-?long|a week)\b|(?P<n>\d+|[a-z]+(?:-[a-z]+)??)[\s-]+(?P<u>days?|weeks?)\b",
    re.IGNORECASE,
)


def add_duration(start: date, text: str) -> date | None:
    """End date of an event that lasts the duration in ``text``: start + (n - 1) days.

    'four-day', '4-day', 'three days', 'a five-day event', 'two-week', 'week-long'.
    """
    for m in _DURATION.finditer(text):
        if m.group("wk"):
            return start + timedelta(days=6)
        n = parse_number(m.group("n"))
        if n is None or n < 1 or n != int(n):
            continue
        days = int(n) * (7 if m.group("u").lower().startswith("week") else 1)
        return start + timedelta(days=days - 1)
    return None


# ---------------------------------------------------------------------------------------
# Reporting periods

_YR = r"(?:19|20)\d\d"
_ORD = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
        "4th": 4, "last": 4, "final": 4}
_P_SINCE_YEAR = patterns.compile(rf"\bsince\s+(?P<y>{_YR})\b", _F)
_P_SINCE_MONTH = patterns.compile(rf"\bsince\s+(?P<m>{MONTH_PATTERN})\.?(?:\s*,?\s*(?P<y>{_YR}))?\b", _F)
_P_YEAR_RANGE = patterns.compile(
    rf"\b(?:from\s+|between\s+)?(?P<a>{_YR})\s*(?:-|–|—|to|through|and|until)\s*(?P<b>{_YR})\b", _F)
#: a season or financial year written with a split year: "the 2023-24 season", "FY2023/24"
_P_SPLIT_YEAR = patterns.compile(r"(?<![\d-])(?:FY\s?)?(?P<a>(?:19|20)\d\d)\s?[-/]\s?(?P<b>\d\d)(?![\d-])", _F)
#: a financial year written with its letters: "FY2023", "FY 2024", "FY23"
_P_FISCAL = patterns.compile(r"\bFY\s?'?(?P<y>(?:19|20)\d\d|\d\d)\b(?![-/]\d)", _F)
_P_MONTH_RANGE = patterns.compile(
    rf"\b(?P<m1>{MONTH_PATTERN})\.?(?:\s*,?\s*(?P<y1>{_YR}))?\s*(?:-|–|—|to|through|and|till|"
    rf"until)\s*(?P<m2>{MONTH_PATTERN})\b\.?(?:\s*,?\s*(?:of\s+)?(?P<y2>{_YR}))?", _F)
_P_FIRST_MONTHS = patterns.compile(r"\bfirst\s+(?P<n>\w+)\s+months\b", _F)
_P_HALF = patterns.compile(r"\b(?P<o>first|1st|second|2nd)\s+half\b|\bH(?P<h>[12])\b", _F)
_P_QUARTERS = patterns.compile(r"\bfirst\s+(?P<n>two|three|2|3)\s+quarters\b", _F)
_P_QUARTER = patterns.compile(
    r"\b(?P<o>first|1st|second|2nd|third|3rd|fourth|4th|final|last)\s+quarter\b"
    r"|\bQ(?P<q>[1-4])(?:\s*(?:-|–|to)\s*Q(?P<q2>[1-4]))?\b", _F)
_P_DATE = patterns.compile(rf"\b{MONTH_PATTERN}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+{_YR}\b"
                     rf"|\b\d{{1,2}}\s+{MONTH_PATTERN}\.?,?\s+{_YR}\b|\b{_YR}-\d\d-\d\d\b", _F)
_P_MONTH_YEAR = patterns.compile(rf"\b(?P<m>{MONTH_PATTERN})\.?\s*,?\s*(?:of\s+)?(?P<y>{_YR})\b", _F)
_P_MONTH = patterns.compile(rf"\b(?:in|during|for|of|since|by|last|this)\s+(?P<m>{MONTH_PATTERN})\b\.?"
                      rf"|^(?P<m2>{MONTH_PATTERN})\.?$", _F)
_P_BY = patterns.compile(rf"\bby\s+(?:the\s+end\s+of\s+|end\s+of\s+|the\s+end\s+)?(?P<y>{_YR})\b", _F)
_P_PAST_YEARS = patterns.compile(
    r"\b(?:in|over|during|for)?\s*the\s+(?:past|last|previous)\s+(?P<n>[\w-]+)\s+(?P<u>years|decades?)\b"
    r"|\b(?:(?:in|over|during|for)\s+)?the\s+(?:past|last|previous)\s+(?P<dec>decade)\b", _F)
_P_REL_YEAR = patterns.compile(r"\b(?P<r>last|previous|this|current|next|the\s+same|same)\s+year\b", _F)
_P_REL_MONTH = patterns.compile(r"\b(?P<r>last|previous|this|next)\s+month\b", _F)
_P_YEAR_AGO = patterns.compile(r"\b(?:a|one)\s+year\s+(?:earlier|ago|before)\b|\bthe\s+year\s+(?:before|earlier)\b", _F)
_P_PAST_MONTHS = patterns.compile(r"\bthe\s+(?:past|last|previous)\s+(?P<n>[\w-]+)\s+months\b", _F)
_P_YEAR = patterns.compile(rf"(?<![\d.,$€£¥/-])\b(?P<y>{_YR})\b(?![\d-]|\.\d|,\d)")
_REL_OFFSET = {"last": -1, "previous": -1, "this": 0, "current": 0, "next": 1}


def _context_year(text: str, ref: date | None) -> int | None:
    """A year named in the text ('2024', 'last year', 'this year'), else None."""
    m = _P_YEAR.search(text)
    if m:
        return int(m.group("y"))
    m = _P_REL_YEAR.search(text)
    if m and ref is not None and m.group("r").lower() in _REL_OFFSET:
        return ref.year + _REL_OFFSET[m.group("r").lower()]
    if ref is not None and _P_YEAR_AGO.search(text):
        return ref.year - 1  # "up from 8,000 a year earlier"
    return None


def _latest_year(month: int, ref: date | None) -> int | None:
    """The year of a period without one: ``ref``'s, unless ``month`` (the last month of a
    running total, the first month of a half or quarter) is still to come in ``ref``'s year:
    'the first ten months' or 'the third quarter' in a release of June are last year's
    (statistics report the past); 'the second quarter' in May is the one under way."""
    if ref is None:
        return None
    return ref.year if month <= ref.month else ref.year - 1


def _span(y1: int, m1: int, y2: int, m2: int) -> str:
    if (y1, m1) == (y2, m2):
        return f"{y1}-{m1:02d}"
    if m1 == 1 and m2 == 12 and y1 == y2:
        return str(y1)
    return f"{y1}-{m1:02d}/{y2}-{m2:02d}"


def _month_ok(raw: str) -> int | None:
    return month_number(raw) if raw[:1].isupper() else None


@lru_cache(maxsize=16384)
def parse_period(text: str, ref: date | None = None) -> str | None:
    """The ISO 8601 period a figure refers to, or None.

    '2023' / 'in 2023' -> '2023'; 'the 2023-24 season' -> '2023/2024'; 'in July 2024' -> '2024-07'; 'January-July 2024' and
    'from January to July this year' -> '2024-01/2024-07'; 'the first half of 2024' /
    'H1 2024' -> '2024-01/2024-06'; 'Q1 2023' -> '2023-01/2023-03'; 'last year' /
    'this year' -> the year relative to ``ref``; 'since 2018' -> '2018/<ref year>' (or
    '2018/..' without ``ref``); 'by the end of 2025' -> '2025'; 'in the past five years'
    -> '<ref year - 5>/<ref year>'; 'the past 12 months' -> the months up to ``ref``'s;
    'a year earlier' -> the year before ``ref``'s; a full date -> that day.

    A month range or month without a year is the latest one ending by ``ref``'s month
    (statistics report the past); so is 'the first N months' without a year ('the first
    ten months' in a release of June are last year's), and a half-year or quarter without a
    year is ``ref``'s unless it begins after ``ref``'s month ('the third quarter' in June:
    last year's). 'FY2023' and
    'FY23' -> '2023'.
    """
    s = _DASHES.sub("-", _WS.sub(" ", text.strip()))
    if not s:
        return None

    m = _P_SINCE_YEAR.search(s)
    if m:
        return f"{m.group('y')}/{ref.year}" if ref else f"{m.group('y')}/.."
    m = _P_SINCE_MONTH.search(s)
    if m and _month_ok(m.group("m")):
        mo = _month_ok(m.group("m"))
        y = int(m.group("y")) if m.group("y") else _context_year(s, ref)
        if y is None and ref is not None:
            y = ref.year if mo <= ref.month else ref.year - 1  # type: ignore[operator]
        if y is not None:
            end = f"{ref.year}-{ref.month:02d}" if ref else ".."
            return f"{y}-{mo:02d}/{end}"
    m = _P_YEAR_RANGE.search(s)
    if m and int(m.group("a")) < int(m.group("b")):
        return f"{m.group('a')}/{m.group('b')}"
    m = _P_SPLIT_YEAR.search(s)
    if m and int(m.group("b")) == (int(m.group("a")) + 1) % 100:
        return f"{m.group('a')}/{int(m.group('a')) + 1}"
    m = _P_FISCAL.search(s)
    if m:
        y = m.group("y")
        return y if len(y) == 4 else f"20{y}"
    m = _P_MONTH_RANGE.search(s)
    if m and _month_ok(m.group("m1")) and _month_ok(m.group("m2")):
        m1, m2 = _month_ok(m.group("m1")), _month_ok(m.group("m2"))
        assert m1 is not None and m2 is not None
        y2 = int(m.group("y2")) if m.group("y2") else None
        y1 = int(m.group("y1")) if m.group("y1") else None
        if y2 is None:
            y2 = y1 if y1 is not None and m2 >= m1 else _context_year(s, ref)
        if y2 is None and ref is not None:
            y2 = ref.year if m2 <= ref.month else ref.year - 1
        if y2 is not None:
            if y1 is None:
                y1 = y2 if m1 <= m2 else y2 - 1
            return _span(y1, m1, y2, m2)
    m = _P_FIRST_MONTHS.search(s)
    if m:
        n = parse_number(m.group("n"))
        if n and 1 <= n <= 12 and n == int(n):
            y = _context_year(s, ref) or _latest_year(int(n), ref)
            if y is not None:
                return _span(y, 1, y, int(n))
    m = _P_HALF.search(s)
    if m:
        h = 1 if (m.group("h") == "1" or (m.group("o") or "").lower() in ("first", "1st")) else 2
        y = _context_year(s, ref) or _latest_year(6 * h - 5, ref)
        if y is not None:
            return _span(y, 1, y, 6) if h == 1 else _span(y, 7, y, 12)
    m = _P_QUARTERS.search(s)
    if m:
        n = int(parse_number(m.group("n")) or 0)
        y = _context_year(s, ref) or _latest_year(3 * n, ref)
        if y is not None and n:
            return _span(y, 1, y, 3 * n)
    m = _P_QUARTER.search(s)
    if m:
        q = int(m.group("q")) if m.group("q") else _ORD[m.group("o").lower()]
        q2 = int(m.group("q2")) if m.group("q2") else q
        y = _context_year(s, ref) or _latest_year(3 * q - 2, ref)
        if y is not None and q2 >= q:
            return _span(y, 3 * q - 2, y, 3 * q2)
    m = _P_DATE.search(s)
    if m:
        d = parse_date(m.group(0), ref)
        if d is not None:
            return d.isoformat()
    m = _P_MONTH_YEAR.search(s)
    if m and _month_ok(m.group("m")):
        return f"{m.group('y')}-{_month_ok(m.group('m')):02d}"
    m = _P_MONTH.search(s)
    if m:
        mo = _month_ok(m.group("m") or m.group("m2"))
        if mo is not None:
            y = _context_year(s, ref)
            if y is None and ref is not None:
                y = ref.year if mo <= ref.month else ref.year - 1
            if y is not None:
                return f"{y}-{mo:02d}"
    m = _P_BY.search(s)
    if m:
        return m.group("y")
    m = _P_PAST_YEARS.search(s)
    if m and ref is not None:
        if m.group("dec"):
            n = 10.0
        else:
            n = parse_number(m.group("n")) or 0.0
            if m.group("u").lower().startswith("decade"):
                n *= 10
        if n >= 1 and n == int(n):
            return f"{ref.year - int(n)}/{ref.year}"
    m = _P_PAST_MONTHS.search(s)
    if m and ref is not None:  # "in the past 12 months": the months up to the reference month
        n = parse_number(m.group("n")) or 0.0
        if 1 <= n <= 120 and n == int(n):
            y, mo = divmod(ref.year * 12 + ref.month - 1 - int(n), 12)
            return f"{y}-{mo + 1:02d}/{ref.year}-{ref.month:02d}"
    m = _P_REL_MONTH.search(s)
    if m and ref is not None:
        off = _REL_OFFSET[m.group("r").lower()]
        y, mo = divmod(ref.year * 12 + ref.month - 1 + off, 12)
        return f"{y}-{mo + 1:02d}"
    y = _context_year(s, ref)
    return str(y) if y is not None else None
