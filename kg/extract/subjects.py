"""What a figure is about (``schema:observationAbout``): a place, an organization, a
facility or project, or an event, read from the parse around the figure.

In order: a facility whose noun phrase holds the figure ("a blade plant with an annual
capacity of 1,200 sets"); the country of counted nationals ("a delegation of 25 Omani
companies"); "the city's ..." / "the country ..." as the release's own place; a named
area as subject ("The Mallee region produced ..."); "The company ..." as the
organization named before it; the event, when the reporting clause names it; a place or
organization in the clause's subject; the latest one named before the figure; else the
event, or ``DEFAULT_EVENT`` for the caller to resolve from the paragraph.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Protocol

from spacy.tokens import Doc, Span, Token

from kg.extract.common import (
    sent_of,
    acronym_expansion,
    clean_name,
    doc_ents,
    doc_text,
    doc_tokens,
    entity_at,
    ents_in,
    governing_verb,
    lemma,
)
from kg.extract.context import Context
from kg.extract.figures import cues, rule
from kg.extract.lexicon import EVENT_ANAPHORS, EVENT_UNITS, PERCENT_WORDS
from kg.normalize.places import canonical_place_name, country, country_of_demonym, lookup_place
from kg.pipeline import patterns

__all__ = ["DEFAULT_EVENT", "Figure", "clause_head", "event_unit", "figure_subject"]


class Figure(Protocol):
    """Where a figure sits in the Doc (``kg.extract.statistics`` makes them)."""

    start: int  # first token of the number run
    end: int  # token after the run and its unit
    unit: str
    currency: bool
    unit_head: Token | None  # the counted noun
    qual_start: int | None  # first token of a qualifier before the number ("more than")


def _in_dateline(ctx: Context, tok: Token) -> bool:
    """'ELDORET, Kenya – The show ...': where the release was filed, never a figure's subject."""
    dateline = ctx.result.source.dateline_span
    return dateline is not None and dateline.start <= tok.idx < dateline.end


def _usable_entity(ctx: Context, ent: Span) -> bool:
    """Places and organizations that can be a figure's subject: not an event mention, not a
    short acronym the release never spells out, not a one-word ORG guess ('Council')."""
    text = clean_name(ent.text)
    if not text or ctx.is_mention_token(ctx.doc[ent.start]):
        return False
    if _in_dateline(ctx, ctx.doc[ent.start]) or _source_of_figures(ctx.doc, ent):
        return False
    if ent.end < len(ctx.doc) and ctx.doc[ent.end].lower_ in _TITLE_WORDS:
        return False  # "National Economy and Finance Minister Kostis Hatzidakis": part of a person's title
    if ent.label_ in ("GPE", "LOC"):
        # no place name has a digit: "in FY2024/25", "in Q3" the recognizer took for a place
        return not (len(text) <= 2 and text.isupper()) and not any(ch.isdigit() for ch in text)
    if ent.label_ == "FAC":
        return lookup_place(text) is not None
    if ent.label_ == "ORG" and _named_after_a_place_noun(ctx.doc, ent):
        return True  # "the city of Durban" the recognizer took for an organization
    if ent.label_ == "ORG":
        if text.isupper():
            return acronym_expansion(ctx.doc, text) is not None or _country_code_name(text)
        return len(text.split()) >= 2 and not any(ch in text for ch in "()-–—")
    return False


#: a person's title after the name of what they head ("Finance Minister X", "Acme CEO Y")
_TITLE_WORDS = frozenset({"minister", "secretary", "president", "director", "chairman", "chairwoman", "chair",
                          "ceo", "governor", "mayor", "ambassador", "commissioner", "spokesperson", "spokesman",
                          "spokeswoman", "chief", "head", "founder", "deputy"})


def _source_of_figures(doc: Doc, ent: Span) -> bool:
    """'According to the World Bank, the economy will grow 4 percent', 'data from the
    National Statistics Office show ...': who gives the figures, not what they describe."""
    toks = doc_tokens(doc)
    if ent.end < len(doc) and toks[ent.end].lower_ in ("'s", "’s"):
        return False  # "According to China's customs, trade reached ...": China's figures
    k = ent.start
    while k > 0 and toks[k - 1].lower_ in ("the", "a", "an", "its", "their"):
        k -= 1
    if k >= 2 and toks[k - 2].lower_ == "according" and toks[k - 1].lower_ == "to":
        return True
    return k >= 2 and toks[k - 1].lower_ in ("from", "by") \
        and toks[k - 2].lower_ in ("data", "figures", "statistics", "estimates", "report", "survey", "study")


#: head nouns of a facility or an investment project a figure can describe ("a wind farm
#: with a capacity of 500 MW", "the logistics park, which has an investment of ...")
_FACILITY_HEADS = frozenset({"project", "plant", "park", "base", "facility", "factory", "complex", "mine",
                             "farm", "refinery", "station", "line", "terminal", "mill", "smelter", "port",
                             "airport"})
_FACILITY_MODIFIERS = frozenset({"compound", "amod", "nmod", "npadvmod"})


def is_facility(tok: Token, figure: range = range(0)) -> bool:
    """One named or described facility: 'the green hydrogen project', not 'five projects'
    (a number before it other than the ``figure`` itself counts the facilities)."""
    return (tok.pos_ in ("NOUN", "PROPN") and lemma(tok) in _FACILITY_HEADS and tok.tag_ not in ("NNS", "NNPS")
            and not any(c.dep_ == "nummod" and c.i not in figure for c in tok.children)
            and any(c.dep_ in _FACILITY_MODIFIERS and c.i < tok.i and c.i not in figure for c in tok.children))


def facility_name(doc: Doc, head: Token, skip: range) -> str:
    """The facility's name as written: its modifiers before it and the head noun, without
    the article, the figure ('a 1,000 MW wind-solar power base') or what follows it."""
    toks = doc_tokens(doc)
    left = head.i
    for c in head.children:
        if c.dep_ in _FACILITY_MODIFIERS and c.i < head.i and c.i not in skip:
            left = min(left, min(t.i for t in c.subtree if t.i not in skip))
    while left < head.i and (left in skip or toks[left].dep_ in ("det", "punct")):
        left += 1
    return clean_name(doc[left:head.i + 1].text)


def _figure_tokens(f: Figure) -> range:
    """The figure's tokens, its qualifier ("more than") included."""
    return range(f.qual_start if f.qual_start is not None else f.start, f.end)


