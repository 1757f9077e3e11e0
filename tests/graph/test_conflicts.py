"""kg.graph.conflicts: documents that disagree on an edition's single-valued facts are
reported as conflicts, never as violations; each document's own violations still fail."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
import rdflib.namespace as rns
from rdflib import Dataset, Graph, Literal
from rdflib.namespace import PROV, RDF, SH
from rich.console import Console

from kg.graph.compiled_shacl import compiled_shapes
from kg.graph.conflicts import (
    CONFLICTS_GRAPH,
    conflict_triples,
    conflicts_in_dataset,
    conflicts_recorded,
    record_conflicts,
)
from kg.graph.validate import validate
from kg.rdf.namespaces import EKG, ID, SDO

EVENT = ID["event-2031-granite-valley-stone-fair"]


def _date(text: str) -> Literal:
    return Literal(text, datatype=rns.XSD.date)


def _document(ds: Dataset, doc: str, **facts) -> Graph:
    """A minimal conforming document graph describing EVENT, plus ``facts``."""
    g = ds.graph(ID[f"doc-{doc}"])
    d = ID[f"doc-{doc}"]
    ev = ID[f"ev-{doc}-0-30"]
    g.add((d, RDF.type, SDO.NewsArticle))
    g.add((d, SDO.text, Literal("The 2031 Granite Valley Stone Fair opened on May 10 in Bergen.")))
    g.add((EVENT, RDF.type, SDO.Event))
    g.add((EVENT, SDO.name, Literal("2031 Granite Valley Stone Fair")))
    g.add((EVENT, PROV.wasDerivedFrom, d))
    g.add((EVENT, EKG.evidence, ev))
    g.add((ev, RDF.type, EKG.Evidence))
    g.add((ev, EKG.quote, Literal("2031 Granite Valley Stone Fair")))
    g.add((ev, EKG.start, Literal(4)))
    g.add((ev, EKG.end, Literal(34)))
    g.add((ev, PROV.wasDerivedFrom, d))
    for key, values in facts.items():
        prop = {"start": SDO.startDate, "end": SDO.endDate, "edition": EKG.edition}[key]
        for v in values if isinstance(values, list) else [values]:
            g.add((EVENT, prop, v))
    return g


@pytest.mark.parametrize("engine", ["pyshacl", "compiled"])
def test_two_documents_with_different_start_dates_conform_with_one_conflict(engine: str) -> None:
    ds = Dataset()
    _document(ds, "a", start=_date("2031-05-10"), end=_date("2031-05-12"))
    _document(ds, "b", start=_date("2031-05-09"), end=_date("2031-05-12"))
    report = validate(ds, engine=engine)
    assert report.conforms, report.text()
    assert len(report.conflicts) == 1
    c = report.conflicts[0]
    assert (c.subject, c.property) == (EVENT, SDO.startDate)
    assert {(cl.source, cl.value) for cl in c.claims} == {(ID["doc-a"], _date("2031-05-10")),
                                                          (ID["doc-b"], _date("2031-05-09"))}
    assert all(cl.evidence == ID[f"ev-{cl.source[-1]}-0-30"] and "opened on May 10" in cl.quote for cl in c.claims)
    assert "1 conflict(s) between documents" in report.text()


@pytest.mark.parametrize("engine", ["pyshacl", "compiled"])
def test_one_document_with_two_start_dates_still_fails(engine: str) -> None:
    ds = Dataset()
    _document(ds, "a", start=[_date("2031-05-10"), _date("2031-05-11")])
    _document(ds, "b", start=_date("2031-05-10"))
    report = validate(ds, engine=engine)
    assert not report.conforms
    assert {(r.focus, r.path, r.component) for r in report.results} == {
        (EVENT, SDO.startDate, SH.MaxCountConstraintComponent)}


@pytest.mark.parametrize("engine", ["pyshacl", "compiled"])
def test_one_document_ending_before_it_starts_still_fails(engine: str) -> None:
    ds = Dataset()
    _document(ds, "a", start=_date("2031-05-12"), end=_date("2031-05-10"))
    _document(ds, "b", start=_date("2031-05-09"))
    report = validate(ds, engine=engine)
    assert SH.LessThanOrEqualsConstraintComponent in {r.component for r in report.results}


def test_dates_out_of_order_across_documents_with_a_disputed_date_are_a_conflict() -> None:
    ds = Dataset()
    _document(ds, "a", start=_date("2031-05-01"), end=_date("2031-05-03"))
    _document(ds, "b", start=_date("2031-05-05"), end=_date("2031-05-07"))
    report = validate(ds, engine="compiled")
    assert report.conforms, report.text()
    assert {c.property for c in report.conflicts} == {SDO.startDate, SDO.endDate}


def test_different_editions_are_a_conflict() -> None:
    ds = Dataset()
    _document(ds, "a", edition=Literal(5))
    _document(ds, "b", edition=Literal(6))
    report = validate(ds, engine="compiled")
    assert report.conforms and [c.property for c in report.conflicts] == [EKG.edition]


def test_a_city_and_its_country_are_no_conflict() -> None:
    ds = Dataset()
    city, country, other = ID["place-bergen"], ID["place-iso-no"], ID["place-oslo"]
    a = _document(ds, "a")
    b = _document(ds, "b")
    a.add((EVENT, SDO.location, city))
    a.add((city, SDO.containedInPlace, country))
    b.add((EVENT, SDO.location, country))
    assert conflicts_in_dataset(ds) == []
    c = _document(ds, "c")
    c.add((EVENT, SDO.location, other))
    found = conflicts_in_dataset(ds)
    assert [x.property for x in found] == [SDO.location]
    assert {cl.value for cl in found[0].claims} == {city, country, other}


def test_a_graph_without_documents_still_fails_unless_it_records_the_conflict() -> None:
    ds = Dataset()
    _document(ds, "a", start=_date("2031-05-10"))
    _document(ds, "b", start=_date("2031-05-09"))
    union = Graph()
    for s, p, o, _ in ds.quads((None, None, None, None)):
        union.add((s, p, o))
    report = validate(union, engine="compiled")
    assert not report.conforms  # nothing says which document gave which date
    for t in conflict_triples(conflicts_in_dataset(ds)):
        union.add(t)
    for engine in ("compiled", "pyshacl"):
        report = validate(union, engine=engine)
        assert report.conforms, report.text()  # the conflict nodes conform to their shapes too
        assert len(report.conflicts) == 1 and len(conflicts_recorded(union)[0].claims) == 2


def test_record_conflicts_writes_one_named_graph_and_replaces_it() -> None:
    ds = Dataset()
    _document(ds, "a", start=_date("2031-05-10"))
    _document(ds, "b", start=_date("2031-05-09"))
    assert len(record_conflicts(ds)) == 1
    assert len(record_conflicts(ds)) == 1
    nodes = list(ds.graph(CONFLICTS_GRAPH).subjects(RDF.type, EKG.Conflict))
    assert len(nodes) == 1
    single = Dataset()
    _document(single, "a", start=_date("2031-05-10"))
    assert record_conflicts(single) == []
    assert CONFLICTS_GRAPH not in {g.identifier for g in single.graphs()}  # no empty graph added


def test_compiled_chunk_validation_checks_each_document() -> None:
    """kg.corpus.parallel validates a chunk of documents in one call."""
    ds = Dataset()
    a = _document(ds, "a", start=_date("2031-05-10"))
    b = _document(ds, "b", start=_date("2031-05-09"))
    shapes = compiled_shapes()
    assert shapes.validate(t for g in (a, b) for t in g)  # the union breaks maxCount
    assert shapes.validate_documents([list(a), list(b)]) == []


# --------------------------------------------------------------------------- end to end

# Two invented releases about one invented edition, giving different start dates.
RELEASE_A = """---
title: "2032 Fjordland Seafood Forum Opens In Bergen"
published: 2032-04-12
---
BERGEN, Norway, April 12, 2032 -- On April 10-11, the 2032 Fjordland Seafood Forum, hosted by the Bergen Fisheries Council, opened in Bergen, Norway. More than 3,000 delegates attended the forum.
"""
RELEASE_B = """---
title: "Fjordland Seafood Forum Draws Buyers To Bergen"
published: 2032-04-13
---
BERGEN, Norway, April 13, 2032 -- On April 9-11, the 2032 Fjordland Seafood Forum, organized by the West Coast Aquaculture Association, was held in Bergen, Norway. Iceland was invited as the guest of honor for the forum.
"""


@pytest.mark.slow
@pytest.mark.parametrize("mode", ["memory", "store"])
def test_corpus_with_conflicting_start_dates_conforms_and_reports_one_conflict(tmp_path: Path, mode: str) -> None:
    from kg.corpus.batch import BuildOptions, run_build
    from kg.graph.export import load_graph

    (tmp_path / "a.txt").write_text(RELEASE_A, encoding="utf-8")
    (tmp_path / "b.txt").write_text(RELEASE_B, encoding="utf-8")
    err = io.StringIO()
    console = Console(file=err, width=300)
    out = tmp_path / "corpus.trig"
    opts = BuildOptions(inputs=[str(tmp_path / "a.txt"), str(tmp_path / "b.txt")], output=out,
                        strict=True, store=tmp_path / "store" if mode == "store" else None)
    assert run_build(opts, console, console) == 0, err.getvalue()  # --strict: it conforms
    said = err.getvalue()
    assert "1 conflict(s) between documents" in said and "schema:startDate" in said
    assert "On April 10-11" in said and "On April 9-11" in said  # both sources' evidence
    data = load_graph(out)
    report = validate(data)
    assert report.conforms, report.text()
    [conflict] = report.conflicts
    assert conflict.property == SDO.startDate and len({c.source for c in conflict.claims}) == 2
    assert len(list(data.subjects(RDF.type, EKG.Conflict))) == 1
    if mode == "store":
        from kg.corpus.store import open_store, stored_document_ids, store_to_dataset

        store = open_store(tmp_path / "store", read_only=True)
        assert len(stored_document_ids(store)) == 2
        assert validate(store_to_dataset(store), engine="compiled").conforms
