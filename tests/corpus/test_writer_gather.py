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
        if kw.get("format") == ox.RdfFormat.N_TRIPLES:  # the union half of a load (load_documents)
            return self.store.bulk_load(data, **kw)
        import re

        self.loads.append(len(set(re.findall(rb"<[^<>]*/id/doc-[0-9a-f]+> \.\n", data))))  # documents
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


class _Recording:
    """A store that only records its bulk loads (quads, documents): nothing is stored."""

    def __init__(self) -> None:
        self.loads: list[tuple[int, int]] = []

    def bulk_load(self, data: bytes, **kw) -> None:
        if kw.get("format") == ox.RdfFormat.N_TRIPLES:  # the union half of a load: counted with the graphs'
            self.union = (data.count(b"\n"), data.count(b'"d" .\n'))
            return
        quads, docs = self.union
        self.loads.append((quads + data.count(b"\n"), docs))  # quads, documents

    def flush(self) -> None:
        pass


def test_no_gathered_load_is_above_the_loaders_batch_so_a_kill_leaves_whole_documents() -> None:
    """Oxigraph's bulk loader ingests a million quads at a time: a load above that is
    several ingestions, and a build killed between two leaves a document half written
    (its graph there: the next run skips it). 512 gathered documents of 1,200 triples
    (2,400 quads each in the store) were one load of 1.2 M quads."""
    from kg.corpus.writer import LOAD_MAX_QUADS, STORE_LOAD_DOCS

    assert LOAD_MAX_QUADS < 1_000_000
    body = b"".join(b'<s:%d> <p:> "v" .\n' % i for i in range(1199)) + b'<s:> <p:> "d" .\n'  # "d": one a document

    def doc(n: int) -> tuple[str, bytes, str]:
        return document_graph(f"{n:064x}"), body, f"r{n}.txt"

    target = _Recording()
    w = Writer(target, None, force=False, min_docs=STORE_LOAD_DOCS)
    for i in range(0, STORE_LOAD_DOCS, 64):
        w.put([doc(n) for n in range(i, i + 64)])
    w.close()
    assert w.landed == STORE_LOAD_DOCS and not w.failures
    assert len(target.loads) > 1
    assert all(q <= LOAD_MAX_QUADS for q, _ in target.loads)
    assert all(q == 2 * 1200 * d for q, d in target.loads)  # whole documents in each load
    assert sum(d for _, d in target.loads) == STORE_LOAD_DOCS


def test_a_store_that_stops_between_two_loads_names_what_landed_truthfully(monkeypatch) -> None:
    import kg.corpus.writer

    monkeypatch.setattr(kg.corpus.writer, "LOAD_MAX_QUADS", 2 * 3 * 4)  # four documents a load
    target = _Counting()
    real = target.bulk_load

    def second_fails(data: bytes, **kw) -> None:
        if target.loads:
            raise OSError(28, "No space left on device")
        real(data, **kw)

    target.bulk_load = second_fails
    w = Writer(target, None, force=False, min_docs=10)
    w.put([_doc(n) for n in range(6)])
    w.put([_doc(n) for n in range(6, 12)])
    w.close()
    assert w.unavailable is not None and w.landed == 4
    assert sorted(w.unwritten) == sorted(f"release-{n}.txt" for n in range(4, 12))
    assert {g.value for g in target.store.named_graphs()} == {_doc(n)[0] for n in range(4)}


def test_an_interrupted_gathering_build_keeps_every_document_it_built(tmp_path, monkeypatch) -> None:
    """Ctrl-C (KeyboardInterrupt in the main thread) during a build whose writer gathers:
    what was gathered is written before the build ends, each document whole, and nothing
    more; the same build again adds the rest and skips those."""
    import pytest
    from feeds import write_feed

    import kg.corpus.batch as batch
    from kg.corpus.batch import BuildOptions, build_corpus
    from kg.corpus.store import open_store, stored_document_ids

    monkeypatch.setattr(batch, "_store_load_docs", lambda opts, store, endpoint: 5)  # gathers 5
    root = write_feed(tmp_path / "feed", 9, triggers=False, always_bad=False)
    built: list = []

    def interrupt(chunk) -> None:
        built.extend(o for o in chunk.outcomes if o.ok)
        if len(built) >= 4:
            raise KeyboardInterrupt

    store = open_store(tmp_path / "store")
    opts = BuildOptions(inputs=[str(root)], batch_size=2, quiet=True)
    with pytest.raises(KeyboardInterrupt):
        build_corpus(opts, [], store=store, on_chunk=interrupt)
    assert len(built) == 4
    assert stored_document_ids(store) == {o.doc_id for o in built}  # gathered 4 of 5: written
    for o in built:  # whole: the document's graph is its N-Triples
        got = ox.Store()
        got.load(o.nt, format=ox.RdfFormat.N_TRIPLES)
        have = {str(q.triple) for q in store.quads_for_pattern(None, None, None, ox.NamedNode(o.graph))}
        assert have == {str(q.triple) for q in got}
    stats = build_corpus(opts, [], store=store)
    assert stats.n_ok == 5 and stats.n_skipped == 4 and len(stored_document_ids(store)) == 9


def test_hurry_writes_what_was_gathered_at_once_and_gathers_no_more() -> None:
    target = _Counting()
    w = Writer(target, None, force=False, min_docs=100)
    for i in range(0, 9, 3):
        w.put([_doc(n) for n in range(i, i + 3)])
    w.hurry()
    w.put([_doc(9)])
    w.put([_doc(10)])
    import time

    deadline = time.monotonic() + 10
    while not target.loads and time.monotonic() < deadline:  # written before the end
        time.sleep(0.01)
    assert target.loads and target.loads[0] == 9
    w.close()
    assert target.loads[0] == 9 and sum(target.loads) == 11 and all(n <= 2 for n in target.loads[1:])
    assert w.landed == 11 and len(list(target.store.named_graphs())) == 11


def test_a_gathering_build_writes_its_gathered_documents_before_its_last_chunk(tmp_path, monkeypatch) -> None:
    """The end of a build waits for the writer: the documents gathered when the last
    chunks are near are written while those are parsed, so the last load is the last
    chunk alone (it was the whole gathered rest)."""
    from feeds import write_feed

    import kg.corpus.batch as batch
    from kg.corpus.batch import BuildOptions, build_corpus

    monkeypatch.setattr(batch, "_store_load_docs", lambda opts, store, endpoint: 6)
    root = write_feed(tmp_path / "feed", 9, triggers=False, always_bad=False)
    target = _Counting()
    stats = build_corpus(BuildOptions(inputs=[str(root)], batch_size=2, quiet=True), [], store=target)
    assert stats.n_ok == 9 and len(list(target.store.named_graphs())) == 9
    assert target.loads == [6, 2, 1]  # gathered 6; the 2 gathered after, when 1 was left; the last chunk


def test_the_look_ahead_gives_what_it_read_before_an_input_error_then_the_error() -> None:
    import pytest

    from kg.corpus.batch import _Lookahead

    def items():
        yield from range(5)
        raise OSError("the directory went away")

    it = _Lookahead(items(), 3)
    got = [next(it), next(it), next(it)]
    assert it.ended and len(it) == 2  # at most 3 left: known
    got += [next(it), next(it)]
    assert got == list(range(5))
    with pytest.raises(OSError):
        next(it)
    assert list(_Lookahead(iter(range(4)), 10)) == [0, 1, 2, 3]
