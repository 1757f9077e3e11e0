"""Where an event happens: venue, city, region and country.

Places are read from the event's sentences where an "in" / "at" phrase hangs on a verb, on
a mention of the event or on a venue, or where a place is in the possessive on the event
("Greece's annual trade fair"); a clause about another event ("organizing a final fair in
Jeddah") does not count. A missing city comes, in this order, from the venue's own name
("the Abu Dhabi National Exhibition Centre", "Perth's Claremont Showground"), from the
event's name ("the Chicago Auto Show") and from the release's dateline. Every city is linked
to its region and country by the gazetteer. The cue words are data: ``rules/events.json``.
"""

from __future__ import annotations

import re

from spacy.attrs import LOWER, POS
from spacy.strings import get_string_id
from spacy.symbols import NOUN, PROPN, pobj
from spacy.tokens import Doc, Span, Token

from kg.extract.common import (
    clean_name,
    doc_text,
    doc_indices,
    doc_matrix,
    doc_tokens,
    ents_in,
    indices_between,
    lemma,
    source_span,
    span_text,
    token_range,
)
from kg.extract.context import Context
from kg.extract.event_dates import MONTH, sentence_of_other_edition, year_reference
from kg.extract.lexicon import EVENT_HEADS, GOVERNMENT_WORDS, HAPPENING_VERBS, VENUE_WORDS
from kg.extract.records import PlaceRecord, SourceSpan
from kg.extract.rules import load_rules
from kg.normalize.places import (
    Place,
    canonical_place_name,
    capital_of,
    city_population,
    is_capital,
    country_of_demonym,
    known_city,
    lookup_place,
    names_city,
    place_chain,
)
from kg.pipeline import patterns


def _rule(name: str) -> dict:
    return next(r for r in load_rules("events")["rules"] if r["name"] == name)


_VENUE_HEADS = frozenset(VENUE_WORDS) | frozenset(_rule("venue-words")["cues"])
#: lower-case venue nouns after a name ("the Tecla campus"), and those the name drops
VENUE_NOUNS = frozenset(_rule("venue-common-noun")["cues"])
VENUE_NOUN_DROP = frozenset(_rule("venue-common-noun")["drop"])
_VENUE_PARTS = frozenset(_rule("venue-inner-part")["cues"])
_VENUE_FIRST = frozenset(_rule("venue-head-first")["cues"])
_NOT_VENUE_LAST = frozenset(_rule("venue-before-city")["not_last"])
#: "at COEX in southern Seoul", "at Bharat Mandapam here": what may stand between the venue and
#: its city (a part of the city), or 'here' for the dateline's city
_CITY_AFTER_VENUE = patterns.compile(
    r"\s*(?:,\s*|\s+in\s+(?:(?:the\s+)?(?:" + "|".join(_rule("venue-before-city")["city_parts"])
    + r")\s+)?)(?P<city>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)|\s+(?P<here>here)\b")
#: "at Singapore's Marina Bay Sands": a city's named venue ends where one of these words follows
_POSSESSIVE_VENUE_END = patterns.compile(
    r"\s*(?:[,.;:)]|$|\s(?:" + "|".join(_rule("venue-of-a-city-possessive")["followed_by"]) + r")\b)")
_VENUE_OF = "|".join(re.escape(c) for c in _rule("venue-of-phrase")["cues"])
_NOT_VENUE_PLACE = frozenset(_rule("venue-not-a-place")["cues"])
# multi-word venue heads ("convention centre") end in a one-word head; the last word decides
_VENUE_LAST = frozenset(w.split()[-1] for w in _VENUE_HEADS)

_CAP = r"[A-Z][\w'’.&-]*"
#: 'IFEMA', 'RAI', 'ExCeL': a venue's acronym, before the city it stands in
_ACRONYM = patterns.compile(r"[A-Z]{3,6}|[A-Z][a-z]+[A-Z][A-Za-z]*")
_NUMBERED_PARTS = "|".join(sorted({p for w in _VENUE_PARTS for p in (w, w.title())}, key=lambda p: (-len(p), p)))
# "at the city's Tuyap Fair Convention Center": the venue of a place the text names elsewhere
_OWNER_NOUNS = "|".join(re.escape(c) for c in _rule("venue-of-the-city")["cues"])
_VENUE_RE = patterns.compile(
    rf"\b(?:at|in|inside|to|on|[Vv]enue\s+(?:for\s+[^.;:]{{1,60}}?\s+)?(?:is|was|will\s+be))\s+(?:the\s+)?"
    # "in Hall 7 of the X Expo Centre", "in Halls 3 and 4 of ...": the venue is the outer one
    rf"(?:(?:{_NUMBERED_PARTS})\s+\d{{1,3}}[A-Z]?(?:\s*(?:-|–|and|&|,)\s*\d{{1,3}}[A-Z]?)*\s+(?:of|at)\s+(?:the\s+)?)?"
    rf"(?:(?:{_OWNER_NOUNS})['’]s\s+)?(?:(?:{_VENUE_OF})\s+(?:the\s+)?(?P<of>{_CAP}"
    rf"(?:\s+(?:of\s+the\s+|of\s+|and\s+|&\s+)?{_CAP}){{0,7}})"
    rf"|(?P<name>{_CAP}(?:\s+(?:of\s+the\s+|of\s+|and\s+|&\s+|d[eu]s?\s+|la\s+|del\s+|di\s+)?{_CAP}){{0,9}})"
    rf"(?:\s+(?P<noun>(?:{'|'.join(sorted(VENUE_NOUNS, key=lambda w: (-len(w), w)))})\b))?)"
)
#: "Koelnmesse", "Expocentre": a capitalized word ending in a venue word (the part before it
#: may be the city: see _compound_city)
_COMPOUND_VENUE = patterns.compile(r"(?P<pre>[A-Z][a-zäöüé]{2,})(?P<head>" + "|".join(_rule("venue-compound-word")["cues"]) + r")")
#: "Adelaide's Wayville Showgrounds will host the ...", "The Harbour Exhibition Centre hosts ...":
#: a venue as the subject of a hosting verb (the venue-word tests of _venue_name apply)
_HOST_VENUE_RE = patterns.compile(
    rf"(?:^|(?<=[.;:]\s))(?:[Tt]he\s+)?(?P<name>{_CAP}(?:\s+(?:of\s+the\s+|of\s+|and\s+|&\s+)?{_CAP}){{0,9}})"
    rf"(?P<of>(?!x)x)?(?P<noun>(?!x)x)?"
    rf"(?=\s+(?:will\s+(?:host|welcome|stage|play\s+host\s+to)|hosts|hosted|welcomes|welcomed|is\s+hosting|was\s+hosting"
    rf"|plays\s+host\s+to|played\s+host\s+to|stages|staged)\b)")
