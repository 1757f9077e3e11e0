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
from datetime import date, timedelta

from spacy.tokens import Doc, Span, Token

from kg.extract.common import (
    clean_name,
    doc_text,
    entity_at,
    ents_in,
    is_titlecase,
    lemma,
    ordinal_value,
    small_cardinal,
    source_span,
    span_text,
    tokens_matching,
    word_pattern,
)
from kg.extract.context import Context, EventMention
from kg.extract.lexicon import (
    EVENT_ANAPHORS,
    EVENT_HEADS,
    GENERIC_HEADS,
    HAPPENING_VERBS,
    ORG_WORDS,
    VENUE_WORDS,
)
from kg.extract.records import EventRecord, PlaceRecord, SourceSpan
from kg.normalize.dates import parse_date, parse_date_range
from kg.normalize.places import canonical_place_name, lookup_place, place_chain

_YEAR = re.compile(r"^(19|20)\d{2}$")
_YEAR_IN_TEXT = re.compile(r"(?<![\w.,-])(?:19|20)\d{2}(?![\w.,-]\d)")
_NAME_INNER = frozenset({"of", "and", "&", "for", "on", "the", "from", "to", "in", "de", "du", "des"})
_HEAD_RE = word_pattern(EVENT_HEADS)
_ANAPHOR_RE = word_pattern(EVENT_ANAPHORS)
_PLURAL_NAME_HEADS = frozenset({"games", "awards", "championships", "olympics", "expos", "days"})
_QUOTE_TOKENS = frozenset({"“", "”", '"', "‘", "’", "'", "(", ")"})
_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
          r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_ONE_DATE = rf"(?:{_MONTH}\s+{_DAY}(?:,?\s+\d{{4}})?|{_DAY}\s+{_MONTH}(?:,?\s+\d{{4}})?)"
_DATE_EXPR = re.compile(
    rf"(?:(?:from|between)\s+)?(?:(?:{_WEEKDAY}),?\s+)?(?:{_ONE_DATE}|{_DAY})"
    rf"(?:\s*(?:-|–|—|to|through|until|till|and)\s*(?:(?:{_WEEKDAY}),?\s+)?(?:{_ONE_DATE}|{_DAY}\b(?:\s+{_MONTH})?(?:,?\s+\d{{4}})?|{_WEEKDAY}))?",
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
_THEME_QUOTED = re.compile(
    r"\b(?:theme|slogan|motto|tagline)s?\b[^\"“‘'\n.]{0,40}?[\"“‘']([^\"”’\n]{3,150}?)[\"”’']", re.I
)
_THEME_PLAIN = re.compile(
    r"\b(?:theme|slogan|motto)\s+(?:to|of|is|was|as|will be)\s+([a-z][\w-]*(?:\s+[a-z][\w-]*){0,5}?)"
    r"(?=\s+(?:under|with|by|in|at|for|and|while|as)\b|[,.;])"
)
_CONSECUTIVE = re.compile(
    r"\b(?:for|in)\s+(?:the\s+)?(\w+)\s+(?:consecutive\s+|successive\s+|straight\s+)?(sessions|editions|years|times)\b"
    r"|\bfor\s+the\s+(\w+)\s+(?:consecutive\s+)?(?:time|year)\b"
)


@dataclass
class _Candidate:
    core: str
    names: list[str] = field(default_factory=list)
    spans: list[tuple[int, int]] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)
    editions: list[int] = field(default_factory=list)
    strong: int = 0  # mentions with an event head noun

    @property
    def first(self) -> int:
        return min(s for s, _ in self.spans)


def _core(name: str) -> str:
    """A name without years and ordinals, for grouping mentions: '2024 X Conference' ~ 'X Conference'."""
    words = [w for w in re.split(r"\s+", name.lower()) if not _YEAR.match(w) and ordinal_value(w) is None]
    return re.sub(r"[^\w&]+", " ", " ".join(words)).strip()


