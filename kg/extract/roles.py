"""Roles: who hosted, organized, co-organized, sponsored, supported, partnered, or was guest
of honour — with coordinated lists split into separate, typed agents.

The cue words of every rule are data (``kg/extract/rules/roles.json``, with examples and
negatives); this module holds one handler per rule:

- ``passive-agent``: "<event>, hosted by A and jointly organized by B and C";
- ``event-object``: "A is gearing up to host <event>", "A has produced <event> since 1935";
- ``role-phrase``: "under the auspices of A", "with the support of A and B";
- ``role-noun``: "organiser A said", "A, the main organizer", "according to the organisers,
  A (ACR), ...", "Partners of the festival are A, B and C", "Sponsors include A and B";
- ``organizing-committee``: "the Higher Organising Committee of <event>";
- ``guest-of-honour``: "A was invited as the guest of honour", "the honoured country is A".

Agents are read left to right as a run of names (:func:`agent_run`), not from the parse
tree alone: parses of long lists of names are often cut short or hung elsewhere.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from kg.extract.common import (
    acronym_expansion,
    agent_key,
    clean_name,
    covering_entity,
    doc_ents,
    doc_lower,
    doc_sents,
    doc_text,
    doc_tokens,
    ents_in,
    _token_offsets,
    factored_alternation,
    indices_between,
    finditer_lower,
    finditer_words,
    is_titlecase,
    lemma,
    ordinal_value,
    sent_of,
    source_span,
    span_text,
    token_range,
    tokens_matching,
    word_pattern,
)
from kg.extract.context import Context
from kg.extract.lexicon import EVENT_ANAPHORS, GOVERNMENT_WORDS, ORG_WORDS, VENUE_WORDS
from kg.extract.records import RoleRecord
from kg.extract.rules import load_rules
from kg.normalize.places import is_country, lookup_place
from kg.pipeline import patterns

_DATA = load_rules("roles")
RULES: dict[str, dict] = {r["name"]: r for r in _DATA["rules"]}
#: "<verb> by X" -> role
ROLE_VERBS: dict[str, str] = RULES["passive-agent"]["cues"]
_STRICT_VERBS = frozenset(RULES["passive-agent"]["strict"])
#: "organized by A together with B": more agents of the same role
_CONTINUATIONS = tuple(tuple(c.split()) for c in RULES["passive-agent"]["continuations"])
#: "X <verb> <event>" -> role
ACTIVE_VERBS: dict[str, str] = RULES["event-object"]["cues"]
#: "under the auspices of X" -> role
ROLE_PHRASES: dict[str, str] = RULES["role-phrase"]["cues"]
#: "organiser X", "X, the organizer" -> role
ROLE_NOUNS: dict[str, str] = RULES["role-noun"]["cues"]
_LIST_LINKS = frozenset(RULES["role-noun"]["list_links"])
#: nouns that give a role only when said of the event ('the owner of the fair')
_STRICT_NOUNS = frozenset(RULES["role-noun"]["strict"])
#: 'founder': nouns that give a body the role, never a person
_ORG_ONLY_NOUNS = frozenset(RULES["role-noun"]["organization_only"])
_GENERIC_AGENTS = frozenset(_DATA["generic_agents"])
#: 'press conference', 'media briefing': words that make an event noun an announcement
_PRESS_COMPOUNDS = frozenset(_DATA["press_compounds"])
#: 'CEO of A', 'Managing Director of A': titles of a body's officer, beside title_words
_PERSON_TITLES = frozenset(_DATA["officer_titles"])
#: 'the ministry of agriculture': government words that name a body in lower case with an 'of' phrase alone
_LOWER_OF_HEADS = frozenset(_DATA["lowercase_of_heads"])
_CONNECTORS = frozenset(_DATA["name_connectors"])
_LOWER_NAME_WORDS = frozenset(_DATA["lowercase_name_words"]) | ORG_WORDS
#: 'Govt.', 'Dept.': abbreviations inside a body's name whose point the tokenizer splits off
_NAME_ABBREVIATIONS = frozenset(_DATA["name_abbreviations"])
#: last words that end one list item's name ("Tidewater Events"), beside the organization words
_LIST_ORG_WORDS = ORG_WORDS | frozenset(_DATA["list_org_heads"]) | {"ltd.", "inc.", "co.", "corp.", "plc.", "llc."}
_LOWER_ORG_HEADS = frozenset(_DATA["lowercase_org_heads"])
_TITLE_WORDS = frozenset(_DATA["title_words"])
#: 'nordhaven events', 'tidewell media': the last word of a company named in lower case
_COINED_HEADS = frozenset(_DATA["coined_name_heads"])
#: 'Events', 'Exhibitions', 'Productions': trades of event companies, whose names do not go on with 'for'
_COMPANY_HEADS = frozenset(_DATA["list_org_heads"])
_NEW_WORDS = frozenset(_DATA["known_new_words"])
_COMPANY_SUFFIXES = frozenset(_DATA["company_suffixes"])
_COPULAS = frozenset(_DATA["copula_verbs"])
#: 'A has been named the official partner': verbs that give their subject the role noun
_NAMING_VERBS = frozenset(_DATA["naming_verbs"])
#: 'A acts as the organiser', 'A serves as host': verbs whose subject takes the role after 'as'
_AS_VERBS = frozenset(_DATA["as_verbs"])
#: 'Amberton-based X', 'state-run X': a hyphenated description before a name
_PREFIX_PARTICIPLES = frozenset(_DATA["prefix_participles"])
#: 'the Embassy of X to Y': heads of a name that goes on after 'to'
_TO_HEADS = frozenset(_DATA["to_heads"])

#: 'launched by the Minister on Friday' (opened it): verbs that give no role to a person or an official
_ORG_ONLY_PASSIVE = frozenset(RULES["passive-agent"]["organization_only"])
_ORG_ONLY_ACTIVE = frozenset(RULES["event-object"]["organization_only"])
_HONORIFICS = frozenset(_DATA["honorifics"])


def _person_or_official(run: list) -> bool:
    """An official (:func:`_person_agent`), or a person the tagger marks whose name holds no
    organization word ('Anna Berg', not 'Halvard Messe' that the tagger may take for one)."""
    words = [t for t in run if not t.is_punct and t.pos_ != "DET"]
    return _person_agent(run) or bool(words) and all(t.ent_type_ == "PERSON" for t in words) \
        and not any(t.lower_ in _LIST_ORG_WORDS or t.lower_ == "messe" for t in words)


def _person_agent(run: list) -> bool:
    """Does a run of names name an official ('Governor X', 'the Minister of Y', 'H.E. X'), or a
    person the tagger marks whose title follows ('Anna Berg, the Minister of Culture')? (A
    person's name alone may be the tagger's reading of a company: 'launched by A Messe in 2009'.)"""
    words = [t for t in run if t.pos_ != "DET"]
    if not words:
        return False
    if words[0].lower_ in _TITLE_WORDS or words[0].lower_ in _PERSON_TITLES or words[0].lower_ in _HONORIFICS:
        return True
    toks = doc_tokens(words[0].doc)
    for t in words:
        k = t.i + 1
        if t.ent_type_ != "PERSON" or k + 1 >= len(toks) or toks[k].text != ",":
            continue
        k += 1
        while k < len(toks) and toks[k].pos_ == "DET":
            k += 1
        if k < len(toks) and (toks[k].lower_ in _TITLE_WORDS or toks[k].lower_ in _PERSON_TITLES):
            return True
    return False


_CUT_DEPS = frozenset({"relcl", "acl", "advcl", "appos", "ccomp", "xcomp", "punct_cut"})
_KEEP_PREPS = frozenset({"of", "for", "&", "on"})
_AGENT_ENTS = frozenset({"ORG", "GPE", "PERSON", "NORP", "FAC", "LOC"})
_NEW_NAME_ENTS = frozenset({"GPE", "FAC", "LOC", "PERSON"})
_NOT_NAME_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})
_CALENDAR = frozenset(_DATA["calendar_words"])
_BAD_AGENT_WORDS = frozenset(_DATA["bad_agent_words"])
#: nouns a role participle may hang on that are parts of an event, not the event itself
_NOT_EVENT_TARGETS = frozenset(_DATA["not_event_targets"])


def _anaphor(tok: Token) -> bool:
    """An event noun that may stand for the event: a word of EVENT_ANAPHORS ('the fair'), or
    the head word of the main event's own name in lower case after a determiner or a
    possessive ('the weekend' for the Tarrow Wine Weekend 2026, 'the indaba', 'this year's
    run'; set by :func:`extract_roles` from the main event's name)."""
    return tok.lower_ in EVENT_ANAPHORS or _head_anaphor(tok)


def _head_anaphor(tok: Token) -> bool:
    """'the weekend' in a release about the Tarrow Wine Weekend 2026 (see :func:`_anaphor`)."""
    head = tok.doc.user_data.get("ekg_roles_head")
    if head is None or tok.lower_ != head or not tok.is_lower or tok.i == 0:
        return False
    prev = doc_tokens(tok.doc)[tok.i - 1]
    return prev.lower_ in _HEAD_DETERMINERS or prev.tag_ == "POS"


_HEAD_DETERMINERS = frozenset(_DATA["head_determiners"])


def _part_noun(tok: Token) -> bool:
    """A part of an event ('session', 'seminar', 'workshop': _NOT_EVENT_TARGETS), unless it is
    the head word of the main event's own name ('the seminar' in a release about the X Tax
    Seminar is the event)."""
    return lemma(tok) in _NOT_EVENT_TARGETS and not _head_anaphor(tok)


def _main_head(ctx: Context) -> str | None:
    """The head word of the main event's name that EVENT_ANAPHORS lacks ('weekend' of 'Tarrow
    Wine Weekend 2026'; the last word before a year or an ordinal), lower-cased; None for an
    acronym, a word that is not all letters, or a word EVENT_ANAPHORS has already."""
    main = ctx.result.main_event
    if main is None:
        return None
    words = _NAME_WORD.findall(main.name)
    while words and (_EDITION_WORD.fullmatch(words[-1]) or words[-1].lower() in _NAME_STOP or words[-1].isdigit()):
        words.pop()
    if not words or not words[-1].isalpha() or words[-1].isupper() or words[-1].lower() in EVENT_ANAPHORS:
        return None
    return words[-1].lower()


def _phrase_alternative(cue: str) -> str:
    """'under the patronage of' -> a pattern that also takes 'under the high patronage of';
    'with support from' one that takes 'with strong support from' (one word after 'the', or
    after the first word of a cue without 'the')."""
    esc = re.escape(cue)
    if r"the\ " in esc:
        esc = esc.replace(r"the\ ", r"the\s+(?:[\w-]+\s+)?", 1)
    elif r"\ " in esc and len(cue.split()) >= 3:
        esc = esc.replace(r"\ ", r"\s+(?:[\w-]+\s+)?", 1)
    return esc.replace(r"\ ", r"\s+")


# (the cue lists are joined with factored_alternation: the same matches as "|".join, found faster)
_PHRASE_RE = patterns.compile(r"(?<![\w-])(?:" + factored_alternation(_phrase_alternative(c.lower()) for c in sorted(ROLE_PHRASES, key=len, reverse=True))
                        + r")(?![\w-])")


_THE_WORD = patterns.compile(r"\bthe [\w-]+ ")
_LEADING_ADVERB = patterns.compile(r"^(?:jointly|also|the)\s+", re.I)


def _phrase_role(text: str) -> str | None:
    low = " ".join(text.lower().split())
    words = low.split()
    return ROLE_PHRASES.get(low) or ROLE_PHRASES.get(_THE_WORD.sub("the ", low, count=1)) \
        or ROLE_PHRASES.get(" ".join(words[:1] + words[2:]))
_NOUN_RE = patterns.compile(r"(?<![\w-])(?:" + factored_alternation(sorted(map(re.escape, ROLE_NOUNS), key=len, reverse=True))
                      + r")(?![\w-])")
_COMMITTEE_RE = patterns.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, RULES["organizing-committee"]["cues"]))
                           + r")(?![\w-])", re.I)
_HONOUR_RE = patterns.compile(r"(?<![\w-])(?:" + factored_alternation(RULES["guest-of-honour"]["cues"]) + r")(?![\w-])")


def _inflections(verb: str) -> set[str]:
    """'host' -> host, hosts, hosted, hosting; 'organize' -> ..., organized, organizing."""
    stem = verb[:-1] if verb.endswith("e") else verb
    out = {verb, verb + "s", stem + "ed", stem + "ing", {"run": "ran", "hold": "held"}.get(verb, verb)}
    if verb == "run":
        out |= {"running"}
    return out


#: inflected forms of the event-object verbs, to find candidates fast
_ACTIVE_RE = word_pattern({f for v in ACTIVE_VERBS for f in _inflections(v.removeprefix("co-").split()[0])}
                          | {"put", "putting"})  # ('A puts on the show': the verb of a verb with its particle)
#: 'A and B co-host the event': the same verbs after 'co-' (a pattern of its own keeps the
#: first-letters prefilter of the one above)
_CO_ACTIVE_RE = patterns.compile(r"(?<![\w-])co-(?:" + "|".join(sorted(
    {re.escape(f) for v in ACTIVE_VERBS for f in _inflections(v.removeprefix("co-"))}, key=lambda w: (-len(w), w)))
    + r")(?![\w-])", re.I)
#: a subject ending in one of these is a venue ('the X Exhibition Centre hosts the fair')
_VENUE_HEADS = VENUE_WORDS - EVENT_ANAPHORS - {"messe", "expo", "convention", "forum"}
_BY = patterns.compile(r"(?<![\w-])by(?![\w-])", re.I)
_OTHER_EDITION = patterns.compile(r"\b(?:next year|next edition|last year|previous edition|last edition)\b", re.I)


# ---------------------------------------------------------------- reading names

def _entity_covering(tok: Token) -> Span | None:
    if tok.ent_iob_ == "O" or tok.ent_type_ not in _AGENT_ENTS:
        return None
    return covering_entity(tok.doc, tok.i)


#: 'eKelp', 'iKORA', 'mBrask': a brand written with a small first letter and a capital after it
_SMALL_FIRST = patterns.compile(r"[a-z]{1,2}[A-Z][A-Za-z0-9]*")


def _glued_number(tok: Token) -> bool:
    """'3' of '3M': a number the tokenizer split from the capital glued to it."""
    return tok.like_num and not tok.whitespace_ and tok.text.isdigit() and tok.i + 1 < len(tok.doc) \
        and tok.doc[tok.i + 1].text[:1].isupper()


def _proper_word(tok: Token) -> bool:
    """Capitalized ('Kelpwave', '3Q'), an acronym ('EPB'), a brand with a small first letter
    and a capital right after it ('eKelp', 'iKORA'), or the number of '3M'."""
    return is_titlecase(tok) or (tok.is_upper and len(tok.text) > 1) or _SMALL_FIRST.fullmatch(tok.text) is not None \
        or _glued_number(tok)


def _sent_tokens(sent: Span) -> list[Token]:
    """The sentence's tokens from the cached list (iterating a Span makes a new Token each)."""
    return doc_tokens(sent.doc)[sent.start:sent.end]


def _name_word(tok: Token) -> bool:
    """A word that can be part of a proper name: capitalized, an acronym, not a date."""
    if tok.is_punct or tok.is_space or tok.ent_type_ in _NOT_NAME_ENTS and (tok.like_num or tok.lower_ in _CALENDAR) \
            and not _glued_number(tok):
        return False
    return _proper_word(tok)


def agent_run(ctx: Context, start: int, end: int) -> list[Token]:
    """The names listed from token ``start`` on (before ``end``): 'the Ministry of X, the Y
    Association and Z (ZZ)', 'Guangxi government', "Peru's Mining Engineers Institute".

    Capitalized words, with connectors ('of', 'and', 'the', ',', "'s", '(') between them
    only when a capitalized word follows; a few lower-case words complete a name after a
    capitalized one ('Nantou county government'). Event names end the run, except after
    'of' ('Organizing Committee of <event>')."""
    toks = doc_tokens(ctx.doc)
    out: list[Token] = []
    pending: list[Token] = []
    end = _past_split(toks, end)
    j = start
    if j < end and j > 0 and toks[j].text in ("-", "–", "—") and toks[j - 1].lower_ == "by" \
            and "\n" not in toks[j - 1].whitespace_:
        j += 1  # 'Organised by – A': a key line's dash
    while j < end and toks[j].lower_ in ("the", "jointly", "also", "both"):
        j += 1
    while j < end and (toks[j].is_space or toks[j].text in _BULLETS and _after_newline(toks, j)):
        j += 1  # 'Organisers:\n- A\n- B': a list one item a line
        if j + 1 < end and toks[j].lower_ == "the" and not toks[j].is_space and toks[j - 1].text in _BULLETS:
            j += 1  # 'The organisers are:\n- the A\n- B'
    if j + 3 < end and toks[j + 1].text in ("-", "–") and toks[j + 2].lower_ in _PREFIX_PARTICIPLES \
            and _name_word(toks[j + 3]):
        j += 3  # 'Amberton-based Kelpwave Events', 'the state-run X Corporation': what it is, not its name
    if j < end and not _name_word(toks[j]) and (k := _lowercase_body(toks, j, end)) > j:
        out, j = toks[j:k], k  # 'the commerce ministry', 'the provincial government': a body named in lower case
    elif j < end and (k := _coined_end(toks, j, end)) > j:
        out, j = toks[j:k], k  # 'nordhaven events': a company named in lower case
    elif j < end and (k := _descriptor_end(ctx, toks, j, end)) > j:
        j = k  # 'trade fair company Tidewater Events': what the body is, said before its name
    open_paren = False
    owned_until = -1  # 'Organizing Committee of <event>': the event's name belongs to the agent's
    while j < end and len(out) < 150:
        t = toks[j]
        low = t.lower_
        if out and _after_newline(toks, j):
            k = j + 1 if t.is_space else j
            if k < end and toks[k].text in _BULLETS:
                pending += toks[j:k + 1]  # the next item of a list one a line
                j = k + 1
                continue
            break  # a name does not go on past a line break
        if t.text == ")" and open_paren:
            out += pending + [t]
            pending, open_paren = [], False
        elif _name_word(t) or out and pending and j >= owned_until and ctx.is_name_token(t):
            if (pending or "\n" in toks[j - 1].text_with_ws) and _starts_cue(ctx, t):
                break  # 'A; Co-organised by: B', 'A, Sponsors: B': the next label starts
            if ctx.is_name_token(t) and j >= owned_until:
                m_end = next((m.end for m in ctx.mentions if m.start <= j < m.end), j + 1)
                if not (_owns_event(out, pending) or _event_body(toks, m_end, end) or not out and _body_event(ctx, j)
                        or _descriptor_end(ctx, toks, m_end, end) > m_end):
                    # ('the Marvian games industry association GAV': a description goes on after
                    # what the event rules took for an event's name)
                    break
                owned_until = m_end
            out += pending + [t]
            pending = []
        elif j < owned_until:
            out += pending + [t]  # '<event> 2025' inside the owner's event name
            pending = []
        elif not out and not pending and low in _LOWER_NAME_WORDS and t.text.islower() and j + 1 < end \
                and _name_word(toks[j + 1]):
            pending.append(t)  # 'the municipal Department of Trade': kept only before the name
        elif out and any(p.lower_ in ("and", ",") for p in pending) and (
                (k := _lowercase_body(toks, j, end)) > j or (k := _coined_end(toks, j, end)) > j):
            out += pending + toks[j:k]  # '... Bureau (EPB) and the commerce ministry'
            pending = []
            j = k
            continue
        elif out and any(p.lower_ in ("and", ",") for p in pending) and len(pending) <= 3 \
                and (k := _descriptor_end(ctx, toks, j, end)) > j:
            j = k  # 'A and the games association GAV': a later item's description, dropped as for the first
            continue
        elif out and any(p.lower_ in ("and", ",") for p in pending) and low in _LOWER_NAME_WORDS \
                and t.text.islower() and j + 1 < end and _name_word(toks[j + 1]) and len(pending) < 3:
            pending.append(t)  # '... and the municipal Trade Center': kept only before the name
        elif (k := _lowercase_org(toks, j, end)) > j:
            pending += toks[j:k]  # "the people's government of <Name>": kept only before the name
            j = k
            continue
        elif out and not pending and _item_len(out) <= 3 and out[-1].lower_ not in ORG_WORDS \
                and (k := _descriptor_end(ctx, toks, j, end)) > j:
            out += toks[j:k]  # 'the German crafts association BVK': a described name is one agent
            j = k
            continue
        elif out and not pending and (is_titlecase(out[-1]) or out[-1].lower_ in _LOWER_NAME_WORDS) \
                and t.text.islower() and t.pos_ in ("NOUN", "PROPN") and (k := _lowercase_body(toks, j, end)) > j + 1:
            # 'the Vellby tourism board': a place's body named in lower case after its name ('the
            # Lanxi municipal people's government': after a lower-case name word of it too)
            out += toks[j:k]
            j = k
            continue
        elif out and not pending and low in _LOWER_NAME_WORDS and (
                is_titlecase(out[-1]) or out[-1].lower_ in _LOWER_NAME_WORDS
                or out[-1].text == ")" and len(out) >= 3 and out[-2].is_upper):
            out.append(t)  # 'Nantou county government', 'the Amber Region (AR) government'
        elif out and t.tag_ == "POS" and not pending and (k := _lowercase_body(toks, j + 1, end)) > j + 1:
            out += toks[j:k]  # "Mongolia's mining ministry"
            j = k
            continue
        elif out and t.tag_ == "POS" and not pending and j + 1 < end and toks[j + 1].text.islower() \
                and toks[j + 1].lower_ in GOVERNMENT_WORDS and not (
                    j + 2 < end and (toks[j + 2].lower_ in ("of", "for") or _name_word(toks[j + 2])
                                     or toks[j + 2].text.islower() and toks[j + 2].pos_ == "NOUN")):
            out += toks[j:j + 2]  # "Kenya's embassy", "the city's government": the possessor names the body
            j += 2
            continue
        elif out and t.tag_ == "POS" and not pending:
            pending.append(t)  # "Peru's Mining ...": kept only before a capitalized word
        elif out and not pending and (low == "to" and any(o.lower_ in _TO_HEADS for o in out) or low == "in" and (
                _mission_name(out) and j + 1 < end and _name_word(toks[j + 1]))):
            # 'the Embassy of X to Y', 'the Permanent Mission of X to the United Nations', 'the
            # U.S. Embassy in Lisbon', 'the Embassy of X in Y' ('in' right after the head word or
            # its 'of' name only)
            pending.append(t)
        elif out and out[-1].text == ")" and not pending and low in ("of", "for"):
            break  # 'the Ministry of Trade (MoT) of Ruritania': the acronym closed the name
        elif out and low == "for" and not pending and out[-1].lower_ in _COMPANY_HEADS \
                and out[-1].lower_ not in ORG_WORDS:
            break  # 'organised by A Events for the B Association': a company's name does not go on with 'for'
        elif out and not pending and t.text == "," and (k := _apposition_end(toks, j, end)) > j:
            j = k  # 'A, part of B Group, and C': an apposition between two items is stepped over
            continue
        elif out and (t.text in (",", ";") or _separator(t)) and _label_ahead(toks, j + 1, end):
            break  # 'Organiser: A | Venue: B', 'Organised by: A; Sponsor: B': the next key line's label
        elif out and (low in _CONNECTORS or t.text in (",", ";") or _separator(t) or (low in ("as", "well") and len(
                [p for p in pending if p.text != ","]) < 3)):
            # ('A, as well as the B': a comma before 'as well as' is not a fifth connector)
            words = [p.lower_ for p in (pending[1:] if pending and pending[0].text == "," else pending)]
            if len(words) >= 3 and not (words == ["as", "well", "as"] and low == "the"):
                break  # ('A as well as the B': four connectors)
            pending.append(t)
        elif out and t.text in ("(", "[") and not pending and j + 1 < end and _paren_tier(toks[j + 1:j + 5]):
            close = next(k for k in range(j + 1, j + 5) if toks[k].text in (")", "]"))
            out += toks[j:close + 1]  # 'A (Gold), B (Silver)', 'A (title sponsor)': the tier goes with A
            j = close + 1
            end = max(end, j)  # (a closing bracket the sentence splitter put after the sentence's end)
            continue
        elif out and not pending and t.text == "(" and j + 2 < end and toks[j + 1].like_url and toks[j + 2].text == ")":
            j += 3  # 'A (www.a.example) and B': a body's web address is no part of its name
            continue
        elif out and t.text == "(" and j + 1 < end and (_acronym_word(toks[j + 1]) or _paren_place(toks[j + 1:end])):
            pending.append(t)
            open_paren = True
        elif out and t.text in ("-", "–") and not t.whitespace_ and not toks[j - 1].whitespace_:
            pending.append(t)  # 'Rhein-Main'
        elif out and not pending and t.text == "." and not toks[j - 1].whitespace_ and toks[j - 1] is out[-1] \
                and out[-1].lower_ in _NAME_ABBREVIATIONS and j + 1 < end \
                and (toks[j + 1].lower_ == "of" or _name_word(toks[j + 1])):
            out.append(t)  # 'the Govt. of West Bengal', 'the Dept. of Tourism': the tokenizer split the abbreviation
        elif out and t.ent_type_ in _AGENT_ENTS and (ent := _entity_covering(t)) is not None and ent.start < t.i \
                and low not in ("with", "by"):  # ('by A with B as co-organiser': the tagger spans both)
            out += pending + [t]  # inside a name the tagger spans: 'Ministry of ... of'
            pending = []
        else:
            break
        j += 1
    semi = [k for k, o in enumerate(out) if o.text == ";"]
    if semi and out[-1].i + 1 < len(toks) and toks[out[-1].i + 1].pos_ in ("AUX", "VERB"):
        out = out[:semi[-1]]  # 'organised by A; B is the main sponsor': a new clause's subject after ';'
    while out and (out[-1].is_punct and out[-1].text not in (")", "]") or out[-1].lower_ in _CONNECTORS):
        out.pop()
    return out


