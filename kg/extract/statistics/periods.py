"""The period of a figure: dates, fiscal years, edition years and 'last year' around it."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from spacy.tokens import Doc, Span

from kg.extract.common import (
    doc_text,
    doc_tokens,
    ents_in,
    governing_verb,
    lemma,
    sent_of,
    span_text,
)
from kg.extract.context import Context
from kg.extract.figures import cues, rule
from kg.extract.lexicon import COMPARISONS
from kg.normalize.dates import MONTHS, parse_period
from kg.normalize.numbers import parse_number
from kg.pipeline import patterns
from kg.extract.statistics.base import (
    COMPARISON_PREPS,
    Figure,
    SPAN_OF_YEARS,
    YEAR,
    comparison_base,
    date_determiner,
    possessive_date,
)


#: 'this year's', 'the current year': the reported edition's own year
_THIS_YEAR = frozenset({"this", "current", "the"})

#: "two years ago", "a decade ago", "5 years back": a year counted back from the publication
_YEARS_AGO = patterns.compile(r"^(?:some\s+|about\s+|nearly\s+|just\s+|only\s+)?(an?|[\w-]+)\s+(years?|decades?)\s+(?:ago|back|earlier)$", re.I)


def years_ago(text: str, ref: date | None) -> str | None:
    """The year of 'two years ago' / 'a decade ago' counted back from ``ref`` (the
    publication date): kg/normalize/dates.parse_period does not read them."""
    m = _YEARS_AGO.match(text.strip())
    if m is None or ref is None:
        return None
    count = 1 if m.group(1).lower() in ("a", "an") else parse_number(m.group(1))
    if count is None or count != int(count) or not 0 < count <= 100:
        return None
    years = int(count) * (10 if m.group(2).lower().startswith("decade") else 1)
    return str(ref.year - years)


@lru_cache(maxsize=1)
def _months_to_pattern() -> tuple[re.Pattern, dict[str, int]]:
    spans = {k.lower(): int(v) for k, v in rule("months-to-a-month")["cues"]["spans"].items()}
    words = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(spans, key=len, reverse=True))
    ends = "|".join(sorted(cues("months-to-a-month", "ends"), key=len, reverse=True))
    return re.compile(r"^(?:(?:in|during|for|over)\s+)?(?:the\s+)?(" + words + r")\s+(?:" + ends + r")\s+"
                      r"([a-z]+)\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?,?(?:\s+((?:19|20)\d\d))?$", re.I), spans


def months_to(text: str, ref: date | None) -> str | None:
    """'the year to March 2026' -> '2025-04/2026-03', 'the nine months to September' (rule
    'months-to-a-month'): the months counted back to the month the span ends in; a month
    without a year is the last one up to ``ref`` (the publication)."""
    pattern, spans = _months_to_pattern()
    m = pattern.match(" ".join(text.split()))
    if m is None:
        return None
    month = MONTHS.get(m.group(2).lower())
    if month is None:
        return None
    if m.group(3):
        year = int(m.group(3))
    elif ref is not None:
        year = ref.year if month <= ref.month else ref.year - 1
    else:
        return None
    count = spans[" ".join(m.group(1).lower().split())]
    first = year * 12 + month - 1 - (count - 1)
    return f"{first // 12:04d}-{first % 12 + 1:02d}/{year:04d}-{month:02d}"


_PREP = r"^(?i:(?:(?:in|during|for|over|from)\s+)?(?:the\s+)?)"
_HALF_FIRST = patterns.compile(_PREP + r"([12])H\s*((?:19|20)\d\d)$", re.I)
_MONTHS_SHORT = patterns.compile(_PREP + r"(\d{1,2})\s*M\s*((?:19|20)\d\d)$")
_QUARTER_RANGE = patterns.compile(_PREP + r"Q([1-4])\s*[-–]\s*Q([1-4])\s*((?:19|20)\d\d)$", re.I)
_QUARTER_RANGE_BEFORE = patterns.compile(r"Q[1-4]\s*[-–]\s*Q[1-4]\s*$", re.I)
_PREVIOUS_QUARTER = patterns.compile(_PREP + r"(?:last|previous|preceding|past)\s+quarter$", re.I)


def short_span(text: str, ref: date | None) -> str | None:
    """The short spans of financial reports: '1H 2025' / '2H 2025' (halves written number
    first), '9M 2025' / '9M2025' (the first nine months), 'Q1-Q3 2025' (a run of quarters),
    and 'last quarter' (the quarter before the one of ``ref``, the publication) -> ISO intervals."""
    t = " ".join(text.split())
    m = _HALF_FIRST.match(t)
    if m:
        first = 1 if m.group(1) == "1" else 7
        return f"{m.group(2)}-{first:02d}/{m.group(2)}-{first + 5:02d}"
    m = _MONTHS_SHORT.match(t)
    if m and 1 <= int(m.group(1)) <= 12:
        return f"{m.group(2)}-01/{m.group(2)}-{int(m.group(1)):02d}"
    m = _QUARTER_RANGE.match(t)
    if m and int(m.group(1)) < int(m.group(2)):
        return f"{m.group(3)}-{int(m.group(1)) * 3 - 2:02d}/{m.group(3)}-{int(m.group(2)) * 3:02d}"
    if _PREVIOUS_QUARTER.match(t) and ref is not None:
        q = (ref.month - 1) // 3  # the quarter before the publication's (0: the last of the year before)
        year = ref.year if q else ref.year - 1
        q = q or 4
        return f"{year}-{q * 3 - 2:02d}/{year}-{q * 3:02d}"
    return None


@lru_cache(maxsize=1)
def _edge_pattern() -> re.Pattern:
    words = "|".join(re.escape(w) for w in sorted(cues("edge-of-a-year", "prefixes"), key=len, reverse=True))
    return re.compile(r"^(?:(?:in|by|at|as\s+of|of)\s+)?(?:" + words + r")-((?:19|20)\d\d)$", re.I)


def edge_of_year(text: str) -> str | None:
    """'end-2025', 'mid-2025' (rule 'edge-of-a-year'): that year, as 'the end of 2025' is."""
    m = _edge_pattern().match(text.strip())
    return m.group(1) if m else None


#: "January to June", "2024 to 2025": a date range in one entity
_A_RANGE = patterns.compile(r"\w\s+(?:to|until|through)\s+\w", re.I)


def figure_period(ctx: Context, f: Figure, figures: list[Figure]) -> str | None:
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
    owner = possessive_date(doc, f.qual_start if f.qual_start is not None else f.start)
    if owner is not None and owner[0].lower_ in _THIS_YEAR:
        return None  # "..., and this year's 46,000": the reported edition's own (convention 1: no period)
    if owner is not None:  # "last year's 4,000": the year that owns it
        period = parse_period(owner.text.removesuffix("'s").removesuffix("’s").strip(), _reference_date(ctx))
        if period is not None:
            return period
    edition = _edition_right_after(ctx, f, sent)
    if edition is not None:  # "from 35,000 in the previous edition to 41,000 this year"
        return edition
    prior = _year_before_right_after(doc, f, sent)
    if prior is not None:  # "..., compared to 4.2 million a year prior" (no DATE entity for it)
        return prior
    same = _same_period_of(ctx, f, figures, sent)
    if same is not None:  # "$3 billion in January-May, against $2.5 billion in the same period of 2025"
        return same
    text_all = doc_text(doc)
    for ent in ents_in(sent):
        if ent.label_ != "DATE":
            continue
        if "\n\n" in text_all[min(ent.end_char, _tk[f.start].idx):max(ent.start_char, _tk[f.start].idx)]:
            continue  # a paragraph the parser ran into the figure's sentence ("Visitors: 27,300\n\nThe next fair ... in 2028")
        prev = _tk[ent.start - 1].lower_ if ent.start > sent.start else ""
        compared = prev in ("to", "as") and ent.start - 2 >= sent.start \
            and _tk[ent.start - 2].lower_ in ("compared", "comparison", "relative", "many", "much", "same") \
            or prev in ("the", "its", "their") and ent.start - 3 >= sent.start \
            and _tk[ent.start - 2].lower_ in ("to", "with") and _tk[ent.start - 3].lower_ in ("compared", "comparison")
        # ("compared to the 2024 figure of $3.5 billion": the base's year, the base's own period)
        # "up from last year", "down from 2023": the base of a change
        changed_from = prev == "from" and ent.start - 2 >= sent.start \
            and _tk[ent.start - 2].lower_ in cues("period-not-the-figures", "change_from") \
            or prev == "from" and f"from {ent.text.lower()}" in COMPARISONS \
            or prev == "from" and any(g.end == ent.start - 1 and g.unit in ("percent", "times") for g in figures)
        # ("a 5% increase in sales from last year"; "up by a quarter from 2025")
        if not changed_from and prev in ("the", "its", "their") and ent.start - 2 >= sent.start \
                and _tk[ent.start - 2].lower_ == "from" and ent.start - 3 >= sent.start:
            k = ent.start - 2  # "rose 8% from the 2024-25 season", "up 6 percent from its 2025 edition"
            changed_from = _tk[k - 1].lower_ in cues("period-not-the-figures", "change_from") \
                or any(g.end == k and g.unit in ("percent", "times") for g in figures)
        # "4 percent higher than in 2025", "compared with in 2024": the base after "in"
        than_in = prev in ("in", "during", "at") and ent.start - 2 >= sent.start \
            and _tk[ent.start - 2].lower_ in ("than", "with", "versus", "vs", "vs.", "against")
        # "rose 12% from January to June": a span the change happened in, not its base
        changed_from = changed_from and not _A_RANGE.search(ent.text)
        if (prev in COMPARISON_PREPS or compared or changed_from or than_in or _compared_edition(doc, ent)
                or _after_a_multiple(doc, ent, figures, sent) or _compared_date(doc, ent, sent)) \
                and not SPAN_OF_YEARS.match(ent.text) and not _names_the_figure(doc, f, ent):
            continue  # the base of a comparison, not the figure's own period
        founding = governing_verb(_tk[ent.start])
        since = founding is not None and founding.dep_ == "advcl" \
            and any(c.dep_ == "mark" and c.lower_ == "since" for c in founding.children)
        if not since and _in_another_clause(doc, f, ent, sent):
            continue  # "drew 40,000 visitors, and next year it expects 50,000": the later clause's date
        # ("... 300,000 visitors since it was founded in 2015": a running total from then)
        if founding is not None and not since and (lemma(founding) in cues("period-not-the-figures", "founding_verbs")
                                     or lemma(founding) in cues("period-not-the-figures", "first_held_verbs")
                                     and any(c.lower_ == "first" for c in founding.children)) \
                and getattr(governing_verb(_tk[f.start]), "i", None) != founding.i:
            continue  # "The firm, founded in 1998, employs 2,500 people": when it was founded
        text = ent.text
        this_year = False
        if date_determiner(doc, ent.start) < ent.start:  # "this year's edition drew 42,000": "year" tagged alone
            text = doc[date_determiner(doc, ent.start):ent.end].text
            this_year = text.split()[0].lower() in _THIS_YEAR
        if ent.end + 1 < len(doc) and _tk[ent.end].lower_ in ("to", "-", "–", "until", "through") \
                and YEAR.match(_tk[ent.end + 1].text) and YEAR.match(ent[-1].text):
            text = doc[ent.start:ent.end + 2].text  # "From 2020 to 2025": the recognizer took the first year only
        if text.lower() in ("today", "now", "currently") and _right_after(doc, f, ent):
            return None  # "grown from 40 exhibitors in 2010 to 900 today": the present edition
        if prev in ("in", "from", "since", "during", "by", "for", "through", "over"):
            text = _tk[ent.start - 1].text + " " + text
        if prev != "since" and any(t.lower_ == "since" for t in doc[max(sent.start, ent.start - 8):ent.start]):
            text = "since " + ent.text  # "Since we delivered our first system in 2016, ..."
        if YEAR.match(ent.text) and ent.start >= sent.start + 3:
            lead = _QUARTER_RANGE_BEFORE.search(doc_text(doc), max(sent.start_char, ent.start_char - 12), ent.start_char)
            if lead is not None:  # "in Q1-Q3 2025": the recognizer took the year alone
                text = lead.group(0) + ent.text
        period = None if this_year else (months_to(text, _reference_date(ctx)) or edge_of_year(text)
                                         or short_span(text, _reference_date(ctx))
                                         or parse_period(text, _reference_date(ctx)))
        if period is None and not this_year:
            period = years_ago(ent.text, _reference_date(ctx))  # "A decade ago the fair had 40 exhibitors"
        earlier = _year_before_another(doc, sent, ent)
        if earlier is not None:  # "..., in 2025, up from ₦3.6 trillion a year earlier": 2024
            period = earlier
        if period is None and not this_year:
            continue  # ("this year" is the reported edition's: no period, but nearer than another date)
        if _right_after(doc, f, ent):
            return period  # "20,000 visitors in 2022, 24,900 in 2023 and 27,400 in 2024"
        if labelled is None and _labels_figure(doc, f, ent):
            labelled = period  # "2022 – 20,000; 2023 – 24,900": a year and a dash before it
            continue
        if any(g is not f and _labels_figure(doc, g, ent) for g in figures if sent.start <= g.start < sent.end):
            continue  # "Visitors: 80,000 (2025: 70,000)": the label of another figure
        if any(g is not f and (_right_after(doc, g, ent) or ent.start == g.end + 1 and _tk[g.end].lower_ == "of")
               and _a_listed_base(doc, g, figures, sent) for g in figures if sent.start <= g.start < sent.end):
            continue  # the date of a base: "9,000 visitors, up from 8,000 in 2024"; "up from 1,000 last year, and 80,000";
            # "5% more than the 590 of last year"; "against 55,000 in 2025 and 48,000 in 2024"
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


_A_YEAR = patterns.compile(r"\b((?:19|20)\d\d)\b")


_SAME_PERIOD = patterns.compile(r"\s*(?:in|during|for|over)\s+the\s+same\s+(?:period|months?|quarter)\s+(?:of|in)\s+((?:19|20)\d\d)\b", re.I)
_MONTH_SPAN = patterns.compile(r"^(\d{4})(-\d\d/)(\d{4})(-\d\d)$")


def _same_period_of(ctx: Context, f: Figure, figures: list[Figure], sent: Span) -> str | None:
    """'exports reached $3 billion in the first five months, against $2.5 billion in the same
    period of 2025': the months of the figure before it in its sentence, in the year named."""
    doc = ctx.doc
    _tk = doc_tokens(doc)
    end = _tk[f.end - 1].idx + len(_tk[f.end - 1].text)
    m = _SAME_PERIOD.match(doc_text(doc), end, sent.end_char)
    if m is None:
        return None
    earlier = [g for g in figures if sent.start <= g.start < f.start and g is not f]
    if not earlier:
        return None
    span = _MONTH_SPAN.match(figure_period(ctx, earlier[0], figures) or "")
    if span is None or span.group(1) != span.group(3):
        return None
    year = m.group(1)
    return f"{year}{span.group(2)}{year}{span.group(4)}"