_PLACE_PREPS = frozenset({"in", "at", "inside", "on", "across", "through", "throughout", "around"})
_YEAR_WORD = patterns.compile(r"(?:19|20)\d\d")
_PLACE_NOUNS = frozenset(_rule("place-nouns")["cues"])
_MOVING_VERBS = frozenset(_rule("moves-to-place")["cues"])
_HOSTING = frozenset({"host", "welcome", "stage"})
#: "Hosted by the government in Cape Town, the X Indaba": a place on the agent of these verbs
_HOLDING_AGENT_VERBS = frozenset(_rule("place-on-the-host")["cues"])
#: "The X Congress will gather roasters in Medellín": a place on the object of these verbs,
#: when the event is their subject, is where the event is
_GATHERING_VERBS = frozenset(_rule("place-on-the-gathered")["cues"])
#: "the organisers announced in Nairobi", "told reporters in Moscow": where it was said, not held
_ANNOUNCING_VERBS = frozenset(_rule("place-of-the-announcement")["cues"])
#: "Boone County fairgrounds", "Salta Province Convention Centre": a city's name before one of
#: these words names the county or province, not the city
_NOT_CITY_AFTER = frozenset(_rule("place-of-the-announcement")["not_city_before"])


def _strip_possessive_place(name: str) -> tuple[str | None, str]:
    """'Perth's Claremont Showground' -> ('Perth', 'Claremont Showground')."""
    m = re.match(r"^(?P<place>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)(?:['’]s|(?<=s)['’])\s+(?P<rest>.+)$", name)  # "Lagos' X"
    if m and lookup_place(m.group("place")) is not None:
        return m.group("place"), m.group("rest")
    return None, name


_TRAILING_MONTH = patterns.compile(rf"\s+(?:{MONTH})\.?$")


def _venue_name(m: re.Match) -> tuple[str, int] | tuple[str, int, bool] | None:
    """The venue a match names, with its offset in the sentence, or None."""
    if m.group("of"):
        name = m.group("of").rstrip(".,;:")
        return name, m.start("of")
    name = m.group("name").rstrip(".,;:")
    start = m.start("name")
    noun = m.group("noun")
    cut = _TRAILING_MONTH.search(name)
    if cut and not noun:
        name = name[:cut.start()]  # "to the X Convention Center Aug. 7-9": the month is the date's
    words = [w.lower().strip(".,'’") for w in name.split()]
    if re.match(MONTH + r"(?!\w)", name) or not words or len(words) == 1 and words[0] in _VENUE_LAST and not noun:
        return None  # 'in District 7', 'at the Hall': a venue word alone names no venue
    if words[-1] in _NOT_VENUE_PLACE and not noun:
        return None  # "on China's Hainan Island": a place, not a venue
    # "the North and South Exhibit Halls of the Y Place complex": the outer venue
    parts = re.split(r"\s+of\s+(?:the\s+)?", name)
    if len(parts) > 1:
        inner = parts[0].split()[-1].lower()
        outer = parts[-1]
        outer_last = outer.split()[-1].lower().strip(".,")
        if inner in _VENUE_PARTS and (outer_last in _VENUE_LAST or noun in VENUE_NOUNS):
            start += name.rindex(outer)
            name, words = outer, [w.lower().strip(".,'’") for w in outer.split()]
    if words[-1] in _VENUE_LAST or any(w in _VENUE_LAST and nxt in ("of", "and", "&") for w, nxt in zip(words, words[1:])) \
            or (words[0] in _VENUE_FIRST and len(words) > 1):
        # "the Harbour Exhibition Centre", "the Osler Auditorium of KMC", "the Palais Acropolis"
        return name, start
    if len(words) >= 2 and any(w in _VENUE_LAST for w in words[:-1]) and known_city(name.split()[-1]) is not None:
        return name, start  # 'Expo Centre Sharjah', 'World Trade Center Mumbai' (venue-then-city)
    if len(words) == 2 and m.group(0).lower().startswith("at ") and _ACRONYM.fullmatch(name.split()[0]) \
            and known_city(name.split()[-1]) is not None:
        return name, start  # 'at IFEMA Madrid', 'at ExCeL London': an acronym before its city
    if len(words) <= 3 and (_COMPOUND_VENUE.match(name.split()[0]) or _COMPOUND_VENUE.match(name.split()[-1])):
        return name, start  # 'Koelnmesse', 'Expocentre Moldova': a venue word written into one word
    if noun in VENUE_NOUNS and len(words) <= 5:
        if noun in VENUE_NOUN_DROP:
            return (name, start) if lookup_place(name) is None else None  # "the Vantrell premises"
        return f"{name} {noun}", start  # "the Tecla campus"
    after = m.string[m.end("name"):m.end("name") + 40]
    if not noun and m.group(0).lower().startswith("at ") and _POSSESSIVE_VENUE_END.match(after):
        city, rest = _strip_possessive_place(name)  # "at Singapore's Marina Bay Sands"
        rest_words = [w.lower() for w in rest.split()]
        if city and known_city(city) is not None and rest != name and 1 <= len(rest_words) <= 5 \
                and all(w[:1].isupper() for w in rest.split()) and lookup_place(rest) is None \
                and not any(w in GOVERNMENT_WORDS or w in _NOT_VENUE_LAST for w in rest_words):
            return name, start
    if not noun and m.group(0).lower().startswith("at ") and len(words) <= 5 \
            and not any(w in GOVERNMENT_WORDS or w in _NOT_VENUE_LAST for w in words):
        city = _CITY_AFTER_VENUE.match(after)
        if city and (city.group("here") or lookup_place(city.group("city")) is not None) and lookup_place(name) is None:
            return name, start, True  # "at BEXCO in Busan": a name between 'at' and its city is a venue
    return None


#: the owner of a venue named without a venue word: its city is the one written after it (or
#: the dateline's), never a word of its own name ('Bharat Mandapam' is no Mandapam, Tamil Nadu)
_NO_CITY_IN_NAME = ("", None)


_YEAR_AFTER = patterns.compile(r"[ \t]+(?:19|20)\d\d\b")


def _venue(ctx: Context, sents: list[Span], key: str | None = None) -> tuple[PlaceRecord, tuple[str, SourceSpan] | None] | None:
    """The first venue named in the event's sentences, and the city in the possessive before
    it ("Perth's Claremont Showground"), if any. An event's own name is no venue."""
    for sent in sents:
        text = span_text(sent)
        hosting = "host" in text or "welcom" in text or "stag" in text  # (what _HOST_VENUE_RE's verbs write)
        for m in [*_VENUE_RE.finditer(text), *(_HOST_VENUE_RE.finditer(text) if hosting else ())]:
            found = _venue_name(m)
            if found is None:
                continue
            name, offset, weak = found if len(found) == 3 else (*found, False)
            if _YEAR_AFTER.match(text, offset + len(name)):
                continue  # "at Quollar Messe 2026 in Munich": an event's name and year, no venue
            city, rest = _strip_possessive_place(name)
            owner = None
            if city:
                owner = (city, source_span(sent.doc, sent.start_char + offset, sent.start_char + offset + len(city)))
                offset += len(name) - len(rest)
                name = rest
            start = sent.start_char + offset
            span = source_span(sent.doc, start, start + len(name))
            first = sent.doc.char_span(span.start, span.end, alignment_mode="expand")
            if first is not None and (ctx.is_name_token(first[-1]) or weak and first[-1].ent_type_ in ("PERSON", "DATE", "NORP")):
                continue  # "at the XVIII Mining Convention being held in ...": the event itself
            if not city and name.split()[0].lower() in _VENUE_FIRST:
                name = re.sub(r"['’]s\s+", " ", name, count=1)  # "Fira Barcelona's Gran Via": its hall
            if weak and first is not None and not _weak_venue_of_event(ctx, first, key):
                continue  # "the mayor spoke at City Hall here": no venue of the event
            if weak and owner is None:
                owner = _NO_CITY_IN_NAME  # "at Bharat Mandapam here": no word of its name is a city
            return PlaceRecord(name, "venue", span), owner
    return _facility(ctx, sents, key)


