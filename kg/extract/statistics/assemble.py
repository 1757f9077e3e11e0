"""The statistics extractor: find the figures, give each its fields, link changes to bases, drop repeats."""

from __future__ import annotations

import re
from dataclasses import replace

from kg.extract.common import (
    doc_text,
    doc_tokens,
    governing_verb,
    lemma,
    sent_of,
    source_span,
    span_text,
    token_range,
)
from kg.extract.context import Context
from kg.extract.figures import cues
from kg.extract.lexicon import CHANGE_WORDS
from kg.extract.records import StatisticRecord
from kg.extract.subjects import DEFAULT_EVENT, figure_subject
from kg.extract.statistics.base import UNITS_OF_MEASURE, comparative_pattern, comparison_base, word_stems
from kg.extract.statistics.tokens import declines
from kg.extract.statistics.units import local_currencies
from kg.extract.statistics.counted import people_attending
from kg.extract.statistics.scan import find_figures
from kg.extract.statistics.measures import figure_measure, with_modifiers, _tidy_measure
from kg.extract.statistics.periods import figure_period
from kg.extract.statistics.changes import (
    carry_periods,
    change_info,
    compared_elsewhere,
    earlier_base,
    is_share,
    later_same_measure,
    level_after,
    level_right_after,
    measures_the_base,
    multiple_is_change,
    names_a_period_word,
    nearest_base,
    of_a_change_noun,
    other_editions,
    paired_lists,
)
from kg.extract.statistics.about import (
    clause_subject_of,
    organizers_event,
    other_subject,
    project_of_a_sum,
)


