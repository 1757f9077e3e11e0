"""The measure of a figure: what it counts or measures, from the noun phrase or the clause."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from kg.extract.common import (
    clean_name,
    doc_text,
    doc_tokens,
    governing_verb,
    lemma,
    sent_of,
    span_text,
)
from kg.extract.figures import cues, rule
from kg.extract.lexicon import COMPARISONS, DURATION_NOUNS, EVENT_ANAPHORS, PERCENT_WORDS
from kg.extract.subjects import clause_head
from kg.normalize.units import currency_code, measurement_unit, singularize
from kg.pipeline import patterns
from kg.extract.statistics.base import (
    DATE_WORDS,
    FRACTION_WORDS,
    Figure,
    GENERIC_NOUNS,
    REPORTING_VERBS,
    SCALES,
    UNITS_OF_MEASURE,
    hyphen_prefix,
    misparsed_clause_start,
    with_modifiers,
    word_stems,
)


def _noun_phrase(tok: Token, drop_places: bool = True) -> str:
    """The text of a noun phrase without determiners and 'in <place>' adjuncts."""
    toks = []

    def walk(t: Token) -> None:
        toks.append(t)
        for c in t.children:
            if c.dep_ in ("relcl", "acl", "advcl", "appos", "punct", "det", "nummod", "quantmod"):
                continue
            if c.dep_ == "prep" and (c.lower_ not in ("of", "for") or (drop_places and any(
                    g.ent_type_ in ("GPE", "LOC") for g in c.subtree))):
                if c.lower_ != "of":
                    continue
            walk(c)

    walk(tok)
    toks.sort(key=lambda t: t.i)
    text = " ".join(t.text for t in toks if not t.like_num)
    return clean_name(text.replace(" 's", "'s"))


#: nouns that only say how much of something there is ("a total of 36 projects")
_AMOUNT_NOUNS = frozenset({"total", "number", "sum", "group", "delegation", "team", "batch", "series", "host",
                           "variety", "handful", "lot", "crowd", "contingent", "line-up", "lineup"})


def _subject_of_a_share(doc: Doc, f: Figure) -> str | None:
    """What a share of 'the total' is a share of: the common-noun subject of its clause, as
    written before the verb ('International visitors', 'Visitors from abroad'), without the
    article; None when the clause has no such subject."""
    verb = governing_verb(doc[f.start])
    if verb is None:
        return None
    subj = next((c for c in clause_head(verb).children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.pos_ != "NOUN" or _part_of_figure(subj) or subj.lower_ in EVENT_ANAPHORS \
            or subj.left_edge.i <= f.start <= subj.right_edge.i:
        return None
    left = subj.left_edge.i
    while left < subj.i and doc[left].dep_ in ("det", "poss", "case", "punct"):
        left += 1
    right = min(subj.right_edge.i + 1, verb.i)
    words = doc[left:right]
    return clean_name(words.text) if not any(t.text in (",", "(", ";") or t.like_num for t in words) else with_modifiers(subj)


def _implied_measure(doc: Doc, f: Figure, figures: list[Figure]) -> str | None:
    """A measure the text implies when it writes none (rules 'implied-measure' of
    rules/statistics.json): the object a change is applied to ('cuts fuel consumption by 30
    percent'), the thing a quantity is of inside a rate ('41 litres of milk per day'), the
    share an earlier figure of the sentence names ('87 percent of respondents ..., and 62
    percent ...'), what a verb of money makes ('raised' -> 'funds raised'), the subject of
    the clause, else the dimension of the unit ('MW' -> 'capacity', 'km/h' -> 'speed')."""
    _tk = doc_tokens(doc)  # the cached tokens: doc[i] builds a new Token on every call
    first = _tk[f.start]
    verb = governing_verb(first)
    while verb is not None and f.start <= verb.i < f.end and verb.head.i != verb.i:
        verb = governing_verb(verb.head)  # "50 billion won": the currency the tagger took for a verb
    k = f.qual_start if f.qual_start is not None else f.start
    if verb is not None and k > 0 and _tk[k - 1].lower_ == "by":
        obj = next((c for c in verb.children if c.dep_ == "dobj" and not _part_of_figure(c)), None)
        if obj is not None and obj.pos_ == "NOUN":
            return with_modifiers(obj)
    for t in doc[f.start:f.end]:
        if t.lower_ == "of" and t.i + 1 < f.end:
            obj = next((c for c in t.children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None)
            if obj is not None:
                return with_modifiers(obj)
    sent = sent_of(first)
    if f.unit == "percent":
        for g in reversed([g for g in figures if sent.start <= g.start < f.start and g.unit == "percent"]):
            of = _tk[g.end] if g.end < len(doc) and _tk[g.end].lower_ == "of" else None
            obj = next((c for c in of.children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None) if of is not None else None
            if obj is not None:
                return "share of " + with_modifiers(obj)
    if verb is not None:
        # (a percent more or less of what a verb of money makes: "They spent 20% more than in 2025")
        made = rule("implied-measure")["cues"]["money_verbs"].get(lemma(verb)) if f.currency or (
            f.unit == "percent" and f.end < len(doc) and _tk[f.end].lower_ in ("more", "less")) else None
        if made and f.currency:
            # "Kenya earned Sh180 billion from tea exports": what the money came from
            source = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"), None)
            obj = next((c for c in source.children if c.dep_ == "pobj"), None) if source is not None else None
            if obj is not None and obj.pos_ == "NOUN" and not obj.ent_type_ and obj.i > f.start \
                    and not any(t.like_num for t in obj.subtree):
                return f"{made} from {with_modifiers(obj)}"
        subj = next((c for c in clause_head(verb).children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if made and f.currency and subj is not None and subj.pos_ == "NOUN" and subj.tag_ == "NNS" \
                and subj.lower_ in cues("counted-subject", "counted_amounts") and not _part_of_figure(subj):
            return with_modifiers(subj)  # "Coffee exports fetched $2.1 billion": the amount the subject names
        if made:
            return made
        if subj is not None and subj.pos_ == "NOUN" and subj.ent_type_ not in ("GPE", "ORG", "PERSON", "NORP") \
                and lemma(subj) not in _GENERIC_SUBJECTS and subj.lower_ not in EVENT_ANAPHORS and not _part_of_figure(subj) \
                and not subj.left_edge.i <= f.start <= subj.right_edge.i:
            return with_modifiers(subj)
    cues_ = rule("implied-measure")["cues"]
    if f.change or f.unit in ("percent", "percentage point"):
        # "a 20 percent growth", "grew by about 6 percent": the change itself
        after = _tk[f.end] if f.end < len(doc) else None
        nouns = cues_["change_nouns"]
        if after is not None and (after.lower_ in nouns.values() or after.lower_ in nouns and after.pos_ == "NOUN"):
            # "a 12% jump in foreign buyers": the change of what follows "in"
            into = _tk[after.i + 1] if after.i + 1 < len(doc) and _tk[after.i + 1].lower_ == "in" else None
            obj = next((c for c in into.children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None) if into else None
            if obj is not None and obj.ent_type_ not in ("DATE", "GPE", "LOC"):
                return f"{after.lower_} in {with_modifiers(obj)}"
            return after.lower_
        if verb is not None and lemma(verb) in cues_["change_nouns"]:
            return cues_["change_nouns"][lemma(verb)]
    if f.currency:
        return None
    base, _, per = f.unit.partition(" per ")
    if per and base in cues_["rated_dimensions"]:
        return "capacity"  # "20,000 tonnes per year", "12,000 cubic metres per day"
    if not per and base in cues("area-measure", "units"):
        written = _area_measure(doc, f, verb)
        if written is not None:
            return written
    return cues_["dimensions"].get(base)


def _area_measure(doc: Doc, f: Figure, verb: Token | None) -> str | None:
    """An area with no measure beside it, as the sentence writes it (rule 'area-measure'):
    the space its verb says is used ('occupies 1 million square feet' -> 'space occupied')
    and where it lies ('... in the North and South Halls' -> 'space occupied in the North and
    South Halls'; 'covers 40,000 square metres at the Harbour Centre' -> 'area covered at the
    Harbour Centre'). A date after the area ('in 2025') is its period, not where it lies."""
    area = rule("area-measure")["cues"]
    head = area["verbs"].get(lemma(verb)) if verb is not None and verb.i < f.start else None
    where = None
    prep = doc[f.end] if f.end < len(doc) else None
    if prep is not None and prep.lower_ in area["places"]:
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is not None and obj.pos_ in ("NOUN", "PROPN") and obj.ent_type_ not in ("DATE", "TIME", "CARDINAL") \
                and not DATE_WORDS.fullmatch(obj.lower_) and not any(t.like_num for t in doc[prep.i:obj.i + 1]):
            where = f"{prep.lower_} {doc[obj.left_edge.i:obj.i + 1].text}"  # as written, without what follows the noun
    if where is None:
        return head
    return f"{head or area['dimension']} {where}"


#: subjects that say nothing about what is measured ('the figure', 'it', 'organisers')
_GENERIC_SUBJECTS = frozenset({"figure", "number", "total", "organiser", "organizer", "official", "spokesperson",
                               "report", "data", "survey", "study", "statement", "company", "event", "show", "fair"})


def _part_of_figure(tok: Token) -> bool:
    """A scale word, unit or currency the parse made a noun ('Rs 1,200 crore', '3.5 GW')."""
    return tok.lower_ in SCALES or tok.like_num or bool(currency_code(tok.text)) or bool(measurement_unit(tok.text)) \
        or any(c.like_num for c in tok.children if c.dep_ == "nummod")


def _lost_subject(verb: Token) -> list[Token]:
    """The subject a misparse hid: in 'According to figures presented at the fair,
    investment in water infrastructure reached ...' spaCy hangs 'investment' on 'at'. The
    words between the last comma and the verb are then one noun phrase without a head in
    the clause: that head is the subject."""
    doc = verb.doc
    if verb.dep_ == "ccomp" and verb.head.tag_ in ("VBD", "VBN") and verb.head.i < verb.i \
            and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children) \
            and not any(t.text in (",", ";", ":") for t in doc[verb.head.i:verb.i]):
        # "Investment commitments announced at the fair reached $9 billion": the participle
        # parsed as the verb, the verb as its complement without a subject
        subj = [c for c in verb.head.children if c.dep_ == "nsubj" and c.pos_ == "NOUN" and c.tag_ in ("NN", "NNS")]
        if subj:
            return subj
    start = sent_of(verb).start
    comma = max((t.i for t in doc[start:verb.i] if t.text == ","), default=None)
    if comma is None or verb.i - comma < 2:
        return []
    span = range(comma + 1, verb.i)
    heads = [doc[i] for i in span if doc[i].head.i not in span or doc[i].head.i == doc[i].i]
    if len(heads) == 1 and heads[0].pos_ == "NOUN" and heads[0].tag_ in ("NN", "NNS"):
        return [heads[0]]
    return []


def _subject_measures(subj: Token, respectively: bool = False) -> list[str]:
    """'the production and sales of new energy vehicles in China' ->
    ['production of new energy vehicles', 'sales of new energy vehicles']."""
    heads = [subj] + [c for c in subj.conjuncts if c.i > subj.i and c.pos_ == "NOUN"]
    of_pp = next((c for h in reversed(heads) for c in h.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    obj = next((c for c in of_pp.children if c.dep_ == "pobj"), None) if of_pp is not None else None
    if respectively and obj is not None and of_pp.head.i == subj.i:
        # "exports of NEVs and lithium batteries rose 48.6% and 27.3%, respectively": one
        # measure per object, sharing "exports of" (the parse may hang the second object
        # on "exports" or on the first object)
        objs = [obj] + [c for c in obj.conjuncts if c.i > obj.i and c.pos_ in ("NOUN", "PROPN")] \
            + [h for h in heads[1:] if h.i > obj.i]
        if len(objs) > 1:
            return [clean_name(f"{with_modifiers(subj)} of {with_modifiers(o)}") for o in objs]
    tail = ""
    if of_pp is not None:  # keep "of X", drop "in China" and other adjuncts inside it
        drop = {t.i for c in of_pp.subtree if c.dep_ == "prep" and c.lower_ != "of" for t in c.subtree}
        tail = " " + " ".join(t.text for t in of_pp.subtree if t.i not in drop and t.dep_ != "det" or t is of_pp)
    out = []
    for h in heads:
        kids = [c for c in h.children if c.dep_ in ("amod", "compound") and c.i < h.i
                and not any(t.text == "," for t in h.doc[c.i:h.i])]  # "the fair, investment": a misparse
        # "wind-power output": a modifier keeps the word a hyphen joins to it (once)
        joined = {c.i: hyphen_prefix(c) for c in kids if hyphen_prefix(c) is not None}
        inside = {p.i for p in joined.values()} | {p.i + 1 for p in joined.values()}
        mods = [f"{joined[c.i].text}-{c.text}" if c.i in joined else c.text for c in kids if c.i not in inside]
        out.append(clean_name(" ".join(mods + [h.text]) + tail))
    return out


_TRAILING_WORDS = patterns.compile(r"(?:\s+(?:of|in|and|or|for|to|by|with|the|a|an)|\s*[,;:(–—-])+$", re.I)


def _tidy_measure(text: str | None) -> str | None:
    """A measure as written, tidied: "India 's sales" -> "India's sales", no dangling
    "of" or comma at the end, and nothing that is only a number ("€ 1.2bn")."""
    if not text:
        return None
    text = re.sub(r"\s+(['’]s)\b", r"\1", text)
    text = re.sub(r"(?<=\w) ([-‑]) (?=\w)", r"\1", text)  # "non - oil trade" joined from tokens: "non-oil trade"
    text = re.sub(r"\s+([,.;:)])", r"\1", text)
    text = _TRAILING_WORDS.sub("", text.strip()).strip()
    if not re.search(r"[A-Za-z]{2,}", re.sub(r"\d[\d.,]*\s*(?:bn|mn|m|k)?\b", "", text)):
        return None
    return text or None


def figure_measure(doc: Doc, f: Figure, nth_in_clause: int = 0, figures: list[Figure] = ()) -> str | None:
    """What the figure measures, as written (:func:`_written_measure`), else what the words
    around it imply (:func:`_implied_measure`)."""
    dimension = _dimension_measure(doc, f)
    if dimension is not None:
        return dimension  # (a length counts no noun of its own: 'feet')
    found = _written_measure(doc, f, nth_in_clause) or _implied_measure(doc, f, figures)
    return _with_counted(f, found)


def _dimension_measure(doc: Doc, f: Figure) -> str | None:
    """'The yacht is 30 metres long' -> 'length of yacht', '10-metre tall stationary lanterns'
    -> 'height of stationary lanterns' (rule 'dimension-adjective')."""
    if f.unit not in cues("dimension-adjective", "units") or f.end >= len(doc):
        return None
    _tk = doc_tokens(doc)
    k = f.end + 1 if _tk[f.end].text in ("-", "–") and f.end + 1 < len(doc) else f.end
    adj = _tk[k]
    dimension = rule("dimension-adjective")["cues"]["adjectives"].get(adj.lower_)
    if dimension is None or adj.pos_ != "ADJ":
        return None
    skip = range(f.qual_start if f.qual_start is not None else f.start, k + 1)
    thing = None
    if adj.dep_ == "amod" and adj.head.pos_ in ("NOUN", "PROPN") and adj.head.i not in skip:
        thing = adj.head
    elif adj.dep_ == "acomp":
        thing = next((c for c in adj.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN")), None)
    if thing is None:
        sent = sent_of(adj)
        thing = next((t for t in reversed(doc[sent.start:skip.start]) if t.pos_ == "NOUN" and not t.like_num
                      and t.lower_ not in SCALES and measurement_unit(t.text) is None and currency_code(t.text) is None), None)
    if thing is None:
        return dimension
    mods = [c.text for c in thing.children if c.dep_ in ("amod", "compound") and c.i < thing.i and c.i not in skip
            and not any(ch.isdigit() for ch in c.text)]
    return f"{dimension} of {' '.join(mods + [thing.text])}"


def _with_counted(f: Figure, measure: str | None) -> str | None:
    """A count's measure names what it counts: 'participation of more than 1,800 publishers'
    measures the participation of publishers, not participation alone. The counted noun is
    added to a measure that has no word of it ('participation' -> 'participation of
    publishers'); sums, units of measure and shares keep their measure."""
    head = f.unit_head
    if measure is None or head is None or f.currency or f.unit in ("percent", "percentage point", "times") \
            or f.unit.split(" per ")[0] in UNITS_OF_MEASURE or f.measure_hint or f.unit in cues("container-measure"):
        return measure
    counted = with_modifiers(head)
    if word_stems(counted.split()) & word_stems(measure.split()) or not word_stems(counted.split()):
        return measure
    if lemma(head) in GENERIC_NOUNS or head.lower_ in DURATION_NOUNS \
            or singularize(head.lower_) in cues("counted-measure", "classifiers"):
        return measure  # "reached 3,150 units": 'units' only counts what the measure names
    k = f.qual_start if f.qual_start is not None else f.start
    if k > 0 and head.doc[k - 1].lower_ == "from":
        return f"{counted} of {measure}"  # "visitors came from 60 countries": the visitors' countries
    return f"{measure} of {counted}"


def _percent_that_are(doc: Doc, f: Figure) -> str | None:
    """'Around 40 percent were first-time visitors': a percent that is the subject of 'be'
    measures the share of what it is said to be."""
    if f.unit != "percent" or f.end - 1 >= len(doc):
        return None
    word = doc[f.end - 1]
    verb = word.head
    if word.dep_ != "nsubj" or lemma(verb) != "be":
        return None
    attr = next((c for c in verb.children if c.dep_ == "attr" and c.pos_ == "NOUN" and c.tag_ == "NNS"), None)
    return f"share of {with_modifiers(attr)}" if attr is not None else None


#: words between "worth" and its sum: "worth a combined 780 million euros"
_BETWEEN_WORTH_AND_SUM = frozenset({"a", "an", "combined", "estimated", "total", "of", "cumulative", "reported"})
#: "of which", "of these", "of them", "of those", "of whom": a part of what was counted before
_PART_OF_WORDS = frozenset({"which", "whom", "these", "them", "those"})


def counted_before_of_which(doc: Doc, k: int) -> Token | None:
    """The plural noun a figure at ``k`` is a part of when "of which" / "of these," comes just
    before it ('Some 900 firms took part, of which 40 percent ...'; 'The fair drew 75,000
    visitors. Of these, 20,000 ...'): the last one written before, in this sentence or the
    one before it in the same paragraph."""
    _tk = doc_tokens(doc)
    j = k - 1
    if j >= 0 and _tk[j].is_punct:
        j -= 1  # "Of these, 20,000"
    if j >= 2 and _tk[j].pos_ == "NOUN" and _tk[j].tag_ == "NNS" and _tk[j + 1].text == "," and _tk[k].text[:1].isdigit():
        d = j - 1  # "Of the (foreign) exhibitors, 300 were from Spain": the whole named before the comma (digits)
        while d > 0 and _tk[d].pos_ in ("ADJ", "NOUN") and j - d < 3:
            d -= 1
        if _tk[d].lower_ in ("the", "its", "their", "all") and d >= 1 and _tk[d - 1].lower_ == "of" \
                and (d - 1 == sent_of(_tk[k]).start or _tk[d - 2].text == ","):
            return _tk[j]
    if j < 1 or _tk[j].lower_ not in _PART_OF_WORDS or _tk[j - 1].lower_ not in ("of", "among", "amongst"):  # "Among them, 300 ..."
        return None
    sent = sent_of(_tk[k])
    start = paragraph_sentence_before(doc, sent)
    return next((t for t in reversed(doc[start:j - 1]) if t.pos_ == "NOUN" and t.tag_ == "NNS"), None)


def paragraph_sentence_before(doc: Doc, sent: Span) -> int:
    """Start of the sentence before ``sent`` when both are in one paragraph, else of ``sent``
    ('The fair drew 620 exhibitors. One third of them came from abroad.')."""
    if sent.start == 0:
        return sent.start
    prev = sent_of(doc[sent.start - 1])
    return prev.start if "\n" not in doc_text(doc)[prev.start_char:sent.start_char] else sent.start


def _names_a_period(noun: Token) -> bool:
    """'the January-September period', 'the same quarter', 'the 2023/24 season': a time,
    not what a sum is spent on."""
    return bool(DATE_WORDS.fullmatch(noun.lower_)) or noun.lower_ in cues("change-own-measure", "period_words") \
        or any(c.ent_type_ == "DATE" for c in noun.children)


def _noun_after_figure(doc: Doc, f: Figure) -> str | None:
    """What a sum or a percent written as a modifier measures: the noun right after it ('a
    $2 million purse', 'an €8bn investment', '85 percent occupancy', 'a 30% market share'),
    with the nouns and adjectives that modify it. Not a change noun ('a 12% increase in
    visitors' names what changed after it), a date, a duration or a unit."""
    _tk = doc_tokens(doc)  # the cached tokens: doc[i] builds a new Token on every call
    if not (f.currency or f.unit == "percent") or f.end >= len(doc):
        return None
    k = f.qual_start if f.qual_start is not None else f.start
    if f.currency and not (k > 0 and (_tk[k - 1].tag_ in ("DT", "PRP$", "POS") or _tk[k - 1].lower_ in ("its", "their"))):
        return None  # a sum modifies a noun after an article: "a $2 million purse", "its €8bn budget"
    noun = _tk[f.end]
    k = f.end
    while noun.pos_ in ("ADJ", "NOUN") and noun.tag_ not in ("NNS", "NN") and k + 1 < len(doc) and k - f.end < 2:
        k += 1
        noun = _tk[k]  # "a $2 million annual budget"
    while k + 1 < len(doc) and _tk[k + 1].pos_ == "NOUN" and _tk[k + 1].tag_ in ("NN", "NNS") and noun.head.i == k + 1:
        k += 1
        noun = _tk[k]  # "a 30% market share"
    if noun.pos_ != "NOUN" or noun.tag_ not in ("NN", "NNS") or noun.ent_type_ in ("DATE", "TIME", "CARDINAL", "MONEY") \
            or noun.lower_ in DURATION_NOUNS or noun.lower_ in SCALES or noun.lower_ in _UNIT_WORDS \
            or currency_code(noun.text) or measurement_unit(noun.text) or noun.lower_.rstrip(".") in COMPARISONS:
        return None  # ("grew 21 percent YoY": the comparison, not what is measured)
    nouns = rule("implied-measure")["cues"]["change_nouns"]
    if lemma(noun) in nouns or noun.lower_ in nouns.values() or lemma(noun) in GENERIC_NOUNS and k == f.end:
        return None
    if any(t.dep_ == "nsubj" or t.pos_ in ("VERB", "AUX", "ADP") for t in doc[f.end:k]):
        return None
    if _tk[f.end - 1].head.i not in range(f.end, k + 1) and noun.i not in [t.head.i for t in doc[f.start:f.end]]:
        return None  # the parse must make the figure a modifier of the noun
    return clean_name(doc[f.end:k + 1].text)


_UNIT_WORDS = frozenset({"percent", "per", "cent", "dollars", "euros", "yuan", "units"})


def line_label(doc: Doc, sep: int) -> list[Token]:
    """'Exhibition area: 36,000 m2', '- Countries represented: 31': the words of a label that
    opens its line (after a bullet of rule 'labelled-count') and ends at the separator token
    ``sep`` before a key figure; none when the words before ``sep`` are no such label (one to
    six words, no number, no separator among them)."""
    _tk = doc_tokens(doc)
    if sep < 1 or _tk[sep].text not in cues("labelled-count", "separators"):
        return []
    line_start = doc_text(doc).rfind("\n", 0, _tk[sep].idx) + 1
    if sep - 8 >= 0 and _tk[sep - 8].idx >= line_start:
        return []  # more than seven tokens on the line before it: a sentence, no label
    words = [t for t in doc[max(0, sep - 8):sep] if t.idx >= line_start and not t.is_space]
    while words and words[0].text in cues("labelled-count", "bullets"):
        words.pop(0)
    if not 1 <= len(words) <= 6 or any(t.like_num or t.text in cues("labelled-count", "separators") for t in words) \
            or not any(t.pos_ in ("NOUN", "PROPN") for t in words):
        return []
    return words


def _labelled_measure(doc: Doc, f: Figure) -> str | None:
    """'Exhibition area: 36,000 m2', 'Sales – EUR 4 million': a sum or a quantity of a unit of
    measure after a label that opens its line is the measure the label names."""
    if not (f.currency or f.unit.split(" per ")[0] in UNITS_OF_MEASURE):
        return None
    k = f.qual_start if f.qual_start is not None else f.start
    while k > 0 and (currency_code(doc[k - 1].text) or doc[k - 1].text in ("$", "€", "£", "¥")) and k > f.start - 3:
        k -= 1  # "Sales: EUR 4 million": the currency before the number
    words = line_label(doc, k - 1)
    return clean_name(doc[words[0].i:words[-1].i + 1].text) if words else None


def _bracketed_measure(doc: Doc, f: Figure) -> str | None:
    """'The exhibition space (180,000 square metres) was fully booked', 'the budget (EUR 3
    million)': a sum or a quantity of a unit of measure in brackets right after a common noun
    gives that noun's measure."""
    if not (f.currency or f.unit.split(" per ")[0] in UNITS_OF_MEASURE):
        return None
    _tk = doc_tokens(doc)
    k = f.qual_start if f.qual_start is not None else f.start
    if k < 2 or _tk[k - 1].text != "(" or f.end >= len(doc) or _tk[f.end].text != ")":
        return None
    noun = _tk[k - 2]
    if noun.pos_ != "NOUN" or noun.like_num or measurement_unit(noun.text) or currency_code(noun.text):
        return None
    return with_modifiers(noun)


def _in_an_amount(prep: Token) -> bool:
    """'generated NZ$14 million in visitor spending': 'in' on the verb with a noun of money
    after it (rule 'implied-measure', cue 'in_amounts'), not a place the sum went to ('invested
    20 million euros in the venue')."""
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return obj is not None and obj.pos_ == "NOUN" and obj.lower_ in cues("implied-measure", "in_amounts")


def _sum_at_a_noun(doc: Doc, f: Figure) -> str | None:
    """'... and the city estimated visitor spending at 5.7 billion reais': a sum after 'at'
    that the parse hangs on a common noun (the object of an 'estimate ... at' the parse lost)
    measures that noun."""
    if not f.currency:
        return None
    _tk = doc_tokens(doc)
    k = f.qual_start if f.qual_start is not None else f.start
    if k < 2 or _tk[k - 1].lower_ != "at" or _tk[k - 1].dep_ != "prep":
        return None
    noun = _tk[k - 1].head
    if noun.pos_ != "NOUN" or noun.i != k - 2 or noun.ent_type_ in ("DATE", "TIME") or noun.lower_ in EVENT_ANAPHORS \
            or lemma(noun) in _AMOUNT_NOUNS or measurement_unit(noun.text) or currency_code(noun.text):
        return None
    return with_modifiers(noun)


def _written_measure(doc: Doc, f: Figure, nth_in_clause: int = 0) -> str | None:
    """What the figure measures, as written: '<measure> of <figure>', the subject of the
    reporting verb ('sales of X reached ...'), or the counted noun with its modifiers."""
    _tk = doc_tokens(doc)  # the cached tokens: doc[i] builds a new Token on every call
    first = _tk[f.start]
    labelled = _labelled_measure(doc, f) or _bracketed_measure(doc, f) or _sum_at_a_noun(doc, f)
    if labelled is not None:
        return labelled
    # "deals worth US$2.5 billion", "contracts valued at ...": the thing that is worth it
    k = f.qual_start if f.qual_start is not None else f.start
    valued_at = k >= 2 and doc[k - 2:k].text.lower() == "valued at"
    keyword = k - 2 if valued_at else k - 1  # "worth", "totaling", "valued at"
    skipped = keyword
    while not valued_at and skipped >= 1 and _tk[skipped].lower_ in _BETWEEN_WORTH_AND_SUM:
        skipped -= 1  # "worth a combined 780 million euros", "worth an estimated $2 million"
    if skipped != keyword and _tk[skipped].lower_ in ("worth", "totaling", "totalling"):
        keyword = skipped
    if keyword >= 1 and (valued_at or _tk[keyword].lower_ in ("worth", "totaling", "totalling")):
        noun = _tk[keyword - 1]
        if noun.text == "," and _tk[keyword].head.pos_ == "VERB":
            # "312 deals were concluded, worth a combined 780 million euros": what the clause is about
            subj = next((c for c in _tk[keyword].head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            of = next((c for c in subj.children if c.lower_ == "of"), None) if subj is not None else None
            if of is not None and subj.lower_ in ("total", "number", "batch", "series"):
                subj = next((c for c in of.children if c.dep_ == "pobj"), subj)  # "A total of 312 deals"
            if subj is not None and subj.pos_ == "NOUN":
                return with_modifiers(subj)
        # "Business deals worth over $2 billion": a plural the tagger took for a verb
        mistagged = noun.tag_ == "VBZ" and noun.pos_ != "AUX" and _tk[keyword].lower_ == "worth" and noun.lower_.endswith("s") \
            and (noun.i == sent_of(noun).start or _tk[noun.i - 1].pos_ in ("NOUN", "ADJ", "DET", "NUM", "PROPN")
                 or _tk[noun.i - 1].text in (",", ";", ":") and noun.dep_ in ("nsubj", "nsubjpass"))  # "In total, deals worth ..."
        if mistagged:
            return noun.text
        # "20 agreements signed worth $1 billion": the participle the parse made the verb
        if noun.pos_ == "VERB" and noun.tag_ in ("VBD", "VBN") and keyword >= 2 and _tk[keyword - 2].tag_ == "NNS" \
                and _tk[keyword - 2].pos_ == "NOUN" and _tk[keyword - 2].head.i == noun.i:
            return with_modifiers(_tk[keyword - 2])
        if noun.pos_ in ("NOUN", "PROPN") or noun.tag_ == "VBG" and noun.head.lower_ == "of":
            head = noun  # (a gerund after "of" is a noun here: "memorandums of understanding")
            while head.dep_ in ("pobj", "pcomp") and head.head.lower_ == "of" and head.head.head.pos_ in ("NOUN", "PROPN") \
                    and lemma(head.head.head) not in _AMOUNT_NOUNS and not head.head.head.lower_.endswith("ing"):
                head = head.head.head  # "memorandums of understanding worth ...", not "the signing of"
            if head.i == noun.i:
                return with_modifiers(noun)
            left = min([head.i] + [c.i for c in head.children if c.dep_ in ("amod", "compound") and c.i < head.i])
            return clean_name(doc[left:noun.i + 1].text)
    # "Portugal's exports of cork, at EUR 1.1 billion in 2025, ...": an aside on the noun before it
    if k >= 2 and _tk[k - 1].lower_ == "at" and _tk[k - 2].text == "," and _tk[k - 1].head.pos_ == "NOUN" \
            and _tk[k - 1].head.i < k - 2:
        head = _tk[k - 1].head
        left = min([head.i] + [c.i for c in head.children if c.dep_ in ("amod", "compound") and c.i < head.i])
        return clean_name(doc[left:k - 2].text) if k - 2 - left <= 5 else with_modifiers(head)
    # "USD 1.5 million worth of deals": what the sum is worth of
    if f.currency and f.end + 1 < len(doc) and _tk[f.end].lower_ == "worth" and _tk[f.end + 1].lower_ == "of":
        obj = next((c for c in _tk[f.end + 1].children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None)
        if obj is not None:
            return with_modifiers(obj)
    named = _noun_after_figure(doc, f) or _percent_that_are(doc, f)  # "a $2 million purse", "85 percent occupancy"
    if named is not None:
        return named
    # "46 percent of show attendees", "one in two visitors", "a third of the exhibitors": a share of them
    # ("equivalent to 54 percent of world output": a share all the same, rule 'equivalent-share')
    if f.unit == "percent" and not (k > 0 and _tk[k - 1].lower_ in ("to", "by", "from", "at")
                                    and not (_tk[k - 1].lower_ == "to" and k > 1 and _tk[k - 2].lower_ in cues("equivalent-share"))):
        of = _tk[f.end] if f.end < len(doc) and _tk[f.end].lower_ == "of" else None
        obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if obj is not None and obj.lower_ in cues("implied-measure", "whole_nouns"):
            whole = _subject_of_a_share(doc, f)
            if whole is not None:  # "International visitors made up 35 percent of the total"
                return "share of " + whole
        if obj is not None and obj.pos_ == "NOUN" and obj.ent_type_ not in ("DATE", "GPE", "LOC"):
            return "share of " + with_modifiers(obj)  # "42 per cent of the country's drinking water"
        if obj is not None and obj.lower_ in ("them", "those", "these", "which", "whom"):
            counted = next((t for t in reversed(doc[paragraph_sentence_before(doc, sent_of(first)):f.start])
                            if t.pos_ == "NOUN" and t.tag_ == "NNS"), None)
            if counted is not None:  # "1,500 exhibitors, 40% of them foreign"
                return "share of " + with_modifiers(counted)
        if f.unit_head is not None:
            return "share of " + with_modifiers(f.unit_head)
        counted = counted_before_of_which(doc, k)
        if counted is not None:  # "900 exhibitors, of which 40 percent came from overseas"
            return "share of " + with_modifiers(counted)
    # "55,000 square meters of exhibition space", "US$1.9 billion in venture funding": the
    # measured thing follows a unit of measure or a sum of money (not where the verb puts the
    # sum: "invested 20 million euros in the venue")
    if f.end < len(doc) and (_tk[f.end].lower_ == "of" and (f.unit.split(" per ")[0] in UNITS_OF_MEASURE
                                                             or f.unit in cues("container-measure"))
                             or _tk[f.end].lower_ == "in" and f.currency and (_tk[f.end].head.pos_ not in ("VERB", "AUX")
                                                                               or _in_an_amount(_tk[f.end]))):
        obj = next((c for c in _tk[f.end].children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None)
        if obj is not None and obj.ent_type_ not in ("DATE", "GPE", "LOC") and not _names_a_period(obj):
            # "new wind and solar capacity": through the conjuncts, without what follows them
            right = max([obj.i] + [c.i for c in obj.conjuncts if c.i > obj.i and not _part_of_figure(c)])
            left = obj.left_edge.i
            while left < obj.i and _tk[left].dep_ in ("det", "poss", "punct"):
                left += 1
            return clean_name(doc[left:right + 1].text)
    # "<measure> of <figure>": "output value of 54.494 billion yuan"
    anchor = f.unit_head or _tk[f.end - 1] if f.end - 1 < len(doc) else first
    # (a currency before the number may be what the parse hangs on "of": "bookings of EUR 2.1 billion")
    for t in (anchor, first, _tk[min(f.end, len(doc)) - 1]) + ((_tk[k],) if f.currency and k < f.start else ()):
        if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.pos_ == "NOUN":
            head = t.head.head
            if lemma(head) in ("increase", "growth", "rise", "decrease", "decline", "drop") or lemma(head) in _AMOUNT_NOUNS \
                    or head.lower_ in FRACTION_WORDS or head.lower_ in PERCENT_WORDS or head.lower_ == "cent":
                break  # "a total of 36 projects", "a quarter of the 620 exhibitors": what is counted comes after "of"
            if head.lower_ == "tune" and head.head.lower_ == "to" and head.head.head.pos_ == "NOUN":
                return with_modifiers(head.head.head)  # "transactions to the tune of $40 million"
            start = misparsed_clause_start(head)  # not "The pavilion secured" of "deals of SAR 450 million"
            later = [c for c in head.conjuncts if head.i < c.i < t.head.i]
            if later and any(c.dep_ == "nummod" for c in head.children):
                # "210 exhibitors and business deals of US$ 28 million": the conjunct before "of" (a
                # head with a number of its own; "imports and exports of $5 billion" share the sum)
                start = max(start, later[-1].left_edge.i)
            return " ".join(w.text for w in head.subtree if start <= w.i < t.head.i and w.dep_ not in ("det", "poss")
                            and not w.like_num) or None
    subject = _subject_of_a_misparsed_verb(doc, f)
    if subject is not None:  # "Sales at the fair totalled €3.2 million": 'totalled' parsed as a modifier
        return subject
    verb = governing_verb(first)
    if verb is not None and lemma(verb) == "account":
        of = _tk[f.end] if f.end < len(doc) and _tk[f.end].lower_ == "of" else None
        if of is not None:
            return "share of " + " ".join(t.text for t in of.subtree if t is not of)
    if verb is not None and (lemma(verb) in REPORTING_VERBS or _reports_a_change(doc, f, verb)
                             or lemma(verb) in ("estimate", "value") and any(c.dep_ == "auxpass" for c in verb.children)):
        subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")] or _lost_subject(verb) \
            or [c for c in clause_head(verb).children if c.dep_ in ("nsubj", "nsubjpass")]  # "demand is forecast to grow by 75%"
        if subj and (subj[0].pos_ == "NOUN" and subj[0].ent_type_ not in ("GPE", "ORG", "PERSON") or _common_noun(subj[0])) \
                and subj[0].lower_ not in EVENT_ANAPHORS \
                and not ((lemma(subj[0]) in _AMOUNT_NOUNS or subj[0].lower_ in FRACTION_WORDS) and any(  # "a total of 786 enterprises registered"
                    c.lower_ == "of" and c.left_edge.i <= f.start <= c.right_edge.i for c in subj[0].children)) \
                and (f.unit_head is None or subj[0].i != f.unit_head.i) \
                and not _counted_object(f, verb):
            measures = _subject_measures(subj[0], "respectively" in span_text(sent_of(first)).lower())
            return measures[min(nth_in_clause, len(measures) - 1)]
    owner = _noun_of_a_participle(f, verb)
    if owner is not None:  # "sales exceeding SAR 1.2 billion", "with exports accounting for 19 percent"
        return owner
    if f.unit_head is not None and not f.currency:
        if f.unit_head.i >= f.end and f.end - 1 > f.start and _tk[f.end - 1].i in [c.i for c in f.unit_head.conjuncts]:
            kind = _tk[f.end - 1]  # "230 feature and 170 short films": feature films
            return f"{hyphen_prefix(kind).text}-{kind.text} {f.unit_head.text}" if hyphen_prefix(kind) is not None \
                else f"{kind.text} {f.unit_head.text}"
        return _counted_measure(f.unit_head)
    if verb is not None:
        obj = [c for c in verb.children if c.dep_ == "dobj" and c.i < f.start
               and not (c.lower_ in SCALES or c.like_num or currency_code(c.text))]  # "Rs 1,200 crore"
        if obj:
            return _noun_phrase(obj[0])
    return None


def _noun_of_a_participle(f: Figure, verb: Token | None) -> str | None:
    """'The festival ended with sales exceeding SAR 1.2 billion', '..., with exports accounting
    for about 19 percent': a sum or a share reported by a participle of a verb of level that
    hangs on a common noun (no subject of its own) measures that noun."""
    if verb is None or verb.dep_ != "acl" or verb.tag_ not in ("VBG", "VBN") or verb.head.pos_ != "NOUN" \
            or not (lemma(verb) in REPORTING_VERBS or lemma(verb) in ("account", "estimate", "value")) \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    noun = verb.head
    # "85,000 visitors and sales estimated at ...": the conjunct right before the participle
    noun = max([noun] + [c for c in noun.conjuncts if noun.i < c.i < verb.i and c.pos_ == "NOUN"], key=lambda t: t.i)
    if f.unit_head is not None and not f.currency or noun.lower_ in EVENT_ANAPHORS or noun.ent_type_ in ("GPE", "ORG", "PERSON") \
            or noun.i >= f.start or lemma(noun) in _AMOUNT_NOUNS or noun.lower_ in SCALES:
        return None
    return with_modifiers(noun)


def _listed_kinds(noun: Token) -> bool:
    """Is the noun modified by a list of kind words ('public, private and academic
    institutions', 'private sector institutions' after 'government, semi-government and'),
    with no number among them?"""
    doc = noun.doc
    mods = [c for c in noun.children if c.dep_ in ("amod", "compound") and c.i < noun.i and not c.like_num]
    if not mods:
        return False
    start = min(c.left_edge.i for c in mods)
    listed = any(t.text == "," or t.pos_ == "CCONJ" for t in doc[start:noun.i]) \
        or any(c.dep_ == "conj" for m in mods for c in m.children)
    return listed and not any(t.like_num for t in doc[start:noun.i])


def _counted_measure(noun: Token) -> str:
    """What a count measures when it is the counted noun: the noun with its modifiers
    ('lithium batteries'), but the head nouns alone when a list of kind words modifies them
    ('40 public, private and academic institutions' -> 'institutions'; '30 government,
    semi-government and private sector institutions and organisations' -> 'sector
    institutions and organisations'): corpus convention 14, short, the head phrase as written (rule
    'coordinated-kinds')."""
    doc = noun.doc
    if not _listed_kinds(noun):
        return with_modifiers(noun)
    heads = [noun] + [c for c in noun.conjuncts if c.i > noun.i and c.pos_ == "NOUN" and c.tag_ == noun.tag_
                      and not any(t.like_num for t in doc[noun.i + 1:c.i])][:2]
    first = noun.i  # a noun written into the head stays ('sodium battery makers' -> 'battery makers')
    while first > 0 and doc[first - 1].dep_ == "compound" and doc[first - 1].head.i == noun.i \
            and doc[first - 1].pos_ == "NOUN" and not doc[first - 1].like_num:
        first -= 1
    return " and ".join([doc[first:noun.i + 1].text] + [h.text for h in heads[1:]])


def _subject_of_a_misparsed_verb(doc: Doc, f: Figure) -> str | None:
    """'Sales at the fair totalled €3.2 million', 'Turnover at the show reached $5 million':
    a reporting verb the parse hung on the figure as a modifier ('amod') right before it; what
    it reports is the common noun that heads the words before it (the sentence's root or a
    subject), not in a phrase of a preposition."""
    tok = doc_tokens(doc)[f.end - 1]
    k = f.qual_start if f.qual_start is not None else f.start
    verb = next((c for c in tok.children if c.dep_ == "amod" and c.pos_ == "VERB" and c.i == k - 1
                 and lemma(c) in REPORTING_VERBS), None)
    if verb is None:
        return None
    sent = sent_of(verb)
    noun = next((t for t in doc[sent.start:verb.i] if t.pos_ == "NOUN" and t.dep_ in ("ROOT", "nsubj", "nsubjpass")
                 and t.lower_ not in EVENT_ANAPHORS), None)
    return with_modifiers(noun) if noun is not None else None


def _counted_object(f: Figure, verb: Token) -> bool:
    """'The organisers registered 1,450 exhibitors', 'Buyers recorded 300 deals': a count of
    things the verb's subject did not measure but counted, the object of a verb of counting
    (rule counted-measure 'counting_verbs'), measures what it counts (not 'organisers'); a verb
    of level keeps its subject ('the production of new energy vehicles reached 9.5 million
    vehicles'), and so do a classifier ('90,000 units'), a unit of measure or a sum."""
    head = f.unit_head
    # ("recorded 2 million overnight stays": the parse may make the number the object)
    return head is not None and not f.currency and (head.dep_ == "dobj" and head.head.i == verb.i or any(
        t.dep_ == "dobj" and t.head.i == verb.i for t in head.doc[f.start:head.i])) \
        and lemma(verb) in cues("counted-measure", "counting_verbs") \
        and head.tag_ == "NNS" and head.i >= f.start and f.unit.split(" per ")[0] not in UNITS_OF_MEASURE \
        and f.unit not in ("percent", "percentage point", "times") and lemma(head) not in GENERIC_NOUNS \
        and singularize(head.lower_) not in cues("counted-measure", "classifiers")


def _common_noun(tok: Token) -> bool:
    """'Attendance was up 4 percent': a common noun the recognizer took for a person's name
    (tagged a singular or plural noun, with no name beside it), or an attendance word that
    opens the sentence, whatever the tagger made of it."""
    if tok.lower_ in cues("attendance", "nouns") and tok.ent_type_ in ("", "PERSON", "ORG"):
        return not any(t.pos_ == "PROPN" for t in tok.doc[tok.i + 1:tok.i + 2])
    if tok.i == sent_of(tok).start and tok.lower_ in cues("sentence-initial-measure") and not tok.ent_type_ \
            and not any(t.pos_ == "PROPN" for t in tok.doc[tok.i + 1:tok.i + 2]):
        return True  # "Trade between India and Vietnam stood at ...": the capital of the sentence's start
    if tok.tag_ == "VBG" and tok.dep_ in ("nsubj", "nsubjpass") and not tok.ent_type_ \
            and not any(c.dep_ in ("dobj", "aux", "nsubj") for c in tok.children):
        return True  # "funding for preparedness has risen to $11 billion": a gerund the tagger took for a verb
    return tok.ent_type_ == "PERSON" and tok.tag_ in ("NN", "NNS") and tok.pos_ == "NOUN" and not any(
        t.pos_ == "PROPN" for t in tok.doc[max(sent_of(tok).start, tok.i - 1):tok.i + 2] if t.i != tok.i)


def _reports_a_change(doc: Doc, f: Figure, verb: Token) -> bool:
    """'Exports posted a 12-percent rise (to 3.2 million tonnes)': the verb's object is a
    change noun the figure modifies, or the new level after 'to' hangs on it; the sentence
    reads as 'exports rose 12 percent (to ...)', and the subject is what is measured."""
    _tk = doc_tokens(doc)  # the cached tokens: doc[i] builds a new Token on every call
    nouns = cues("adjectival-change", "nouns")
    noun = _tk[f.tail - 1] if f.tail is not None else None
    if noun is None:
        t = _tk[f.end - 1] if f.unit_head is None else f.unit_head
        to = t.head if t.dep_ == "pobj" else None  # "a rise to 3.2 million", "an increase of 12 percent"
        if to is None or to.lower_ not in ("to", "of") or to.head.pos_ != "NOUN" or lemma(to.head) not in nouns:
            return False
        noun = to.head
    return noun.head.i == verb.i and noun.dep_ in ("dobj", "attr")