def _a_listed_base(doc: Doc, g: Figure, figures: list[Figure], sent: Span) -> bool:
    """Is the figure a base of a comparison, or listed after one ('61,000 visitors, against
    55,000 in 2025 and 48,000 in 2024': the 48,000 too)?"""
    for _ in range(6):
        if comparison_base(doc, g):
            return True
        k = g.qual_start if g.qual_start is not None else g.start
        if k < 1 or doc[k - 1].lower_ not in ("and", ","):
            return False
        if k >= 2 and doc[k - 1].lower_ == "and" and doc[k - 2].text == ",":
            k -= 1
        earlier = [h for h in figures if sent.start <= h.start and h.end <= k - 1 and h is not g]
        if not earlier or not _right_after_a_date_of(doc, earlier[-1], k - 1):
            return False
        g = earlier[-1]
    return False


def _right_after_a_date_of(doc: Doc, g: Figure, k: int) -> bool:
    """Do only a date ('in 2025', 'last year') and no other word stand between the figure and token k?"""
    between = doc[g.end:k]
    return all(t.ent_type_ == "DATE" or t.lower_ in ("in", "at", "during", "for") for t in between)


def _year_before_right_after(doc: Doc, f: Figure, sent: Span) -> str | None:
    """'5 million tourists in 2025, compared to 4.2 million a year prior': a phrase of rule
    'year-before' right after the figure that the recognizer did not tag as a date, after a
    year its sentence names before the figure: the year before that one."""
    _tk = doc_tokens(doc)
    k = f.end
    if k + 2 >= len(doc) or _tk[k].ent_type_ == "DATE" or _tk[k].lower_ not in ("a", "one", "the"):
        return None
    phrase = " ".join(t.lower_ for t in doc[k:k + 3])
    if phrase not in cues("year-before", "phrases"):
        return None
    years = [m.group(1) for e in ents_in(sent) if e.label_ == "DATE" and e.end <= f.start for m in _A_YEAR.finditer(e.text)]
    return str(int(years[-1]) - 1) if years else None


