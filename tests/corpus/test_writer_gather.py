"""kg.corpus.writer: a build's writer gathers documents into fewer, larger bulk loads
(``min_docs``, issue 13 row 3); the store it writes is the same quad for quad."""

from __future__ import annotations

import pyoxigraph as ox
from rdflib import Literal, URIRef

from kg.corpus.store import document_graph, ntriples
from kg.corpus.writer import Writer

ID = "https://w3id.org/event-kg/id/"
SDO = "https://schema.org/"


def _doc(n: int) -> tuple[str, bytes, str]:
    ev = URIRef(f"{ID}event-2031-invented-kite-fair-{n}")
    shared = URIRef(f"{ID}place-invented-harbour-town")  # in every document: once in the union
    nt = ntriples([(ev, URIRef(SDO + "name"), Literal(f"2031 Invented Kite Fair {n}")),
                   (ev, URIRef(SDO + "location"), shared),
                   (shared, URIRef(SDO + "name"), Literal("Invented Harbour Town", lang="en"))])
    return document_graph(f"{n:064x}"), nt, f"release-{n}.txt"


class _Counting:
    def __init__(self) -> None:
        self.store = ox.Store()
        self.loads: list[int] = []

    def bulk_load(self, data: bytes, **kw) -> None:
        self.loads.append(data.count(b"/id/doc-") // 3)
        self.store.bulk_load(data, **kw)

    def __getattr__(self, name):
        return getattr(self.store, name)


def _build(min_docs: int, chunks: list[list[int]]) -> _Counting:
    target = _Counting()
    w = Writer(target, None, force=False, min_docs=min_docs)
    for chunk in chunks:
        w.put([_doc(n) for n in chunk])
    w.close()
    assert w.landed == sum(len(c) for c in chunks) and not w.failures
    return target


def _quads(store: ox.Store) -> list[str]:
    return sorted(str(q) for q in store)


def test_gathered_loads_write_the_same_store() -> None:
    chunks = [list(range(i, i + 3)) for i in range(0, 30, 3)]
    one = _build(1, chunks)
    gathered = _build(8, chunks)
    assert sum(one.loads) == sum(gathered.loads) == 30
    assert all(n >= 8 for n in gathered.loads[:-1])  # at least min_docs, but the last
    assert len(gathered.loads) < len(one.loads)
    assert _quads(one.store) == _quads(gathered.store)
    assert len(list(one.store.quads_for_pattern(None, None, None, ox.DefaultGraph()))) == 1 + 2 * 30


def test_the_end_of_the_input_writes_what_was_gathered() -> None:
    got = _build(100, [[0, 1], [2]])
    assert got.loads == [3]
    assert len(list(got.store.named_graphs())) == 3


def test_a_refused_document_among_gathered_ones_fails_alone() -> None:
    target = _Counting()
    w = Writer(target, None, force=False, min_docs=4)
    bad = (document_graph("e" * 64), b"no N-Triples here\n", "broken.txt")
    w.put([_doc(0), bad])
    w.put([_doc(1)])
    w.put([_doc(2)])
    w.close()
    assert [f.source for f in w.failures] == ["broken.txt"] and w.failures[0].stage == "write"
    assert w.landed == 3
    assert {g.value for g in target.store.named_graphs()} == {_doc(n)[0] for n in range(3)}



def test_which_builds_gather() -> None:
    from kg.corpus.batch import BuildOptions, _store_load_docs
    from kg.corpus.writer import STORE_LOAD_DOCS

    store = object()
    assert _store_load_docs(BuildOptions(inputs=[]), store, None) == STORE_LOAD_DOCS >= 256
    assert _store_load_docs(BuildOptions(inputs=[], batch_size=1024), store, None) == 1024
    assert _store_load_docs(BuildOptions(inputs=[], batch_size=3), store, None) == 1  # small writes asked for
    assert _store_load_docs(BuildOptions(inputs=[]), store, object()) == 1  # an endpoint: as it comes
    assert _store_load_docs(BuildOptions(inputs=[]), None, object()) == 1
