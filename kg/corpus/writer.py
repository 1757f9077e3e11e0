"""The writer thread of a corpus build (:mod:`kg.corpus.batch`): chunks of documents'
N-Triples into the Oxigraph store and/or pushed to a SPARQL server, off the parsing thread,
each document on its own terms (see :class:`Writer`)."""

from __future__ import annotations

import time

from kg.corpus.isolation import Failure, failure_reason
from kg.errors import KGError, Unavailable

__all__ = ["LOAD_MAX_QUADS", "MERGE_MAX_DOCS", "STORE_LOAD_DOCS", "Writer", "load_groups"]

#: the most documents one store write takes when chunks have queued up behind the writer
MERGE_MAX_DOCS = 256

#: how many documents a build's writer gathers before one bulk load into the store
#: (``Writer(min_docs=...)``; :func:`kg.corpus.batch.build_corpus`). Each bulk load adds
#: its own files to RocksDB, which compacts them in its own threads, so fewer, larger
#: loads cost less CPU: 1,000 releases (708k quads), process CPU of the loads, two
#: rounds: 4.6-4.8 ms a release in loads of 64, 3.9-4.0 in 256, 3.4-3.6 in 512, 4.0-4.1
#: in one load (``benchmarks/store_cost.py``). The price is memory (the N-Triples of
#: the documents gathered, ~50 KB each) and what a killed build loses (the documents
#: gathered are not in the store yet). The end of a build would wait for one last load
#: of what is gathered: the build calls :meth:`Writer.hurry` when its last chunks are
#: near, so that load overlaps their parse.
STORE_LOAD_DOCS = 512

#: the most quads one bulk load takes (each N-Triples line is two quads: the document's
#: graph and the union). Oxigraph's bulk loader ingests its input into RocksDB a million
#: quads at a time, each batch on its own (measured, pyoxigraph 0.5: 0.9 M quads give one
#: ingestion, 1.1 M two, 2.5 M three); a build killed between two ingestions would leave a
#: document half written, its graph there, so the next run would skip it. Below this
#: figure each of a load's two halves (the union, then the graphs: ``load_documents``) is one
#: ingestion: a killed build leaves whole documents, or their union triples without their
#: graphs (built again by the next run), or none. A
#: document larger than this alone is loaded alone (its own batches: not atomic).
LOAD_MAX_QUADS = 900_000


def load_groups(docs: list, max_quads: int | None = None) -> list[list]:
    """``docs`` (``(graph, N-Triples, name)``, in order) cut into consecutive groups of at
    most ``max_quads`` quads in the store (:data:`LOAD_MAX_QUADS`), whole documents each."""
    limit = LOAD_MAX_QUADS if max_quads is None else max_quads
    groups: list[list] = []
    group: list = []
    quads = 0
    for d in docs:
        n = 2 * d[1].count(b"\n")
        if group and quads + n > limit:
            groups.append(group)
            group, quads = [], 0
        group.append(d)
        quads += n
    if group:
        groups.append(group)
    return groups


_HURRY = object()  # queued by Writer.hurry(): gather no more