def _weak_venue_of_event(ctx: Context, venue: Span, key: str | None) -> bool:
    """Is a venue named without a venue word ('at BEXCO in Busan', 'at Bharat Mandapam
    here') where this event happens: is its 'at' on a verb of happening or on the event?"""
    at = next((t for t in venue.doc[max(venue.start - 2, 0):venue.start] if t.lower_ in ("at", "inside")), None)
    if at is None:
        return True  # (the match began elsewhere: leave it to the name tests)
    head, climb = at.head, 0
    while climb < 3 and head.pos_ not in ("VERB", "AUX") and head.head.i != head.i and (
            head.ent_type_ == "DATE" or head.like_num or _DAY_RANGE.fullmatch(head.text) or head.pos_ == "ADP"):
        head, climb = head.head, climb + 1  # "held on March 17-18 at X", "took place Mar 3–6 at X": 'at' on the date
    return _where_event_happens(ctx, head, key)


def _where_event_happens(ctx: Context, target: Token, key: str | None) -> bool:
    """Is a phrase on ``target`` about where this event is: ``target`` names the event, or is
    a verb of happening ('held', 'opened') or a verb whose subject names the event ('X brought
    together ... at Y')?"""
    def names_event(tok: Token) -> bool:
        return any(m.event == key and m.start <= tok.i < m.end for m in ctx.mentions)

    if names_event(target):
        return True
    if target.pos_ not in ("VERB", "AUX") or _clause_of_other_event(ctx, target, key):
        return False
    return lemma(target) in HAPPENING_VERBS or any(c.dep_ in ("nsubj", "nsubjpass") and names_event(c)
                                                   for c in target.children)


def _facility(ctx: Context, sents: list[Span], key: str | None) -> tuple[PlaceRecord, None] | None:
    """A venue without a venue word that the entity recognizer calls a facility, where the
    event happens: 'at the Oslo Spektrum', 'opened at Olympia'. Not a place the gazetteer
    knows, nor the event itself."""
    for sent in sents:
        for ent in ents_in(sent):
            if ent.label_ != "FAC" or len(ent) > 6 or ent.root.dep_ != "pobj" or ent.root.head.lower_ not in ("at", "inside"):
                continue
            toks = [t for t in ent if t.lower_ != "the"]
            if not toks or not all(t.text[:1].isupper() or not t.is_alpha for t in toks) \
                    or any(ctx.is_mention_token(t) for t in toks):
                continue
            name = clean_name(ctx.doc[toks[0].i:toks[-1].i + 1].text)
            if lookup_place(name) is not None or any(t.lower_ in _VENUE_LAST for t in toks) \
                    or not _where_event_happens(ctx, ent.root.head.head, key):
                continue
            span = source_span(ctx.doc[toks[0].i:toks[-1].i + 1])
            return PlaceRecord(name, "venue", span), None
    return None


def _clause_of_other_event(ctx: Context, verb: Token, key: str | None) -> bool:
    """'(while the board is) organizing a final fair in Jeddah': the verb's clause is about
    an event that is not this one (and does not mention this one)."""
    other = False
    left, right = verb.left_edge.i, verb.right_edge.i
    for m in ctx.mentions:
        if m.event == key and left <= m.start <= right:
            return False  # the clause names this event
    for t in doc_tokens(verb.doc)[left:right + 1]:
        if t.lower_ in EVENT_HEADS and t.pos_ == "NOUN" and t.dep_ in ("dobj", "nsubj", "nsubjpass", "attr") \
                and not ctx.is_mention_token(t):
            other = True
    # "..., a month after the X Tea Forum was held in Nairobi": the verb's subject is a mention
    # of another event the release names
    return other or any(c.dep_ in ("nsubj", "nsubjpass") and any(m.event != key and m.start <= c.i < m.end
                                                                 for m in ctx.mentions)
                        for c in verb.children)


def _attached_to_event(ctx: Context, ent: Span, key: str | None = None, depth: int = 0) -> bool:
    """Is this place phrase about where the event happens? It must be the object of in / at
    / on hanging on a verb (whose clause is not about another event), on a mention of the
    event or on a venue, or in the possessive on the event or a venue; a place in apposition
    or compound with such a place counts too ('in Yibin City, Sichuan Province')."""
    root = ent.root
    if root.dep_ == "nsubj" and lemma(root.head) in _HOSTING:
        return True  # "Lyon will welcome ... for the seventh edition of ..."
    if root.dep_ == "npadvmod" and depth < 2:
        # "in Boao, south China's Hainan Province": the parser hung the region on the verb; it
        # is in apposition to the place before the comma
        first = min(t.i for t in root.subtree)
        if first >= 2 and ctx.doc[first - 1].text == "," and ctx.doc[first - 2].ent_type_ in ("GPE", "LOC") \
                and _attached_to_event(ctx, ctx.doc[first - 2:first - 1], key, depth + 1):
            return True
    tok, hops = root, 0
    while tok.dep_ in ("compound", "appos", "conj", "poss", "nmod", "npadvmod") and tok.head.i != tok.i and hops < 5:
        if tok.dep_ == "poss" and (_is_event_or_venue(ctx, tok.head) or tok.head.lower_ in EVENT_HEADS):
            return True  # "Greece's annual trade fair", "Perth's Claremont Showground"
        if tok.dep_ == "appos" and ctx.is_mention_token(tok.head) and any(m.event == key and m.start <= tok.head.i < m.end
                                                                            for m in ctx.mentions):
            return True  # "The X Summit was held at the Y Hotel, Kuala Lumpur": the parser hung the city on the event
        tok, hops = tok.head, hops + 1
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in _PLACE_NOUNS \
            and tok.head.head.dep_ == "pobj":
        tok = tok.head.head  # "in the city of Meknes"
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in _PLACE_NOUNS \
            and tok.head.head.dep_ == "nsubj" and lemma(tok.head.head.head) in _HOSTING:
        return True  # "the historic centre of Évora will host the X Fair"
    if tok.dep_ != "pobj":
        return False
    if tok.head.lower_ == "of" and tok.head.head.lower_ in _VENUE_LAST and tok.head.head.pos_ == "NOUN" \
            and tok.head.head.dep_ == "pobj" and depth < 2:
        # "returns to the trade fair grounds of Jaén": the city of a venue noun where the event is
        return _attached_to_event(ctx, ctx.doc[tok.head.head.i:tok.head.head.i + 1], key, depth + 1)
    prep, target = tok.head, tok.head.head
    # "held between June 10 and 12 in Lima", "on June 9 to Thursday, June 12 in Samarkand": the parser
    # hangs the place on the date; the date phrase's own verb decides
    climb = 0
    while climb < 4 and target.head.i != target.i and target.pos_ not in ("VERB", "AUX") and (
            target.ent_type_ == "DATE" or _DAY_ORDINAL.fullmatch(target.text)  # "to the 6th of March 2026 in Rosario"
            or target.pos_ == "ADP" and any(c.dep_ == "pobj" and c.ent_type_ == "DATE" for c in target.children)):
        target, climb = target.head, climb + 1  # "from July 10 to 13 in Graz": 'in Graz' on 'from'
        if target.pos_ == "ADP" and target.head.i != target.i:
            target = target.head
    if target.pos_ == "ADP" and target.lower_ in _PLACE_PREPS and target.head.pos_ in ("VERB", "AUX") \
            and target.head.i != target.i:
        target = target.head  # "running ... across 40 venues in Seattle": 'in' hung on 'across'
    if prep.lower_ == "to" and lemma(target) in _MOVING_VERBS:
        return not _clause_of_other_event(ctx, target, key)  # "returns to Boone, Iowa"
    if prep.lower_ not in _PLACE_PREPS:
        return False
    if prep.lower_ == "in" and target.dep_ == "pobj" and target.head.dep_ == "agent" \
            and lemma(target.head.head) in _HOLDING_AGENT_VERBS:
        target = target.head.head  # "Hosted by the government in Cape Town, the X ...": the verb decides
    if prep.lower_ == "in" and target.dep_ == "pobj" and target.head.lower_ in ("at", "inside") and target.pos_ == "PROPN":
        on = target.head.head
        if on.pos_ not in ("VERB", "AUX") and on.head.i != on.i and on.head.pos_ in ("VERB", "AUX") \
                and (on.ent_type_ == "DATE" or _DAY_RANGE.fullmatch(on.text)):
            on = on.head  # "took place Mar 3–6 at the Hotel Continental in Warsaw": the parser hung 'at' on the date
        if on.pos_ in ("VERB", "AUX"):
            return not _clause_of_other_event(ctx, on, key)  # "opened at BEXCO in Busan"
    if prep.lower_ == "in" and target.dep_ == "dobj" and lemma(target.head) in _GATHERING_VERBS \
            and any(c.dep_ == "nsubj" and ctx.is_mention_token(c) for c in target.head.children):
        target = target.head  # "The X Congress will gather roasters in Medellín": the parser hung the place on the guests
    if target.pos_ in ("VERB", "AUX") or _verb_mistagged(target):
        if lemma(target) in _ANNOUNCING_VERBS and not any(
                c.dep_ in ("nsubj", "nsubjpass") and ctx.is_mention_token(c) for c in target.children):
            return False  # "the organisers announced in Nairobi on Wednesday": where it was said
        return not _clause_of_other_event(ctx, target, key)
    if _is_event_or_venue(ctx, target) or target.ent_type_ == "FAC":
        return True
    # 'at the X Centre in Purbachal on the outskirts of Dhaka': a place phrase on a place
    # phrase that is itself where the event happens
    return depth < 2 and target.dep_ == "pobj" and target.head.lower_ in _PLACE_PREPS \
        and _attached_to_event(ctx, ctx.doc[target.i:target.i + 1], key, depth + 1)


