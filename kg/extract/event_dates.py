"""When an event happens: its first and last day, read from the sentences that mention it.

Written ranges ("June 3-5", "from Aug. 30 to Sept. 2") beat single dates; weekdays, "today",
closing phrases ("wrapped up on Saturday") and lengths ("a four-day expo") resolve against
the publication date and fill what is missing. Sentences about another event, edition or
deadline ("Next year's show is scheduled for ...") are left out.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import NamedTuple

from spacy.tokens import Span, Token

from kg.extract.common import (
    doc_text,
    _ORDINAL_WORDS,
    sent_of,
    doc_tokens,
    governing_verb,
    lemma,
    any_lemma_in,
    may_hold,
    ordinal_value,
    small_cardinal,
    span_text,
    token_range,
)
from kg.extract.context import Context
from kg.extract.lexicon import EVENT_HEADS, HAPPENING_VERBS
from kg.extract.rules import load_rules
from kg.normalize.dates import WEEKDAYS, month_number, parse_date, parse_date_range
from kg.pipeline import patterns

_RULES = {r["name"]: r for r in load_rules("events")["rules"]}
_NOT_EVENT_NOUNS = frozenset(_RULES["dates-of-something-else"]["nouns"])
_DEADLINE = patterns.compile(r"\b(?:" + "|".join(re.escape(c) for c in _RULES["dates-of-something-else"]["cues"]) + r")\b", re.I)
_ONE_DAY_VERBS = patterns.compile(r"\b(?:" + "|".join(re.escape(c) for c in _RULES["one-day-event"]["cues"]) + r")\b", re.I)
_LENGTH_NOUNS = "|".join(re.escape(c) for c in _RULES["length-overrides-part"]["cues"])

MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
          r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
# "May 8", "8 May", "the 14th of August"
_ONE_DATE = rf"(?:{MONTH}\s+{_DAY}(?:,?\s+\d{{4}})?|(?:the\s+)?{_DAY}\s+(?:of\s+)?{MONTH}(?:,?\s+\d{{4}})?)"
#: the characters a match of _DATE_EXPR can begin with ('from', 'between', 'the', a digit, a
#: weekday's or a month's capital), in a look-ahead before it: SRE tries the whole pattern at every
#: position otherwise, ~4 times slower on a release; the same matches
_DATE_EXPR_FIRST = r"(?=[fbt\dMTWFSJAOND])"
_DATE_EXPR = patterns.compile(
    _DATE_EXPR_FIRST + rf"(?:(?:from|between)\s+)?(?:(?:{_WEEKDAY}),?\s+)?(?:{_ONE_DATE}|(?:the\s+)?{_DAY})"
    rf"(?:(?:\s*(?:-|–|—|&|to|through|thru|until|till|and)\s*|,\s*(?:to|through|thru|until|till)\s+)(?:(?:{_WEEKDAY}),?\s+)?(?:{_ONE_DATE}|(?:the\s+)?{_DAY}\b(?:\s+(?:of\s+)?{MONTH})?(?:,?\s+\d{{4}})?|{_WEEKDAY}))?",
)
#: "03.03.2026", "2026-03-03" and their ranges ("from 03.03.2026 to 06.03.2026"): dates in figures,
#: day first with full stops (European and Central Asian releases) or ISO (organisers' pages)
_NUM_DATE = r"(?:[0-3]?\d\.[01]?\d\.(?:19|20)\d\d|(?:19|20)\d\d-[01]\d-[0-3]\d)"


def writes_day_date(text: str) -> bool:
    """Does ``text`` write a day's date with its month ('April 14 to 16', '3 March', 'Aug. 7-9',
    '9-10 September', 'the 14th of May')?"""
    return bool(_MONTH_RE.search(text)) and any(_MONTH_RE.search(m.group(0)) and any(c.isdigit() for c in m.group(0))
                                                for m in _DATE_EXPR.finditer(text))


_NUMERIC_DATE_EXPR = patterns.compile(
    rf"(?<![\w.-])(?:(?:from|between)\s+)?(?:{_NUM_DATE}(?:\s*(?:-|–|—|to|through|until|till|and)\s*{_NUM_DATE})?"
    # "12-14.05.2026", "12.-14.05.2026": days before one dotted month
    rf"|[0-3]?\d\.?\s*[-–]\s*[0-3]?\d\.[01]?\d\.(?:19|20)\d\d)(?![\w-]|\.\d)")
_UNTIL = patterns.compile(rf"\b(?:until|till|through|thru|to|up\s+to\s+and\s+including)\s+((?:{_WEEKDAY},?\s+)?{_ONE_DATE}|{_WEEKDAY})")
_ON_WEEKDAY = patterns.compile(rf"\b(?:on|this|next|last)\s+({_WEEKDAY})\b")
_CLOSING = patterns.compile(
    rf"\b(?:(?:will|to)\s+(?:conclude|close|end|wrap up|run until|run through|run up to)|closed|concluded|ended|wrapped up|"
    rf"(?:came|comes|drew|draws) to (?:a close|an end)|closed its doors|"
    # "The curtain came down on the 2026 X Expo on Sunday": the name between the idiom and the day
    rf"curtains?\s+(?:came|comes|fell|falls|will\s+come|will\s+fall)\s+(?:down\s+)?on\s+(?:the\s+)?(?:(?:19|20)\d\d\s+)?"
    rf"(?-i:[A-Z][\w'’.&-]*)(?:\s+(?-i:[A-Z][\w'’.&-]*)){{0,6}}|runs? (?:until|through|thru|till|up to)|running (?:until|through|thru|up to)|"
    rf"ends|closes|concludes|wraps up|(?:will\s+)?continues? (?:until|till|through|thru|(?:up\s+)?to(?:\s+and\s+including)?)|ending|"
    rf"(?:and|then)\s+(?:will\s+)?(?:close|end|conclude|wrap up))\s+"
    # "concluded in Tromsø on Friday", "wraps up at the Harbour Centre on Sunday": a place between
    rf"(?:(?:in|at)\s+(?:the\s+)?(?-i:[A-Z][\w'’.&-]*)(?:\s+(?-i:[A-Z][\w'’.&-]*)){{0,5}},?\s+)?"
    rf"(?:its doors\s+)?(?:on\s+)?(?:this\s+|next\s+)?((?:{_WEEKDAY})(?:,?\s+{_ONE_DATE})?|{_ONE_DATE}|today|yesterday)\b",
    re.I,
)
_NEXT_DAYS = patterns.compile(r"\b(?:for\s+)?the\s+(?:next|coming|following)\s+(\w+)\s+days\b", re.I)
_MONTH_RE = patterns.compile(MONTH)
#: words without one of which a pattern cannot match (cheap tests first: see common.may_hold);
#: every alternative of _CLOSING has one of these, of _ONE_DAY_VERBS' cues 'held' or 'place'
_CLOSING_WORDS = ("conclud", "clos", "end", "wrap", "run", "continu", "curtain")
_ONE_DAY_WORDS = tuple(c.lower() for c in _RULES["one-day-event"]["cues"])
_DEADLINE_WORDS = tuple(c.lower() for c in _RULES["dates-of-something-else"]["cues"])
_DEADLINE_NOUNS = frozenset(w for w in _DEADLINE_WORDS if " " not in w and w not in ("register", "apply", "submit"))


_PROBE_DATE = date(2001, 6, 15)  # any date: tells "needs a reference" from "not a date"


def unresolved_dates(text: str, limit: int = 3, *, year_ref: date | None = None,
                     day_ref: date | None = None) -> list[str]:
    """Date expressions of ``text`` that only a publication date could resolve ('September
    1-2' with no year, 'on Friday'): what a release with no publication date loses. At most
    ``limit``, in text order. What the extractor dates without one is not lost: a month-day
    once the year the release is about is known (``year_ref``: :func:`year_reference`), a
    weekday once the dateline gives the day (``day_ref``: :func:`dateline_day`)."""
    found: list[str] = []
    candidates = [m.group(0).strip() for m in _DATE_EXPR.finditer(text) if re.search(MONTH, m.group(0))]
    candidates += [m.group(0).strip() for m in _ON_WEEKDAY.finditer(text)]
    month_day_ref = day_ref or year_ref
    for s in candidates:
        if s in found:
            continue
        if parse_date_range(s, None)[0] is None and parse_date_range(s, _PROBE_DATE)[0] is not None:
            ref = month_day_ref if re.search(MONTH, s) else day_ref  # 'on Friday' needs the day
            if ref is None or parse_date_range(s, ref)[0] is None:
                found.append(s)
        elif s.split()[-1].istitle() and parse_date(s.split()[-1], _PROBE_DATE) and not parse_date(s.split()[-1], None):
            if day_ref is None:
                found.append(s)  # 'on Friday'
        if len(found) >= limit:
            break
    return found


def undated_expressions(text: str, *, name: str | None = None, title: str | None = None,
                        dateline: str | None = None, url: str | None = None, limit: int = 3) -> list[str]:
    """:func:`unresolved_dates` of a release without a publication date, less what its
    main event's name or headline year (``name``, ``title``), its dateline's day
    (``dateline``, e.g. 'CAPE TOWN, Feb. 5 (Agency) --') and the date in its source
    address (``url``, '.../2019/02/05/...') date all the same."""
    year_ref = _year_reference(name or "", title or "", text, url)
    return unresolved_dates(text, limit, year_ref=year_ref,
                            day_ref=_dateline_day(dateline, year_ref) or _url_date(url)[1])


#: "Wednesday (June 4)": a date in brackets after its weekday
_PAREN_DATE = patterns.compile(rf"({_WEEKDAY})(\s*)\((\s*{MONTH}\s+{_DAY}\s*)\)")
#: "June 4, 5 and 6", "4, 5 and 6 June": consecutive days in a list
_DAY_LIST = patterns.compile(rf"(?<!\d)(?P<first>{_DAY})(?P<mid>(?:\s*,\s*{_DAY})*\s*,?\s+and\s+)(?P<last>{_DAY})(?!\d)")
_AND_DAY = patterns.compile(r"and\s+\d")


def _plain_dates(text: str) -> str:
    """The sentence with its dates written the way :data:`_DATE_EXPR` reads them, offsets
    kept: 'Wednesday (June 4)' -> 'Wednesday  June 4 ', 'June 4, 5 and 6' -> 'June 4    - 6'
    (consecutive days only: 'June 4, 11 and 18' stays a list)."""
    if "(" in text:  # (no bracket, no match: skipped)
        text = _PAREN_DATE.sub(lambda m: f"{m.group(1)}{m.group(2)} {m.group(3)} ", text)
    if _AND_DAY.search(text) is None:
        return text  # every day list has 'and' before a day

    def days(m: re.Match) -> str:
        nums = [int(re.match(r"\d+", d).group(0)) for d in re.findall(r"\d+", m.group(0))]
        before = text[max(0, m.start() - 12):m.start()]
        after = text[m.end():m.end() + 12]
        dated = re.search(rf"{MONTH}\s+$", before) or re.match(rf"\s+(?:of\s+)?{MONTH}", after)
        if not dated or len(nums) < 3 or any(b != a + 1 for a, b in zip(nums, nums[1:])):
            return m.group(0)
        mid = m.group("mid")
        return m.group("first") + " " * (len(mid) - 1) + "-" + m.group("last")

    return _DAY_LIST.sub(days, text)


def _of_something_else(sent: Span, start: int, text: str) -> bool:
    """A date of a visit, a deadline or a registration, not of the event: 'a working visit
    ... on July 9-10', 'registration closes on May 2', 'the deadline is June 1'."""
    before = text[max(0, start - 40):start]
    at = token_range(sent.doc, sent.start_char + start, sent.start_char + start + 1)
    tok = doc_tokens(sent.doc)[at[0]] if at else None
    if may_hold(before, _DEADLINE_WORDS) and _DEADLINE.search(before) \
            and not _held_after_cue(tok, before, sent.start_char + max(0, start - 40)):
        return True
    hops = 0
    while tok is not None and hops < 3 and tok.head.i != tok.i:
        tok, hops = tok.head, hops + 1
        if tok.pos_ == "NOUN" and (tok.lower_ in _NOT_EVENT_NOUNS or tok.lower_ in _DEADLINE_NOUNS):
            return True  # (a deadline noun the date hangs on: "Entries for the X Awards close on March 1")
        if tok.pos_ in ("VERB", "AUX"):
            return False
    return False


_HOLD_WORDS = frozenset({"hold", "holds", "held", "holding", "take", "takes", "took", "taken", "taking"})


def _held_after_cue(tok: Token | None, before: str, before_at: int) -> bool:
    """'Tickets are on sale for the X Summit, held on 4-5 March': the date is on a verb of
    holding written after the cue (``before`` is the text before the date, from character
    ``before_at`` of the document), whose subject is not the cue's noun ('registration will be
    held on May 2' stays a registration's)."""
    hops = 0
    while tok is not None and hops < 3 and tok.head.i != tok.i and tok.pos_ not in ("VERB", "AUX"):
        tok, hops = tok.head, hops + 1
    if tok is None or tok.lower_ not in _HOLD_WORDS or lemma(tok) not in ("hold", "take") \
            or lemma(tok) == "take" and not any(c.lower_ == "place" for c in tok.children):
        return False
    cue = list(_DEADLINE.finditer(before))[-1]
    if tok.idx < before_at + cue.end():
        return False  # the verb before the cue: "held on ... ; registration closes on ..."
    return not any(c.dep_ in ("nsubj", "nsubjpass") and _DEADLINE.search(c.text) for c in tok.children)


def _held_in_sentence(ctx: Context, sent: Span, key: str | None) -> bool:
    """Is the event itself what the sentence says was held / took place ('The forum was
    held ... on May 26', 'the X Awards, held in Dubai on 25 February'), not a part of it
    ('the opening ceremony, which was held on ...')?"""
    for t in doc_tokens(sent.doc)[sent.start:sent.end]:
        if t.lower_ not in _HOLD_WORDS or lemma(t) not in ("hold", "take") or (lemma(t) == "take" and not any(c.lower_ == "place" for c in t.children)):
            continue
        for c in t.children:
            if c.dep_ in ("nsubj", "nsubjpass") and any(
                    m.event == key and m.start <= c.i < m.end for m in ctx.mentions_in(sent)):
                return True
        # "the X Awards 2026, held in Dubai on 25 February": a participle on the event's name
        # (or right after it and a comma, wherever the parser hangs it)
        if t.tag_ == "VBN" and t.dep_ in ("acl", "advcl") and any(
                m.event == key and not m.anaphor and (m.start <= t.head.i < m.end or m.end == t.i - 1
                                                      and sent.doc[t.i - 1].text == ",")
                for m in ctx.mentions_in(sent)):
            return True
    return False


_EARLIER_WORDS = frozenset(_RULES["dates-of-another-event-or-edition"]["earlier"])
_EDITION_NOUNS = frozenset(_RULES["dates-of-another-event-or-edition"]["nouns"]) | frozenset(EVENT_HEADS)


def _of_another_event(ctx: Context, verb: Token, key: str | None) -> bool:
    """'..., a week after the X Summit was held there from May 26 to 28': the date's verb has
    another event (named, not referred to) as its subject."""
    if key is None:
        return False
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            for m in ctx.mentions_in(sent_of(c)):
                if m.start <= c.i < m.end:
                    return m.event != key and not m.anaphor
    return False


_PEOPLE = frozenset(_RULES["dates-of-another-event-or-edition"]["people"])


def _whose(ctx: Context, verb: Token, key: str | None) -> int:
    """1 when the verb has this event (named or referred to) as its subject or object, or
    is a clause on it ('the X Expo, which runs from June 2 to 4'); -1 when its subject is a
    person ('The minister will be in Tashkent on May 11-12'); else 0."""
    if key is None:
        return 0
    mentions = [m for m in ctx.mentions_in(sent_of(verb)) if m.event == key]
    if verb.dep_ in ("relcl", "acl") and any(m.start <= verb.head.i < m.end for m in mentions):
        return 1
    args = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    if any(m.start <= c.i < m.end for c in args for m in mentions):
        return 1
    subj = next((c for c in args if c.dep_ in ("nsubj", "nsubjpass")), None)
    return -1 if subj is not None and (subj.ent_type_ == "PERSON" or subj.lower_ in _PEOPLE) else 0


def _of_edition_noun(verb: Token) -> str | int | None:
    """'After a successful 2025 edition held from 10 to 12 June, ...', 'the previous show,
    held on ...': a participle on an edition or event noun that another year or an earlier
    word marks as another edition. 'earlier' for an earlier word (always another edition),
    the year written on it (another edition's when it is not this one's and the release dates
    this one too: :func:`_sentence_dates`, :func:`_event_dates`), else None."""
    if verb.dep_ not in ("acl", "relcl") or verb.head.lower_ not in _EDITION_NOUNS or verb.head.pos_ != "NOUN":
        return None
    for c in verb.head.children:
        if c.dep_ in ("amod", "advmod") and c.lower_ in _EARLIER_WORDS:
            return "earlier"
        if c.dep_ == "poss" and c.lower_ == "year" and any(g.lower_ in ("last", "previous") for g in c.children):
            return "earlier"  # "last year's edition, held ..."
        if c.dep_ in ("nummod", "compound", "amod") and re.fullmatch(r"(?:19|20)\d\d", c.text):
            return int(c.text)
    return None


class SentenceDate(NamedTuple):
    """A date (range) a sentence writes, as :func:`_sentence_dates` reads it."""

    start: date | None
    end: date | None
    strength: int  # rough: ranges beat single dates
    single: bool  # the sentence makes a single date the whole event ('was held on May 26')
    edition_year: int | None = None  # on the edition noun its participle hangs on ('the 2026 fair, held ...')
    written_year: int | None = None  # the year the date writes
    whose: int = 0  # :func:`_whose`: 1 the event's verb, -1 a person's, 0 neither


def _sentence_dates(ctx: Context, sent: Span, year_ref: date | None = None, key: str | None = None,
                    this_year: int | None = None) -> list[SentenceDate]:
    """Date ranges written in a sentence, with a rough strength (ranges beat single dates),
    whether the sentence makes a single date the whole event ('was held on May 26'), the
    year written on the edition noun the date's participle hangs on ('the 2026 fair, held
    ...'), the year the date writes, and whose the date's verb is (:func:`_whose`: the
    event's, 'before opening the X Fair on May 13', or a person's).
    Without a publication date, dates without a year take ``year_ref``'s year. Dates on a
    verb of another event, or on a participle of another edition, are left out."""
    found = _sentence_dates_marked(ctx, sent, year_ref, key, this_year)
    this_year = this_year or (ctx.ref_date or year_ref or date.min).year
    if any(f.edition_year not in (None, this_year) for f in found) and any(f.edition_year is None for f in found):
        found = [f for f in found if f.edition_year is None]  # "After its 2025 edition held ..., the fair returns ..."
    if any(f.whose == 1 for f in found) and any(f.whose == -1 for f in found):
        # "The minister will be in Tashkent on May 11-12 for talks, before opening the X Fair on May 13":
        # a date on a verb of a person gives way to one on a verb of the event
        found = [f for f in found if f.whose != -1]
    return found


#: "Sunday, June 5-7" (after "Friday through"): a weekday, then a range of days
_RANGE_AFTER_WEEKDAY = patterns.compile(rf"{_WEEKDAY},?\s+\S.*?\d\s*(?:[-–—]|\bto\b|\bthrough\b|\band\b)\s*"
                                        rf"(?:{MONTH}\.?\s+)?\d")


#: "returns this August, from the 22nd to the 30th", "in August (22nd-30th)": a month, then its
#: days as ordinals (the day range alone names no month)
_MONTH_THEN_DAYS = patterns.compile(
    rf"\b(?:in|this|next|during|over)\s+(?P<m>{MONTH})(?:\s+(?:19|20)\d\d)?(?:,\s*(?:from\s+)?|\s+(?:from\s+)?|\s*\()"
    rf"(?:the\s+)?(?P<a>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\s*(?:to|until|till|through|-|–|and)\s*(?:the\s+)?"
    rf"(?P<b>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b")


def _sentence_dates_marked(ctx: Context, sent: Span, year_ref: date | None, key: str | None,
                           this_year: int | None) -> list[SentenceDate]:
    ref = ctx.ref_date
    md_ref = ref or year_ref
    this_year = this_year or (md_ref.year if md_ref else None)
    out = []
    text = _plain_dates(span_text(sent))
    dl = ctx.result.source.dateline_span
    one_day = may_hold(text, _ONE_DAY_WORDS) and bool(_ONE_DAY_VERBS.search(text)) and _held_in_sentence(ctx, sent, key)
    # (only a match with a month is read: none without a month in the sentence), and dates in figures
    found = list(_DATE_EXPR.finditer(text)) if _MONTH_RE.search(text) else []
    if "20" in text or "19" in text:  # (every _NUM_DATE has its century)
        found = sorted(found + list(_NUMERIC_DATE_EXPR.finditer(text)), key=lambda m: m.start())
    for m in found:
        s = m.group(0).strip()
        if not re.search(MONTH, s) and m.re is not _NUMERIC_DATE_EXPR:
            continue
        if dl is not None and sent.start_char + m.start() < dl.end and sent.start_char + m.end() > dl.start:
            continue  # the dateline dates the release, not the event
        if _of_something_else(sent, m.start(), text):
            continue
        gov = _governor(sent, m.start())
        if gov is not None and _of_another_year(gov, ctx, year_ref):
            continue  # "Last year, it ran from June 4 to 8", "In 2024, the fair was held ..."
        mark = _of_edition_noun(gov) if gov is not None else None
        if mark == "earlier" or gov is not None and _of_another_event(ctx, gov, key):
            continue  # "the previous show, held on ...", "after the X Summit was held there from ..."
        written = re.search(r"\b(?:19|20)\d\d\b", s)
        tail = (mark, int(written.group(0)) if written else None, _whose(ctx, gov, key) if gov is not None else 0)
        before = text[max(0, m.start() - 8):m.start()].lower()
        closing_verb = gov is not None and lemma(gov) in _CLOSING_LEMMAS and not re.search(r"[-–—]|\b(?:to|through|and)\b", s)
        # (not "Friday through Sunday, June 5-7": the range after the pair's last weekday is the
        # pair's own days, in apposition)
        if re.search(r"\b(until|till|through|to)\s*$", before) and not _RANGE_AFTER_WEEKDAY.match(s) \
                or closing_verb:
            # "will close on Monday, June 2": a last day, whatever opened the event
            # a last day after the publication date; without one, in the year the release is about
            end = parse_date(s, md_ref, direction="future" if ref else "nearest")
            if end:
                out.append(SentenceDate(None, end, 1, False, *tail))
            continue
        start, end = parse_date_range(s, md_ref)
        if start is None:
            continue
        if ref is not None and not re.search(r"\b(?:19|20)\d\d\b", s):
            start, end = _in_tense(sent, start, end, ref)
        wd = re.search(rf"({_WEEKDAY})\s*$", s)
        if wd and end is not None:
            # "from Oct. 26 to Sunday": news names weekdays near the publication date
            near = parse_date(wd.group(1), ref, direction="nearest")
            if near and near >= start:
                end = near
        strength = 2 if end else 1
        if s.lower().startswith(("from", "between")):
            strength += 1
        # "held every two years since 2002, opened on 3 March": the date must be the holding verb's
        held_on = one_day and end is None and (gov is None or lemma(gov) in ("hold", "take"))
        out.append(SentenceDate(start, end, strength, held_on, *tail))
    if not any(st for st, *_ in out):
        # "said on Monday that ... will open on Thursday", "which ends on Sunday, opened on
        # Thursday": a weekday of a reporting or closing verb does not open the event
        weekday = "day" in text  # (every _WEEKDAY ends so)
        m = weekday and (next((w for w in _ON_WEEKDAY.finditer(text) if not _reported_or_closing(sent, w.start(1))), None)
                         or _OPENED_WEEKDAY.search(text)) or None
        if m and ref:
            own = _governor(sent, m.start(1))
            # "opens on Tuesday, a week after the X Summit was held there": the weekday's own verb,
            # in the present, is not past for another clause's past verb
            present = own is not None and own.tag_ in ("VBZ", "VBP") and lemma(own) in _OPENING_LEMMAS
            past = _happened_sentence(sent) and not (own is not None and own.tag_ in ("VBZ", "VBP", "VB")
                                                     and lemma(own) in HAPPENING_VERBS)
            # "opens on Friday" (present tense of an opening verb): the coming one, or today
            day = parse_date(m.group(1), ref, direction="future" if present else "past" if past else "nearest")
            if day:
                out.append(SentenceDate(day, None, 1, one_day))
        m = None if m or not may_hold(text, ("today", "tomorrow", "yesterday")) else _OPENED_RELATIVE.search(text)
        if m and ref:  # "kicks off tomorrow", "opened yesterday"
            out.append(SentenceDate(parse_date(m.group(1), ref), None, 1, one_day))
    if not out and md_ref is not None:
        m = _MONTH_THEN_DAYS.search(text) if _MONTH_RE.search(text) else None
        if m and not _of_something_else(sent, m.start("a"), text):
            start, end = parse_date_range(f"{m.group('m')} {m.group('a')}-{m.group('b')}", md_ref)
            if start is not None and ref is not None:
                start, end = _in_tense(sent, start, end, ref)
            if start is not None:
                out.append(SentenceDate(start, end, 2, False))
    if not out:
        m = _UNTIL.search(text) if "day" in text or _MONTH_RE.search(text) else None  # (a weekday or a date)
        if m and not _of_something_else(sent, m.start(), text):
            month_day = bool(re.match(MONTH + r"|\d", m.group(1)))
            end = parse_date(m.group(1), md_ref if month_day else ref,
                             direction="nearest" if month_day and ref is None else "future")
            if end:
                out.append(SentenceDate(None, end, 1, False))
    return out


#: "the second day of the expo", "the third and final day of the summit", "the last day of the fair"
_NTH_DAY = patterns.compile(r"\b(?:the|its)\s+(?P<n>\w+)(?:\s+and\s+(?P<final>final|last))?\s+day\s+of"
                      r"(?=\s+(?:the\s+|this\s+year['’]s\s+)?(?:(?-i:[A-Z])|(?:"
                      + "|".join(sorted(EVENT_HEADS, key=len, reverse=True)) + r")\b))", re.I)
_CLOSING_LEMMAS = frozenset({"close", "end", "conclude", "wrap", "finish"})
_NTH_DAY_CUES = ("opening day", "first day", "day of")
#: "drew ministers on its opening day", "on the first day of the summit" (no date of its own)
_OPENING_DAY = patterns.compile(r"\bon\s+(?:its|the)\s+(?:opening|first)\s+day\b(?!\s+of\s+(?:the\s+)?"
                                r"(?:month|year|week|trading|sales?|registration|ramadan)\b)", re.I)


def _day_of_the_report(ctx: Context, sent: Span, key: str | None, ref: date) -> date | None:
    """Rule nth-day-of-the-event, a wire report of a running event: 'DUBAI, April 20 (Agency) -
    The X Summit drew ministers on its opening day' / '... on the second day of the summit'
    with no date in the sentence is the day of the report (the dateline's day, else the
    publication date), N-1 days after the first. Only in the past or present tense, in a
    sentence that names the event."""
    text = span_text(sent)
    m = _OPENING_DAY.search(text)
    nth = None if m else _NTH_DAY.search(text)
    n = 1 if m else ordinal_value(nth.group("n")) if nth else None
    if not n or n > 10 or _tense(sent)[0] or not any(mt.event == key for mt in ctx.mentions_in(sent)):
        return None
    dl = ctx.result.source.dateline_span
    day = _dateline_day(dl.text, ref) if dl is not None else None
    day = day if day is not None and 0 <= (ref - day).days <= 2 else ref
    return day - timedelta(days=n - 1)
_REPORTING_LEMMAS = frozenset(_RULES["dates-of-something-else"]["reporting_verbs"])
_ANOTHER_YEAR = patterns.compile(r"^(?:last year|a year ago|the (?:previous|prior) year|(?:19|20)\d\d)$", re.I)


def _governor(sent: Span, start: int) -> Token | None:
    """The verb a phrase at character ``start`` of the sentence hangs on (three hops at most)."""
    at = token_range(sent.doc, sent.start_char + start, sent.start_char + start + 1)
    return governing_verb(doc_tokens(sent.doc)[at[0]], depth=5, participles=True) if at else None


def _of_another_year(verb: Token, ctx: Context, year_ref: date | None) -> bool:
    """Does the verb say its clause happened another year ('Last year, it ran ...', 'In 2024,
    the fair was held ...')? A year only counts fronted ('In 2024, ...') and when it is not the
    edition's own."""
    ref = ctx.ref_date or year_ref
    for c in verb.children:
        if c.dep_ == "npadvmod" and re.fullmatch(r"(?:last|previous) year|a year ago", " ".join(t.lower_ for t in c.subtree)):
            return True
        if c.dep_ == "prep" and c.lower_ == "in" and c.i < verb.i and c.i == sent_of(c).start:
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if obj is not None and _ANOTHER_YEAR.match(obj.text) and obj.text.isdigit() \
                    and ref is not None and int(obj.text) != ref.year:
                return True
    return False


def _reported_or_closing(sent: Span, start: int) -> bool:
    gov = _governor(sent, start)
    return gov is not None and (lemma(gov) in _REPORTING_LEMMAS or lemma(gov) in _CLOSING_LEMMAS)


_OPENING = r"(?:opened|opens|open|began|begins|begin|started|starts|start|kicked off|kicks off|kick off|launched|launches|(?:got|gets|get|getting)\s+under\s?way|starting|beginning|kicking off)"
_OPENING_LEMMAS = frozenset(_RULES["weekday-of-an-opening"]["cues"])
_OPENED_WEEKDAY = patterns.compile(rf"\b{_OPENING}\s+({_WEEKDAY})\b")  # "opened Tuesday"
_OPENED_RELATIVE = patterns.compile(rf"\b{_OPENING}\s+(?:on\s+)?(today|tomorrow|yesterday)\b", re.I)


def _per_sentence(sent: Span, name: str, fn):
    """``fn(tokens of sent)``, computed once per sentence (every event of the release reads
    the same sentences); kept in the Doc's caches under ``name``."""
    found = sent.doc.user_data.get(name)
    if found is None:
        found = sent.doc.user_data[name] = {}
    key = (sent.start, sent.end)
    value = found.get(key, found)
    if value is found:
        value = found[key] = fn(doc_tokens(sent.doc)[sent.start:sent.end])
    return value


def _tense_of(toks: list[Token]) -> tuple[bool, bool]:
    future = any(t.lower_ in ("will", "'ll") or (t.lower_ in ("scheduled", "slated", "set") and t.tag_ == "VBN")
                 for t in toks)
    past = not future and any(t.tag_ == "VBD" and lemma(t) in HAPPENING_VERBS for t in toks)
    return future, past


def _tense(sent: Span) -> tuple[bool, bool]:
    """Does the sentence speak of the future ('will', 'scheduled'), else of the past (a
    happening verb in the past tense)?"""
    return _per_sentence(sent, "ekg_tense", _tense_of)


def _happened_sentence(sent: Span) -> bool:
    """Is a happening verb of the sentence in the past tense or a past participle?"""
    return _per_sentence(sent, "ekg_happened", lambda toks: any(
        t.tag_ in ("VBD", "VBN") and lemma(t) in HAPPENING_VERBS for t in toks))


def _present_happening(sent: Span) -> bool:
    """Is a happening verb of the sentence in the present tense ('runs', 'takes place')?"""
    return _per_sentence(sent, "ekg_present", lambda toks: any(
        t.tag_ in ("VBZ", "VBP") and lemma(t) in HAPPENING_VERBS for t in toks))


_THIS_YEAR = patterns.compile(r"\bthis year\b(?!['’]s)", re.I)


def _in_tense(sent: Span, start: date, end: date | None, ref: date) -> tuple[date, date | None]:
    """A date without a year, placed nearest the publication date, moved a year on when the
    sentence speaks of the future and it fell weeks before ('will be held December 1-4',
    published January 3), or a year back when it speaks of the past and it fell weeks after. The present of a
    happening verb speaks of what is coming: a date a month or more before is next year's. A
    sentence that says 'this year' puts it in the publication's year."""
    future, past = _tense(sent)
    shift = 0
    if future and (start - ref).days < -14:
        shift = 1
    elif past and (start - ref).days > 14:
        shift = -1
    elif not future and not past and (start - ref).days < -30 and _present_happening(sent):
        shift = 1  # "the show runs 14-17 October", published in March: the coming October
    if start.year != ref.year and _THIS_YEAR.search(span_text(sent)):
        shift = ref.year - start.year  # "moves to Dresden this year, opening on 18 November" (March): this November
    if not shift:
        return start, end

    def move(d: date) -> date:
        try:
            return d.replace(year=d.year + shift)
        except ValueError:  # 29 February, or past the calendar's last year
            try:
                return d + timedelta(days=365 * shift)
            except OverflowError:  # 9999 or 0001: no year to move to
                return d

    return move(start), move(end) if end else None


def _in_year(day: date | None, year: int) -> date | None:
    """``day`` moved to ``year`` (28 February for a 29th that year lacks)."""
    if day is None:
        return None
    try:
        return day.replace(year=year)
    except ValueError:
        return day.replace(year=year, day=28)


OTHER_EDITION = patterns.compile(
    r"\b(?:next year|next edition|(?:will return|returns?)\b[^.;]{0,60}?\b(?:19|20)\d\d|pencilled in|penciled in|"
    r"(?:the|its) (?:19|20)\d\d (?:edition|show|event|fair|expo|conference|forum)"
    # "Last year's show ran from ...", "the previous edition was held in ..."
    r"|last year['’]s (?:\w+ ){0,2}?(?:edition|show|event|fair|expo|conference|forum|festival|summit|congress|exhibition)"
    r"|(?:the|its) (?:previous|last) (?:edition|show|event|fair|expo|conference|forum|festival|summit|congress))\b",
    re.I,
)
#: what every alternative of OTHER_EDITION writes: 'next', 'return', 'pencil(l)ed', 'last',
#: 'previous', or 'the'/'its', a space and a year (most sentences write a year without them)
_OTHER_EDITION_WORDS = ("next", "return", "pencil", "last", "previous", "the 19", "the 20", "its 19", "its 20")


def other_edition(text: str, year: int | None) -> bool:
    """Does the text speak of another edition (:data:`OTHER_EDITION`)? 'the 2025 edition' of
    the edition's own year (``year``) is this one."""
    if not may_hold(text, _OTHER_EDITION_WORDS):
        return False
    for m in OTHER_EDITION.finditer(text):
        y = re.search(r"(?:19|20)\d\d", m.group(0))
        if y and year and int(y.group(0)) == year:
            continue
        return True
    return False


def sentence_of_other_edition(sent: Span, year: int | None) -> bool:
    """:func:`other_edition` of a sentence's text, once per sentence and year (the places and
    the dates of an event ask it of the same sentences)."""
    found = sent.doc.user_data.get("ekg_other_edition_sents")
    if found is None:
        found = sent.doc.user_data["ekg_other_edition_sents"] = {}
    key = (sent.start, sent.end, year)
    value = found.get(key)
    if value is None:
        value = found[key] = other_edition(span_text(sent), year)
    return value


#: what an ordinal that ordinal_value reads writes: a digit and its suffix ('5th', any case), or a word
_DIGIT_ORDINAL = patterns.compile(r"\d(?:st|nd|rd|th)", re.I)
_ORDINAL_NAMES = tuple(_ORDINAL_WORDS)


def _may_write_ordinal(text: str) -> bool:
    """A cheap test before _ORDINAL_EVENT's scan: False only when no word of the text can be an
    ordinal (:func:`ordinal_value` lower-cases a word and reads '5th' or 'fifth'), so no match of
    it gives an edition number."""
    if _DIGIT_ORDINAL.search(text):
        return True
    low = text.lower()
    return any(w in low for w in _ORDINAL_NAMES)


_ORDINAL_EVENT_WORDS = ("edition", "festival", "show", "fair", "expo", "conference", "forum", "summit", "event", "congress")
_ORDINAL_EVENT = patterns.compile(rf"\b((?:[a-z]+-)?\w+?)(?:st|nd|rd|th)?\s+(?:{'|'.join(_ORDINAL_EVENT_WORDS)})\b", re.I)
#: "runs from Monday to Friday", "runs Thursday-Sunday", "took place last Thursday through Sunday"
_WEEKDAY_REL = r"(?:(?P<rel>this|next|last|coming|past)\s+)?"
_WEEKDAY_PAIR = patterns.compile(rf"\b(?:(?:across|on|between|from)\s+{_WEEKDAY_REL}(?P<a>{_WEEKDAY})(?:\s+(?:and|to|through|until|till)\s+|\s*[-–]\s*)"
                           rf"|\b(?:runs|ran|run|running|held|place|is|are|was|were|be)\s+{_WEEKDAY_REL.replace('rel', 'rel2')}"
                           rf"(?P<b>{_WEEKDAY})(?:\s+(?:to|through|until|till|and)\s+|\s*[-–]\s*))(?P<c>{_WEEKDAY})\b")
# (a festival of nights: "for 23 nights from 22 May", "the ten-night festival")
_SPAN_DAYS = patterns.compile(r"\b(?:after|over|across|during|for)\s+(?:the\s+)?(\w+)\s+(?:\w+\s+)?(?:days|nights)\b"
                              r"|\b(\w+)[- ]day\b|\b(\w+)[- ]night\s+(?:\w+\s+)?(?:" + _LENGTH_NOUNS + r")\b", re.I)
#: "a five-day run", "the four-day fair": a length that is the event's own
_EVENT_LENGTH = patterns.compile(rf"\b(\w+)[- ]day\s+(?:\w+\s+)?(?:{_LENGTH_NOUNS})\b", re.I)


#: "runs for a week", "a week-long fair": seven days
_A_WEEK = patterns.compile(rf"\b(?:runs?|running|ran|lasts?|lasting|lasted|held|continues?|continuing)\s+for\s+(?:a|one)\s+(?:full\s+)?week\b"
                     # "the week-long Lagoon Film Festival": the event's name between
                     rf"|\b(?:a|the|this)\s+week-long\s+(?:\w+\s+)?(?:{_LENGTH_NOUNS})\b"
                     rf"|\b(?:a|the|this)\s+week-long\s+(?:(?-i:[A-Z])[\w'’&-]*\s+){{1,5}}(?:{_LENGTH_NOUNS})\b", re.I)


#: both length patterns write 'day' (a pattern not here is always run)
_LENGTH_WORDS = {_SPAN_DAYS: ("day", "night"), _EVENT_LENGTH: ("day",)}


def _length_in_days(sents: list[Span], pattern: re.Pattern = _SPAN_DAYS) -> int | None:
    """'a three-day expo', 'over the three days', 'after five days of judging', 'runs for a week'."""
    words = _LENGTH_WORDS.get(pattern)
    for sent in sents:
        text = span_text(sent)
        for m in pattern.finditer(text) if words is None or may_hold(text, words) else ():
            n = small_cardinal(next(g for g in m.groups() if g))
            if n and n < 60:
                return n
        if may_hold(text, ("week",)) and _A_WEEK.search(text):
            return 7
    return None


#: "next week", "last week", "this week" in the sentence of a weekday range: the calendar week
_WEEK_WORD = patterns.compile(r"\b(next|last|this)\s+week\b", re.I)
_WEEK_SHIFT = {"next": 1, "last": -1, "this": 0}


def _weekday_pair(ctx: Context, sent: Span, m: re.Match) -> tuple[date, date] | None:
    """'runs from Monday to Friday': weekdays near the publication date, in the sentence's
    tense (past: the week before; future: the days ahead; else the nearest)."""
    ref = ctx.ref_date
    assert ref is not None
    tags = {t.tag_ for t in sent if lemma(t) in HAPPENING_VERBS}
    if any(t.lower_ in ("will", "'ll") or t.tag_ == "MD" for t in sent):
        direction = "future"
    elif tags & {"VBD"} and not tags & {"VBZ", "VBP", "VBG"}:
        direction = "past"
    else:
        direction = "nearest"
    rel = m.group("rel") or m.group("rel2")
    day = m.group("a") or m.group("b")
    first = parse_date(f"{rel} {day}" if rel else day, ref, direction=direction)  # type: ignore[arg-type]
    if first is None:
        return None
    week = _WEEK_WORD.search(span_text(sent)) if not rel else None
    if week:  # "next week, from Tuesday to Thursday": the days of that calendar week
        monday = ref - timedelta(days=ref.weekday()) + timedelta(days=7 * _WEEK_SHIFT[week.group(1).lower()])
        first = monday + timedelta(days=first.weekday())
    gap = (WEEKDAYS[m.group("c").lower()] - first.weekday()) % 7
    last = first + timedelta(days=gap)
    if direction == "past" and last > ref and not week:
        first, last = first - timedelta(days=7), last - timedelta(days=7)
    return first, last


def _weekday_end(ctx: Context, sents: list[Span], start: date, key: str | None, edition: int | None,
                 year: int | None) -> date | None:
    """Without a publication date, 'runs until Friday' / 'closes on Sunday' after a dated
    start ('opened on Monday, June 10'): the first such weekday after the start (within a week)."""
    for sent in sents:
        text = span_text(sent)
        if _other_event_sentence(ctx, sent, key, edition, year):
            continue
        for m in (_CLOSING.search(text) if may_hold(text, _CLOSING_WORDS) else None, _UNTIL.search(text)):
            if m is None or _DEADLINE.search(text[max(0, m.start() - 40):m.start() + 1]):
                continue
            wd = re.fullmatch(_WEEKDAY, m.group(1))
            if wd:
                gap = (WEEKDAYS[m.group(1).lower()] - start.weekday()) % 7
                return start + timedelta(days=gap) if gap else None
    return None


def _weekday_start(ctx: Context, sents: list[Span], end: date, key: str | None, edition: int | None,
                   year: int | None) -> date | None:
    """Without a publication date, 'opened on Tuesday' before a dated last day ('closed on
    Friday, March 10'): the last such weekday before the end (within a week)."""
    for sent in sents:
        text = span_text(sent)
        if "day" not in text or _other_event_sentence(ctx, sent, key, edition, year):
            continue
        for m in (*_ON_WEEKDAY.finditer(text), *_OPENED_WEEKDAY.finditer(text)):
            gov = _governor(sent, m.start(1))
            if gov is None or lemma(gov) not in _OPENING_LEMMAS or _reported_or_closing(sent, m.start(1)) \
                    or re.match(rf"\s*,?\s*{MONTH}", text[m.end(1):]):
                continue  # (a weekday written with its date was read as that date)
            gap = (end.weekday() - WEEKDAYS[m.group(1).lower()]) % 7
            return end - timedelta(days=gap) if gap else None
    return None


def _closing_a_deadline(sent: Span, start: int) -> bool:
    """Is the subject of the closing verb at ``start`` a deadline noun ('Registration for the
    X Expo, starting Tuesday, closes on Friday'), however far before the verb it stands?"""
    at = token_range(sent.doc, sent.start_char + start, sent.start_char + start + 1)
    if not at:
        return False
    verb = doc_tokens(sent.doc)[at[0]]
    if verb.dep_ in ("aux", "auxpass") or verb.lower_ == "to":
        verb = verb.head  # "will close", "to close"
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _DEADLINE_WORDS for c in verb.children)


