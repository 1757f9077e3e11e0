"""Records -> triples under the contract (``../shared/CONTRACT.md``, ``docs/graph-model.md``).

``map_document`` turns one document's :class:`~kg.extract.records.Extraction` into a list of
triples; the caller puts them in the document's named graph. IRIs are minted from names
(events, agents, places, topics, measures) or from the document id and a position
(statistics, evidence), so the same input always gives the same graph and the graphs of
many releases share their agents, places and event series.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from functools import lru_cache

from rdflib import Literal, URIRef
from rdflib.namespace import OWL, PROV, RDF, SKOS, XSD

from kg.extract.common import agent_key
from kg.extract.lexicon import KIND_CLASS
from kg.extract.records import EventRecord, Extraction, PlaceRecord, SourceSpan, StatisticRecord
from kg.graph.oxterms import plain_literal
from kg.normalize.places import (
    Place,
    another_town,
    canonical_place_name,
    country,
    country_aliases,
    lookup_place,
    place_chain,
)
from kg.pipeline import patterns
from kg.pipeline.document import Document, valid_iri
from kg.rdf.namespaces import EKG, GEONAMES, ID, SDO, mint, slug

Triple = tuple[URIRef, URIRef, object]

#: role -> predicates asserted directly on the event (the contract's terms)
ROLE_PREDICATES: dict[str, tuple[URIRef, ...]] = {
    "host": (EKG.host, SDO.organizer),
    "organizer": (EKG.organizer, SDO.organizer),
    "coOrganizer": (EKG.coOrganizer, SDO.organizer),
    "sponsor": (SDO.sponsor,),
    "supporter": (EKG.supporter,),
    "partner": (EKG.partner,),
    "guestOfHonor": (EKG.guestOfHonor,),
}
PLACE_TYPES = {"city": SDO.City, "region": SDO.AdministrativeArea, "country": SDO.Country}
_YEAR_IN_NAME = patterns.compile(r"\b(19|20)\d{2}\b")
_GYEAR = patterns.compile(r"\d{4}")
_GYEARMONTH = patterns.compile(r"\d{4}-\d{2}")
_DATE = patterns.compile(r"\d{4}-\d{2}-\d{2}")
_ORDINAL = patterns.compile(r"\d+(st|nd|rd|th)", re.I)
_THE_OR_S = patterns.compile(r"^[Tt]he\s+|['’]s$")
_PROPER_NAME = patterns.compile(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,5}")
_HTTP_URL = patterns.compile(r"https?://\S+$")
_PLACE_ORDER = {"venue": 0, "place": 1, "city": 2, "region": 3, "country": 4}

# rdflib's closed namespaces resolve attributes on every access: look them up once
_OWL_SAMEAS = OWL.sameAs
_PROV_WASDERIVEDFROM = PROV.wasDerivedFrom
_RDF_TYPE = RDF.type
_SKOS_CONCEPT = SKOS.Concept
_SKOS_PREFLABEL = SKOS.prefLabel
_XSD_DATE = XSD.date
_XSD_DECIMAL = XSD.decimal
_XSD_GYEAR = XSD.gYear
_XSD_GYEARMONTH = XSD.gYearMonth
_EKG_COUNT = EKG["count"]
_EKG_EVIDENCE = EKG.Evidence
_EKG_QUOTE = EKG.quote
_EKG_START = EKG.start
_EKG_END = EKG.end
_EKG_SENTENCE = EKG.sentence
_GEONAMES_BASE = str(GEONAMES)
_EKG_TERMS: dict[str, URIRef] = {}


def _ekg_term(name: str) -> URIRef:
    """``EKG[name]``, made once per name (a handful of names: qualifiers)."""
    term = _EKG_TERMS.get(name)
    if term is None:
        if len(_EKG_TERMS) > 1024:
            _EKG_TERMS.clear()
        term = _EKG_TERMS[name] = EKG[name]
    return term


_INTEGERS: dict[int, Literal] = {}  # n -> Literal(n): offsets and counts recur in every release


def _integer(n: int) -> Literal:
    """``Literal(n)`` for an int, made once per value (a Literal is immutable)."""
    lit = _INTEGERS.get(n)
    if lit is None:
        if len(_INTEGERS) > 100_000:
            _INTEGERS.clear()
        lit = _INTEGERS[n] = Literal(n)
    return lit


def _text(value: str) -> Literal:
    """``Literal(value)`` for a plain string, made as rdflib makes it (the text as its lexical
    form and value, no language, no datatype) without its search for a datatype that fits
    a Python value and its Unicode checks (a few microseconds each, ~90 times a release,
    and one walk over the whole body for ``schema:text``). Anything but a ``str`` goes to
    ``Literal`` itself."""
    if type(value) is not str:
        return Literal(value)
    return plain_literal(value)


_DATES: dict[date, Literal] = {}  # d -> its xsd:date literal: the same days recur across releases


def _numbered(prefix: URIRef, *parts: int) -> URIRef:
    """``prefix`` (an IRI checked once) with integers and hyphens after it: always valid, so
    built without rdflib's per-character check, as ``ID[...]`` would build it."""
    return str.__new__(URIRef, str.__add__(prefix, "-".join(map(str, parts))))  # (URIRef's + checks again)


