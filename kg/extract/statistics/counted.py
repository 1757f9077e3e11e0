"""What a bare number counts when no unit follows it: the fallback unit and counted subjects."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from kg.extract.common import (
    doc_text,
    doc_tokens,
    governing_verb,
    lemma,
    sent_of,
    span_text,
)
from kg.extract.context import Context
from kg.extract.figures import cue, cues, rule
from kg.extract.lexicon import CHANGE_WORDS, DURATION_NOUNS, EVENT_ANAPHORS, EVENT_HEADS, EVENT_UNITS
from kg.extract.subjects import clause_head
from kg.normalize.units import currency_code, measurement_unit, singularize
from kg.pipeline import patterns
from kg.extract.statistics.base import (
    Figure,
    REPORTING_VERBS,
    UNITS_OF_MEASURE,
    comparative_pattern,
    with_modifiers,
    nested_under,
    possessive_date,
)
from kg.extract.statistics.tokens import qualifier_before
from kg.extract.statistics.units import PLACE_NOUNS, counted_unit
from kg.extract.statistics.measures import counted_before_of_which, line_label, paragraph_sentence_before


def fallback_unit(ctx: Context, tok: Token, end: int, prior: list[Figure]) -> tuple[str | None, str | None]:
    """(unit, measure) of a bare number: 'the number of exhibitors – about 3,700', 'the figure
    ... 1.3 million', 'attendance was 12,500', '120 in attendance', or the unit of the figure
    it continues ('180 buyers: 75 from Africa, ...', '725 stands, 547 of which are ...')."""
    doc = tok.doc
    sent = sent_of(tok)
    text = span_text(sent)
    m = re.search(r"\bnumber of (\w+)", text, re.I)
    if m and m.group(1).lower() in ("last", "the", "this", "that", "previous", "its", "their") \
            and _counted_after_number_of(sent, m.start(1)) is None:
        m = None  # "three times the number of last year": no counted noun
    if m:
        noun = _counted_after_number_of(sent, m.start(1))
        return (counted_unit(noun) if noun is not None else singularize(m.group(1).lower())), None
    # "visitor numbers rose from 20,000 to 24,900"; "..., and exhibitor numbers rose 5% to 600":
    # the last one written before the number
    before = [m for m in _COUNTED_NUMBERS.finditer(text) if sent.start_char + m.end() <= tok.idx]
    m = before[-1] if before else _COUNTED_NUMBERS.search(text)
    if m and singularize(m.group(1).lower()) in EVENT_UNITS:
        return singularize(m.group(1).lower()), m.group(0)
    part = _of_which(doc, end) or _part_of_whole(doc, end)
    if part is not None:
        return part
    run_start = next((k for k in range(tok.i, -1, -1) if k == 0 or not doc[k - 1].like_num), tok.i)
    whole = counted_before_of_which(doc, run_start)
    if whole is not None:  # "The fair drew 75,000 visitors. Of these, 20,000 came from abroad."
        pred = _predicate_plural(doc, end)
        if pred is not None:  # "1,500 vehicles were displayed, of which 117 were global premieres"
            return counted_unit(whole), with_modifiers(pred)
        origin = _origin_phrase(doc, end)
        return counted_unit(whole), f"{with_modifiers(whole)} {origin}" if origin else with_modifiers(whole)
    of_them = _part_of_them(doc, sent, run_start, end, prior)
    if of_them is not None:  # "The show has 350 exhibitors. Some 120 of them are new."
        return of_them
    part = _opening_part(doc, sent, run_start, end, prior)
    if part is not None:  # "The fair has 40 projects. Twelve are from Asia."
        return part
    gapped = _gapped_noun(doc, sent, run_start, prior)
    if gapped is not None:  # "Exhibitors numbered 5,200 and visitors 180,000": the verb left out
        return counted_unit(gapped), with_modifiers(gapped)
    base = _base_of_the_sentence(doc, tok, prior)
    if base is not None:  # "Exhibitors came from 33 countries, up from 28 in 2024": the countries', not the exhibitors'
        return base
    counted = _counted_subject(tok) or _attending_number(tok) or _drawn_number(ctx, tok)
    if counted is not None:  # "visitors numbered 20,000", "exhibitors totalled 1,200", "45,000 attended"
        return counted
    origin = _origin_phrase(doc, end)
    attendance = cues("attendance", "nouns")
    if end + 1 < len(doc) and doc[end].lower_ == "in" and doc[end + 1].lower_ in attendance:
        return cue("attendance", "unit"), doc[end + 1].lower_  # "120 in attendance"
    crowd = _crowd_of(doc, tok)
    if crowd is not None:  # "a crowd of 20,000", "an audience of 3,500"
        return cue("crowd-of", "unit"), f"{crowd} {origin}" if origin else crowd
    turnout = _crowd_of(doc, tok, ("attendance", "nouns"))
    if turnout is not None:  # "350 exhibitors from 14 countries and a footfall of 28,000": not countries
        return cue("attendance", "unit"), f"{turnout} {origin}" if origin else turnout
    same_sentence = [f for f in prior if sent.start <= f.start < sent.end]
    if re.search(r"\b(figure|total|number|tally|count)\b", text, re.I):
        same_sentence = prior
    run_first = next((k for k in range(tok.i, -1, -1) if k == 0 or not doc[k - 1].like_num), tok.i)
    if run_first > 0 and doc[run_first - 1].text in cues("labelled-count", "separators"):
        # "Doors open at: 9" in a list of key figures: a label of its own line that counts
        # nothing takes no unit from the lines above it (the parser ran the lines together)
        line_start = doc_text(doc).rfind("\n", 0, tok.idx) + 1
        same_sentence = [f for f in same_sentence if doc[f.start].idx >= line_start]
    # "1,800 visitors, up from 1,500" / "120 exhibitors, 45 from Japan": the unit carries over;
    # after "compared with" / "up from" it is the sentence's headline figure that is compared
    start = next((k for k in range(tok.i, -1, -1) if k == 0 or not doc[k - 1].like_num), tok.i)  # the run's first token
    owner = possessive_date(doc, start)
    k = owner.start if owner is not None else start
    prev = doc[k - 1].lower_ if k > 0 else ""
    compared = prev in ("with", "from", "than", "to")
    # "This was an increase of 5,000 on last year": the size of a change of the count before
    change_of = prev == "of" and k > 1 and lemma(doc[k - 2]) in CHANGE_WORDS and doc[k - 2].pos_ == "NOUN" \
        and not (end + 1 < len(doc) and doc[end].lower_ == "in" and doc[end + 1].pos_ in ("NOUN", "ADJ")
                 and doc[end + 1].ent_type_ != "DATE")  # not "an increase of 5,000 in sales": its own measure
    # "1,200 exhibitors from 30 countries, 15 more than last year": a difference counts what the
    # figure it changes counts, not where those come from
    more = bool(comparative_pattern(True).match(doc_text(doc)[doc[end - 1].idx + len(doc[end - 1].text):sent.end_char]))
    ordered = _compared_first(same_sentence) if compared or more else list(reversed(same_sentence))
    if more:
        ordered = [f for f in ordered if not from_places(doc, f)] + [f for f in ordered if from_places(doc, f)]
    if (compared or change_of) and sent.start > 0 \
            and not any(not f.currency and f.unit not in ("percent", "times") for f in ordered):
        # "The fair drew 620 exhibitors. That is up 8% from last year's 574.": the old level
        # of the figure the sentence before gave, in the same paragraph
        before = sent_of(doc[sent.start - 1])
        if "\n" not in doc_text(doc)[before.start_char:sent.start_char]:
            ordered = [f for f in reversed(prior) if before.start <= f.start < before.end]
    for f in ordered:
        if not f.currency and f.unit not in ("percent", "times"):
            hint = with_modifiers(f.unit_head) if f.unit_head is not None else f.measure_hint
            if hint and origin and f.unit_head is None:
                hint = re.sub(r"\s+from\s+[A-Z].*$", "", hint)  # not the last one's origin: "30 from Spain and 20 from France"
            return f.unit, (f"{hint} {origin}" if hint and origin else hint)
    carried = _things_of_the_sentence_before(doc, tok, prior)
    if carried is not None:  # "China made 9.6 million vehicles. Sales reached 9.5 million."
        return carried
    cue_noun = next((t for t in sent if t.lower_ in attendance and t.pos_ in ("NOUN", "PROPN") and t.i < tok.i), None)
    if cue_noun is not None:  # "attendance was 12,500", "reported attendance by continent: 1,592 from Africa"
        return cue("attendance", "unit"), f"{cue_noun.lower_} {origin}" if origin else cue_noun.lower_
    return None, None


def _base_of_the_sentence(doc: Doc, tok: Token, prior: list[Figure]) -> tuple[str, str | None] | None:
    """'Exhibitors came from 33 countries, up from 28 in 2024': a bare number right after 'up
    from' / 'down from' is the old level of the count just before it in its sentence, and
    counts what that count counts, whatever the clause's subject counts."""
    start = next((k for k in range(tok.i, -1, -1) if k == 0 or not doc[k - 1].like_num), tok.i)
    if start < 2 or doc[start - 1].lower_ != "from" or doc[start - 2].lower_ not in ("up", "down"):
        return None
    sent = sent_of(tok)
    before = [f for f in prior if sent.start <= f.start < start - 2]
    # (not where the counted come from: "600 exhibitors from 40 countries, up from 550" are exhibitors)
    own = [f for f in before if not from_places(doc, f)] or before
    last = own[-1] if own else None
    if last is None or last.currency or last.unit in ("percent", "times", "percentage point") or last.unit_head is None:
        return None
    return last.unit, with_modifiers(last.unit_head)