def _item_len(out: list[Token]) -> int:
    """How many tokens the run's last list item has so far (after its last 'and' or comma)."""
    k = next((i for i in range(len(out) - 1, -1, -1) if out[i].lower_ in ("and", ",", "&", ";")), -1)
    return len(out) - k - 1


def _mission_name(out: list[Token]) -> bool:
    """Does the run end in a mission's name, its head word capitalized ('the U.S. Embassy',
    'the Embassy of Ostrava', 'the Permanent Mission of the X Republic'), so that an 'in' and a
    place may go on with it?"""
    k = next((i for i in range(len(out) - 1, -1, -1) if out[i].lower_ in _TO_HEADS), None)
    if k is None or not is_titlecase(out[k]):
        return False
    rest = out[k + 1:]
    return not rest or rest[0].lower_ == "of" and len(rest) > 1 and all(
        _name_word(r) or r.lower_ in ("the", "of") for r in rest[1:])


_DESCRIPTOR_HEADS = frozenset(RULES["descriptor-name"]["cues"])
#: 'managing partner', 'senior partner': a person's title in a firm
_PARTNER_TITLES = frozenset(RULES["role-noun"]["partner_titles"])
_APPOSITION_OPENERS = frozenset(_DATA["apposition_openers"])
_APPOSITION_CLOSERS = (("and",), ("&",), ("together", "with"), ("along", "with"), ("as", "well", "as"))


def _apposition_end(toks: list[Token], j: int, end: int) -> int:
    """'A, part of Halbrook Group, and B', 'A (GI), owner of the fair, together with B', 'A,
    the country's largest lender, and B': where an apposition that a comma at ``j`` opens
    closes (its closing comma), when a list link follows it ('and', 'together with') and then
    a name; ``j`` when there is none. The apposition opens with a determiner or a lower-case
    noun of what a body is, is in lower case up to its first preposition ('the Vellby
    Government' is a list item), and holds no verb."""
    k = j + 1
    if k >= end or toks[k].lower_ not in _APPOSITION_OPENERS or not toks[k].text.islower() \
            or _lowercase_body(toks, k + (toks[k].pos_ == "DET"), end) > k + (toks[k].pos_ == "DET"):
        return j  # ('A, the commerce ministry, and B': a body named in lower case is a list item)
    head_part = True  # the words before its first preposition: lower case ('the Vellby Government' is a list item)
    while k < end and k - j <= 12 and toks[k].text != ",":
        head_part = head_part and toks[k].pos_ != "ADP"
        if head_part and not (toks[k].text.islower() or toks[k].tag_ == "POS"):
            return j
        if toks[k].pos_ in ("VERB", "AUX") and toks[k].dep_ not in ("amod", "compound") \
                or toks[k].text in (";", "(", ")", ":") or toks[k].lower_ in ("which", "who", "that"):
            return j
        k += 1
    if k >= end or toks[k].text != ",":
        return j
    for words in _APPOSITION_CLOSERS:
        n = k + 1 + len(words)
        if n < end and tuple(t.lower_ for t in toks[k + 1:n]) == words:
            nxt = n + 1 if toks[n].lower_ == "the" and n + 1 < end else n
            return k if _name_word(toks[nxt]) else j
    return j


def _past_split(toks: list[Token], end: int) -> int:
    """'A [Platinum], B [Gold]', 'A • B • C': the sentence splitter cuts a list at a square
    bracket or a separating mark; the list goes on when the next 'sentence' starts right
    there and has no verb (a fragment). The end of the last such fragment, else ``end``."""
    while 1 < end + 1 < len(toks) and (toks[end].text == "[" and _paren_tier(toks[end + 1:end + 5])
                                       or _separator(toks[end - 1]) and _name_word(toks[end])):
        # ('A [Platinum], B [Gold]', 'A • B • C': the splitter cuts at a square bracket or a mark too)
        nxt = sent_of(toks[end])
        if nxt.start != end or any(t.pos_ in ("VERB", "AUX") and not t.is_punct for t in nxt):
            break
        end = nxt.end
    return end


_BULLETS = frozenset({"-", "–", "•", "*", "·", "—"})


def _separator(tok: Token) -> bool:
    """'A • B • C', 'A | B', 'A / B': a mark between two list items, with spaces around it."""
    return tok.text in ("•", "·", "|", "/") and bool(tok.whitespace_) and tok.i > 0 \
        and bool(tok.doc[tok.i - 1].whitespace_)


def _label_ahead(toks: list[Token], j: int, end: int) -> bool:
    """Do the one to three capitalized words from ``j`` end in a colon ('Venue:', 'Media
    partner:')? Then they label a key line of their own, not a list item."""
    k = j
    while k < end and k - j < 3 and (toks[k].is_alpha and (k > j or toks[k].text[:1].isupper())):
        k += 1
    if j < k < end and toks[k].text in ("-", "–", "—") and toks[k].whitespace_ and toks[k - 1].whitespace_:
        return toks[k - 1].lower_ in ROLE_NOUNS  # 'Organiser - A; Sponsor - B': a role noun's dash
    return j < k < end and toks[k].text == ":"


def _after_newline(toks: list[Token], j: int) -> bool:
    """Does token ``j`` start a line (a line break in or right before it)?"""
    t = toks[j]
    return t.is_space and "\n" in t.text or j > 0 and ("\n" in toks[j - 1].whitespace_ or toks[j - 1].is_space
                                                       and "\n" in toks[j - 1].text)


def _descriptor_end(ctx: Context, toks: list[Token], j: int, end: int) -> int:
    """Where a lower-case description of a body that its name follows ends ('crafts industry
    association' in 'the German crafts industry association BVK', 'trade fair company' in
    'trade fair company Tidewater Events'): one to four lower-case words ending in a
    descriptor head, then a capitalized name or acronym that is no event; ``j`` when there is
    none."""
    k = j
    while k < end and k - j < 4 and toks[k].text.islower() and toks[k].pos_ in ("NOUN", "ADJ", "PROPN") \
            and toks[k].lower_ not in _CONNECTORS:
        k += 1
        if toks[k - 1].lower_ in _DESCRIPTOR_HEADS and k < end and _name_word(toks[k]) \
                and not ctx.is_mention_token(toks[k]) and toks[k].ent_type_ not in _NOT_NAME_ENTS:
            return k
    return j


_EVENT_OWNER_HEADS = frozenset(_DATA["event_owner_heads"])


_BODY_EVENT_HEADS = frozenset(_DATA["body_event_heads"])


def _body_event(ctx: Context, j: int, role: str | None = None, event: str | None = None) -> bool:
    """'organised by Vellby Expo', 'in partnership with the Halbrook Economic Forum': does a
    name that the event rules took for another event start at token ``j``, an event with
    nothing of an event's own (no date, place, edition or digit), so that a role
    cue makes it a body named like an event? Not the main event nor ``event`` (the role's);
    a partner only when the name ends in a word of body_event_heads ('held in conjunction
    with the Vellby Boat Show' pairs two events)."""
    m = next((m for m in ctx.mentions if m.start == j and not m.anaphor), None)
    if m is None or m.event in (ctx.main_key, event):
        return False
    rec = next((e for e in ctx.result.events if e.key == m.event), None)
    if rec is None or rec.start or rec.places or rec.edition or any(c.isdigit() for c in rec.name):
        return False
    if role != "partner" or rec.name.split()[-1].lower() in _BODY_EVENT_HEADS:
        return True
    _tk = doc_tokens(ctx.doc)  # ('with the Marvian games industry association GAV': a description goes on)
    return _descriptor_end(ctx, _tk, m.end, sent_of(_tk[j]).end) > m.end


def _owns_event(out: list[Token], pending: list[Token]) -> bool:
    """Does an event's name that follows belong to the agent's name? After 'of' ('Organizing
    Committee of <event>'), and after 'for' when a body's head word comes before it ('the
    Amber Association for the 2025 World Expo'), not 'A for the expo'."""
    if any(p.lower_ == "of" for p in pending):
        return True
    return bool(out) and any(p.lower_ == "for" for p in pending) and out[-1].lower_ in _EVENT_OWNER_HEADS


_EVENT_BODY_HEADS = _LIST_ORG_WORDS | frozenset(_DATA["event_body_heads"])


def _event_body(toks: list[Token], j: int, end: int) -> bool:
    """Does a body's head word right after an event's name make the name the body's ('the
    World Amber Summit Organization', 'the Amber Expo Organising Committee', 'Amber Fair
    Ltd')? The word (or the first of an 'Organising Committee') is capitalized."""
    k = j
    while k < end and k - j < 2 and is_titlecase(toks[k]) and toks[k].lower_ in ("organising", "organizing", "executive",
                                                                                  "steering", "host"):
        k += 1
    return k < end and (is_titlecase(toks[k]) or toks[k].is_upper) and toks[k].lower_ in _EVENT_BODY_HEADS


def _starts_cue(ctx: Context, tok: Token) -> bool:
    """Does a role cue ('Co-organised by', 'Sponsored by', 'Partners') start at ``tok``?"""
    low = doc_lower(ctx.doc)
    return any(rx.match(low, tok.idx) for rx in (_PHRASE_RE, _NOUN_RE))


def _lowercase_org(toks: list[Token], j: int, end: int) -> int:
    """Where a lower-case body's name ending in 'of' stops ("people's government of",
    'municipal government of'): the index after 'of' (after 'of the' when a name follows: 'the
    government of the X Region'), or ``j`` when there is none."""
    k = j
    while k < end and k - j < 5 and (toks[k].lower_ in _LOWER_ORG_HEADS or toks[k].lower_ in _LOWER_NAME_WORDS
                                     or toks[k].tag_ == "POS") and toks[k].text.islower():
        k += 1
    if k == j or k + 1 >= end or toks[k - 1].lower_ not in _LOWER_ORG_HEADS or toks[k].lower_ != "of":
        return j
    if toks[k + 1].lower_ == "the" and k + 2 < end:
        return k + 2 if _name_word(toks[k + 2]) else j
    return k + 1 if _name_word(toks[k + 1]) else j


_DERIVED_ENDINGS = ("ing", "ed", "tion", "sion", "ism", "ist", "ists", "ity", "ics", "ness", "ment", "s")
_NOT_COINED_POS = frozenset({"ADP", "DET", "PRON", "CCONJ", "SCONJ", "AUX", "PART", "NUM", "PUNCT", "SPACE", "SYM",
                             "X"})


@lru_cache(maxsize=1)
def _known_words() -> frozenset[str]:
    """The English words the lemmatizer's index knows (WordNet's nouns, verbs, adjectives and
    adverbs); empty when the pipeline has no lemmatizer (then no word is a coined name).
    Built once per process."""
    from kg.pipeline.nlp import lazy_lemmatizer

    words: set[str] = set()
    lemmatizer = lazy_lemmatizer()
    tables = lemmatizer.lookups if lemmatizer is not None else None
    if tables is not None and tables.has_table("lemma_index"):
        index = tables.get_table("lemma_index")
        for pos in ("noun", "verb", "adj", "adv"):
            words.update(index.get(pos, ()))
    return frozenset(words)


