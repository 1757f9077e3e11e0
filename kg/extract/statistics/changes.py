"""Change figures and their base: 'up 12%', 'an increase of 35.8%', paired lists, earlier sentences."""

from __future__ import annotations

import re
from dataclasses import replace

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
from kg.extract.figures import cues
from kg.extract.lexicon import CHANGE_WORDS, DURATION_NOUNS
from kg.extract.records import StatisticRecord
from kg.extract.subjects import event_unit
from kg.pipeline import patterns
from kg.extract.statistics.base import (
    COMPARISON_PATTERNS,
    DATE_WORDS,
    Figure,
    YEAR,
    comparative_pattern,
    comparison_base,
    nested_under,
    word_stems,
)
from kg.extract.statistics.periods import BRAND_YEAR, event_year, previous_edition_pattern
from kg.extract.statistics.about import subject_refers_back


def change_info(doc: Doc, f: Figure, sent: Span) -> tuple[bool, str | None, bool]:
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
        or f.unit in ("percent", "percentage point") and bool(comparative_pattern(False).match(after))
    if change and _only_a_particle_up(doc, f, sent):
        change = False  # "made up 45% of the total", "took up 30% of the hall": a share, not a rise
    if _tk[f.start].text[:1] in ("+", "−") and _tk[f.start].text[1:2].isdigit():
        change = True  # "(+12%)", "−3.5%": a signed figure is a change
    if f.tail is not None:
        change = True  # "a 12-percent rise": the noun it modifies says it is a change
    if f.qual_start > 0 and _tk[f.qual_start - 1].lower_ in ("to", "at", "reach", "reached"):
        change = False  # "fell to 31.2 percent", "rose to 9,000": the new level, not the change
    if f.qual_start > 0 and _tk[f.qual_start - 1].lower_ == "from" and re.match(r"\s*to\b", after):
        change = False  # "rose from 30% to 45%": the old level, not the change
    if f.qual_start > 1 and _tk[f.qual_start - 1].lower_ == "from" and _tk[f.qual_start - 2].lower_ in ("up", "down"):
        change = False  # "40%, up from 30% in 2025": the old level, not the change
    comparison = None
    low = span_text(sent).lower()
    for phrase, pattern, label in COMPARISON_PATTERNS:
        if phrase in low and pattern.search(low):
            comparison = label
            break
    m = re.match(r"\s*in\s+(?:the\s+)?([a-z]+)", after)
    # "grew 8% in exports" names what changed; "grew 8% in the first quarter" and "tenfold
    # in a decade" say when
    own_measure = m is not None and m.group(1) not in cues("change-own-measure", "period_words") \
        and not DATE_WORDS.fullmatch(m.group(1)) and not _in_a_span_of_time(after)
    return change, comparison, own_measure


def _only_a_particle_up(doc: Doc, f: Figure, sent: Span) -> bool:
    """Is the only word of change before the figure the particle of a phrasal verb of
    amount ('make up', 'take up': rule 'particle-up'), with no word of change after it?"""
    words = doc[max(sent.start, f.qual_start - 4):f.qual_start]
    ups = [t for t in words if t.lower_ == "up" and t.dep_ == "prt" and lemma(t.head) in cues("particle-up", "verbs")]
    if not ups:
        return False
    others = [t for t in words if t.i != ups[-1].i and (t.lower_ in CHANGE_WORDS or lemma(t) in CHANGE_WORDS)]
    return not others and not any(t.lower_ in ("year-on-year", "yoy") for t in doc[f.end:min(sent.end, f.end + 3)])


#: words between "in" and a span of time: "in a decade", "in just two years", "in a single year"
_BEFORE_A_SPAN = patterns.compile(
    r"\s*in\s+(?:(?:a|an|the|just|only|under|over|less|more|than|about|around|nearly|almost|single|few|couple|"
    r"of|\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|fifty)\s+)*([a-z]+)")


def _in_a_span_of_time(after: str) -> bool:
    """Whether the words after a change, 'in ...', name a span of time rather than what changed."""
    m = _BEFORE_A_SPAN.match(after)
    return m is not None and m.group(1) in DURATION_NOUNS