def _gapped_noun(doc: Doc, sent: Span, start: int, prior: list[Figure]) -> Token | None:
    """'Exhibitors numbered 5,200 and visitors 180,000', 'exhibitors totalled 620, visitors
    41,000 and journalists 900': a clause whose verb is left out, a plural noun right before
    the bare number after 'and' or a comma, once the sentence has given a figure before: the
    number counts that noun, not the first clause's subject."""
    if start < 2 or not any(sent.start <= f.start < start for f in prior):
        return None
    noun = doc[start - 1]
    if noun.pos_ != "NOUN" or noun.tag_ != "NNS" or noun.lower_ in DURATION_NOUNS:
        return None
    k = start - 2
    while k > sent.start and doc[k].pos_ == "ADJ":
        k -= 1  # "and foreign visitors 40,000"
    return noun if doc[k].lower_ in ("and", ",", ";") else None


def from_places(doc: Doc, f: Figure) -> bool:
    """'from 30 countries': a figure that only says where the counted of another come from."""
    k = f.qual_start if f.qual_start is not None else f.start
    return k > 0 and doc[k - 1].lower_ in ("from", "across") and f.unit_head is not None \
        and f.unit.split(" and ")[0] in PLACE_NOUNS


def _compared_first(figures: list[Figure]) -> list[Figure]:
    """The figures a bare base ('up from 1,000', 'compared with 900') may continue, the one
    it is compared with first: the latest before it that is not only where the counted of
    an earlier one come from ('95,000 visitors and 1,150 exhibitors, up from 1,000' compares
    the exhibitors; '600 exhibitors from 40 countries, up from 550' the exhibitors)."""
    heads = {f.unit_head.i for f in figures if f.unit_head is not None}
    own = [f for f in reversed(figures) if not nested_under(f, heads)]
    return own + [f for f in figures if f not in own]