def _clause_subject(clause: Token) -> Token | None:
    return next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _facility(doc: Doc, f: Figure, figure: range) -> Token | None:
    """The facility a figure describes, when the figure sits inside its noun phrase: as a
    modifier ('a 1,000 MW power base'), after 'with'/'of' ('a blade plant with an annual
    capacity of 1,200 sets') or in a relative clause ('the park, which has an investment of
    ...'; also on a place inside its name: 'the project in X county, which has ...').
    A figure of a main clause is left to its subject."""
    toks = doc_tokens(doc)
    t = toks[f.start]
    for _ in range(12):
        head = t.head
        if head.i == t.i:
            return None
        if t.dep_ in ("relcl", "acl"):
            if is_facility(head):
                return head
            # 'the tourism project in Y district, which ...': the clause hangs on the place
            if head.dep_ == "pobj" and head.head.lower_ in ("in", "at") and is_facility(head.head.head):
                return head.head.head
            return None
        if head.pos_ in ("VERB", "AUX"):
            if head.dep_ not in ("relcl", "acl", "conj", "xcomp"):
                return None
        elif head.pos_ in ("NOUN", "PROPN"):
            if t.dep_ == "prep" and t.lower_ not in ("with", "of"):
                return None
            if is_facility(head, figure) and t.dep_ in ("nummod", "amod", "compound", "nmod", "quantmod", "prep"):
                return head
        elif head.pos_ != "ADP" and head.pos_ != "NUM":
            return None
        t = head
    return None