def of_a_change_noun(doc: Doc, f: Figure) -> bool:
    """'an increase of 6,000 visitors', 'a drop of $2 million': a count or a sum right after a
    change noun and 'of' is the size of the change (rule 'comparative-change')."""
    k = f.qual_start if f.qual_start is not None else f.start
    return k > 1 and doc[k - 1].lower_ == "of" and doc[k - 2].pos_ == "NOUN" \
        and lemma(doc[k - 2]) in cues("adjectival-change", "nouns")


def compared_elsewhere(doc: Doc, f: Figure, sent: Span) -> bool:
    """'Compared with 2024, this was 15% more.', 'Visitor numbers were 15 percent higher
    compared to last year': a percent followed by a bare comparative that ends its clause, in
    a sentence that says what it is compared with ('compared with/to', rule
    'comparative-change', 'compared_words'), is a change figure."""
    if f.unit != "percent" or f.end >= sent.end or doc[f.end].lower_ not in cues("comparative-change", "comparatives"):
        return False
    nxt = doc[f.end + 1] if f.end + 1 < sent.end else None
    if nxt is not None and not nxt.is_punct and nxt.lower_ not in cues("comparative-change", "compared_words"):
        return False  # "15% more visitors than ...": the comparative-pattern's
    toks = list(sent)
    return any(t.lower_ in cues("comparative-change", "compared_words") and k + 1 < len(toks)
               and toks[k + 1].lower_ in ("with", "to") for k, t in enumerate(toks))


def multiple_is_change(ctx: Context, f: Figure) -> bool:
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
    if any(t.ent_type_ == "DATE" and (YEAR.match(t.text) or t.lower_ in ("last", "previous", "year", "ago", "earlier"))
           for t in window):
        return True
    return bool(previous_edition_pattern().search(window.text.lower()))


def other_editions(ctx: Context, figures: list[Figure], records: list[StatisticRecord]) -> None:
    """A count about the event dated to another of its years ('Last year, 638 companies took
    part in the event') is about that edition: the name the release gives it ('Expo-2016'),
    else the event's name with that year when the name has one; a name without a year stays."""
    ev = ctx.result.main_event
    year = event_year(ctx)
    if ev is None or year is None:
        return
    brand = ev.name.split()[0].split("-")[0] if ev.name else ""
    names = None
    for i, rec in enumerate(records):
        if rec.about != ev.name or rec.about_type != "Event" or not rec.period or not re.fullmatch(r"\d{4}", rec.period) \
                or int(rec.period) == year or not (event_unit(figures[i]) or _names_an_edition(ctx, figures[i])):
            continue  # 'the stone market will reach $40 billion by 2030' is no edition of the fair
        if set((rec.measure or "").lower().split()) & cues("counted-subject", "counted_amounts"):
            continue  # 'vehicle sales reached 3 million in 2025': an industry's, not an edition's
        if names is None:
            names = {m.group(2): m.group(0) for m in BRAND_YEAR.finditer(doc_text(ctx.doc))
                     if len(brand) >= 3 and m.group(1).lower() == brand.lower()}
        name = names.get(rec.period) or (ev.name.replace(str(year), rec.period) if str(year) in ev.name else None)
        if name is not None and name != ev.name:
            records[i] = replace(rec, about=name)


def _names_an_edition(ctx: Context, f: Figure) -> bool:
    """Does the figure's sentence (or the one before, whose period it carries) name another
    edition: 'visited Expo-2016', 'the previous edition', 'last year's show'?"""
    doc = ctx.doc
    sent = sent_of(doc[f.start])
    start = sent_of(doc[sent.start - 1]).start if sent.start > 0 else sent.start
    text = doc_text(doc)[doc[start].idx:sent.end_char]
    low = text.lower()
    ev = ctx.result.main_event
    brand = ev.name.split()[0].split("-")[0].lower() if ev is not None and ev.name else ""
    return bool(previous_edition_pattern().search(low) or _LAST_YEARS_EVENT.search(low)
                or len(brand) >= 3 and any(m.group(1).lower() == brand for m in BRAND_YEAR.finditer(text)))


