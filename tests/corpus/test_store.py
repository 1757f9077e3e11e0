"""kg.corpus.store: the on-disk Oxigraph store, bookkeeping by content hash, and `kg query --store`."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib.namespace as rns  # rns.XSD: a module-level XSD makes pytest warn (_mock_name probe)
from rdflib import Literal, URIRef
from typer.testing import CliRunner

from kg.corpus.store import (
    StoreError,
    as_nquads,
    document_graph,
    has_document,
    load_documents,
    ntriples,
    open_store,
    store_to_dataset,
    stored_document_ids,
    union_in_default_graph,
)
from kg.errors import StoreBusy

ID = "https://w3id.org/event-kg/id/"
SDO = "https://schema.org/"
RDF_TYPE = URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")


def doc_triples(n: int) -> list[tuple]:
    ev = URIRef(f"{ID}event-2033-invented-harbour-fair-{n}")
    return [
        (ev, RDF_TYPE, URIRef(SDO + "Event")),
        (ev, URIRef(SDO + "name"), Literal(f"2033 Invented Harbour Fair {n}")),
        (ev, URIRef(SDO + "startDate"), Literal("2033-05-0" + str(n), datatype=rns.XSD.date)),
        # a literal with a line break, quotes and " ." inside must survive N-Triples -> N-Quads
        (ev, URIRef(SDO + "description"), Literal('line one .\nline "two" .', lang="en")),
    ]


def test_open_store_read_only_needs_an_existing_store(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no store here"):
        open_store(tmp_path / "missing", read_only=True)
    (tmp_path / "file").write_text("x")
    with pytest.raises(StoreError, match="not a store"):
        open_store(tmp_path / "file")


def test_a_second_writer_gets_a_clear_error(tmp_path: Path) -> None:
    first = open_store(tmp_path / "s")
    with pytest.raises(StoreBusy, match="cannot open the store") as info:  # exit 8: unavailable
        open_store(tmp_path / "s")
    assert info.value.exit_code == 8
    del first


def test_documents_are_keyed_by_content_hash_and_written_whole(tmp_path: Path) -> None:
    store = open_store(tmp_path / "s")
    docs = [(document_graph(f"{n:016x}"), ntriples(doc_triples(n))) for n in (1, 2)]
    assert load_documents(store, docs) == 8
    assert stored_document_ids(store) == {f"{1:016x}", f"{2:016x}"}
    assert has_document(store, f"{1:016x}") and not has_document(store, f"{3:016x}")
    desc = [q.object for q in store.quads_for_pattern(None, ox.NamedNode(SDO + "description"), None)]
    assert desc[0].value == 'line one .\nline "two" .' and desc[0].language == "en"
    # replace=True (--force) drops what the graph held before
    g1 = ox.NamedNode(document_graph(f"{1:016x}"))
    store.add(ox.Quad(ox.NamedNode("urn:x:stale"), ox.NamedNode("urn:x:p"), ox.Literal("x"), g1))
    load_documents(store, docs[:1], replace=True)
    assert len(list(store.quads_for_pattern(None, None, None, g1))) == 4
    assert len(store) == 16  # each document's graph + the union in the default graph
    assert union_in_default_graph(store)
    assert len(list(store.quads_for_pattern(None, None, None, ox.DefaultGraph()))) == 8
    # dropping a document removes the union triples only it asserted
    from kg.corpus.store import remove_documents

    remove_documents(store, [document_graph(f"{2:016x}")])
    assert stored_document_ids(store) == {f"{1:016x}"}
    assert len(list(store.quads_for_pattern(None, None, None, ox.DefaultGraph()))) == 4


def ntriples_oxigraph(triples: list[tuple]) -> bytes:
    """The reference for kg.corpus.store.ntriples: pyoxigraph's own writer."""

    def term(t):
        if isinstance(t, URIRef):
            return ox.NamedNode(str(t))
        if t.language:
            return ox.Literal(str(t), language=t.language)
        if t.datatype is not None:
            return ox.Literal(str(t), datatype=ox.NamedNode(str(t.datatype)))
        return ox.Literal(str(t))

    return ox.serialize([ox.Triple(term(s), term(p), term(o)) for s, p, o in triples],
                        format=ox.RdfFormat.N_TRIPLES)