def _expand_name(doc: Doc, head: Token) -> tuple[int, int] | None:
    """Token range of a proper event name ending at (or around) ``head``."""
    start = head.i
    i = head.i - 1
    while i >= head.sent.start:
        t = doc[i]
        if t.text in _QUOTE_TOKENS or t.text in {"-", "–"}:
            i -= 1
            continue
        if is_titlecase(t) and t.pos_ != "DET" and ordinal_value(t.text) is None and t.ent_type_ != "DATE":
            start = i
            i -= 1
            continue
        if _YEAR.match(t.text):
            start = i
            i -= 1
            continue
        if t.lower_ in {"and", "&", "of", "for", "on"} and i - 1 >= head.sent.start and is_titlecase(doc[i - 1]) \
                and doc[i - 1].pos_ != "DET" and start == i + 1:
            start = i
            i -= 1
            continue
        break
    # a ")" or tight hyphen with nothing to match on its left ends the name there
    depth = 0
    for k in range(head.i - 1, start - 1, -1):
        t = doc[k]
        if t.text == ")":
            depth += 1
        elif t.text == "(":
            depth -= 1
        if depth < 0 or (t.text in {"-", "–"} and (t.whitespace_ or doc[k - 1].whitespace_)):
            start = k + 1
            break
    if depth > 0:
        opened = [k for k in range(start, head.i) if doc[k].text == ")"]
        start = opened[-1] + 1 if opened else start
    # trim leading quotes/brackets/connectives
    while start < head.i and (doc[start].text in _QUOTE_TOKENS - {"("} or doc[start].lower_ in _NAME_INNER):
        start += 1
    end = head.i + 1
    # "Expo 2020"
    if end < len(doc) and _YEAR.match(doc[end].text):
        end += 1
    # "Conference of the Enterprises from the Greater Bay Area ..." (only through "of")
    if end < len(doc) and doc[end].lower_ == "of" and head.text[0].isupper():
        j, last_title = end, None
        while j < min(len(doc), head.sent.end) and (doc[j].lower_ in _NAME_INNER or is_titlecase(doc[j])):
            if is_titlecase(doc[j]) and doc[j].ent_type_ != "DATE":
                last_title = j
            elif doc[j].pos_ == "DET" and j + 1 < len(doc) and not is_titlecase(doc[j + 1]):
                break
            j += 1
        if last_title is not None and last_title > end:
            end = last_title + 1
    if not any(is_titlecase(doc[k]) and k != head.i for k in range(start, end)) and not head.text[0].isupper():
        return None
    if end - start == 1 and not any(_YEAR.match(doc[k].text) for k in range(start, end)):
        return None  # a bare "Conference" is no name
    return start, end


def _venue_name_continues(doc: Doc, tok: Token) -> bool:
    """'X Conference and Exhibition Center', 'X Convention & Expo Centre': the head is part
    of a venue's name that goes on through 'and'/'&' and more event words."""
    j = tok.i + 1
    if j >= len(doc) or doc[j].lower_ not in ("and", "&"):
        return False
    j += 1
    while j < len(doc) and doc[j].lower_ in EVENT_HEADS and is_titlecase(doc[j]):
        j += 1
    return j < len(doc) and j > tok.i + 2 and doc[j].lower_ in VENUE_WORDS and is_titlecase(doc[j])


def _head_mentions(doc: Doc) -> list[tuple[int, int, str, bool]]:
    """(start, end, kind, strong) for names built on an event head noun."""
    out = []
    covered = -1
    for tok in tokens_matching(doc, _HEAD_RE):
        low = tok.lower_
        if low not in EVENT_HEADS or tok.i <= covered:
            continue
        if tok.pos_ not in ("NOUN", "PROPN"):
            continue
        if low.endswith("s") and low not in _PLURAL_NAME_HEADS and low != EVENT_HEADS[low]:
            continue  # "Meridian Exhibitions" is a company; event names end in a singular head
        if tok.i + 1 < len(doc) and (doc[tok.i + 1].lower_ in VENUE_WORDS
                                     or doc[tok.i + 1].lower_ in ORG_WORDS and is_titlecase(doc[tok.i + 1])):
            continue  # "Baku Expo Center" is a venue, "Sahyadri Expo Services" a company
        if _venue_name_continues(doc, tok):
            continue  # "Meijiang Conference and Exhibition Center"
        # the head must be the last event word of its run ("... Events Festival": Festival)
        if tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in EVENT_HEADS and is_titlecase(doc[tok.i + 1]):
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
        kind = EVENT_HEADS[low]
        if out and start < out[-1][1]:  # "X Conference and Signing Ceremony of ...": one name
            prev = out.pop()
            start, kind = min(start, prev[0]), prev[2] if prev[2] != "event" else kind
            end = max(end, prev[1])
        out.append((start, end, kind, kind != "event"))
    return out


