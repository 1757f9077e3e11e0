"""Session groups: counted (or listed) meetings, forums, pavilions, zones within an event.

"6 special meetings, 2 online live high-end interviews, and achievements exhibitions were
held" -> three groups; "Special areas for A, B and C have been set up" -> one group with
three topics; "the event will include 10 themed exhibition areas covering A and B".
Topics come from the group's own phrase ("for ...", "covering ...", "which will
demonstrate ...") or from a later sentence about it ("the special meetings mainly cover
topics such as ...").
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from kg.extract.common import (
    doc_text,
    lemma,
    small_cardinal,
    source_span,
    token_range,
    tokens_matching,
    word_pattern,
)
from kg.extract.context import Context
from kg.extract.lexicon import EVENT_HEADS, SESSION_NOUNS, SESSION_VERBS
from kg.extract.records import SessionRecord, TopicRecord
from kg.extract.topics import TOPIC_VERBS, topic_records, topic_verb_object, verb_scope_end
from kg.normalize.numbers import parse_number
from kg.normalize.units import singularize

_TOPIC_VERBS = frozenset({"cover", "focus", "include", "feature", "showcase", "address",
                          "discuss", "explore", "present", "display", "demonstrate", "highlight"})
#: plural forms of session nouns, to find candidates fast ("meetings", "masterclasses", "activities")
_SESSION_RE = re.compile(r"(?<![\w-])(?:" + "|".join(sorted(map(re.escape, SESSION_NOUNS), key=len, reverse=True))
                         + r")(?:s|es)?(?![\w-])|(?<![\w-])\w+(?:ies|people)(?![\w-])", re.I)
#: single programme items named in passing ("the opening ceremony", "site visits")
_PROGRAMME_ITEMS = re.compile(
    r"\b(?:(?:opening|closing|signing|award|awards|inaugural|welcome)\s+(?:ceremony|ceremonies|plenary|plenaries|"
    r"session|sessions|gala|dinner|reception)|site visits?|panel discussions?|plenary sessions?|plenary|plenaries|"
    r"business matching sessions?|b2b meetings?|matchmaking sessions?|networking receptions?|"
    r"keynote speech(?:es)?|keynote address(?:es)?|press conference)\b",
    re.I,
)
#: "a variety of workshops", "a series of forums": a listed, uncounted group
_GROUP_WORDS = frozenset({"variety", "series", "range", "array", "bouquet", "lineup", "programme",
                          "program", "host", "number", "slate", "raft"})
_UNCOUNTED_VERBS = frozenset({"hold", "set", "include", "feature", "organize", "organise", "stage",
                              "host", "offer", "arrange", "launch"})


def _governing_verb(tok: Token) -> Token | None:
    t = tok
    for _ in range(6):
        if t.pos_ in ("VERB", "AUX"):
            return t
        if t.head.i == t.i:
            return None
        t = t.head
    return None


def _count(noun: Token) -> tuple[int | None, list[Token]]:
    for c in noun.children:
        if c.dep_ == "nummod":
            toks = [t for t in c.subtree if t.i < noun.i]
            words = [t for t in toks if t.like_num or t.lower_ in ("million", "thousand", "hundred", "dozen")]
            value = parse_number(" ".join(t.text for t in words)) if words else None
            if value is not None and float(value).is_integer() and value >= 1:
                return int(value), toks
    return None, []


def _label(noun: Token) -> tuple[str, int]:
    """'online live high-end interviews' -> ('online live high-end interview', start char):
    the modifiers left of the noun inside its own phrase, the noun singular."""
    doc = noun.doc
    j = noun.i
    while j - 1 >= noun.sent.start:
        t = doc[j - 1]
        if t.like_num or t.dep_ in ("det", "nummod", "quantmod", "poss", "case", "cc") \
                or t.pos_ in ("DET", "NUM", "ADP", "CCONJ", "AUX", "PRON", "SCONJ") \
                or t.text in (",", ";", "(", ")", ":") or t.lower_ in ("more", "than", "over", "about"):
            break
        if noun not in t.ancestors:
            break
        j -= 1
    words = [w.lower_ if not w.text.isupper() else w.text for w in doc[j:noun.i]]
    label = " ".join(words + [singularize(noun.lower_)])
    label = re.sub(r"\s*-\s*", "-", label)
    return label, doc[j].idx


def _is_session_noun(noun: Token) -> bool:
    return noun.pos_ == "NOUN" and noun.tag_ == "NNS" and singularize(noun.lower_) in SESSION_NOUNS


def _own_topics(noun: Token) -> tuple[TopicRecord, ...]:
    """Topics in the group's own phrase: 'areas for A, B', 'zones, covering A', 'sessions on
    A and B', 'talks, concentrated on A', 'which demonstrate A'."""
    doc = noun.doc
    text = doc_text(doc)
    j = noun.i + 1
    if j < len(doc) and doc[j].text == ",":
        j += 1
    if j < len(doc):
        nxt = doc[j]
        at = None
        if nxt.lower_ in ("on", "for", "about", "covering", "spanning") and not doc[j + 1:j + 2].text[:1].isdigit():
            at = nxt.idx + len(nxt.text)
        elif nxt.tag_ in ("VBG", "VBN", "VBD") and lemma(nxt) in TOPIC_VERBS:  # 'talks, concentrated on'
            at = topic_verb_object(nxt)
        if at is not None:
            first = next((t for t in doc[j + 1:] if t.idx >= at), None)
            if first is not None and first.ent_type_ not in ("DATE", "TIME", "GPE"):
                stop = noun.sent.end_char
                return topic_records(text[at:stop], at, text)
    for c in noun.children:
        if c.dep_ in ("acl", "relcl") and lemma(c) in _TOPIC_VERBS | {"cover"}:
            at = c.idx + len(c.text)  # to the end of the sentence: parses often cut lists short
            return topic_records(text[at:noun.sent.end_char], at, text)
    return ()