def extract_statistics(ctx: Context) -> list[StatisticRecord]:
    """Every figure of the release as a :class:`StatisticRecord` (bases before changes)."""
    doc = ctx.doc
    _tk = doc_tokens(doc)  # the cached tokens: doc[i] builds a new Token on every call
    blocked = set()
    for s in ctx.result.sessions:
        if s.count is not None and s.span:
            blocked.update(token_range(doc, s.span.start, s.span.end))
    figures = find_figures(ctx, blocked)
    local_currencies(ctx, figures)
    records: list[StatisticRecord] = []
    by_sentence: dict[int, list[int]] = {}
    infos = []
    same_verb: dict[tuple, int] = {}
    for f in figures:
        sent = sent_of(_tk[f.start])
        change, comparison, own_measure = change_info(doc, f, sent) if f.unit == "percent" or True else (False, None, False)
        if f.unit not in ("percent", "percentage point") and not (change and _tk[f.qual_start - 1].lower_ == "by" if f.qual_start > 0 else False) \
                and not comparative_pattern(True).match(doc_text(doc)[_tk[f.end - 1].idx + len(_tk[f.end - 1].text):sent.end_char]) \
                and not (change and of_a_change_noun(doc, f)):
            change = False
        if f.unit == "times":
            change = multiple_is_change(ctx, f)  # "doubled", "twice as many as in 2025"
        prev_f = figures[len(records) - 1] if records else None
        if not change and prev_f is not None and prev_f.change and prev_f.unit == f.unit and f.unit == "percent" \
                and doc[prev_f.last:f.qual_start].text.strip() in (",", "and", ", and", "or", "to"):
            change = True  # "increases of 20% and 15% respectively": the second of a list of changes
        prev_change = figures[len(records) - 2] if len(records) >= 2 else None
        gapped = _gapped_subject(doc, prev_f, f, prev_change) if not change else None
        if gapped is not None:  # "Exhibitors increased 5% and visitors 9%": the verb left out
            change, f.measure_hint = True, with_modifiers(gapped)
        if not change and compared_elsewhere(doc, f, sent):
            change = True  # "Compared with 2024, this was 15% more."
        f.change = change
        if change and f.unit != "times" and declines(doc, f, sent):
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
        about, about_type = organizers_event(ctx, f, about, about_type)
        if about_type != "Project":
            project = project_of_a_sum(doc, f)
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
            measure=_tidy_measure(f.measure_hint or people_attending(ctx, f) or figure_measure(doc, f, nth, figures)),
            about=about,
            about_type=about_type,
            period=figure_period(ctx, f, figures),
            qualifier=f.qualifier,
            span=source_span(doc, _tk[quote_start].idx, _tk[f.last - 1].idx + len(_tk[f.last - 1].text)),
            sentence=source_span(sent),
        ))
    # "generated $30 million, compared with $25 million a year earlier", "made up 40% of the
    # total, up from 30%": a base measures what the figure it is compared with does
    for i, f in enumerate(figures):
        if i == 0 or not comparison_base(doc, f):
            continue
        k = f.qual_start if f.qual_start is not None else f.start
        if k > 1 and _tk[k - 1].lower_ == "from" and not (_tk[k - 2].lower_ in ("up", "down") or lemma(_tk[k - 2]) in CHANGE_WORDS):
            continue  # "2,500 people from 84 countries": where they come from, no base
        sent = sent_of(_tk[f.start])
        same = next((k for k in range(i - 1, -1, -1) if figures[k].start >= sent.start and figures[k].unit == f.unit
                     and not figures[k].change and records[k].measure), None)
        if same is not None:
            records[i] = replace(records[i], measure=records[same].measure)
    # a range ("30-40 per cent of some crops") is one measure: the upper figure's
    for i in range(len(records) - 1):
        if figures[i].qualifier == "AtLeast" and figures[i + 1].qualifier == "UpTo" \
                and figures[i].end == figures[i + 1].start - 1 and records[i + 1].measure:
            records[i] = replace(records[i], measure=records[i + 1].measure)
    # "The city is home to 2,000 startups, which employ 25,000 people": a figure in a relative
    # clause on the noun an earlier figure counts is about what that figure is about
    for i, f in enumerate(figures):
        verb = governing_verb(_tk[f.start])
        if verb is None or verb.dep_ != "relcl" or records[i].about_type not in ("Event", DEFAULT_EVENT):
            continue
        owner = next((j for j in range(i - 1, -1, -1) if figures[j].unit_head is not None
                      and figures[j].unit_head.i == verb.head.i and not figures[j].currency), None)
        if owner is not None and records[owner].about_type in ("Place", "Organization"):
            records[i] = replace(records[i], about=records[owner].about, about_type=records[owner].about_type)
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
    # "..., the Cedar Investment Forum drew 300 investors. Some 40 speakers took part": a figure
    # given to the main event only because its sentence names nothing is about the sub-event
    # the sentence right before it (same paragraph) is about
    main = ctx.result.main_event.name if ctx.result.main_event is not None else None
    for i in range(1, len(records)):
        rec, last = records[i], records[i - 1]
        if rec.about != main or rec.about_type != "Event" or last.about == main or last.about_type != "Event" \
                or rec.sentence is None or last.sentence is None or last.sentence.start == rec.sentence.start \
                or not _next_sentence(doc, last.sentence.end, rec.sentence.start) or "\n" in text[last.span.end:rec.span.start] \
                or ctx.mentions_in(sent_of(_tk[figures[i].start])) \
                or not any(e.name == last.about and e.part_of is not None for e in ctx.result.events):
            continue
        records[i] = replace(rec, about=last.about)
        for k in range(i + 1, len(records)):  # the rest of its sentence too
            if records[k].sentence is not None and records[k].sentence.start == rec.sentence.start and records[k].about == main \
                    and records[k].about_type == "Event":
                records[k] = replace(records[k], about=last.about)
    carry_periods(ctx, figures, records)
    other_editions(ctx, figures, records)
    # change figures: link to the base figure(s) of the same sentence, else to the figure
    # of an earlier sentence that the change's sentence refers to
    for start, idxs in by_sentence.items():
        sent = sent_of(_tk[start])
        changes = [i for i in idxs if figures[i].change]
        bases = [i for i in idxs if not figures[i].change and not figures[i].parenthetical]
        respectively = "respectively" in span_text(sent).lower() or paired_lists(doc, figures, changes, bases)
        for n, ci in enumerate(changes):
            comparison, own_measure = infos[ci]
            base = None
            prior = [b for b in bases if b < ci and not comparison_base(doc, figures[b])]
            level = level_after(doc, figures, bases, ci)
            own_subject = bool(prior) and not respectively
            prior = [b for b in prior if not (own_subject and other_subject(ctx, figures[ci], figures[b], records[b]))]
            own_subject = own_subject and not prior
            if figures[ci].unit == "percent" and any(not is_share(records[b], figures[b]) for b in prior):
                # "exports reached $3 billion, accounting for 20 percent of the total, up 5
                # percent": a percent change changes the amount, a share changes in points
                prior = [b for b in prior if not is_share(records[b], figures[b])]
            if respectively and len(prior) >= len(changes):
                base = prior[n] if n < len(prior) else None
            elif level is not None and level_right_after(doc, figures[level], figures[ci]):
                base = level  # "..., while exports rose 26 percent to $30 billion": its own new level
            elif prior:
                base = nearest_base(doc, figures, prior, ci)
            elif own_subject:
                base = level  # "..., while imports fell 3%": no figure of its subject before it
                subj = clause_subject_of(doc, figures[ci])[1]
                if base is None and subj is not None:  # it measures what its subject names
                    words = doc[subj.left_edge.i:min(subj.right_edge.i + 1, figures[ci].start)]
                    lead = next((t.i for t in words if t.pos_ not in ("DET", "PRON") or t.dep_ == "poss"), words.end)
                    records[ci] = replace(records[ci], measure=_tidy_measure(doc[lead:words.end].text) or records[ci].measure)
            else:
                base = level_after(doc, figures, bases, ci)
                if base is None:  # "The trade volume, which grew 12 percent, hit 300 billion yuan"
                    base = _base_of_its_noun(doc, figures, bases, ci)
                if base is None:  # (an index: 0 is a base too)
                    base = earlier_base(doc, figures, records, ci)
                if base is None:
                    base = later_same_measure(doc, figures, records, bases, ci)
                if base is None and not records[ci].measure:
                    # "Up 12% on last year, the fair drew 48,000 visitors": a change that opens
                    # its sentence and names nothing changes the sentence's figure after it
                    later = [b for b in bases if b > ci and not comparison_base(doc, figures[b])]
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
                if base is not None and m is not None and not measures_the_base(m.group(1), records[base], figures[base]):
                    base = None
            if base is not None and own_measure:
                upd.update(change_of=base, period=rec.period or records[base].period)
            elif base is not None:
                b = records[base]
                # "This year's total attendance is down about 10 percent" after "... 82,171
                # attendees": a change in a sentence of its own keeps the measure it writes
                own = rec.measure if figures[base].start < sent.start and rec.measure \
                    and word_stems(rec.measure.split()) and not names_a_period_word(rec.measure) \
                    and not _only_change_nouns(rec.measure) else None
                upd.update(change_of=base, measure=own or b.measure or rec.measure, about=b.about,
                           about_type=b.about_type, period=b.period or rec.period)
            records[ci] = replace(rec, **upd)
    # "Exports reached $3 billion, with imports up 2 percent": a change in an absolute phrase of
    # 'with' names its own measure, and changes no figure of another one
    for ci, f in enumerate(figures):
        if not f.change:
            continue
        noun = _with_phrase_subject(doc, f)
        if noun is None:
            continue
        up = doc_tokens(doc)[f.end - 1].head
        measure = _tidy_measure(" ".join(t.text for t in doc[noun.left_edge.i:noun.right_edge.i + 1]
                                         if t.dep_ not in ("det", "poss") and t.i < min(f.start, up.i)))
        if not measure:
            continue
        base = records[ci].change_of
        attendance = any(w.lower() in cues("attendance", "nouns") for w in measure.split())
        if base is not None and not (attendance and figures[base].unit in cues("attendance", "attending_units")) \
                and not word_stems(measure.split()) <= word_stems((records[base].measure or "").split() + figures[base].unit.split()):
            base = None  # "with imports up 2 percent", "with exports to Asia up 2 percent": no base written
        records[ci] = replace(records[ci], measure=measure if base is None else records[ci].measure, change_of=base)
    # a figure in brackets after another restates it in another currency/unit
    for i, f in enumerate(figures):
        k = f.qual_start if f.qual_start is not None else f.start
        # ("20,000 square metres (215,000 square feet)": the same quantity in another unit)
        converted = f.parenthetical and i > 0 and not f.currency and not figures[i - 1].currency \
            and f.unit in UNITS_OF_MEASURE and figures[i - 1].unit in UNITS_OF_MEASURE \
            and f.unit != figures[i - 1].unit and figures[i - 1].end == k - 1
        if f.parenthetical and i > 0 and (figures[i - 1].currency and f.currency or converted):
            p = records[i - 1]
            records[i] = replace(records[i], measure=p.measure, about=p.about, about_type=p.about_type,
                                 period=p.period or records[i].period,
                                 qualifier=records[i].qualifier if records[i].qualifier != "Exact" else p.qualifier)
    return _drop_repeats(records, doc_text(doc))