def _year_mentions(doc: Doc) -> list[tuple[int, int, str, bool]]:
    """Proper names followed by a year: 'Bauma 2019', 'Arab Health 2023'."""
    out = []
    for m in _YEAR_IN_TEXT.finditer(doc_text(doc)):
        span = doc.char_span(m.start(), m.end())
        if span is None or span.start == 0:
            continue
        tok = span[0]
        prev = doc[tok.i - 1]
        if prev.pos_ != "PROPN" or not is_titlecase(prev) or prev.ent_type_ in ("GPE", "PERSON", "DATE", "NORP", "LOC"):
            continue
        if prev.lower_ in EVENT_HEADS:
            continue
        start = prev.i
        while start - 1 >= tok.sent.start and doc[start - 1].pos_ == "PROPN" and is_titlecase(doc[start - 1]) \
                and doc[start - 1].ent_type_ not in ("DATE",):
            start -= 1
        out.append((start, tok.i + 1, "event", False))
    return out


def _year_first_mentions(doc: Doc) -> list[tuple[int, int, str, bool]]:
    """A year before a run of capitalized words ending in a plural head: '2024 Mallee
    Horizons Field Days' (weak: only used when nothing else names an event)."""
    out = []
    for m in _YEAR_IN_TEXT.finditer(doc_text(doc)):
        span = doc.char_span(m.start(), m.end())
        if span is None or span.end >= len(doc):
            continue
        j = span.end
        while j < span.sent.end and doc[j].pos_ == "PROPN" and is_titlecase(doc[j]) and not doc[j].ent_type_ in ("GPE", "DATE"):
            j += 1
        if j - span.end >= 2:
            out.append((span.start, j, "event", False))
    return out


def _title_core_bonus(core: str, title: str) -> int:
    t = " " + re.sub(r"[^\w&]+", " ", title.lower()) + " "
    return 6 if core and f" {core} " in t else 0


def _group(doc: Doc, raw: list[tuple[int, int, str, bool]]) -> dict[str, _Candidate]:
    cands: dict[str, _Candidate] = {}
    for start, end, kind, strong in sorted(raw):
        span = doc[start:end]
        name = clean_name(span.text)
        core = _core(name)
        if not core or len(core) < 3:
            continue
        # a later mention that is a sub-string of a known core joins it ("Expo" inside "World Intelligence Expo")
        key = next((c for c in cands if c == core), None)
        if key is None:
            key = next((c for c in cands if core.endswith(c) or c.endswith(core)), core)
        cand = cands.setdefault(key, _Candidate(core=key))
        cand.names.append(name)
        cand.spans.append((start, end))
        cand.kinds.append(kind)
        cand.strong += strong
        ed = None
        j = start - 1
        while j >= max(span.sent.start, start - 3):
            ed = ordinal_value(doc[j].text)
            if ed:
                break
            j -= 1
        if ed:
            cand.editions.append(ed)
    return cands


def _best_name(cand: _Candidate) -> str:
    with_year = [n for n in cand.names if re.search(r"\b(19|20)\d{2}\b", n)]
    pool = with_year or cand.names
    return max(pool, key=lambda n: (pool.count(n), len(n)))


def _kind(cand: _Candidate) -> str:
    real = [k for k in cand.kinds if k != "event"]
    return max(real, key=real.count) if real else "event"