def _closing_day(ctx: Context, sent: Span) -> date | None:
    """'wrapped up on Saturday', 'concluded today', 'closed its doors on Friday'."""
    ref = ctx.ref_date
    if not ref:
        return None
    text = span_text(sent)
    m = _CLOSING.search(text) if may_hold(text, _CLOSING_WORDS) else None
    if not (ref and m) or _DEADLINE.search(text[max(0, m.start() - 40):m.start() + 1]) \
            or _closing_a_deadline(sent, m.start()):
        return None  # "Registration closes on June 30", "Registration for the X Expo closes on Friday"
    word = m.group(1).lower()
    if word == "today":
        return ref
    if word == "yesterday":
        return ref - timedelta(days=1)
    future = bool(re.match(r"(?:will|to|runs?|running|continues?|ends|closes|concludes|wraps)\b", m.group(0), re.I)) \
        or bool(re.match(r"(?:and|then)\b", m.group(0), re.I)) and any(t.tag_ == "MD" for t in sent)
    return parse_date(m.group(1), ref, direction="future" if future else "past")


def _other_event_sentence(ctx: Context, sent: Span, key: str | None, edition: int | None,
                          year: int | None = None) -> bool:
    """Sentences about another event or edition ('The 15th festival is pencilled in for ...')."""
    if sentence_of_other_edition(sent, year):
        return True
    found = ctx.mentions_in(sent)
    # another event named, this one at most referred to ('In the same week, the city will
    # also host the X Hackathon from Nov. 1 to 3'): the dates are the other event's
    if key and any(not m.anaphor and m.event != key for m in found) \
            and not any(m.event == key and not m.anaphor for m in found) \
            and not (_is_subject(sent, [m for m in found if m.event == key])
                     and not _is_subject(sent, [m for m in found if m.event != key])):
        return True
    if edition and may_hold(span_text(sent), _ORDINAL_EVENT_WORDS) and _may_write_ordinal(span_text(sent)):
        for m in _ORDINAL_EVENT.finditer(span_text(sent)):
            n = ordinal_value(m.group(0).split()[0])
            if n and n != edition:
                return True
    return False