def _counted_after_number_of(sent: Span, char: int) -> Token | None:
    """The plural noun 'the number of ...' counts, its modifiers stepped over: 'the number of
    international visitors' -> 'visitors', not 'international'."""
    start = sent.start_char + char
    for t in sent:
        if t.idx < start:
            continue
        if t.tag_ in ("NNS", "NNPS"):
            return t
        if t.pos_ not in ("ADJ", "NOUN", "VERB", "PROPN") or t.idx - start > 40:
            return None  # "the number of them", or no counted noun nearby
    return None


def labelled_count(doc: Doc, start: int) -> tuple[str, str] | None:
    """'Exhibitors: 1,200', 'Visitors – 45,000': a key figure after the plural noun it
    counts and a colon or dash, as in fact boxes and lists of key figures."""
    _tk = doc_tokens(doc)  # the cached tokens: doc[i] builds a new Token on every call
    qual_start = qualifier_before(doc, start)[1]  # "Total aircraft: More than 10,000"
    if qual_start < start and qual_start >= 2 and _tk[qual_start - 1].text in cues("labelled-count", "separators"):
        start = qual_start
    if start < 2 or _tk[start - 1].text not in cues("labelled-count", "separators"):
        return None
    noun = _tk[start - 2]
    plural = noun.tag_ in ("NNS", "NNPS") or noun.lower_ in cues("labelled-count", "invariant_plurals")
    label = None
    if not plural:  # "Countries represented: 31", "Trade visitors from abroad: 4,100"
        noun, label = _line_label_noun(doc, start - 1) or (noun, None)
        plural = label is not None
    if not plural or noun.ent_type_ in ("GPE", "LOC", "PERSON", "DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY") \
            or lemma(noun) in EVENT_HEADS or noun.lower_ in DURATION_NOUNS:
        return None
    if start - 3 >= 0 and _tk[start - 3].like_num:
        return None  # "120 exhibitors: 45 from Japan" carries the unit another way
    if label is None:  # "Countries: 31" after "Net area: 36,000 sqm": only the words of its own line
        words = line_label(doc, start - 1)
        if words and words[-1].i == noun.i and len(words) <= 4 and all(t.pos_ in ("NOUN", "ADJ", "PROPN") for t in words):
            label = doc[words[0].i:noun.i + 1].text
    return counted_unit(noun), label or with_modifiers(noun)


