"""Where an event happens: venue, city, region and country.

Places are read from the event's sentences where an "in" / "at" phrase hangs on a verb, on
a mention of the event, or on a venue; the release's dateline and the event's own name
fill in a missing city. Every city is linked to its region and country by the gazetteer.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from kg.extract.common import clean_name, entity_at, ents_in, lemma, source_span, span_text
from kg.extract.context import Context
from kg.extract.event_dates import MONTH, OTHER_EDITION
from kg.extract.lexicon import VENUE_WORDS
from kg.extract.records import PlaceRecord, SourceSpan
from kg.normalize.places import canonical_place_name, lookup_place, place_chain

_VENUE_RE = re.compile(
    r"\b(?:at|in|inside|to)\s+(?:the\s+)?((?:[A-Z][\w'’.&-]*)(?:\s+(?:of\s+the\s+|of\s+|and\s+|&\s+|d[eu]s?\s+|la\s+|del\s+|di\s+)?[A-Z][\w'’.&-]*){0,7}"
    r"(?:\s+(?:exhibition|convention|conference|congress|expo|event|trade)\s+(?:centre|center|hall|halls|grounds|park|complex))?)"
)


def _venue(sents: list[Span]) -> PlaceRecord | None:
    """'at Dubai World Trade Centre', 'at the Ningxiang High-tech Development Zone'."""
    for sent in sents:
        for m in _VENUE_RE.finditer(span_text(sent)):
            name = m.group(1).rstrip(".,;:")
            words = [w.lower().strip(".,") for w in name.split()]
            if any(w in VENUE_WORDS for w in words) and not re.match(MONTH, name):
                start = sent.start_char + m.start(1)
                return PlaceRecord(name, "venue", source_span(sent.doc, start, start + len(name)))
    return None


def _attached_to_event(ctx: Context, ent: Span) -> bool:
    """Is this place phrase about where the event happens? Its preposition must hang on a
    verb, on an event mention, or on another such place ('in Yibin City, Sichuan Province')."""
    head = ent.root.head
    hops = 0
    while head.dep_ in ("conj", "appos", "compound") and hops < 4:
        head = head.head
        hops += 1
    if ent.root.dep_ in ("conj", "appos") and ent.root.head.ent_type_ in ("GPE", "LOC"):
        head_ent = entity_at(ent.root.head)
        return head_ent is not None and head_ent.start < ent.start and _attached_to_event(ctx, head_ent)
    if ent.root.dep_ == "nsubj" and lemma(ent.root.head) in ("host", "welcome", "stage"):
        return True  # "Lyon will welcome ... for the seventh edition of ..."
    if (head.dep_ == "prep" or head.pos_ == "ADP") and head.lower_ in ("in", "at", "inside", "on", "across"):
        target = head.head
        return target.pos_ in ("VERB", "AUX") or ctx.is_mention_token(target) or target.ent_type_ in ("FAC",) \
            or target.lower_ in VENUE_WORDS
    return False


def event_places(ctx: Context, sents: list[Span], name_span: tuple[int, int] | None = None) -> list[PlaceRecord]:
    """Venue, then city / region / country, as the text names them after 'in' / 'at'."""
    doc = ctx.doc
    named: list[PlaceRecord] = []
    seen: set[str] = set()

    def take(ent: Span) -> None:
        text = clean_name(ent.text)
        if len(text) <= 2 and text.isupper():
            return  # "AI", "EV": not places
        name = canonical_place_name(text)
        if name.lower() in seen:
            return
        place = lookup_place(name)
        if place is None:
            return
        seen.add(name.lower())
        named.append(PlaceRecord(place.name, place.kind, source_span(ent)))

    for sent in sents:
        if OTHER_EDITION.search(span_text(sent)) or re.search(r"\b(?:is|are) planned for\b", span_text(sent)):
            continue  # "The seventh forum is planned for November 2025 in Basel"
        for ent in ents_in(sent):
            if ent.label_ in ("GPE", "LOC") and _attached_to_event(ctx, ent):
                take(ent)
            elif ent.label_ in ("ORG", "PERSON", "NORP") and ent.root.dep_ == "nsubj" \
                    and lemma(ent.root.head) in ("host", "welcome", "stage"):
                take(ent)  # "Lyon will welcome ...", Lyon taken for an organization: the gazetteer decides
    if not named and name_span is not None:
        for ent in ents_in(doc[name_span[0]:name_span[1]]):  # "Hunan (Changsha) Battery Industry Expo"
            if ent.label_ in ("GPE", "LOC"):
                take(ent)
    venue = _venue(sents)
    out = [venue] if venue else []
    order = {"city": 0, "region": 1, "country": 2}
    named.sort(key=lambda p: order.get(p.kind, 3))
    if named:
        first = named[0]
        hint = next((p.name for p in named if p.kind == "country"), None)
        place = lookup_place(first.name, country_hint=hint)
        chain = place_chain(place) if place else []
        have = {p.kind for p in named}
        out.extend(named)
        out.extend(PlaceRecord(p.name, p.kind) for p in chain if p.kind not in have)
    return out


def dateline_places(ctx: Context) -> list[PlaceRecord]:
    dl = ctx.result.source.dateline
    if not dl:
        return []
    parts = [p.strip() for p in re.split(r"[,\[\]]", dl) if p.strip()]
    if not parts:
        return []
    hint = parts[1] if len(parts) > 1 else None
    first = parts[0].split("/")[0].strip()  # "SPLIT / ZADAR, Croatia": the first city
    written = first.title() if first.isupper() else first
    place = lookup_place(canonical_place_name(written), country_hint=hint)
    if place is None:
        # a town too small for the gazetteer: keep it as written, placed in what follows it
        outer = lookup_place(hint) if hint else None
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
