"""kg.corpus.writer: chunks queued behind a busy writer go to the store in one bulk load
(issue 13, row 3), with each document still on its own terms."""

from __future__ import annotations

import threading

import pyoxigraph as ox

from kg.corpus.store import document_graph, ntriples
from kg.corpus.writer import MERGE_MAX_DOCS, Writer

ID = "https://w3id.org/event-kg/id/"
SDO = "https://schema.org/"


def _doc(n: int) -> tuple[str, bytes, str]:
    from rdflib import Literal, URIRef

    ev = URIRef(f"{ID}event-2031-made-up-lantern-expo-{n}")
    nt = ntriples([(ev, URIRef(SDO + "name"), Literal(f"2031 Made-up Lantern Expo {n}"))])
    return document_graph(f"{n:064x}"), nt, f"release-{n}.txt"


class _SlowStore:
    """An in-memory Oxigraph store whose first bulk load waits until released; records
    how many documents' graphs each bulk load carried."""

    def __init__(self) -> None:
        self.store = ox.Store()
        self.release = threading.Event()
        self.started = threading.Event()
        self.loads: list[int] = []

    def bulk_load(self, data: bytes, **kw) -> None:
        if kw.get("format") == ox.RdfFormat.N_TRIPLES:  # the union half of a load (load_documents)
            return self.store.bulk_load(data, **kw)
        if not self.loads:
            self.started.set()
            self.release.wait(10)
        self.loads.append(data.count(b"/id/doc-"))
        self.store.bulk_load(data, **kw)

    def __getattr__(self, name):
        return getattr(self.store, name)


def test_chunks_queued_behind_a_busy_writer_go_in_one_load() -> None:
    slow = _SlowStore()
    w = Writer(slow, None, force=False)
    w.put([_doc(0)])
    assert slow.started.wait(10)  # the writer is inside its first load
    w.put([_doc(1), _doc(2)])
    w.put([_doc(3)])
    slow.release.set()
    w.close()
    assert slow.loads == [1, 3]  # the two queued chunks together
    assert w.landed == 4 and not w.failures
    assert len(list(slow.store.named_graphs())) == 4


def test_a_refused_document_in_a_merged_load_fails_alone() -> None:
    slow = _SlowStore()
    w = Writer(slow, None, force=False)
    w.put([_doc(0)])
    assert slow.started.wait(10)
    bad = (document_graph("f" * 64), b"this is not N-Triples at all\n", "broken.txt")
    w.put([_doc(1), bad])
    w.put([_doc(2)])
    slow.release.set()
    w.close()
    assert [f.source for f in w.failures] == ["broken.txt"] and w.failures[0].stage == "write"
    assert w.landed == 3
    names = {g.value for g in slow.store.named_graphs()}
    assert names == {_doc(n)[0] for n in range(3)}


def test_a_writer_that_keeps_up_writes_each_chunk_as_it_comes() -> None:
    store = _SlowStore()
    store.release.set()
    w = Writer(store, None, force=False)
    for n in range(3):
        w.put([_doc(n)])
    w.close()
    assert sum(store.loads) == 3 and w.landed == 3
    assert MERGE_MAX_DOCS >= 64