def _verb_mistagged(tok: Token) -> bool:
    """A verb the tagger took for another word: 'The X Fair wraps up in Darwin' ('wraps' a
    noun, with its particle), 'will open on Monday and close on Saturday in Y' ('close' an
    adverb joined to the verb)."""
    return any(c.dep_ == "prt" for c in tok.children) \
        or tok.dep_ == "conj" and tok.head.pos_ in ("VERB", "AUX") and tok.pos_ in ("ADV", "NOUN", "ADJ")


def _known_city_at(tok: Token) -> Place | None:
    """A city the recognizer missed: one the gazetteer knows strictly (50,000 people), or,
    right after 'in' ('at the Grand Hotel in Sopot'), any city of its table (15,000)."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "in" and tok.head.i == tok.i - 1:
        return known_city(tok.text, min_population=15_000)
    return known_city(tok.text)


#: a day of the month written as an ordinal, which the recognizer often leaves out of the date
_DAY_ORDINAL = patterns.compile(r"(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)")
#: '3–6', '3rd-6th': a range of days written as one token
_DAY_RANGE = patterns.compile(r"(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?[-–](?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?")


def _compound_city_run(doc: Doc, tok: Token) -> Span | None:
    """'in Novi Sad', 'in Banja Luka': a city of two or three proper nouns (the last the
    object of 'in', the others its compounds right before it) that no entity covers and
    the gazetteer knows strictly, written after 'in'."""
    toks = doc_tokens(doc)
    start = tok.i
    while start > 0 and start > tok.i - 2 and toks[start - 1].dep_ == "compound" and toks[start - 1].head.i == tok.i \
            and toks[start - 1].pos == PROPN and not toks[start - 1].ent_type:
        start -= 1
    if start == tok.i or start == 0 or toks[start - 1].lower_ != "in" or toks[start - 1].i != tok.head.i:
        return None
    run = doc[start:tok.i + 1]
    return run if known_city(run.text, min_population=15_000) is not None else None


def _region_country(name: str) -> str | None:
    """The country of a region ('Saskatchewan' -> Canada): a hint for a city beside it."""
    place = lookup_place(name)
    return place.country if place is not None and place.kind == "region" else None


def _exact_place(text: str) -> bool:
    """A city or region the gazetteer spells exactly so ('Ulaanbaatar', not 'Ulaan' for
    'Ulaanbaatar Holdings')."""
    place = known_city(text) or lookup_place(text)
    return place is not None and place.kind in ("city", "region") and (
        place.name.lower() == text.lower() or names_city(text, place))  # 'Seville' names Sevilla


def _capital(tok: Token) -> Place | None:
    """The city 'the Saudi capital' / 'Morocco's capital' names (not 'the capital, X': X is
    read as a place of its own)."""
    if any(c.dep_ == "appos" for c in tok.children):
        return None
    for child in tok.children:
        if child.dep_ in ("amod", "compound", "nmod") and child.text[:1].isupper():
            country = country_of_demonym(child.text)
        elif child.dep_ == "poss":
            country = lookup_place(clean_name(child.text))
        else:
            continue
        if country is not None and country.kind == "country":
            return capital_of(country)
    return None


def _is_event_or_venue(ctx: Context, tok: Token) -> bool:
    return ctx.is_mention_token(tok) or tok.lower_ in _VENUE_LAST or tok.lower_ in VENUE_NOUNS \
        or (tok.pos_ in ("NOUN", "PROPN") and tok.lower_ in EVENT_HEADS)


class _Places:
    """Places collected for one event, each linked once."""

    def __init__(self) -> None:
        self.named: list[PlaceRecord] = []
        self.seen: set[str] = set()
        self.refused: list[tuple[str, SourceSpan | None]] = []

    def take(self, text: str, span: SourceSpan | None, hint: str | None = None) -> bool:
        text = clean_name(text)
        if len(text) <= 2 and text.isupper():
            return False  # "AI", "EV": not places
        place = lookup_place(text, country_hint=hint)
        name = text
        if place is None:
            name = canonical_place_name(text)
            place = lookup_place(name, country_hint=hint)
        if place is None and hint is None:
            self.refused.append((text, span))  # "Split, Croatia": may need the country named after it
        if place is None or name.lower() in self.seen or place.name.lower() in self.seen:
            return False
        self.seen.update({name.lower(), place.name.lower()})
        self.named.append(PlaceRecord(place.name, place.kind, span))
        return True

    def country_hint(self) -> str | None:
        """The country the places read so far name: a country's own, else a region's."""
        return next((p.name for p in self.named if p.kind == "country"), None) \
            or next((_region_country(p.name) for p in self.named if p.kind == "region"), None)

    def relink(self, hint: str) -> None:
        """'Hanover' read before the text named Germany (a Jamaican parish): each place as
        written is linked again in the country the text names, where the gazetteer has one
        there and it was linked elsewhere."""
        for k, p in enumerate(self.named):
            if p.kind == "country" or p.span is None:
                continue
            first = lookup_place(clean_name(p.span.text))
            again = lookup_place(clean_name(p.span.text), country_hint=hint)
            if first is None or again is None or again == first or again.country != hint or first.country == hint:
                continue
            if again.name.lower() in self.seen - {p.name.lower(), clean_name(p.span.text).lower()}:
                self.named[k] = None  # type: ignore[call-overload]  # the same place, read again
                continue
            self.seen.add(again.name.lower())
            self.named[k] = PlaceRecord(again.name, again.kind, p.span)
        self.named = [p for p in self.named if p is not None]

    def has(self, kind: str) -> bool:
        return any(p.kind == kind for p in self.named)


def _leading_city(ctx: Context, start: int, end: int, hint: str | None) -> tuple[str, SourceSpan] | None:
    """The city that the token range [start, end) opens with: 'Abu Dhabi National Exhibition
    Centre', 'Chicago Auto Show'. One to three capitalized tokens that the gazetteer knows,
    strictly, as a city (see :func:`known_city`)."""
    doc = ctx.doc
    for n in (3, 2, 1):
        if end - start <= n:
            continue
        toks = doc[start:start + n]
        if not all(re.fullmatch(r"[A-Z][\w'’-]*[a-z]", t.text) for t in toks):
            continue
        if doc[start + n].lower_ in _NOT_CITY_AFTER:
            continue  # "the Boone County fairgrounds": a county of the city's name
        if _city_in(known_city(toks.text, hint) or _named_in_country(toks.text, hint), hint):
            return toks.text, source_span(toks)
    return None


def _possessive_city(ctx: Context, start: int, hint: str | None) -> tuple[str, SourceSpan] | None:
    """The city in the possessive right before an event's name ('Wellington's Harbour Lights
    Festival'): one to three capitalized tokens the gazetteer knows, strictly, as a city."""
    doc = ctx.doc
    if start < 2 or doc[start - 1].lower_ not in ("'s", "’s"):
        return None
    for n in (3, 2, 1):
        if start - 1 - n < 0:
            continue
        toks = doc[start - 1 - n:start - 1]
        if not all(re.fullmatch(r"[A-Z][\w'’-]*[a-z]", t.text) for t in toks):
            continue
        if _city_in(known_city(toks.text, hint), hint):
            return toks.text, source_span(toks)
    return None