class Writer:
    """A thread that writes chunks to the store and the endpoint, off the parsing thread.

    The queue is bounded (two chunks), so a slow server slows the build instead of letting
    memory grow. Each document is written on its own terms: one the store or the server
    refuses is a failure (stage ``write``) and the others land. When the store or server
    itself stops answering, nothing more is attempted (:attr:`unavailable`); the documents
    not written are named in :attr:`unwritten`.
    """

    def __init__(self, store, endpoint, force: bool, min_docs: int = 1) -> None:
        """``min_docs``: gather at least this many documents (or the end of the input)
        before a write; 1 writes each chunk as it comes (or with those queued behind it)."""
        import queue
        import threading

        self.store, self.endpoint, self.force = store, endpoint, force
        self.min_docs = max(1, min_docs)
        self.q: queue.Queue = queue.Queue(maxsize=2)
        self.error: BaseException | None = None  # unexpected: raised again in the main thread
        self.unavailable: Unavailable | None = None
        self.unwritten: list[str] = []
        self.failures: list[Failure] = []
        self.landed = 0
        self.busy = 0.0  # seconds writing (wall)
        self.busy_cpu = 0.0  # this thread's CPU seconds writing (Oxigraph's own threads not included)
        self.thread = threading.Thread(target=self._run, name="kg-writer", daemon=True)
        self.thread.start()

    def _next(self):
        """The next chunk, with the chunks queued behind it when the writer has fallen behind
        (up to :data:`MERGE_MAX_DOCS` documents, or ``min_docs`` when larger): one bulk load
        instead of several, as fewer RocksDB ingestions. Past ``min_docs`` it never waits
        for a chunk that is not queued yet, so with ``min_docs=1`` a writer that keeps up
        writes each chunk as it comes. After :meth:`hurry` it gathers no more: what it
        holds is written at once. ``(documents, ended)``: ``ended`` when the end marker was
        among them."""
        import queue

        docs = self.q.get()
        while docs is _HURRY:
            self.min_docs = 1
            docs = self.q.get()
        if docs is None:
            return None, True
        while len(docs) < self.min_docs:  # gather: wait for the next chunk
            more = self.q.get()
            if more is None:
                return docs, True
            if more is _HURRY:
                self.min_docs = 1
                break
            docs = docs + more
        while len(docs) < max(MERGE_MAX_DOCS, self.min_docs):
            try:
                more = self.q.get_nowait()
            except queue.Empty:
                break
            if more is None:
                return docs, True
            if more is _HURRY:
                self.min_docs = 1
                continue
            docs = docs + more
        return docs, False

    def _run(self) -> None:
        ended = False
        while True:
            docs = None
            if not ended:
                docs, ended = self._next()
            if docs is None:
                if self.store is not None and self.error is None and self.unavailable is None:
                    try:
                        self.store.flush()
                    except OSError as exc:
                        self._stop("the store", exc, [])
                    except BaseException as exc:
                        self.error = exc
                return
            if self.error is not None or self.unavailable is not None:
                self.unwritten.extend(name for _, _, name in docs)
                continue
            t0, c0 = time.perf_counter(), time.thread_time()
            try:
                if self.store is not None:
                    docs = self._write_store(docs)
                if self.endpoint is not None:
                    self._push(docs)
                else:
                    self.landed += len(docs)
            except BaseException as exc:  # re-raised by put()/close()
                self.error = exc
            self.busy += time.perf_counter() - t0
            self.busy_cpu += time.thread_time() - c0

    def _stop(self, what: str, exc: BaseException, docs) -> None:
        from kg.corpus.endpoint import redact

        if self.unavailable is None:
            detail = exc.message if isinstance(exc, KGError) else f"{type(exc).__name__}: {exc}"
            self.unavailable = Unavailable(f"{what} stopped answering: {redact(detail)}")
        self.unwritten.extend(name for _, _, name in docs)

    def _write_store(self, docs: list[tuple[str, bytes, str]]) -> list[tuple[str, bytes, str]]:
        """Write documents to the store, in bulk loads of whole documents each below
        :data:`LOAD_MAX_QUADS` (one RocksDB ingestion each); returns the documents written."""
        groups = load_groups(docs)
        if len(groups) == 1:
            return self._load_group(docs)
        written: list[tuple[str, bytes, str]] = []
        for i, group in enumerate(groups):
            written.extend(self._load_group(group))
            if self.unavailable is not None:  # named this group's unwritten: the rest too
                self.unwritten.extend(name for g in groups[i + 1:] for _, _, name in g)
                break
        return written

    def _load_group(self, docs: list[tuple[str, bytes, str]]) -> list[tuple[str, bytes, str]]:
        """One bulk load; when the store refuses it, the documents one transaction each."""
        from kg.corpus.store import load_documents, remove_documents

        try:
            # the bulk loader bypasses RocksDB's memtables, so memory stays flat
            # (with transactions it needed a flush every 100k triples)
            load_documents(self.store, [(g, nt) for g, nt, _ in docs], replace=self.force, bulk=True)
            return docs
        except OSError as exc:  # the disk, the store itself
            self._stop("the store", exc, docs)
            return []
        except Exception:  # noqa: BLE001 - a document the store refuses: find it, keep the others
            pass
        try:  # the bulk loader is not atomic: clear what it left, then one transaction a document
            remove_documents(self.store, [g for g, _, _ in docs])
        except OSError as exc:
            self._stop("the store", exc, docs)
            return []
        written = []
        for i, (g, nt, name) in enumerate(docs):
            try:
                load_documents(self.store, [(g, nt)])
                written.append((g, nt, name))
            except OSError as exc:
                self._stop("the store", exc, docs[i:])
                break
            except Exception as exc:  # noqa: BLE001
                self.failures.append(Failure(name, "the store refused it: " + failure_reason(exc), 9, "write"))
        return written

    def _push(self, docs: list[tuple[str, bytes, str]]) -> None:
        from kg.corpus.endpoint import EndpointError

        for i, (g, nt, name) in enumerate(docs):
            try:
                self.endpoint.put_graph(g, nt)
                self.landed += 1
            except EndpointError as exc:
                if exc.unavailable:
                    self._stop("the SPARQL server", exc, docs[i:])
                    return
                self.failures.append(Failure(name, exc.message, exc.exit_code, "write"))
            except OSError as exc:
                self._stop("the SPARQL server", exc, docs[i:])
                return

    def put(self, docs: list[tuple[str, bytes, str]]) -> float:
        """Queue a chunk; returns the seconds spent waiting for room."""
        self._check()
        t0 = time.perf_counter()
        self.q.put(docs)
        return time.perf_counter() - t0

    def hurry(self) -> float:
        """Gather no more (``min_docs`` 1 from now on): the build's last documents are
        near, and the documents gathered so far are best written while those are parsed,
        not after (the end of a build waits for the writer). Returns the seconds waited."""
        return self.put(_HURRY)

    def close(self) -> float:
        t0 = time.perf_counter()
        self.q.put(None)
        self.thread.join()
        self._check()
        return time.perf_counter() - t0

    def _check(self) -> None:
        if self.error is not None:
            exc, self.error = self.error, None
            raise exc
