"""kg.graph.validate: the report as a SHACL graph, and validation against other shapes."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import RDF, SH

from kg.graph.export import load_graph
from kg.graph.validate import report_graph, validate

DATA = Path(__file__).resolve().parents[1] / "data"
INVALID = sorted((DATA / "shapes" / "invalid").glob("*.ttl"))
THEME_SHAPES = """@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix ekg: <https://w3id.org/event-kg/ns#> .
<http://example.org/NeedsTheme> a sh:NodeShape ; sh:targetClass ekg:Summit ;
    sh:property [ sh:path ekg:theme ; sh:minCount 1 ; sh:message "a summit states a theme" ] .
"""


@pytest.mark.parametrize("path", INVALID[:4], ids=lambda p: p.stem)
def test_report_graph_from_both_engines(path: Path) -> None:
    data = load_graph(path)
    reference, fast = validate(data), validate(data, engine="compiled")
    for report in (reference, fast):
        g = report.to_graph()
        node = g.value(None, RDF.type, SH.ValidationReport, any=True) or next(g.subjects(RDF.type, SH.ValidationReport))
        assert g.value(node, SH.conforms).toPython() is False
        assert len(list(g.objects(node, SH.result))) == len(report.results)
        reparsed = Graph().parse(data=report.serialize("turtle"), format="turtle")
        assert len(reparsed) == len(g)
        assert '"sh:ValidationReport"' in report.serialize("json-ld")
    # the compiled engine's report graph says what pySHACL's says (focus, path, message)
    def results(report):
        g = report.to_graph()
        return sorted((str(g.value(r, SH.focusNode)), str(g.value(r, SH.resultPath)), str(g.value(r, SH.resultMessage)))
                      for r in g.objects(None, SH.result))
    assert results(fast) == results(reference)


def test_report_graph_of_a_conforming_graph() -> None:
    g = report_graph(True, [])
    assert (None, SH.conforms, None) in g and not list(g.objects(None, SH.result))


def test_other_shapes(tmp_path: Path) -> None:
    shapes = tmp_path / "theme.ttl"
    shapes.write_text(THEME_SHAPES, encoding="utf-8")
    data = load_graph(DATA / "sample.trig")
    assert validate(data).conforms  # the project's shapes
    for engine in ("pyshacl", "compiled"):
        report = validate(data, engine=engine, shapes=shapes)
        assert not report.conforms, engine
        assert {r.message for r in report.results} == {"a summit states a theme"}
        assert {r.shape for r in report.results} == {URIRef("http://example.org/NeedsTheme")}
        assert report.text().startswith(f"The graph does not conform to the shapes of {shapes}")
    as_graph = Graph().parse(data=THEME_SHAPES, format="turtle")
    assert not validate(data, shapes=as_graph).conforms
