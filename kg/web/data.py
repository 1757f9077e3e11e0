"""What the pages show, read straight from a pyoxigraph store by triple patterns.

A page is about one node (an event, a release, a series), so it is a handful of indexed
lookups from that node, not a SPARQL query over the whole store: an event page of a
1,000-release store takes a few milliseconds. :class:`GraphView` reads the store's union of
documents: the default graph of a store laid out by kg (see :mod:`kg.corpus.store`), else
all graphs, deduplicated.

Everything returned is plain data (dataclasses of strings, numbers and dates) for the
templates; terms are named by IRI strings.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from functools import lru_cache

import pyoxigraph as ox

from kg.corpus.store import union_in_default_graph
from kg.rdf import namespaces as ns

__all__ = [
    "DocRef",
    "DocText",
    "EventDetail",
    "EventSummary",
    "Evidence",
    "Fact",
    "GraphView",
    "Ref",
    "Role",
    "Session",
    "Stat",
    "event_detail",
    "event_summaries",
    "format_number",
    "local_key",
]



class _Terms:
    """IRIs of a namespace as plain ``str`` (pyoxigraph gives plain strings; an rdflib
    ``URIRef`` never equals a ``str``, so sets and dicts of both would never match)."""

    def __init__(self, base: str) -> None:
        self.base = base

    def __getattr__(self, name: str) -> str:
        if name.startswith("__"):
            raise AttributeError(name)
        return self.base + name

    def __getitem__(self, name: str) -> str:
        return self.base + name


SDO = _Terms(str(ns.SDO))
EKG = _Terms(str(ns.EKG))
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
PROV_DERIVED = "http://www.w3.org/ns/prov#wasDerivedFrom"
SKOS_LABEL = "http://www.w3.org/2004/02/skos/core#prefLabel"
XSD = "http://www.w3.org/2001/XMLSchema#"
_ID = str(ns.ID)
_EKG = str(ns.EKG)

#: the roles of the contract, in the order a page lists them, with their label
ROLES: list[tuple[str, str]] = [
    (EKG.host, "host"), (EKG.organizer, "organizer"), (EKG.coOrganizer, "co-organizer"),
    (SDO.sponsor, "sponsor"), (EKG.supporter, "supporter"), (EKG.partner, "partner"),
    (EKG.guestOfHonor, "guest of honour"),
]
QUALIFIERS = {"Exact": ("", "exact"), "MoreThan": (">", "more than"), "AtLeast": ("≥", "at least"),
              "Approximately": ("~", "approximately"), "Nearly": ("≈", "nearly"),
              "UpTo": ("≤", "up to"), "LessThan": ("<", "less than")}
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


@lru_cache(maxsize=1024)
def _nn(iri: str) -> ox.NamedNode:
    return ox.NamedNode(iri)


def local_key(iri: str) -> str | None:
    """``event-2024-…`` for an ``ekgid:`` IRI (what page URLs use), else None."""
    if iri.startswith(_ID) and len(iri) > len(_ID) and "/" not in iri[len(_ID):]:
        return iri[len(_ID):]
    return None


def format_number(value: Decimal | float | str | None) -> str:
    """9587000 -> '9,587,000'; 35.8 -> '35.8'; anything else as written."""
    if value is None:
        return ""
    try:
        d = Decimal(str(value))
    except InvalidOperation:
        return str(value)
    if not d.is_finite():
        return str(value)
    if d == d.to_integral_value():
        return f"{int(d):,}"
    text = f"{d:,f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


class GraphView:
    """Triple lookups over the union of a store's documents, deduplicated, in store order.

    A node's outgoing triples are read in one lookup and kept (the graph a server shows
    does not change): a page asks a node for its name, types, dates and links one after
    another, and one lookup instead of ten made an event page of a 1,000-release store
    ~3x faster. ``cache_size`` bounds how many nodes are kept."""

    def __init__(self, store: ox.Store, cache_size: int = 100_000) -> None:
        self.store = store
        self._graph = ox.DefaultGraph() if union_in_default_graph(store) else None
        self._props: dict[str, dict[str, list]] = {}
        self._cache_size = cache_size

    def props(self, s: str) -> dict[str, list]:
        """``predicate IRI -> [objects]`` of node ``s``."""
        got = self._props.get(s)
        if got is None:
            got = {}
            for q in self.store.quads_for_pattern(_nn(s), None, None, self._graph):
                objs = got.setdefault(q.predicate.value, [])
                if q.object not in objs:
                    objs.append(q.object)
            if len(self._props) >= self._cache_size:
                self._props.clear()
            self._props[s] = got
        return got

    def objects(self, s: str, p: str) -> list:
        return self.props(s).get(p, [])

    def subjects(self, p: str, o) -> list[str]:
        obj = _nn(o) if isinstance(o, str) else o
        return list(dict.fromkeys(q.subject.value for q in self.store.quads_for_pattern(None, _nn(p), obj, self._graph)
                                  if isinstance(q.subject, ox.NamedNode)))

    def iris(self, s: str, p: str) -> list[str]:
        return [o.value for o in self.objects(s, p) if isinstance(o, ox.NamedNode)]

    def value(self, s: str, p: str):
        objs = self.props(s).get(p)
        return objs[0] if objs else None

    def text(self, s: str, p: str) -> str | None:
        v = self.value(s, p)
        return None if v is None else v.value

    def iri(self, s: str, p: str) -> str | None:
        v = self.value(s, p)
        return v.value if isinstance(v, ox.NamedNode) else None

    def types(self, s: str) -> set[str]:
        return {o.value for o in self.objects(s, RDF_TYPE) if isinstance(o, ox.NamedNode)}

    def has_type(self, s: str, t: str) -> bool:
        return any(isinstance(o, ox.NamedNode) and o.value == t for o in self.objects(s, RDF_TYPE))

    def label(self, s: str) -> str:
        for p in (SDO.name, SKOS_LABEL, SDO.headline):
            v = self.text(s, p)
            if v:
                return v
        return s.rsplit("/", 1)[-1].rsplit("#", 1)[-1]


# --------------------------------------------------------------------------- records


@dataclass(frozen=True)
class Ref:
    """A node to name and link: its IRI, label and kind (event, agent, place, ...)."""

    iri: str
    label: str
    kind: str = "thing"

    @property
    def key(self) -> str | None:
        return local_key(self.iri)


@dataclass(frozen=True)
class Evidence:
    doc: str
    start: int
    end: int
    quote: str
    sentence: str | None = None


@dataclass
class DocRef:
    iri: str
    headline: str
    published: str | None = None
    dateline: str | None = None
    url: str | None = None
    publisher: str | None = None
    has_text: bool = False

    @property
    def key(self) -> str | None:
        return local_key(self.iri)


@dataclass
class Role:
    role: str
    agent: Ref
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class Session:
    ref: Ref
    count: int | None
    topics: list[Ref]
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class Stat:
    iri: str
    value: str          # formatted: "9,587,000"
    number: float | None
    unit: str
    measure: Ref | None
    about: Ref | None
    period: str | None
    qualifier: str      # "more than", "" for exact
    symbol: str         # ">", "" for exact
    comparison: str | None
    base: str | None    # the iri of the figure this one is a change of
    base_text: str | None
    doc: str | None
    evidence: list[Evidence] = field(default_factory=list)

    @property
    def key(self) -> str | None:
        return local_key(self.iri)

    @property
    def base_key(self) -> str | None:
        return local_key(self.base) if self.base else None

    @property
    def is_change(self) -> bool:
        return self.comparison is not None or self.base is not None


@dataclass
class EventSummary:
    iri: str
    name: str
    kinds: list[str]
    start: str | None
    end: str | None
    year: int | None
    places: list[Ref]
    releases: int

    @property
    def key(self) -> str | None:
        return local_key(self.iri)

    @property
    def place_text(self) -> str:
        return ", ".join(p.label for p in self.places)


@dataclass
class EventDetail:
    summary: EventSummary
    venue: Ref | None
    theme: str | None
    edition: int | None
    series: Ref | None
    editions: list[EventSummary]
    super_events: list[Ref]
    sub_events: list[Ref]
    sessions: list[Session]
    topics: list[tuple[Ref, list[Evidence]]]
    roles: list[Role]
    stats: list[Stat]
    docs: list[DocRef]
    evidence: list[Evidence]


@dataclass(frozen=True)
class Fact:
    """An evidence span of a release and what was read there ("host: X", "visitors: 12,000 visitor")."""

    evidence: Evidence
    said: str


@dataclass
class DocText:
    doc: DocRef
    text: str | None
    about: list[Ref]
    facts: list[Fact]

    @property
    def spans(self) -> list[tuple[int, int]]:
        return [(f.evidence.start, f.evidence.end) for f in self.facts]

    @property
    def titles(self) -> dict[tuple[int, int], str]:
        return {(f.evidence.start, f.evidence.end): f.said for f in self.facts}

    def fact_at(self, start: int, end: int) -> Fact | None:
        return next((f for f in self.facts if (f.evidence.start, f.evidence.end) == (start, end)), None)


# --------------------------------------------------------------------------- readers


def _int(term) -> int | None:
    if term is None:
        return None
    try:
        return int(term.value)
    except (TypeError, ValueError):
        return None


def kind_of(view: GraphView, iri: str) -> str:
    types = view.types(iri)
    if SDO.EventSeries in types:
        return "series"
    if EKG.Session in types:
        return "session"
    if SDO.Event in types:
        return "event"
    if types & {SDO.Place, SDO.Country, SDO.City, SDO.AdministrativeArea}:
        return "place"
    if types & {SDO.Organization, SDO.Person, SDO.GovernmentOrganization}:
        return "agent"
    if SDO.NewsArticle in types:
        return "doc"
    if EKG.Statistic in types:
        return "statistic"
    if "http://www.w3.org/2004/02/skos/core#Concept" in types:
        return "measure" if iri.startswith(_ID + "measure-") else "topic"
    return "thing"


def ref(view: GraphView, iri: str, kind: str | None = None) -> Ref:
    return Ref(iri, view.label(iri), kind or kind_of(view, iri))


def evidence_of(view: GraphView, node: str, docs: set[str] | None = None) -> list[Evidence]:
    """The evidence spans of ``node`` (from the releases in ``docs`` when given), in text order."""
    out = []
    for ev in view.iris(node, EKG.evidence):
        doc = view.iri(ev, PROV_DERIVED)
        if docs is not None and doc not in docs:
            continue
        start, end = _int(view.value(ev, EKG.start)), _int(view.value(ev, EKG.end))
        if doc is None or start is None or end is None:
            continue
        out.append(Evidence(doc, start, end, view.text(ev, EKG.quote) or "", view.text(ev, EKG.sentence)))
    return sorted(out, key=lambda e: (e.doc, e.start, e.end))


def place_chain(view: GraphView, iri: str | None, limit: int = 6) -> list[Ref]:
    """The place and the places it lies in, innermost first (venue, city, region, country)."""
    chain: list[Ref] = []
    seen: set[str] = set()
    while iri is not None and iri not in seen and len(chain) < limit:
        seen.add(iri)
        chain.append(Ref(iri, view.label(iri), "place"))
        iri = view.iri(iri, SDO.containedInPlace)
    return chain


def _kinds(view: GraphView, iri: str) -> list[str]:
    return sorted(t[len(_EKG):] for t in view.types(iri) if t.startswith(_EKG)) or ["Event"]


def _year(start: str | None, name: str) -> int | None:
    if start and start[:4].isdigit():
        return int(start[:4])
    m = _YEAR.search(name)
    return int(m.group(1)) if m else None


def event_summary(view: GraphView, iri: str) -> EventSummary:
    name = view.label(iri)
    start, end = view.text(iri, SDO.startDate), view.text(iri, SDO.endDate)
    return EventSummary(
        iri=iri, name=name, kinds=_kinds(view, iri), start=start, end=end, year=_year(start, name),
        places=place_chain(view, view.iri(iri, SDO.location)),
        releases=len(view.iris(iri, PROV_DERIVED)),
    )


def event_iris(view: GraphView) -> list[str]:
    """Every event that is not a session group."""
    return [e for e in view.subjects(RDF_TYPE, SDO.Event) if not view.has_type(e, EKG.Session)]


def event_summaries(view: GraphView) -> list[EventSummary]:
    """All events, the latest first (undated ones last), then by name."""
    rows = [event_summary(view, e) for e in event_iris(view)]
    rows.sort(key=lambda r: r.name.lower())
    rows.sort(key=lambda r: r.start or (f"{r.year:04d}" if r.year else ""), reverse=True)
    return rows


def _web_url(url: str | None) -> str | None:
    """A link a page may show: http(s) only (a store of other tools may hold any IRI)."""
    return url if url and url.lower().startswith(("http://", "https://")) else None


def doc_ref(view: GraphView, iri: str) -> DocRef:
    publisher = view.iri(iri, SDO.publisher)
    return DocRef(
        iri=iri, headline=view.text(iri, SDO.headline) or local_key(iri) or iri,
        published=view.text(iri, SDO.datePublished), dateline=view.text(iri, SDO.dateline),
        url=_web_url(view.iri(iri, SDO.url)), publisher=view.label(publisher) if publisher else None,
        has_text=view.value(iri, SDO.text) is not None,
    )


def stat(view: GraphView, iri: str) -> Stat:
    value = view.value(iri, SDO.value)
    try:
        number = float(value.value) if value is not None else None
    except ValueError:
        number = None
    qual = view.iri(iri, EKG.qualifier)
    symbol, qualifier = QUALIFIERS.get(qual.rsplit("#", 1)[-1], ("", "")) if qual else ("", "")
    measure = view.iri(iri, SDO.measuredProperty)
    about = view.iri(iri, SDO.observationAbout)
    base = view.iri(iri, EKG.changeOf)
    base_text = None
    if base is not None:
        bv = view.value(base, SDO.value)
        base_text = " ".join(x for x in (format_number(bv.value if bv is not None else None),
                                         view.text(base, SDO.unitText) or "") if x)
        bp = view.text(base, EKG.period)
        if bp:
            base_text += f" ({bp})"
    return Stat(
        iri=iri, value=format_number(value.value if value is not None else None), number=number,
        unit=view.text(iri, SDO.unitText) or "",
        measure=ref(view, measure, "measure") if measure else None,
        about=ref(view, about) if about else None,
        period=view.text(iri, EKG.period), qualifier=qualifier if qualifier != "exact" else "",
        symbol=symbol, comparison=view.text(iri, EKG.comparison), base=base, base_text=base_text,
        doc=view.iri(iri, PROV_DERIVED), evidence=evidence_of(view, iri),
    )


def _first_start(ev: list[Evidence]) -> tuple[int, int]:
    return (ev[0].start, ev[0].end) if ev else (1 << 30, 0)


def stats_of_docs(view: GraphView, docs: Iterable[str]) -> list[str]:
    out: list[str] = []
    for d in docs:
        out += [s for s in view.subjects(PROV_DERIVED, d) if view.has_type(s, EKG.Statistic)]
    return list(dict.fromkeys(out))


def event_stats(view: GraphView, iri: str) -> list[Stat]:
    """The figures of the releases whose main event this is, and any figure about it."""
    main_docs = [d for d in view.subjects(SDO.about, iri) if view.has_type(d, SDO.NewsArticle)]
    iris = stats_of_docs(view, main_docs) + view.subjects(SDO.observationAbout, iri)
    stats = [stat(view, s) for s in dict.fromkeys(iris) if view.has_type(s, EKG.Statistic)]
    return sorted(stats, key=lambda s: (s.doc or "", _first_start(s.evidence)))


def event_detail(view: GraphView, iri: str) -> EventDetail | None:
    if not view.has_type(iri, SDO.Event):
        return None
    summary = event_summary(view, iri)
    docs = set(view.iris(iri, PROV_DERIVED))
    location = view.iri(iri, SDO.location)
    venue = None
    if location is not None:
        types = view.types(location)
        if not types & {SDO.City, SDO.AdministrativeArea, SDO.Country}:
            venue = Ref(location, view.label(location), "place")

    assignments: dict[tuple[str, str], list[Evidence]] = {}
    for ra in view.subjects(EKG.event, iri):
        role, agent = view.iri(ra, EKG.role), view.iri(ra, EKG.agent)
        if role and agent:
            assignments.setdefault((role, agent), []).extend(evidence_of(view, ra))
    roles = []
    for predicate, label in ROLES:
        for agent in view.iris(iri, predicate):
            roles.append(Role(label, ref(view, agent, "agent"), sorted(assignments.get((predicate, agent), []),
                                                                     key=lambda e: e.start)))

    sessions, sub_events = [], []
    for sub in view.iris(iri, SDO.subEvent) + [s for s in view.subjects(SDO.superEvent, iri)]:
        if any(s.ref.iri == sub for s in sessions) or any(r.iri == sub for r in sub_events):
            continue
        if view.has_type(sub, EKG.Session):
            sessions.append(Session(
                ref=Ref(sub, view.label(sub), "session"), count=_int(view.value(sub, EKG["count"])),
                topics=sorted((ref(view, t, "topic") for t in view.iris(sub, SDO.about)), key=lambda r: r.label),
                evidence=evidence_of(view, sub)))
        else:
            sub_events.append(ref(view, sub, "event"))
    sessions.sort(key=lambda s: _first_start(s.evidence))

    series = view.iri(iri, EKG.inSeries)
    editions = []
    if series is not None:
        editions = sorted((event_summary(view, e) for e in view.subjects(EKG.inSeries, series) if e != iri),
                          key=lambda e: (e.year or 0, e.name))
    topics = [(ref(view, t, "topic"), evidence_of(view, t, docs)) for t in view.iris(iri, SDO.about)]
    topics.sort(key=lambda t: (_first_start(t[1]), t[0].label))
    edition = _int(view.value(iri, EKG.edition))
    return EventDetail(
        summary=summary, venue=venue, theme=view.text(iri, EKG.theme), edition=edition,
        series=ref(view, series, "series") if series else None, editions=editions,
        super_events=[ref(view, s, "event") for s in view.iris(iri, SDO.superEvent)],
        sub_events=sub_events, sessions=sessions, topics=topics, roles=roles,
        stats=event_stats(view, iri),
        docs=sorted((doc_ref(view, d) for d in docs), key=lambda d: (d.published or "", d.headline)),
        evidence=evidence_of(view, iri),
    )


def describe_fact(view: GraphView, node: str) -> str:
    """What a fact with evidence says, in a few words (the tooltip of its span)."""
    types = view.types(node)
    if EKG.Statistic in types:
        s = stat(view, node)
        what = s.measure.label if s.measure else "figure"
        return f"{what}: {s.symbol}{s.value} {s.unit}".strip()
    if EKG.RoleAssignment in types:
        role, agent = view.iri(node, EKG.role), view.iri(node, EKG.agent)
        label = dict(ROLES).get(role, role.rsplit("#", 1)[-1] if role else "role")
        return f"{label}: {view.label(agent) if agent else '?'}"
    kind = kind_of(view, node)
    return f"{kind}: {view.label(node)}"


def doc_text(view: GraphView, iri: str) -> DocText | None:
    """A release's text and every evidence span read from it, in text order."""
    if not view.has_type(iri, SDO.NewsArticle):
        return None
    facts: list[Fact] = []
    for ev in view.subjects(PROV_DERIVED, iri):
        if not view.has_type(ev, EKG.Evidence):
            continue
        start, end = _int(view.value(ev, EKG.start)), _int(view.value(ev, EKG.end))
        if start is None or end is None:
            continue
        said = "; ".join(describe_fact(view, n) for n in view.subjects(EKG.evidence, ev))
        evidence = Evidence(iri, start, end, view.text(ev, EKG.quote) or "", view.text(ev, EKG.sentence))
        facts.append(Fact(evidence, said))
    facts.sort(key=lambda f: (f.evidence.start, f.evidence.end))
    return DocText(doc=doc_ref(view, iri), text=view.text(iri, SDO.text),
                   about=[ref(view, e, "event") for e in view.iris(iri, SDO.about)], facts=facts)


def parse_date(text: str | None) -> date | None:
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None