def _is_subject(sent: Span, mentions: list) -> bool:
    """Is one of ``mentions`` the subject of the sentence's main verb (or of a verb joined
    to it)? 'The fair opened Tuesday with the X pre-conference and runs from Oct. 10 to 14':
    the fair, referred to, is what runs; the other event only rides along in a phrase."""
    verbs = {sent.root} | {t for t in sent.root.conjuncts}
    return any(t.dep_ in ("nsubj", "nsubjpass") and t.head in verbs and any(m.start <= t.i < m.end for m in mentions)
               for t in sent)


_EDITION_YEAR = patterns.compile(r"\b(?:the|this|its)\s+((?:19|20)\d\d)\s+(?:[A-Z][\w'’-]*\s+){0,4}"
                           r"(?:edition|show|fair|expo|festival|exhibition|conference|forum|summit|event)\b", re.I)
_ANY_YEAR = patterns.compile(r"(?<![\w.,-])((?:19|20)\d\d)(?![\w.,-]\d)")


def year_reference(ctx: Context, name: str) -> date | None:
    """Without a publication date, the year the release is about: the event name's ('Expo
    2020'), the headline's ('Prairie Print Fair, 2014'), or the most written of 'the 2014
    edition', 'this 2020 show'. Mid-year, so that any month-day takes that year."""
    if ctx.ref_date is not None:
        return None
    return _year_reference(name, ctx.document.title or ctx.result.source.headline or "", doc_text(ctx.doc),
                           ctx.document.source_url)