def _year_before_another(doc: Doc, sent: Span, ent: Span) -> str | None:
    """'a year earlier', 'the year before', 'the previous year' after a year its sentence names
    before it ('output was ₦4.2 trillion in 2025, up from ₦3.6 trillion a year earlier'): the
    year before that one (not the year before publication); None when no year comes before."""
    if " ".join(ent.text.lower().split()) not in cues("year-before", "phrases"):
        return None
    years = [m.group(1) for e in ents_in(sent) if e.label_ == "DATE" and e.end <= ent.start
             for m in _A_YEAR.finditer(e.text)]
    return str(int(years[-1]) - 1) if years else None


_AT_AN_EDITION = patterns.compile(r"\s*(?:in|at|during|for)\s+(?:the|its)\s+")


def _edition_right_after(ctx: Context, f: Figure, sent: Span) -> str | None:
    """The year of another edition named right after the figure ('35,000 in the previous
    edition', '700 at the last edition') or owning the relative clause the figure is in
    ('Compared to the previous edition, which drew 35,000 visitors, ...'): it dates that
    figure, whatever date the sentence gives the others."""
    doc = ctx.doc
    end = doc[f.end - 1].idx + len(doc[f.end - 1].text)
    text = doc_text(doc)
    m = _AT_AN_EDITION.match(text, end, sent.end_char)
    verb = governing_verb(doc[f.start])
    if m is not None:
        rest = text[m.end():min(sent.end_char, m.end() + 40)].lower()
        found = previous_edition_pattern().match(rest)
    elif verb is not None and verb.dep_ == "relcl" and verb.head.i < f.start:
        # "the previous edition, which drew 35,000 visitors": a clause on the edition
        head_end = verb.head.idx + len(verb.head.text)
        found = next((e for e in previous_edition_pattern().finditer(text[max(sent.start_char, head_end - 40):head_end].lower())
                      if e.end() == head_end - max(sent.start_char, head_end - 40)), None)
    else:
        return None
    year = event_year(ctx)
    if found is None or year is None:
        return None
    return str(year - _edition_interval(ctx))