def doc_iri(document: Document) -> URIRef:
    return ID["doc-" + document.id]


def _date(d: date) -> Literal:
    """``Literal(d.isoformat(), datatype=xsd:date)``, made once per day (a Literal is immutable)."""
    lit = _DATES.get(d)
    if lit is None:
        if len(_DATES) > 100_000:
            _DATES.clear()
        lit = _DATES[d] = Literal(d.isoformat(), datatype=_XSD_DATE)
    return lit


#: a figure at or above this, or with more significant digits than MAX_DECIMAL_DIGITS, is
#: not one anybody reports: it is left out of the graph, with a warning
MAX_DECIMAL = Decimal(10) ** 40
MAX_DECIMAL_DIGITS = 50


def exact_decimal(v: float | int | Decimal) -> Decimal | None:
    """``v`` as the Decimal a literal is written from, or None when no valid, plausible
    ``xsd:decimal`` can be: not finite (Infinity, NaN), at least :data:`MAX_DECIMAL`, or
    more than :data:`MAX_DECIMAL_DIGITS` significant digits. A Decimal is kept exactly
    (integral values lose trailing zeros and exponent: 9.587E+6 -> 9587000); a float is
    written as its shortest repr, as before."""
    if isinstance(v, float):
        if v != v or v in (float("inf"), float("-inf")):
            return None
        d = Decimal(int(v)) if v.is_integer() else Decimal(repr(v))
    else:
        try:
            d = Decimal(v)
        except (TypeError, ValueError, ArithmeticError):
            return None
    if not d.is_finite() or abs(d) >= MAX_DECIMAL:
        return None
    if d == d.to_integral_value():
        return Decimal(int(d))
    d = _strip_trailing_zeros(d)
    return d if len(d.as_tuple().digits) <= MAX_DECIMAL_DIGITS else None


def _strip_trailing_zeros(d: Decimal) -> Decimal:
    """``d`` without trailing fractional zeros (2.50 -> 2.5), exactly: ``Decimal.normalize``
    would round to the context's 28 digits (1000000000000000000000000000.1 -> 1E+27)."""
    sign, digits, exponent = d.as_tuple()
    while exponent < 0 and len(digits) > 1 and digits[-1] == 0:
        digits, exponent = digits[:-1], exponent + 1
    return Decimal((sign, digits, exponent))


_TYPED: dict[tuple[str, str], Literal] = {}  # (lexical form, datatype) -> its literal: figures and periods recur


def _typed(text: str, datatype: URIRef) -> Literal:
    """``Literal(text, datatype=datatype)``, made once per value (a Literal is immutable)."""
    key = (text, datatype)
    lit = _TYPED.get(key)
    if lit is None:
        if len(_TYPED) > 100_000:
            _TYPED.clear()
        lit = _TYPED[key] = Literal(text, datatype=datatype)
    return lit


def _decimal(v: float | Decimal) -> Literal | None:
    d = exact_decimal(v)
    if d is None:
        return None
    return _typed(format(d, "f"), _XSD_DECIMAL)


def unwritable_values(extraction: Extraction) -> list[str]:
    """Why figures of ``extraction`` were left out of the graph (values no ``xsd:decimal``
    can hold)."""
    return [f'the figure "{_clip(st.span.text if st.span else str(st.value))}" is not a finite, plausible '
            "number; left out" for st in extraction.statistics if exact_decimal(st.value) is None]


