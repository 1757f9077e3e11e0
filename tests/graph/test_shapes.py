"""Conformance tests for shapes/event-kg.ttl, run through kg.graph.validate.

Data files, one per case, under tests/data/shapes/:

- ``valid/*.ttl`` must conform;
- ``invalid/*.ttl`` must not conform, and must fail for exactly the reasons its header
  declares, one line per expected result::

      # Breaks: the event ends (May 10) before it starts (May 12).
      # expect: ekgsh:EventShape schema:startDate sh:LessThanOrEqualsConstraintComponent

  (shape, path or ``-`` for a node-level constraint, constraint component). The set of
  (shape, path, component) in the report must equal the declared set, so a file cannot pass
  because of some unrelated problem.
"""

from __future__ import annotations

import time
from decimal import Decimal
from pathlib import Path

import pytest
import rdflib.namespace as rns  # rns.XSD: a module-level XSD makes pytest 9 warn (_mock_name probe)
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF, SH

from kg.graph.validate import SHAPES_NS, ValidationReport, load_shapes, validate
from kg.rdf.namespaces import EKG, ID, PREFIXES, SDO

DATA = Path(__file__).resolve().parents[1] / "data" / "shapes"
VALID = sorted((DATA / "valid").glob("*.ttl"))
INVALID = sorted((DATA / "invalid").glob("*.ttl"))

_CURIES = {**{k: str(v) for k, v in PREFIXES.items()}, "ekgsh": SHAPES_NS, "sh": str(SH)}


def _expand(curie: str) -> URIRef | None:
    if curie == "-":
        return None
    prefix, _, local = curie.partition(":")
    return URIRef(_CURIES[prefix] + local)


def _expected(path: Path) -> set[tuple]:
    expected = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# expect:"):
            shape, prop, component = line.removeprefix("# expect:").split()
            expected.add((_expand(shape), _expand(prop), _expand(component)))
    return expected


def _found(report: ValidationReport) -> set[tuple]:
    return {(r.shape, r.path, r.component) for r in report.results}


def test_data_files_exist():
    assert VALID, "no valid conformance files"
    assert len(INVALID) >= 10, "too few invalid conformance files"


@pytest.mark.parametrize("path", VALID, ids=lambda p: p.stem)
def test_valid_file_conforms(path: Path):
    report = validate(Graph().parse(path, format="turtle"))
    assert report.conforms, report.text()
    assert report.results == []


@pytest.mark.parametrize("path", INVALID, ids=lambda p: p.stem)
def test_invalid_file_fails_for_the_declared_reason(path: Path):
    expected = _expected(path)
    assert expected, f"{path.name} declares no '# expect:' line"
    assert any(line.startswith("# Breaks:") for line in path.read_text().splitlines()), (
        f"{path.name} does not say what it breaks"
    )
    report = validate(Graph().parse(path, format="turtle"))
    assert not report.conforms
    assert _found(report) == expected, report.text()
    assert all(r.message and not r.message.endswith("constraint not met") for r in report.results), (
        "every result should carry the shape's own sh:message"
    )


def test_every_named_shape_is_exercised_by_an_invalid_file():
    shapes = {s for s in load_shapes().subjects(RDF.type, SH.NodeShape) if isinstance(s, URIRef)}
    declared = set()
    for path in INVALID:
        declared |= {shape for shape, _, _ in _expected(path)}
    missing = shapes - declared
    assert not missing, f"shapes without an invalid example: {sorted(missing)}"


def test_shapes_are_core_only():
    shapes = load_shapes()
    for advanced in (SH.sparql, SH.rule, SH.target, SH.js, SH.select):
        assert not list(shapes.subject_objects(advanced)), f"{advanced} is not SHACL Core"


def test_every_shape_constraint_has_a_message():
    shapes = load_shapes()
    for node_shape in shapes.subjects(RDF.type, SH.NodeShape):
        for prop in shapes.objects(node_shape, SH.property):
            assert shapes.value(prop, SH.message), f"property shape of {node_shape} without sh:message"


def test_report_text_is_readable():
    report = validate(Graph().parse(DATA / "invalid" / "event-end-before-start.ttl"))
    text = report.text()
    assert "An event's end date must not be before its start date." in text
    assert "ekgid:event-harbour-wind-forum-2031" in text  # prefixed, not a full IRI
    assert "ekgsh:EventShape" in text


def test_report_text_limits_examples():
    g = Graph()
    for i in range(12):
        g.add((ID[f"place-{i}"], RDF.type, SDO.Place))
    text = validate(g).text(max_examples=3)
    assert "(12)" in text and "... and 9 more" in text