def _line_label_noun(doc: Doc, sep: int) -> tuple[Token, str] | None:
    """'Countries represented: 31', 'Trade visitors from abroad: 4,100': a label that opens its
    line (after a bullet) and names a plural noun, with only its modifiers before it and a
    participle or a phrase of a preposition after it ('after_noun' of rule 'labelled-count'),
    counts that noun; the label as written is the measure."""
    words = line_label(doc, sep)
    if len(words) < 2:
        return None
    k = next((n for n, t in enumerate(words) if t.pos_ in ("NOUN", "PROPN") and (
        t.tag_ in ("NNS", "NNPS") or t.tag_ == "NNP" and singularize(t.lower_) != t.lower_)), None)  # ("Exhibitors" tagged NNP)
    if k is None or k == len(words) - 1 or not all(t.pos_ in ("NOUN", "ADJ", "PROPN") for t in words[:k]):
        return None
    if singularize(words[k].lower_) in cues("change-base", "referring_nouns"):
        return None  # "Hall numbers in use: 4": no counted noun
    after = words[k + 1:]
    if not (after[0].tag_ in ("VBN", "VBD", "VBG") and len(after) <= 2 or after[0].lower_ in cues("labelled-count", "after_noun")):
        return None
    return words[k], doc[words[0].i:words[-1].i + 1].text


_COUNTED_NUMBERS = patterns.compile(r"\b([a-z]+) (?:numbers|figures|count|tally|headcount)\b", re.I)


def _sold_thing(subj: Token) -> Token | None:
    """'ticket' of 'ticket sales', 'car' of 'new car sales', 'vehicle' of 'vehicle production':
    a thing counted as it is sold, made or traded; 'vehicles' of 'production of new energy
    vehicles' (any plural common noun after 'of')."""
    if subj.lower_ not in cues("counted-subject", "counted_amounts"):
        return None
    for c in subj.children:
        if c.dep_ == "compound" and c.i < subj.i and singularize(c.lower_) in cues("counted-subject", "sold_things"):
            return c
        if c.dep_ == "prep" and c.lower_ == "of" and c.i > subj.i:
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if obj is not None and obj.tag_ == "NNS" and obj.pos_ == "NOUN" and not obj.like_num \
                    and measurement_unit(obj.text) is None and currency_code(obj.text) is None:
                return obj
    return None