@lru_cache(maxsize=8192)
def _known_word(word: str) -> bool:
    """Is ``word`` an English word (an inflection or British spelling of one too)?"""
    known = _known_words()
    stems = {word}
    for suffix in ("s", "es", "ed", "d", "ing", "er", "ers", "ly"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            stems.add(word[:-len(suffix)])
            stems.add(word[:-len(suffix)] + "e")
    variants = set(stems)
    for stem in stems:  # 'organiser', 'colour', 'theatre', 'travelling'
        variants |= {stem.replace("is", "iz"), stem.replace("our", "or"), stem.replace("tre", "ter"),
                     stem.replace("ll", "l"), stem.replace("yse", "yze")}
    return word in _NEW_WORDS or word in _COINED_HEADS or word in ORG_WORDS or any(v in known for v in variants)


def _coined_word(tok: Token) -> bool:
    """'nordhaven', 'dmg': a lower-case word no English word list knows (a brand's own spelling)."""
    text = tok.text
    return text.isalpha() and text.islower() and len(text) >= 2 and not tok.is_stop \
        and tok.pos_ not in _NOT_COINED_POS and tok.ent_type_ not in _NOT_NAME_ENTS \
        and bool(_known_words()) and not _known_word(tok.lower_)


def _coined_end(toks: list[Token], j: int, end: int) -> int:
    """Where a company named in lower case that starts at ``j`` ends ('nordhaven events',
    'tidewell media': one or two coined words, then a word of coined_name_heads; a lone coined
    word where the clause ends after it); ``j`` when there is none."""
    k = j
    while k < end and k - j < 2 and _coined_word(toks[k]):
        k += 1
    if k == j:
        return j
    if k < end and toks[k].text.islower() and toks[k].lower_ in _COINED_HEADS:
        return k + 1
    if k - j == 1 and len(toks[j].text) >= 4 and not toks[j].lower_.endswith(_DERIVED_ENDINGS) \
            and (k >= end or toks[k].is_punct and toks[k].text not in ("-", "'", "’") or toks[k].pos_ == "CCONJ"):
        return k  # ('funded by crowdfunding': a lone word that ends like a derivation is a common word)
    return j


def _acronym_word(tok: Token) -> bool:
    """'EPB', 'MoF', 'MoHRE': a word of two or more capitals (small letters between them
    too) that can stand for a name in parentheses."""
    text = tok.text
    return 2 <= len(text) <= 10 and text[0].isupper() and sum(c.isupper() for c in text) >= 2 \
        and all(c.isalnum() or c == "&" for c in text)


def _paren_place(toks: list[Token]) -> bool:
    """'A Events (Portugal) and B Media (Spain)': one to three capitalized words naming a
    country, closed by ')', say where a listed body is from."""
    words: list[Token] = []
    for t in toks[:4]:
        if t.text == ")":
            return bool(words) and is_country(" ".join(w.text for w in words))
        if not is_titlecase(t):
            return False
        words.append(t)
    return False


_TIERS = frozenset(_DATA["sponsor_tiers"])
_TIER_NOUNS = frozenset(_DATA["tier_nouns"])
# (sorted by length, then alphabetically: a set's order would change the pattern's text with the hash seed)
_TIER_WORDS = "|".join(sorted(map(re.escape, _TIERS), key=lambda w: (-len(w), w)))
_TIER_ANY = "|".join(sorted(map(re.escape, _TIERS | _TIER_NOUNS), key=lambda w: (-len(w), w)))
#: ' (Platinum)', ' (title sponsor)' at the end of a listed name
_TRAILING_TIER = patterns.compile(r"\s*[(\[]\s*(?:" + _TIER_WORDS + r")(?:[\s-]+(?:" + _TIER_ANY + r")){0,2}\s*[)\]]$", re.I)


def _paren_tier(toks: list[Token]) -> bool:
    """'A (Platinum), B (Gold)', 'A (title sponsor)', 'A [Gold]': one to three words of a
    sponsor's tier (a role noun last or not), closed by ')' or ']'."""
    words: list[Token] = []
    for t in toks[:4]:
        if t.text in (")", "]"):
            return bool(words) and words[0].lower_ in _TIERS
        if not (t.lower_ in _TIERS or t.lower_ in _TIER_NOUNS and words or t.text == "-"):
            return False
        words.append(t)
    return False


def _without_acronym(tokens: list[Token]) -> list[Token]:
    """'Export Promotion Bureau (EPB)' -> 'Export Promotion Bureau': the acronym in
    parentheses after a name says nothing about where the name ends."""
    if not tokens or tokens[-1].text != ")":
        return tokens
    for k in range(len(tokens) - 3, max(0, len(tokens) - 5), -1):
        inside = tokens[k + 1:-1]
        if tokens[k].text == "(" and inside and (all(_acronym_word(t) for t in inside) or _paren_place(tokens[k + 1:])
                                                 or _paren_tier(tokens[k + 1:])):
            return tokens[:k] if k > 0 else tokens
    return tokens


def _lowercase_body(toks: list[Token], j: int, end: int) -> int:
    """Where a body named in lower case right after a cue ends ('the commerce ministry',
    'the provincial government', 'the city's tourism bureau'): one to three nouns or place
    adjectives, then a government word, not followed by 'of' or a name; ``j`` when there
    is none. A government word alone ('the government') names no one."""
    def ends(k: int) -> bool:
        nxt = toks[k] if k < end else None
        return nxt is None or not (nxt.lower_ in ("of", "for") or _name_word(nxt) or nxt.text.islower() and nxt.pos_ == "NOUN")

    k = j
    while k < end and k - j < 4 and toks[k].text.islower() and (
            toks[k].pos_ in ("NOUN", "PROPN") or toks[k].lower_ in _LOWER_NAME_WORDS or toks[k].tag_ == "POS"):
        k += 1
        if toks[k - 1].lower_ in _LOWER_ORG_HEADS and toks[k - 1].tag_ != "POS" and (
                k - j >= 2 or toks[k - 1].lower_ in _LOWER_OF_HEADS):
            if k - j >= 2 and ends(k):
                return k
            # 'the provincial department of commerce', 'the ministry of agriculture': 'of' and
            # one or two lower-case nouns
            if k + 1 < end and toks[k].lower_ == "of":
                m = k + 1
                while m < end and m - k <= 2 and toks[m].text.islower() and toks[m].pos_ in ("NOUN", "PROPN"):
                    m += 1
                if m > k + 1 and ends(m):
                    return m
    return j


def _standalone(tokens: list[Token]) -> bool:
    """Could this piece of a list name an agent on its own?"""
    tokens = _without_acronym(tokens)
    words = [t for t in tokens if not t.is_punct and t.pos_ != "DET"]
    if words and all(t.text.islower() for t in words) and len(words) in (
            _lowercase_body(words, 0, len(words)), _coined_end(words, 0, len(words))):
        return True  # 'the commerce ministry', 'nordhaven events'

    if not words or not any(_proper_word(t) for t in words):
        return False
    last = words[-1].lower_
    if last in _LIST_ORG_WORDS or tokens[0].pos_ == "DET":  # 'and the X': a determiner starts a new name
        return True
    if len(words) >= 3 and words[1].tag_ == "POS" and is_country(words[0].text):
        return True  # "and Russia's Ministry of Industry and Trade": a country's own body
    ents = {_entity_covering(t) for t in words if t.tag_ != "POS"}
    return None not in ents and len(words) <= 8 or (len(words) <= 3 and all(_proper_word(t) for t in words))


def _acronym(tokens: list[Token]) -> bool:
    words = [t for t in tokens if not t.is_punct]
    return len(words) == 1 and words[0].is_upper and 2 <= len(words[0].text) <= 8


def _continues(prev: list[Token], piece: list[Token]) -> bool:
    """'Department of Fisheries' + 'Marine Resources': the second piece completes the 'of'
    phrase of the first unless it starts a new name (a determiner, an organization word at
    its end, an acronym, or a place that the tagger spans from its first word)."""
    words = [t for t in _without_acronym(piece) if not t.is_punct]
    head = next((t for t in prev if t.pos_ != "DET"), None)
    if len(words) == 1 and words[0].pos_ != "DET" and is_titlecase(words[0]) and head is not None \
            and head.lower_ in _LOWER_OF_HEADS and any(t.lower_ == "of" for t in prev) \
            and prev[-1].lower_ != "of" and not _acronym(words):
        return True  # 'Ministry of SMEs' + 'Ventures': one word after a ministry's 'of' phrase is its field
    if not words or words[0].pos_ == "DET" or words[-1].lower_ in _LIST_ORG_WORDS or _acronym(words):
        return False
    first = _entity_covering(words[0])
    if first is not None and first.label_ in _NEW_NAME_ENTS and first.start == words[0].i:
        return False  # '... of Georgia' + 'Tbilisi City Hall', '... of X' + 'John Smith'
    if len(words) >= 3 and all(is_titlecase(t) and t.is_alpha for t in words):
        return False  # '... of Culture' + 'Vellby City Hall': a name of three words is a body of its own
    return any(t.lower_ == "of" for t in prev) and not is_country(" ".join(t.text for t in words))


def _shared_head(prev: list[Token], piece: list[Token]) -> bool:
    """'Vellby Convention' + 'Exhibition Centre', 'Vellby Fairs' + 'Exhibitions': one name whose
    last word both parts share, when the first part is a name ending in a common noun that is
    no organization word, and the second part is common words only, ending in one
    (one or two words, joined by 'and' alone), an event word ('convention', 'exhibition') on
    either side of the 'and' ('Kelpwave Capital and Tidewater Bank' stays two)."""
    doc = piece[0].doc
    gap = [t.lower_ for t in doc[prev[-1].i + 1:piece[0].i]]
    left = [t for t in prev if t.pos_ != "DET"]
    right = [t for t in piece if not t.is_punct]
    if gap not in (["and"], ["&"]) or len(left) < 2 or not 1 <= len(right) <= 2 or right[0].pos_ == "DET":
        return False
    if any(t.lower_ in ("of", "for", "and", "&") or not (is_titlecase(t) and t.is_alpha) for t in left + right):
        return False
    return all(_known_word(t.lower_) for t in left[-1:] + right) and left[-1].lower_ not in _LIST_ORG_WORDS and right[-1].lower_ in _LIST_ORG_WORDS \
        and (left[-1].lower_ in EVENT_ANAPHORS or right[0].lower_ in EVENT_ANAPHORS)


def _one_comma_name(pieces: list[list[Token]]) -> bool:
    """'Saudi Literature, Publishing and Translation Authority': one name with commas inside
    when only the last piece ends in an organization word and the others are one or two
    capitalized words that no entity, acronym or determiner sets apart."""
    if len(pieces) < 3:
        return False
    last = [t for t in pieces[-1] if not t.is_punct]
    if not last or last[-1].lower_ not in ORG_WORDS or last[0].pos_ == "DET":
        return False
    for p in pieces[:-1]:
        words = [t for t in p if not t.is_punct]
        if not 1 <= len(words) <= 2 or words[0].pos_ == "DET" or words[-1].lower_ in ORG_WORDS or _acronym(words):
            return False
        if any(t.ent_type_ in ("ORG", "PERSON", "GPE", "FAC") for t in words):
            return False
    return True


def _list_and(ent: Span, tok: Token) -> bool:
    """'Kelpwave Bank, Tidewater Insurance and Nordic Steel': an 'and' the tagger spans into
    one name still ends a list item when the name's left part is complete on its own (it ends
    in an organization word, or a list comma comes before it) and holds no 'of' phrase that
    the right part could continue ('Department of Trade and Industry'), unless the right
    part is a body's whole name ('Ministry of Trade and Amber Media')."""
    if tok.lower_ != "and":
        return False
    left = [t for t in ent.doc[ent.start:tok.i] if t.pos_ != "DET"]
    stop = next((t.i for t in ent.doc[tok.i + 1:ent.end] if t.lower_ in ("and", ",", ";")), ent.end)
    # ("Ministry of Trade and Industry and Kelpwave Bank": the right part ends at the next 'and')
    right = [t for t in ent.doc[tok.i + 1:stop] if t.pos_ != "DET"]
    if len(left) < 2 or not right or not is_titlecase(right[0]):
        return False
    if any(t.lower_ in ("and", "&") for t in left) and not (
            stop == ent.end and any(t.lower_ in ("of", "for", "on") for t in left)):
        return False  # (the last 'and' of 'Ministry of Trade and Industry and Kelpwave Bank' may end an item)
    if any(t.lower_ in ("of", "for", "on") for t in left):
        # 'Ministry of Trade and Amber Media': the right part names a body of its own
        return len(right) >= 2 and right[-1].lower_ in _LIST_ORG_WORDS and not any(t.lower_ in ("of", "for") for t in right)
    listed = ent.start > 0 and ent.doc[ent.start - 1].text in (",", ";")
    if listed and left[-1].lower_ not in _LIST_ORG_WORDS and right[-1].lower_ in _LIST_ORG_WORDS \
            and ent.doc[ent.start].pos_ == "DET" and not any(t.pos_ == "DET" for t in ent.doc[tok.i + 1:ent.end]):
        return False  # ', the National Development and Reform Commission': one body, its 'the' before both parts
    if len(right) >= 2 and all(is_titlecase(t) and t.is_alpha for t in left + right) \
            and not _known_word(left[0].lower_) and not _known_word(right[0].lower_):
        return True  # 'Brask Refrigeration and Quillon Packaging': each part opens with a word of its own (a brand)
    return left[-1].lower_ in _LIST_ORG_WORDS or listed


def _list_comma(ent: Span, tok: Token) -> bool:
    """'the Ministry of Trade, Kelpwave Bank and others': a comma the tagger spans into one
    name still ends a list item when the part after it is a body's whole name (two or more
    words, capitalized, ending in an organization word, with no 'of' phrase) and the part
    before it is complete (it ends in an organization word or holds an 'of' phrase)."""
    if tok.text != ",":
        return False
    doc = ent.doc
    left = [t for t in doc[ent.start:tok.i] if t.pos_ != "DET"]
    right: list[Token] = []
    for t in doc[tok.i + 1:ent.end]:
        if t.text in (",", ";") or t.lower_ == "and":
            break
        if t.pos_ != "DET":
            right.append(t)
    if len(left) < 2 or len(right) < 2 or not is_titlecase(right[0]) or right[-1].lower_ not in _LIST_ORG_WORDS:
        return False
    if any(t.lower_ in ("of", "for", "&") for t in right):
        return False
    # ('Tidewater Events, Kelpwave Bank': two capitalized words on the left are a whole name too)
    return left[-1].lower_ in _LIST_ORG_WORDS or any(t.lower_ == "of" for t in left) \
        or len(left) >= 2 and all(is_titlecase(t) for t in left) \
        and not all(t.ent_type_ in ("GPE", "LOC") for t in left) \
        and lookup_place(" ".join(t.text for t in left)) is None


def split_agents(tokens: list[Token]) -> list[list[Token]]:
    """Split 'A, B and C' into agents, never inside a named entity, and re-join pieces that
    cannot stand alone ('Department of Industry' + 'Information Technology')."""
    pieces: list[list[Token]] = [[]]
    toks = doc_tokens(tokens[0].doc) if tokens else []  # (cached: doc[i] builds a new Token)
    for t in tokens:
        ent = _entity_covering(t)
        inside = ent is not None and ent.start < t.i < ent.end - 1 and not _list_and(ent, t) and not _list_comma(ent, t)
        if t.is_space or t.text in _BULLETS and t.i > 0 and (
                toks[t.i - 1].is_space or "\n" in toks[t.i - 1].whitespace_):
            if pieces[-1]:
                pieces.append([])  # 'A\n- B': items one a line
            continue
        if t.lower_ in (",", ";", "and", "as") and not inside or _separator(t):  # (a mark even inside an entity)
            if t.lower_ == "as" and not (t.i + 1 < len(toks) and toks[t.i + 1].lower_ == "well"):
                continue  # 'A as well as B': the first 'as' ends A, the second is skipped
            if pieces[-1]:
                pieces.append([])
            continue
        if t.lower_ in ("well",) and pieces[-1] == []:
            continue
        pieces[-1].append(t)
    pieces = [p for p in pieces if p]
    if _one_comma_name(pieces):
        return [tokens[next(i for i, t in enumerate(tokens) if t is pieces[0][0]):]]
    merged: list[list[Token]] = []
    for p in pieces:
        if merged and all(t.is_punct or t.lower_.rstrip(".") in _COMPANY_SUFFIXES for t in p):
            gap = merged[-1][-1].doc[merged[-1][-1].i + 1:p[0].i]
            merged[-1] = merged[-1] + list(gap) + p  # 'Marvia Technology Co., Ltd.': the legal form is the name's
            continue
        if merged and p[0].lower_ in _TITLE_WORDS and merged[-1][-1].ent_type_ == "PERSON":
            merged.append(p)  # 'Sheikh A, Vice President of B': A's title, cut by _records
            continue
        if merged and (not _standalone(p) or _continues(merged[-1], p) or _shared_head(merged[-1], p)):
            gap = merged[-1][-1].doc[merged[-1][-1].i + 1:p[0].i]
            merged[-1] = merged[-1] + list(gap) + p
        else:
            merged.append(p)
    return merged


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
    doc = head.doc
    breaks = [t.i for t in keep if t.is_space and "\n" in t.text or "\n" in t.whitespace_ and t.i < head.i]
    lo = max((b + 1 for b in breaks if b < head.i), default=-1)
    hi = min((b for b in breaks if b >= head.i and doc[b].is_space), default=len(doc))
    keep = [t for t in keep if lo <= t.i < hi]  # 'About A\n\nA is the organiser': the head's own line
    out, prev = [], None
    for t in keep:
        if prev is not None and t.i != prev.i + 1:
            if t.i > head.i:
                break
            out = []
        out.append(t)
        prev = t
    while out and out[-1].is_punct:
        out.pop()
    return out


_ORG_TYPE_WORDS = ORG_WORDS | frozenset({"messe"})


def agent_type(tokens: list[Token], name: str) -> str:
    if is_country(name):
        return "Country"
    words = name.replace("’", "'").split()
    low = [w.lower().strip(",.") for w in words]
    if low and (low[-1] in GOVERNMENT_WORDS or "government" in low or low[0] in ("ministry", "cpc")):
        return "GovernmentOrganization"
    if any(w in _ORG_TYPE_WORDS for w in low):
        return "Organization"
    if tokens and all(t.ent_type_ == "PERSON" for t in tokens if not t.is_punct) and len(words) <= 4:
        return "Person"
    return "Organization"


#: "(ACR)", "(UN DESA)": an acronym in parentheses after a name is not part of it
_TRAILING_ACRONYM = patterns.compile(r"\s*\(\s*[A-Z][A-Za-z&.-]{1,11}(?:\s[A-Z][A-Za-z&.-]{1,11}){0,2}\s*\)$")


def _title_of_person(pieces: list[list[Token]], n: int) -> bool:
    """Is piece ``n`` an office alone ('the President of the Republic', 'the Prime Minister')
    that a comma and its holder's name follow ('..., Nikos Varelas')? The two are one agent
    then ('President of the Republic, Nikos Varelas'), not two."""
    piece = [t for t in pieces[n] if t.pos_ != "DET"]
    if not piece or piece[0].lower_ not in _TITLE_WORDS or n + 1 >= len(pieces) \
            or any(t.ent_type_ == "PERSON" for t in piece):
        return False
    nxt = [t for t in pieces[n + 1] if not t.is_punct]
    gap = piece[-1].doc[piece[-1].i + 1:pieces[n + 1][0].i]
    return bool(nxt) and len(nxt) <= 4 and all(t.ent_type_ == "PERSON" for t in nxt) \
        and [t.text for t in gap] == [","] and (n + 2 == len(pieces) or pieces[n + 2][0].lower_ not in _TITLE_WORDS)


def _records(ctx: Context, event: str | None, role: str, toks: list[Token], sent: Span) -> list[RoleRecord]:
    out: list[RoleRecord] = []
    if event is None or not toks:
        return out
    prev_person = False
    pieces = split_agents(toks)
    held: set[int] = set()  # pieces of an office and its holder's name: a person
    for n in range(len(pieces) - 1):
        if _title_of_person(pieces, n):  # 'the President of the Republic, Nikos Varelas': one agent
            pieces[n + 1] = pieces[n] + [toks[0].doc[pieces[n][-1].i + 1]] + pieces[n + 1]
            pieces[n] = []
            held.add(n + 1)
    for n, piece in enumerate(pieces):
        if not piece:
            continue
        if prev_person and piece[0].lower_ in _TITLE_WORDS:
            break  # 'Sheikh A, Deputy Prime Minister and Minister of B': A's titles, not agents
        prev_person = piece[-1].ent_type_ == "PERSON"
        written = _TRAILING_TIER.sub("", "".join(t.text_with_ws for t in piece).strip())  # 'A (Gold)' -> 'A'
        name = clean_name(_TRAILING_ACRONYM.sub("", written))
        name = _LEADING_ADVERB.sub("", name)
        if name.count("(") > name.count(")"):
            name = name[:name.rfind("(")].rstrip()  # 'Ministry of Trade (MoT' -> 'Ministry of Trade'
        body = [t for t in piece if t.pos_ != "DET"]
        lower_body = name.islower() and len(body) == len(piece) - (piece[0].pos_ == "DET") \
            and len(body) in (_lowercase_body(body, 0, len(body)), _coined_end(body, 0, len(body)))
        if not name or name.lower() in _BAD_AGENT_WORDS or not (lower_body or any(c.isupper() for c in name)):
            continue
        if name.lower() in _GENERIC_AGENTS:
            continue
        if ctx.is_mention_token(piece[0]) and ctx.is_mention_token(piece[-1]) \
                and not _body_event(ctx, piece[0].i, role, event):
            continue  # an event is not its own agent (a body named like another event is one)
        name = acronym_expansion(ctx.doc, name) or name
        span = source_span(sent.doc, piece[0].idx, piece[-1].idx + len(piece[-1].text))
        out.append(RoleRecord(event, role, name, "Person" if n in held else agent_type(piece, name), span))
    return out


def _other_edition(ctx: Context, sent: Span) -> bool:
    """A sentence about another edition ('next year', 'the 20th Congress' when this is the
    19th): its roles are not this event's."""
    starts = ctx.doc.user_data.get("ekg_other_edition")
    if starts is None:  # once per document: the sentences (by first token) about another edition
        doc = ctx.doc
        main = ctx.result.main_event
        toks = doc_tokens(doc)
        hits = [toks[i] for m in _OTHER_EDITION.finditer(doc_text(doc)) for i in token_range(doc, m.start(), m.start() + 1)
                if _edition_of_role(ctx, toks[i])]
        if main is not None and main.edition:
            for ent in doc_ents(doc):
                if ent.label_ == "ORDINAL" and ent.end < len(doc) and (
                        is_titlecase(toks[ent.end]) or toks[ent.end].lower_ in ("edition", "session")):
                    n = ordinal_value(ent.text)
                    if n and n != main.edition:
                        hits.append(toks[ent.start])
        year = _event_year(ctx)
        for tok in [toks[i] for i in _year_tokens(doc)] if year is not None else ():
            if int(tok.text) == year:
                continue
            if any(m.start <= tok.i < m.end and m.event == ctx.main_key and not m.anaphor for m in ctx.mentions):
                continue  # the event's own name
            if tok.dep_ in ("nummod", "compound", "amod", "poss") and tok.head.lower_ in EVENT_ANAPHORS \
                    and lemma(tok.head) not in _NOT_EVENT_TARGETS:
                hits.append(tok)  # 'the 2026 edition will be organized by A', 'A sponsored the 2024 fair'
            elif int(tok.text) > year and tok.dep_ == "pobj" and tok.head.lower_ == "in" \
                    and (_verb_role(tok.head.head, ROLE_VERBS) or _verb_role(tok.head.head, ACTIVE_VERBS)):
                hits.append(tok)  # 'A will sponsor the fair again in 2026'
        if main is not None and main.edition:
            for tok in toks[:-1]:  # 'the 31st edition will be organized by A' (the tagger misses some ordinals)
                if toks[tok.i + 1].lower_ in ("edition", "session") and tok.ent_type_ != "ORDINAL" \
                        and (n := ordinal_value(tok.text)) and n != main.edition:
                    hits.append(tok)
        starts = doc.user_data["ekg_other_edition"] = {sent_of(t).start for t in hits}
        doc.user_data["ekg_other_edition_hits"] = {t.i for t in hits}
    return sent.start in starts


def _fronted_other_edition(ctx: Context, sent: Span) -> list[Token]:
    """'Following the success of the 2025 edition, the fair is again hosted by A': the 'by'
    tokens of a sentence whose other edition is named only in a fronted phrase, set off by a
    comma before the main clause, whose subject is the main event (its name or 'the fair'),
    whose verb is the participle of the 'by' and is in the present ('Last year, the fair was
    hosted by A', 'Next year, the fair will be hosted by A' are those editions')."""
    hits = [i for i in ctx.doc.user_data.get("ekg_other_edition_hits", ()) if sent.start <= i < sent.end]
    root = sent.root
    subj = next((c for c in root.children if c.dep_ == "nsubjpass"), None)
    if not hits or subj is None or not (ctx.is_mention_token(subj) and _mention_event(ctx, subj) == ctx.main_key
                                        or subj.lower_ in EVENT_ANAPHORS and ctx.main_key is not None):
        return []
    toks = doc_tokens(ctx.doc)
    comma = next((k for k in range(subj.left_edge.i - 1, sent.start, -1) if toks[k].text == ","), None)
    if comma is None or max(hits) > comma or any(t.i < comma for t in root.children if t.dep_ == "nsubjpass"):
        return []
    if not any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP") for c in root.children) \
            or any(c.tag_ == "MD" for c in root.children):
        return []  # ('Last year, the fair was hosted by A', 'Next year, it will be ...': that edition's)
    return [c for c in root.children if c.dep_ == "agent" and c.lower_ == "by"]


def _named_main_agents(ctx: Context, sent: Span, agents: list[Token]) -> list[Token]:
    """'The Kessel Boat Show 2026, organised by A, will be larger than the 2025 edition': of a
    sentence that names another edition, the 'by' tokens whose participle is said of the main
    event by its own name or by an event noun with the main edition's year ('The 2026 expo is
    organised by A, which also organised the 2025 expo'; not a bare 'the fair'), with the other
    edition outside the participle and outside that name's phrase: the role is that edition's."""
    hits = [i for i in ctx.doc.user_data.get("ekg_other_edition_hits", ()) if sent.start <= i < sent.end]
    if not hits or ctx.main_key is None:
        return []
    out = []
    for by in agents:
        verb = _by_verb(by) or by.head
        target = _verb_target(verb)
        if target is None:
            continue
        year = _event_year(ctx)
        own_year = target.lower_ in EVENT_ANAPHORS and year is not None and any(
            c.like_num and c.text == str(year) or c.lower_ == "year" and any(g.lower_ == "this" for g in c.children)
            for c in target.children)  # 'The 2026 expo', "this year's expo": the main edition by its year
        if not own_year and (not ctx.is_name_token(target) or _mention_event(ctx, target) != ctx.main_key):
            continue
        # (the edition's phrase and what dates the verb; not the agent's phrase: 'by A, which also
        # organised the 2025 expo')
        inside = {target.i} | {t.i for c in target.children if c.dep_ not in ("acl", "relcl") for t in c.subtree} \
            | {t.i for c in verb.children if c.dep_ not in ("agent", "nsubjpass", "punct") and c.i != target.i
               for t in c.subtree}
        if not inside & set(hits):
            out.append(by)
    return out


def _edition_of_role(ctx: Context, tok: Token) -> bool:
    """Does 'next year' / 'last year's' / 'the previous edition' at ``tok`` say which edition
    a role is about? Only when it qualifies an event that is a clause's subject ("last
    year's edition was organised by", 'the next edition will be hosted by') or dates a role
    verb ('next year, the expo will be hosted by'); not a figure's period in a sentence
    that also names the organizer ('the expo, organised by A, drew 900 visitors last year')."""
    if tok.i > 0 and tok.doc[tok.i - 1].lower_ in ("like", "as", "since", "than"):
        return False  # 'like last year, the fair is organised by A': this edition too
    t = tok
    for _ in range(3):
        if t.head.i == t.i:
            return False
        t = t.head
        if t.dep_ in ("nsubj", "nsubjpass") and (t.lower_ in EVENT_ANAPHORS or ctx.is_mention_token(t)):
            return True
        if t.pos_ in ("VERB", "AUX") and (_verb_role(t, ROLE_VERBS) or _verb_role(t, ACTIVE_VERBS)):
            return True
        if t.pos_ in ("VERB", "AUX"):
            return False
    return False


def _governing_event(ctx: Context, tok: Token) -> str | None:
    """The event a role cue belongs to: the first event mention up its chain of heads (the
    mention itself, or the noun a clause hangs on), else the release's main event. The
    nearest mention before the cue is often a sub-event named in passing."""
    t = tok
    for _ in range(12):
        event = _mention_event(ctx, t)
        if event is None and t.pos_ == "PROPN":  # 'the Open Finance Hackathon Amberton': the name's last word
            event = next((e for c in t.children if c.dep_ == "compound" and (e := _mention_event(ctx, c))), None)
        if event is not None:
            return event
        if t.head.i == t.i:
            break
        t = t.head
    return ctx.main_key


def _mention_event(ctx: Context, tok: Token) -> str | None:
    return next((m.event for m in ctx.mentions if m.start <= tok.i < m.end), None)


# ---------------------------------------------------------------- rule handlers

def _verb_role(verb: Token, table: dict[str, str]) -> str | None:
    """The role a verb gives ('organised' -> organizer); with a 'co-' prefix, however the
    tokenizer splits it ('Co-organized by' at a sentence start is 'Co', '-', 'organized'),
    an organizer is a co-organizer and a host or sponsor stays one."""
    lem = lemma(verb)
    doc = verb.doc
    _tk = doc_tokens(doc)  # the cached tokens: doc[i] builds a new Token on every call
    prt = next((c for c in verb.children if c.dep_ == "prt" or c.dep_ == "advmod" and c.lower_ == "together"), None)
    if prt is not None and (role := table.get(lem + " " + prt.lower_)):
        return role  # 'the show is put on by A'
    prefix = ""
    if verb.i >= 2 and _tk[verb.i - 1].text == "-" and _tk[verb.i - 2].lower_ == "co":
        prefix = "co-"
    if lem.startswith("co-"):
        lem, prefix = lem[3:], "co-"
    role = table.get(lem) or table.get(lem + "e")  # a verb whose final "e" the rule lemmatizer cut (common.lemma mends only those it lists)
    if role is None and verb.tag_ in ("VBN", "JJ") and verb.lower_.endswith("ed"):
        # ('The fair, co-hosted by A, ...': a broken parse makes the participle an adjective, its lemma 'hosted')
        role = table.get(verb.lower_[:-2]) or table.get(verb.lower_[:-1])
    if prefix and role is None:
        role = table.get("co-" + lem)
    if prefix and role == "organizer":
        return "coOrganizer"
    return role


def _verb_target(verb: Token) -> Token | None:
    """What a passive role verb is said of: its subject, or the noun its participle hangs on."""
    for c in verb.children:
        if c.dep_ == "nsubjpass":
            if c.lower_ in ("which", "that") and verb.dep_ == "relcl" and verb.head.i != verb.i:
                return verb.head  # 'the fair, which is run by A': the relative stands for the fair
            return c
    if verb.dep_ in ("acl", "relcl") and verb.head.i != verb.i:
        return verb.head
    if verb.dep_ == "conj" and verb.head.i != verb.i and verb.head.pos_ in ("VERB", "AUX"):
        return _verb_target(verb.head)
    if verb.dep_ in ("acomp", "attr") and lemma(verb.head) == "be":  # 'is co-funded by': 'co-' broke the parse
        return next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    for aux in verb.children:  # 'The fair is co-financed by A': 'co-' broke the parse, the subject hangs on 'is'
        if aux.dep_ == "auxpass" and aux.i < verb.i:
            subj = next((c for c in aux.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None:
                return subj
    if verb.dep_ == "advcl" and verb.tag_ == "VBN" and verb.i < verb.head.i and verb.left_edge.i == sent_of(verb).start:
        # 'Funded by A, the fair drew 9,000 visitors': a fronted participle is said of the main subject
        return next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return None


def _by_verb(by: Token) -> Token | None:
    """'was organized for the fifth time by A': a 'by' the parse hangs on the noun of a
    phrase after a passive participle is that participle's agent; None otherwise."""
    if by.dep_ != "prep" or by.head.dep_ != "pobj" or by.head.head.dep_ != "prep":
        return None
    verb = by.head.head.head
    # ('organised under the auspices of the Ministry of Trade by A': a role phrase may stand between)
    near = by.i - verb.i <= 6 or by.i - verb.i <= 14 and _PHRASE_RE.match(doc_lower(by.doc), by.head.head.idx) is not None
    if verb.tag_ == "VBN" and (any(c.dep_ == "auxpass" for c in verb.children) or verb.dep_ == "acl") and near:
        return verb  # ('the fair, sponsored for the first time by A': a participle on a noun)
    return None


def _part_anaphor(ctx: Context, tok: Token) -> bool:
    """'The opening ceremony of the expo was hosted by A': a part of an event ('ceremony',
    'session') that the mentions take as the event's anaphor is the event only when the
    event's own name says so ('the Signing Ceremony')."""
    if lemma(tok) not in _NOT_EVENT_TARGETS:
        return False
    m = next((m for m in ctx.mentions if m.start <= tok.i < m.end), None)
    if m is None or not m.anaphor:
        return False
    ev = next((e for e in ctx.result.events if e.key == m.event), None)
    return ev is None or lemma(tok) not in ev.name.lower()


def _indefinite_event(tok: Token) -> bool:
    """'a forum on trade', 'an exhibition of photographs': an event noun with 'a' or 'an'
    that is a clause's subject or object names another event than the release's (not 'the
    expo is a trade show organised by A': said of the event)."""
    return tok.pos_ == "NOUN" and tok.lower_ in EVENT_ANAPHORS and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") \
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children)


def _topic_event(ctx: Context, tok: Token) -> bool:
    """'the forum on tea trade', 'the seminar about export rules': an event noun with a topic
    ('on', 'about'; ``tok`` the noun or its topic's noun) that the main event's name does not
    hold names a part of the event or another event, not the release's event itself."""
    noun = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ in ("on", "about") else tok
    m = next((m for m in ctx.mentions if m.start <= noun.i < m.end), None)
    if m is not None and not m.anaphor:
        return False  # a named event ('the Amber Forum on Trade') is itself
    if noun.pos_ != "NOUN" or noun.lower_ not in EVENT_ANAPHORS \
            or not any(c.dep_ == "prep" and c.lower_ in ("on", "about") for c in noun.children):
        return False
    main = next((e for e in ctx.result.events if e.key == ctx.main_key), None)
    return main is None or lemma(noun) not in main.name.lower()


def _passive_roles(ctx: Context, sent: Span, agents: list[Token]) -> list[RoleRecord]:
    """'<event>, hosted by A and jointly organized by B and C' (``agents``: the sentence's
    'by' tokens that the parse makes passive agents)."""
    out: list[RoleRecord] = []
    for tok in agents:
        verb = _by_verb(tok) or tok.head
        role = _verb_role(verb, ROLE_VERBS)
        if role is None:
            continue
        target = _verb_target(verb)
        if target is not None and target.lower_ in ("both", "all") and target.dep_ == "appos":
            target = target.head  # 'the fair and the X Forum, both organised by A'
        on_event = target is not None and ctx.is_mention_token(target) and not _part_anaphor(ctx, target)
        it_event = _it_event(ctx, target, verb) if target is not None and target.lower_ == "it" \
            and target.i == sent.start and lemma(verb) in _STRICT_VERBS else None
        if target is not None and not on_event and _part_noun(target):
            continue  # 'the closing session organized by A': A runs the session, not the event
        if target is not None and any(c.dep_ == "compound" and c.lower_ in _PRESS_COMPOUNDS for c in target.children):
            continue  # 'the press conference was organized by A': an announcement, not the event
        if target is not None and not on_event and _indefinite_event(target):
            continue  # 'A forum on trade, hosted by A, was held on Tuesday': another event than this
        if target is not None and _topic_event(ctx, target):
            continue  # 'The forum on tea trade, hosted by A, ...': a forum of the event's, not the event
        if lemma(verb) in _STRICT_VERBS and not on_event and it_event is None and not (
                target is not None and target.pos_ == "NOUN" and _anaphor(target)
                and not _part_noun(target)):
            continue  # ('the packaging show, run by A': an event noun the mentions did not take is the event too)
        if (ph := _PHRASE_RE.match(doc_lower(ctx.doc), tok.idx)) is not None and _phrase_role(ph.group(0)):
            continue  # 'held by the initiative of A', 'by the support of A': the role phrase's, not 'held by'
        run = agent_run(ctx, tok.i + 1, sent.end)
        if not run:
            objs = [c for c in tok.children if c.dep_ == "pobj"]
            run = _np_tokens(objs[0]) if objs else []
        if lemma(verb) in _ORG_ONLY_PASSIVE and _person_or_official(run):
            continue  # 'the fair was launched by the Minister on Friday': opened, not founded
        event = (_mention_event(ctx, target) if on_event else None) or it_event \
            or ctx.event_for_sentence(sent, before=verb)
        more = _continued_run(ctx, run, sent)
        out += _records(ctx, event, role, run, sent) + _records(ctx, event, role, more, sent)
        if on_event:  # 'The fair and the X Forum, both organised by A': each coordinated event's
            conj = target.conjuncts
            for other in {e for c in conj if (e := _mention_event(ctx, c)) not in (None, event)} \
                    if all(c.i < verb.i for c in conj) else ():  # (not 'the X Forum, organised by A, and the Y')
                out += _records(ctx, other, role, run, sent) + _records(ctx, other, role, more, sent)
        shared = _shared_participle(verb)
        other = _verb_role(shared, ROLE_VERBS) if shared is not None else None
        if shared is not None and other not in (None, role) and (lemma(shared) not in _STRICT_VERBS or on_event):
            # 'organised and hosted by A': the agent of both participles
            out += _records(ctx, event, other, run, sent) + _records(ctx, event, other, more, sent)
    return out


def _shared_participle(verb: Token) -> Token | None:
    """'organised and hosted by A': the participle coordinated before ``verb`` that has no
    agent of its own (only 'and', a comma or an adverb between them); None otherwise."""
    head = verb.head
    if verb.dep_ != "conj" or head.i >= verb.i or head.tag_ != "VBN" or any(c.dep_ == "agent" for c in head.children):
        return None
    between = doc_tokens(verb.doc)[head.i + 1:verb.i]
    if not between or len(between) > 3 or not all(t.dep_ in ("cc", "punct", "advmod") for t in between):
        return None
    return head


def _continued_run(ctx: Context, run: list[Token], sent: Span) -> list[Token]:
    """'by A together with B': the names after a continuation phrase right after the run."""
    if not run:
        return []
    j = run[-1].i + 1
    doc = ctx.doc
    _tk = doc_tokens(doc)  # the cached tokens: doc[i] builds a new Token on every call
    if j < sent.end and _tk[j].text == ")":
        j += 1
    if j < sent.end and _tk[j].text == ",":
        j = _apposition_end(_tk, j, sent.end) + 1  # 'by A, together with B', 'by A, owner of the fair, together with B'
    for words in _CONTINUATIONS:
        k = j + len(words)
        if k < sent.end and tuple(t.lower_ for t in doc[j:k]) == words:
            return agent_run(ctx, k, sent.end)
    return []


def _in_dateline(tok: Token) -> bool:
    """Is ``tok`` in the release's dateline ('PUTRAJAYA, March 30 (Agency) --')? The parse often
    makes the dateline's place a second subject of the lead sentence's verb, or the name
    before its 'as'; no agent is named there (the offset is set by :func:`extract_roles`)."""
    return tok.idx < tok.doc.user_data.get("ekg_roles_dateline_end", -1)


def _subject(verb: Token) -> Token | None:
    """The subject of a verb, through 'is gearing up to host' and 'which organizes'."""
    if verb.dep_ in ("relcl", "acl") and verb.head.pos_ == "PROPN" and verb.head.dep_ in ("ROOT", "nsubj") \
            and any(c.dep_ == "aux" and c.lower_ == "to" and c.i == verb.head.i + 1 for c in verb.children) \
            and (verb.head.left_edge.i == 0 or _after_newline(doc_tokens(verb.doc), verb.head.left_edge.i)):
        return verb.head  # a headline line: 'A to host <event>'
    t = verb
    for _ in range(3):
        subj = next((c for c in t.children if c.dep_ == "nsubj" and not _in_dateline(c)), None)
        if subj is not None:
            if subj.lower_ in ("which", "that", "who") and t.dep_ == "relcl":
                return t.head
            return subj
        if t.dep_ not in ("xcomp", "advcl", "conj") or t.head.i == t.i:
            return None
        t = t.head
    return None


def _event_noun(tok: Token) -> bool:
    """'this year's edition', 'the event', 'its show': an event noun with a definite
    determiner or a possessive, that the event mentions did not take (not a part of an
    event: 'the gala dinner')."""
    if not _anaphor(tok) or _part_noun(tok) or tok.pos_ not in ("NOUN", "ADJ"):
        return False
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "every", "each") or c.dep_ == "poss" for c in tok.children) \
        and not any(c.dep_ in ("prep", "compound", "amod") and c.i < tok.i and c.pos_ != "ADJ" for c in tok.children)


def _play_host_roles(ctx: Context) -> list[RoleRecord]:
    """'A will play host to <event>', 'A is playing host to the fair'."""
    out: list[RoleRecord] = []
    doc = ctx.doc
    if "host to" not in doc_lower(doc):
        return out
    for tok in doc:
        if tok.lower_ != "host" or tok.dep_ != "dobj" or lemma(tok.head) != "play":
            continue
        verb = tok.head
        to = next((c for c in list(verb.children) + list(tok.children) if c.dep_ == "prep" and c.lower_ == "to"), None)
        obj = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
        subj = _subject(verb)
        if obj is None or not (ctx.is_mention_token(obj) or _event_noun(obj)) or subj is None \
                or ctx.is_mention_token(subj) or subj.pos_ == "PRON" or _other_edition(ctx, sent_of(tok)):
            continue
        if subj.lower_ in _VENUE_HEADS or subj.ent_type_ == "FAC":
            continue  # a venue is the event's place
        event = _mention_event(ctx, obj) or ctx.event_for_sentence(sent_of(tok), before=verb)
        out += _records(ctx, event, "host", agent_run(ctx, subj.left_edge.i, subj.right_edge.i + 1), sent_of(tok))
    return out


def _it_event(ctx: Context, it: Token, verb: Token) -> str | None:
    """'The fair opened on Monday. This year A is organising it', 'the fair was launched by A,
    which still organises it': the event an 'it' object stands for — the event that is the
    subject of the sentence (before the verb) or of the sentence before; None otherwise."""
    sent = sent_of(verb)
    subjects = [m for m in ctx.mentions_in(sent) if ctx.doc[m.end - 1].dep_ in ("nsubj", "nsubjpass")
                and m.end <= verb.i]
    if subjects:
        return subjects[-1].event
    before = {m.event for m in ctx.mentions_in(sent) if m.end <= it.i}
    if len(before) == 1 and not any(m.start > it.i for m in ctx.mentions_in(sent)) \
            and any(ctx.doc[m.end - 1].dep_ == "dobj" and _verb_role(ctx.doc[m.end - 1].head, ACTIVE_VERBS)
                    for m in ctx.mentions_in(sent) if m.end <= it.i):
        # 'A organises the fair, while B sponsors it': the one event a role verb took as object before
        return before.pop()
    if not ctx.mentions_in(sent) and any(
            t.dep_ == "dobj" and _event_noun(t) and _verb_role(t.head, ACTIVE_VERBS) for t in ctx.doc[sent.start:it.i]):
        return ctx.main_key  # ('A organises the weekend, while B sponsors it': an event noun the mentions did not take)
    if ctx.mentions_in(sent) or sent.start == 0:
        return None  # another event named in the sentence: 'it' may be anything
    prev = sent_of(ctx.doc[sent.start - 1])
    subjects = [m for m in ctx.mentions_in(prev) if ctx.doc[m.end - 1].dep_ in ("nsubj", "nsubjpass")]
    return subjects[0].event if subjects else None


#: 'responsible for organising': the work -> role
_IN_CHARGE_WORK: dict[str, str] = RULES["in-charge"]["cues"]
#: 'A took over the running of the fair': verbs whose subject takes on the work (beside 'be responsible for')
_TAKE_OVER = frozenset(RULES["in-charge"]["take_over_verbs"])
_IN_CHARGE = patterns.compile(r"\b(?:responsible\s+for|in\s+charge\s+of|(?:" + "|".join(sorted(_TAKE_OVER))
                              + r")\s+over)\s+(?:the\s+)?(" + "|".join(map(re.escape, _IN_CHARGE_WORK)) + r")\b", re.I)
#: 'A is in charge of the fair', 'A is responsible for the expo': the event itself, no work named
_IN_CHARGE_BARE = patterns.compile(r"\b(?:responsible\s+for|in\s+charge\s+of)\s+(?=\S)", re.I)


def _in_charge_roles(ctx: Context) -> list[RoleRecord]:
    """'A is responsible for organising the fair', 'A, which is in charge of the organisation
    of the fair', 'A took over the running of the fair': the subject of 'be responsible for /
    in charge of' or 'take over' a role's work on the event (named after it) has that role;
    'A is in charge of / responsible for the fair', the event alone, makes a body its organizer."""
    out: list[RoleRecord] = []
    doc = ctx.doc
    worded = [(m, m.group(1).lower()) for m in _IN_CHARGE.finditer(doc_text(doc))]
    bare = [(m, None) for m in _IN_CHARGE_BARE.finditer(doc_text(doc))
            if not any(w.start() == m.start() for w, _ in worded)]
    for m, work in worded + bare:
        rng = token_range(doc, m.start(), m.end())
        if not rng:
            continue
        sent = sent_of(doc[rng.start])
        after = [t for t in doc[rng.stop:sent.end]][:8]
        if work is None:
            # 'A is in charge of the fair': the event right after ('the', 'this', 'this year's'),
            # ending there (not "the fair's security", 'the fair's stands')
            k = 0
            while k < len(after) and after[k].lower_ in ("the", "this", "year", "'s", "its") and not ctx.is_mention_token(after[k]):
                k += 1
            if k >= len(after) or not ctx.is_mention_token(after[k]) and not (
                    _anaphor(after[k]) and not _part_noun(after[k])):
                continue
            nxt = next((t for t in after[k:] if not ctx.is_mention_token(t)), None) if ctx.is_mention_token(after[k]) \
                else (after[k + 1] if k + 1 < len(after) else None)
            if nxt is not None and (nxt.tag_ == "POS" or nxt.pos_ in ("NOUN", "PROPN") or nxt.lower_ in ("of", "'s")):
                continue
        k = 0
        while k < len(after) and (after[k].lower_ in ("of", "the", "this", "year", "'s", "its") or after[k].like_num
                                  or after[k].pos_ == "ADJ") and not ctx.is_mention_token(after[k]):
            k += 1
        if k >= len(after) or not (ctx.is_mention_token(after[k]) or _anaphor(after[k])
                                   and lemma(after[k]) not in _NOT_EVENT_TARGETS):
            continue  # responsible for organising what? ('the seminar at the fair': not the fair)
        be = doc[rng.start]
        while lemma(be) != "be" and be.lower_ not in _TAKE_OVER and be.head.i != be.i and be.i >= sent.start:
            be = be.head
        if lemma(be) != "be" and be.lower_ not in _TAKE_OVER:
            continue
        subj = next((c for c in be.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.lower_ in ("which", "who", "that") and be.dep_ == "relcl":
            subj = be.head
        if subj is None or ctx.is_mention_token(subj) or subj.pos_ == "PRON" or _other_edition(ctx, sent):
            continue
        role = _IN_CHARGE_WORK[work] if work is not None else "organizer"
        target = after[k]
        event = _mention_event(ctx, target) or ctx.event_for_sentence(sent, before=target)
        run = agent_run(ctx, subj.left_edge.i, subj.right_edge.i + 1)
        if work is None and _person_or_official(run):
            continue  # ('Anna Berg is in charge of the fair': its director, not its organizer)
        out += _records(ctx, event, role, run, sent)
    return out


_HYPHEN_ROLE = patterns.compile(r"-(?:owned|organi[sz]ed|run|hosted|sponsored|backed|supported|funded|produced)\b", re.I)


def _hyphen_roles(ctx: Context) -> list[RoleRecord]:
    """'the AMMA-owned show', 'the Kelpwave-sponsored fair': a name joined to a role
    participle that modifies the event (its name or an event noun)."""
    out: list[RoleRecord] = []
    doc = ctx.doc
    toks = doc_tokens(doc)
    for m in _HYPHEN_ROLE.finditer(doc_text(doc)):
        rng = token_range(doc, m.start(), m.end())
        if not rng or rng.start == 0:
            continue
        dash = toks[rng.start]
        verb = next((t for t in toks[rng.start:rng.stop] if t.text != "-"), None)
        if dash.text != "-" or verb is None or toks[dash.i - 1].whitespace_ or verb.i + 1 >= len(doc):
            continue
        role = ROLE_VERBS.get(verb.lower_) or ROLE_VERBS.get(lemma(verb)) or ROLE_VERBS.get(lemma(verb) + "e")
        nxt = toks[verb.i + 1]
        if role is None or not (ctx.is_mention_token(nxt) or _anaphor(nxt)):
            continue
        start = dash.i - 1
        while start - 1 >= sent_of(nxt).start and _name_word(toks[start - 1]) and not ctx.is_mention_token(toks[start - 1]):
            start -= 1
        if not _name_word(toks[start]) or _other_edition(ctx, sent_of(nxt)):
            continue
        event = _mention_event(ctx, nxt) or ctx.event_for_sentence(sent_of(nxt), before=nxt)
        out += _records(ctx, event, role, toks[start:dash.i], sent_of(nxt))
    return out


_INVERTED = RULES["inverted-gerund"]
_INVERTED_LEADS = frozenset(_INVERTED["leads"])
_INVERTED_COPULAS = tuple(tuple(c.split()) for c in sorted(_INVERTED["cues"], key=lambda c: -len(c.split())))


def _gerund_role(verb: Token) -> str | None:
    """'Hosting' -> host, 'Organising' -> organizer, 'Co-hosting' -> host: the event-object
    role of a gerund, however the tagger reads it (a capitalized gerund is often a noun)."""
    role = _verb_role(verb, ACTIVE_VERBS)
    if role is None and verb.lower_.endswith("ing") and len(verb.lower_) > 5:
        stem = verb.lower_.removeprefix("co-")[:-3]
        role = ACTIVE_VERBS.get(stem) or ACTIVE_VERBS.get(stem + "e") \
            or (ACTIVE_VERBS.get(stem[:-1]) if len(stem) > 3 and stem[-1] == stem[-2] else None)
    return role or _EXTRA_GERUNDS.get(verb.lower_)


_EXTRA_GERUNDS: dict[str, str] = _INVERTED["gerunds"]


def _inverted_roles(ctx: Context) -> list[RoleRecord]:
    """'Hosting the fair this year is A', 'Also sponsoring the event are A and B',
    'Co-organising the expo will be A': a sentence that opens with a role gerund whose object
    is the event, then a copula, then the agents."""
    out: list[RoleRecord] = []
    doc = ctx.doc
    _tk = doc_tokens(doc)  # the cached tokens: doc[i] builds a new Token on every call
    for sent in doc_sents(doc):
        j = sent.start
        while j < sent.end and (_tk[j].is_space or _tk[j].lower_ in _INVERTED_LEADS or _tk[j].is_quote):
            j += 1
        if j + 2 < sent.end and _tk[j].lower_ == "co" and _tk[j + 1].text == "-":
            j += 2  # 'Co-hosting': the tokenizer splits the prefix off at a sentence start
        if j + 3 >= sent.end or not _tk[j].lower_.endswith("ing"):
            continue
        verb = _tk[j]
        role = _gerund_role(verb)
        if role is None:
            continue
        if role == "organizer" and j >= 2 and _tk[j - 1].text == "-" and _tk[j - 2].lower_ == "co":
            role = "coOrganizer"
        first = j + 2 if role == "partner" and _tk[j + 1].lower_ == "with" else j + 1  # 'Partnering with the fair'
        k = _skip_event_phrase(ctx, first, sent.end)
        if k == first:
            continue  # 'Hosting visitors is ...': not the event
        n = 0
        while k < sent.end and n < 3 and (_tk[k].lower_ in _TIME_WORDS or _tk[k].lower_ in ("also", "again")
                                           or _tk[k].ent_type_ == "DATE" and not _tk[k].like_num):
            k += 1
            n += 1
        cop = next((c for c in _INVERTED_COPULAS if tuple(t.lower_ for t in doc[k:k + len(c)]) == c), None)
        if cop is None:
            continue
        k += len(cop)
        while k < sent.end and _tk[k].lower_ in ("also", "again"):
            k += 1
        run = agent_run(ctx, k, sent.end)
        nxt = run[-1].i + 1 if run else sent.end
        if not run or nxt < sent.end and _tk[nxt].text not in (",", ".", ";", ")", "!") \
                or _other_edition(ctx, sent):
            continue  # ('Hosting the fair is Amberton's chance to shine': no list of agents)
        event = next((e for t in doc[j + 1:k] if (e := _mention_event(ctx, t))), None) \
            or ctx.event_for_sentence(sent, before=verb)
        out += _records(ctx, event, role, run, sent)
    return out


_TEAMING_RE = patterns.compile(r"(?<![\w-])(?:" + "|".join(
    re.escape(c).replace(r"\ ", r"\s+") for c in sorted(RULES["event-object"]["teaming_cues"], key=len, reverse=True))
    + r")(?![\w-])")


def _teamed_with(ctx: Context, verb: Token, sent: Span) -> list[Token]:
    """'A teamed up with B to organise the fair', 'A joined forces with B to host it': the
    names B between a teaming cue and the 'to' right before the role verb; [] otherwise."""
    toks = doc_tokens(ctx.doc)
    to = verb.i - 1
    if to <= sent.start or toks[to].lower_ != "to":
        return []
    for m in _TEAMING_RE.finditer(doc_lower(ctx.doc), sent.start_char, toks[to].idx):
        rng = token_range(ctx.doc, m.end(), toks[to].idx)
        if not rng:
            continue
        run = agent_run(ctx, rng.start, to)
        if run and run[-1].i + 1 == to:
            return run
    return []


def _purpose_role(ctx: Context, to: Token) -> bool:
    """Is ``to`` the 'to' of 'to organise the fair', a role verb whose object is the event?"""
    toks = doc_tokens(ctx.doc)
    if to.lower_ != "to" or to.i + 1 >= len(toks):
        return False
    verb = toks[to.i + 1]
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return verb.pos_ == "VERB" and _verb_role(verb, ACTIVE_VERBS) is not None and obj is not None \
        and (ctx.is_mention_token(obj) or _event_noun(obj))


_INCLUDING = frozenset({"including", "like", "as"})


def _included_event(ctx: Context, obj: Token) -> Token | None:
    """'A organises 20 shows a year, including <event> and <other>', 'A runs trade fairs such
    as <event>' (an 'About A' boilerplate): the named event among the plural event noun's
    examples, else None. The plural must be an event word ('shows', 'fairs', 'events')."""
    if obj.tag_ != "NNS" or lemma(obj) not in EVENT_ANAPHORS:
        return None
    for prep in obj.children:
        if prep.dep_ == "prep" and prep.lower_ in _INCLUDING \
                and (prep.lower_ != "as" or any(c.lower_ == "such" for c in prep.children) or obj.doc[prep.i - 1].lower_ == "such"):
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                hit = next((t for t in (pobj, *pobj.conjuncts) if ctx.is_mention_token(t)), None)
                if hit is not None:
                    return hit
    return None


def _active_roles(ctx: Context) -> list[RoleRecord]:
    """'A is gearing up to host <event>', 'A has produced <event> since 1935'."""
    out: list[RoleRecord] = _play_host_roles(ctx)
    verbs = tokens_matching(ctx.doc, _ACTIVE_RE)
    if "co-" in doc_lower(ctx.doc):
        verbs += [t for t in tokens_matching(ctx.doc, _CO_ACTIVE_RE) if t.lower_ not in ("co", "-")]
    for verb in verbs:
        if verb.pos_ == "NOUN" and verb.tag_ == "NNS":
            out += _noun_verb_roles(ctx, verb)
            continue
        if verb.pos_ != "VERB" or any(c.dep_ in ("auxpass", "agent") for c in verb.children):
            continue
        role = _verb_role(verb, ACTIVE_VERBS)
        if role is None:
            continue
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is None:  # 'A, which organises the week, ...' (the Tarrow Film Week): the parse takes it for a time
            obj = next((c for c in verb.children if c.dep_ == "npadvmod" and c.i > verb.i and _own_head_word(ctx, c)), None)
        if obj is None:  # 'A puts on the show each spring': the parse hangs the event on the particle
            obj = next((g for c in verb.children if c.dep_ == "prt" for g in c.children if g.dep_ == "pobj"), None)
        if obj is None and (m := _mention_after(ctx, verb)) is not None:
            obj = ctx.doc[m.end - 1]  # 'A organises the X Expo and B sponsors it': the parse makes the name a subject
        if obj is not None and obj.lower_ in ("which", "that") and verb.dep_ == "relcl" \
                and (ctx.is_mention_token(verb.head) or _event_noun(verb.head) or _anaphor(verb.head)):
            obj = verb.head  # 'the fair, which A has sponsored since 2001': the relative stands for the fair
        it_event = _it_event(ctx, obj, verb) if obj is not None and obj.lower_ == "it" else None
        if obj is not None and not (ctx.is_mention_token(obj) or it_event):
            obj = _included_event(ctx, obj) or obj  # 'A organises 20 shows a year, including <event>'
        if obj is None or not (ctx.is_mention_token(obj) or _event_noun(obj) or it_event):
            continue
        subj = _subject(verb)
        if subj is None and verb.i > 0 and (c := ctx.doc[verb.i - 1]).dep_ == "compound" and c.head.i == verb.i \
                and _name_word(c):
            subj = c  # 'The Corlay Arts Foundation funds the festival': the broken parse makes the name a compound of the verb
        if (subj is None or subj.text == "-") and verb.i >= 2 and ctx.doc[verb.i - 1].text == "-" \
                and ctx.doc[verb.i - 2].lower_ == "co":
            # 'A and B co-host the fair': the broken parse hangs the subject on 'co'
            co = ctx.doc[verb.i - 2]
            subj = next((c for c in co.children if c.dep_ == "nsubj"), None)
            if subj is None and co.dep_ in ("acomp", "attr", "xcomp") and co.head.i != co.i:
                # 'A and B are co-hosting the fair': 'co' hangs on the auxiliary, the subject too
                subj = next((c for c in co.head.children if c.dep_ == "nsubj"), None)
        if subj is not None and ctx.is_mention_token(subj) and subj.dep_ == "pobj" \
                and subj.head.lower_ in ("for", "of") and subj.head.head.lower_ in _EVENT_OWNER_HEADS \
                and not ctx.is_mention_token(subj.head.head):
            subj = subj.head.head  # 'the X Association for <event>, which organizes the event': the body, not the event
        if subj is not None and subj.pos_ == "NOUN" and subj.dep_ == "appos" and _name_word(subj.head) \
                and not ctx.is_mention_token(subj.head):
            subj = subj.head  # 'A, the company that organises the fair': A
        if subj is None or ctx.is_mention_token(subj) or subj.pos_ == "PRON":
            continue
        if subj.lower_ in ROLE_NOUNS and subj.pos_ == "NOUN":
            continue  # 'Sponsors such as A and B backed the fair': the role noun's rule reads the names
        if verb.dep_ == "relcl" and subj.i == verb.head.i and verb.tag_ != "VBZ":
            while subj.dep_ == "conj" and subj.head.i < subj.i:
                subj = subj.head  # 'A and B, which organise the fair': the relative is said of both
        if role == "host" and (subj.lower_ in _VENUE_HEADS or subj.ent_type_ == "FAC"):
            continue  # 'the X Exhibition Centre hosts the fair': a venue is the event's place, not its host
        sent = sent_of(verb)
        if _other_edition(ctx, sent):
            continue
        end = subj.right_edge.i + 1
        if verb.i >= 2 and ctx.doc[verb.i - 1].text == "-" and ctx.doc[verb.i - 2].lower_ == "co":
            end = min(end, verb.i - 2)  # 'A co-organized the fair': the broken parse puts 'co' in A
        run = agent_run(ctx, subj.left_edge.i, end)
        if not run and subj.text.islower() and subj.lower_ in _LOWER_NAME_WORDS | _LOWER_ORG_HEADS and any(
                c.dep_ == "prep" and c.lower_ == "of" and any(_name_word(g) for g in c.children) for c in subj.children):
            run = [t for t in _np_tokens(subj) if t.pos_ != "DET"]  # 'the city of Lisbon hosts the fair'
        if run and subj.pos_ == "NOUN" and subj.text.islower() and run[-1].i < subj.i \
                and any(t.tag_ == "POS" for t in ctx.doc[run[-1].i + 1:subj.i]):
            continue  # "Hosting the show is Amberton's chance": the subject's possessor is no agent
        if lemma(verb) in _ORG_ONLY_ACTIVE and _person_or_official(run):
            continue  # 'Governor X launched the festival on Friday': opened, not founded
        event = _mention_event(ctx, obj) or it_event or ctx.event_for_sentence(sent, before=verb)
        out += _records(ctx, event, role, run, sent)
        if run and run[-1].i + 2 < verb.i:  # 'A, together with B, organised the fair'
            out += _records(ctx, event, role, _continued_run(ctx, run, sent), sent)
        # 'A organises the fair together with B'
        out += _records(ctx, event, role, _continued_run(ctx, [obj.right_edge], sent), sent)
        out += _records(ctx, event, role, _teamed_with(ctx, verb, sent), sent)  # 'A teamed up with B to host the fair'
        # 'A hosted the fair with the Government of B': B too (the parse may hang 'with' on the event)
        for prep in [*verb.children, *(c for c in obj.children if c.i == obj.i + 1)]:
            if prep.dep_ == "prep" and prep.lower_ == "with" and prep.i > obj.i:
                first = ctx.doc[prep.i + 1] if prep.i + 1 < sent.end else None
                if first is not None and (_name_word(first) or first.lower_ == "the"):
                    with_run = agent_run(ctx, prep.i + 1, sent.end)
                    if with_run and with_run[-1].i + 1 < sent.end and ctx.doc[with_run[-1].i + 1].lower_ == "as":
                        continue  # 'A hosts the fair with B as sponsor': B's role is the one after 'as'
                    out += _records(ctx, event, role, with_run, sent)
    return out


def _own_head_word(ctx: Context, tok: Token) -> bool:
    """'the week' in a release about the Tarrow Film Week 2026: an event noun with 'the' or
    'this' that is a word of the main event's own name (the parse takes 'the week' for a time)."""
    main = ctx.result.main_event
    return main is not None and _anaphor(tok) and tok.is_lower \
        and any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in tok.children) \
        and tok.lower_ in {w.lower() for w in _NAME_WORD.findall(main.name)}


#: 'hosts' -> 'host': the present forms of the event-object verbs of one word
_PRESENT_FORMS = {f: v for v in ACTIVE_VERBS if " " not in v and not v.startswith("co-")
                  for f in (v, v + "s", v + "es")}


def _raised_object_roles(ctx: Context) -> list[RoleRecord]:
    """'A hosts, and B sponsors, the expo': two role verbs share the event as their object
    after a comma (the parse, taking the verbs for plural nouns, finds no object for either).
    Read off the words: a name, a present verb form, ',', 'and' (or 'while'), a name, a
    present verb form, ',', then the event's name or an event noun with 'the' / 'this'."""
    out: list[RoleRecord] = []
    _tk = doc_tokens(ctx.doc)
    n = len(_tk)
    for i, verb in enumerate(_tk):
        first = _PRESENT_FORMS.get(verb.lower_)
        if first is None or i + 4 >= n or _tk[i + 1].text != "," or _tk[i + 2].lower_ not in ("and", "while") \
                or i == 0 or not _name_word(_tk[i - 1]):
            continue
        k = i + 3
        while k < n and k - i < 12 and (_name_word(_tk[k]) or _tk[k].lower_ in ("the", "of", "&")):
            k += 1
        second = _PRESENT_FORMS.get(_tk[k].lower_) if k < n else None
        if second is None or k == i + 3 or k + 2 >= n or _tk[k + 1].text != "," or sent_of(_tk[k]) != sent_of(verb):
            continue
        j = k + 2
        m = next((m for m in ctx.mentions if m.start in (j, j + 1) and not m.anaphor), None)
        noun = _tk[j + 1] if _tk[j].lower_ in ("the", "this") and j + 1 < n else None
        event = m.event if m is not None else (
            ctx.event_for_sentence(sent_of(verb), before=verb) if noun is not None and _anaphor(noun) else None)
        if event is None:
            continue
        sent = sent_of(verb)
        if _other_edition(ctx, sent):
            continue
        start = i - 1
        while start - 1 >= sent.start and (_name_word(_tk[start - 1]) or _tk[start - 1].lower_ in ("of", "&")
                                            and start - 2 >= sent.start and _name_word(_tk[start - 2])):
            start -= 1
        if ctx.is_mention_token(_tk[start]):
            continue
        out += _records(ctx, event, ACTIVE_VERBS[first], agent_run(ctx, start, i), sent)
        out += _records(ctx, event, ACTIVE_VERBS[second], agent_run(ctx, i + 3, k), sent)
    return out


def _mention_after(ctx: Context, verb: Token):
    """The event's name right after a verb (an article between or not), that is no anaphor."""
    _tk = doc_tokens(ctx.doc)
    k = verb.i + 1
    if k < len(_tk) and _tk[k].lower_ in ("the", "this", "its"):
        k += 1
    return next((m for m in ctx.mentions if m.start == k and not m.anaphor), None)


def _noun_verb_roles(ctx: Context, verb: Token) -> list[RoleRecord]:
    """'Pellburg hosts the 8th Pell Trade Expo', 'Vellmark Bank sponsors the X Expo': a role
    verb the tagger took for a plural noun after a name it does not know, read off the words:
    right before it a name (no event's), right after it the event's name (an article, an
    ordinal or a year may come first)."""
    _tk = doc_tokens(ctx.doc)
    sent = sent_of(verb)
    role = _verb_role(verb, ACTIVE_VERBS)
    if role is None or verb.i == sent.start or not _name_word(_tk[verb.i - 1]) \
            or ctx.is_mention_token(_tk[verb.i - 1]) or ctx.is_mention_token(verb):
        return []
    j = verb.i + 1
    while j < sent.end and j - verb.i <= 3 and not ctx.is_mention_token(_tk[j]) and (
            _tk[j].lower_ in ("the", "this", "its") or _tk[j].like_num or _EDITION_WORD.fullmatch(_tk[j].text)):
        j += 1
    if j >= sent.end or not ctx.is_mention_token(_tk[j]):
        return []
    k = verb.i - 1
    while k - 1 >= sent.start and (_name_word(_tk[k - 1]) or _tk[k - 1].lower_ in _CONNECTORS
                                    and k - 2 >= sent.start and _name_word(_tk[k - 2])):
        k -= 1
    run = agent_run(ctx, k, verb.i)
    if not run or run[-1].i != verb.i - 1 or not any(t.pos_ == "PROPN" for t in run) or (role == "host" and (run[-1].lower_ in _VENUE_HEADS or run[-1].ent_type_ == "FAC")):
        return []
    if _other_edition(ctx, sent):
        return []
    return _records(ctx, _mention_event(ctx, _tk[j]), role, run, sent)


_FRONTED = RULES["fronted-patronage"]
_FRONTED_CUES = frozenset(_FRONTED["cues"])
_PARTICIPANT_SUBJECTS = frozenset(_FRONTED["participant_subjects"])


_FRONTED_LEAD = patterns.compile(r"(?:Held|Organi[sz]ed|Staged|Hosted|Convened|Taking\s+place|Being\s+held)\s+")


def _fronted_patronage(ctx: Context, sent: Span, start_char: int, cue: str) -> bool:
    """'Under the patronage of A, more than 4,000 exhibitors will take part': a patronage
    phrase that opens a sentence whose subject is the event's participants (exhibitors,
    delegates, visitors ...) is the event's, with no event named in the sentence."""
    lead = doc_text(ctx.doc)[sent.start_char:start_char]
    if not (lead == "" or _FRONTED_LEAD.fullmatch(lead)) or not any(w in cue for w in _FRONTED_CUES):
        return False  # ('Held under the patronage of A, the three-day programme ...': a participle may lead)
    root = sent.root
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and lemma(subj) in _PARTICIPANT_SUBJECTS and not _other_edition(ctx, sent) \
        and not any(t.like_num and _YEAR.fullmatch(t.text) for t in _sent_tokens(sent))


_POSSESSIVE_PATRONAGE = RULES["possessive-patronage"]
_PATRONAGE_NOUNS = _POSSESSIVE_PATRONAGE["cues"]
_PATRONAGE_ADJECTIVES = frozenset(_POSSESSIVE_PATRONAGE["adjectives"])


def _possessive_patronage_roles(ctx: Context) -> list[RoleRecord]:
    """"The fair is held under Sheikh A's patronage", "under UNESCO's auspices": the possessor
    of a patronage noun after 'under' (an adjective of ``adjectives`` between or not), in a
    sentence about the event -> supporter."""
    out: list[RoleRecord] = []
    _tk = doc_tokens(ctx.doc)
    for noun in _tk:
        role = _PATRONAGE_NOUNS.get(noun.lower_)
        if role is None or noun.i < 3:
            continue
        k = noun.i - 1
        if _tk[k].lower_ in _PATRONAGE_ADJECTIVES:
            k -= 1
        if _tk[k].tag_ != "POS" or not _name_word(_tk[k - 1]):
            continue
        sent = sent_of(noun)
        under = next((j for j in range(k - 1, max(sent.start, k - 12) - 1, -1) if _tk[j].lower_ == "under"), None)
        if under is None or not (ctx.mentions_in(sent) or any(_anaphor(t) and _event_noun(t) or _head_anaphor(t)
                                                                or t.lower_ == "it" and t.dep_ in ("nsubj", "nsubjpass")
                                                                for t in _sent_tokens(sent))):
            continue
        start = under + 1
        if _tk[start].lower_ == "the":
            start += 1
        run = agent_run(ctx, start, k)
        if not run or run[-1].i != k - 1 or ctx.is_mention_token(run[0]):
            continue
        if _other_edition(ctx, sent):
            continue
        event = _governing_event(ctx, _tk[under]) if _mention_event(ctx, _tk[under].head) else \
            ctx.event_for_sentence(sent, before=_tk[under])
        out += _records(ctx, event, role, run, sent)
    return out


_EVENT_SUBJECT = frozenset(RULES["role-phrase"]["event_subject"])
_SUBJECT_GAP = frozenset(_DATA["subject_gap_words"])


def _after_event(ctx: Context, sent: Span, start_char: int) -> bool:
    """Does the phrase at ``start_char`` come right after the event ('the show partners with'),
    an adverb or auxiliary between or not, or after its organisers?"""
    rng = token_range(ctx.doc, start_char, start_char + 1)
    if not rng:
        return False
    toks = doc_tokens(ctx.doc)
    k = rng.start - 1
    while k > sent.start and toks[k].lower_ in _SUBJECT_GAP:
        k -= 1
    if k < sent.start:
        return False
    t = toks[k]
    return ctx.is_mention_token(t) or _anaphor(t) \
        or ROLE_NOUNS.get(t.lower_) in ("organizer", "host") and t.lower_.endswith("s")


def _phrase_roles(ctx: Context, sent: Span) -> list[RoleRecord]:
    """'under the auspices of A', 'with the support of A and B'."""
    out: list[RoleRecord] = []
    text = span_text(sent)
    # a role of whom? the sentence must be about an event, or a label line ('Organised by: A')
    about_event = bool(ctx.mentions_in(sent)) or re.match(r"(?:It|They)\s", text) is not None or any(
        t.lower_ == "it" and t.dep_ in ("nsubj", "nsubjpass", "dobj") and _it_event(ctx, t, t.head)
        or t.dep_ == "nsubj" and ROLE_NOUNS.get(t.lower_) in ("organizer", "host") and t.tag_ == "NNS"
        and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children) or _head_anaphor(t) for t in _sent_tokens(sent))
    # ('the organisers have partnered with A': the event's organizers speak for it)
    for m in _PHRASE_RE.finditer(doc_lower(ctx.doc), sent.start_char, sent.end_char):
        role = _phrase_role(m.group(0))
        if role is not None and m.group(0).endswith(" between"):
            # 'organised in collaboration between A and B': both have the participle's role
            before = [t for t in _sent_tokens(sent) if t.idx < m.start()][-2:]
            verb = next((t for t in reversed(before) if t.tag_ == "VBN"), None)
            if verb is not None and (vr := _verb_role(verb, ROLE_VERBS)) is not None \
                    and all(t.i == verb.i or t.pos_ == "ADV" for t in before if t.i > verb.i):
                role = vr
        after = doc_lower(ctx.doc)[m.end():m.end() + 3].lstrip()
        label = m.group(0).endswith(":") or after.startswith(":") or after[:1] in ("-", "–", "—") and (
            m.start() == 0 or doc_lower(ctx.doc)[m.start() - 1] == "\n")  # 'Supported by – A' opening a line
        event_subject = " ".join(m.group(0).split()) in _EVENT_SUBJECT
        if event_subject and not _after_event(ctx, sent, m.start()):
            continue  # 'A partners with B on a new hull': only 'the show partners with B' is the event's
        if role is None or not (about_event or label or event_subject
                                or _fronted_patronage(ctx, sent, m.start(), m.group(0))):
            continue
        if role == "partner" and _deal_of_other(ctx, sent, m.start(), m.end()):
            continue  # 'A signed a partnership with B at the fair': a deal of A's, not the fair's partner
        rng = token_range(ctx.doc, m.end(), sent.end_char)
        if not rng:
            continue
        first = ctx.doc[rng.start]
        k = rng.start + 1 if first.lower_ == "the" and rng.start + 1 < sent.end else rng.start
        # ('in partnership with the Halbrook Forum': a body named like an event governs no role)
        event = _governing_event(ctx, ctx.doc[rng.start - 1] if _body_event(ctx, k) else first)
        by = ctx.doc[rng.start - 1]
        if by.lower_ == "by" and by.dep_ == "agent" and _verb_role(by.head, ROLE_VERBS) is not None:
            # 'sponsored by A': the event the passive rule gives the same verb, so both agree
            target = _verb_target(by.head)
            if target is not None and not ctx.is_mention_token(target) and lemma(target) in _NOT_EVENT_TARGETS:
                continue  # 'a pavilion supported by A': the pavilion's, as the passive rule says
            event = (_mention_event(ctx, target) if target is not None else None) \
                or ctx.event_for_sentence(sent, before=by.head)
        start = rng.start + 1 if label and ctx.doc[rng.start].text in (":", "-", "–", "—") else rng.start
        k = start + 1 if start + 1 < sent.end and ctx.doc[start].lower_ in ("the", "this") else start
        target = ctx.doc[k] if k < sent.end else None
        if role == "partner" and target is not None and m.group(0).endswith("with") and (
                ctx.is_mention_token(target) and not _body_event(ctx, target.i, role) or _event_noun(target)):
            # 'Kelpwave Bank has partnered with the fair': the subject partners the event
            verb = ctx.doc[rng.start - 1].head
            subj = _subject(verb) if verb.pos_ in ("VERB", "AUX") else None
            if subj is not None and not ctx.is_mention_token(subj) and subj.pos_ != "PRON":
                out += _records(ctx, _mention_event(ctx, target) or ctx.main_key, role,
                                agent_run(ctx, subj.left_edge.i, subj.right_edge.i + 1), sent)
            continue
        run = agent_run(ctx, start, sent.end)
        if run and m.start() == sent.start_char:
            # 'In partnership with A, B will present the festival': a fronted phrase's names end
            # where the main clause's subject begins
            subj = next((t for t in run if t.dep_ in ("nsubj", "nsubjpass") and t.head.i == sent.root.i
                         and t.left_edge.i > run[0].i and ctx.doc[t.left_edge.i - 1].text == ","), None)
            if subj is not None:
                run = [t for t in run if t.i < subj.left_edge.i - 1]
        if role == "partner" and run and run[-1].i + 1 < sent.end and _TEAMING_RE.fullmatch(m.group(0)) \
                and _purpose_role(ctx, ctx.doc[run[-1].i + 1]):
            continue  # 'A teamed up with B to organise the fair': B organises it too (the event-object rule)
        out += _records(ctx, event, role, run, sent)
    return out


#: 'sign a partnership', 'enter into a partnership': verbs of a deal, whose subject is a party to it
_DEAL_VERBS = frozenset(RULES["role-phrase"]["deal_verbs"])


def _deal_of_other(ctx: Context, sent: Span, start: int, end: int) -> bool:
    """'A signed a partnership with B at the fair', 'A entered into a partnership with B': the
    partnership noun is the object of a deal verb whose subject is a named body (not the
    event, an event noun or a role noun such as 'the organisers')."""
    noun = next((t for t in _sent_tokens(sent) if start <= t.idx < end and t.lower_ in ("partnership", "partnerships")), None)
    if noun is None:
        return False
    verb = noun.head if noun.dep_ == "dobj" else \
        noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else None
    if verb is None or verb.pos_ != "VERB" or lemma(verb) not in _DEAL_VERBS:
        return False
    subj = _subject(verb)
    return subj is not None and subj.pos_ == "PROPN" and not ctx.is_mention_token(subj) \
        and not _event_noun(subj) and subj.lower_ not in ROLE_NOUNS


def _skip_event_phrase(ctx: Context, j: int, end: int) -> int:
    """After 'Partners of' / 'Organizer of': skip the event named ('the festival',
    'Kavkaz Jazz Festival 2016') and return where the link word should be."""
    doc = ctx.doc
    k = j
    while k < end and k - j < 10:
        t = doc[k]
        if ctx.is_mention_token(t) or t.pos_ == "DET" or t.like_num or is_titlecase(t) or t.tag_ == "POS" \
                or _anaphor(t) or t.lower_ == "year":
            k += 1
            continue
        break
    named = any(ctx.is_mention_token(t) or _anaphor(t) for t in doc[j:k])
    return k if k > j and named else j


def _determined(tok: Token) -> bool:
    """'the organiser', "the event's organiser", 'its main sponsor': a role noun with a
    determiner or possessive before it (a name in apposition may follow)."""
    for j in range(tok.i - 1, max(sent_of(tok).start, tok.i - 6) - 1, -1):
        t = tok.doc[j]
        if t.pos_ == "DET" or t.tag_ in ("POS", "PRP$"):
            return True
        if t.pos_ not in ("ADJ", "NOUN", "PROPN") and t.lower_ != "and" and not t.lower_.startswith("organi"):
            return False  # ("the fair's founder and organiser": a coordinated noun between)
    return False


def _name_before_as(ctx: Context, tok: Token) -> list[Token]:
    """"Kelpwave Bank came on board as the title sponsor", 'with A as its media partner':
    the names right before an 'as' that introduces the role noun (only determiners and
    modifiers between), in a sentence about an event or after 'with'."""
    doc = ctx.doc
    _tk = doc_tokens(doc)  # the cached tokens: doc[i] builds a new Token on every call
    sent = sent_of(tok)
    k = tok.i - 1
    while k > sent.start and tok.i - k <= 4 and _tk[k].lower_ != "as":
        if _tk[k].pos_ not in ("DET", "ADJ", "NOUN", "PROPN") and _tk[k].tag_ not in ("PRP$", "POS", "VBG") \
                and _tk[k].text != "-":  # ('as presenting sponsor')
            return []
        k -= 1
    if _tk[k].lower_ != "as" or k - 1 < sent.start:
        return []
    end = k  # the name ends right before 'as'
    verb = _tk[end - 1]
    on_board = verb.lower_ == "board" and end - 2 > sent.start and _tk[end - 2].lower_ == "on"
    if verb.dep_ == "prt" or on_board:
        verb = verb.head if verb.dep_ == "prt" else _tk[end - 3]  # 'signed on as', 'came on board as'
        while on_board and verb.pos_ == "ADV" and verb.i > sent.start:
            verb = _tk[verb.i - 1]  # 'A is also on board as a sponsor'
    if verb.dep_ == "dobj" and lemma(verb.head) in _AS_VERBS and (ctx.is_mention_token(verb) or _event_noun(verb)):
        verb = verb.head  # 'A joins the fair as official partner'
    back = verb.lower_ == "back" and end - 2 > sent.start and lemma(_tk[end - 2]) == "be"
    if back:
        verb = _tk[end - 2]  # 'A is back as title sponsor of the race'
    if verb.tag_ == "NNS" and verb.i > sent.start and verb.lower_[:-1] in _AS_VERBS and _name_word(_tk[verb.i - 1]) \
            and not ctx.is_mention_token(_tk[verb.i - 1]):
        # 'Halden Foods returns as headline sponsor of the festival': the tagger took the verb for a
        # plural noun after a name it does not know; the name right before it is the subject
        start = verb.i - 1
        while start - 1 >= sent.start and (_name_word(_tk[start - 1]) or _tk[start - 1].lower_ in ("&", "of")
                                            and start - 2 >= sent.start and _name_word(_tk[start - 2])):
            start -= 1
        bare = tok.i + 1 >= sent.end or _tk[tok.i + 1].is_punct and _tk[tok.i + 1].text != "("
        if not (ctx.mentions_in(sent) or bare) or ctx.is_mention_token(_tk[start]):
            return []
        return agent_run(ctx, start, verb.i)
    if verb.pos_ == "VERB" and (lemma(verb) in _AS_VERBS or lemma(verb) in _NAMING_VERBS) \
            or (on_board or back) and verb.pos_ == "AUX" and lemma(verb) == "be":
        # 'A acts as the organiser of the fair', 'A serves as its host', 'A was appointed as the
        # organiser': the verb's subject
        subj = next((c for c in verb.children if c.dep_ == "nsubj"
                     or c.dep_ == "nsubjpass" and lemma(verb) in _NAMING_VERBS), None)
        # ('A will serve as the title sponsor.': a role noun that ends the clause is the release's event's)
        bare = tok.i + 1 >= sent.end or _tk[tok.i + 1].is_punct and _tk[tok.i + 1].text != "("
        if subj is None or ctx.is_mention_token(subj) or subj.pos_ == "PRON" or not (ctx.mentions_in(sent) or bare):
            return []
        return agent_run(ctx, subj.left_edge.i, subj.right_edge.i + 1)
    if _tk[end - 1].text == "," and end - 1 > sent.start:
        end -= 1  # 'A, as the organiser, ...'
    start = end - 1
    while start > sent.start and (_name_word(_tk[start - 1]) or _tk[start - 1].lower_ in _CONNECTORS
                                  or _tk[start - 1].text in (",", "(", ")") or _tk[start - 1].tag_ == "POS"):
        start -= 1
    while start < end and not _name_word(_tk[start]):
        start += 1
    if start >= end or not _name_word(_tk[end - 1]) and _tk[end - 1].text != ")":
        return []
    with_before = start > sent.start and _tk[start - 1].lower_ == "with"
    # 'A, as the organiser, expects ...': a role set off by commas needs no event in the sentence
    set_off = _tk[end].text == "," and tok.i + 1 < sent.end and _tk[tok.i + 1].text == ","
    if not (with_before or set_off or ctx.mentions_in(sent)) or ctx.is_mention_token(_tk[start]):
        return []
    return agent_run(ctx, start, end)


def _name_before_copula(ctx: Context, be: Token, sent: Span) -> list[Token]:
    """'A is the knowledge partner and B is the technology partner': the parse hangs B on the
    first clause and leaves the second copula without a subject; B is the name right before
    it, after 'and', 'while' or a comma (not an event's name)."""
    _tk = doc_tokens(ctx.doc)
    start = be.i
    while start - 1 > sent.start and (_name_word(_tk[start - 1]) or _tk[start - 1].lower_ in ("&", "of")
                                       and start - 2 > sent.start and _name_word(_tk[start - 2])):
        start -= 1
    if start == be.i or _tk[start - 1].lower_ not in ("and", ",", "while", "whereas", "but") \
            or ctx.is_mention_token(_tk[start]) or not _name_word(_tk[start]):
        return []
    return agent_run(ctx, start, be.i)


def _name_before_appos(ctx: Context, tok: Token) -> list[Token]:
    """'According to A, the organiser of the show, ...': the name right before a comma and a
    determined role noun (the parse often hangs such an apposition elsewhere). The noun must
    close the apposition (a comma or the sentence end, after an event phrase or not), so
    that 'A, the organisers said, ...' gives nothing."""
    doc = ctx.doc
    _tk = doc_tokens(doc)  # the cached tokens: doc[i] builds a new Token on every call
    sent = sent_of(tok)
    pair = tok.i - 3 >= sent.start and _tk[tok.i - 1].lower_ in ("and", "&") and _tk[tok.i - 2].lower_ in ROLE_NOUNS \
        and _tk[tok.i - 3].text == ","  # 'A, owner and organiser of the fair, ...': a pair of role nouns
    if not (_determined(tok) or pair):
        return []
    k = tok.i - 1
    while k > sent.start and _tk[k].text != "," and tok.i - k <= 7:
        if _tk[k].pos_ not in ("DET", "ADJ", "NOUN", "PROPN") and _tk[k].tag_ not in ("PRP$", "POS") \
                and not (_tk[k].lower_ == "and" and _tk[k - 1].pos_ == "NOUN") \
                and not (_tk[k].lower_ == "of" and _tk[k - 1].lower_ == "one") and not (
                    _tk[k].lower_ == "one" and _tk[k + 1].lower_ == "of"):
            return []  # ('A, one of the sponsors', "A, the fair's founder and organiser")
        if tok.i - k > 4 and not any(t.lower_ == "one" for t in doc[k - 1:tok.i]) and _tk[k].pos_ != "DET" \
                and _tk[k].tag_ not in ("PRP$", "POS"):
            return []
        k -= 1
    if _tk[k].text != "," or k - 1 < sent.start:
        return []
    j = tok.i + 1
    if j < sent.end and _tk[j].lower_ in ("of", "for"):
        j = _skip_event_phrase(ctx, j + 1, sent.end)
        if j == tok.i + 2:
            return []
    if j < sent.end and _tk[j].text not in (",", ".", ";"):
        return []
    end = k
    start = end - 1
    while start > sent.start and (_name_word(_tk[start - 1]) or _tk[start - 1].lower_ in _CONNECTORS
                                  or _tk[start - 1].text in ("(", ")") or _tk[start - 1].tag_ == "POS"
                                  or ctx.is_name_token(_tk[start - 1])):  # 'the X Association for <event>'
        start -= 1
    while start < end and not _name_word(_tk[start]):
        start += 1
    if start >= end or not (_name_word(_tk[end - 1]) or _tk[end - 1].text == ")") \
            or ctx.is_mention_token(_tk[start]) and not _body_event(ctx, start):  # ('Vellby Expo, the organiser')
        return []
    return _person_of_org(agent_run(ctx, start, end))


def _officer_body(ctx: Context, head: Token, before: list[Token]) -> bool:
    """'Anna Berg, director at A, the organisers': the apposition hangs on the person, but
    the name right before it (``before``) is the body the person works 'at' or is an officer
    'of': a body (no person, no place) after an 'of' / 'at' that follows the person's title."""
    if not before or head.ent_type_ != "PERSON" or head in before or before[0].i < 2 or before[0].i <= head.i:
        return False
    doc = head.doc
    if doc[before[0].i - 1].lower_ not in ("of", "at") or _person_or_official(before):
        return False
    if lookup_place(" ".join(t.text for t in before)) is not None:
        return False
    title = doc[head.i + 1:before[0].i - 1]  # ', director', ', exhibition director'
    return 2 <= len(title) <= 5 and title[0].text == "," and all(
        t.is_alpha and (t.text.islower() or t.lower_ in _TITLE_WORDS | _PERSON_TITLES or t.is_upper) for t in title[1:])


def _person_of_org(run: list[Token]) -> list[Token]:
    """'John Smith of A, the organiser': A organizes, not its spokesperson."""
    of = next((i for i, t in enumerate(run) if t.lower_ == "of"), None)
    if of and all(t.ent_type_ == "PERSON" for t in run[:of]):
        return run[of + 1:]
    if of and of <= 3 and run[of - 1].lower_ in _TITLE_WORDS | _PERSON_TITLES:
        return run[of + 1:]  # 'A, CEO of B, the organiser': B organizes, not its officer
    return run


def _appos_noun(tok: Token) -> Token:
    """'A, founder and organiser of the fair, said': the apposition a coordinated role noun
    belongs to (the first noun of the pair), else ``tok``."""
    if tok.dep_ == "conj" and tok.head.dep_ == "appos" and tok.head.lower_ in ROLE_NOUNS \
            and tok.i - tok.head.i == 2 and tok.doc[tok.i - 1].lower_ in ("and", "&"):
        return tok.head
    return tok


def _noun_roles(ctx: Context, sent: Span) -> list[RoleRecord]:
    """'organiser Messe München', 'event organisers Informa Markets', 'JAMA, the main
    organizer', 'according to the organisers, A (ACR), ...', 'Partners of the festival are
    A, B and C', 'Sponsors include A and B'."""
    out: list[RoleRecord] = []
    doc = ctx.doc
    _tk = doc_tokens(doc)  # the cached tokens: doc[i] builds a new Token on every call
    if not _NOUN_RE.search(doc_lower(doc), sent.start_char, sent.end_char):
        return out
    starts: list[tuple[int, bool]] = []  # where each noun's records start, and whether it gives no person a role
    for tok in _sent_tokens(sent):
        starts.append((len(out), tok.lower_ in _ORG_ONLY_NOUNS))
        role = ROLE_NOUNS.get(tok.lower_)
        if role is None and tok.i > sent.start:  # 'the organising body, A'
            two = _tk[tok.i - 1].lower_ + " " + tok.lower_
            role = ROLE_NOUNS.get(two)
            if role is not None and tok.i - 3 >= sent.start and _tk[tok.i - 2].text == "-" \
                    and _tk[tok.i - 3].lower_ == "co":
                role = ROLE_NOUNS.get("co-" + two, role)  # 'the co-organizing units are A and B'
        if role is None or tok.text[0].isupper() and tok.i != sent.start and "\n" not in _tk[tok.i - 1].text_with_ws \
                and not _line_label(_tk, tok, sent) and not _key_after_separator(_tk, tok) and not (
                    _tk[tok.i - 1].lower_ in _TIERS and tok.i + 1 < sent.end and _tk[tok.i + 1].lower_ in _LIST_LINKS):
            # (a capitalized noun only at a sentence's or a line's start: 'Partners: A'; or after a
            # capitalized tier with a link after it: 'the Platinum Sponsor is A')
            continue
        if tok.i + 1 < sent.end and _tk[tok.i + 1].lower_ in ("country", "countries", "nation", "city"):
            continue  # 'partner country' is an honour
        if tok.pos_ == "VERB" and tok.tag_ in ("VBZ", "VBP", "VBD") and any(c.dep_ == "dobj" for c in tok.children):
            continue  # 'A, which sponsors the X Football Club': a verb with its object (the event-object rule's)
        if role == "partner" and (tok.i + 1 < sent.end and _tk[tok.i + 1].lower_ in ("at", "in", "with")
                                  and not _names_event_after(ctx, _tk, tok.i + 2, sent.end)
                                  or tok.i > sent.start and _tk[tok.i - 1].lower_ in _PARTNER_TITLES
                                  and not _event_partner_title(ctx, _tk, tok, sent)):
            continue  # 'A, a partner at B', 'managing partner of B': a person's job, not the event's partner
        if tok.i > 1 and _tk[tok.i - 1].text == "-":
            if _tk[tok.i - 2].lower_ != "co":
                continue  # 'country-partner' is an honour
            role = ROLE_NOUNS.get("co-" + tok.lower_, role)
        event = _governing_event(ctx, tok)
        # a list after a link: 'Partners (of the festival) are A, B', 'Organizer of the festival - A'
        j = tok.i + 1
        if j < sent.end and _tk[j].lower_ in ("of", "for"):
            j = _skip_event_phrase(ctx, j + 1, sent.end)
            named = next((m.event for m in ctx.mentions if tok.i + 1 < m.end and m.start < j), None)
            if named is not None:
                event = named  # 'A, a sponsor of the X Marathon, had a stand at the fair': the marathon's sponsor
            elif _generic_of(ctx, _tk, tok.i + 2, sent.end):
                continue  # 'A, a sponsor of many local events', 'the organiser of trade fairs': not this event's
        after_event = j
        while j < sent.end and j - after_event < 3 and (_tk[j].lower_ in ("this", "year", "time", "also") or
                                                        _tk[j].ent_type_ == "DATE" and not _tk[j].like_num):
            j += 1  # "the fair's host this year is A"
        if j > after_event and not (j < sent.end and (_tk[j].lower_ == "will" or _tk[j].lower_ in _LIST_LINKS
                                                      and _tk[j].is_alpha)):
            j = after_event  # ('Sponsors this year include A and B', 'Partners also include': any worded link)
        if j + 2 < sent.end and _tk[j].text == "," and _tk[j + 1].lower_ in ("led", "headed") \
                and _tk[j + 2].lower_ == "by" and tok.tag_ == "NNS":
            j += 2  # 'the organisers, led by A, ...': 'by' links the list
        bare_official = tok.i > sent.start and _tk[tok.i - 1].lower_ == "official" and bool(ctx.mentions_in(sent)) \
            and (tok.i + 1 >= sent.end or _tk[tok.i + 1].text in (".", ";", "!"))
        # ('The Health Authority is the event's strategic partner, while A is the official bank.':
        # an official noun that ends a sentence about the event is the event's)
        if tok.lower_ in _STRICT_NOUNS and after_event <= tok.i + 2 and not _owned_by_event(ctx, tok) \
                and not bare_official:
            continue  # 'owner Anna Berg', 'the owner of a bakery': not the event's
        k = j + 2 if j + 1 < sent.end and (_tk[j].lower_, _tk[j + 1].lower_) in (("will", "be"), ("such", "as")) else \
            j + 1 if j < sent.end and (_tk[j].lower_ in _LIST_LINKS or _tk[j].lower_ == "by" and _tk[j - 1].lower_ in
                                       ("led", "headed")) else None
        run_end = sent.end
        if k is not None and k < len(_tk) and k > j and _tk[k].text == ":":
            k += 1  # 'The organisers are:\n- the A\n- B': a colon after the link
        if k is None and j == tok.i + 1 and _line_label(_tk, tok, sent):
            k = j  # 'Sponsors\n- A\n- B': a role noun alone on its line labels the lines below
        if k is not None and (k >= sent.end or k == j) and (_tk[k - 1].text == ":" or k == j):
            run_end = _block_end(_tk, k)  # ('Organisers:' that the splitter leaves at a sentence's end)
        if k is not None:
            run = agent_run(ctx, k, run_end)
            if run:
                out += _records(ctx, event, role, run, sent)
                out += _records(ctx, event, role, _list_cut_off(ctx, run, sent), sent)
                colon_line = _tk[k - 1].text == ":" and k < len(_tk) and (
                    _tk[k].is_space and "\n" in _tk[k].text or "\n" in _tk[k - 1].whitespace_)
                if run_end != sent.end or colon_line:  # 'Organizers:\nA\nB\n': a label's block, one name a line
                    for line in _block_lines(ctx, _tk, run[-1].i + 1, _block_end(_tk, k)):
                        out += _records(ctx, event, role, line, sent)
                continue
        # 'the fair counts A and B among its sponsors': the object of the verb 'among' hangs on
        if tok.head.lower_ == "among" and tok.head.head.pos_ == "VERB" and _determined(tok):
            obj = next((c for c in tok.head.head.children if c.dep_ == "dobj"), None)
            if obj is not None and obj.i < tok.i and not ctx.is_mention_token(obj):
                out += _records(ctx, event, role, agent_run(ctx, obj.left_edge.i, tok.head.i), sent)
                continue
        # "A as the title sponsor", 'with A as its media partner'
        as_run = _name_before_as(ctx, tok)
        if as_run:
            out += _records(ctx, event, role, as_run, sent)
            continue
        # a proper name right after the noun ('organiser Messe Nord', 'show organizer the X')
        j = tok.i + 1
        if j + 1 < sent.end and _tk[j].lower_ == "the" and not _determined(tok) and is_titlecase(_tk[j + 1]):
            j += 1
        if j + 1 < sent.end and _tk[j].text == "(" and _name_word(_tk[j + 1]):
            j += 1  # "the fair's organisers (Tidewater Events)"
        run = []
        while j < sent.end and (_tk[j].pos_ == "PROPN" or (is_titlecase(_tk[j]) and _tk[j].pos_ != "DET")):
            run.append(_tk[j])
            j += 1
        if not run and (k := _coined_end(_tk, j, sent.end)) > j:
            run = _tk[j:k]  # 'organisers nordhaven events said': a company named in lower case
        if run and not ctx.is_mention_token(run[0]):
            out += _records(ctx, event, role, agent_run(ctx, run[0].i, sent.end) or run, sent)
            continue
        # 'according to the organisers, the X Chamber (XC), ...', 'the organizers of the fair,
        # A and B, ...': a name in apposition
        if not run and after_event > tok.i + 1:
            j = after_event
        if not run and j + 2 < sent.end and _tk[j].lower_ == "and" and _tk[j + 1].lower_ in ROLE_NOUNS:
            j += 2  # "the fair's organiser and host, the X"
        if j < sent.end and _tk[j].text == "," and (tok.tag_ == "NNS" or _determined(tok)):
            run = agent_run(ctx, j + 1, sent.end)
            nxt = run[-1].i + 1 if run else sent.end
            if run and (nxt >= sent.end or _tk[nxt].text in (",", ";", ".", ")")):
                out += _records(ctx, event, role, run, sent)
                continue
        # "A, the main organizer, ..." / "A is the organizer of"
        # (an apposition the parse hangs on an event's name: 'the X Association for <event>, the
        # organizer' names X, never the event)
        on_event = tok.dep_ == "appos" and ctx.is_mention_token(tok.head)
        if (tok.dep_ != "appos" or on_event) and (appos_run := _name_before_appos(ctx, tok)):
            out += _records(ctx, event, role, appos_run, sent)
        elif (ap := _appos_noun(tok)).dep_ == "appos" and not on_event and ap.head.pos_ in ("PROPN", "NOUN"):
            np = _np_tokens(ap.head)
            before = _name_before_appos(ctx, tok)  # a name whose first word the parse cut off
            if before and ap.head in before and len(before) > len(np) and before[-1].i == np[-1].i:
                np = before
            elif _officer_body(ctx, ap.head, before):
                np = before  # 'said Anna Berg, director at A, the organisers of the fair': A, not its officer
            out += _records(ctx, event, role, _person_of_org(np), sent)
        elif tok.dep_ in ("oprd", "attr", "xcomp") and lemma(tok.head) in _NAMING_VERBS \
                and (after_event > tok.i + 2 or tok.i + 1 >= sent.end or _tk[tok.i + 1].is_punct):
            # 'A has been named the official partner of the fair', 'A was appointed sponsor'
            subj = [c for c in tok.head.children if c.dep_ in ("nsubjpass", "nsubj")]
            if subj and not ctx.is_mention_token(subj[0]) and subj[0].pos_ != "PRON":
                out += _records(ctx, event, role, _np_tokens(subj[0]), sent)
        elif tok.dep_ == "pobj" and (be := _among_be(tok)) is not None and _determined(tok) and not (
                _tk[tok.i + 1].lower_ in ("of", "for") and after_event <= tok.i + 2
                and not _for_time(_tk, tok.i + 1, sent.end) if tok.i + 1 < sent.end else False):
            # 'A is among the sponsors of the fair', "A and B are one of the fair's partners"
            subj = next((c for c in be.children if c.dep_ == "nsubj"), None)
            if subj is not None and not ctx.is_mention_token(subj) and subj.pos_ != "PRON":
                out += _records(ctx, event, role, agent_run(ctx, subj.left_edge.i, subj.right_edge.i + 1), sent)
        elif tok.dep_ == "attr" and lemma(tok.head) in _COPULAS and not (
                _tk[tok.i + 1].lower_ in ("of", "for") and after_event <= tok.i + 2
                and not _for_time(_tk, tok.i + 1, sent.end) if tok.i + 1 < sent.end else False):
            # ('A is a partner of many schools': a role of something else than the event)
            subj = [c for c in tok.head.children if c.dep_ == "nsubj"]
            if subj and not ctx.is_mention_token(subj[0]):
                out += _records(ctx, event, role, _np_tokens(subj[0]), sent)
            elif not subj and tok.head.dep_ == "conj":
                out += _records(ctx, event, role, _name_before_copula(ctx, tok.head, sent), sent)
    starts.append((len(out), False))
    # ("the fair's founder, Anna Berg": who founded it is no organizer of this edition as a person)
    return [r for (i, org_only), (k, _) in zip(starts, starts[1:]) for r in out[i:k]
            if not (org_only and r.agent_type == "Person" and not any(
                w in _LIST_ORG_WORDS or w == "messe" for w in r.agent.lower().split()))]


_FOR_TIME = patterns.compile(r"for\s+(?:the|a)\s+(?:[\w-]+\s+){0,2}(?:years?|times?|editions?|seasons?|running)\b")


def _for_time(toks: list[Token], j: int, end: int) -> bool:
    """'for a third year', 'for the fifth consecutive time': a time phrase after a role noun,
    not the thing the role is of."""
    return j < end and toks[j].lower_ == "for" and _FOR_TIME.match(doc_lower(toks[j].doc), toks[j].idx) is not None


def _list_cut_off(ctx: Context, run: list[Token], sent: Span) -> list[Token]:
    """'Partners are A, the B Conservatory. C. D, the E Institute and F.': a list of names that
    the sentence splitter cut after an abbreviation or initial goes on in the next
    'sentence' when that one has no verb and is names with list marks; its names (from the
    first list mark on: the cut name's tail is left out), [] otherwise."""
    toks = doc_tokens(ctx.doc)
    j = run[-1].i + 1
    if j >= sent.end or toks[j].text != "." or j + 1 != sent.end - (toks[sent.end - 1].is_space) \
            or sent.end >= len(toks):
        return []
    nxt = sent_of(toks[sent.end])
    words = [t for t in nxt if not t.is_space]
    if not words or any(t.pos_ in ("VERB", "AUX") for t in words) or not any(t.text == "," for t in words):
        return []
    if not re.fullmatch(r"[A-Z]\.(?:[A-Z]\.)*", words[0].text):
        return []  # (only where an initial opens it: 'C. D' is a name's tail, 'Venue: X Hall, Tampa' is not)
    first = next(t for t in words if t.text == ",")
    rest = agent_run(ctx, first.i + 1, nxt.end)
    return rest if rest and rest[-1].i + 2 >= nxt.end else []


def _generic_of(ctx: Context, toks: list[Token], j: int, end: int) -> bool:
    """After a role noun's 'of': a phrase of common nouns in lower case that does not name the
    event ('many local events', 'trade fairs', 'the opening gala'; not "this year's fair")."""
    k = j
    phrase: list[Token] = []
    while k < end and k - j < 6 and (toks[k].pos_ in ("DET", "ADJ", "NUM", "NOUN", "PROPN") or toks[k].tag_ == "POS"):
        phrase.append(toks[k])
        k += 1
    nouns = [t for t in phrase if t.pos_ in ("NOUN", "PROPN")]
    if not nouns or any(ctx.is_mention_token(t) or _anaphor(t) and t.tag_ == "NN" or t.tag_ == "POS"
                        or t.lower_ in ("year", "edition", "event") for t in phrase):
        return False
    return all(t.pos_ == "NOUN" and t.text.islower() for t in nouns)


def _event_partner_title(ctx: Context, toks: list[Token], tok: Token, sent: Span) -> bool:
    """'General partner: A', 'The general partner of the forum is A': a partner title ('general')
    that labels a line (a colon or dash after the noun, the title opening the line) or is said
    of the event is the event's partner tier, not a person's job in a firm."""
    j = tok.i + 1
    if j < sent.end and toks[j].lower_ in ("of", "for"):
        return _names_event_after(ctx, toks, j + 1, sent.end)
    title = toks[tok.i - 1]
    line_start = title.i == sent.start or "\n" in toks[title.i - 1].text_with_ws
    return line_start and j < sent.end and toks[j].text in (":", "-", "–", "—")


def _names_event_after(ctx: Context, toks: list[Token], j: int, end: int) -> bool:
    """Does an event (a mention or an event noun, after a determiner or a possessive) start at
    ``j``? ('a partner in the expo', 'a partner at this year's fair')"""
    while j < end and (toks[j].pos_ == "DET" or toks[j].tag_ in ("POS", "PRP$") or toks[j].lower_ in ("year", "this")):
        j += 1
    return j < end and (ctx.is_mention_token(toks[j]) or _anaphor(toks[j]))


def _key_after_separator(toks: list[Token], tok: Token) -> bool:
    """'Organiser - A; Sponsor - B', 'Organiser: A | Partner: B': a capitalized role noun right
    after a key line's separator, with its own colon or dash after it, labels the next key."""
    return tok.i > 0 and toks[tok.i - 1].text in (";", "|") and tok.i + 1 < len(toks) \
        and toks[tok.i + 1].text in (":", "-", "–", "—")


def _line_label(toks: list[Token], tok: Token, sent: Span) -> bool:
    """'Sponsors\n', 'Media Partners\n': a role noun that ends its line, with only tier words
    ('Official', 'Media') before it on the line, and a line below it."""
    if not (tok.i + 1 < len(toks) and toks[tok.i + 1].is_space and "\n" in toks[tok.i + 1].text):
        return False
    k = tok.i
    while k > 0 and not _after_newline(toks, k):
        k -= 1
        if toks[k].lower_ not in _TIERS:
            return False
    return k == 0 or _after_newline(toks, k)


def _block_end(toks: list[Token], k: int) -> int:
    """The end of the block of lines that starts at ``k`` (a blank line or the text's end)."""
    j = k
    while j < len(toks) and toks[j].is_space:
        j += 1  # the line breaks right after the label
    while j < len(toks) and j - k < 120:
        if toks[j].is_space and toks[j].text.count("\n") >= 2 or "\n\n" in toks[j].whitespace_:
            return j + 1 if not toks[j].is_space else j
        j += 1
    return j


def _block_lines(ctx: Context, toks: list[Token], j: int, end: int) -> list[list[Token]]:
    """'Organizers:\nA\nB': the names of the lines after the first of a label's block (``j``
    after the first name, ``end`` the block's end), each line a name and nothing else; the
    lines stop at the first that is not."""
    lines: list[list[Token]] = []
    while j < end:
        while j < end and not _after_newline(toks, j):
            if not toks[j].is_space:
                return lines  # the first name's line goes on: not a list one a line
            j += 1
        while j < end and toks[j].is_space:
            j += 1
        if j >= end or not _name_word(toks[j]) or _starts_cue(ctx, toks[j]):
            return lines
        run = agent_run(ctx, j, end)
        nxt = run[-1].i + 1 if run else j
        if not run or nxt < end and not (toks[nxt].is_space or _after_newline(toks, nxt)):
            return lines  # ('Organizers:\nA\nThe fair has grown': a sentence, not a name line)
        lines.append(run)
        j = nxt
    return lines


def _among_be(tok: Token) -> Token | None:
    """'A is among the sponsors', 'A was one of the main sponsors': the 'be' whose subject a
    role noun after 'among' or 'one of' is said of; None otherwise."""
    prep = tok.head
    if prep.lower_ == "among" and prep.dep_ == "prep" and lemma(prep.head) == "be":
        return prep.head
    if prep.lower_ == "of" and prep.head.lower_ == "one" and prep.head.dep_ == "attr" and lemma(prep.head.head) == "be":
        return prep.head.head
    return None


def _owned_by_event(ctx: Context, tok: Token) -> bool:
    """"the fair's owner", "<event>'s owner": a possessive event before the role noun."""
    doc = ctx.doc
    _tk = doc_tokens(doc)  # the cached tokens: doc[i] builds a new Token on every call
    k = tok.i - 1
    while k > sent_of(tok).start and _tk[k].pos_ == "ADJ":
        k -= 1
    if k >= sent_of(tok).start and k < tok.i and (ctx.is_name_token(_tk[k]) or _anaphor(_tk[k])) \
            and _tk[k].tag_ != "POS":
        return True  # 'Amber Lions owner Ascend Media', 'festival promoter A': the event as a modifier
    return k > sent_of(tok).start and _tk[k].tag_ == "POS" and (ctx.is_mention_token(_tk[k - 1])
                                                           or _anaphor(_tk[k - 1]))


def _committee_roles(ctx: Context) -> list[RoleRecord]:
    """'Chairman of the Higher Organising Committee of <event>': a named organizing committee."""
    out: list[RoleRecord] = []
    doc = ctx.doc
    _tk = doc_tokens(doc)  # the cached tokens: doc[i] builds a new Token on every call
    if not any(c.split()[-1] in doc_lower(doc) for c in RULES["organizing-committee"]["cues"]):
        return out
    for m in finditer_words(doc, _COMMITTEE_RE):
        rng = token_range(doc, m.start(), m.end())
        if rng and all(_tk[i].is_lower for i in rng):
            out += _committee_members(ctx, rng.stop)
        if not rng or not all(is_titlecase(_tk[i]) for i in rng):
            continue  # 'the organizing committee said': no name
        start = rng.start
        while start - 1 >= 0 and is_titlecase(_tk[start - 1]) and (
                not ctx.is_mention_token(_tk[start - 1]) or _event_body(doc_tokens(doc), rng.start, rng.stop)) \
                and sent_of(_tk[start - 1]) == sent_of(_tk[rng.start]):
            start -= 1  # ('the Amber Expo Organising Committee': the event's name is the committee's)
        sent = sent_of(_tk[rng.start])
        run = agent_run(ctx, start, sent.end)
        piece = next((p for p in split_agents(run) if p[0].i <= rng.start < p[-1].i + 1), None)
        if piece:
            out += _records(ctx, ctx.event_for_sentence(sent, before=_tk[start]), "organizer", piece, sent)
    return out


_MEMBER_LINKS = tuple(tuple(c.split()) for c in sorted(RULES["organizing-committee"]["member_links"],
                                                      key=lambda c: -len(c.split())))


def _committee_members(ctx: Context, j: int) -> list[RoleRecord]:
    """'The organising committee (of the fair) comprises A and B': the members listed after a
    lower-case organizing committee and a link of member_links organize the event (the
    committee's 'of' names the event or nothing)."""
    _tk = doc_tokens(ctx.doc)
    sent = sent_of(_tk[j - 1])
    event = None
    if j < sent.end and _tk[j].lower_ == "of":
        k = _skip_event_phrase(ctx, j + 1, sent.end)
        if k == j + 1:
            return []  # 'the organising committee of the school': not the event's
        event = next((m.event for m in ctx.mentions if j < m.end and m.start < k), None)
        j = k
    link = next((c for c in _MEMBER_LINKS if tuple(t.lower_ for t in _tk[j:j + len(c)]) == c), None)
    if link is None:
        return []
    run = agent_run(ctx, j + len(link), sent.end)
    return _records(ctx, event or ctx.event_for_sentence(sent, before=_tk[j]), "organizer", run, sent)


_OWNER_ENTS = frozenset(RULES["owner-possessive"]["cues"])
_POSSESSIVE = patterns.compile(r"['’]s\b|(?<=s)['’](?=\s)")  # ("A Events' fair": a plural's too)


def _owner_roles(ctx: Context) -> list[RoleRecord]:
    """"the X Association's annual convention": the owner of the event organizes it."""
    out: list[RoleRecord] = []
    doc = ctx.doc
    heads = {m.end - 1: m for m in ctx.mentions}
    for case in tokens_matching(doc, _POSSESSIVE):
        if case.tag_ != "POS" or case.dep_ != "case":
            continue
        poss = case.head
        head = poss.head
        if poss.dep_ != "poss" or ctx.is_mention_token(poss) or poss.pos_ == "PRON":
            continue
        m = heads.get(head.i) or _appos_owner_mention(ctx, poss, case)
        if m is None and not _anaphor(head):
            continue
        event = m.event if m is not None else ctx.event_for_sentence(sent_of(head), before=head)
        toks = list(doc[poss.left_edge.i:case.i])  # ("the Fishermen's Association's fair": an inner 's is the name's)
        words = [t for t in toks if not t.is_punct and t.pos_ != "DET"]
        if not words or is_country(" ".join(t.text for t in words)):
            continue
        ent = _entity_covering(poss)
        org = words[-1].lower_ in ORG_WORDS or (ent is not None and ent.label_ in _OWNER_ENTS)
        if not org or (ent is not None and ent.label_ in ("GPE", "PERSON", "NORP", "LOC")):
            continue
        if words[-1].lower_ in _GROUP_NOUNS:
            continue  # "the Corlay Children's Book Festival": whom the event is for, a word of its name
        sent = sent_of(head)
        if _other_edition(ctx, sent):
            continue
        out += _records(ctx, event, "organizer", words, sent)
    return out


_APPOS_OWNER_ADJECTIVES = frozenset(RULES["owner-possessive"]["appos_adjectives"])
_GROUP_NOUNS = frozenset(RULES["owner-possessive"]["group_nouns"])


def _appos_owner_mention(ctx: Context, poss: Token, case: Token):
    """'<event>, A's annual fly-in, ...': the event mention right before a comma that opens an
    apposition of a possessive and a word of appos_adjectives (whatever the noun after it),
    else None."""
    _tk = doc_tokens(ctx.doc)
    if case.i + 1 >= len(_tk) or _tk[case.i + 1].lower_ not in _APPOS_OWNER_ADJECTIVES:
        return None
    k = poss.left_edge.i - 1
    if k < 1 or _tk[k].text != ",":
        return None
    return next((m for m in ctx.mentions if m.end == k and not m.anaphor), None)


def _owner_of_roles(ctx: Context) -> list[RoleRecord]:
    """'<event> is the annual convention of the X Association', '<event>, the flagship
    event of the X Association': an event noun said of the event, with an organization
    after 'of', names its organizer; places ('the largest fair of Greece') do not."""
    out: list[RoleRecord] = []
    doc = ctx.doc
    _tk = doc_tokens(doc)  # the cached tokens: doc[i] builds a new Token on every call
    for m in ctx.mentions:
        head = _tk[m.end - 1]
        if m.anaphor and not (head.pos_ == "PRON" or any(c.dep_ in ("det", "poss") for c in head.children)):
            continue  # ('The expo is the flagship event of A': a definite anaphor is the event too)
        while head.head.i != head.i and head.head.i < m.end and head.head.i >= m.start:
            head = head.head
        nouns = [c for c in head.children if c.dep_ == "appos"]
        if head.dep_ in ("nsubj", "nsubjpass") and lemma(head.head) == "be":
            nouns += [c for c in head.head.children if c.dep_ == "attr"]
        for noun in nouns:
            if not _anaphor(noun) or ctx.is_name_token(noun):
                continue
            out += _brand_of_event(ctx, m.event, noun)
            for prep in noun.children:
                if prep.dep_ != "prep" or prep.lower_ != "of":
                    continue
                obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if obj is None or ctx.is_mention_token(obj):
                    continue
                ent = _entity_covering(obj)
                if not (obj.lower_ in ORG_WORDS or ent is not None and ent.label_ in _OWNER_ENTS):
                    continue
                run = agent_run(ctx, prep.i + 1, sent_of(noun).end)
                if run and not is_country(" ".join(t.text for t in run)):
                    out += _records(ctx, m.event, "organizer", run, sent_of(noun))
        if not m.anaphor and not nouns:
            out += _owner_of_appos(ctx, m)
    return out


def _owner_of_appos(ctx: Context, m) -> list[RoleRecord]:
    """'<event>, the flagship event of the X Association (XA), opened ...' read off the
    words when the parse gives the name no apposition (it takes the name's first word for a
    verb): a comma, an article, lower-case modifiers, an event noun, 'of' and an organization
    (its last word an organization word or an owner entity's)."""
    _tk = doc_tokens(ctx.doc)
    j = m.end
    if j + 4 >= len(_tk) or _tk[j].text != "," or _tk[j + 1].lower_ not in ("the", "an", "a"):
        return []
    k = j + 2
    while k < len(_tk) and k - j < 6 and _tk[k].is_lower and _tk[k].pos_ in ("ADJ", "NOUN", "VERB") \
            and not _anaphor(_tk[k]):
        k += 1
    if k + 1 >= len(_tk) or not _anaphor(_tk[k]) or _tk[k + 1].lower_ != "of":
        return []
    sent = sent_of(_tk[k])
    run = agent_run(ctx, k + 2, sent.end)
    name = _without_acronym(run)
    if not name or ctx.is_mention_token(name[0]) or is_country(" ".join(t.text for t in name)):
        return []
    ent = _entity_covering(name[-1])
    if not (name[-1].lower_ in ORG_WORDS or ent is not None and ent.label_ in _OWNER_ENTS):
        return []
    return _records(ctx, m.event, "organizer", run, sent)


def _brand_of_event(ctx: Context, event: str, noun: Token) -> list[RoleRecord]:
    """'<event> is an X Markets event', '<event>, a Tidewater Events production': a body's
    name used as the modifier of an event noun said of the event (with 'a' or 'an') is its
    organizer, when the tagger spans it as an organization or it ends in an organization
    word; places and other modifiers ('a Grade A event', 'a Kenyan event') are not."""
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children):
        return []
    mods = [c for c in noun.children if c.dep_ == "compound" and c.i < noun.i]
    if not mods:
        return []
    toks = [t for t in ctx.doc[mods[0].left_edge.i:noun.i] if t.pos_ != "DET"]
    if not toks or not all(_name_word(t) or t.lower_ in _CONNECTORS or t.text == "&" for t in toks) \
            or not _name_word(toks[0]) or any(ctx.is_mention_token(t) for t in toks):
        return []
    name = " ".join(t.text for t in toks)
    ents = {e.label_ if (e := _entity_covering(t)) is not None else None for t in toks}
    org = toks[-1].lower_ in ORG_WORDS or ents == {"ORG"}
    if not org or is_country(name) or ents & {"GPE", "NORP", "LOC", "PERSON"}:
        return []
    if _other_edition(ctx, sent_of(noun)):
        return []
    return _records(ctx, event, "organizer", toks, sent_of(noun))