def test_dataset_is_validated_as_the_union_of_its_graphs():
    """An event described in one document graph and named in another conforms."""
    valid = Graph().parse(VALID[0], format="turtle")
    ds = Dataset()
    a = ds.graph(ID["doc-a"])
    b = ds.graph(ID["doc-b"])
    for i, triple in enumerate(valid):
        (a if i % 2 else b).add(triple)
    report = validate(ds)
    assert report.conforms, report.text()
    assert not ds.default_union, "validate() must not change the caller's Dataset"


def test_dataset_violation_found_across_graphs():
    ds = Dataset()
    event = ID["event-x-2031"]
    ds.graph(ID["doc-a"]).add((event, RDF.type, SDO.Event))
    ds.graph(ID["doc-b"]).add((event, SDO.name, Literal("X 2031")))
    ds.graph(ID["doc-b"]).add((event, SDO.startDate, Literal("2031-05-12", datatype=rns.XSD.date)))
    ds.graph(ID["doc-a"]).add((event, SDO.endDate, Literal("2031-05-10", datatype=rns.XSD.date)))
    report = validate(ds)
    components = {r.component for r in report.results}
    assert SH.LessThanOrEqualsConstraintComponent in components
    assert SH.MinCountConstraintComponent in components  # no prov:wasDerivedFrom


def test_python_values_map_to_the_expected_datatypes():
    """Guard for the mapper: Decimal -> xsd:decimal passes; float -> xsd:double does not."""
    base = Graph().parse(DATA / "invalid" / "statistic-value-not-decimal.ttl")
    stat = ID["stat-1-0"]
    base.remove((stat, SDO.value, None))
    base.add((stat, SDO.value, Literal(Decimal("450"))))
    assert validate(base).conforms
    base.set((stat, SDO.value, Literal(450.0)))
    assert not validate(base).conforms


def test_shapes_are_parsed_once():
    assert load_shapes() is load_shapes()


def _synthetic(n_events: int) -> Graph:
    """A graph of n events, each with a place, a host and one statistic with evidence."""
    g = Graph()
    doc = ID["doc-synthetic"]
    g.add((doc, RDF.type, SDO.NewsArticle))
    for i in range(n_events):
        ev, place, agent = ID[f"event-{i}"], ID[f"place-{i}"], ID[f"agent-{i}"]
        stat, evid = ID[f"stat-{i}"], ID[f"ev-{i}"]
        g.add((ev, RDF.type, SDO.Event))
        g.add((ev, RDF.type, EKG.Conference))
        g.add((ev, SDO.name, Literal(f"Conference {i}")))
        g.add((ev, SDO.startDate, Literal("2031-05-12", datatype=rns.XSD.date)))
        g.add((ev, SDO.endDate, Literal("2031-05-13", datatype=rns.XSD.date)))
        g.add((ev, SDO.location, place))
        g.add((ev, EKG.host, agent))
        g.add((ev, SDO.organizer, agent))
        g.add((ev, EKG.edition, Literal(i + 1)))
        g.add((ev, PROV.wasDerivedFrom, doc))
        g.add((place, RDF.type, SDO.Place))
        g.add((place, SDO.name, Literal(f"City {i}")))
        g.add((agent, RDF.type, SDO.Organization))
        g.add((agent, SDO.name, Literal(f"Agency {i}")))
        g.add((stat, RDF.type, SDO.Observation))
        g.add((stat, RDF.type, EKG.Statistic))
        g.add((stat, SDO.value, Literal(Decimal(i))))
        g.add((stat, SDO.unitText, Literal("percent")))
        g.add((stat, EKG.qualifier, EKG.Exact))
        g.add((stat, EKG.evidence, evid))
        g.add((stat, PROV.wasDerivedFrom, doc))
        g.add((evid, RDF.type, EKG.Evidence))
        g.add((evid, EKG.quote, Literal(f"{i}%")))
        g.add((evid, EKG.start, Literal(0)))
        g.add((evid, EKG.end, Literal(5)))
        g.add((evid, PROV.wasDerivedFrom, doc))
    return g


def test_validation_scales_linearly():
    """~20,000 triples validate in about a second (measured 0.9 s; the bound is loose for slow CI)."""
    validate(_synthetic(2))  # warm the shapes cache
    big = _synthetic(770)  # 770 * 26 + 1 = 20,021 triples
    start = time.perf_counter()
    report = validate(big)
    elapsed = time.perf_counter() - start
    assert report.conforms, report.text()
    assert elapsed < 15, f"validating {len(big)} triples took {elapsed:.1f} s"