def _clip(text: str, n: int = 60) -> str:
    return text if len(text) <= n else text[:n] + "…"


def period_literal(period: str) -> Literal:
    """'2023' -> xsd:gYear, '2024-07' -> xsd:gYearMonth, a date -> xsd:date, else a string."""
    if _GYEAR.fullmatch(period):
        return _typed(period, _XSD_GYEAR)
    if _GYEARMONTH.fullmatch(period):
        return _typed(period, _XSD_GYEARMONTH)
    if _DATE.fullmatch(period):
        return _typed(period, _XSD_DATE)
    return _text(period)


def series_name(name: str) -> str:
    """The name of an event's series: the edition's name without year or ordinal."""
    words = [w for w in name.split() if not _YEAR_IN_NAME.fullmatch(w)
             and not _ORDINAL.fullmatch(w)]
    return " ".join(words)


def event_iri(ev: EventRecord) -> URIRef:
    """Same event name (and year) -> same IRI, in every release."""
    if _YEAR_IN_NAME.search(ev.name) or ev.start is None:
        return mint("event", ev.name)
    return mint("event", f"{ev.name} {ev.start.year}")


@lru_cache(maxsize=16384)
def place_iri(place: Place) -> URIRef:
    """(Memoized: a Place is frozen, and the same places come back in every release.)"""
    if place.kind == "country" and place.iso_code:
        return ID["place-iso-" + place.iso_code.lower()]
    if place.geonames_id:
        return ID[f"place-gn-{place.geonames_id}"]
    return mint("place", place.name)


@lru_cache(maxsize=4096)
def _written(alias: str) -> re.Pattern:
    """``alias`` as a word of its own ('UAE', not 'UAEs' or 'e.UAE')."""
    return re.compile(r"(?<![\w.])" + re.escape(alias) + r"(?![\w])")


def agent_iri(name: str) -> URIRef:
    """One IRI per agent across releases: 'The X Group Ltd' and 'X Group' are one node."""
    return mint("agent", agent_key(name))


