"""The facts of a graph as small typed records: events and statistics, each with its
evidence (the exact quote, its character offsets, the document, and for a statistic the
sentence it was read from).

    >>> for stat in g.statistics():
    ...     print(stat.value, stat.unit, stat.measure, stat.evidence.quote)

Read from the graph alone (contract terms, ``../shared/CONTRACT.md``), so they work on a
graph just built, a graph file read back (``kg.load``) or a store. IRIs are plain strings.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF, SKOS
from rdflib.term import Node

from kg.graph.export import union_view
from kg.rdf.namespaces import EKG, SDO

__all__ = ["Evidence", "Event", "Statistic", "events", "statistics"]

#: role property -> role name, as :attr:`Event.roles` keys them
ROLES = {
    EKG.host: "host", EKG.organizer: "organizer", EKG.coOrganizer: "coOrganizer",
    SDO.sponsor: "sponsor", EKG.supporter: "supporter", EKG.partner: "partner",
    EKG.guestOfHonor: "guestOfHonor",
}


@dataclass(frozen=True)
class Evidence:
    """Where a fact was read: ``quote`` is exactly ``body[start:end]`` of ``document``."""

    quote: str
    start: int
    end: int
    document: str | None = None
    sentence: str | None = None  # the whole sentence (statistics)


@dataclass(frozen=True)
class Event:
    """An event (sessions apart): names, dates, place, roles, sessions, topics, evidence."""

    iri: str
    name: str
    kinds: tuple[str, ...] = ()  # ekg: classes by local name: ("Conference",)
    start: date | None = None
    end: date | None = None
    place: str | None = None  # innermost first: "Yibin, Sichuan, China"
    edition: int | None = None
    theme: str | None = None
    roles: dict[str, tuple[str, ...]] = field(default_factory=dict)  # "host" -> agent names
    sessions: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    main: bool = False  # a release is about it (schema:about)
    documents: tuple[str, ...] = ()
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True)
class Statistic:
    """One figure: ``value`` (exact Decimal) and ``unit``, what it measures and is about,
    its period and qualifier, for a change figure its comparison and base, and evidence."""

    iri: str
    value: Decimal | None
    unit: str | None
    measure: str | None = None
    about: str | None = None  # the name of the place, organization or event
    about_iri: str | None = None
    period: str | None = None  # ISO 8601: "2023", "2024-01/2024-07", a date
    qualifier: str = "Exact"  # Exact | MoreThan | AtLeast | Approximately | Nearly | UpTo | LessThan
    comparison: str | None = None  # "year-on-year"
    change_of: str | None = None  # IRI of the base statistic
    document: str | None = None
    evidence: Evidence | None = None


def _str(node: Node | None) -> str | None:
    return None if node is None else str(node)


def _name(g: Graph, node: Node | None) -> str | None:
    if node is None:
        return None
    for p in (SDO.name, SKOS.prefLabel):
        v = g.value(node, p)
        if v is not None:
            return str(v)
    return None


def _py(node: Node | None) -> Any:
    if isinstance(node, Literal):
        value = node.toPython()
        return str(node) if isinstance(value, Literal) else value
    return None if node is None else str(node)


def _local(iri: Node) -> str:
    return str(iri).rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def _evidence(g: Graph, ev: Node) -> Evidence | None:
    quote, start, end = g.value(ev, EKG.quote), g.value(ev, EKG.start), g.value(ev, EKG.end)
    if quote is None or start is None or end is None:
        return None
    return Evidence(quote=str(quote), start=int(start), end=int(end),
                    document=_str(g.value(ev, PROV.wasDerivedFrom)),
                    sentence=_str(g.value(ev, EKG.sentence)))


def _evidences(g: Graph, node: Node) -> tuple[Evidence, ...]:
    found = (_evidence(g, ev) for ev in g.objects(node, EKG.evidence))
    return tuple(sorted((e for e in found if e is not None),
                        key=lambda e: (e.document or "", e.start, e.end)))


def _place_chain(g: Graph, node: Node | None) -> str | None:
    names, seen = [], set()
    while node is not None and node not in seen:
        seen.add(node)
        names.append(_name(g, node) or _local(node))
        node = g.value(node, SDO.containedInPlace)
    return ", ".join(names) or None


def _event(g: Graph, e: Node, mains: set[Node]) -> Event:
    roles = {}
    for prop, role in ROLES.items():
        agents = sorted({_name(g, a) or _local(a) for a in g.objects(e, prop)})
        if agents:
            roles[role] = tuple(agents)
    sessions = sorted({_name(g, s) or _local(s) for s in g.objects(e, SDO.subEvent)})
    topics = sorted({_name(g, t) or _local(t) for t in g.objects(e, SDO.about)})
    edition = g.value(e, EKG.edition)
    return Event(
        iri=str(e), name=_name(g, e) or _local(e),
        kinds=tuple(sorted(_local(t) for t in g.objects(e, RDF.type) if str(t).startswith(str(EKG)))),
        start=_py(g.value(e, SDO.startDate)), end=_py(g.value(e, SDO.endDate)),
        place=_place_chain(g, g.value(e, SDO.location)),
        edition=int(edition) if edition is not None else None,
        theme=_str(g.value(e, EKG.theme)), roles=roles, sessions=tuple(sessions),
        topics=tuple(topics), main=e in mains,
        documents=tuple(sorted(str(d) for d in g.objects(e, PROV.wasDerivedFrom))),
        evidence=_evidences(g, e),
    )


def events(graph: Graph, *, include_sessions: bool = False) -> Iterator[Event]:
    """Every event of the graph, the releases' main events first, then by name."""
    g = union_view(graph)
    mains = set(g.objects(None, SDO.about)) & set(g.subjects(RDF.type, SDO.Event))
    nodes = set(g.subjects(RDF.type, SDO.Event))
    if not include_sessions:
        nodes -= set(g.subjects(RDF.type, EKG.Session))
    found = [_event(g, e, mains) for e in nodes]
    yield from sorted(found, key=lambda ev: (not ev.main, ev.name.casefold(), ev.iri))


def _statistic(g: Graph, s: Node) -> Statistic:
    value = g.value(s, SDO.value)
    about = g.value(s, SDO.observationAbout)
    qualifier = g.value(s, EKG.qualifier)
    evidence = _evidences(g, s)
    return Statistic(
        iri=str(s),
        value=Decimal(str(value)) if isinstance(value, Literal) else None,
        unit=_str(g.value(s, SDO.unitText)),
        measure=_name(g, g.value(s, SDO.measuredProperty)),
        about=_name(g, about), about_iri=_str(about),
        period=_str(g.value(s, EKG.period)),
        qualifier=_local(qualifier) if isinstance(qualifier, URIRef) else "Exact",
        comparison=_str(g.value(s, EKG.comparison)),
        change_of=_str(g.value(s, EKG.changeOf)),
        document=_str(g.value(s, PROV.wasDerivedFrom)),
        evidence=evidence[0] if evidence else None,
    )


def statistics(graph: Graph) -> Iterator[Statistic]:
    """Every statistic of the graph, in document order (by document, then offset)."""
    g = union_view(graph)
    found = [_statistic(g, s) for s in set(g.subjects(RDF.type, EKG.Statistic))]

    def key(st: Statistic):
        ev = st.evidence
        return (st.document or "", ev.start if ev else -1, st.iri)

    yield from sorted(found, key=key)