_LAST_YEARS_EVENT = patterns.compile(r"\b(?:last|previous|next) year's (?:edition|event|show|fair|expo|exhibition|conference|"
                               r"congress|festival|forum|summit|meeting)|\b(?:in|at) the event\b|\bfor (?:19|20)\d\d\b"
                               r"|\bthe (?:19|20)\d\d (?:edition|event|show|fair|expo|exhibition)\b")


def carry_periods(ctx: Context, figures: list[Figure], records: list[StatisticRecord]) -> None:
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


def is_share(rec: StatisticRecord, f: Figure) -> bool:
    """A percent that is a share of a whole ('accounting for 20 percent of the total')."""
    return f.unit == "percent" and (rec.measure or "").lower().startswith("share of")


def paired_lists(doc: Doc, figures: list[Figure], changes: list[int], bases: list[int]) -> bool:
    """'The fair drew 80,000 visitors and 600 exhibitors, up 14% and 5% on 2025': a list of
    changes right after as many figures, each joined by 'and' or a comma, pairs them in
    order as 'respectively' does (rule 'change-base')."""
    if len(changes) < 2 or len(bases) != len(changes) or max(bases) > min(changes):
        return False
    def joined(a: Figure, b: Figure) -> bool:
        k = b.qual_start if b.qual_start is not None else b.start
        return doc[a.last:k].text.strip() in ("and", ",", ", and", "as well as")
    return all(joined(figures[a], figures[b]) for a, b in zip(changes, changes[1:])) \
        and all(joined(figures[a], figures[b]) for a, b in zip(bases, bases[1:])) \
        and changes == list(range(changes[0], changes[0] + len(changes)))


def nearest_base(doc: Doc, figures: list[Figure], prior: list[int], ci: int) -> int:
    """The base of a change among the figures before it in its sentence: the nearest, unless
    it only says where the counted come from ('7,500 exhibitors from 110 countries, an
    increase of 3 percent' changes the exhibitors)."""
    line = doc_text(doc).rfind("\n", 0, doc[figures[ci].start].idx)
    prior = [b for b in prior if doc[figures[b].start].idx > line] or prior  # a line of a fact box is its own
    for b in reversed(prior):
        heads = {figures[p].unit_head.i for p in prior if p < b and figures[p].unit_head is not None}
        g = figures[b]  # a conjunct ('620 exhibitors and 48,000 visitors') is no origin
        nested = nested_under(g, heads) if g.unit_head is not None else _hangs_on_a_count(doc, g, heads)
        if not heads or not nested:
            return b
    return prior[0]


def _hangs_on_a_count(doc: Doc, g: Figure, heads: set[int]) -> bool:
    """Does a figure without a counted noun (a sum) hang on the counted noun of a figure
    before it ('600 exhibitors from 40 countries with sales of $2 million')? Not when the
    preposition it hangs by comes after a conjunct of that noun, or it hangs on the
    conjunct: '210 exhibitors and business deals of US$ 28 million' (whether the parse hangs
    'of' on 'exhibitors' or on 'deals', the sum is the deals')."""
    t = doc[g.start]
    for _ in range(12):
        if t.head.i == t.i:
            return False
        h = t.head
        if t.dep_ == "conj":
            return False  # "... of business deals", the deals a conjunct of the count
        if h.i in heads:
            return not (t.dep_ == "prep" and any(c.dep_ == "conj" and h.i < c.i < t.i for c in h.children))
        t = h
    return False


def measures_the_base(own: str, base: StatisticRecord, f: Figure) -> bool:
    """Does the measure a change names ('an increase of 8% in exhibitors', 'a 12-percent rise
    in attendance') say what the base figure counts? A shared word, or attendance of a count
    of the people who came; 'the number of exhibitors' names the exhibitors."""
    own = re.sub(r"^(?:number|total|count) of\s+", "", own.strip(), flags=re.I)
    words = own.lower().split()
    if any(w in cues("attendance", "nouns") for w in words) and f.unit in cues("attendance", "attending_units"):
        return True
    if any(w in cues("attendance", "arrival_nouns") for w in words) and f.unit in cues("attendance", "arriving_units"):
        return True  # "... 14.5 million tourists. Arrivals rose 20%."
    quantity = cues("change-own-measure", "quantity_words")  # 'added value' is not 'output value'
    stems = word_stems(w for w in words if w not in quantity)
    return bool(stems & word_stems(w for w in (base.measure or "").lower().split() + f.unit.split() if w not in quantity))


