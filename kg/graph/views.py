"""networkx views of the graph, for traversal, analysis and drawing.

RDF is the record; a property graph is often the easier thing to explore: "what is next to
this organizer?", "how is Iceland connected to the 2031 summit?". :func:`entity_graph`
keeps the *things* (events, sessions, series, agents, places, topics, measures,
statistics) as nodes with a ``label`` and a ``type``, and the links between them as edges
labelled by the short predicate name (``host``, ``location``, ``containedInPlace``...).
Literals, evidence nodes, qualified role assignments, provenance links and documents are
left out: they are bookkeeping, and provenance would make every node two hops from every
other (through its document).

Node ids are IRI strings; functions that take a node also accept a prefixed name
(``ekgid:place-iso-no``) or a label (``"norway"``, matched case-insensitively).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import networkx as nx
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import OWL, PROV, RDF, SKOS
from rdflib.term import Node

from kg.graph.export import union_view
from kg.rdf.namespaces import EKG, PREFIXES, SDO

__all__ = [
    "VIEWS",
    "NodeNotFound",
    "entity_graph",
    "event_neighbourhood",
    "labels",
    "neighbours",
    "paths_between",
    "resolve_node",
    "statistics_by_subject",
    "UnknownViewFormat",
    "VIEW_WRITERS",
    "write_gexf",
    "write_graphml",
    "write_view",
]

# Node types that are bookkeeping, not things: left out of the views.
_HIDDEN_TYPES = frozenset({EKG.Evidence, EKG.RoleAssignment, EKG.Qualifier})
# Links that are provenance or identity, not relations between things.
_HIDDEN_PREDICATES = frozenset({RDF.type, PROV.wasDerivedFrom, EKG.evidence, OWL.sameAs, SDO.url})
# schema:organizer repeats ekg:host / ekg:organizer (asserted for schema.org users).
_REDUNDANT = {SDO.organizer: (EKG.host, EKG.organizer)}

# Most specific first: the first listed type a node has becomes its ``type``.
_TYPE_ORDER = [
    SDO.EventSeries,
    SDO.GovernmentOrganization,
    SDO.Person,
    SDO.Country,
    SDO.City,
    SDO.AdministrativeArea,
    SDO.Organization,
    SDO.Place,
    SDO.Event,
    SDO.Observation,
    SKOS.Concept,
    SDO.NewsArticle,
]
_KINDS = {
    EKG.Session: "session",
    EKG.Statistic: "statistic",
    SDO.Observation: "statistic",
    SDO.EventSeries: "series",
    SDO.Event: "event",
    SDO.Organization: "agent",
    SDO.GovernmentOrganization: "agent",
    SDO.Person: "agent",
    SDO.Country: "place",
    SDO.City: "place",
    SDO.AdministrativeArea: "place",
    SDO.Place: "place",
    SDO.NewsArticle: "document",
}
_NAMESPACES = sorted(((str(ns), name) for name, ns in PREFIXES.items()), key=lambda x: -len(x[0]))


class NodeNotFound(LookupError):
    """No node (or more than one) matches the IRI, prefixed name or label given."""


# --------------------------------------------------------------------------- helpers


def _short(iri: Node) -> str:
    text = str(iri)
    for ns, prefix in _NAMESPACES:
        if text.startswith(ns) and len(text) > len(ns):
            return f"{prefix}:{text[len(ns) :]}"
    return text


def _local(iri: Node) -> str:
    text = str(iri)
    return text.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def _number(value: Any) -> float | None:
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def _format_number(value: float) -> str:
    return str(int(value)) if value.is_integer() else f"{value:g}"


def _most_specific(types: set[Node]) -> Node | None:
    ekg_types = sorted(t for t in types if str(t).startswith(str(EKG)))
    if ekg_types:
        return ekg_types[0] if EKG.Statistic not in ekg_types else EKG.Statistic
    for t in _TYPE_ORDER:
        if t in types:
            return t
    return min(types, key=str) if types else None


def _kind(types: set[Node], is_measure: bool) -> str:
    if SKOS.Concept in types:
        return "measure" if is_measure else "topic"
    for t in (EKG.Session, EKG.Statistic, *_KINDS):
        if t in types:
            return _KINDS[t]
    if any(str(t).startswith(str(EKG)) for t in types):  # ekg:Conference, ekg:Summit, ...
        return "event"
    return "thing"


class _Index:
    """One pass over the union graph: types, labels and statistic facts per node."""

    def __init__(self, g: Graph) -> None:
        self.triples: list[tuple[Node, Node, Node]] = list(
            union_view(g).triples((None, None, None))
        )
        self.types: dict[Node, set[Node]] = defaultdict(set)
        self.names: dict[Node, str] = {}
        self._rank: dict[Node, tuple[int, int]] = {}
        self.measures: set[Node] = set()
        self.props: dict[Node, dict[Node, list[Node]]] = defaultdict(lambda: defaultdict(list))
        for s, p, o in self.triples:
            if p == RDF.type:
                self.types[s].add(o)
            elif p in (SDO.name, SKOS.prefLabel, SDO.headline) and isinstance(o, Literal):
                # schema:name wins over prefLabel wins over headline; shortest text on ties
                rank = {SDO.name: 0, SKOS.prefLabel: 1, SDO.headline: 2}[p]
                if (rank, len(o)) < self._rank.get(s, (9, 0)):
                    self.names[s] = str(o)
                    self._rank[s] = (rank, len(o))
            if p == SDO.measuredProperty:
                self.measures.add(o)
            self.props[s][p].append(o)

    def first(self, node: Node, prop: Node) -> Node | None:
        values = self.props.get(node, {}).get(prop)
        return min(values, key=str) if values else None

    def is_entity(self, node: Node, include_documents: bool) -> bool:
        types = self.types.get(node)
        if not types or not isinstance(node, (URIRef, BNode)):
            return False
        if types & _HIDDEN_TYPES:
            return False
        return include_documents or SDO.NewsArticle not in types

    def statistic_attrs(self, node: Node) -> dict[str, Any]:
        value = _number(self.first(node, SDO.value))
        unit = self.first(node, SDO.unitText)
        measure = self.first(node, SDO.measuredProperty)
        qualifier = self.first(node, EKG.qualifier)
        attrs: dict[str, Any] = {
            "value": value,
            "unit": str(unit) if unit is not None else None,
            "measure": self.names.get(measure) if measure is not None else None,
            "period": str(p) if (p := self.first(node, EKG.period)) is not None else None,
            "qualifier": _local(qualifier) if qualifier is not None else None,
            "comparison": str(c) if (c := self.first(node, EKG.comparison)) is not None else None,
        }
        text = " ".join(
            x for x in (_format_number(value) if value is not None else None, attrs["unit"]) if x
        )
        attrs["label"] = f"{attrs['measure']}: {text}" if attrs["measure"] else text
        return attrs

    def node_attrs(self, node: Node) -> dict[str, Any]:
        types = self.types.get(node, set())
        most = _most_specific(types)
        attrs: dict[str, Any] = {
            "iri": str(node),
            "label": self.names.get(node, _local(node)),
            "type": _short(most) if most is not None else "",
            "types": sorted(_short(t) for t in types),
            "kind": _kind(types, node in self.measures),
        }
        if attrs["kind"] == "statistic":
            attrs.update(self.statistic_attrs(node))
        elif (count := self.first(node, EKG["count"])) is not None:
            attrs["count"] = int(count)
        return attrs


# --------------------------------------------------------------------------- views


def entity_graph(g: Graph, *, include_documents: bool = False) -> nx.MultiDiGraph:
    """Things as nodes, relations between them as edges labelled by short predicate name.

    Works on a Graph or a Dataset (all named graphs together). Documents are left out
    unless ``include_documents`` (then ``schema:about``/``publisher`` links appear too).
    """
    index = _Index(g)
    G = nx.MultiDiGraph()
    for node in index.types:
        if index.is_entity(node, include_documents):
            G.add_node(str(node), **index.node_attrs(node))
    pairs: dict[tuple[Node, Node], set[Node]] = defaultdict(set)
    for s, p, o in index.triples:
        if (
            p not in _HIDDEN_PREDICATES
            and str(s) in G
            and isinstance(o, (URIRef, BNode))
            and str(o) in G
        ):
            pairs[(s, o)].add(p)
    for (s, o), predicates in pairs.items():
        for p in sorted(predicates, key=str):
            if p in _REDUNDANT and predicates & set(_REDUNDANT[p]):
                continue
            label = _local(p)
            G.add_edge(str(s), str(o), key=label, label=label, predicate=str(p))
    return G


def event_neighbourhood(
    g: Graph | nx.MultiDiGraph, event_iri: str, radius: int = 2
) -> nx.MultiDiGraph:
    """Everything within ``radius`` links of an event (edges followed both ways).

    ``g`` is an rdflib graph (the entity graph is built from it) or an entity graph.
    """
    G = g if isinstance(g, nx.Graph) else entity_graph(g)
    node = resolve_node(G, event_iri)
    return nx.ego_graph(G, node, radius=radius, undirected=True).copy()


def statistics_by_subject(g: Graph) -> nx.DiGraph:
    """Subject (place, organization, event) → its statistics; change figures → their base.

    Statistic nodes carry ``value`` (float), ``unit``, ``measure``, ``period``,
    ``qualifier`` and ``comparison``; subject nodes carry ``label``/``type``/``kind``.
    """
    index = _Index(g)
    D = nx.DiGraph()
    for stat, types in index.types.items():
        if EKG.Statistic not in types and SDO.Observation not in types:
            continue
        D.add_node(str(stat), **index.node_attrs(stat))
        for subject in index.props[stat].get(SDO.observationAbout, []):
            if str(subject) not in D:
                D.add_node(str(subject), **index.node_attrs(subject))
            D.add_edge(str(subject), str(stat), label="observationAbout")
    for stat in list(D.nodes):
        for base in index.props.get(URIRef(stat), {}).get(EKG.changeOf, []):
            if str(base) in D:
                D.add_edge(stat, str(base), label="changeOf")
    return D


VIEWS: dict[str, Callable[[Graph], nx.Graph]] = {
    "entities": entity_graph,
    "statistics": statistics_by_subject,
}


# --------------------------------------------------------------------------- traversal


def resolve_node(G: nx.Graph, node_or_label: str) -> str:
    """The node id for an IRI, a prefixed name (``ekgid:place-iso-no``) or a label.

    Labels match case-insensitively and must be unambiguous; :class:`NodeNotFound` says
    which nodes come closest (or which ones are ambiguous).
    """
    text = str(node_or_label).strip()
    if text in G:
        return text
    prefix, _, rest = text.partition(":")
    if prefix in PREFIXES and rest and str(PREFIXES[prefix]) + rest in G:
        return str(PREFIXES[prefix]) + rest
    wanted = text.casefold()
    matches = [n for n, label in G.nodes(data="label") if label and str(label).casefold() == wanted]
    if len(matches) == 1:
        return matches[0]
    if matches:
        listed = ", ".join(
            f"{_short(URIRef(m))} ({G.nodes[m].get('type', '')})" for m in sorted(matches)
        )
        raise NodeNotFound(f"{text!r} names several nodes: {listed}; pass the IRI instead")
    close = sorted(
        str(label)
        for _, label in G.nodes(data="label")
        if label and wanted in str(label).casefold()
    )
    hint = f"; did you mean: {', '.join(close[:5])}" if close else ""
    raise NodeNotFound(f"no node with IRI or label {text!r}{hint}")


def neighbours(G: nx.Graph, node_or_label: str) -> list[str]:
    """Ids of the nodes linked to a node, in either direction, sorted by label."""
    node = resolve_node(G, node_or_label)
    found: set[str] = (
        set(G.successors(node)) | set(G.predecessors(node))
        if G.is_directed()
        else set(G.neighbors(node))
    )
    found.discard(node)
    return sorted(found, key=lambda n: (str(G.nodes[n].get("label", "")).casefold(), n))


def paths_between(G: nx.Graph, a: str, b: str, cutoff: int = 4) -> list[list[str]]:
    """All simple paths of at most ``cutoff`` links between two nodes, ignoring direction.

    Shortest first; each path is a list of node ids from ``a`` to ``b``.
    """
    source, target = resolve_node(G, a), resolve_node(G, b)
    undirected = nx.Graph(G.to_undirected(as_view=True))  # parallel edges would repeat paths
    paths = {tuple(p) for p in nx.all_simple_paths(undirected, source, target, cutoff=cutoff)}
    return [list(p) for p in sorted(paths, key=lambda p: (len(p), p))]


# --------------------------------------------------------------------------- export


def _graphml_value(value: Any) -> str | int | float | bool | None:
    if value is None:
        return None
    if isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, (list, tuple, set, frozenset)):
        return "; ".join(
            str(v)
            for v in (sorted(value, key=str) if isinstance(value, (set, frozenset)) else value)
        )
    return str(value)


def _graphml_attrs(attrs: dict[str, Any]) -> dict[str, Any]:
    out = {}
    for key, value in attrs.items():
        converted = _graphml_value(value)
        if converted is not None:
            out[str(key)] = converted
    return out


def write_graphml(G: nx.Graph, path: str | Path) -> None:
    """Write a view as GraphML (for Gephi, yEd, Cytoscape).

    GraphML holds only scalar attributes: lists become "; "-joined strings, Decimals
    floats, dates ISO strings, and ``None`` values are dropped.
    """
    nx.write_graphml(_scalar_copy(G), str(path))


def _scalar_copy(G: nx.Graph) -> nx.Graph:
    H = G.__class__()
    H.graph.update(_graphml_attrs(G.graph))
    H.add_nodes_from((n, _graphml_attrs(d)) for n, d in G.nodes(data=True))
    if G.is_multigraph():
        H.add_edges_from(
            (u, v, k, _graphml_attrs(d)) for u, v, k, d in G.edges(keys=True, data=True)
        )
    else:
        H.add_edges_from((u, v, _graphml_attrs(d)) for u, v, d in G.edges(data=True))
    return H


def write_gexf(G: nx.Graph, path: str | Path) -> None:
    """Write a view as GEXF 1.2 (Gephi's own format); attributes as for GraphML."""
    H = _scalar_copy(G)
    for _, d in H.nodes(data=True):
        # GEXF has a node label of its own: networkx takes it from the "label" attribute
        d.setdefault("label", "")
    nx.write_gexf(H, str(path))


#: file suffix -> writer, for ``kg views -o`` and :func:`write_view`
VIEW_WRITERS: dict[str, Callable[[nx.Graph, str | Path], None]] = {
    ".graphml": write_graphml,
    ".gexf": write_gexf,
}


class UnknownViewFormat(ValueError):
    """A file suffix :func:`write_view` cannot write."""


def write_view(G: nx.Graph, path: str | Path) -> None:
    """Write a view in the format its suffix names: ``.graphml`` or ``.gexf``.

    Raises :class:`UnknownViewFormat` for any other suffix (rather than writing GraphML
    under a name that says otherwise)."""
    suffix = Path(path).suffix.lower()
    try:
        writer = VIEW_WRITERS[suffix]
    except KeyError:
        raise UnknownViewFormat(
            f"cannot write a view as {suffix or 'a file without suffix'!r}; "
            f"choose one of: {', '.join(VIEW_WRITERS)}"
        ) from None
    writer(G, path)


def labels(G: nx.Graph, nodes: Iterable[str]) -> list[str]:
    """The labels of ``nodes`` (e.g. of a path), for display."""
    return [str(G.nodes[n].get("label", n)) for n in nodes]