def _named_in_country(text: str, hint: str | None) -> Place | None:
    """A city written with another of its names ('Seville' for Sevilla) read from a venue's
    or event's name: only in the country the text names ('Lion' is no Lyon)."""
    if hint is None:
        return None
    place = lookup_place(text, country_hint=hint)
    if place is None or place.kind != "city" or hint not in (place.country, place.country_code):
        return None
    return place if names_city(text, place, spelling=True) else None


#: ", Dubai World Trade Centre," after an event's name: a venue in apposition to it (ending in a venue word)
_APPOSED_VENUE = patterns.compile(r"\s*,\s+(?:the\s+)?(?P<v>[A-Z][\w'’.&-]*(?:\s+(?:of\s+|and\s+|&\s+)?[A-Z][\w'’.&-]*){0,6})"
                                  r"(?=\s*(?:,|\.|;|\(|$|\s+(?:on|from|in)\b))")


def _venue_after_name(ctx: Context, spans: list[tuple[int, int]]) -> tuple[PlaceRecord, None] | None:
    """'Stand 12 at Arab Quollar 2026, Dubai World Trade Centre, 26-29 January': a venue
    written in apposition right after the event's name (the exhibitor's style), its last
    word a venue word."""
    doc = ctx.doc
    text = doc_text(doc)
    for s, e in spans[:3]:
        if e >= len(doc) or doc[e].text != ",":
            continue
        m = _APPOSED_VENUE.match(text, doc[e - 1].idx + len(doc[e - 1].text))
        if m is None:
            continue
        name = m.group("v")
        if name.split()[-1].lower().strip(".,") in _VENUE_LAST and len(name.split()) >= 2 and lookup_place(name) is None:
            return PlaceRecord(name, "venue", source_span(doc, m.start("v"), m.end("v"))), None
    return None


def _place_after_venue(ctx: Context, end: int) -> tuple[str, SourceSpan] | None:
    """The place written right after a venue and a comma ('the Grand Hyatt Hotel, Kuala
    Lumpur'), when the entity recognizer calls it a place: the venue's city."""
    doc = ctx.doc
    text = doc.text[end:end + 80]
    m = re.match(r"\s*,\s*", text)
    if m is None:
        return None
    for ent in doc.ents:
        if ent.start_char == end + m.end() and ent.label_ in ("GPE", "LOC"):
            return ent.text, source_span(ent)
    # "at Evraz Place, Regina.": the recognizer took the city into the venue's ORG; a known
    # city closing the clause is the venue's
    c = _CLOSING_CITY.match(text, m.end())
    if c is not None and known_city(c.group("city")) is not None:
        return c.group("city"), source_span(doc, end + c.start("city"), end + c.end("city"))
    return None


#: one or two capitalized words ending a clause (what _place_after_venue tries as a known city)
_CLOSING_CITY = patterns.compile(r"(?P<city>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)(?=\s*(?:[.;)]|,\s+[a-z]|$))")


#: "the X Centre (XC) in District 7, Ho Chi Minh City", "the X Centre in Century City, Cape Town":
#: after a venue (and its acronym in brackets), a district or suburb and then the city
_AFTER_VENUE = patterns.compile(
    r"(?:\s*\([A-Za-z]{2,10}\))?(?:\s*,\s*|\s+in\s+)(?P<a>[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|\d{1,2})){0,3})"
    r"\s*,\s*(?P<b>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})")


def _city_after_district(ctx: Context, end: int, hint: str | None) -> tuple[str, SourceSpan] | None:
    """The city written after a district or suburb the gazetteer does not know, after a
    venue: 'at the Lakeside Convention Centre in Century City, Cape Town'. The city must be
    one the gazetteer knows strictly (in the country the text names, if any)."""
    text = doc_text(ctx.doc)
    m = _AFTER_VENUE.match(text, end)
    if m is None or lookup_place(m.group("a")) is not None:
        return None  # (a place the gazetteer knows is read as one by the other rules)
    words = m.group("b").split()
    for n in range(len(words), 0, -1):
        run = " ".join(words[:n])
        if _city_in(known_city(run, hint), hint):
            start = m.start("b")
            return run, source_span(ctx.doc, start, start + len(run))
    return None


def _city_in(city: Place | None, hint: str | None) -> bool:
    """A city read from a name counts only in the country the text names, if it names one
    ('the Lakeland Food Festival' in a release from Kendal is no Lakeland, Florida)."""
    return city is not None and (hint is None or city.country == hint or city.country_code == hint)


