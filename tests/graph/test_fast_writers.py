"""The project's N-Triples / N-Quads writers write exactly what rdflib's writers write."""

from __future__ import annotations

from pathlib import Path

from rdflib import BNode, Dataset, Literal, URIRef
from rdflib.namespace import XSD

from kg.graph.export import load_graph, nquads, ntriples, serialize, union_view

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "sample.trig"


def _tricky() -> Dataset:
    ds = Dataset(default_union=True)
    ex = "https://example.org/"
    a, b = ds.graph(URIRef(ex + "doc-a")), ds.graph(URIRef(ex + "doc-b"))
    s, p = URIRef(ex + "s"), URIRef(ex + "p")
    for g in (a, b):  # the same triple in two graphs
        g.add((s, p, Literal("shared")))
    a.add((s, p, Literal('quote " backslash \\ newline \n return \r tab \t', lang="en")))
    a.add((s, p, Literal("Tromsø ✓ 𝄞")))
    a.add((s, p, Literal("3.50", datatype=XSD.decimal)))
    a.add((s, p, Literal(7)))
    a.add((BNode("b0"), p, s))
    ds.default_graph.add((s, p, Literal("in the default graph")))
    return ds


def test_nquads_and_ntriples_match_rdflib_on_tricky_terms() -> None:
    ds = _tricky()
    assert nquads(ds) == ds.serialize(format="nquads")
    assert ntriples(union_view(ds)) == union_view(ds).serialize(format="nt")


def test_nquads_and_ntriples_match_rdflib_on_a_built_graph(example_graph) -> None:
    ds = example_graph.dataset if hasattr(example_graph, "dataset") else example_graph
    assert nquads(ds) == ds.serialize(format="nquads")
    assert serialize(ds, "nt") == union_view(ds).serialize(format="nt")


def test_nquads_matches_rdflib_on_a_loaded_trig_file() -> None:
    ds = load_graph(SAMPLE)
    assert serialize(ds, "nquads") == ds.serialize(format="nquads")