def test_ntriples_writes_what_oxigraph_writes() -> None:
    """The Python N-Triples writer is byte for byte Oxigraph's, escapes included."""
    ev = URIRef(f"{ID}event-x")
    nasty = "".join(chr(i) for i in range(0x20)) + ' "quoted" back\\slash \x7f é \u2028 .'
    triples = doc_triples(3) + [
        (ev, URIRef(SDO + "description"), Literal(nasty)),
        (ev, URIRef(SDO + "alternateName"), Literal("Fair", lang="EN-GB")),
        (ev, URIRef(SDO + "value"), Literal("35.80", datatype=rns.XSD.decimal)),
        (ev, URIRef(SDO + "name"), Literal("typed string", datatype=rns.XSD.string)),
    ]
    assert ntriples(triples) == ntriples_oxigraph(triples)
    with pytest.raises(ValueError):
        ntriples([(URIRef("https://example.org/a b"), RDF_TYPE, ev)])


def test_as_nquads_puts_every_statement_in_the_graph() -> None:
    nt = ntriples(doc_triples(1))
    nq = as_nquads(nt, "https://example.org/g")
    quads = list(ox.parse(nq, format=ox.RdfFormat.N_QUADS))
    assert len(quads) == 4 and {q.graph_name.value for q in quads} == {"https://example.org/g"}


def test_union_queries_do_not_multiply_shared_triples(tmp_path: Path) -> None:
    """A country named by many documents: the default graph (the union) has it once."""
    store = open_store(tmp_path / "s")
    country = URIRef(ID + "place-iso-xx")
    docs = []
    for n in range(30):
        ev = URIRef(f"{ID}event-invented-{n}")
        docs.append((document_graph(f"{n:016x}"), ntriples([
            (ev, URIRef(SDO + "location"), country),
            (country, URIRef(SDO + "name"), Literal("Invented Land")),
            (country, URIRef(SDO + "identifier"), Literal("XX")),
        ])))
    load_documents(store, docs)
    q = "SELECT ?e ?n ?c WHERE { ?e <https://schema.org/location> ?p . ?p <https://schema.org/name> ?n ; <https://schema.org/identifier> ?c }"
    assert len(list(store.query(q, use_default_graph_as_union=False))) == 30
    # over the union of the graphs, each country triple counts once per graph holding it (30
    # documents + the default graph): why the store keeps the union in the default graph
    assert len(list(store.query(q, use_default_graph_as_union=True))) == 30 * 2 * 31 * 31


def test_store_to_dataset_is_an_rdflib_view_with_union_default_graph(tmp_path: Path) -> None:
    store = open_store(tmp_path / "s")
    load_documents(store, [(document_graph(f"{n:016x}"), ntriples(doc_triples(n))) for n in (1, 2)])
    ds = store_to_dataset(store)
    assert len(list(ds.triples((None, RDF_TYPE, URIRef(SDO + "Event"))))) == 2
    from kg.graph.export import serialize

    assert "ekgid:event-2033-invented-harbour-fair-1" in serialize(ds, "turtle")


def test_kg_query_and_export_from_the_store(tmp_path: Path) -> None:
    from kg.cli import app

    store = open_store(tmp_path / "s")
    load_documents(store, [(document_graph(f"{n:016x}"), ntriples(doc_triples(n))) for n in (1, 2, 3)])
    del store
    runner = CliRunner()
    q = tmp_path / "names.rq"
    q.write_text("SELECT ?name WHERE { ?e a schema:Event ; schema:name ?name } ORDER BY ?name")
    res = runner.invoke(app, ["query", "--store", str(tmp_path / "s"), "--format", "csv", "--file", str(q)])
    assert res.exit_code == 0, res.output
    assert res.stdout.splitlines()[1:] == [f"2033 Invented Harbour Fair {n}" for n in (1, 2, 3)]
    res = runner.invoke(app, ["export", "--store", str(tmp_path / "s"), "-o", str(tmp_path / "out.trig")])
    assert res.exit_code == 0, res.output
    back = ox.Store()
    back.load(path=str(tmp_path / "out.trig"), format=ox.RdfFormat.TRIG)
    assert sum(1 for q in back if not isinstance(q.graph_name, ox.DefaultGraph)) == 12
    res = runner.invoke(app, ["query", "--store", str(tmp_path / "nope"), "--example", "events"])
    assert res.exit_code == 3 and "no store here" in " ".join(res.output.split())