_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})


def _inner_city(ctx: Context, venue: Span, hint: str | None) -> tuple[str, SourceSpan] | None:
    """A city inside a venue's name after its first word: 'Messe Frankfurt', 'the Suntec
    Singapore Convention Centre'. Not a person's name ('Walter E. Washington Convention
    Center': after an initial, or tagged a person)."""
    toks = [t for t in venue if not t.is_punct]
    if toks and toks[0].lower_ == "the":
        toks = toks[1:]
    if len(toks) >= 2 and toks[0].lower_ in _VENUE_FIRST and re.fullmatch(r"[A-Z][\w'’-]*[a-z]", toks[1].text):
        # "Messe München", "Fiera Bologna": a head-first venue word and then its city, written
        # in the city's own language (a tagger may call it a person); the gazetteer's other
        # names of a city, umlauts written out
        for form in dict.fromkeys([toks[1].text, toks[1].text.translate(_UMLAUTS)]):
            place = lookup_place(form, country_hint=hint)
            if place is not None and place.kind == "city" and _city_in(place, hint):
                return place.name, source_span(ctx.doc[toks[1].i:toks[1].i + 1])
    for k in range(1, len(toks)):
        t = toks[k]
        if t.ent_type_ == "PERSON" or re.fullmatch(r"[A-Z]\.", toks[k - 1].text):
            continue
        if toks[k - 1].text[:1].isupper() and lookup_place(f"{toks[k - 1].text} {t.text}") is not None:
            continue  # "the Port Elizabeth Convention Hall": a word of a longer place name, no city of its own
        if re.fullmatch(r"[A-Z][\w'’-]*[a-z]", t.text) and _city_in(known_city(t.text, hint) or _named_in_country(t.text, hint), hint):
            return t.text, source_span(ctx.doc[t.i:t.i + 1])
    return None


def _city_run(doc, i: int) -> Span | None:
    """The longest run of one to three capitalized proper nouns from token ``i`` that the
    gazetteer knows strictly as a city."""
    toks = doc_tokens(doc)
    for n in (3, 2, 1):
        run = toks[i:i + n]
        if len(run) == n and all(t.pos_ == "PROPN" and t.text[:1].isupper() and t.is_alpha for t in run) \
                and known_city(" ".join(t.text for t in run)) is not None:
            return doc[i:i + n]
    return None


def _compound_city(venue: Span, hint: str | None) -> tuple[str, SourceSpan] | None:
    """'Koelnmesse' -> Köln: the city written into a one-word venue name, as the gazetteer
    knows it (a city, four letters at least)."""
    m = _COMPOUND_VENUE.fullmatch(venue[0].text) if venue[0].text != "the" else None
    if m is None and len(venue) > 1:
        m = _COMPOUND_VENUE.fullmatch(venue[1].text) if venue[0].lower_ == "the" else None
    if m is None or len(m.group("pre")) < 4:
        return None
    place = lookup_place(m.group("pre"), country_hint=hint)
    return (m.group("pre"), None) if place is not None and place.kind == "city" else None  # type: ignore[return-value]


def another_year(ctx: Context, sent: Span, key: str | None, year: int | None) -> bool:
    """Does the sentence name this event with another year ('PHMS 2026 will move to ...')?"""
    if year is None:
        return False
    toks = doc_tokens(ctx.doc)
    for m in ctx.mentions_in(sent):
        if m.event == key and not m.anaphor:
            for t in toks[max(m.start - 1, sent.start):min(m.end + 1, sent.end)]:
                if _YEAR_WORD.fullmatch(t.text) and int(t.text) != year:
                    return True
    return False