def _honour_subject(toks_before: list[Token]) -> list[Token]:
    """'Kenya has been named partner country': the subject of the naming verb."""
    k = len(toks_before) - 1
    while k > 0 and len(toks_before) - k <= 4 and (toks_before[k].pos_ in ("DET", "ADJ") or toks_before[k].tag_ == "POS"
                                                  or toks_before[k].lower_ in _TIME_WORDS):
        k -= 1  # 'has been named the guest country', "was chosen as this year's partner country"
    if k < 0:
        return []
    verb = toks_before[k]
    if lemma(verb) not in ("name", "choose", "select", "designate", "invite", "appoint", "announce", "make"):
        return []
    subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return _np_tokens(subj[0]) if subj else []


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


def _copula_before(toks_before: list[Token]) -> Token | None:
    """'A is the partner country', "A is this year's country of honour", 'A became the
    partner country': the 'be' (or 'become') before the honour phrase, with only its
    determiners and modifiers between."""
    for t in reversed(toks_before[-6:]):
        if lemma(t) in ("be", "become"):
            return t
        if t.pos_ not in ("DET", "ADJ", "NOUN", "PROPN", "NUM") and t.tag_ != "POS" and not t.is_quote:
            return None  # 'A is the "guest of honor"'
    return None


_TIME_WORDS = frozenset(_DATA["time_words"])