#: a date in a news address: '/2019/02/05/', '/2018-10/10/', '/202009/27/'
_URL_DATE = patterns.compile(r"/((?:19|20)\d\d)[/-]?(0[1-9]|1[0-2])(?:[/-](0[1-9]|[12]\d|3[01]))?(?=[/_.-]|$)")


def _url_date(url: str | None) -> tuple[int | None, date | None]:
    """The year, and the day if whole, that a release's address carries (news sites file
    releases under their publication date)."""
    m = _URL_DATE.search(url or "")
    if m is None:
        return None, None
    year = int(m.group(1))
    try:
        day = date(year, int(m.group(2)), int(m.group(3))) if m.group(3) else None
    except ValueError:
        day = None
    return year, day


def _year_reference(name: str, title: str, text: str, url: str | None = None) -> date | None:
    for written in (name, title):
        m = _ANY_YEAR.search(written)
        if m:
            return date(int(m.group(1)), 7, 2)
    url_year = _url_date(url)[0]
    if url_year:
        return date(url_year, 7, 2)
    years = [m.group(1) for m in _EDITION_YEAR.finditer(text)]
    if years:
        return date(int(max(set(years), key=years.count)), 7, 2)
    year = _weekday_year(f"{title}\n{text}")
    return date(year, 7, 2) if year else None


