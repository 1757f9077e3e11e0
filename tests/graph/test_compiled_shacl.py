"""The compiled validator agrees with pySHACL (the reference) on every conformance file,
reason for reason, and on the graphs our builder writes."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import SH

from kg.graph.compiled_shacl import Unsupported, compile_shapes, compiled_shapes
from kg.graph.validate import load_shapes, validate
from tests.graph.test_shapes import INVALID, VALID, _expected

FILES = VALID + INVALID


def _graph(path: Path) -> Graph:
    g = Graph()
    g.parse(path, format="turtle")
    return g


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_same_verdict_and_reasons_as_pyshacl(path):
    g = _graph(path)
    reference = validate(g)
    compiled = compiled_shapes()
    assert compiled is not None, "the project's shapes must stay inside the compiled subset"
    found = compiled.validate(g)
    assert (not found) == reference.conforms
    assert {(v.shape, v.path, v.component) for v in found} == {(r.shape, r.path, r.component) for r in reference.results}
    if path in INVALID:
        assert {(v.shape, v.path, v.component) for v in found} == _expected(path)


def test_example_build_conforms_in_both_engines(example_graph):
    triples = list(example_graph.dataset.triples((None, None, None)))
    assert compiled_shapes().validate(triples) == []
    assert example_graph.validate().conforms


def test_unsupported_features_are_refused():
    shapes = load_shapes()
    g = Graph()
    for t in shapes:
        g.add(t)
    g.add((URIRef("urn:x:shape"), SH.targetClass, URIRef("urn:x:C")))
    g.add((URIRef("urn:x:shape"), SH.sparql, Literal("SELECT $this WHERE {}")))
    with pytest.raises(Unsupported):
        compile_shapes(g)


def test_validate_api_and_cli_take_the_engine(example_graph, tmp_path):
    import subprocess
    import sys

    assert example_graph.validate(engine="compiled").conforms
    path = tmp_path / "bad.ttl"
    path.write_text(INVALID[0].read_text(encoding="utf-8"), encoding="utf-8")
    for engine in ("pyshacl", "compiled"):
        r = subprocess.run([sys.executable, "-m", "kg.cli", "validate", str(path), "--engine", engine],
                           capture_output=True)
        assert r.returncode == 1 and b"does not conform" in r.stdout