def level_right_after(doc: Doc, level: Figure, f: Figure) -> bool:
    """Is the new level written right after the change ('rose 26 percent to $30 billion')?"""
    k = level.qual_start if level.qual_start is not None else level.start
    return k - f.last <= 1


def level_after(doc: Doc, figures: list[Figure], bases: list[int], ci: int) -> int | None:
    """'exports rose 40% to $3 billion': the new level right after the change is its base."""
    nxt = next((b for b in bases if b > ci), None)
    if nxt is None:
        return None
    g, f = figures[nxt], figures[ci]
    k = g.qual_start if g.qual_start is not None else g.start
    j = k - 1  # "jumped 25% from last year's 40,000 to 50,000": the old level, then the new
    while j > f.last and (doc[j].ent_type_ == "DATE" or doc[j].lower_ in ("'s", "’s", "the", "its", "their")):
        j -= 1
    if j >= f.last and j - f.last <= 1 and doc[j].lower_ == "from":
        later = next((b for b in bases if b > nxt), None)
        h = figures[later] if later is not None else None
        hk = (h.qual_start if h.qual_start is not None else h.start) if h is not None else None
        if h is not None and hk == g.end + 1 and doc[g.end].lower_ == "to":
            return later
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


def later_same_measure(doc: Doc, figures: list[Figure], records: list[StatisticRecord], bases: list[int],
                        ci: int) -> int | None:
    """'Aircraft arrivals were up about 6 percent, with more than 10,000 aircraft': a change
    with no base before it takes the later figure of its sentence that counts what it
    measures (a word of the change's measure in the figure's unit or measure)."""
    want = word_stems((records[ci].measure or "").split())
    if not want:
        return None
    for b in bases:
        k = figures[b].qual_start if figures[b].qual_start is not None else figures[b].start
        compared = comparison_base(doc, figures[b]) and not (
            doc[k - 1].lower_ == "with" and not (k > 1 and doc[k - 2].lower_ in ("compared", "comparison")))
        if b <= ci or compared or figures[b].currency != figures[ci].currency and figures[ci].unit != "percent":
            continue  # not the old level ("compared with 1,500", "up from 8,000"); "with 10,000 aircraft" is none
        words = (records[b].measure or "").split() + figures[b].unit.split()
        if want & word_stems(words):
            return b
    return None


