"""The project's SHACL shapes, parsed once per process, for both validation engines.

pySHACL (:mod:`kg.graph.validate`) takes the graph as it is; the compiled engine
(:mod:`kg.graph.compiled_shacl`) compiles it. Both also need to know which named shape an
anonymous property shape belongs to, to report violations by the shape a user reads in
``shapes/event-kg.ttl``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDF, SH
from rdflib.term import Node

from kg.errors import SetupError
from kg.graph.oxterms import from_ox
from kg.rdf.resources import shapes_path

__all__ = ["Shapes", "shapes", "load_shapes", "read_shapes", "shapes_of"]


@dataclass(frozen=True)
class Shapes:
    graph: Graph
    owner: dict[Node, Node]  # anonymous property shape -> named node shape holding it


@lru_cache(maxsize=1)
def shapes() -> Shapes:
    """The shapes graph and its owner map; raises :class:`SetupError` when missing or broken."""
    path = shapes_path()
    try:
        graph = _parse_turtle(path)
    except Exception as exc:  # OSError, SyntaxError and the converters' errors
        raise SetupError(f"cannot parse SHACL shapes {path}: {exc}") from exc
    return shapes_of(graph)


def _parse_turtle(path: Path) -> Graph:
    """A Turtle file as an rdflib Graph, parsed by Oxigraph (~10x faster than rdflib's
    Turtle parser, which a build then never imports). Blank nodes keep Oxigraph's labels."""
    import pyoxigraph as ox

    graph = Graph()
    with open(path, "rb") as fh:
        triples = ox.parse(fh, format=ox.RdfFormat.TURTLE, base_iri=Path(path).resolve().as_uri())
        graph.addN((_term(t.subject), _term(t.predicate), _term(t.object), graph) for t in triples)
    return graph


def _term(term):
    """A pyoxigraph term of the shapes file as an rdflib term (:func:`kg.graph.oxterms.from_ox`,
    which imports neither the query module nor its store listings: ~5 ms of a build's start-up)."""
    return from_ox(term, SetupError)


def read_shapes(path: str | Path) -> Shapes:
    """Other shapes than the project's (``kg validate --shapes FILE``): a Turtle, TriG,
    N-Triples, N-Quads or JSON-LD file. A file that is missing or does not parse raises
    :class:`~kg.errors.BadInput` (exit 3) or :class:`~kg.errors.QueryError` (exit 7)."""
    from kg.graph.export import load_graph, union_graph

    return shapes_of(union_graph(load_graph(path)))


def shapes_of(graph: Graph) -> Shapes:
    """A shapes graph with the map from anonymous property shapes to their named shape."""
    owner: dict[Node, Node] = {}
    for shape, prop in graph.subject_objects(SH.property):
        if isinstance(shape, URIRef):
            owner[prop] = shape
    # Property shapes nested in sh:or / sh:not of a named shape belong to it too.
    for shape in set(graph.subjects(RDF.type, SH.NodeShape)):
        if not isinstance(shape, URIRef):
            continue
        for logical in (SH["or"], SH["and"], SH.xone):
            for head in graph.objects(shape, logical):
                for member in Collection(graph, head):
                    owner.setdefault(member, shape)
                    for inner in graph.objects(member, SH["not"]):
                        owner.setdefault(inner, shape)
        for inner in graph.objects(shape, SH["not"]):
            owner.setdefault(inner, shape)
    return Shapes(graph, owner)


def load_shapes() -> Graph:
    """The shapes graph, parsed once per process. Treat it as read-only."""
    return shapes().graph