def _past_time_words(toks: list[Token]) -> list[Token]:
    """'The guest of honour this year is A': a time phrase (a DATE entity or 'this year',
    'this time') between the honour phrase and its copula is stepped over; otherwise the
    tokens are kept as they are."""
    k = 0
    while k < min(len(toks), 4) and (toks[k].ent_type_ == "DATE" or toks[k].lower_ in _TIME_WORDS
                                     or toks[k].lower_ == "in" and k + 1 < len(toks) and toks[k + 1].ent_type_ == "DATE"):
        k += 1
    if k and k < len(toks) and toks[k].lower_ in ("is", "was", "will", "are", "were"):
        return toks[k:]
    return toks


def _comma_before(toks_before: list[Token]) -> Token | None:
    """'A, a country-partner', "A, this year's guest of honour": the comma before the honour
    phrase's determiner (or time words and a possessive), else None."""
    k = len(toks_before) - 1
    while k > 0 and len(toks_before) - k <= 4 and (toks_before[k].lower_ in _TIME_WORDS
                                                  or toks_before[k].tag_ == "POS"):
        k -= 1
    if k < len(toks_before) - 1 and toks_before[k + 1].tag_ == "POS" and _anaphor(toks_before[k]) \
            and k > 1 and toks_before[k - 1].pos_ == "DET":
        k -= 1  # "Spain, the expo's partner country": the event's possessive, then its determiner
    if k < 1:
        return None
    if toks_before[k].pos_ == "DET" and toks_before[k].lower_ != "this" or toks_before[k].tag_ == "PRP$":
        k -= 1  # 'Spain, the guest country', 'Spain, its guest country'
    elif k == len(toks_before) - 1:
        # no determiner nor time words: 'Spain, guest of honour, ...' (the name right before the comma)
        return toks_before[k] if toks_before[k].text == "," and toks_before[k - 1].ent_type_ in ("GPE", "NORP") \
            and toks_before[k - 1].ent_iob_ in ("B", "I") else None
    return toks_before[k] if k > 0 and toks_before[k].text == "," else None