def event_places(ctx: Context, key: str | None, sents: list[Span], name_spans: list[tuple[int, int]] | None = None,
                 main: bool = False, year: int | None = None) -> list[PlaceRecord]:
    """Venue, then city / region / country of one event (``year``: of its edition)."""
    doc = ctx.doc
    found = _Places()
    dateline = ctx.result.source.dateline_span
    if year is None:  # no publication date: 'the 2019 edition' is this one when the release is about 2019
        about = year_reference(ctx, "")
        year = about.year if about else None
    for sent in sents:
        if sentence_of_other_edition(sent, year) \
                or "planned for" in span_text(sent) and re.search(r"\b(?:is|are) planned for\b", span_text(sent)) \
                or another_year(ctx, sent, key, year):
            continue  # "The seventh forum is planned for November 2025 in Basel", "PHMS 2026 will move to ..."
        for ent in ents_in(sent):
            if dateline is not None and dateline.start <= ent.start_char < dateline.end:
                continue  # where the release was filed is weighed later (_add_dateline)
            if ent.label_ in ("GPE", "LOC") and _attached_to_event(ctx, ent, key):
                found.take(ent.text, source_span(ent))
            elif ent.label_ in ("ORG", "PERSON", "NORP") and ent.root.dep_ == "nsubj" \
                    and lemma(ent.root.head) in _HOSTING:
                found.take(ent.text, source_span(ent))  # "Lyon will welcome ...": the gazetteer decides
            elif ent.label_ in ("ORG", "PERSON", "WORK_OF_ART", "PRODUCT", "EVENT") and len(ent) <= 4 \
                    and all(t.pos_ == "PROPN" for t in ent) \
                    and _exact_place(clean_name(ent.text)) and _attached_to_event(ctx, ent, key):
                # "in the city of Meknes", Meknes taken for an organization; "held in Tromsø on 4-5
                # June", Tromsø for an event
                found.take(ent.text, source_span(ent))
        capitals = "capital" in span_text(sent) and not found.has("city")
        toks = doc_tokens(doc)
        for i in indices_between(_place_tokens(doc), sent.start, sent.end):  # (the others match no branch)
            tok = toks[i]
            if dateline is not None and dateline.start <= tok.idx < dateline.end:
                continue  # where the release was filed is weighed later (_add_dateline)
            run = _compound_city_run(doc, tok) if tok.dep_ == "pobj" and not tok.ent_type else None
            if run is not None and _attached_to_event(ctx, run, key):
                found.take(run.text, source_span(run))  # "in Novi Sad": a two-word city the recognizer missed
            elif (tok.dep_ in ("pobj", "appos", "poss") or tok.dep_ == "compound" and tok.head.lower_ in _PLACE_NOUNS
                  or tok.dep_ == "nsubj" and lemma(tok.head) in _HOSTING) \
                    and tok.pos == PROPN and _known_city_at(tok) \
                    and (not tok.ent_type or tok.ent_type_ == "FAC" and (
                        tok.dep_ == "appos" or tok.dep_ == "pobj" and tok.head.lower_ == "in")
                        or tok.ent_type_ == "ORG" and tok.dep_ == "appos" and tok.head.lower_ in _VENUE_LAST
                        and tok.i > 0 and toks[tok.i - 1].text == ",") \
                    and _attached_to_event(ctx, doc[tok.i:tok.i + 1], key):
                # a city the entity recognizer missed ("in Perm", "Adelaide's X Showgrounds", "Almaty
                # hosts the X") or took
                # into the venue ("at the Ratna Hall, Colombo", "at the Shangri-La Hotel in Colombo")
                found.take(tok.text, source_span(tok))
            elif tok.ent_type_ == "DATE" and tok.pos == PROPN and tok.dep_ == "pobj" and tok.head.lower_ == "in" \
                    and tok.head.i == tok.i - 1 and tok.head.ent_type_ == "DATE":
                run = _city_run(doc, tok.i)  # "June 24-25, 2025 in Can Tho": the recognizer took the city into the date
                if run is not None and _attached_to_event(ctx, run, key):
                    found.take(run.text, source_span(run))
            elif capitals and tok.lower_ == "capital" and tok.pos == NOUN:
                capital = _capital(tok)  # "in the Saudi capital", "Morocco's capital"
                if capital and _attached_to_event(ctx, doc[tok.i:tok.i + 1], key):
                    found.take(capital.name, None, capital.country)
    spans = name_spans or []  # the mention written as the event's name first
    hint = found.country_hint()
    if hint is not None and not found.has("city"):
        for text, span in found.refused:  # "in Split, Croatia": a city that is also a word, in the country named
            place = lookup_place(text, country_hint=hint)
            if place is not None and place.kind == "city" and place.country == hint and found.take(text, span, hint):
                break
    named_country = next((p.name for p in found.named if p.kind == "country"), None)
    filed_in = next((p.name for p in dateline_places(ctx) if p.kind == "country"), None) if main else None
    context = named_country or filed_in or _sole_country(sents)
    if context:  # the country the text places the event in, else where it was filed, else the one it names
        found.relink(context)
        hint = found.country_hint()
    if hint is None and main:
        hint = filed_in
    if not found.named and spans:
        for ent in ents_in(doc[spans[0][0]:spans[0][1]]):  # "Hunan (Changsha) Battery Industry Expo"
            if ent.label_ in ("GPE", "LOC"):
                found.take(ent.text, source_span(ent), hint)
    venue = _venue(ctx, sents, key) or _venue_after_name(ctx, spans)
    if main and venue is None and not found.has("city"):
        labelled, lab_places = _labelled_place(ctx)  # "Venue: Hotel Plaza Real, Mendoza, Argentina"
        for text, span in sorted(lab_places, key=lambda p: lookup_place(clean_name(p[0])).kind != "country"):
            found.take(text, span, hint)
            hint = found.country_hint() or hint
        if labelled is not None:
            venue = (labelled, None)
    out = [venue[0]] if venue else []
    if not found.has("city") and venue:
        if venue[1] is _NO_CITY_IN_NAME:
            pass
        elif venue[1]:
            found.take(*venue[1], hint)  # "Perth's Claremont Showground"
        elif venue[0].span is not None:
            vspan = doc.char_span(venue[0].span.start, venue[0].span.end, alignment_mode="expand")
            lead = (_leading_city(ctx, vspan.start, vspan.end, hint) or _inner_city(ctx, vspan, hint)
                    or _compound_city(vspan, hint)) if vspan is not None else None
            if lead:
                found.take(lead[0], lead[1], hint)  # "the Abu Dhabi National Exhibition Centre"
    if not found.has("city") and venue and venue[0].span is not None:
        after = _place_after_venue(ctx, venue[0].span.end) or _city_after_district(ctx, venue[0].span.end, hint)
        if after:
            found.take(*after, hint)  # "at the Grand Hyatt Hotel, Kuala Lumpur, on May 12"
    if not found.has("city") and spans:
        lead = _leading_city(ctx, spans[0][0], spans[0][1], hint) or _possessive_city(ctx, spans[0][0], hint)
        if lead:
            found.take(lead[0], lead[1], hint)  # "the Chicago Auto Show", "Wellington's Harbour Lights Festival"
    if main and found.has("city") and not found.has("region") and not found.has("country"):
        _drop_far_town(ctx, found, filed_in)  # "LONDON -- The X Show comes to Olympia": no town of Washington
    if main and not found.has("city"):
        _headline_city(ctx, found, hint)  # "Putin to attend Innoprom in Yekaterinburg", "Nairobi trade fair draws 5,000"
    if main and not found.has("city"):
        _add_dateline(ctx, found)
    named = found.named
    order = {"city": 0, "region": 1, "country": 2}
    named.sort(key=lambda p: order.get(p.kind, 3))
    if named:
        first = named[0]
        hint = next((p.name for p in named if p.kind == "country"), hint)
        place = lookup_place(first.name, country_hint=hint)
        chain = place_chain(place) if place else []
        have = {p.kind for p in named}
        out.extend(PlaceRecord(p.name, p.kind, _written_in_full(ctx, p)) for p in named)
        written = _written_forms(ctx, sents)
        out.extend(PlaceRecord(p.name, p.kind, written.get((p.name, p.kind))) for p in chain if p.kind not in have)
    return out


_LABELS = _rule("labelled-place-line")
#: "Venue: Hotel Plaza Real, Mendoza, Argentina", "Where: Marina Bay Convention Hall, Singapore":
#: an organiser's page writes where on a line of its own after a label, or between bars on a
#: listing's line ("Date: 10-12 June | Place: Bergen, Norway")
_LABELLED = patterns.compile(
    r"(?:^|(?<=\|))[ \t]*(?:[-–•*·▪◦●][ \t]*)?(?:" + "|".join(re.escape(c) for c in _LABELS["cues"])
    + r")[ \t]*:[ \t]*(?P<v>[^\n|]{2,160}?)[ \t.]*(?:$|(?=\|))",
    re.I | re.M)
_NOT_A_VENUE = frozenset(_LABELS["not_venue"])


def _labelled_place(ctx: Context) -> tuple[PlaceRecord | None, list[tuple[str, SourceSpan]]]:
    """The venue and the places labelled lines give ("Venue: X Centre, City, Country"; a
    bullet may open the line): the parts between commas that the gazetteer knows are places,
    and a first part it does not know, in capitalized words, is the venue. The first line
    with a venue and the first with places (one line may give both)."""
    text = doc_text(ctx.doc)
    if ":" not in text:
        return None, []
    found_venue, found_places = None, []  # ("• Location: Durban, South Africa" then "• Venue: X Centre")
    for m in _LABELLED.finditer(text):
        venue, places = None, []
        pos = m.start("v")
        for k, part in enumerate(m.group("v").split(",")):
            start = pos + len(part) - len(part.lstrip())
            pos += len(part) + 1
            name = part.strip()
            if not name:
                continue
            span = source_span(ctx.doc, start, start + len(name))
            place = lookup_place(clean_name(name))
            if place is not None and place.kind in ("city", "region", "country"):
                places.append((name, span))
            elif k == 0 and name.lower() not in _NOT_A_VENUE and len(name.split()) <= 8 \
                    and all(w[:1].isupper() or w.lower() in ("of", "the", "and", "&", "de", "du", "des", "la", "del", "di")
                            for w in name.split()):
                venue = PlaceRecord(name, "venue", span)
            else:
                break  # "Where: online, from home": no place line
        found_venue = found_venue or venue
        found_places = found_places or places
        if found_venue is not None and found_places:
            break
    return found_venue, found_places


_CAPITAL = get_string_id("capital")


def _place_tokens(doc: Doc) -> list[int]:
    """The tokens :func:`event_places` reads a city or capital from: proper nouns, and the
    noun 'capital'."""
    def keep(doc: Doc):
        a = doc_matrix(doc, (POS, LOWER))
        return (a[:, 0] == PROPN) | ((a[:, 0] == NOUN) & (a[:, 1] == _CAPITAL))

    return doc_indices(doc, "ekg_place_tokens", keep)