def _is_anaphor(doc: Doc, tok: Token) -> bool:
    if tok.lower_ not in EVENT_ANAPHORS:
        return False
    if tok.text[0].isupper() and tok.i != tok.sent.start and not _capitalized_anaphor(doc, tok):
        return False
    if tok.pos_ not in ("NOUN", "PROPN") or tok.tag_ in ("NNS", "NNPS"):
        return False
    for j in range(tok.i - 1, max(tok.sent.start, tok.i - 4) - 1, -1):
        if doc[j].lower_ in ("the", "this", "its", "that"):
            return True
        if doc[j].pos_ not in ("ADJ", "NOUN", "PROPN", "NUM", "PUNCT", "VERB"):
            return False
    return False


def _capitalized_anaphor(doc: Doc, tok: Token) -> bool:
    """'During the Expo, ...': a capitalized head right after 'the' and not followed by more
    of a name ('the Expo Center', 'the Expo 2030 bid')."""
    if tok.i == 0 or doc[tok.i - 1].lower_ not in ("the", "this"):
        return False
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return nxt is None or not (nxt.text[:1].isupper() or nxt.like_num or nxt.text in ("'s", "’s"))


_PROBE_DATE = date(2001, 6, 15)  # any date: tells "needs a reference" from "not a date"


def unresolved_dates(text: str, limit: int = 3) -> list[str]:
    """Date expressions of ``text`` that only a publication date could resolve ('September
    1-2' with no year, 'on Friday'): what a release with no publication date loses. At most
    ``limit``, in text order."""
    found: list[str] = []
    candidates = [m.group(0).strip() for m in _DATE_EXPR.finditer(text) if re.search(_MONTH, m.group(0))]
    candidates += [m.group(0).strip() for m in _ON_WEEKDAY.finditer(text)]
    for s in candidates:
        if s in found:
            continue
        if parse_date_range(s, None)[0] is None and parse_date_range(s, _PROBE_DATE)[0] is not None:
            found.append(s)
        elif s.split()[-1].istitle() and parse_date(s.split()[-1], _PROBE_DATE) and not parse_date(s.split()[-1], None):
            found.append(s)  # 'on Friday'
        if len(found) >= limit:
            break
    return found


def _sentence_dates(ctx: Context, sent: Span) -> list[tuple[date | None, date | None, int]]:
    """Date ranges written in a sentence, with a rough strength (ranges beat single dates)."""
    ref = ctx.ref_date
    out = []
    text = span_text(sent)
    dl = ctx.result.source.dateline_span
    for m in _DATE_EXPR.finditer(text):
        s = m.group(0).strip()
        if not re.search(_MONTH, s):
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


