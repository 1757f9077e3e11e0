"""The shapes are read into the terms kg.graph.query._from_ox gives, without importing it
(both convert through kg.graph.oxterms)."""

from __future__ import annotations

import subprocess
import sys

import pyoxigraph as ox


def test_shape_terms_are_the_query_modules():
    from kg.graph.query import _from_ox
    from kg.graph.shapes import _term
    from kg.rdf.resources import shapes_path

    with open(shapes_path(), "rb") as fh:
        triples = list(ox.parse(fh, format=ox.RdfFormat.TURTLE, base_iri=shapes_path().resolve().as_uri()))
    assert triples
    for t in triples:
        for term in (t.subject, t.predicate, t.object):
            mine, theirs = _term(term), _from_ox(term)
            assert type(mine) is type(theirs) and mine == theirs and mine.n3() == theirs.n3()
    for lit in (ox.Literal("x"), ox.Literal("x", language="en"), ox.Literal("3", datatype=ox.NamedNode(
            "http://www.w3.org/2001/XMLSchema#integer"))):
        assert _term(lit).eq(_from_ox(lit)) and _term(lit).datatype == _from_ox(lit).datatype


def test_reading_the_shapes_imports_no_query_module():
    code = ("import sys; from kg.graph.shapes import shapes; shapes(); "
            "print(any(m in sys.modules for m in ('kg.graph.query', 'kg.corpus.listings')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
