"""End to end on the example release in data/: the graph, its shapes, its round trips."""

from __future__ import annotations

from datetime import date

import pytest
from rdflib import Graph, Literal
from rdflib.compare import isomorphic
from rdflib.namespace import RDF

from kg.rdf.namespaces import EKG, SDO


def _union(ds) -> Graph:
    g = Graph()
    for s, p, o, _ in ds.quads((None, None, None, None)):
        g.add((s, p, o))
    return g


def test_example_graph_holds_the_contract_facts(example_graph):
    g = example_graph.dataset
    rows = example_graph.query(
        "SELECT ?name ?start ?end WHERE { ?d a schema:NewsArticle ; schema:about ?e . "
        "?e schema:name ?name ; schema:startDate ?start ; schema:endDate ?end }"
    ).rows
    assert rows == [("2024 World Power Battery Conference", date(2024, 9, 1), date(2024, 9, 2))]
    event = next(g.subjects(SDO.name, Literal("2024 World Power Battery Conference")))
    assert (event, RDF.type, EKG.Conference) in g
    assert g.value(event, EKG.edition) == Literal(3)
    guests = [g.value(a, SDO.name) for a in g.objects(event, EKG.guestOfHonor)]
    assert [str(x) for x in guests] == ["United Arab Emirates"]
    organizers = {str(g.value(a, SDO.name)) for a in g.objects(event, EKG.organizer)}
    assert organizers == {"People's Government of Yibin City", "Sichuan Provincial Economic and Information Department"}
    # ekg:organizer and ekg:host are asserted as schema:organizer too (no inference needed)
    assert set(g.objects(event, SDO.organizer)) >= set(g.objects(event, EKG.organizer))


def test_example_statistics_values_units_periods_changes(example_graph):
    res = example_graph.query(
        "SELECT ?v ?u ?p ?base WHERE { ?s a ekg:Statistic ; schema:value ?v ; schema:unitText ?u . "
        "OPTIONAL { ?s ekg:period ?p } OPTIONAL { ?s ekg:changeOf/schema:value ?base } }"
    ).rows
    got = {(float(v), u, str(p) if p is not None else None, float(b) if b is not None else None) for v, u, p, b in res}
    assert (9587000.0, "vehicle", "2023", None) in got
    assert (35.8, "percent", "2023", 9587000.0) in got
    assert (37.9, "percent", "2023", 9495000.0) in got
    assert (54494000000.0, "CNY", "2024-01/2024-07", None) in got
    assert len(got) == 9


def test_every_statistic_has_evidence_quoting_the_body(example_graph):
    g = example_graph.dataset
    body = example_graph.results[0].document.text
    stats = list(g.subjects(RDF.type, EKG.Statistic))
    assert stats
    for s in stats:
        ev = g.value(s, EKG.evidence)
        start, end = int(g.value(ev, EKG.start)), int(g.value(ev, EKG.end))
        assert body[start:end] == str(g.value(ev, EKG.quote))


def test_example_graph_conforms(example_graph):
    report = example_graph.validate()
    assert report.conforms, report.text()


def test_same_input_same_graph():
    import kg
    from tests.conftest import EXAMPLE

    a, b = kg.build(EXAMPLE), kg.build(EXAMPLE)
    assert isomorphic(_union(a.dataset), _union(b.dataset))
    assert set(a.dataset.subjects()) == set(b.dataset.subjects())  # same IRIs, not just same shape


@pytest.mark.parametrize("fmt", ["turtle", "trig", "nquads", "nt", "json-ld"])
def test_exports_round_trip(example_graph, fmt, tmp_path):
    from kg.graph.export import load_graph

    suffix = {"turtle": ".ttl", "trig": ".trig", "nquads": ".nq", "nt": ".nt", "json-ld": ".jsonld"}[fmt]
    path = tmp_path / f"g{suffix}"
    example_graph.serialize(fmt, path)
    back = load_graph(path)
    assert isomorphic(_union(back), _union(example_graph.dataset))
    if fmt in ("trig", "nquads"):
        names = {c.identifier for c in back.graphs() if len(c)}
        assert names == {example_graph.results[0].graph_name}


def test_networkx_view_links_event_to_guest(example_graph):
    from kg.graph.views import neighbours

    G = example_graph.to_networkx("entities")
    labels = {G.nodes[n].get("label") for n in neighbours(G, "2024 World Power Battery Conference")}
    assert "United Arab Emirates" in labels


def test_python_api_runs_example_queries_with_parameters(example_graph):
    rows = example_graph.query("guest-of-honor", eventName="2024 World Power Battery Conference").to_records()
    assert [r["guestName"] for r in rows] == ["United Arab Emirates"]
    assert example_graph.query("guest-of-honor", {"eventName": "Some Other Expo"}).to_records() == []
    every = example_graph.query("hosts", limit=None).terms
    page = example_graph.query("hosts", limit=1, offset=1)
    assert page.terms == every[1:2] and page.has_more == (len(every) > 2)