def _sole_country(sents: list[Span]) -> str | None:
    """The one country the event's sentences name, as a country or its people ('exhibitors
    from across Germany', 'German exhibitors'), if they name exactly one."""
    seen = set()
    for sent in sents:
        for ent in ents_in(sent):
            place = country_of_demonym(ent.text) if ent.label_ == "NORP" else \
                lookup_place(clean_name(ent.text)) if ent.label_ in ("GPE", "LOC") else None
            if place is not None and place.kind == "country":
                seen.add(place.name)
    return next(iter(seen)) if len(seen) == 1 else None


def _full_span(doc, start: int, end: int, place: Place) -> Span:
    """'Guangxi' -> 'Guangxi Zhuang Autonomous Region': the capitalized words after a place
    name that still name the same place (at most four)."""
    toks = doc_tokens(doc)
    best = end
    for j in range(end + 1, min(end + 5, len(toks)) + 1):
        if not toks[j - 1].text[:1].isupper() or not toks[j - 1].is_alpha:
            break
        again = lookup_place(doc[start:j].text)
        if again is not None and again.name == place.name:
            best = j
    return doc[start:best]


def _written_in_full(ctx: Context, p: PlaceRecord) -> SourceSpan | None:
    if p.span is None or p.kind not in ("region", "country", "city"):
        return p.span
    span = ctx.doc.char_span(p.span.start, p.span.end, alignment_mode="expand")
    place = lookup_place(p.name)
    if span is None or place is None:
        return p.span
    full = _full_span(ctx.doc, span.start, span.end, place)
    return source_span(full) if full.end > span.end else p.span


def _written_forms(ctx: Context, sents: list[Span]) -> dict[tuple[str, str], SourceSpan]:
    """Where the event's sentences write a region or country of the chain ('capital of south
    China's Guangxi Zhuang Autonomous Region'): its span, so the graph keeps the name as written."""
    out: dict[tuple[str, str], SourceSpan] = {}
    for sent in sents:
        for ent in ents_in(sent):
            if ent.label_ in ("GPE", "LOC"):
                place = lookup_place(clean_name(ent.text))
                if place is not None and place.kind in ("region", "country"):
                    full = _full_span(ctx.doc, ent.start, ent.end, place)
                    if len(full) > 1:
                        out.setdefault((place.name, place.kind), source_span(full))
    return out


_RUN = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}"
_HEADLINE_PLACE = patterns.compile(
    rf"\b(?:in|at)\s+(?P<at>{_RUN})"
    rf"|(?P<adj>{_RUN})(?:['’]s)?\s+(?:[a-z][\w-]*\s+){{0,3}}(?:{'|'.join(sorted(EVENT_HEADS, key=len, reverse=True))})\b"
    rf"|(?P<host>{_RUN})\s+(?:hosts|to host|will host|welcomes|to welcome|set to host)\b")


def _headline_city(ctx: Context, found: _Places, hint: str | None) -> None:
    """The city the headline places the event in when the body names none: 'X opens in
    City', 'City trade fair draws 5,000', 'City hosts X'. The gazetteer must know it strictly
    as a city (one to three words of the run), in the country the text names if any."""
    title = ctx.document.title or ctx.result.source.headline or ""
    country = next((p.name for p in found.named if p.kind == "country"), None)
    for m in _HEADLINE_PLACE.finditer(title):
        words = next(g for g in m.groups() if g).split()
        runs = [" ".join(words[:n]) for n in range(len(words), 0, -1)]
        if m.group("adj"):
            runs += [" ".join(words[-n:]) for n in range(len(words) - 1, 0, -1)]
        for run in runs:
            city = known_city(run, hint)
            if city is not None and (country is None or city.country == country):
                found.take(run, None, hint)
                return


#: a town smaller than this, alone in another country than the dateline's, is not where the
#: event is (rule town-abroad-of-the-dateline)
_FAR_TOWN_POPULATION = int(_rule("town-abroad-of-the-dateline")["max_population"])


def _drop_far_town(ctx: Context, found: _Places, filed: str | None) -> None:
    """A town named alone after 'at' or 'to' (no region or country written with it), in
    another country than the dateline's, with fewer than :data:`_FAR_TOWN_POPULATION` people and
    no capital, is another thing of the same name (a venue: 'comes to Olympia' in a London
    release): dropped, so the dateline's city stands ('opens in Annecy' stays). ``filed``: the
    dateline's country."""
    if filed is None:
        return
    keep = []
    for p in found.named:
        place = lookup_place(p.name) if p.kind == "city" else None
        if place is not None and place.country and place.country != filed and _after_at_or_to(ctx, p) \
                and city_population(place) < _FAR_TOWN_POPULATION and not is_capital(place):
            continue
        keep.append(p)
    found.named = keep


def _after_at_or_to(ctx: Context, p: PlaceRecord) -> bool:
    """Is the place written right after 'at' or 'to' (where a venue goes; a town is 'in')?"""
    if p.span is None:
        return False
    at = token_range(ctx.doc, p.span.start, p.span.end)
    return bool(at) and at[0] > 0 and doc_tokens(ctx.doc)[at[0] - 1].lower_ in ("at", "to")


def _add_dateline(ctx: Context, found: _Places) -> None:
    """The dateline names where the release was filed: usually the event's city, unless the
    places the text gives are elsewhere (another country or region)."""
    extra = dateline_places(ctx)
    if not extra:
        return
    have = {p.kind: p.name for p in found.named}
    if have.get("country") not in (None, next((p.name for p in extra if p.kind == "country"), None)):
        return
    if "region" in have and have["region"] not in [p.name for p in extra]:
        return
    kinds = {e.kind for e in extra}
    found.named = extra + [p for p in found.named if p.kind not in kinds]


def dateline_places(ctx: Context) -> list[PlaceRecord]:
    dl = ctx.result.source.dateline
    if not dl:
        return []
    parts = [p.strip() for p in re.split(r"[,\[\]]", dl) if p.strip()]
    if not parts:
        return []
    hint = parts[-1] if len(parts) > 1 else None  # "NEW YORK, NY, UNITED STATES": the country is last
    outer_name = parts[1] if len(parts) > 1 else None
    first = parts[0].split("/")[0].strip()  # "SPLIT / ZADAR, Croatia": the first city
    written = first.title() if first.isupper() else first
    place = lookup_place(canonical_place_name(written), country_hint=hint)
    if place is None:
        # a town too small for the gazetteer: keep it as written, placed in what follows it
        outer = lookup_place(outer_name.title() if outer_name.isupper() else outer_name) if outer_name else None
        if outer is None or len(written.split()) > 3:
            return []
        span = ctx.result.source.span
        town = PlaceRecord(written, "city", SourceSpan(span.start, span.start + len(first), written) if span else None)
        return [town] + [PlaceRecord(p.name, p.kind) for p in place_chain(outer)]
    span = ctx.result.source.span
    chain = place_chain(place)
    city = PlaceRecord(chain[0].name, chain[0].kind,
                       SourceSpan(span.start, span.start + len(first), written) if span else None)
    return [city] + [PlaceRecord(p.name, p.kind) for p in chain[1:]]