_OTHER_EDITION = re.compile(
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
    if _OTHER_EDITION.search(span_text(sent)):
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


def _dates_for(ctx: Context, sents: list[Span], name_year: int | None = None, key: str | None = None,
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


_VENUE_RE = re.compile(
    r"\b(?:at|in|inside|to)\s+(?:the\s+)?((?:[A-Z][\w'’.&-]*)(?:\s+(?:of\s+the\s+|of\s+|and\s+|&\s+|d[eu]s?\s+|la\s+|del\s+|di\s+)?[A-Z][\w'’.&-]*){0,7}"
    r"(?:\s+(?:exhibition|convention|conference|congress|expo|event|trade)\s+(?:centre|center|hall|halls|grounds|park|complex))?)"
)


def _venue(sents: list[Span]) -> PlaceRecord | None:
    """'at Dubai World Trade Centre', 'at the Ningxiang High-tech Development Zone'."""
    for sent in sents:
        for m in _VENUE_RE.finditer(span_text(sent)):
            name = m.group(1).rstrip(".,;:")
            words = [w.lower().strip(".,") for w in name.split()]
            if any(w in VENUE_WORDS for w in words) and not re.match(_MONTH, name):
                start = sent.start_char + m.start(1)
                return PlaceRecord(name, "venue", source_span(sent.doc, start, start + len(name)))
    return None


def _attached_to_event(ctx: Context, ent: Span) -> bool:
    """Is this place phrase about where the event happens? Its preposition must hang on a
    verb, on an event mention, or on another such place ('in Yibin City, Sichuan Province')."""
    head = ent.root.head
    hops = 0
    while head.dep_ in ("conj", "appos", "compound") and hops < 4:
        head = head.head
        hops += 1
    if ent.root.dep_ in ("conj", "appos") and ent.root.head.ent_type_ in ("GPE", "LOC"):
        head_ent = entity_at(ent.root.head)
        return head_ent is not None and head_ent.start < ent.start and _attached_to_event(ctx, head_ent)
    if ent.root.dep_ == "nsubj" and lemma(ent.root.head) in ("host", "welcome", "stage"):
        return True  # "Lyon will welcome ... for the seventh edition of ..."
    if (head.dep_ == "prep" or head.pos_ == "ADP") and head.lower_ in ("in", "at", "inside", "on", "across"):
        target = head.head
        return target.pos_ in ("VERB", "AUX") or ctx.is_mention_token(target) or target.ent_type_ in ("FAC",) \
            or target.lower_ in VENUE_WORDS
    return False


def _places_for(ctx: Context, sents: list[Span], name_span: tuple[int, int] | None = None) -> list[PlaceRecord]:
    """Venue, then city / region / country, as the text names them after 'in' / 'at'."""
    doc = ctx.doc
    named: list[PlaceRecord] = []
    seen: set[str] = set()

    def take(ent: Span) -> None:
        text = clean_name(ent.text)
        if len(text) <= 2 and text.isupper():
            return  # "AI", "EV": not places
        name = canonical_place_name(text)
        if name.lower() in seen:
            return
        place = lookup_place(name)
        if place is None:
            return
        seen.add(name.lower())
        named.append(PlaceRecord(place.name, place.kind, source_span(ent)))

    for sent in sents:
        if _OTHER_EDITION.search(span_text(sent)) or re.search(r"\b(?:is|are) planned for\b", span_text(sent)):
            continue  # "The seventh forum is planned for November 2025 in Basel"
        for ent in ents_in(sent):
            if ent.label_ in ("GPE", "LOC") and _attached_to_event(ctx, ent):
                take(ent)
            elif ent.label_ in ("ORG", "PERSON", "NORP") and ent.root.dep_ == "nsubj" \
                    and lemma(ent.root.head) in ("host", "welcome", "stage"):
                take(ent)  # "Lyon will welcome ...", Lyon taken for an organization: the gazetteer decides
    if not named and name_span is not None:
        for ent in ents_in(doc[name_span[0]:name_span[1]]):  # "Hunan (Changsha) Battery Industry Expo"
            if ent.label_ in ("GPE", "LOC"):
                take(ent)
    venue = _venue(sents)
    out = [venue] if venue else []
    order = {"city": 0, "region": 1, "country": 2}
    named.sort(key=lambda p: order.get(p.kind, 3))
    if named:
        first = named[0]
        hint = next((p.name for p in named if p.kind == "country"), None)
        place = lookup_place(first.name, country_hint=hint)
        chain = place_chain(place) if place else []
        have = {p.kind for p in named}
        out.extend(named)
        out.extend(PlaceRecord(p.name, p.kind) for p in chain if p.kind not in have)
    return out


def _theme(sents: list[Span]) -> str | None:
    for sent in sents:
        m = _THEME_QUOTED.search(span_text(sent))
        if m:
            return m.group(1).strip(" ,.")
    for sent in sents:
        m = _THEME_PLAIN.search(span_text(sent))
        if m:
            return m.group(1).strip()
    return None


_NTH_EDITION = re.compile(r"\b(\w+)\s+(?:edition|session|installment|instalment)\s+of\b"
                          r"|\bin\s+its\s+(\w+)\s+(?:edition|year|session|instalment|installment)\b", re.I)


def _edition_from_text(sents: list[Span]) -> int | None:
    for sent in sents:
        for m in _CONSECUTIVE.finditer(span_text(sent)):
            word = m.group(1) or m.group(3)
            n = small_cardinal(word) or ordinal_value(word)
            if n and (m.group(2) in (None, "sessions", "editions", "times")):
                return n
        m = _NTH_EDITION.search(span_text(sent))
        if m and ordinal_value(m.group(1) or m.group(2)):
            return ordinal_value(m.group(1) or m.group(2))
    return None


def _main_candidate(ctx: Context, cands: dict[str, _Candidate]) -> _Candidate | None:
    if not cands:
        return None
    title = ctx.document.title or ctx.result.source.headline or ""
    n_tokens = max(len(ctx.doc), 1)

    def score(c: _Candidate) -> float:
        return (
            _title_core_bonus(c.core, title)
            + len(c.spans)
            + 1.5 * min(c.strong, 2)
            + 4 * (1 - c.first / n_tokens)
            + (0.5 if c.editions else 0)
        )

    return max(cands.values(), key=score)


def extract_events(ctx: Context) -> list[EventRecord]:
    """Find the events of a release; the first record is the main event."""
    doc = ctx.doc
    raw = _head_mentions(doc)
    taken = {i for s, e, _, _ in raw for i in range(s, e)}
    raw += [m for m in _year_mentions(doc) if not any(i in taken for i in range(m[0], m[1]))]
    if not raw:
        raw = _year_first_mentions(doc)
    cands = _group(doc, raw)
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
    _add_plain_mentions(doc, ordered)
    keys = {c.core: f"e{i}" for i, c in enumerate(ordered)}
    ctx.mentions = [EventMention(keys[c.core], s, e) for c in ordered for s, e in c.spans]
    # anaphors ("the expo", "the summit") refer to the latest sub-event with that head, else the main event
    kinds = {keys[c.core]: _kind(c) for c in ordered}
    for tok in tokens_matching(doc, _ANAPHOR_RE):
        if ctx.is_mention_token(tok) or not _is_anaphor(doc, tok):
            continue
        kind = EVENT_HEADS.get(tok.lower_)
        target = keys[main.core]
        prior = [m for m in ctx.mentions if m.end <= tok.i and not m.anaphor and m.event != target]
        if kind and kind != kinds[target]:
            same = [m for m in prior if kinds[m.event] == kind]
            if same:
                target = same[-1].event
        ctx.mentions.append(EventMention(target, tok.i, tok.i + 1, anaphor=True))
    ctx.mentions.sort(key=lambda m: m.start)

    records = []
    for c in ordered:
        key = keys[c.core]
        sents = _event_sentences(ctx, key, main=c is main)
        year = re.search(r"\b(19|20)\d{2}\b", _best_name(c))
        edition = max(set(c.editions), key=c.editions.count) if c.editions else _edition_from_text(sents)
        part_of = keys[main.core] if c is not main and _related_to_main(ctx, c, keys[main.core]) else None
        located = c is main or part_of is not None  # dates and places are kept for these only
        start, end = _dates_for(ctx, sents, int(year.group(0)) if year else None, key, edition) \
            if located else (None, None)
        places = _places_for(ctx, sents, min(c.spans)) if located else []
        if c is main and not any(p.kind == "city" for p in places):
            # the dateline names where the release was filed: usually the event's city
            have = {p.kind: p.name for p in places}
            extra = _dateline_places(ctx)
            if extra and have.get("country") in (None, next((p.name for p in extra if p.kind == "country"), None)):
                places = [p for p in places if p.kind == "venue"] + extra + \
                    [p for p in places if p.kind not in ("venue",) and p.kind not in {e.kind for e in extra}]
        first = min(c.spans)
        records.append(EventRecord(
            key=key,
            name=_best_name(c),
            kind=_kind(c),
            start=start if (c is main or part_of) else None,
            end=end if (c is main or part_of) else None,
            places=tuple(places) if (c is main or part_of) else (),
            theme=_theme(sents),
            edition=edition,
            part_of=part_of,
            main=c is main,
            span=source_span(doc[first[0]:first[1]]),
        ))
    return records


_TITLE_EVENT = re.compile(
    r"((?:[A-Z0-9][\w'’&().-]*\s+){0,8}(?:" + "|".join(sorted((re.escape(h.title()) for h in EVENT_HEADS), key=len, reverse=True))
    + r")(?:\s+(?:19|20)\d\d)?)\b")


_UNNAMED_HEADS = frozenset({"conference", "expo", "exposition", "exhibition", "forum", "summit", "fair",
                            "festival", "congress", "convention", "symposium", "tradeshow"})


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
    if m and len(m.group(1).split()) >= 2:
        name = m.group(1).strip()
    else:
        mods = [t for t in doc[max(head.sent.start, head.i - 3):head.i] if t.dep_ in ("amod", "compound", "nmod")]
        name = " ".join([t.text for t in mods] + [head.text])
    cand = _Candidate(core=_core(name) or head.lower_)
    cand.names.append(name)
    cand.spans.append((head.i, head.i + 1))
    cand.kinds.append(EVENT_HEADS[head.lower_])
    return cand


def _add_plain_mentions(doc: Doc, cands: list[_Candidate]) -> None:
    """Once a name is known, every occurrence of it is a mention: 'Arab Health will also
    play host to ...' after 'the 48th Arab Health event'."""
    taken = {i for c in cands for s, e in c.spans for i in range(s, e)}
    for c in cands:
        base = " ".join(w for w in _best_name(c).split() if not _YEAR.match(w))
        if len(base) < 4 or not base[:1].isupper():
            continue
        for m in re.finditer(r"(?<![\w-])" + re.escape(base) + r"(?![\w-])", doc_text(doc)):
            span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is None or any(i in taken for i in range(span.start, span.end)):
                continue
            c.spans.append((span.start, span.end))
            taken.update(range(span.start, span.end))


def _event_sentences(ctx: Context, key: str, main: bool) -> list[Span]:
    """Sentences that mention the event (its name or an anaphor); for the main event also the
    opening sentences, where releases say when and where."""
    seen, out = set(), []
    for m in ctx.mentions:
        if m.event == key:
            sent = ctx.doc[m.start].sent
            if sent.start not in seen:
                seen.add(sent.start)
                out.append(sent)
    if main:
        for sent in list(ctx.doc.sents)[:3]:
            if sent.start not in seen:
                seen.add(sent.start)
                out.append(sent)
    out.sort(key=lambda s: s.start)
    # sentences that name several events belong less to this one: keep order, named first
    return out


def _related_to_main(ctx: Context, cand: _Candidate, main_key: str) -> bool:
    """A named event is part of the main one when a sentence ties them ('during the expo',
    'on the sidelines of', 'will also play host to')."""
    for s, _ in cand.spans:
        sent = ctx.doc[s].sent
        if any(m.event == main_key for m in ctx.mentions_in(sent)):
            low = span_text(sent).lower()
            if re.search(r"\b(during|sidelines?|as part of|within|alongside|host to|include|including|"
                         r"features?|featuring|held at|at the|kick(?:ed)? off|opening|with|pre-)", low):
                return True
    return False


def _dateline_places(ctx: Context) -> list[PlaceRecord]:
    dl = ctx.result.source.dateline
    if not dl:
        return []
    parts = [p.strip() for p in re.split(r"[,\[\]]", dl) if p.strip()]
    if not parts:
        return []
    hint = parts[1] if len(parts) > 1 else None
    first = parts[0].split("/")[0].strip()  # "SPLIT / ZADAR, Croatia": the first city
    written = first.title() if first.isupper() else first
    place = lookup_place(canonical_place_name(written), country_hint=hint)
    if place is None:
        # a town too small for the gazetteer: keep it as written, placed in what follows it
        outer = lookup_place(hint) if hint else None
        if outer is None or len(written.split()) > 3:
            return []
        span = ctx.result.source.span
        town = PlaceRecord(written, "city", SourceSpan(span.start, span.start + len(first), written) if span else None)
        return [town] + [PlaceRecord(p.name, p.kind) for p in place_chain(outer)]
    span = ctx.result.source.span
    chain = place_chain(place)
    city = PlaceRecord(chain[0].name, chain[0].kind,
                       SourceSpan(span.start, span.start + len(first), written) if span else None)
    return [city] + [PlaceRecord(p.name, p.kind) for p in chain[1:]]