def _whole_of_a_share(doc: Doc, f: Figure) -> Token | None:
    """'12 percent of the country's GDP': the noun after 'of' that a percent is a share of."""
    toks = doc_tokens(doc)
    if f.unit != "percent" or f.end + 1 >= len(doc) or toks[f.end].lower_ != "of":
        return None
    return next((c for c in toks[f.end].children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")), None)


@lru_cache(maxsize=1)
def _place_anaphors() -> dict[str, str]:
    """'the city', 'the country's', 'the kingdom's': noun -> the kind of the release's place it
    stands for (rule 'place-anaphor', cue 'anaphors')."""
    return dict(rule("place-anaphor")["cues"]["anaphors"])


@lru_cache(maxsize=1)
def _place_anaphor_re() -> re.Pattern:
    return patterns.compile(r"\b(?:" + "|".join(_place_anaphors()) + r")\b", re.I)


def clause_head(verb: Token) -> Token:
    """The verb whose subject a figure's clause shares: 'the city aims to raise X to 50
    percent' (xcomp), '..., accounting for 71.5 percent' (a participle without a subject),
    'Kenya has been named partner country and will lead a delegation of 30 companies' (a
    coordinated verb without its own subject)."""
    for _ in range(4):
        if verb.dep_ in ("xcomp", "advcl", "conj") and verb.head.pos_ in ("VERB", "AUX") \
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            verb = verb.head
        else:
            break
    return verb


def _place_anaphor(ctx: Context, clause: Token | None, whole: Token | None = None) -> str | None:
    """'the city's NEV output reached ...', 'the installed capacity in the city reached ...':
    the release's own city (or country, region) when the clause's subject refers to it so, or
    the whole a share is of (``whole``: '12 percent of the country's GDP')."""
    ev = ctx.result.main_event
    if clause is None or ev is None or not ev.places:
        return None
    sent = sent_of(clause)
    if not _place_anaphor_re().search(doc_text(ctx.doc), sent.start_char, sent.end_char):
        return None  # most sentences: no such word, no walk over the parse
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")] + ([whole] if whole is not None else [])
    if subjects and subjects[0].pos_ == "NOUN" and not ctx.is_mention_token(subjects[0]) \
            and subjects[0].lower_ not in EVENT_ANAPHORS:
        # "In the kingdom, tourism receipts reached ...": a place word fronted before a subject that is no event
        subjects += [o for p in clause.children if p.dep_ == "prep" and p.lower_ in ("in", "across") and p.i < subjects[0].i
                     for o in p.children if o.dep_ == "pobj"]
    for subj in subjects:
        for t in subj.subtree:
            kind = _place_anaphors().get(t.lower_)
            if kind is None or t.pos_ != "NOUN" or t.tag_ != "NN":
                continue
            if (ctx.is_mention_token(subj) or subj.lower_ in EVENT_ANAPHORS) and _in_a_clause_of(t, subj):
                continue  # "The forum, which opened at the city's convention centre, has drawn 7,500 delegates"
                # (not "Smart meters installed in the region rose to ...": the region's)
            if any(c.dep_ in ("compound", "amod") and c.pos_ == "PROPN" and c.lower_ not in cues("place-anaphor", "descriptors")
                   for c in t.children):
                continue  # 'the Mallee region' names a region (see _named_area); not 'the Gulf kingdom'
            # 'the city', or the noun it modifies has the article: 'the state government'
            owner = t.head if t.dep_ == "compound" else t
            if not any(c.dep_ == "det" and c.lower_ == "the" for c in owner.children):
                continue
            if any(c.dep_ == "prep" and c.lower_ == "of" for c in t.children):
                continue  # 'the city of X' names it
            if owner.dep_ == "appos" and owner.head.ent_type_ in ("GPE", "LOC", "NORP", "ORG"):
                continue  # 'Germany, the partner country, brings ...': the name it stands beside
            named = next((c for c in owner.children if c.dep_ == "appos" and c.ent_type_ in ("GPE", "LOC")), None)
            if named is not None and entity_at(named) is not None:  # 'The partner country, Albania, welcomed ...'
                return canonical_place_name(clean_name(entity_at(named).text))
            near = _places_just_named(ctx, t, kind)
            if len(near) == 1:  # 'The Georgian "characters", ... of the country's alphabet'
                return near[0]
            place = next((p for p in ev.places if p.kind == kind), None)
            if place is None and kind == "city":  # a city the gazetteer files as a district or region
                place = next((p for p in ev.places if p.kind not in ("venue", "country")), None)
            if place is not None:
                return place.name
    return None


def _past_the_dateline(ctx: Context, clause: Token):
    """The dependents of a clause, a subject in the dateline replaced by the name in apposition
    to it that the parse hangs on it ('HAMBURG -- Nordmesse GmbH, which ..., reported ...':
    the dateline city the subject, the company its apposition)."""
    for c in clause.children:
        if not _in_dateline(ctx, c):
            yield c
        elif c.dep_ in ("nsubj", "nsubjpass"):
            named = next((a for a in c.children if a.dep_ == "appos" and a.pos_ == "PROPN" and not _in_dateline(ctx, a)), None)
            if named is not None:
                yield named


def _subject_dep(ctx: Context, c: Token) -> bool:
    """Is ``c`` the clause's subject, or the name in apposition to a dateline subject?"""
    return c.dep_ in ("nsubj", "nsubjpass") or c.dep_ == "appos" and c.head.dep_ in ("nsubj", "nsubjpass") \
        and _in_dateline(ctx, c.head)


#: the legal forms that end a company's name ('Nordmesse GmbH', 'Veltrix Energy N.V.')
_LEGAL_FORMS = frozenset({"gmbh", "ltd", "limited", "inc", "llc", "plc", "ag", "corp", "corporation", "n.v", "b.v",
                          "s.a", "s.p.a", "srl", "pty", "pvt", "co", "spa", "bhd", "tbk", "oyj", "asa"})


def _in_a_clause_of(t: Token, subj: Token) -> bool:
    """Is ``t`` inside a relative or participle clause of the subject ('The forum, which
    opened at the city's convention centre, ...'), not part of what the subject names?"""
    for _ in range(12):
        if t.i == subj.i or t.head.i == t.i:
            return False
        if t.dep_ in ("relcl", "acl") and t.pos_ in ("VERB", "AUX"):
            return True
        t = t.head
    return False


_AREA_HEADS = frozenset({"region", "province", "county", "district", "valley", "basin", "delta", "corridor",
                         "belt", "peninsula", "coast"})


def _named_area(ctx: Context, subj: Token | None) -> str | None:
    """'The Mallee region produced 2.9 million tonnes': a named area as the subject, as
    written, when NER did not tag it (a tagged one is found with the other entities)."""
    if subj is None or lemma(subj) not in _AREA_HEADS or subj.tag_ != "NN" or ctx.is_mention_token(subj):
        return None
    names = [c for c in subj.children if c.dep_ in ("compound", "amod") and c.pos_ == "PROPN" and c.i < subj.i]
    if not names or any(c.ent_type_ in ("GPE", "LOC", "ORG") for c in names):
        return None
    left = min(c.left_edge.i for c in names)
    return clean_name(ctx.doc[left:subj.i + 1].text)


def _places_just_named(ctx: Context, anaphor: Token, kind: str) -> list[str]:
    """Places of ``kind`` named in the anaphor's sentence before it, or in the sentence
    before that (for countries also by a nationality adjective: 'Georgian')."""
    doc = ctx.doc
    toks = doc_tokens(doc)
    sent = sent_of(anaphor)
    start = sent_of(toks[sent.start - 1]).start if sent.start > 0 else sent.start
    found: list[str] = []
    for t in doc[start:anaphor.i]:
        place = None
        if t.ent_type_ in ("GPE", "LOC") and t.ent_iob_ == "B":
            ent = entity_at(t)
            place = lookup_place(canonical_place_name(clean_name(ent.text))) if ent is not None else None
        elif kind == "country" and t.ent_type_ == "NORP":
            place = country_of_demonym(t.text)
        if place is not None and place.kind == kind and place.name not in found:
            found.append(place.name)
    return found


_ATTENDING_VERBS = frozenset({"attend", "exhibit", "participate", "take", "join", "showcase", "display",
                              "present", "visit", "register"})
_ATTENDING_UNITS = frozenset({"exhibitor", "visitor", "attendee", "participant", "delegate", "buyer"})


def _nationality(f: Figure, verb: Token | None) -> str | None:
    """'a delegation of 25 Omani companies', '18 Italian hospitality groups had travelled to
    ...': the country of the counted. Not for attendance ('60 German companies are
    attending', '300 Chinese exhibitors'), which is about the event."""
    noun = f.unit_head
    if noun is None or f.currency:
        return None
    if f.unit == "member" and lemma(noun) in ("delegation", "contingent"):
        # "a 60-strong delegation of Kenyan exporters": the members' nationality, as in "a
        # delegation of 60 Kenyan exporters"
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if obj is not None and lemma(obj) in cues("nationality-of-counted", "agents"):
            noun = obj
    adj = next((c for c in noun.children if c.dep_ in ("amod", "compound") and c.i < noun.i
                and country_of_demonym(c.text) is not None), None)
    if adj is None or lemma(noun) not in cues("nationality-of-counted", "agents"):
        return None  # '12 Chinese zodiac animals' are no Chinese nationals
    group = noun.dep_ == "pobj" and noun.head.lower_ == "of" and lemma(noun.head.head) in ("delegation", "contingent")
    attending = lemma(noun) in _ATTENDING_UNITS or (verb is not None and lemma(verb) in _ATTENDING_VERBS) \
        or any(a.lower_ in cues("nationality-of-counted", "attending_words") for a in noun.ancestors)
    if group or not attending:
        return country_of_demonym(adj.text).name
    return None


def _national_subject(ctx: Context, subj: Token | None, figure: range) -> str | None:
    """'The Portuguese textile industry employs 130,000 workers', 'The Japanese pavilion
    features 40 companies', 'The national exposition of Japan will cover 3,000 square
    meters': a subject whose head is a country's industry, market, pavilion or delegation
    (rule 'national-subject') and that names the country by a nationality adjective or an
    'of' phrase is about that country."""
    if subj is None or subj.i in figure or subj.pos_ != "NOUN" or lemma(subj) not in cues("national-subject", "heads") \
            and not (subj.tag_ == "NNS" and lemma(subj) in cues("national-subject", "plural_heads")):
        return None  # (a mention too: 'the national exposition of Japan' is no name of the event)
    for c in subj.children:
        if c.i in figure:
            continue
        if c.dep_ in ("amod", "compound") and c.i < subj.i and c.ent_type_ == "NORP":
            place = country_of_demonym(c.text)
            if place is not None:
                return place.name
        if c.dep_ == "prep" and c.lower_ == "of":
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            ent = entity_at(obj) if obj is not None and obj.ent_type_ == "GPE" else None
            if ent is not None and _usable_entity(ctx, ent):
                place = lookup_place(clean_name(ent.text))
                if place is not None and place.kind == "country":
                    return canonical_place_name(clean_name(ent.text))
    return None


def figure_subject(ctx: Context, f: Figure) -> tuple[str | None, str | None]:
    """(name, type) of what the figure is about: Place, Organization, Project or Event."""
    doc = ctx.doc
    toks = doc_tokens(doc)
    first = toks[f.start]
    sent = sent_of(first)
    figure = _figure_tokens(f)
    facility = _facility(doc, f, figure)
    if facility is not None:
        return facility_name(doc, facility, figure), "Project"
    verb = governing_verb(first)
    clause = clause_head(verb) if verb is not None else None  # whose subject the figure's clause has
    subj = _clause_subject(clause) if clause is not None else None
    nation = _nationality(f, verb) or _national_subject(ctx, subj, figure)
    if nation is not None:
        return nation, "Place"
    place = _place_anaphor(ctx, clause) or _named_area(ctx, subj)
    if place is None and (subj is None or subj.pos_ == "NOUN" and not any(
            t.pos_ == "PROPN" or t.ent_type_ or ctx.is_mention_token(t) for t in subj.subtree)):
        # "Mining represents 12 percent of the country's GDP" (not "Nigeria's Lagos State generates ...")
        place = _place_anaphor(ctx, clause, _whole_of_a_share(doc, f))
    if place is not None:
        return place, "Place"
    named = _relative_to_name(ctx, clause, figure, f) or _apposition_to_name(ctx, f, figure)
    if named is not None:
        return named
    attending = _attending_clause(ctx, f, subj, figure)
    if attending is not None:
        return attending, "Event"
    org = _org_anaphor(ctx, subj, f)
    if org is None and subj is not None:  # "the company's revenue grew 18%", "the group's exports"
        owner = next((d for d in subj.children if d.dep_ == "poss" and d.lower_ in _ORG_ANAPHORS), None)
        org = _org_anaphor(ctx, owner, f) if owner is not None else None
    if org is None and subj is not None:  # "Acme Corp said at the fair that its sales reached $4 billion"
        org = _reporting_owner(ctx, subj, f)
    if org is not None:
        return org, "Organization"
    # 'Busan port handled 24.4 million TEUs', 'the reuse plant treats ...'
    if subj is not None and subj.i not in figure and is_facility(subj) and not ctx.is_mention_token(subj):
        return facility_name(doc, subj, figure), "Project"
    # the event, when the clause that reports the figure names it
    if verb is not None:
        lo, hi = verb.left_edge.i, verb.right_edge.i  # the clause (projective parses: contiguous)
        for m in ctx.mentions_in(sent):
            if lo <= m.start <= hi and not m.anaphor:
                if subj is not None and (subj.ent_type_ == "ORG" or subj.pos_ == "PROPN") \
                        and not ctx.is_mention_token(subj) and _in_a_clause_of(toks[m.start], subj):
                    continue  # "Nordmesse GmbH, which organises the show, reported turnover of ...": the organiser's
                ev = next((e for e in ctx.result.events if e.key == m.event), None)
                if ev is not None and (f.unit_head is None or m.start > f.start or event_unit(f)):
                    return ev.name, "Event"
    # a place or organization in the reporting clause's subject (unless the subject is the event)
    if clause is not None:
        for c in _past_the_dateline(ctx, clause):
            # the event's name or an anaphor ('the show, run by X, drew 14,860 visitors')
            m = next((m for m in ctx.mentions if m.start <= c.i < m.end), None) \
                if c.dep_ in ("nsubj", "nsubjpass") else None
            if m is not None:
                ev = next((e for e in ctx.result.events if e.key == m.event), None)
                if ev is not None:
                    return ev.name, "Event"
            if _subject_dep(ctx, c) and c.lower_ in EVENT_ANAPHORS and c.tag_ == "NN" \
                    and any(d.dep_ == "det" and d.lower_ in ("the", "this") for d in c.children) \
                    and ctx.result.main_event is not None:
                return ctx.result.main_event.name, "Event"  # 'the packaging and logistics show drew ...'
            if _subject_dep(ctx, c):
                # the name the subject's head is in first: "Nigeria's Lagos State generates ...": Lagos State
                for ent in sorted(ents_in(sent), key=lambda e: not e.start <= c.i < e.end):
                    if c.left_edge.i <= ent.start <= c.right_edge.i and ent.label_ in ("GPE", "ORG", "LOC", "FAC") \
                            and _usable_entity(ctx, ent) and not _in_a_clause_of(toks[ent.start], c) \
                            and not (c.left_edge.i <= f.start <= c.right_edge.i and _origin(doc, ent)):
                        return _ent_about(ctx, ent)
                # "The number of tourists visiting Porto reached ...": a place inside the subject
                # that the recognizer took for a person, known to the gazetteer
                for t in doc[c.left_edge.i:c.right_edge.i + 1]:
                    if t.pos_ == "PROPN" and t.ent_type_ == "PERSON" and t.ent_iob_ == "B" and not f.start <= t.i < f.end \
                            and (t.i + 1 >= len(doc) or toks[t.i + 1].ent_type_ != "PERSON" or toks[t.i + 1].ent_iob_ != "I") \
                            and not ctx.is_mention_token(t) and lookup_place(t.text) is not None:
                        return canonical_place_name(t.text), "Place"
                # "The Port of Rotterdam handled 440 million tonnes": a facility named by 'of' and a name
                named = _facility_of_a_name(ctx, c, f)
                if named is not None:
                    return named, "Project"
                # "Harbour Place offers 2.7 million square feet": a named venue's area or capacity
                if c.pos_ == "PROPN" and f.unit in cues("venue-area") and not ctx.is_mention_token(c) \
                        and not c.left_edge.i <= f.start <= c.right_edge.i:
                    left = c.i
                    while left > c.left_edge.i and toks[left - 1].pos_ == "PROPN":
                        left -= 1
                    return clean_name(doc[left:c.i + 1].text), "Place"
                # "Hechi signed five projects": a proper-noun subject the gazetteer knows as a place
                if (c.pos_ == "PROPN" or c.pos_ == "NOUN" and c.text[:1].isupper() and c.tag_ == "NN"
                        and not any(d.dep_ == "det" for d in c.children)) \
                        and not ctx.is_mention_token(c) and c.ent_type_ in ("", "PERSON", "NORP", "GPE", "ORG"):
                    name = doc[c.left_edge.i:c.i + 1].text if all(t.pos_ == "PROPN" for t in doc[c.left_edge.i:c.i + 1]) else c.text
                    if lookup_place(name) is not None:
                        return canonical_place_name(name), "Place"
                    if _full_org_name(ctx, name) != name:  # 'Tallow reported ...' after 'Tallow Cold Chain Ltd'
                        return _full_org_name(ctx, name), "Organization"
                # "Nordmesse GmbH, which organises the show, reported ...": a name with a legal form
                if c.pos_ == "PROPN" and c.lower_.rstrip(".") in _LEGAL_FORMS and c.i > c.left_edge.i \
                        and not ctx.is_mention_token(c) and not c.left_edge.i <= f.start <= c.i \
                        and all(t.pos_ == "PROPN" or t.text in ("&", "-") for t in doc[c.left_edge.i:c.i + 1]):
                    return clean_name(doc[c.left_edge.i:c.i + 1].text), "Organization"
                # "Porto's port handled ...": a possessor the gazetteer knows as a place
                owner = next((d for d in c.children if d.dep_ == "poss" and d.pos_ == "PROPN"
                              and not ctx.is_mention_token(d) and not f.start <= d.i < f.end), None)
                if owner is not None and owner.ent_type_ in ("", "PERSON", "NORP", "GPE", "ORG") \
                        and lookup_place(owner.text) is not None:
                    return canonical_place_name(owner.text), "Place"
                # "Norvale's revenue grew 34%" after "Norvale Robotics Inc.": the organization so named
                if owner is not None and owner.ent_type_ in ("", "PERSON", "ORG", "FAC", "GPE") \
                        and _full_org_name(ctx, owner.text) != owner.text:
                    return _full_org_name(ctx, owner.text), "Organization"
                # "Portugal is the largest producer. It exports ...": the subject before
                if c.lower_ in ("it", "its") and c.pos_ == "PRON":
                    before = _previous_subject(ctx, sent) or _previous_event_subject(ctx, sent)
                    if before is not None:
                        return before
                # "Norvale Robotics Inc. is exhibiting. Its sales rose 9 percent": the owner 'Its'
                # of the subject, at the start of the sentence, is the subject before
                owner = next((d for d in c.children if d.dep_ == "poss" and d.lower_ == "its" and d.i == sent.start), None)
                if owner is not None:
                    before = _previous_subject(ctx, sent, one_sentence_paragraph=True)
                    if before is not None:
                        return before
    # "more than 520 exhibitors ... at the fair": attendance-like figures of a sentence about the event
    if event_unit(f) and not f.currency and ctx.mentions_in(sent):
        prior = [m for m in ctx.mentions_in(sent) if m.start < f.start]
        # "More than 300 investors attended the forum": else the event its own clause names after it
        later = [m for m in ctx.mentions_in(sent) if verb is not None and verb.left_edge.i <= m.start <= verb.right_edge.i]
        key = prior[-1].event if prior else later[0].event if later else ctx.main_key
        ev = next((e for e in ctx.result.events if e.key == key), None)
        if ev is not None:
            return ev.name, "Event"
    visited = _visited_place(ctx, f, verb)
    if visited is not None:
        return visited, "Place"
    # "vehicle sales reached 3 million": things made or traded, not what the event shows
    event_count = event_unit(f) and not (subj is not None and subj.pos_ == "NOUN"
                                         and subj.lower_ in cues("counted-subject", "counted_amounts"))
    # the latest place/organization named before the figure in its clause (not in a clause
    # coordinated before it: 'The raffle raised £8,450 for the X Fund, and the trust
    # estimates that the weekend brought around £250,000 ...')
    lo = _clause_start(clause) if clause is not None else sent.start
    candidates = [e for e in ents_in(sent) if lo <= e.start and e.end <= f.start and _usable_entity(ctx, e)
                  and not (e.start > 0 and toks[e.start - 1].lower_ in ("from",)) and not _listed_after_from(e)]
    ents = [e for e in candidates if not _denominator(doc, e)]
    if not ents:  # "35 per cent of Nigeria's workforce": the only place is the subject
        ents = [e for e in ents_in(sent) if e.start >= f.end and e.start - f.end <= 4 and _usable_entity(ctx, e)
                and e.label_ in ("GPE", "LOC") and toks[e.start - 1].lower_ == "of"
                and e.end < len(doc) and toks[e.end].lower_ in ("'s", "’s")]
    if not ents and not candidates and not ctx.mentions_in(sent):
        ents = _place_after(ctx, f, verb, sent)  # "There are 7,000 textile companies in Portugal"
    mention_before = [m for m in ctx.mentions_in(sent) if m.start < f.start]
    if ents and not (mention_before and mention_before[-1].start > ents[-1].start):
        name, kind = _ent_about(ctx, ents[-1])
        if not (kind == "Place" and event_count and _is_event_place(ctx, name) and not _sector_subject(ctx, subj, f)) \
                and not (event_count and _is_event_venue(ctx, ents[-1].text)):
            return name, kind
    event = mention_before[-1].event if mention_before else ctx.main_key
    ev = next((e for e in ctx.result.events if e.key == event), None)
    if ev is not None and (mention_before or ctx.mentions_in(sent) or event_count):
        return ev.name, "Event"
    if ev is not None and not candidates:
        # nothing named: the paragraph's subject if it has one (decided by the caller), else the event
        return ev.name, DEFAULT_EVENT
    return None, None


def _sector_subject(ctx: Context, subj: Token | None, f: Figure) -> bool:
    """'In Kenya, the farming sector employs 2 million people', 'In Abu Dhabi, hotel
    establishments received 5 million guests': a clause subject that is a sector, an industry
    or its establishments (rule 'sector-subject-place'), not the counted noun itself, makes a
    count of people the place's, not the event's."""
    if subj is None or subj.pos_ != "NOUN" or ctx.is_mention_token(subj) or subj.i in _figure_tokens(f):
        return False
    if f.unit_head is not None and f.unit_head.i == subj.i:
        return False
    return lemma(subj) in cues("sector-subject-place", "heads") or subj.lower_ in cues("sector-subject-place", "heads")


def _facility_of_a_name(ctx: Context, c: Token, f: Figure) -> str | None:
    """'The Port of Rotterdam', 'the Airport of Lisbon': a capitalised facility head with 'of'
    and a proper name, as written, when the recognizer tagged none of it."""
    if c.pos_ != "PROPN" or c.lower_ not in _FACILITY_HEADS or ctx.is_mention_token(c) or c.ent_type_:
        return None
    of = next((d for d in c.children if d.dep_ == "prep" and d.lower_ == "of" and d.i == c.i + 1), None)
    obj = next((d for d in of.children if d.dep_ == "pobj" and d.pos_ == "PROPN"), None) if of is not None else None
    if obj is None or f.start <= obj.i < f.end:
        return None
    end = obj.i
    while end + 1 < len(ctx.doc) and ctx.doc[end + 1].pos_ == "PROPN" and ctx.doc[end + 1].head.i in (obj.i, end):
        end += 1
    return clean_name(ctx.doc[c.i:end + 1].text)


def _place_after(ctx: Context, f: Figure, verb: Token | None, sent: Span) -> list[Span]:
    """'There are 7,000 textile companies in Portugal', 'The sector employs 130,000 people in
    Portugal': in a sentence that names neither the event nor anything before the figure, a
    place after 'in' that the parse hangs on the counted noun or on the figure's verb is where
    the counted are (rule 'place-after-the-figure')."""
    toks = doc_tokens(ctx.doc)
    hosts = {verb.i} if verb is not None else set()
    if f.unit_head is not None:
        hosts.add(f.unit_head.i)
    if not hosts:
        return []
    preps = cues("place-after-the-figure", "preps")
    for e in ents_in(sent):
        if e.start < f.end or e.label_ not in ("GPE", "LOC") or not _usable_entity(ctx, e):
            continue
        prep = toks[e.start - 1]
        if prep.lower_ in preps and prep.dep_ == "prep" and prep.head.i in hosts and e.root.head.i == prep.i:
            return [e]
        # "contributed EUR 1.3 billion to Austria's economy": where a contribution goes
        if verb is not None and lemma(verb) in cues("place-after-the-figure", "contribution_verbs"):
            to = e.root.head if e.root.dep_ == "pobj" else e.root.head.head if e.root.dep_ == "poss" else None
            if to is not None and to.lower_ == "to" and to.dep_ in ("prep", "dative") and to.head.i == verb.i:
                return [e]
    return []


_VISIT_VERBS = frozenset({"visit", "tour"})
_TRAVEL_VERBS = frozenset({"come", "travel", "flock", "arrive", "fly"})


def _visited_place(ctx: Context, f: Figure, verb: Token | None) -> str | None:
    """'2 million tourists visited Porto', 'some 40,000 cruise passengers came to Lisbon':
    counted travellers whose verb names the place they went to are about that place (not
    people who attend the event: those count at the event)."""
    noun = f.unit_head if f.unit_head is not None else ctx.doc[f.end - 1]
    if verb is None or f.currency or event_unit(f) or noun.dep_ != "nsubj" or noun.head.i != verb.i:
        return None
    key = lemma(verb)
    objs = []
    if key in _VISIT_VERBS:
        objs = [c for c in verb.children if c.dep_ == "dobj"]
    elif key in _TRAVEL_VERBS:
        objs = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "in")
                for g in c.children if g.dep_ == "pobj"]
    for obj in objs:
        ent = entity_at(obj) if obj.ent_type_ in ("GPE", "LOC") else None
        if ent is not None and _usable_entity(ctx, ent):
            return _ent_about(ctx, ent)[0]
        if ent is None and obj.pos_ == "PROPN" and not ctx.is_mention_token(obj) and lookup_place(obj.text) is not None:
            return canonical_place_name(obj.text)  # a place the recognizer took for a person
    return None


