"""Roles: who hosted, organized, co-organized, sponsored, supported, partnered, or was guest
of honour — with coordinated lists split into separate, typed agents.

Patterns over the dependency parse:
- passive agents: "<event>, hosted by A and jointly organized by B and C" (verb -> role);
- role phrases: "under the auspices of A", "in partnership with B";
- role nouns: "organiser A said", "A, the main organizer, said", "event organisers A";
- honour: "A was invited as the guest of honor", "with A as its Guest of Honour",
  "A is the partner country".
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Span, Token

from kg.extract.common import (
    acronym_expansion,
    agent_key,
    clean_name,
    doc_ents,
    ents_in,
    is_titlecase,
    lemma,
    source_span,
    span_text,
)
from kg.extract.context import Context
from kg.extract.lexicon import (
    GOVERNMENT_WORDS,
    HONOUR_PATTERN,
    ORG_WORDS,
    ROLE_NOUNS,
    ROLE_PHRASES,
    ROLE_VERBS,
)
from kg.extract.records import RoleRecord
from kg.normalize.places import is_country

_KEEP_PREPS = frozenset({"of", "for", "&", "on"})
_CUT_DEPS = frozenset({"relcl", "acl", "advcl", "appos", "ccomp", "xcomp", "punct_cut"})
_AGENT_ENTS = frozenset({"ORG", "GPE", "PERSON", "NORP", "FAC", "LOC"})
_BAD_AGENT_WORDS = frozenset({"it", "they", "which", "who", "this", "that", "them", "he", "she"})


def _np_tokens(head: Token) -> list[Token]:
    """The noun phrase of ``head``: its subtree without clauses and place/time adjuncts."""
    keep: list[Token] = []

    def walk(t: Token) -> None:
        keep.append(t)
        for c in t.children:
            if c.dep_ in _CUT_DEPS:
                continue
            if c.dep_ == "prep" and c.lower_ not in _KEEP_PREPS:
                continue
            walk(c)

    walk(head)
    keep.sort(key=lambda t: t.i)
    # keep a contiguous run around the head
    run = [t for t in keep if t.i >= keep[0].i]
    out, prev = [], None
    for t in run:
        if prev is not None and t.i != prev.i + 1:
            if t.i > head.i:
                break
            out = []
        out.append(t)
        prev = t
    while out and out[-1].is_punct:
        out.pop()
    return out


def _entity_covering(tok: Token) -> Span | None:
    if tok.ent_iob_ == "O" or tok.ent_type_ not in _AGENT_ENTS:
        return None
    for ent in doc_ents(tok.doc):
        if ent.start <= tok.i < ent.end:
            return ent
    return None


def _standalone(tokens: list[Token]) -> bool:
    """Could this piece of a list name an agent on its own?"""
    words = [t for t in tokens if not t.is_punct and t.pos_ != "DET"]
    if not words or not any(is_titlecase(t) or t.is_upper for t in words):
        return False
    last = words[-1].lower_
    if last in ORG_WORDS:
        return True
    ents = {_entity_covering(t) for t in words}
    return None not in ents and len(words) <= 8 or (len(words) <= 3 and all(is_titlecase(t) for t in words))


def _continues(prev: list[Token], piece: list[Token]) -> bool:
    """'Department of Fisheries' + 'Marine Resources': the second piece completes the 'of'
    phrase of the first unless it starts a new name (a determiner, or an organization word
    at its end)."""
    words = [t for t in piece if not t.is_punct]
    if not words or words[0].pos_ == "DET" or words[-1].lower_ in ORG_WORDS:
        return False
    return any(t.lower_ == "of" for t in prev) and not is_country(" ".join(t.text for t in words))


def split_agents(tokens: list[Token]) -> list[list[Token]]:
    """Split 'A, B and C' into agents, never inside a named entity, and re-join pieces that
    cannot stand alone ('Department of Industry' + 'Information Technology')."""
    pieces: list[list[Token]] = [[]]
    for t in tokens:
        ent = _entity_covering(t)
        inside = ent is not None and ent.start < t.i < ent.end - 1
        if t.lower_ in (",", ";", "and", "&", "as") and not inside:
            if t.lower_ == "as":
                continue
            if pieces[-1]:
                pieces.append([])
            continue
        if t.lower_ in ("well",) and pieces[-1] == []:
            continue
        pieces[-1].append(t)
    pieces = [p for p in pieces if p]
    merged: list[list[Token]] = []
    for p in pieces:
        if merged and (not _standalone(p) or _continues(merged[-1], p)):
            gap = merged[-1][-1].doc[merged[-1][-1].i + 1:p[0].i]
            merged[-1] = merged[-1] + list(gap) + p
        else:
            merged.append(p)
    return merged


def agent_type(tokens: list[Token], name: str) -> str:
    if is_country(name):
        return "Country"
    words = name.replace("’", "'").split()
    low = [w.lower().strip(",.") for w in words]
    if low and (low[-1] in GOVERNMENT_WORDS or "government" in low or low[0] in ("ministry", "cpc")):
        return "GovernmentOrganization"
    if tokens and all(t.ent_type_ == "PERSON" for t in tokens if not t.is_punct) and len(words) <= 4:
        return "Person"
    return "Organization"


_ROLE_PHRASE_RE = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, ROLE_PHRASES), key=len, reverse=True)) + r")\b")
_ROLE_NOUN_RE = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, ROLE_NOUNS), key=len, reverse=True)) + r")\b", re.I)
def _records(ctx: Context, event: str | None, role: str, toks: list[Token], sent: Span) -> list[RoleRecord]:
    out = []
    if event is None:
        return out
    for piece in split_agents(toks):
        name = clean_name("".join(t.text_with_ws for t in piece).strip())
        name = re.sub(r"^(?:jointly|also|the)\s+", "", name, flags=re.I)
        if not name or name.lower() in _BAD_AGENT_WORDS or not any(c.isupper() for c in name):
            continue
        if ctx.is_mention_token(piece[0]) and ctx.is_mention_token(piece[-1]):
            continue  # an event is not its own agent
        name = acronym_expansion(ctx.doc, name) or name
        span = source_span(sent.doc, piece[0].idx, piece[-1].idx + len(piece[-1].text))
        out.append(RoleRecord(event, role, name, agent_type(piece, name), span))
    return out


def _verb_role(verb: Token) -> str | None:
    lem = lemma(verb)
    doc = verb.doc
    prefix = ""
    if verb.i >= 2 and doc[verb.i - 1].text == "-" and doc[verb.i - 2].lower_ == "co":
        prefix = "co-"
    if lem.startswith("co-"):
        lem, prefix = lem[3:], "co-"
    if prefix == "co-" and lem in ("organize", "organise", "sponsor"):
        return {"sponsor": "sponsor"}.get(lem, "coOrganizer")
    return ROLE_VERBS.get(lem)


def _passive_roles(ctx: Context, sent: Span) -> list[RoleRecord]:
    out = []
    if " by " not in span_text(sent):
        return out
    for tok in sent:
        if tok.dep_ != "agent" or tok.lower_ != "by":
            continue
        verb = tok.head
        role = _verb_role(verb)
        if role is None:
            continue
        objs = [c for c in tok.children if c.dep_ == "pobj"]
        if not objs:
            continue
        np = _np_tokens(objs[0])
        # conjuncts of the object that the parser hung elsewhere in the phrase
        event = ctx.event_for_sentence(sent, before=verb)
        out += _records(ctx, event, role, np, sent)
    return out


def _phrase_roles(ctx: Context, sent: Span) -> list[RoleRecord]:
    out = []
    low = span_text(sent).lower()
    for m in _ROLE_PHRASE_RE.finditer(low):
        role = ROLE_PHRASES[m.group(0)]
        char = sent.start_char + m.end()
        after = [t for t in sent if t.idx >= char]
        if not after:
            continue
        first = after[0]
        if first.lower_ in ("the",) and len(after) > 1:
            first = after[1]
        # the head of the NP starting here
        head = first
        while head.head.i != head.i and head.head.i >= first.i and head.dep_ not in ("pobj", "dobj"):
            head = head.head
        np = [t for t in _np_tokens(head) if t.i >= after[0].i]
        event = ctx.event_for_sentence(sent, before=after[0])
        out += _records(ctx, event, role, np, sent)
    return out


def _noun_roles(ctx: Context, sent: Span) -> list[RoleRecord]:
    """'organiser Messe München', 'event organisers Informa Markets', 'JAMA, the main organizer'."""
    out = []
    doc = ctx.doc
    if not _ROLE_NOUN_RE.search(span_text(sent)):
        return out
    for tok in sent:
        role = ROLE_NOUNS.get(tok.lower_)
        if role is None or tok.text[0].isupper() and tok.i != sent.start:
            continue
        # a proper name right after the noun
        j = tok.i + 1
        run = []
        while j < sent.end and (doc[j].pos_ == "PROPN" or (is_titlecase(doc[j]) and doc[j].pos_ != "DET")):
            run.append(doc[j])
            j += 1
        if run and not ctx.is_mention_token(run[0]):
            event = ctx.event_for_sentence(sent, before=tok)
            out += _records(ctx, event, role, run, sent)
            continue
        # "A, the main organizer, ..." / "A is the organizer of"
        if tok.dep_ == "appos" and tok.head.pos_ in ("PROPN", "NOUN"):
            event = ctx.event_for_sentence(sent, before=tok)
            out += _records(ctx, event, role, _np_tokens(tok.head), sent)
        elif tok.dep_ == "attr" and lemma(tok.head) == "be":
            subj = [c for c in tok.head.children if c.dep_ == "nsubj"]
            if subj:
                event = ctx.event_for_sentence(sent, before=tok)
                out += _records(ctx, event, role, _np_tokens(subj[0]), sent)
    return out


def _honour_subject(toks_before: list[Token]) -> list[Token]:
    """'Kenya has been named partner country': the subject of the naming verb."""
    if not toks_before:
        return []
    verb = toks_before[-1]
    if lemma(verb) not in ("name", "choose", "select", "designate", "invite", "appoint", "announce", "make"):
        return []
    subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return _np_tokens(subj[0]) if subj else []


_HONOUR_RE = re.compile(HONOUR_PATTERN, re.I)


def _with_conjuncts(tokens: list[Token]) -> list[Token]:
    """An agent phrase with its coordinated partners ('Kazakhstan and Uzbekistan')."""
    if not tokens:
        return tokens
    root = max(tokens, key=lambda t: sum(1 for a in t.ancestors if a in tokens) == 0)
    extra = [t for c in root.conjuncts if c.i > root.i for t in c.subtree]
    span = sorted(set(tokens) | set(extra) | {t for t in tokens[0].doc[tokens[0].i:max(t.i for t in tokens + extra) + 1]
                                              if t.dep_ in ("cc", "punct", "conj", "compound", "det", "amod")},
                  key=lambda t: t.i)
    return span


def _honour_roles(ctx: Context, sent: Span) -> list[RoleRecord]:
    """'A was invited as the guest of honour', 'with A as its Guest of Honour', 'A is the
    partner country', 'A has been named partner country', 'the guest country, A'."""
    out = []
    text = span_text(sent)
    for m in _HONOUR_RE.finditer(text):
        char = sent.start_char + m.start()
        toks_before = [t for t in sent if t.idx < char]
        toks_after = [t for t in sent if t.idx >= sent.start_char + m.end()]
        agent: list[Token] = []
        as_tok = next((t for t in reversed(toks_before[-4:]) if t.lower_ == "as"), None)
        if as_tok is not None:
            verb = as_tok.head
            subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")] if verb.pos_ in ("VERB", "AUX") else []
            if subj and subj[0].i < as_tok.i and (subj[0].ent_type_ in _AGENT_ENTS or is_country(subj[0].text)):
                agent = _np_tokens(subj[0])
            else:
                ents = [e for e in ents_in(sent) if e.end <= as_tok.i and e.label_ in _AGENT_ENTS]
                if ents:
                    agent = list(ents[-1])
        elif _honour_subject(toks_before):
            agent = _honour_subject(toks_before)
        elif toks_before and any(lemma(t) == "be" for t in toks_before[-3:]):
            verb = next(t for t in reversed(toks_before[-3:]) if lemma(t) == "be")
            subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subj:
                agent = _np_tokens(subj[0])
        elif toks_after and (toks_after[0].text in (",", ":") or is_titlecase(toks_after[0])):
            rest = toks_after[1:] if toks_after[0].text in (",", ":") else toks_after
            ent = _entity_covering(rest[0]) if rest else None
            if ent is not None:
                agent = list(ent)
        if agent:
            event = ctx.event_for_sentence(sent, before=agent[0])
            out += _records(ctx, event, "guestOfHonor", _with_conjuncts(agent), sent)
        break
    return out


def extract_roles(ctx: Context) -> list[RoleRecord]:
    """All role assertions of the release, one record per (event, role, agent)."""
    out: list[RoleRecord] = []
    for sent in ctx.doc.sents:
        out += _passive_roles(ctx, sent)
        out += _phrase_roles(ctx, sent)
        out += _noun_roles(ctx, sent)
        out += _honour_roles(ctx, sent)
    # one agent, one name: the longest spelling seen in the release ('X Ltd' over 'X')
    longest: dict[str, str] = {}
    for r in out:
        k = agent_key(r.agent)
        if len(r.agent) > len(longest.get(k, "")):
            longest[k] = r.agent
    seen: set[tuple[str, str, str]] = set()
    unique = []
    for r in out:
        key = (r.event, r.role, agent_key(r.agent))
        if key not in seen:
            seen.add(key)
            unique.append(replace(r, agent=longest[key[2]]))
    return unique