def _things_of_the_sentence_before(doc: Doc, tok: Token, prior: list[Figure]) -> tuple[str, str] | None:
    """'China produced 9.6 million vehicles in 2025. Sales reached 9.5 million.': a bare number
    that a verb of amount gives to a bare amount of things made or traded ('counted_amounts'
    of rule 'counted-subject') counts the things of the last figure of the sentence before, in
    the same paragraph, when that figure counts things so made or traded: a sold thing, or
    the object of a verb of making or trading ('making_verbs'). Not people, nor sums."""
    verb = governing_verb(tok)
    if verb is None or lemma(verb) not in REPORTING_VERBS or not (
            tok.head.i == verb.i and tok.dep_ in ("dobj", "attr")
            or tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.i == verb.i):
        return None
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.lower_ not in cues("counted-subject", "counted_amounts") or subj.i > tok.i \
            or any(c.dep_ in ("compound", "prep", "amod", "poss") for c in subj.children):
        return None  # "Wine sales reached 64,000", "sales of wine", "the region's exports": they say what
    sent = sent_of(tok)
    if sent.start == 0:
        return None
    before = sent_of(doc[sent.start - 1])
    if "\n" in doc_text(doc)[before.start_char:sent.start_char]:
        return None
    last = next((f for f in reversed(prior) if before.start <= f.start < before.end), None)
    if last is None or last.currency or last.unit in ("percent", "percentage point", "times") or last.unit_head is None:
        return None
    made = governing_verb(doc[last.start])
    if singularize(last.unit.split()[-1]) not in cues("counted-subject", "sold_things") and not (
            made is not None and lemma(made) in cues("counted-subject", "making_verbs")
            and last.unit_head.dep_ == "dobj" and last.unit_head.head.i == made.i):
        return None
    return last.unit, with_modifiers(subj)


def _counted_subject(tok: Token) -> tuple[str, str] | None:
    """'Visitors numbered 20,000', 'exhibitors totalled 1,200': a bare number that a verb
    of amount gives to a subject counting people or things at an event."""
    verb = governing_verb(tok)
    if verb is None:
        return None
    including = lemma(verb) in cues("counted-subject", "part_verbs")  # "exhibitors included 300 from China"
    if not including and lemma(verb) not in REPORTING_VERBS | {"number", "climb", "jump"}:
        return None
    base = tok
    while base.dep_ == "conj" and base.head.like_num and _says_respectively(base):
        base = base.head  # "numbered 1,200 and 40,000 respectively"
    if base.dep_ in ("nummod", "compound") and base.head.lower_ in cues("threshold-mark", "nouns"):
        base = base.head  # "Visitors passed the 5,000 mark": the mark stands for the number
    doc = tok.doc
    if base.dep_ == "nummod" and base.head.like_num and base.head.i >= base.i + 3 \
            and doc[base.i + 1].lower_ in ("and", ",") and doc[base.head.i - 1].tag_ == "NNS":
        base = base.head  # "Exhibitors numbered 5,200 and visitors 180,000": the parse hung the first on the second
    if base.dep_ == "quantmod" and base.head.like_num and base.i + 1 < len(doc) and doc[base.i + 1].lower_ == "to" \
            and base.i > 0 and doc[base.i - 1].lower_ == "by":
        base = base.head  # "Exhibitors rose by 1,200 to 5,400": the parse took the change and the level for a range
        tok = base
    if base.dep_ == "nummod" and base.head.i == base.i + 1 and base.head.lower_ in ("year", "month", "quarter") \
            and base.head.dep_ == "pobj" and base.head.i + 1 < len(doc) and doc[base.head.i + 1].lower_ in ("-", "on", "over"):
        base = tok = base.head  # "Visitors grew by 3,000 year-on-year": the parse hung the count on 'year'
    direct = base.head.i == verb.i and base.dep_ in ("dobj", "attr", "npadvmod", "oprd") or (
        tok.dep_ == "pobj" and tok.head.head.i == verb.i and tok.head.lower_ in ("from", "to", "at", "by")) or (
        # "Visitors were up 12 percent to 48,000": the new level hangs on the 'up' of the verb
        tok.dep_ == "pobj" and tok.head.lower_ in ("from", "to") and tok.head.head.lower_ in ("up", "down")
        and tok.head.head.head.i == verb.i)
    if including:  # a part of the subject: the number and where it comes from, nothing else
        direct = tok.head.i == verb.i and tok.dep_ == "dobj"
    if not direct:
        return None  # "visitors can reach the venue via Corridor 5"
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None and verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ == "NOUN" and verb.head.i < verb.i:
        subj = verb.head  # "..., with visitors exceeding 50,000": the noun the participle hangs on
    sold = _sold_thing(subj) if subj is not None and not including else None
    if sold is not None:  # "Ticket sales reached 210,000": the tickets sold
        if sold.i > subj.i:  # "Production of new energy vehicles reached ...": the noun and its 'of'
            return counted_unit(sold), f"{with_modifiers(subj)} of {with_modifiers(sold)}"
        return counted_unit(sold), with_modifiers(subj)
    counting = lemma(verb) in cues("counted-subject", "count_verbs") and subj is not None \
        and subj.lower_ not in cues("counted-subject", "amount_nouns") and subj.pos_ == "NOUN" \
        and subj.ent_type_ in ("", "ORG", "PRODUCT")  # a plural common noun the recognizer guessed a name
    if subj is None or subj.tag_ != "NNS" or not (singularize(subj.lower_) in EVENT_UNITS or counting
                                                  or singularize(subj.lower_) in cues("counted-subject", "counted_nouns")):
        return None  # "Showplanes totaled 2,757": a verb that only counts takes any plural that is no amount
    return _respective(tok, subj) or (counted_unit(subj), with_modifiers(subj))