_YEAR = patterns.compile(r"(?:19|20)\d\d")
#: where a year can begin: no two of these overlap, so every start of a year is found
_YEAR_START = patterns.compile(r"(?:19|20)(?=\d\d)")


def _year_tokens(doc: Doc) -> list[int]:
    """The indices of the tokens that are a year (``tok.like_num and _YEAR.fullmatch(tok.text)``),
    once per document: the tokens that begin and end where a year of the text does."""
    found = doc.user_data.get("ekg_roles_years")
    if found is None:
        starts, ends = _token_offsets(doc)
        found = []
        for m in _YEAR_START.finditer(doc_text(doc)):
            i = bisect_left(starts, m.start())
            if i < len(starts) and starts[i] == m.start() and ends[i] == m.start() + 4:
                found.append(i)  # (four digits are a number: like_num holds)
        doc.user_data["ekg_roles_years"] = found
    return found
_NEXT_EDITION = patterns.compile(r"\b(?:next|following|future)\s+(?:year|edition|fair|show|expo|festival|event)s?\b"
                           r"|\bin\s+the\s+future\b", re.I)


def _event_year(ctx: Context) -> int | None:
    """The main event's year: its start, else a year in its name, else the release's date."""
    ev = ctx.result.main_event
    if ev is not None and ev.start is not None:
        return ev.start.year
    if ev is not None and ev.name and (m := _YEAR.search(ev.name)):
        return int(m.group(0))
    ref = ctx.ref_date
    return ref.year if ref else None