def _names_the_figure(doc: Doc, f: Figure, ent: Span) -> bool:
    """'the 2024 figure of $3.5 billion', 'the 2024 total of 41,000': a year before the noun
    whose 'of' gives the figure dates that figure."""
    _tk = doc_tokens(doc)
    k = f.qual_start if f.qual_start is not None else f.start
    return ent.end + 1 < k <= ent.end + 3 and _tk[k - 1].lower_ == "of" \
        and all(_tk[j].pos_ == "NOUN" for j in range(ent.end, k - 1))


def _in_another_clause(doc: Doc, f: Figure, ent: Span, sent: Span) -> bool:
    """Is the date written in a clause of its own that leaves the figure out (rule
    'period-of-its-clause'): a coordinate or adverbial clause ('..., and next year it expects
    50,000', '..., while next year it adds 200', '..., although it had drawn 11,000 in
    2019'), or a part of the sentence after a semicolon? A date in a relative clause of the
    figure's noun ('the 30,000 visitors who came in 2025') or in the main clause dates it."""
    _tk = doc_tokens(doc)
    lo, hi = (ent.end, f.start) if ent.end <= f.start else (f.end, ent.start)
    if any(_tk[k].text in _CLAUSE_BREAKS for k in range(lo, hi)):
        return True
    verb = governing_verb(_tk[ent.start])
    if verb is None:
        return False
    fig = _tk[f.start]
    clause = None
    t = verb
    for _ in range(12):  # the highest head above the date's verb whose phrase leaves the figure out
        if t.left_edge.i <= fig.i <= t.right_edge.i:
            break
        clause = t
        if t.head.i == t.i:
            break
        t = t.head
    if clause is not None and f.start <= clause.i < f.end:
        return False  # "9.1 trillion won last year": the figure's own currency the tagger took for a verb
    return clause is not None and clause.pos_ in ("VERB", "AUX") and clause.dep_ in _CLAUSE_DEPS