def _with_phrase_subject(doc, f):
    """'..., with imports up 2 percent', '..., with the added value of the service sector up
    6.1 percent': the noun an 'up'/'down' after 'with' says the change of (the noun, else None)."""
    tok = doc_tokens(doc)[f.end - 1]
    adv = tok.head
    if tok.dep_ != "npadvmod" or adv.lower_ not in ("up", "down") or adv.i <= 0:
        return None
    if adv.dep_ == "pcomp" and adv.head.lower_ == "with":  # "with the added value ... up 6.1 percent"
        return next((c for c in adv.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN"), None)
    noun = adv.head  # "with imports up 2 percent": 'up' a modifier of the noun
    if adv.dep_ == "advmod" and noun.pos_ == "NOUN" and noun.dep_ == "pobj" and noun.head.lower_ == "with" and noun.i < adv.i:
        return noun
    return None


def _next_sentence(doc, end_char: int, start_char: int) -> bool:
    """Does the sentence starting at ``start_char`` come right after the one ending at
    ``end_char``, in the same paragraph (no line break between)?"""
    between = doc_text(doc)[end_char:start_char]
    return not between.strip() and "\n" not in between


def _only_change_nouns(measure: str) -> bool:
    """'jump', 'a sharp rise': a measure that only names the change ('That marks a 15 percent
    jump'), not what changed: the base's measure stands."""
    words = [w for w in re.findall(r"[a-z]+", measure.lower()) if w not in ("a", "an", "the", "sharp", "strong", "further")]
    change_nouns = cues("adjectival-change", "nouns") | CHANGE_WORDS
    return bool(words) and all(w in change_nouns or w.rstrip("s") in change_nouns for w in words)


def _base_of_its_noun(doc, figures, bases, ci):
    """'The trade volume, which grew 12 percent, hit 300 billion yuan': a change in a relative
    clause on the subject of a later figure's verb changes that figure."""
    verb = governing_verb(doc[figures[ci].start])
    if verb is None or verb.dep_ != "relcl" or verb.head.dep_ not in ("nsubj", "nsubjpass"):
        return None
    owner = verb.head.head
    return next((b for b in bases if b > ci and getattr(governing_verb(doc[figures[b].start]), "i", None) == owner.i), None)


def _gapped_subject(doc, prev_f, f, prev_change=None):
    """'Exhibitors increased 5% and visitors 9%': a percent right after a percent change and
    'and' with a plural noun between them changes what that noun names, the change verb
    written once (the noun, else None). The change may have its new level after it ('rose 5%
    to 1,200 and visitor numbers 9% to 48,000')."""
    if prev_f is not None and not prev_f.change and prev_change is not None and prev_change.change \
            and prev_f.start > 0 and doc[prev_f.start - 1].lower_ == "to" and prev_change.last == prev_f.start - 1:
        prev_f, level = prev_change, prev_f  # the change, and the level right after it
    else:
        level = prev_f
    if prev_f is None or not prev_f.change or prev_f.unit != "percent" or f.unit != "percent" or f.qual_start is None:
        return None
    words = [t for t in doc[level.end if level is not prev_f else prev_f.last:f.qual_start]]
    if words and words[-1].lower_ == "by":
        words.pop()  # "rose by 5%, and visitors by 9%"
    if words and words[0].text == ",":
        words.pop(0)
    if not 2 <= len(words) <= 4 or words[0].lower_ != "and":
        return None
    noun = words[-1]  # "and visitors 9%", "and visitor numbers 9%"
    if any(t.head.i != noun.i or t.pos_ not in ("NOUN", "ADJ", "PROPN") for t in words[1:-1]):
        return None
    return noun if noun.pos_ == "NOUN" and noun.tag_ == "NNS" else None


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