def _honour_of_other_year(ctx: Context, sent: Span, start_char: int, end_char: int) -> bool:
    """'A will be guest of honour in 2026', 'next year A will be the partner country', 'A,
    guest of honour of the 2019 edition': an honour given for another edition than this one
    (a year near the honour phrase other than the event's, not inside the event's own name;
    or 'next year', 'the following edition' in the sentence)."""
    if _NEXT_EDITION.search(span_text(sent)):
        return True
    lower = doc_lower(ctx.doc)
    for m in _OTHER_EDITION.finditer(lower, sent.start_char, sent.end_char):
        # 'A was guest of honour of last year's fair', "last year's guest of honour, A" (not 'like last year')
        if re.search(r"\b(?:like|as|since|than)\s*$", lower[max(sent.start_char, m.start() - 8):m.start()]):
            continue
        after = m.start() >= end_char and len([t for t in _sent_tokens(sent) if end_char <= t.idx < m.start()]) <= 6
        before = m.end() <= start_char and re.fullmatch(r"(?:['’]s)?\s*", lower[m.end():start_char]) is not None
        if after or before:
            return True
    year = _event_year(ctx)
    if year is None:
        return False
    main = ctx.main_key
    toks = doc_tokens(ctx.doc)
    for i in indices_between(_year_tokens(ctx.doc), sent.start, sent.end):
        tok = toks[i]
        if int(tok.text) == year:
            continue
        if any(m.start <= tok.i < m.end and m.event == main and not m.anaphor for m in ctx.mentions):
            continue  # the event's own name
        near = tok.idx >= end_char and len([t for t in _sent_tokens(sent) if end_char <= t.idx < tok.idx]) <= 6 \
            or tok.idx < start_char and tok.i + 1 < sent.end and tok.nbor().lower_ in EVENT_ANAPHORS
        if near or int(tok.text) > year:
            return True
    return False


#: 'the chief guest on the occasion', 'the guest of honour at the opening ceremony': the event's own moments
_HONOUR_OCCASIONS = frozenset(RULES["guest-of-honour"]["occasions"])
_PLACE_HONOUR = patterns.compile(r"countr|nation|cit(?:y|ies)|region|province|state", re.I)


_AS_ROLE_LINKS = frozenset({"of", "for", "at"})


def _fronted_as_roles(ctx: Context, sent: Span) -> list[RoleRecord]:
    """'As the organiser of the show, A welcomed 500 exhibitors', "As the show's main sponsor,
    A will award the prizes", '"As organisers of the fair, A and B are proud ..."': a role
    noun in a fronted 'as' phrase gives the main clause's subject that role. The phrase holds
    only the role noun, its determiner and modifiers and, after 'of' / 'for', the event ('As
    a partner of the bank, A ...' names no event; a pronoun subject names no agent)."""
    toks = _sent_tokens(sent)
    k = 0
    while k < len(toks) and (toks[k].is_quote or toks[k].is_space):
        k += 1
    if k >= len(toks) or toks[k].lower_ != "as":
        return []
    as_tok = toks[k]
    comma = next((i for i in range(k + 1, min(len(toks), k + 16)) if toks[i].text == ","), None)
    if comma is None:
        return []
    phrase = toks[k + 1:comma]
    j = next((i for i, t in enumerate(phrase) if t.lower_ in _AS_ROLE_LINKS), len(phrase))
    if j == 0:
        return []
    two = " ".join(t.lower_ for t in phrase[max(0, j - 2):j])
    role = ROLE_NOUNS.get(two) if j >= 2 else None
    n = 2 if role else 1
    role = role or ROLE_NOUNS.get(phrase[j - 1].lower_)
    if role is None or lemma(phrase[j - 1]) in _NOT_EVENT_TARGETS:
        return []
    mods = phrase[:j - n]
    if any(not (t.pos_ in ("DET", "ADJ", "PROPN", "NUM") or t.tag_ in ("POS", "PRP$") or t.lower_ in EVENT_ANAPHORS
                or t.dep_ in ("compound", "amod") and t.pos_ == "NOUN"  # 'the title sponsor', 'its media partner'
                or ctx.is_mention_token(t)) for t in mods):
        return []  # ('As the company that sponsors ...': a clause, not a role noun)
    tail = phrase[j:]
    if tail and _skip_event_phrase(ctx, tail[0].i + 1, toks[comma].i) != toks[comma].i:
        return []  # 'As a partner of the bank, A ...': the phrase names no event
    verb = as_tok.head
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > toks[comma].i), None)
    if subj is None:  # (the parse may take the role noun for the subject: the names after the comma, to the verb)
        first = comma + 1 + (comma + 2 < len(toks) and toks[comma + 1].lower_ == "the")
        end = next((i for i in range(first, len(toks)) if toks[i].pos_ in ("VERB", "AUX")), None)
        if end is None or first >= end or not _name_word(toks[first]):
            return []
        run = agent_run(ctx, toks[comma + 1].i, toks[end].i)
    elif subj.pos_ == "PRON" or ctx.is_mention_token(subj) or _anaphor(subj):
        return []
    else:
        run = agent_run(ctx, subj.left_edge.i, subj.right_edge.i + 1)
    named = next((t for t in phrase if ctx.is_mention_token(t)), None)
    event = _mention_event(ctx, named) if named is not None else ctx.main_key
    return _records(ctx, event, role, run, sent)


_ORGANISER_NOUNS = frozenset({"organizer", "organiser", "organizers", "organisers"})
_ORGANISER_PREPS = frozenset({"with", "at", "from"})


def _organisers_at_roles(ctx: Context, sent: Span) -> list[RoleRecord]:
    """'Organizers with the X Society said ...', 'organisers at A expect 9,000 visitors',
    'according to organisers from A': the body the event's organisers belong to organises it
    (the event the sentence talks about, else the main event). A name must follow the
    preposition ('organisers at the venue' names no body)."""
    out: list[RoleRecord] = []
    for tok in _sent_tokens(sent):
        if tok.lower_ not in _ORGANISER_NOUNS or tok.i + 2 >= sent.end:
            continue
        prep = ctx.doc[tok.i + 1]
        if prep.lower_ not in _ORGANISER_PREPS or prep.head.i != tok.i or any(c.dep_ == "poss" for c in tok.children):
            continue  # ("the fair's organisers at A": whose organisers the possessive says)
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if pobj is None or ctx.is_mention_token(pobj) or pobj.ent_type_ not in ("ORG", "") or not _name_word(pobj):
            continue
        run = agent_run(ctx, prep.i + 1, pobj.right_edge.i + 1)
        out += _records(ctx, ctx.event_for_sentence(sent, before=tok), "organizer", run, sent)
    return out


_PRODUCTION_NOUNS = frozenset({"production", "initiative", "project", "event"})


def _production_roles(ctx: Context) -> list[RoleRecord]:
    """'The show is a Pell Events production', 'The fair, an Amber Traders Union initiative,
    ...': a body's name compounded before 'production' / 'initiative' / 'project' / 'event',
    said of the event (the copula's subject or the noun the apposition hangs on), organises it."""
    out: list[RoleRecord] = []
    for tok in doc_tokens(ctx.doc):
        if tok.lower_ not in _PRODUCTION_NOUNS or tok.pos_ != "NOUN" or ctx.is_mention_token(tok):
            continue
        if tok.dep_ == "attr" and lemma(tok.head) == "be":
            said_of = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
        elif tok.dep_ == "appos":
            said_of = tok.head
        else:
            continue
        if said_of is None or not (ctx.is_mention_token(said_of) or _anaphor(said_of)):
            continue
        det = next((c for c in tok.children if c.dep_ == "det"), None)
        if det is None or det.lower_ not in ("a", "an"):
            continue  # ('the show is the Pell Events production of the year')
        names = [t for t in ctx.doc[det.i + 1:tok.i]]
        if not names or not all(_name_word(t) or t.lower_ in ("of", "&", "and") for t in names) \
                or not _name_word(names[0]) or any(ctx.is_mention_token(t) for t in names):
            continue
        if names[-1].ent_type_ in ("GPE", "LOC", "FAC", "NORP", "DATE", "EVENT") or names[-1].lower_ in _VENUE_HEADS:
            continue  # 'a Corvo Park event', 'a Gulf event', 'a Christmas event': a place or a time, no body
        if not (names[-1].ent_type_ == "ORG" or names[-1].lower_ in _LIST_ORG_WORDS or _acronym_word(names[-1])):
            continue  # ('a Corvo event': a body's name, an organization word or an acronym, ends it)
        sent = sent_of(tok)
        if _other_edition(ctx, sent):
            continue
        event = _mention_event(ctx, said_of) or ctx.event_for_sentence(sent, before=tok)
        out += _records(ctx, event, "organizer", names, sent)
    return out