def _says_respectively(tok: Token) -> bool:
    return any(t.lower_ == "respectively" for t in sent_of(tok))


def _respective(tok: Token, subj: Token) -> tuple[str, str] | None:
    """'Exhibitors and visitors numbered 1,200 and 40,000 respectively': the nth number
    counts the nth of the coordinated subjects."""
    if not _says_respectively(tok):
        return None
    first = tok
    while first.dep_ == "conj" and first.head.like_num:
        first = first.head
    numbers = sorted([first, *first.conjuncts], key=lambda t: t.i)
    nouns = sorted([subj, *[c for c in subj.conjuncts if c.pos_ == "NOUN"]], key=lambda t: t.i)
    if len(numbers) != len(nouns) or len(nouns) < 2 or tok not in numbers:
        return None
    noun = nouns[numbers.index(tok)]
    return singularize(noun.lower_), with_modifiers(noun)


def _attending_number(tok: Token) -> tuple[str, str] | None:
    """'Some 45,000 attended', 'the show was attended by 45,000', '2,000 took part': a bare
    number that is who attends (the subject of a verb of attending, or its agent) counts
    those who attend (rule 'attending-number' of rules/statistics.json)."""
    verb = governing_verb(tok)
    if verb is None:
        return None
    verbs = rule("attending-number")["cues"]["verbs"]
    key = lemma(verb)
    if key == "take" and any(c.lower_ == "part" for c in verb.children):
        key = "take part"
    if key == "turn" and any(c.lower_ == "out" for c in verb.children):
        key = "turn out"
    unit = verbs.get(key) if isinstance(verbs, dict) else None
    if unit is None:
        return None
    subject = tok.dep_ in ("nsubj",) and tok.head.i == verb.i
    agent = tok.dep_ == "pobj" and tok.head.lower_ == "by" and tok.head.head.i == verb.i \
        and any(c.dep_ == "auxpass" for c in verb.children)
    if not (subject or agent):
        return None
    return unit, rule("attending-number")["cues"]["measures"].get(unit, unit)


def people_attending(ctx: Context, f: Figure) -> str | None:
    """'1,112,000 people visited the show', 'the fair was attended by 3,000 people', 'the
    fair drew 21,000 people': people counted by a verb of attending or drawing are its
    visitors, attendees or participants (rule 'attending-number', cue 'people_measures');
    the unit stays 'person', as the text says people."""
    head = f.unit_head
    if head is None or f.currency or head.lower_ not in cues("attending-number", "people_nouns"):
        return None
    found = _attending_number(head) or _drawn_number(ctx, head)
    if found is None:
        return None
    return rule("attending-number")["cues"]["people_measures"].get(found[0])