#: a weekday written with its date: "Monday, September 10", "Saturday evening (Jan. 18)", "Jan. 18 (Saturday)"
_WEEKDAY_DATE = patterns.compile(
    rf"\b(?P<wd>{_WEEKDAY})\b(?:\s+(?:morning|afternoon|evening|night))?,?\s*\(?\s*(?P<m>{MONTH})\s+(?P<d>\d{{1,2}})\b"
    rf"|\b(?P<m2>{MONTH})\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s*(?:\(\s*|,\s*)(?P<wd2>{_WEEKDAY})\b")


def _weekday_year(text: str) -> int | None:
    """The one year the text writes ('the zodiac animal for 2020') in which every weekday it
    gives with a date falls on that date ('from Saturday evening (Jan. 18)'): what a release
    with no publication date and no year in its name or headline is about, else None."""
    pairs = set()
    for m in _WEEKDAY_DATE.finditer(text):
        wd, mo, d = (m.group("wd"), m.group("m"), m.group("d")) if m.group("wd") else (m.group("wd2"), m.group("m2"), m.group("d2"))
        month = month_number(mo)
        if month is not None and wd[:1].isupper() and mo[:1].isupper():
            pairs.add((WEEKDAYS[wd.lower()], month, int(d)))
    if not pairs:
        return None
    fits = set()
    for y in {int(m.group(1)) for m in _ANY_YEAR.finditer(text)}:
        try:
            if all(date(y, mo, d).weekday() == wd for wd, mo, d in pairs):
                fits.add(y)
        except ValueError:
            continue
    return fits.pop() if len(fits) == 1 else None