def _sibling_parent(ctx: Context, root: Token) -> str | None:
    """'the X Summit and 4 special promotion conferences will be held': groups coordinated
    with a named sub-event belong where it belongs (the main event), not to it."""
    m = next((m for m in ctx.mentions if m.start <= root.i < m.end and not m.anaphor), None)
    if m is None:
        return None
    ev = next((e for e in ctx.result.events if e.key == m.event), None)
    return ev.part_of if ev is not None else None


def extract_sessions(ctx: Context) -> list[SessionRecord]:
    """Session groups of the release's events, with counts and topics."""
    doc = ctx.doc
    groups: list[tuple[SessionRecord, Token]] = []
    seen: set[int] = set()
    for noun in tokens_matching(doc, _SESSION_RE):
        if noun.i in seen or not _is_session_noun(noun) or ctx.is_mention_token(noun):
            continue
        if any(c.lower_ in ("consecutive", "successive", "straight") for c in noun.children):
            continue  # "three consecutive sessions" counts editions, not sessions
        count, num_toks = _count(noun)
        verb = _governing_verb(noun)
        has_count = count is not None
        root = noun
        while root.dep_ == "conj" and root.head.i != root.i:
            root = root.head
        listed = lemma(root) in _GROUP_WORDS or (
            root.dep_ == "pobj" and root.head.lower_ == "of" and lemma(root.head.head) in _GROUP_WORDS)
        if not listed and (verb is None or (lemma(verb) not in SESSION_VERBS
                                            and (not has_count or lemma(noun) == "event"))):
            continue
        conjs = [noun] + [c for c in noun.conjuncts if c.i > noun.i]
        counted = count is not None or any(_count(c)[0] for c in conjs)
        if not counted:
            has_mod = any(c.dep_ in ("amod", "compound") for c in noun.children)
            if not listed and (lemma(verb) not in _UNCOUNTED_VERBS or not has_mod
                               or noun.dep_ not in ("nsubj", "nsubjpass", "dobj")):
                continue
        sent = noun.sent
        event = _sibling_parent(ctx, root) or ctx.event_for_sentence(sent, before=noun)
        for member in conjs:
            if not _is_session_noun(member):
                continue
            seen.add(member.i)
            n, toks = _count(member) if member is not noun else (count, num_toks)
            label, start_char = _label(member)
            start_char = min([start_char] + [t.idx for t in toks])
            span = source_span(doc, start_char, member.idx + len(member.text))
            groups.append((SessionRecord(event or ctx.main_key or "e0", label, n, _own_topics(member), span), member))
    taken = {i for r, _ in groups if r.span for i in token_range(doc, r.span.start, r.span.end)}
    labels = {r.label for r, _ in groups}
    text = doc_text(doc)
    for m in _PROGRAMME_ITEMS.finditer(text):
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None or any(t.i in taken for t in span) or ctx.is_name_token(span[-1]):
            continue
        if span.start > 0 and doc[span.start - 1].text[:1].isupper() and doc[span.start - 1].pos_ == "PROPN":
            continue  # part of a name ("... Award ceremony" of a named event)
        if span.root.dep_ == "conj" and lemma(span.root.head) in EVENT_HEADS:
            continue  # "a promotion conference and signing ceremony": the event itself
        label = " ".join(singularize(w) for w in m.group(0).lower().split())
        if label in labels:
            continue
        labels.add(label)
        event = ctx.event_for_sentence(span.sent, before=span[0])
        groups.append((SessionRecord(event or ctx.main_key or "e0", label, None, _own_topics(span.root),
                                     source_span(span)), span.root))
    # topics from later sentences about a group: "the special meetings mainly cover ..."
    subjects: dict[str, list[Token]] = {}
    if groups:
        heads = {lemma(n) for _, n in groups}
        for tok in tokens_matching(doc, word_pattern({w for h in heads for w in (h, h + "s", h + "es")})):
            if tok.dep_ in ("nsubj", "nsubjpass") and lemma(tok) in heads:
                subjects.setdefault(lemma(tok), []).append(tok)
    out = []
    for rec, noun in groups:
        topics = list(rec.topics)
        head = lemma(noun)
        for tok in [noun] + subjects.get(head, []):
            if tok.i < noun.i or (tok.i == noun.i and topics):
                continue
            verb = tok.head
            at = topic_verb_object(verb) if verb.pos_ == "VERB" else None
            if at is None and lemma(verb) in _TOPIC_VERBS:
                at = verb.idx + len(verb.text)
            if at is None and verb.pos_ in ("VERB", "AUX"):
                # 'five conferences will be held on the sidelines, dealing with A, B and C'
                part = next((c for c in verb.children if c.dep_ in ("advcl", "xcomp") and c.tag_ == "VBG"
                             and c.i > tok.i and topic_verb_object(c) is not None), None)
                if part is not None:
                    verb, at = part, topic_verb_object(part)
            if at is not None and at > tok.idx:
                # the group's own sentence: to its end (parses often cut a list short at a
                # noun taken for the root); the list's own stop words end it earlier
                end = noun.sent.end_char if tok is noun else verb_scope_end(verb)
                topics.extend(topic_records(doc_text(doc)[at:end], at, doc_text(doc)))
        out.append(SessionRecord(rec.event, rec.label, rec.count, tuple(topics), rec.span))
    return _merge_repeats(out)


def _merge_repeats(groups: list[SessionRecord]) -> list[SessionRecord]:
    """A group named twice ('6 special meetings ... the special meetings') is one group: the
    first count given, the topics of both."""
    merged: dict[tuple[str, str], SessionRecord] = {}
    for g in groups:
        key = (g.event, g.label)
        if key not in merged:
            merged[key] = g
            continue
        first = merged[key]
        labels = {t.label for t in first.topics}
        topics = first.topics + tuple(t for t in g.topics if t.label not in labels)
        merged[key] = SessionRecord(first.event, first.label, first.count if first.count is not None else g.count,
                                    topics, first.span)
    return list(merged.values())


__all__ = ["extract_sessions", "small_cardinal", "Span"]