def earlier_base(doc: Doc, figures: list[Figure], records: list[StatisticRecord], ci: int) -> int | None:
    """The base of a change figure whose sentence has none: the latest earlier figure that
    measures what the change's sentence names ('A record field of 17,350 runners ...' ...
    'The starting field was up 14%'; '82,171 attendees' ... 'total attendance is down about
    10 percent'), else, in the same paragraph, the last figure of the sentence before when
    the change refers back to it ('This is an increase of 12%')."""
    f = figures[ci]
    sent = sent_of(doc[f.start])
    named = [t for t in doc[sent.start:f.start] if t.pos_ in ("NOUN", "PROPN")]
    names = word_stems(t.text for t in named)
    # "Attendance rose 15 percent" after "... 48,000 visitors": attendance counts those who came
    attendance = any(t.lower_ in cues("attendance", "nouns") for t in named)
    # "Arrivals rose 20%" after "... 14.5 million tourists": arrivals count those who arrive
    arrivals = any(t.lower_ in cues("attendance", "arrival_nouns") for t in named)
    before = [b for b in range(max(0, ci - _LOOKBACK), ci) if not figures[b].change and not figures[b].parenthetical
              and figures[b].start < sent.start]
    narrowed = _places_narrowing(doc, sent.start, f.start)
    # "Foreign visitors rose 20%" after "48,000 visitors": a part of the total, not the total
    narrowing = word_stems(t.text for t in doc[sent.start:f.start] if t.dep_ in ("amod", "compound", "nmod")
                       and t.lower_ in cues("change-other-subject", "narrowing_modifiers") and t.head.pos_ == "NOUN")
    if names:
        for b in reversed(before):
            g = figures[b]
            if narrowed and not _names_places(doc, g, narrowed):
                continue  # "Sales in Asia climbed 15%" after overall sales: a part, not the total
            words = [t.text for t in doc[g.start:g.end]] + (records[b].measure or "").split() + g.unit.split()
            if narrowing and not narrowing <= word_stems(words + [t.text for t in doc[max(0, g.start - 3):g.start]]):
                continue
            if names & word_stems(words) or attendance and _counts_attendance(doc, g) \
                    or arrivals and g.unit in cues("attendance", "arriving_units"):
                return b
    first = doc[sent.start]
    # "The figure was 20 percent higher than in 2022": a generic subject refers back too
    refers_back = first.lower_ in ("this", "that", "it", "which") or (
        first.lower_ in ("the", "this", "that") and sent.start + 1 < f.start
        and doc[sent.start + 1].lower_ in cues("change-base", "referring_nouns")
        and doc[sent.start + 1].dep_ in ("nsubj", "nsubjpass")
        and not any(c.dep_ == "prep" and c.lower_ == "of" for c in doc[sent.start + 1].children)) \
        or subject_refers_back(doc, f)  # not "The number of visitors rose 8%" after 620 exhibitors
    # "Exports reached $3 billion. They grew 12%": 'they' as the subject of a verb of change
    refers_back = refers_back or first.lower_ == "they" and first.dep_ == "nsubj" and (
        lemma(first.head) in CHANGE_WORDS or any(c.lower_ in ("up", "down") for c in first.head.children))
    if before and refers_back and sent.start > 0:
        prev_sent = sent_of(doc[sent.start - 1])
        text = doc_text(doc)
        # (the sentence before may end its line: wires give each sentence a line of its own;
        # a blank line between them is a paragraph of its own)
        if "\n" not in text[prev_sent.start_char:prev_sent.end_char].strip() and "\n\n" not in text[prev_sent.start_char:sent.start_char] \
                and figures[before[-1]].start >= prev_sent.start:
            from kg.extract.statistics.counted import from_places
            # "12,000 visitors from 40 countries. That is 15% more": the headline figure, not
            # where its counted come from nor the old level it is compared with ("up from 550")
            own = [b for b in before if figures[b].start >= prev_sent.start and not from_places(doc, figures[b])
                   and not comparison_base(doc, figures[b])]
            return own[-1] if own else before[-1]
    return None


def _counts_attendance(doc: Doc, g: Figure) -> bool:
    """Does the figure count those who came ('48,000 visitors', '18,000 buyers attended')?"""
    if g.unit in cues("attendance", "attending_units"):
        return True
    verb = governing_verb(doc[g.start])
    return verb is not None and lemma(verb) in cues("attendance", "attending_verbs")


def _places_narrowing(doc: Doc, start: int, end: int) -> set[str]:
    """Places that narrow the subject of a change to a part: 'Sales in Asia', 'Exports to
    Japan', 'Japanese exports' (a place or nationality after a preposition or before the
    noun), lower-cased. A place that owns the subject ('Porto's exports') does not narrow."""
    out = set()
    for ent in ents_in(doc[start:end]):
        if ent.label_ not in ("GPE", "LOC", "NORP"):
            continue
        root = ent.root
        head = root.head
        if root.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ in ("NOUN", "PROPN") \
                and head.head.i < end and head.lower_ in ("in", "to", "from", "for"):
            out.add(ent.text.lower())
        elif root.dep_ in ("amod", "compound") and ent.label_ == "NORP" and head.pos_ == "NOUN":
            out.add(ent.text.lower())
    return out


def _names_places(doc: Doc, g: Figure, places: set[str]) -> bool:
    """Whether the sentence of an earlier figure names one of these places."""
    sent = sent_of(doc[g.start])
    return any(p in sent.text.lower() for p in places)


def names_a_period_word(measure: str) -> bool:
    """A measure that is only a time word ('this year', 'the month') names no quantity."""
    return all(DATE_WORDS.fullmatch(w) or w.lower() in ("this", "that", "the", "same") for w in measure.split())