_CLAUSE_DEPS = cues("period-of-its-clause", "clause_deps")
_CLAUSE_BREAKS = cues("period-of-its-clause", "breaks")


_QUARTER_RANGE_IN = patterns.compile(r"\bQ[1-4]\s*[-–]\s*Q[1-4]\s+(?:19|20)\d\d\b")
#: "In 9M 2025, ...": the first months of a year after a preposition (the recognizer may call it a product)
_MONTHS_SHORT_IN = patterns.compile(r"\b(?:in|for)\s+\d{1,2} ?M ?(?:19|20)\d\d\b", re.I)
_GLUED_MONTHS = patterns.compile(r"\b\d{1,2}M(?:19|20)\d\d\b")
_FISCAL_TOKEN = patterns.compile(r"^(?:FY'?(?:(?:19|20)\d\d|\d\d)(?:/\d\d)?|(?:19|20)\d\d/\d\d)$")


def _fiscal_year(ctx: Context, sent: Span) -> str | None:
    """'in FY2023', 'FY 2024', 'in 2023/24': a financial year the recognizer takes for no date
    (a place, a number); not the base of a comparison ('up 5% on FY2023')."""
    doc = ctx.doc
    words = span_text(sent)
    quarters = _QUARTER_RANGE_IN.search(words) or _MONTHS_SHORT_IN.search(words)
    if quarters is not None and words[:quarters.start()].split()[-1:] not in (["from"], ["than"], ["over"], ["on"],
                                                                               ["against"], ["with"]):
        return short_span(quarters.group(0), _reference_date(ctx))  # "in Q1-Q3 2025": no date entity for it
    if "FY" not in words and "/" not in words and not _GLUED_MONTHS.search(words):
        return None  # (every token this reads is 'FY', starts with it, holds a '/' or is '9M2025')
    for t in sent:
        text = t.text
        if _GLUED_MONTHS.fullmatch(text):
            span = short_span(text, _reference_date(ctx))  # "9M2025": the first nine months
            if span is not None:
                return span
            continue
        if t.text == "FY" and t.i + 1 < sent.end and YEAR.match(doc[t.i + 1].text):
            text = "FY" + doc[t.i + 1].text
        elif not _FISCAL_TOKEN.match(text):
            continue
        prev = doc[t.i - 1].lower_ if t.i > sent.start else ""
        if prev in COMPARISON_PREPS or prev in ("from", "than") or t.ent_type_ == "DATE":
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
    if before == "than" or before in ("in", "at", "during") and k - 3 >= sent.start and doc[k - 3].lower_ == "than":
        return True  # "more than the 2025 show", "17% more than in the 2025 edition"
    noun = doc[ent.end] if ent.end < len(doc) else None
    return (before in COMPARISON_PREPS or before in cues("comparative-change", "beside")) and noun is not None and (
        noun.lower_ in _EDITION_WORDS or noun.lower_ in cues("comparative-change", "base_nouns"))


