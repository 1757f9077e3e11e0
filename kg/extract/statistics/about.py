"""The subject (about) of a figure: a place, organisation or project named in its clause, else the event."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.extract.common import governing_verb, lemma, sent_of
from kg.extract.context import Context
from kg.extract.figures import cues, rule
from kg.extract.lexicon import EVENT_ANAPHORS, EVENT_HEADS
from kg.extract.records import StatisticRecord
from kg.extract.subjects import clause_head, facility_name, is_facility
from kg.extract.statistics.base import Figure, word_stems


def project_of_a_sum(doc: Doc, f: Figure) -> str | None:
    """'The fair signed the Coastal Cork Project in Aveiro district, with a total investment
    of 2 billion euros': a sum after 'with a (total) investment of' that hangs on the verb
    describes the one facility the clause names last before 'with' (rule
    'investment-of-a-project'), not the clause's subject, the place inside the facility's
    name or the event. Facilities counted ('five projects, with a total investment of ...')
    are no one facility."""
    if not f.currency:
        return None
    spec = rule("investment-of-a-project")["cues"]
    k = f.qual_start if f.qual_start is not None else f.start
    if k < 3 or doc[k - 1].lower_ != "of" or lemma(doc[k - 2]) not in spec["nouns"]:
        return None
    noun = doc[k - 2]
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in spec["preps"] or prep.head.pos_ not in ("VERB", "AUX"):
        return None  # "a project with an investment of ..." hung on the noun is the facility rule's
    sent = sent_of(doc[f.start])
    for t in reversed(doc[max(sent.start, prep.head.left_edge.i):prep.i]):
        if t.pos_ in ("NOUN", "PROPN") and lemma(t) in spec["projects"] and t.tag_ in ("NNS", "NNPS"):
            return None  # "signed five projects in Y, with a total investment of ...": their sum
        if is_facility(t, range(f.start, f.end)):
            return facility_name(doc, t, range(f.start, f.end))
    return None


def organizers_event(ctx: Context, f: Figure, about: str | None, about_type: str | None) -> tuple[str | None, str | None]:
    """'Baltic Ship & Port Fair is organised by Acme Fairs, which expects more than 520
    exhibitors', 'Acme Fairs expects 11,000 visitors': those who attend an event, counted by
    its organizer or host, are the event's (rule 'organizers-count'), not the organizer's."""
    if about_type != "Organization" or about is None or f.currency or f.unit not in cues("organizers-count", "units"):
        return about, about_type
    roles = cues("organizers-count", "roles")
    key = next((r.event for r in ctx.result.roles if r.role in roles and _same_agent(r.agent, about)), None)
    ev = next((e for e in ctx.result.events if e.key == key), None) if key is not None else None
    return (ev.name, "Event") if ev is not None else (about, about_type)


def _same_agent(a: str, b: str) -> bool:
    """'Acme Fairs' and 'Acme Fairs GmbH': one name written with or without its legal form."""
    wa, wb = a.lower().split(), b.lower().split()
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    return bool(short) and long_[:len(short)] == short


def clause_subject_of(doc: Doc, f: Figure) -> tuple[Token | None, Token | None]:
    """(clause head, its nominal subject before the figure) of the clause that reports ``f``."""
    verb = governing_verb(doc[f.start])
    if verb is None:
        return None, None
    prev = doc[verb.i - 1] if verb.i > 0 else None
    if verb.dep_ == "conj" and prev is not None and prev.pos_ in ("NOUN", "PROPN") and prev.dep_ == "conj" \
            and prev.head.i < prev.i and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return verb, prev  # "Exports reached $5 billion and imports dropped 3%": a subject parsed as the object's conjunct
    head = clause_head(verb)
    subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < f.start), None)
    return head, subj


def _subject_words(ctx: Context, subj: Token, f: Figure) -> str:
    """The content words of a change's subject ('the number of visitors' -> 'visitors'; not
    the event: 'the fair's visitor count' -> 'visitor')."""
    refer = cues("change-base", "referring_nouns")
    return " ".join(t.text for t in ctx.doc[subj.left_edge.i:min(subj.right_edge.i + 1, f.start)]
                    if t.pos_ in ("NOUN", "PROPN", "ADJ") and t.lower_ not in refer and lemma(t) not in refer
                    and not ctx.is_mention_token(t) and t.lower_ not in EVENT_ANAPHORS)


def other_subject(ctx: Context, f: Figure, base: Figure, base_rec: StatisticRecord) -> bool:
    """'Exports hit $5 billion, while imports fell 3%': a change in a clause of its own whose
    subject names another thing than the figure before it does not change that figure
    (rule 'change-other-subject'). The subject must be a noun of its own, neither a word that
    refers back ('the number', 'this'), nor the event, nor a word of the base's measure or
    subject ('visitor numbers rose 5%', 'attendance rose 5%' after '48,000 visitors')."""
    doc = ctx.doc
    head, subj = clause_subject_of(doc, f)
    if head is None or subj is None or subj.pos_ not in ("NOUN", "PROPN"):
        return False
    bhead, bsubj = clause_subject_of(doc, base)
    if bhead is None or bhead.i == head.i or subj.left_edge.i <= base.start <= subj.right_edge.i:
        return False
    if head.left_edge.i <= base.start <= head.right_edge.i and bhead.head.i != head.i and not (
            bhead.dep_ == "conj" or head.dep_ in ("conj", "advcl")):
        return False  # the base inside the change's own clause
    if subj.lower_ in cues("change-base", "referring_nouns") and not any(c.dep_ == "prep" for c in subj.children) \
            or ctx.is_mention_token(subj) or lemma(subj) in EVENT_HEADS or subj.lower_ in EVENT_ANAPHORS:
        return False
    phrase = _subject_words(ctx, subj, f)
    own = word_stems(phrase.split())
    if not own:
        return False
    if any(w.lower() in cues("attendance", "nouns") for w in phrase.split()) and base.unit in cues("attendance", "attending_units"):
        return False  # "attendance rose 15%" after "80,000 visitors"
    # every word of the subject a word of the base: its measure, counted noun, subject or what it is about
    known = word_stems((base_rec.measure or "").split() + base.unit.split() + (base_rec.about or "").split()
                   + ([t.text for t in bsubj.subtree] if bsubj is not None else []))
    return not own <= known


def subject_refers_back(doc: Doc, f: Figure) -> bool:
    """'Compared with the previous session, the number increased by 20%', 'Against 2025, this
    is an increase of 12 percent': the subject of the change's clause, wherever the clause
    starts, is a pronoun or a generic noun ('the number', 'the figure') that refers back to
    the figure before (rule 'change-base')."""
    verb = governing_verb(doc[f.start])
    if verb is None:
        return False
    subj = next((c for c in clause_head(verb).children if c.dep_ in ("nsubj", "nsubjpass") and c.i < f.start), None)
    if subj is None:
        return False
    if subj.lower_ in ("this", "that", "it", "which") and subj.pos_ in ("PRON", "DET"):
        return True
    if lemma(subj) in cues("adjectival-change", "nouns") and subj.tag_ == "NN" and lemma(governing_verb(doc[f.start])) == "be" \
            and not any(c.dep_ == "prep" and c.lower_ in ("in", "of") for c in subj.children):
        return True  # "The increase over 2025 was 14%", "Growth was 14% year-on-year": the change of the figure before
    return subj.lower_ in cues("change-base", "referring_nouns") and subj.tag_ == "NN" \
        and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in subj.children) \
        and not any(c.dep_ == "prep" for c in subj.children)  # not "the number of exhibitors"