def _drawn_number(ctx: Context, tok: Token) -> tuple[str, str] | None:
    """'The fair drew 50,000', 'the expo is expected to attract more than 100,000': a bare
    number that a verb of drawing gives the event as its object counts those it draws
    (rule 'attending-number', cue 'object_verbs'). The subject must be the event: its name
    or 'the fair' ('the company attracted 50,000' says nothing of whom)."""
    verb = governing_verb(tok)
    if verb is None:
        return None
    qualified = tok.dep_ == "pobj" and tok.head.lower_ in ("over", "around", "about") and tok.head.head.i == verb.i
    if not (tok.dep_ == "dobj" and tok.head.i == verb.i or qualified):  # "drew over 50,000"
        return None
    unit = rule("attending-number")["cues"]["object_verbs"].get(lemma(verb))
    if unit is None:
        return None
    subj = next((c for c in clause_head(verb).children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or not (ctx.is_mention_token(subj) or subj.lower_ in EVENT_ANAPHORS and subj.tag_ == "NN"
                            or lemma(subj) in EVENT_HEADS):
        return None
    return unit, rule("attending-number")["cues"]["measures"].get(unit, unit)


def _origin_phrase(doc: Doc, end: int) -> str | None:
    """'from Africa' right after a bare number ('75 from Africa'), as written."""
    _tk = doc_tokens(doc)  # the cached tokens: doc[i] builds a new Token on every call
    if end + 2 < len(doc) and _tk[end].lower_ in ("came", "come", "were", "are", "travelled", "traveled") \
            and _tk[end + 1].lower_ == "from":
        end += 1  # "Of these, 20,000 came from abroad": where they came from, without the verb
    if end + 1 < len(doc) and _tk[end].lower_ == "from" and _tk[end + 1].lower_ in ("abroad", "overseas"):
        return doc[end:end + 2].text
    if end + 1 < len(doc) and _tk[end].lower_ == "from" and _tk[end + 1].pos_ == "PROPN":
        k = end + 1
        while k < len(doc) and (_tk[k].pos_ == "PROPN" or _tk[k].lower_ in ("and", "the") and k + 1 < len(doc)
                                and _tk[k + 1].pos_ in ("PROPN", "DET")):
            k += 1
        return doc[end:k].text
    return None


def _predicate_plural(doc: Doc, end: int) -> Token | None:
    """'..., of which 117 were global premieres': the plural noun that 'be' right after the
    part's number says the part is (what the part measures; it counts the whole's noun)."""
    _tk = doc_tokens(doc)
    if end + 1 >= len(doc) or _tk[end].lower_ not in ("are", "were", "is", "was"):
        return None
    verb = _tk[end]
    attr = next((c for c in verb.children if c.dep_ == "attr" and c.pos_ == "NOUN" and c.tag_ == "NNS"), None)
    if attr is None or any(t.like_num or t.pos_ in ("VERB", "ADP", "PUNCT") for t in doc[end + 1:attr.i]):
        return None
    return attr


def _of_which(doc: Doc, end: int) -> tuple[str, str] | None:
    """'547 of which are national companies': the noun after the verb is what is counted."""
    _tk = doc_tokens(doc)  # the cached tokens: doc[i] builds a new Token on every call
    if end + 2 >= len(doc) or _tk[end].lower_ != "of" or _tk[end + 1].lower_ not in cues("of-which"):
        return None
    k = end + 2
    if _tk[k].lower_ in ("are", "were", "is", "was"):
        k += 1  # "547 of which are national companies"; "286 of them first-time exhibitors"
    for t in doc[k:min(len(doc), k + 4)]:
        if t.pos_ == "NOUN" and t.tag_ == "NNS":
            return counted_unit(t), with_modifiers(t)
        if t.pos_ not in ("ADJ", "DET", "NOUN", "ADV"):
            break
    return None


def _part_of_whole(doc: Doc, end: int) -> tuple[str, str] | None:
    """'Some 500 of the 1,200 exhibitors', 'at least 25 of its 80 members' (rule
    'part-of-whole'): a bare number before 'of', a determiner and another count is a part of
    that whole, counted in the whole's noun and measured as the same thing."""
    _tk = doc_tokens(doc)
    if end + 3 >= len(doc) or _tk[end].lower_ != "of" or _tk[end + 1].lower_ not in cues("part-of-whole", "determiners"):
        return None
    k = end + 2
    if not _tk[k].like_num:
        return None
    while k < len(doc) and (_tk[k].like_num or _tk[k].text == ","):
        k += 1
    for t in doc[k:min(len(doc), k + 4)]:
        if t.pos_ == "NOUN" and t.tag_ == "NNS":
            return counted_unit(t), with_modifiers(t)
        if t.pos_ not in ("ADJ", "NOUN", "ADV", "PROPN"):
            break
    return None


def _crowd_of(doc: Doc, tok: Token, nouns: tuple[str, str] = ("crowd-of", "nouns")) -> str | None:
    """'a crowd of 20,000', 'an audience of 3,500': the collective noun of people (rule
    crowd-of; ``nouns`` names another cue list: 'a footfall of 28,000') written just before
    'of' and the bare number's run (its qualifier stepped over, rule crowd-of 'qualifiers':
    'a crowd of some 20,000'), singular; None otherwise."""
    k = next((j for j in range(tok.i, -1, -1) if j == 0 or not doc[j - 1].like_num), tok.i)
    while k > 0 and doc[k - 1].lower_ in cues("crowd-of", "qualifiers"):
        k -= 1
    if k < 2 or doc[k - 1].lower_ != "of" or doc[k - 2].lower_ not in cues(*nouns):
        return None
    return singularize(doc[k - 2].lower_)


def _part_of_them(doc: Doc, sent: Span, start: int, end: int, prior: list[Figure]) -> tuple[str, str | None] | None:
    """'Some 120 of them are new', '12 of these from Europe': a bare number before 'of' and a
    pronoun (rule of-which, 'pronouns') is a part of the last count written before it, in this
    sentence or the one before in the same paragraph: counted in its unit, measured as it is."""
    if end + 1 >= len(doc) or doc[end].lower_ != "of" or doc[end + 1].lower_ not in cues("part-of-whole", "pronouns"):
        return None
    first = paragraph_sentence_before(doc, sent)
    whole = next((f for f in reversed(prior) if first <= f.start < start and not f.currency
                  and f.unit not in ("percent", "percentage point", "times")), None)
    if whole is None:
        return None
    hint = with_modifiers(whole.unit_head) if whole.unit_head is not None else whole.measure_hint
    origin = _origin_phrase(doc, end + 2)
    if origin and hint:  # "1,200 exhibitors, 300 of them from abroad"
        hint = f"{hint} {origin}"
    return whole.unit, hint


def _opening_part(doc: Doc, sent: Span, start: int, end: int, prior: list[Figure]) -> tuple[str, str | None] | None:
    """'The fair has 40 projects. Twelve are from Asia.' (also with the part a paragraph of
    its own): a bare number that opens its sentence (a qualifier word before it at most,
    rule part-of-whole 'opening_qualifiers') as the subject of a verb is a part of the last
    count of the sentence before, counted in its unit; not of a sum or a unit of measure."""
    if any(t.lower_ not in cues("part-of-whole", "opening_qualifiers") for t in doc[sent.start:start]):
        return None
    if end >= len(doc) or doc[end].pos_ not in ("VERB", "AUX") or sent.start == 0:
        return None
    before = sent_of(doc[sent.start - 1])
    whole = next((f for f in reversed(prior) if before.start <= f.start < before.end and not f.currency
                  and f.unit_head is not None and f.unit not in ("percent", "percentage point", "times")
                  and f.unit.split(" per ")[0] not in UNITS_OF_MEASURE), None)
    if whole is None:
        return None
    return whole.unit, with_modifiers(whole.unit_head)