def dateline_day(ctx: Context, year_ref: date | None) -> date | None:
    """Without a publication date, the day the dateline gives ('CAPE TOWN, Feb. 5 (Agency)
    --') in the year the release is about (``year_ref``), else the date of its address
    ('.../2019/02/05/...'): what its weekdays count from."""
    dl = ctx.result.source.dateline_span
    if ctx.ref_date is not None:
        return None
    return (_dateline_day(dl.text, year_ref) if dl is not None else None) or _url_date(ctx.document.source_url)[1]


def _dateline_day(dateline: str | None, year_ref: date | None) -> date | None:
    if not dateline or year_ref is None:
        return None
    m = re.search(rf"{MONTH}\s+\d{{1,2}}\b|\b\d{{1,2}}\s+{MONTH}", dateline)
    return parse_date(f"{m.group(0)} {year_ref.year}", None) if m else None


def event_dates(ctx: Context, sents: list[Span], name_year: int | None = None, key: str | None = None,
                edition: int | None = None, year_ref: date | None = None) -> tuple[date | None, date | None]:
    """The event's first and last day from its sentences: written ranges beat single dates;
    'closed on Friday after three days' and 'a four-day expo' fill what is missing. Dates
    of other editions ('Next year's show is scheduled for ...') are left out. A release
    without a publication date counts from its dateline's day (:func:`dateline_day`)."""
    ctx.assumed_ref_date = dateline_day(ctx, year_ref)
    try:
        return _event_dates(ctx, sents, name_year, key, edition, year_ref)
    finally:
        ctx.assumed_ref_date = None


