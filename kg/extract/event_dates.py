"""When an event happens: its first and last day, read from the sentences that mention it.

Written ranges ("June 3-5", "from Aug. 30 to Sept. 2") beat single dates; weekdays, "today",
closing phrases ("wrapped up on Saturday") and lengths ("a four-day expo") resolve against
the publication date and fill what is missing. Sentences about another event, edition or
deadline ("Next year's show is scheduled for ...") are left out.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from spacy.tokens import Span

from kg.extract.common import lemma, ordinal_value, small_cardinal, span_text
from kg.extract.context import Context
from kg.extract.lexicon import HAPPENING_VERBS
from kg.normalize.dates import parse_date, parse_date_range

MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
          r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_ONE_DATE = rf"(?:{MONTH}\s+{_DAY}(?:,?\s+\d{{4}})?|{_DAY}\s+{MONTH}(?:,?\s+\d{{4}})?)"
_DATE_EXPR = re.compile(
    rf"(?:(?:from|between)\s+)?(?:(?:{_WEEKDAY}),?\s+)?(?:{_ONE_DATE}|{_DAY})"
    rf"(?:\s*(?:-|–|—|to|through|until|till|and)\s*(?:(?:{_WEEKDAY}),?\s+)?(?:{_ONE_DATE}|{_DAY}\b(?:\s+{MONTH})?(?:,?\s+\d{{4}})?|{_WEEKDAY}))?",
)
_UNTIL = re.compile(rf"\b(?:until|till|through|to)\s+((?:{_WEEKDAY},?\s+)?{_ONE_DATE}|{_WEEKDAY})")
_ON_WEEKDAY = re.compile(rf"\b(?:on|this|next|last)\s+({_WEEKDAY})\b")
_CLOSING = re.compile(
    rf"\b(?:(?:will|to)\s+(?:conclude|close|end|wrap up|run until)|closed|concluded|ended|wrapped up|came to a close|"
    rf"closed its doors|drew to a close|runs? until|running until)\s+"
    rf"(?:its doors\s+)?(?:on\s+)?((?:{_WEEKDAY})|{_ONE_DATE}|today|yesterday)\b",
    re.I,
)
_NEXT_DAYS = re.compile(r"\b(?:for\s+)?the\s+(?:next|coming|following)\s+(\w+)\s+days\b", re.I)


def _sentence_dates(ctx: Context, sent: Span) -> list[tuple[date | None, date | None, int]]:
    """Date ranges written in a sentence, with a rough strength (ranges beat single dates)."""
    ref = ctx.ref_date
    out = []
    text = span_text(sent)
    dl = ctx.result.source.dateline_span
    for m in _DATE_EXPR.finditer(text):
        s = m.group(0).strip()
        if not re.search(MONTH, s):
            continue
        if dl is not None and sent.start_char + m.start() < dl.end and sent.start_char + m.end() > dl.start:
            continue  # the dateline dates the release, not the event
        before = text[max(0, m.start() - 8):m.start()].lower()
        if re.search(r"\b(until|till|through|to)\s*$", before):
            end = parse_date(s, ref, direction="future")
            if end:
                out.append((None, end, 1))
            continue
        start, end = parse_date_range(s, ref)
        if start is None:
            continue
        wd = re.search(rf"({_WEEKDAY})\s*$", s)
        if wd and end is not None:
            # "from Oct. 26 to Sunday": news names weekdays near the publication date
            near = parse_date(wd.group(1), ref, direction="nearest")
            if near and near >= start:
                end = near
        strength = 2 if end else 1
        if s.lower().startswith(("from", "between")):
            strength += 1
        out.append((start, end, strength))
    if not out:
        m = _ON_WEEKDAY.search(text)
        if m and ref:
            past = any(t.tag_ in ("VBD", "VBN") and lemma(t) in HAPPENING_VERBS for t in sent)
            day = parse_date(m.group(1), ref, direction="past" if past else "nearest")
            if day:
                out.append((day, None, 1))
    if not out:
        m = _UNTIL.search(text)
        if m:
            end = parse_date(m.group(1), ref, direction="future")
            if end:
                out.append((None, end, 1))
    return out


OTHER_EDITION = re.compile(
    r"\b(?:next year|next edition|will return|returns? (?:to|in)|pencilled in|penciled in|"
    r"(?:the|its) (?:19|20)\d\d (?:edition|show|event|fair|expo|conference|forum))\b",
    re.I,
)
_ORDINAL_EVENT = re.compile(r"\b(\w+?)(?:st|nd|rd|th)?\s+(?:edition|festival|show|fair|expo|conference|forum|summit|event|congress)\b", re.I)
_WEEKDAY_PAIR = re.compile(rf"\b(?:across|on|between|from)\s+({_WEEKDAY})\s+(?:and|to|through|-|–)\s+({_WEEKDAY})\b")
_SPAN_DAYS = re.compile(r"\b(?:after|over|across|during|for)\s+(?:the\s+)?(\w+)\s+(?:\w+\s+)?days\b|\b(\w+)[- ]day\b", re.I)


def _length_in_days(sents: list[Span]) -> int | None:
    """'a three-day expo', 'over the three days', 'after five days of judging'."""
    for sent in sents:
        for m in _SPAN_DAYS.finditer(span_text(sent)):
            n = small_cardinal(m.group(1) or m.group(2))
            if n and n < 60:
                return n
    return None


def _closing_day(ctx: Context, sent: Span) -> date | None:
    """'wrapped up on Saturday', 'concluded today', 'closed its doors on Friday'."""
    ref = ctx.ref_date
    m = _CLOSING.search(span_text(sent))
    if not (ref and m):
        return None
    word = m.group(1).lower()
    if word == "today":
        return ref
    if word == "yesterday":
        return ref - timedelta(days=1)
    future = bool(re.match(r"(?:will|to|runs?|running)\b", m.group(0), re.I))
    return parse_date(m.group(1), ref, direction="future" if future else "past")


def _other_event_sentence(ctx: Context, sent: Span, key: str | None, edition: int | None) -> bool:
    """Sentences about another event or edition ('The 15th festival is pencilled in for ...')."""
    if OTHER_EDITION.search(span_text(sent)):
        return True
    found = ctx.mentions_in(sent)
    # another event named, this one at most referred to ('In the same week, the city will
    # also host the X Hackathon from Nov. 1 to 3'): the dates are the other event's
    if key and any(not m.anaphor and m.event != key for m in found) \
            and not any(m.event == key and not m.anaphor for m in found):
        return True
    if edition:
        for m in _ORDINAL_EVENT.finditer(span_text(sent)):
            n = ordinal_value(m.group(0).split()[0])
            if n and n != edition:
                return True
    return False


def event_dates(ctx: Context, sents: list[Span], name_year: int | None = None, key: str | None = None,
               edition: int | None = None) -> tuple[date | None, date | None]:
    """The event's first and last day from its sentences: written ranges beat single dates;
    'closed on Friday after three days' and 'a four-day expo' fill what is missing. Dates
    of other editions ('Next year's show is scheduled for ...') are left out."""
    ref = ctx.ref_date
    best: tuple[float, date | None, date | None] | None = None
    end = None
    for rank, sent in enumerate(sents):
        text = span_text(sent)
        low = text.lower()
        if _other_event_sentence(ctx, sent, key, edition):
            continue
        closing = _closing_day(ctx, sent)
        if closing:
            end = closing
            continue
        pair = _WEEKDAY_PAIR.search(text)
        if pair and ref and best is None:
            first = parse_date(pair.group(1), ref, direction="past")
            last = parse_date(pair.group(2), ref, direction="past")
            if first and last and first <= last:
                best = (2.5, first, last)
        verbs = any(lemma(t) in HAPPENING_VERBS for t in sent)
        for s, e, strength in _sentence_dates(ctx, sent):
            if name_year and (s or e) and (s or e).year != name_year:
                continue  # a date of another edition
            score = strength * 2 + verbs - rank * 0.01
            if s is None:
                end = end or e
                continue
            if best is None or score > best[0]:
                best = (score, s, e)
        if ref and best is None and verbs and re.search(r"\btoday\b", low):
            best = (1, ref, None)
        m = _NEXT_DAYS.search(text)
        if m and ref and best is None:
            n = small_cardinal(m.group(1))
            if n:
                best = (1.5, ref, ref + timedelta(days=n - 1))
    start = best[1] if best else None
    if best and best[2]:
        end = best[2]
    if start and end and end < start:
        end = None
    n = _length_in_days(sents)
    if start and not end and n:
        end = start + timedelta(days=n - 1)
    if end and (not start or start == end) and n:
        start = end - timedelta(days=n - 1)
    return start, end