def _after_a_multiple(doc: Doc, ent: Span, figures: list[Figure], sent: Span) -> bool:
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


def _year_label(doc: Doc, f: Figure) -> str | None:
    """'2022 – 20,000; 2023 – 24,900': a year written as the label of the figure after it
    (whatever the recognizer tags the year)."""
    _tk = doc_tokens(doc)  # the cached tokens: doc[i] builds a new Token on every call
    k = f.qual_start if f.qual_start is not None else f.start
    if k >= 2 and _tk[k - 1].text in ("–", "—", "-", ":") and YEAR.match(_tk[k - 2].text) \
            and (k < 3 or not _tk[k - 3].like_num):
        return _tk[k - 2].text
    return None


def _labels_figure(doc: Doc, f: Figure, ent: Span) -> bool:
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
    if k >= 1 and k + 1 < len(doc) and _tk[k].lower_ == "on" and _tk[k - 1].lower_ == _tk[k + 1].lower_:
        return False  # "grew 9% year on year in the first half": a comparison word, then the period
    edition = any(t.lower_ not in ("the", "in", "of", "'s", "’s") for t in doc[k + 1:ent.start])  # not "As of 2025"
    return edition and k < ent.start - 1 and k >= 0 and _tk[k].lower_ in COMPARISON_PREPS