def _happening_sentence(sent: Span) -> bool:
    """Does a word of the sentence lemmatize to a happening verb? (once per sentence: every
    event of the release reads the same sentences)"""
    found = sent.doc.user_data.setdefault("ekg_happening", {})
    key = (sent.start, sent.end)
    verbs = found.get(key)
    if verbs is None:
        verbs = found[key] = any_lemma_in(sent.doc, sent.start, sent.end, HAPPENING_VERBS)
    return verbs


def _event_dates(ctx: Context, sents: list[Span], name_year: int | None, key: str | None,
                 edition: int | None, year_ref: date | None) -> tuple[date | None, date | None]:
    ref = ctx.ref_date
    this_year = name_year or (ref.year if ref else year_ref.year if year_ref else None)
    best: tuple[float, date | None, date | None] | None = None
    end = None
    closing_weekday = None  # a last day read from a weekday ('runs through Sunday')
    one_day = False
    dated = {rank: _sentence_dates(ctx, sent, year_ref, key, this_year) for rank, sent in enumerate(sents)
             if not _other_event_sentence(ctx, sent, key, edition, this_year)}
    # "... returns from 12 to 15 March 2027. The 2026 fair, held from 13 to 16 March, drew ...": the
    # years the event's own dates write tell another edition's participle from this one's
    written = {f.written_year for found in dated.values() for f in found if f.edition_year is None and f.written_year}
    for rank, sent in enumerate(sents):
        if rank not in dated:
            continue
        text = span_text(sent)
        low = text.lower()
        closing = _closing_day(ctx, sent)
        if closing:
            end = closing  # the sentence may still say when it opened ("opens on July 12 and runs until ...")
            m = _CLOSING.search(text)
            closing_weekday = closing if m and re.fullmatch(_WEEKDAY, m.group(1)) else None
        pair = _WEEKDAY_PAIR.search(text) if "day" in text else None  # (it ends on a weekday)
        days = None
        if pair and ref and best is None:
            days = _weekday_pair(ctx, sent, pair)
            if days:
                best = (2.5, *days)
        verbs = None  # _happening_sentence(sent), asked only where a date needs it
        nth = _NTH_DAY.search(text) if may_hold(text, ("day",)) else None
        for s, e, strength, single, edition_year, written_year, _ in dated[rank]:
            if name_year and (s or e) and (s or e).year != name_year:
                if written_year is not None or abs((s or e).year - name_year) != 1 or _tense(sent)[1]:
                    continue  # a date of another edition
                # "CEATEC 2026 runs 14-17 October" (published in March): a day without a year,
                # placed nearest the publication date, is in the year the name writes
                s, e = _in_year(s, name_year), _in_year(e, name_year)
            if edition_year is not None and written and edition_year not in written:
                continue  # "The 2026 fair, held from 13 to 16 March" beside this edition's "... 2027"
            if closing and closing in (s, e):
                continue
            if days and e is None and s in days:
                continue  # "runs this Thursday through Sunday": the pair's own weekday
            if nth and s and not e:  # "on Wednesday, the second day of the expo"
                n = ordinal_value(nth.group("n"))
                if nth.group("final") or nth.group("n").lower() in ("final", "last"):
                    end = s
                if n:
                    s, strength = s - timedelta(days=n - 1), 3
                elif end == s:
                    continue
            if verbs is None:
                verbs = _happening_sentence(sent)
            score = strength * 2 + verbs - rank * 0.01
            if s is None:
                end = end or e
                continue
            if best is None or score > best[0]:
                best = (score, s, e)
                one_day = single
        if ref and best is None and closing != ref and "today" in low and re.search(r"\btoday\b", low) \
                and _happening_sentence(sent):
            best = (1, ref, None)
        if ref and best is None and not any(f[0] for f in dated[rank]) and may_hold(low, _NTH_DAY_CUES):
            day = _day_of_the_report(ctx, sent, key, ref)
            if day:
                best = (1, day, None)
        m = _NEXT_DAYS.search(text) if ref and best is None and may_hold(text, ("days",)) else None
        if m and ref and best is None:
            n = small_cardinal(m.group(1))
            if n:
                best = (1.5, ref, ref + timedelta(days=n - 1))
    start = best[1] if best else None
    if best and best[2]:
        end = best[2]
    if start and end and end < start:
        end = None
    if start and end and (end - start).days > 300:
        # "opened on March 3 and runs until March 6", published March 10: a last day read as
        # the coming one, a year after the first day; it is the first day's week
        try:
            earlier = end.replace(year=end.year - 1)
        except ValueError:  # 29 February
            earlier = end - timedelta(days=365)
        if start <= earlier and (earlier - start).days <= 60:
            end = earlier
    n = _length_in_days(sents)
    own = _length_in_days(sents, _EVENT_LENGTH) if start and end and n else None
    if start and end and own and (end - start).days + 1 < own:
        end = start + timedelta(days=own - 1)  # "a strong start Thursday and Friday, Feb. 13 and 14" of a five-day run
    if start and not end and n:
        end = start + timedelta(days=n - 1)
    if start and not end and ref is None:
        end = _weekday_end(ctx, sents, start, key, edition, this_year)
    if end and not start and ref is None:
        start = _weekday_start(ctx, sents, end, key, edition, this_year)
    if end and (not start or start == end) and n:
        start = end - timedelta(days=n - 1)
    if start and not end and closing_weekday and 0 < (start - closing_weekday).days < 7:
        # "opens next Tuesday and runs through Sunday" (nothing else tells its length): the
        # Sunday after it opens, not the one before
        end = closing_weekday + timedelta(days=7)
    if start and not end and one_day:
        end = start  # "was held in Jilin on May 26"
    return start, end