class _Mapper:
    """Accumulates the triples of one document."""

    def __init__(self, document: Document, extraction: Extraction) -> None:
        self.doc = document
        self.x = extraction
        self.doc_id = document.id  # (a hash of the whole text: computed once)
        self.doc_iri = ID["doc-" + self.doc_id]  # doc_iri(document)
        self.triples: list[Triple] = []
        self._places: set[URIRef] = set()
        self._nodes: set[URIRef] = set()
        self.event_iris: dict[str, URIRef] = {}
        self._ev_prefix = ID[f"ev-{self.doc_id}-"]
        self._role_prefix = ID[f"role-{self.doc_id}-"]
        self._stat_prefix = ID[f"stat-{self.doc_id}-"]

    def add(self, s, p, o) -> None:
        self.triples.append((s, p, o))

    def derived(self, node: URIRef) -> None:
        if node not in self._nodes:
            self._nodes.add(node)
            self.add(node, _PROV_WASDERIVEDFROM, self.doc_iri)

    def evidence(self, span: SourceSpan | None, sentence: SourceSpan | None = None) -> URIRef | None:
        if span is None:
            return None
        start, end = span.start, span.end
        ints = type(start) is int and type(end) is int
        ev = str.__new__(URIRef, f"{self._ev_prefix}{start}-{end}") if ints \
            else ID[f"ev-{self.doc_id}-{start}-{end}"]  # (as _numbered builds it)
        nodes = self._nodes
        if ev not in nodes:
            add = self.triples.append
            add((ev, _RDF_TYPE, _EKG_EVIDENCE))
            # the quote is the release's own text at the offsets (the parser read odd spaces
            # as plain ones: kg.normalize.spaces), so that it is exact
            add((ev, _EKG_QUOTE, _text(self._quote(span))))
            add((ev, _EKG_START, _integer(start) if type(start) is int else Literal(start)))
            add((ev, _EKG_END, _integer(end) if type(end) is int else Literal(end)))
            if sentence is not None:
                add((ev, _EKG_SENTENCE, _text(self._quote(sentence).strip())))
            nodes.add(ev)  # self.derived(ev)
            add((ev, _PROV_WASDERIVEDFROM, self.doc_iri))
        return ev

    def _quote(self, span: SourceSpan) -> str:
        """The release's text at a span's offsets (the span's own text when its offsets are
        not the release's: a span made by hand)."""
        text, start, end = self.doc.text, span.start, span.end
        if type(start) is int and type(end) is int and 0 <= start <= end <= len(text) \
                and end - start == len(span.text):
            return text[start:end]
        return span.text

    # ------------------------------------------------------------------ places
    def place(self, place: Place) -> URIRef:
        iri = place_iri(place)
        if iri in self._places:
            return iri
        self._places.add(iri)
        self.add(iri, _RDF_TYPE, SDO.Place)
        self.add(iri, _RDF_TYPE, PLACE_TYPES.get(place.kind, SDO.Place))
        self.add(iri, SDO.name, _text(place.name))
        if place.geonames_id:
            self.add(iri, _OWL_SAMEAS, str.__new__(URIRef, f"{_GEONAMES_BASE}{place.geonames_id}/"))  # (digits: valid)
        if place.iso_code:
            self.add(iri, SDO.identifier, _text(place.iso_code))
        if place.kind == "country" and place.country_code:
            for alias in country_aliases(place.country_code):  # "UAE" as the release writes it
                for text in (self.doc.text, self.doc.title or ""):  # in its body or its headline
                    if (len(alias) > 2 or alias.isupper()) and alias in text and _written(alias).search(text):
                        self.add(iri, SDO.alternateName, _text(alias))
                        break
        self.derived(iri)
        chain = place_chain(place)
        if len(chain) > 1:
            parent = self.place(chain[1])
            self.add(iri, SDO.containedInPlace, parent)
        return iri

    def named_place(self, name: str, span: SourceSpan | None = None) -> URIRef:
        """A place the gazetteer does not know ('Walpeup', 'the Mallee region', a venue), by
        name; ``span`` is the evidence of its first mention."""
        iri = mint("place", name)
        if iri not in self._places:
            self._places.add(iri)
            self.add(iri, _RDF_TYPE, SDO.Place)
            self.add(iri, SDO.name, _text(name))
            self.derived(iri)
            ev = self.evidence(span)
            if ev is not None:
                self.add(iri, EKG.evidence, ev)
        return iri

    def place_by_name(self, name: str) -> URIRef | None:
        found = lookup_place(name)
        return self.place(found) if found else None

    def event_location(self, places: tuple[PlaceRecord, ...]) -> URIRef | None:
        """Link the event's places innermost-first: venue -> city -> region -> country."""
        ordered = sorted(places, key=lambda p: _PLACE_ORDER.get(p.kind, 1))
        hint = next((p.name for p in ordered if p.kind == "country"), None)
        region = next((p.name for p in ordered if p.kind == "region"), None)
        nodes: list[URIRef] = []
        unknown: list[int] = []
        venue = None
        for p in ordered:
            if p.kind == "venue":
                venue = self.named_place(p.name, p.span)
                continue
            found = lookup_place(p.name, country_hint=hint if p.kind != "country" else None)
            if found is not None and p.kind == "city" and another_town(found, region):
                found = None  # "Boone, Iowa" is not GeoNames' Boone, North Carolina
            if found is not None:
                iri = self.place(found)
                written = canonical_place_name(p.span.text) if p.span else None
                if written and written != found.name:
                    self.add(iri, SDO.alternateName, _text(written))  # "Frankfurt" for Frankfurt am Main
                full = _THE_OR_S.sub("", p.span.text.strip()) if p.span else None
                if full and full not in (written, found.name) and _PROPER_NAME.fullmatch(full):
                    self.add(iri, SDO.alternateName, _text(full))  # "Guangxi Zhuang Autonomous Region", as written
                nodes.append(iri)
            else:
                nodes.append(self.named_place(p.name))
                unknown.append(len(nodes) - 1)
        for i in unknown:  # a town the gazetteer does not know sits in the next place of the chain
            if i + 1 < len(nodes):
                self.add(nodes[i], SDO.containedInPlace, nodes[i + 1])
        if venue is not None and nodes:
            self.add(venue, SDO.containedInPlace, nodes[0])
        return venue or (nodes[0] if nodes else None)

    # ------------------------------------------------------------------ agents
    def agent(self, name: str, agent_type: str) -> URIRef:
        if agent_type == "Country":
            found = country(name)
            if found is not None:
                iri = self.place(found)
                if found.name != name:
                    self.add(iri, SDO.alternateName, _text(name))
                return iri
        iri = agent_iri(name)
        if iri not in self._nodes:
            if agent_type == "Person":
                self.add(iri, _RDF_TYPE, SDO.Person)
            else:
                self.add(iri, _RDF_TYPE, SDO.Organization)
                if agent_type in ("GovernmentOrganization", "Project"):  # schema.org subclasses of Organization
                    self.add(iri, _RDF_TYPE, SDO[agent_type])
            self.add(iri, SDO.name, _text(name))
            self.derived(iri)
        return iri

    def concept(self, kind: str, label: str) -> URIRef:
        iri = mint(kind, label)
        if iri not in self._nodes:
            self.add(iri, _RDF_TYPE, _SKOS_CONCEPT)
            self.add(iri, _SKOS_PREFLABEL, _text(label))
            self.derived(iri)
        return iri

    # ------------------------------------------------------------------ parts
    def source(self) -> None:
        s, d = self.x.source, self.doc_iri
        self.add(d, _RDF_TYPE, SDO.NewsArticle)
        if s.headline:
            self.add(d, SDO.headline, _text(s.headline))
        if s.published:
            self.add(d, SDO.datePublished, _date(s.published))
        if s.dateline:
            self.add(d, SDO.dateline, _text(s.dateline))
        if s.url and _HTTP_URL.match(s.url) and valid_iri(s.url):  # never an invalid IRI
            self.add(d, SDO.url, URIRef(s.url))
        if s.wire:
            self.add(d, SDO.publisher, self.agent(s.wire, "Organization"))
        if s.source_organization:
            self.add(d, SDO.sourceOrganization, self.agent(s.source_organization, "Organization"))
        self.add(d, SDO.identifier, _text(self.doc_id))
        # the body every ekg:start / ekg:end counts into, so a reader (kg serve, kg report)
        # can show each fact in its place in the release
        self.add(d, SDO.text, _text(self.doc.text))

    def events(self) -> None:
        for ev in self.x.events:
            self.event_iris[ev.key] = event_iri(ev)
        for ev in self.x.events:
            e = self.event_iris[ev.key]
            self.add(e, _RDF_TYPE, SDO.Event)
            self.add(e, _RDF_TYPE, EKG[KIND_CLASS.get(ev.kind, "Event")] if ev.kind in KIND_CLASS else SDO.Event)
            self.add(e, SDO.name, _text(ev.name))
            if ev.start:
                self.add(e, SDO.startDate, _date(ev.start))
            if ev.end:
                self.add(e, SDO.endDate, _date(ev.end))
            loc = self.event_location(ev.places)
            if loc is not None:
                self.add(e, SDO.location, loc)
            if ev.theme:
                self.add(e, EKG.theme, _text(ev.theme))
            if ev.edition:
                self.add(e, EKG.edition, _integer(ev.edition) if type(ev.edition) is int else Literal(ev.edition))
            if ev.part_of and ev.part_of in self.event_iris:
                sup = self.event_iris[ev.part_of]
                self.add(e, SDO.superEvent, sup)
                self.add(sup, SDO.subEvent, e)
            series = series_name(ev.name)
            if series and series != ev.name:
                s = mint("series", series)
                self.add(s, _RDF_TYPE, SDO.EventSeries)
                self.add(s, SDO.name, _text(series))
                self.add(e, EKG.inSeries, s)
                self.derived(s)
            ev_node = self.evidence(ev.span)
            if ev_node is not None:
                self.add(e, EKG.evidence, ev_node)
            self.derived(e)
            if ev.main:
                self.add(self.doc_iri, SDO.about, e)

    def roles(self) -> None:
        for n, r in enumerate(self.x.roles):
            e = self.event_iris.get(r.event)
            if e is None:
                continue
            a = self.agent(r.agent, r.agent_type)
            for p in ROLE_PREDICATES[r.role]:
                self.add(e, p, a)
            ev = self.evidence(r.span)
            if ev is None:
                continue  # a role assignment exists to carry its evidence
            ra = _numbered(self._role_prefix, n)
            self.add(ra, _RDF_TYPE, EKG.RoleAssignment)
            self.add(ra, EKG.event, e)
            self.add(ra, EKG.role, ROLE_PREDICATES[r.role][0])
            self.add(ra, EKG.agent, a)
            self.add(ra, EKG.evidence, ev)
            self.derived(ra)

    def sessions(self) -> None:
        nodes: dict[tuple[str, str], URIRef] = {}  # (event, label) -> session group
        counted: set[URIRef] = set()
        for s in self.x.sessions:
            e = self.event_iris.get(s.event)
            if e is None:
                continue
            # per document: two releases may count an event's sessions differently; a
            # second event of the release with a group of the same name gets its own node
            node = nodes.get((e, s.label))
            if node is None:
                taken = any(label == s.label for _, label in nodes)
                node = ID[f"session-{self.doc_id}-{slug(s.label)}"] if not taken else \
                    ID[f"session-{self.doc_id}-{e[len(ID):]}-{slug(s.label)}"]
                nodes[(e, s.label)] = node
            self.add(node, _RDF_TYPE, SDO.Event)
            self.add(node, _RDF_TYPE, EKG.Session)
            self.add(node, SDO.name, _text(s.label))
            if s.count is not None and node not in counted:  # one count per group: the first
                counted.add(node)
                self.add(node, _EKG_COUNT, _integer(s.count) if type(s.count) is int else Literal(s.count))
            self.add(node, SDO.superEvent, e)
            self.add(e, SDO.subEvent, node)
            ev = self.evidence(s.span)
            if ev is not None:
                self.add(node, EKG.evidence, ev)
            self.derived(node)
            for t in s.topics:
                self.add(node, SDO.about, self.topic(t))

    def topic(self, t) -> URIRef:
        iri = self.concept("topic", t.label)
        ev = self.evidence(t.span)
        if ev is not None:
            self.add(iri, EKG.evidence, ev)
        return iri

    def event_topics(self) -> None:
        for et in self.x.topics:
            e = self.event_iris.get(et.event)
            if e is not None:
                self.add(e, SDO.about, self.topic(et.topic))

    def statistics(self) -> None:
        iris = [_numbered(self._stat_prefix, n) for n in range(len(self.x.statistics))]
        values = [_decimal(st.value) for st in self.x.statistics]  # None: left out (unwritable_values)
        for n, st in enumerate(self.x.statistics):
            if values[n] is None:
                continue
            s = iris[n]
            self.add(s, _RDF_TYPE, SDO.Observation)
            self.add(s, _RDF_TYPE, EKG.Statistic)
            self.add(s, SDO.value, values[n])
            self.add(s, SDO.unitText, _text(st.unit))
            if st.measure:
                self.add(s, SDO.measuredProperty, self.concept("measure", st.measure))
            about = self.about(st)
            if about is not None:
                self.add(s, SDO.observationAbout, about)
            if st.period:
                self.add(s, EKG.period, period_literal(st.period))
            self.add(s, EKG.qualifier, _ekg_term(st.qualifier))
            if st.change_of is not None and 0 <= st.change_of < len(iris) and values[st.change_of] is not None:
                self.add(s, EKG.changeOf, iris[st.change_of])
            if st.comparison:
                self.add(s, EKG.comparison, _text(st.comparison))
            ev = self.evidence(st.span, st.sentence)
            if ev is not None:
                self.add(s, EKG.evidence, ev)
            self.derived(s)

    def other_edition(self, name: str) -> URIRef:
        """Another edition of an event, which a figure is about ('Expo-2016' in a release
        about Expo-2017): an event by its name."""
        e = mint("event", name)
        if e not in self._nodes:
            self.add(e, _RDF_TYPE, SDO.Event)
            self.add(e, SDO.name, _text(name))
            self.derived(e)
        return e

    def about(self, st: StatisticRecord) -> URIRef | None:
        if not st.about:
            return None
        if st.about_type == "Event":
            for ev in self.x.events:
                if ev.name == st.about:
                    return self.event_iris[ev.key]
            return self.other_edition(st.about)
        if st.about_type == "Place":
            found = lookup_place(st.about)
            if found is None:
                return self.named_place(st.about)
            iri = self.place(found)
            if found.name != st.about:
                self.add(iri, SDO.alternateName, _text(st.about))
            return iri
        return self.agent(st.about, "Project" if st.about_type == "Project" else "Organization")


def map_document(document: Document, extraction: Extraction) -> list[Triple]:
    """All triples of one document, ready for its named graph."""
    m = _Mapper(document, extraction)
    m.source()
    m.events()
    m.roles()
    m.sessions()
    m.event_topics()
    m.statistics()
    return m.triples