def _right_after(doc: Doc, f: Figure, ent: Span) -> bool:
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


def event_year(ctx: Context) -> int | None:
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
def previous_edition_pattern() -> re.Pattern:
    phrases = sorted(cues("previous-edition", "phrases"), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(p) for p in phrases) + r")\b")


def _other_edition_year(ctx: Context, sent: Span, f: Figure | None = None, figures: list[Figure] = ()) -> str | None:
    """The year of another edition the sentence names: 'the previous edition' (the event's
    year less its interval), or the event's own name with another year ('visited
    Expo-2016' in a release about Expo-2017)."""
    low = span_text(sent).lower()
    year = event_year(ctx)
    if year is None:
        return None
    for m in previous_edition_pattern().finditer(low):
        before = low[:m.start()].split()[-3:]
        if any(w in COMPARISON_PREPS or w in ("compared", "from") for w in before) \
                or " ".join(before).removesuffix(" the").endswith(("that of", "those of", "that at", "those at")):
            continue  # not 'up 9 percent over the previous edition', '1.5 times that of the previous session'
        if f is not None and not _dates_the_figure(ctx.doc, sent, m.start(), m.end(), f, figures):
            continue
        return str(year - _edition_interval(ctx))

    ev = ctx.result.main_event
    brand = ev.name.split()[0].split("-")[0].lower() if ev is not None and ev.name else ""
    if len(brand) < 3 or brand not in low:
        return None
    for m in BRAND_YEAR.finditer(span_text(sent)):
        if m.group(1).lower() == brand and int(m.group(2)) != year:
            return m.group(2)
    return None


def _dates_the_figure(doc: Doc, sent: Span, start: int, end: int, f: Figure, figures: list[Figure]) -> bool:
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


BRAND_YEAR = patterns.compile(r"\b([A-Z][\w&]+)[- ]((?:19|20)\d\d)\b")