def _subject_before(ctx: Context, sent: Span, one_sentence_paragraph: bool = False) -> tuple[Span, Token] | None:
    """The sentence before ``sent`` in the same paragraph and the subject of its root, when
    it has one (what 'It' at the start of ``sent`` may refer to). With
    ``one_sentence_paragraph``, also the paragraph before when it is that one sentence (the
    wire style of a paragraph per sentence: 'China produced 1 billion tonnes.' / 'Its
    exports ...')."""
    doc = ctx.doc
    toks = doc_tokens(doc)
    if sent.start == 0:
        return None
    prev = sent_of(toks[sent.start - 1])
    text = doc_text(doc)
    if "\n" in text[prev.end_char - 1:sent.start_char]:
        line = text.rfind("\n", 0, prev.start_char)
        if not one_sentence_paragraph or text[line + 1:prev.start_char].strip() \
                or text[prev.end_char:sent.start_char].count("\n") > 2:
            return None
    subj = next((c for c in prev.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return (prev, subj) if subj is not None else None


def _previous_subject(ctx: Context, sent: Span, one_sentence_paragraph: bool = False) -> tuple[str, str] | None:
    """The named place or organization that is the subject of the sentence before, in the
    same paragraph: what 'It' of the next sentence refers to ('Portugal is the largest cork
    producer. It exports ...'); not the event (those sentences stay with the event)."""
    found = _subject_before(ctx, sent, one_sentence_paragraph)
    if found is None:
        return None
    prev, subj = found
    if ctx.is_mention_token(subj):
        return None
    ent = entity_at(subj) if subj.ent_type_ in ("GPE", "LOC", "ORG") else None
    if ent is not None and _usable_entity(ctx, ent):
        return _ent_about(ctx, ent)
    if subj.pos_ == "PROPN" and lookup_place(subj.text) is not None:
        return canonical_place_name(subj.text), "Place"
    return None


def _previous_event_subject(ctx: Context, sent: Span) -> tuple[str, str] | None:
    """'The Cedar Investment Forum was held on June 3. It drew 300 investors.': a sub-event
    named as the subject of the sentence before, in the same paragraph, is what 'It' refers
    to (the main event needs no such reading: it is the default)."""
    found = _subject_before(ctx, sent)
    if found is None:
        return None
    prev, subj = found
    m = next((m for m in ctx.mentions_in(prev) if m.start <= subj.i < m.end), None)
    if m is None or m.event == ctx.main_key:
        return None
    ev = next((e for e in ctx.result.events if e.key == m.event), None)
    return (ev.name, "Event") if ev is not None else None


def _relative_to_name(ctx: Context, clause: Token | None, figure: range, f: Figure | None = None) -> tuple[str, str] | None:
    """'Porto, which has 250,000 residents, ...': a figure in a relative clause on a named
    place or organization is about it; not those who attend an event at its venue ('the X
    Centre, where 500 exhibitors ...')."""
    if clause is None or clause.dep_ != "relcl":
        return None
    head = clause.head
    if head.i in figure or ctx.is_mention_token(head) or _in_dateline(ctx, head):
        return None
    if head.pos_ == "NOUN":  # "Portugal's textile industry, which employs 130,000 people, ...": its owner
        owner = next((c for c in head.children if c.dep_ == "poss" and c.ent_type_ in ("GPE", "LOC", "ORG")), None)
        ent = entity_at(owner) if owner is not None else None
        if ent is not None and _usable_entity(ctx, ent) and lemma(head) in cues("national-subject", "heads"):
            return _ent_about(ctx, ent)
    ent = entity_at(head) if head.ent_type_ in ("GPE", "LOC", "ORG", "FAC") else None
    if ent is not None and f is not None and event_unit(f) and _is_event_venue(ctx, ent.text):
        return None
    ent = ent if ent is None or ent.label_ != "FAC" else None
    if ent is not None:
        return _ent_about(ctx, ent) if _usable_entity(ctx, ent) else None
    if head.pos_ == "PROPN":  # a place the recognizer missed, known to the gazetteer
        left = head.i
        while left > head.left_edge.i and ctx.doc[left - 1].pos_ == "PROPN":
            left -= 1
        name = ctx.doc[left:head.i + 1].text
        if lookup_place(name) is not None:
            return canonical_place_name(name), "Place"
        # 'Acme Robotics Ltd, which employs 5,000 people': a proper name of two words or
        # more that the recognizer missed, described by a 'which' clause, is an organization
        which = any(c.lower_ == "which" and c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
        if which and head.i - left >= 1 and not any(ctx.is_mention_token(t) for t in ctx.doc[left:head.i + 1]) \
                and not any(t.ent_type_ in ("DATE", "TIME", "CARDINAL", "MONEY") for t in ctx.doc[left:head.i + 1]):
            return _full_org_name(ctx, clean_name(name)), "Organization"
    if head.pos_ == "NOUN" and head.lower_ in _ORG_ANAPHORS:  # "The firm, which employs 3,500 people, ..."
        org = _org_anaphor(ctx, head, f)
        if org is not None:
            return org, "Organization"
    return None


def _apposition_to_name(ctx: Context, f: Figure, figure: range) -> tuple[str, str] | None:
    """'Corvane Security, Inc., a provider of identity software to more than 4,000 customers
    in 60 countries, today announced ...': a figure inside a noun phrase set in apposition
    to a named organization is about it (the boilerplate of a company release), unless it
    counts those who attend an event ('Acme, one of 300 exhibitors')."""
    if f.unit in _ATTENDING_UNITS:
        return None
    toks = doc_tokens(ctx.doc)
    t = toks[f.start]
    for _ in range(8):
        if t.head.i == t.i or t.pos_ in ("VERB", "AUX") and t.dep_ not in ("acl",):
            return None
        if t.dep_ == "appos" and t.pos_ == "NOUN" and t.i not in figure:
            head = t.head
            if head.i > t.i or ctx.is_mention_token(head) or _in_dateline(ctx, head):
                return None
            ent = entity_at(head) if head.ent_type_ == "ORG" else None
            if ent is not None:
                return _ent_about(ctx, ent) if _usable_entity(ctx, ent) else None
            if head.pos_ != "PROPN" or head.ent_type_ not in ("", "PERSON") \
                    or lemma(t) not in cues("apposition-organization", "heads"):
                return None
            left = head.i  # 'Corvane Labs, a provider of ...' (the recognizer's person)
            while left > head.left_edge.i and toks[left - 1].pos_ == "PROPN":
                left -= 1
            name = clean_name(ctx.doc[left:head.i + 1].text)
            if head.i == left or lookup_place(name) is not None:
                return None  # one word, or a place ('Porto, a city of 230,000 people', which places read)
            return _full_org_name(ctx, name), "Organization"
        t = t.head
    return None


def _attending_clause(ctx: Context, f: Figure, subj: Token | None, figure: range) -> str | None:
    """The event, for a figure whose clause is about those who attend it: its subject is
    'exhibitors' / 'visitors' ('Florida exhibitors sold $350 million in product'), or it
    counts attendees and its subject is a place ('Spain had 120 in attendance')."""
    if subj is None or subj.i in figure or ctx.is_mention_token(subj):
        return None
    attendee_subject = subj.lower_ in cues("attending-subject") and subj.pos_ == "NOUN"
    place_subject = subj.ent_type_ in ("GPE", "LOC") and f.unit in _ATTENDING_UNITS | {"attendee"} \
        and not f.currency
    if not (attendee_subject or place_subject):
        return None
    if place_subject and not attendee_subject and _place_receives_visitors(ctx, subj):
        return None  # "Portugal received 18.7 million visitors last year": the place's tourism
    key = ctx.event_for_sentence(sent_of(subj), subj)
    ev = next((e for e in ctx.result.events if e.key == key), None)
    return ev.name if ev is not None else None


def _place_receives_visitors(ctx: Context, subj: Token) -> bool:
    """Is the place ``subj`` the subject of a verb of receiving (rule place-receives-visitors)
    in a sentence that names a year and no event ('Portugal received 18.7 million visitors
    last year')?"""
    verb = subj.head
    if subj.dep_ not in ("nsubj", "nsubjpass") or lemma(verb) not in cues("place-receives-visitors", "verbs"):
        return False
    sent = sent_of(subj)
    if ctx.mentions_in(sent):
        return False
    years = cues("place-receives-visitors", "year_words")
    return any(e.label_ == "DATE" and (any(t.lower_ in years for t in e) or _A_YEAR.search(e.text))
               for e in ents_in(sent))


_A_YEAR = patterns.compile(r"\b(?:19|20)\d\d\b")


def _clause_start(clause: Token) -> int:
    """First token of the clause a figure is in, climbing over clauses that hang on it
    (complements, relative clauses) but stopping at a coordinated clause: everything
    before a 'conj' verb belongs to another statement."""
    verb = clause
    for _ in range(6):
        if verb.dep_ == "conj" or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.dep_ == "conj":
        return min(t.i for t in verb.subtree)
    return sent_of(verb).start


def _origin(doc: Doc, ent: Span) -> bool:
    """'310 exhibitors, including a dozen from Uganda': where some of the counted come from,
    not what the count is about (but 'exports from Anhui rose 48.6%' is about Anhui)."""
    toks = doc_tokens(doc)
    return ent.start > 0 and toks[ent.start - 1].lower_ == "from" \
        or any(a.lower_ == "including" for a in toks[ent.start].ancestors)


def _listed_after_from(ent: Span) -> bool:
    """'came from Porto, Lisbon and Madrid': a later item of a list after 'from' is where
    the counted come from too, like the first."""
    root = ent.root
    if root.dep_ != "conj":
        return False
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head
    return root.dep_ == "pobj" and root.head.lower_ == "from"


def _is_event_place(ctx: Context, name: str) -> bool:
    """Is this the main event's own place ('In Frankfurt, 7,500 exhibitors ...')?"""
    ev = ctx.result.main_event
    place = lookup_place(name)
    return ev is not None and place is not None and any(p.name == place.name for p in ev.places[:3])


def _is_event_venue(ctx: Context, name: str) -> bool:
    """Is this the venue of an event of the release ('At the Porto Congress Centre, 500
    exhibitors ...', '... in the X Hall, where 3,000 visitors ...')? Those counted there are
    the event's, not the venue's (the venue's own area or capacity is the 'venue-area' rule's)."""
    low = clean_name(name).lower()
    low = low[4:] if low.startswith("the ") else low
    return any(p.kind == "venue" and p.name.lower().removeprefix("the ") == low
               for ev in ctx.result.events for p in ev.places)


def _denominator(doc: Doc, ent: Span) -> bool:
    """'accounting for over 15% of China': China is the whole, not the subject."""
    toks = doc_tokens(doc)
    if ent.start < 2 or toks[ent.start - 1].lower_ != "of":
        return False
    prev = toks[ent.start - 2]
    return prev.like_num or prev.lower_ in PERCENT_WORDS or prev.lower_ == "cent"


def _country_code_name(text: str) -> bool:
    """'UAE', 'USA', 'KSA': a country written as letters that NER takes for an organization."""
    found = country(text) if 3 <= len(text) <= 4 and text.isupper() else None  # not 'AU' in a list of codes
    return found is not None




def _named_after_a_place_noun(doc: Doc, ent: Span) -> bool:
    """'the city of Durban', 'the province of X': a name right after a noun of a kind of
    place and 'of' (lower case, with 'the' before it) names that place, whatever the
    recognizer's label."""
    toks = doc_tokens(doc)
    return ent.start >= 3 and toks[ent.start - 1].lower_ == "of" and toks[ent.start - 2].text in cues("place-anaphor", "kind_nouns") \
        and toks[ent.start - 3].lower_ == "the" and ent.text[:1].isupper()


def _org_text(doc: Doc, ent: Span) -> str:
    """The name of an entity, without a dateline the recognizer ran into it at the start of
    a line ('NEW YORK Halvard Robotics Corp. said ...' -> 'Halvard Robotics Corp.'): the
    capitals of a place the gazetteer knows, before a name written in mixed case."""
    name = clean_name(ent.text)
    if ent.label_ != "ORG" or not name[:1].isupper() or not (ent.start == 0 or "\n" in doc[ent.start - 1].text):
        return name
    words = name.split()
    k = 0
    while k < len(words) - 1 and words[k].isupper() and words[k].isalpha() and len(words[k]) > 1:
        k += 1
    if k == 0 or not any(ch.islower() for ch in words[k]):
        return name
    for n in range(k, 0, -1):  # the longest run of capitals that is a place ('NEW YORK', not 'NEW')
        if lookup_place(" ".join(words[:n]).title()) is not None:
            return " ".join(words[n:]) if n == k else name
    return name


def _ent_about(ctx: Context, ent: Span) -> tuple[str, str]:
    name = _org_text(ctx.doc, ent)
    if ent.label_ == "ORG" and _named_after_a_place_noun(ctx.doc, ent):
        return canonical_place_name(name), "Place"
    if ent.label_ == "ORG" and name.isupper() and acronym_expansion(ctx.doc, name) is None and _country_code_name(name):
        return name, "Place"
    if ent.label_ == "ORG" and name.isupper():
        return acronym_expansion(ctx.doc, name) or name, "Organization"
    if ent.label_ in ("GPE", "LOC", "FAC"):
        full = _full_org_name(ctx, name) if lookup_place(name) is None else name
        if full != name:  # 'Kvalheim' taken for a place, after 'Kvalheim Marine AS'
            return full, "Organization"
        if lookup_place(name) is None and country_of_demonym(name) is not None:
            return country_of_demonym(name).name, "Place"  # 'Emirati car sales' taken for a place: the country
        return canonical_place_name(name), "Place"  # as written; the mapper links it
    return _full_org_name(ctx, name), "Organization"


def _full_org_name(ctx: Context, name: str) -> str:
    """'Kvalheim' -> 'Kvalheim Marine AS' when the release named it in full first; an
    abbreviation defined in brackets after the full name ('the Malaysia External Trade
    Development Corporation (MATRADE)') -> that name, whatever its initials."""
    words = name.split()
    text = doc_text(ctx.doc)
    for e in doc_ents(ctx.doc):
        if e.label_ == "ORG":
            full = _org_text(ctx.doc, e).split()
            if len(full) > len(words) and full[:len(words)] == words and not ctx.is_mention_token(e[0]):
                return " ".join(full)
            if name.isupper() and name.isalpha() and 2 <= len(name) <= 10 and len(full) >= 2 \
                    and text[e.end_char:e.end_char + len(name) + 4].replace(" ", "").startswith(f"({name})") \
                    and not ctx.is_mention_token(e[0]):
                return " ".join(full)
    return name


#: 'The company reported revenue of ...': the organization the release is about
_ORG_ANAPHORS = frozenset({"company", "firm", "group", "manufacturer", "supplier", "operator", "startup"})


def _org_anaphor(ctx: Context, subj: Token | None, f: Figure | None = None) -> str | None:
    """The last organization named before a clause whose subject ``subj`` is 'the company';
    for 'the council', 'the ministry' (rule 'named-body-anaphor'), the last one named before
    whose name has that word ('The City of Cardiff Council ...' ... 'The council spent £1.2
    million'), unless the figure counts those who attend the event."""
    if subj is None or subj.tag_ != "NN" \
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in subj.children) \
            or any(c.dep_ in ("amod", "compound", "prep") for c in subj.children):
        return None
    if subj.lower_ in cues("named-body-anaphor", "heads"):
        if f is not None and event_unit(f) and not f.currency:
            return None  # "The council expects 30,000 visitors": the event's
        before = [e for e in doc_ents(ctx.doc) if e.label_ in ("ORG", "GPE", "FAC") and e.end <= subj.i
                  and subj.lower_ in clean_name(e.text).lower().split() and not ctx.is_mention_token(ctx.doc[e.start])]
        return clean_name(before[-1].text) if before else None
    if subj.lower_ not in _ORG_ANAPHORS:
        return None
    before = [e for e in doc_ents(ctx.doc) if e.label_ == "ORG" and e.end <= subj.i and _usable_entity(ctx, e)]
    return _ent_about(ctx, before[-1])[0] if before else None


def _reporting_owner(ctx: Context, subj: Token, f: Figure) -> str | None:
    """'Acme Corp said (at the fair) that its sales reached $4 billion', 'Acme announced its
    revenue grew 9%': the owner 'its' of the subject of a clause reported by an organization
    named as the subject of the reporting verb is that organization (rule
    'reporting-organization-owner')."""
    if not any(d.dep_ == "poss" and d.lower_ in ("its", "their") for d in subj.children):
        return None
    if event_unit(f) and not f.currency:
        return None  # "Messe Nord said its exhibitors numbered 1,200": the organiser's event's
    verb = subj.head
    if verb.dep_ != "ccomp" or lemma(verb.head) not in cues("reporting-organization-owner", "verbs"):
        return None
    # (the last subject: a dateline the parser hangs on the verb comes first, 'CHICAGO, ... -- Acme said')
    rep = next((c for c in reversed(list(verb.head.children)) if c.dep_ == "nsubj" and c.i < verb.head.i), None)
    if rep is None or rep.ent_type_ != "ORG" or ctx.is_mention_token(rep):
        return None
    ent = entity_at(rep)
    if ent is None or ent.label_ != "ORG" or not _usable_entity(ctx, ent):
        return None
    return _ent_about(ctx, ent)[0]



def event_unit(f: Figure) -> bool:
    last = f.unit.split(" and ")[0].split()[-1] if f.unit else ""
    return last in EVENT_UNITS or f.unit in EVENT_UNITS


#: the type of a subject nobody named: the caller may hand the paragraph's subject on instead
DEFAULT_EVENT = "Event?"