def _honour_roles(ctx: Context, sent: Span) -> list[RoleRecord]:
    """'A was invited as the guest of honour', 'with A as its Guest of Honour', 'A is the
    partner country', 'A has been named partner country', 'the guest country, A', 'the
    honoured country is A', 'A, a country-partner of the event'."""
    out: list[RoleRecord] = []
    tokens, starts = doc_tokens(ctx.doc), _token_offsets(ctx.doc)[0]
    for m in _HONOUR_RE.finditer(doc_lower(ctx.doc), sent.start_char, sent.end_char):
        char = m.start()
        if _honour_of_other_year(ctx, sent, m.start(), m.end()):
            break  # another edition's guest of honour
        # (the sentence's tokens before the cue and from its end on, cut at their offsets)
        toks_before = tokens[sent.start:bisect_left(starts, char, sent.start, sent.end)]
        toks_after = tokens[bisect_left(starts, m.end(), sent.start, sent.end):sent.end]
        if toks_after and toks_after[0].lower_ in ("of", "for", "at") \
                and (k := _skip_event_phrase(ctx, toks_after[0].i + 1, sent.end)) > toks_after[0].i + 1:
            toks_after = [t for t in toks_after if t.i >= k]  # "the partner country of this year's fair is A"
        toks_after = _past_time_words(toks_after)
        if toks_after and toks_after[0].lower_ in ("at", "on", "during"):
            # 'The chief guest on the occasion was A', 'The guest of honour at the opening was A'
            k = next((i for i, t in enumerate(toks_after[:6]) if t.lower_ in ("is", "was", "will", "are", "were")), 0)
            if k > 1 and all(t.text.islower() and t.pos_ in ("DET", "NOUN", "ADJ") for t in toks_after[1:k]) \
                    and toks_after[k - 1].lower_ in _HONOUR_OCCASIONS:
                toks_after = toks_after[k:]  # (not 'at the seminar': a part's guest)
        k = 0
        while k < min(len(toks_after), 4) and (toks_after[k].lower_ in ("country", "countries", "nation") or
                                               toks_after[k].lower_ in _TIME_WORDS):
            k += 1
        if k and k < len(toks_after) and toks_after[k].text == ",":
            toks_after = toks_after[k:]  # 'the guest of honour country this year, Portugal, ...'
        agent: list[Token] = []
        as_tok = next((t for t in reversed(toks_before[-4:]) if t.lower_ == "as"), None)
        if as_tok is not None:
            verb = as_tok.head
            while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i and verb.i > sent.start:
                verb = verb.head  # 'officiate the opening of X as the Chief Guest'
            subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and not _in_dateline(c)] \
                if verb.pos_ in ("VERB", "AUX") else []
            if not subj and verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.i == sent.start:
                # 'Speaking as the chief guest, A said ...': the fronted participle's subject is the clause's
                subj = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > as_tok.i]
                if subj and (subj[0].ent_type_ in _AGENT_ENTS or is_country(subj[0].text)):
                    agent = _np_tokens(subj[0])
                    subj = []
            obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i < as_tok.i), None)
            if subj and ctx.is_mention_token(subj[0]):
                # 'the fair welcomed Spain as guest of honour': the object, not the event
                subj = [obj] if obj is not None else []
            if agent:
                pass  # (the fronted participle's subject, above)
            elif subj and subj[0].i < as_tok.i and (subj[0].ent_type_ in _AGENT_ENTS or is_country(subj[0].text)):
                agent = _np_tokens(subj[0])
            elif subj and as_tok.i == sent.start and (subj[0].ent_type_ in _AGENT_ENTS or is_country(subj[0].text)):
                agent = _np_tokens(subj[0])  # 'As the guest of honour, A will present ...': a fronted 'as'
            else:
                ents = [e for e in ents_in(sent) if e.end <= as_tok.i and e.label_ in _AGENT_ENTS]
                if ents:
                    first = len(ents) - 1  # 'with A and B as guest countries': the coordinated names too
                    while first > 0 and all(t.lower_ in ("and", ",") for t in ctx.doc[ents[first - 1].end:ents[first].start]) \
                            and ents[first - 1].end < ents[first].start:
                        first -= 1
                    agent = list(ctx.doc[ents[first].start:ents[-1].end])
        elif _honour_subject(toks_before):
            agent = _honour_subject(toks_before)
        elif (verb := _copula_before(toks_before)) is not None:
            subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subj and subj[0].lower_ in ("who", "which", "that") and verb.dep_ == "relcl":
                subj = [verb.head]  # 'A, who was the chief guest, ...'
            if subj:
                agent = _np_tokens(subj[0])
        elif toks_after and toks_after[0].lower_ in ("is", "was", "will", "are", "were") and len(toks_after) > 1:
            k = 2 if toks_after[0].lower_ == "will" and toks_after[1].lower_ == "be" else 1
            rest = [t for t in toks_after[k:] if t.lower_ not in ("the",)]
            ent = _entity_covering(rest[0]) if rest else None
            if ent is not None:
                agent = [t for t in ent if t.pos_ != "DET"]
            elif rest and is_titlecase(rest[0]):
                agent = agent_run(ctx, rest[0].i, sent.end)
        elif (comma := _comma_before(toks_before)) is not None:
            # 'The national exposition of A, a country-partner of ...', "A, this year's guest of
            # honour, ...": the country named before
            ents = [e for e in ents_in(sent) if e.end <= comma.i and e.label_ in ("GPE", "NORP")]
            # 'inaugurated by Minister A, the chief guest': a person right before the comma, for
            # an honour phrase that names no place
            people = [e for e in ents_in(sent) if e.end == comma.i and e.label_ == "PERSON"] \
                if not _PLACE_HONOUR.search(m.group(0)) else []
            if people:
                start = people[-1].start
                while start > sent.start and ctx.doc[start - 1].lower_ in _TITLE_WORDS and is_titlecase(ctx.doc[start - 1]):
                    start -= 1
                agent = list(ctx.doc[start:people[-1].end])
            elif ents:
                agent = list(ents[-1])
        elif toks_after and (toks_after[0].text in (",", ":") or is_titlecase(toks_after[0])):
            rest = toks_after[1:] if toks_after[0].text in (",", ":") else toks_after
            ent = _entity_covering(rest[0]) if rest else None
            if ent is not None:
                agent = list(ent)
            elif toks_after[0] is rest[0] and len(rest) > 1 and all(t.pos_ == "DET" or t.is_quote or t.is_space
                                                                     for t in toks_before) and _name_word(rest[0]):
                # 'Chief guest Minister A said ...': the honour phrase as the title of the clause's subject
                agent = agent_run(ctx, rest[0].i, sent.end)
                nxt = agent[-1].i + 1 if agent else sent.end
                if nxt >= sent.end or ctx.doc[nxt].pos_ not in ("VERB", "AUX") or ctx.is_mention_token(rest[0]):
                    agent = []
            elif len(rest) > 1 and (rest[0].lower_ == "the" and is_titlecase(rest[1])
                                    or toks_after[0].text == "," and _name_word(rest[0])):
                first = rest[1] if rest[0].lower_ == "the" else rest[0]
                # 'the guest of honour, the Sultanate of X,', 'The chief guest, President A, ...'
                agent = agent_run(ctx, first.i, sent.end)
                nxt = agent[-1].i + 1 if agent else sent.end
                if ctx.is_mention_token(first) or nxt < sent.end and ctx.doc[nxt].text not in (",", ";", ".", ")"):
                    agent = []  # 'the guest of honour, the X said, ...': not in apposition
        if agent:
            event = _governing_event(ctx, agent[0])
            out += _records(ctx, event, "guestOfHonor", _with_conjuncts(agent), sent)
        # ('The partner country is Kenya, and the partner region is Amber Valley': the next phrase too)
    return out


_SUPPORT = RULES["support-noun"]
_SUPPORT_NOUNS: dict[str, str] = _SUPPORT["cues"]
_GIVE_VERBS = frozenset(_SUPPORT["give_verbs"])
_SUPPORT_RE = word_pattern(set(_SUPPORT_NOUNS))


def _said_of_event(ctx: Context, toks: list[Token], j: int, end: int) -> tuple[bool, int]:
    """At ``j``, after a support noun: is there a 'for' / 'of' / 'to' phrase, and does it name
    the event? (whether it names the event or there is none; the index after it)"""
    if j >= end or toks[j].lower_ not in ("for", "of", "to"):
        return True, j
    k = j + 1
    while k < end and k - j < 6 and not ctx.is_mention_token(toks[k]) and (
            toks[k].pos_ in ("DET", "ADJ", "NUM", "PRON") or toks[k].tag_ == "POS" or toks[k].lower_ in ("year",)):
        k += 1
    if k < end and (ctx.is_mention_token(toks[k]) or _anaphor(toks[k]) and toks[k].tag_ == "NN"
                    and lemma(toks[k]) not in _NOT_EVENT_TARGETS):
        m_end = next((m.end for m in ctx.mentions if m.start <= k < m.end), k + 1)
        return True, m_end
    return False, k


def _support_noun_roles(ctx: Context) -> list[RoleRecord]:
    """'Support for the festival comes from A', 'Funding was provided by A', 'A provides
    financial support to the festival', "A's sponsorship of the festival"."""
    out: list[RoleRecord] = []
    doc = ctx.doc
    toks = doc_tokens(doc)
    for noun in tokens_matching(doc, _SUPPORT_RE):
        if noun.pos_ != "NOUN" or noun.lower_ not in _SUPPORT_NOUNS:
            continue
        role = _SUPPORT_NOUNS[noun.lower_]
        sent = sent_of(noun)
        if _other_edition(ctx, sent):
            continue
        of_event, j = _said_of_event(ctx, toks, noun.i + 1, sent.end)
        if not of_event:
            continue
        named = j > noun.i + 1
        event = (_mention_event(ctx, toks[j - 1]) if named else None) or ctx.event_for_sentence(sent, before=noun)
        run: list[Token] = []
        words = [t.lower_ for t in toks[j:min(j + 4, sent.end)]]
        # 'Support for the festival comes from A', 'Funding was provided by A'
        if words[:2] in (["comes", "from"], ["came", "from"]) \
                or words[:3] in (["will", "come", "from"], ["is", "coming", "from"]):
            k = j + (2 if words[0] in ("comes", "came") else 3)
            if named or ctx.mentions_in(sent):
                run = agent_run(ctx, k, sent.end)
        elif len(words) >= 3 and words[0] in ("is", "was", "were", "are", "has", "will") and "by" in words[1:4]:
            k = j + words.index("by") + 1
            verb = toks[k - 2]
            if lemma(verb) in _GIVE_VERBS and (named or ctx.mentions_in(sent)):
                run = agent_run(ctx, k, sent.end)
        if not run and noun.dep_ == "dobj" and lemma(noun.head) in _GIVE_VERBS:
            # 'A provides financial support to the festival', 'A renewed its sponsorship of the show'
            verb = noun.head
            to = next((c for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ in ("to", "for")), None)
            if to is not None and to.i > noun.i:
                ok, _ = _said_of_event(ctx, toks, to.i, sent.end)
                named = named or ok
                if ok:
                    event = _mention_event(ctx, toks[_said_of_event(ctx, toks, to.i, sent.end)[1] - 1]) or event
            poss = next((c for c in noun.children if c.dep_ == "poss"), None)
            subj = _subject(verb)
            if named and subj is not None and not ctx.is_mention_token(subj) and subj.pos_ != "PRON" and (
                    poss is None or poss.pos_ == "PRON"):
                run = agent_run(ctx, subj.left_edge.i, subj.right_edge.i + 1)
        if not run and named:
            # "A's sponsorship of the festival"
            poss = next((c for c in noun.children if c.dep_ == "poss"), None)
            if poss is not None and poss.pos_ != "PRON" and not ctx.is_mention_token(poss):
                run = agent_run(ctx, poss.left_edge.i, poss.i + 1)
        out += _records(ctx, event, role, run, sent)
    return out


_BEHIND = RULES["behind"]
_BEHIND_HEADS = frozenset(_BEHIND["cues"])


def _behind_roles(ctx: Context) -> list[RoleRecord]:
    """'A is behind the fair', 'A, the company behind the fair, said ...': the body behind
    the event (a mention, or an event noun with a determiner) organizes it."""
    out: list[RoleRecord] = []
    doc = ctx.doc
    if "behind" not in doc_lower(doc):
        return out
    for tok in tokens_matching(doc, _BEHIND_RE):
        obj = next((c for c in tok.children if c.dep_ == "pobj"), None)
        if tok.dep_ != "prep" or obj is None or not (ctx.is_mention_token(obj) or _event_noun(obj)):
            continue
        head = tok.head
        agent: list[Token] = []
        if lemma(head) == "be" and head.pos_ == "AUX":
            subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
            if subj is not None and _name_word(subj) and not ctx.is_mention_token(subj):
                agent = agent_run(ctx, subj.left_edge.i, subj.right_edge.i + 1)  # 'A (and B) is behind the fair'
        elif head.lower_ in _BEHIND_HEADS and head.dep_ == "appos" and _name_word(head.head) \
                and not ctx.is_mention_token(head.head):
            agent = _np_tokens(head.head)  # 'A, the company behind the fair'
        elif head.lower_ in _BEHIND_HEADS and head.dep_ == "attr" and lemma(head.head) == "be":
            subj = next((c for c in head.head.children if c.dep_ == "nsubj"), None)
            if subj is not None and _name_word(subj) and not ctx.is_mention_token(subj):
                agent = agent_run(ctx, subj.left_edge.i, subj.right_edge.i + 1)  # 'A is the company behind the fair'
        if agent:
            event = _mention_event(ctx, obj) or ctx.main_key
            out += _records(ctx, event, "organizer", agent, sent_of(tok))
    return out


_BEHIND_RE = word_pattern({"behind"})


#: headline verb as written -> role ('A to host <event>', 'A sponsors <event>')
_HEADLINE_VERBS: dict[str, str] = RULES["event-object"]["headline_verbs"]
#: headline phrase before the agent -> role ('<event> hosted by A', '<event> under the patronage of A')
_HEADLINE_PHRASES: dict[str, str] = RULES["event-object"]["headline_phrases"]
_HEADLINE_WORD = r"(?:[A-Z0-9][\w&.'’-]*|[a-z]{1,2}[A-Z][\w-]*)"
#: lower-case words inside a name in a headline ('Sheikh Ali bin Saeed', 'Cámara de Comercio')
_HEADLINE_LINKS = r"(?:bint|and|for|the|del|des|von|van|bin|ibn|abu|of|de|du|da|di|la|le|al|el|&)(?![\w&])"
_HEADLINE_NAME = _HEADLINE_WORD + r"(?:,?\s+(?:" + _HEADLINE_WORD + r"|" + _HEADLINE_LINKS + r"))*?"
_HEADLINE_LABEL = r"(?:[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2}:\s+)?"  # 'UAE: ', 'Kenya: '
_HEADLINE = patterns.compile(
    r"^\s*" + _HEADLINE_LABEL + r"(?:The\s+)?(?P<agent>" + _HEADLINE_NAME + r")\s+"
    r"(?:(?i:(?:is\s+|are\s+)?set\s+to|to|will|gears?\s+up\s+to|prepares?\s+to)\s+)?(?P<verb>(?i:"
    + "|".join(sorted(map(re.escape, _HEADLINE_VERBS), key=len, reverse=True)) + r"))\s+(?P<rest>\S.*)$")
_HEADLINE_PASSIVE = patterns.compile(
    r"(?P<verb>(?i:" + "|".join(sorted((re.escape(c).replace(r"\ ", r"\s+") for c in _HEADLINE_PHRASES),
                                       key=len, reverse=True))
    + r"))\s+(?:(?i:the)\s+)?(?P<agent>" + _HEADLINE_WORD + r"(?:\s+(?:" + _HEADLINE_WORD + r"|" + _HEADLINE_LINKS + r"))*)")
_HEADLINE_ROLE_VERBS = "|".join(sorted(map(re.escape, _HEADLINE_VERBS), key=len, reverse=True))
#: 'A teams up with B to host <event>', 'A, B join forces to stage <event>'
_HEADLINE_TEAMING = patterns.compile(
    r"^\s*" + _HEADLINE_LABEL + r"(?:The\s+)?(?P<agent>" + _HEADLINE_NAME + r")\s+(?i:(?:teams?|teamed|teaming)\s+up|"
    r"(?:joins?|joined|joining)\s+(?:forces|hands)|(?:partners?|partnered))\s+(?:(?i:with)\s+(?:the\s+)?(?P<agent2>"
    + _HEADLINE_NAME + r")\s+)?(?i:to)\s+(?P<verb>(?i:" + _HEADLINE_ROLE_VERBS + r"))\s+(?P<rest>\S.*)$")
_HEADLINE_NOUNS = "|".join(sorted((re.escape(n).replace(r"\ ", r"\s+") for n in ROLE_NOUNS), key=len, reverse=True))
#: 'A named official partner of <event>', 'A returns as title sponsor of <event>'
_HEADLINE_NAMED = patterns.compile(
    r"^\s*" + _HEADLINE_LABEL + r"(?:The\s+)?(?P<agent>" + _HEADLINE_NAME + r")\s+"
    r"(?:(?i:has\s+been|have\s+been|is|are|was|were)\s+)?"
    r"(?i:" + "|".join(sorted((re.escape(v).replace(r"\ ", r"\s+") for v in RULES["event-object"]["headline_naming"]),
                             key=len, reverse=True))
    + r")\s+(?i:as\s+)?(?:(?i:the|an?)\s+)?"
    r"(?:(?i:official|title|lead|main|headline|presenting|principal|strategic|premier)\s+)?"
    r"(?P<noun>(?i:" + _HEADLINE_NOUNS + r"))\s+(?i:of|for|at|to)\s+(?P<rest>\S.*)$")
#: 'Ruritania named guest country of <event>', 'Ruritania is partner country at <event>'
_HEADLINE_HONOUR = patterns.compile(
    r"^\s*" + _HEADLINE_LABEL + r"(?:The\s+)?(?P<agent>" + _HEADLINE_NAME + r")\s+"
    r"(?:(?i:has\s+been|have\s+been|is|are|was|were)\s+)?"
    r"(?i:" + "|".join(sorted((re.escape(v).replace(r"\ ", r"\s+") for v in RULES["event-object"]["headline_naming"]),
                             key=len, reverse=True))
    + r")\s+(?i:as\s+)?(?:(?i:the|an?)\s+)?(?i:" + "|".join(RULES["guest-of-honour"]["cues"])
    + r")\s+(?i:of|for|at|to)\s+(?P<rest>\S.*)$")
#: "Vellby Events' Ostmark Grain Fair returns in June": a possessive owner that opens the headline
_HEADLINE_OWNER = patterns.compile(
    r"^\s*" + _HEADLINE_LABEL + r"(?P<agent>" + _HEADLINE_NAME + r")(?:['’]s|(?<=s)['’])\s+(?P<rest>\S.*)$")
_HEADLINE_STOP = frozenset({"the", "of", "and", "&", "for", "on", "in", "to", "a", "an", "de"})


def _headline_agents(text: str) -> list[str]:
    """'A and B', 'A, B and C' -> the names; 'the Ministry of Trade and Industry' stays one."""
    text = re.sub(r"[\s,]+(?:and|&)?\s*$", "", text.strip())
    if " of " in text and "," in text:
        # 'Ministry of Trade and Industry, A Events to co-host <event>': commas list, an 'of' name keeps its 'and'
        return [q for p in re.split(r",\s*", text) if p
                for q in ([p] if " of " in p or " and " not in p else re.split(r"\s+and\s+", p)) if q]
    if " of " in text or "," not in text and " and " not in text:
        return [text]
    return [p for p in re.split(r",\s*(?:and\s+)?|\s+and\s+", text) if p]


def _headline_roles(ctx: Context, found: list[RoleRecord]) -> list[RoleRecord]:
    """'A to host <event>', 'A and B sponsor <event>', '<event> hosted by A', '<event> opens
    under the patronage of A' in the front matter's title: A's role when the rest of the
    headline names the main event and the body gives A no role of it (nor a longer name holding
    A's words: 'Meridia Tourism' in the headline, 'Meridia Tourism Board' in the body)."""
    title = " ".join((ctx.document.title or "").split())
    main = ctx.result.main_event
    if not title or main is None or not main.name:
        return []
    words = {w for w in re.findall(r"[\w&'’-]+", main.name.lower())
             if w not in _HEADLINE_STOP and not _YEAR.fullmatch(w)}
    if not words:
        return []

    def names_event(text: str) -> bool:
        return len(words & set(re.findall(r"[\w&'’-]+", text.lower()))) >= min(2, len(words))

    pairs: list[tuple[str, str]] = []
    teaming = _HEADLINE_TEAMING.match(title)
    # ('A partners with B to host <event>': A hosts with B, it is no partner of the event)
    if (m := _HEADLINE.match(title)) and names_event(m.group("rest")) and not (teaming and names_event(teaming.group("rest"))):
        role = _HEADLINE_VERBS[" ".join(m.group("verb").lower().split())]
        pairs += [(a, role) for a in _headline_agents(m.group("agent"))]
    if (m := teaming) and names_event(m.group("rest")):
        role = _HEADLINE_VERBS[" ".join(m.group("verb").lower().split())]
        pairs += [(a, role) for a in _headline_agents(m.group("agent"))]
        if m.group("agent2"):
            pairs += [(a, role) for a in _headline_agents(m.group("agent2"))]
    if (m := _HEADLINE_NAMED.match(title)) and names_event(m.group("rest")):
        noun = " ".join(m.group("noun").lower().split())
        if (role := ROLE_NOUNS.get(noun)) is not None:
            pairs += [(a, role) for a in _headline_agents(m.group("agent"))]
    if (m := _HEADLINE_OWNER.match(title)) and names_event(" ".join(m.group("rest").split()[:len(main.name.split()) + 1])) \
            and m.group("rest").lower().startswith(tuple(w for w in main.name.lower().split() if not _YEAR.fullmatch(w))[:1]):
        pairs += [(a, "organizer") for a in _headline_agents(m.group("agent"))  # (the event's name right after)
                  if a.split()[-1].lower() not in _GROUP_NOUNS]  # ("Children's book festival": whom it is for)
    if (m := _HEADLINE_HONOUR.match(title)) and names_event(m.group("rest")):
        pairs += [(a, "guestOfHonor") for a in _headline_agents(m.group("agent"))]
    for m in _HEADLINE_PASSIVE.finditer(title):
        if names_event(title[:m.start()]):
            role = _HEADLINE_PHRASES[" ".join(m.group("verb").lower().split())]
            agent = re.split(r"\s+(?:in|at|on|for|from|to)\s+", m.group("agent"))[0]
            pairs += [(a, role) for a in _headline_agents(agent)]
    known = {agent_key(r.agent) for r in found if r.event == main.key}
    out: list[RoleRecord] = []
    for agent, role in pairs:
        agent = clean_name(agent)
        low = agent.lower()
        if not agent or low in _GENERIC_AGENTS or low in _BAD_AGENT_WORDS or agent_key(agent) in known \
                or any(set(agent_key(agent).split()) < set(k.split()) for k in known) \
                or lookup_place(agent) is not None and role not in ("host", "supporter", "guestOfHonor"):
            continue
        if words & set(re.findall(r"[\w&'’-]+", low)) == words:
            continue  # the event itself
        at = doc_text(ctx.doc).find(agent)
        span = source_span(ctx.doc, at, at + len(agent)) if at >= 0 else None
        out.append(RoleRecord(main.key, role, agent, agent_type([], agent), span))
        known.add(agent_key(agent))
    return out


_NAME_WORD = patterns.compile(r"[\w'’-]+")
_EDITION_WORD = patterns.compile(r"(?:19|20)\d\d|\d+(?:st|nd|rd|th|ST|ND|RD|TH)|[IVXLC]+")
_NAME_STOP = frozenset({"the", "of", "and", "&", "for", "in", "on", "de"})


def _short_forms(ctx: Context) -> set[str]:
    """Keys of the events that are the main event under a shorter name: top-level events
    (no super-event) whose name's words are all words of the main event's name, with no year
    or ordinal of their own and one word at least that is no event word ('Velora Fashion
    Week' for 'the Velora International Fashion Week 2026'; not 'Velora Fashion Week 2025',
    another edition, nor 'the Fashion Week Awards', a part)."""
    main = ctx.result.main_event
    if main is None:
        return set()
    words = {w.lower() for w in _NAME_WORD.findall(main.name)} - _NAME_STOP
    out = set()
    for ev in ctx.result.events:
        if ev.key == main.key or ev.part_of is not None:
            continue
        written = [w for w in _NAME_WORD.findall(ev.name) if w.lower() not in _NAME_STOP]
        mine = [w.lower() for w in written]
        if not mine or any(_EDITION_WORD.fullmatch(w) for w in written) or not set(mine) <= words \
                or all(w in EVENT_ANAPHORS for w in mine) or len(mine) >= len(words):
            continue
        out.add(ev.key)
    return out


def extract_roles(ctx: Context) -> list[RoleRecord]:
    """All role assertions of the release, one record per (event, role, agent)."""
    out: list[RoleRecord] = []
    doc = ctx.doc
    # where each cue occurs, found once in the whole text: only those sentences are read
    dateline = ctx.result.source.dateline_span if ctx.result.source is not None else None
    doc.user_data["ekg_roles_dateline_end"] = dateline.end if dateline is not None else -1
    doc.user_data["ekg_roles_head"] = _main_head(ctx)
    agent_dep = doc.vocab.strings["agent"]
    agents = [t for t in tokens_matching(doc, _BY) if t.dep == agent_dep or _by_verb(t) is not None]
    cues = [m.start() for rx in (_PHRASE_RE, _NOUN_RE, _HONOUR_RE) for m in finditer_lower(doc, rx)]
    cues.sort()
    a = c = 0
    for sent in doc_sents(doc):
        mine = []
        while a < len(agents) and agents[a].i < sent.end:
            mine.append(agents[a])
            a += 1
        cued = False
        while c < len(cues) and cues[c] < sent.end_char:
            cued = True
            c += 1
        if (mine or cued) and _other_edition(ctx, sent):
            # ('Following the success of the 2025 edition, the fair is again hosted by A': the main clause's)
            fronted = _fronted_other_edition(ctx, sent) or _named_main_agents(ctx, sent, mine)
            out += _passive_roles(ctx, sent, fronted) if fronted else []
            continue
        if not (mine or cued):
            continue
        if mine:
            out += _passive_roles(ctx, sent, mine)
        if cued:
            out += _phrase_roles(ctx, sent)
            out += _noun_roles(ctx, sent)
            out += _fronted_as_roles(ctx, sent)
            out += _organisers_at_roles(ctx, sent)
            out += _honour_roles(ctx, sent)
    out += _active_roles(ctx)
    if ", and " in doc_lower(doc) or ", while " in doc_lower(doc):
        out += _raised_object_roles(ctx)
    out += _hyphen_roles(ctx)
    out += _inverted_roles(ctx)
    out += _in_charge_roles(ctx)
    out += _committee_roles(ctx)
    out += _owner_roles(ctx)
    out += _owner_of_roles(ctx)
    out += _behind_roles(ctx)
    out += _production_roles(ctx)
    out += _support_noun_roles(ctx)
    if any(w in doc_lower(doc) for w in _PATRONAGE_NOUNS):  # (a patronage noun is written: else no token loop)
        out += _possessive_patronage_roles(ctx)
    out += _headline_roles(ctx, out)
    short = _short_forms(ctx)
    if short:  # 'Velora Fashion Week is organised by A' after 'the Velora International Fashion Week 2026'
        out = [replace(r, event=ctx.main_key) if r.event in short else r for r in out]
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
