"""SPARQL queries in worker processes, each with a time limit that really stops it.

pyoxigraph evaluates a query inside one call with no way to interrupt it, and Oxigraph's
own server (``oxigraph serve-read-only --timeout-s``, 0.5.13) answers a query that runs
out of time with ``200 OK`` and a truncated body. So each query runs in a worker process
holding its own handle on the graph (the store opened read-only, or its own in-memory
copy of the graph file, read as the server reads it); the server waits ``timeout`` seconds for the answer, and past it kills
the worker (SIGKILL: its work stops at once) and starts a fresh one in the background.

Oxigraph parses, evaluates and serializes (SPARQL JSON, XML, CSV, TSV; Turtle,
N-Triples, RDF/XML); the worker only picks the format and ships bytes back.

A page of a shipped listing for the query page (an example query with no parameter
bound, and ``max_rows``) is the page :func:`kg.graph.query.run_query` gives, as ``kg query``
prints it: on a store, read through its listing index (``kg-listings.sqlite``,
:mod:`kg.corpus.listings`), so a first page reads the page's rows only, not the whole
sorted answer (1.3 M quads, 200 rows: 15-80 ms CPU instead of 0.26-9.3 s). A stale index
is sorted anew (and written back when the directory is writable), a damaged one gives
way to the query: the rows are the same with or without it (tested through the pages).
"""

from __future__ import annotations

import queue
import socket
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from itertools import islice
from multiprocessing.connection import Connection
from typing import Any

__all__ = ["Answer", "QueryPool", "QueryTimeout", "Rows", "WorkerBusy"]

#: how long a new worker may take to open the store or load the graph
START_TIMEOUT = 300.0


class QueryTimeout(Exception):
    """The query ran past the time limit; its worker was killed."""


class WorkerBusy(Exception):
    """No worker became free within the time limit."""


@dataclass
class Answer:
    """An HTTP answer: status, media type, body."""

    status: int
    content_type: str
    body: bytes


@dataclass
class Rows:
    """A page of an answer for an HTML table: ``kind`` is solutions, boolean or triples;
    each cell is ``(type, value, datatype, language)`` with type uri, bnode, literal or
    None (unbound)."""

    kind: str
    columns: list[str]
    rows: list[tuple]
    has_more: bool
    boolean: bool | None = None


# --------------------------------------------------------------------------- the worker


def _open(spec: tuple[str, str]):
    import pyoxigraph as ox

    kind, path = spec
    if kind == "store":
        return ox.Store.read_only(path)
    from kg.web.source import load_file_store  # the same reading as the server's own copy

    return load_file_store(path)


def _cell(term) -> tuple:
    import pyoxigraph as ox

    if term is None:
        return (None, "", None, None)
    if isinstance(term, ox.NamedNode):
        return ("uri", term.value, None, None)
    if isinstance(term, ox.BlankNode):
        return ("bnode", term.value, None, None)
    if isinstance(term, ox.Literal):
        return ("literal", term.value, term.datatype.value, term.language)
    return ("literal", str(term), None, None)  # an RDF-star triple term


#: the text of each shipped listing as the query page sends it (no parameter bound), read
#: once per worker: a request with one of these texts is a whole-graph listing
_LISTINGS: frozenset[str] | None = None


def _listing_texts() -> frozenset[str]:
    global _LISTINGS
    if _LISTINGS is None:
        from kg.graph.query import EXAMPLE_QUERIES, page_key, prepare_query

        _LISTINGS = frozenset(prepare_query(t) for t in EXAMPLE_QUERIES.values() if page_key(t))
    return _LISTINGS


_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"


def _rdflib_cell(term) -> tuple:
    """:func:`_cell` of the store term an rdflib term (from :func:`run_query`) denotes."""
    from rdflib import BNode, Literal, URIRef

    if term is None:
        return (None, "", None, None)
    if isinstance(term, URIRef):
        return ("uri", str(term), None, None)
    if isinstance(term, BNode):
        return ("bnode", str(term), None, None)
    if isinstance(term, Literal):
        if term.language:
            return ("literal", str(term), _LANG_STRING, term.language)
        return ("literal", str(term), str(term.datatype) if term.datatype is not None else _XSD_STRING, None)
    return ("literal", str(term), None, None)


def _listing_page(store, listings: Any, req: dict) -> Rows | None:
    """The page of a shipped listing a query-page request asks for (``max_rows`` rows from
    ``offset``), read through the listing index ``listings`` (a
    :class:`kg.corpus.listings.ListingIndex`; False for a graph without one); None for
    any other request, or when the listing cannot be paged so (the engine answers)."""
    if req.get("max_rows") is None or req.get("default_graphs") or req.get("named_graphs"):
        return None
    if req.get("query") not in _listing_texts():
        return None
    from kg.errors import KGError
    from kg.graph.query import run_query

    try:
        got = run_query(store, req["query"], limit=req["max_rows"], offset=req.get("offset") or 0,
                        listings=listings)
    except KGError:
        return None  # the engine answers, and says what failed
    if got.boolean is not None or got.graph is not None:
        return None
    return Rows("solutions", list(got.columns), [tuple(_rdflib_cell(t) for t in row) for row in got.terms],
                got.has_more)


def _answer(store, union: bool, prefixes: dict[str, str], req: dict, listings: Any = False) -> Any:
    """One request's answer: an :class:`Answer` (the endpoint) or :class:`Rows` (a page of
    ``max_rows`` rows from ``offset``, for the query page). ``listings``: the store's
    listing index (:func:`_listing_page`), False for none."""
    import pyoxigraph as ox

    from kg.web.sparql import GRAPH_FORMATS, RESULT_FORMATS, choose_format

    page = _listing_page(store, listings, req)
    if page is not None:
        return page
    kwargs: dict[str, Any] = {"prefixes": prefixes}
    if req.get("default_graphs"):
        kwargs["default_graph"] = [ox.NamedNode(g) for g in req["default_graphs"]]
    else:
        kwargs["use_default_graph_as_union"] = union
    if req.get("named_graphs"):
        kwargs["named_graphs"] = [ox.NamedNode(g) for g in req["named_graphs"]]
    try:
        result = store.query(req["query"], **kwargs)
    except SyntaxError as err:
        return Answer(400, "text/plain; charset=utf-8", f"the SPARQL query does not parse: {err}".encode())
    except ValueError as err:
        return Answer(400, "text/plain; charset=utf-8", f"the SPARQL query cannot run: {err}".encode())
    kind = ("boolean" if isinstance(result, ox.QueryBoolean) else
            "triples" if isinstance(result, ox.QueryTriples) else "solutions")
    max_rows = req.get("max_rows")
    if max_rows is not None:  # a page for an HTML table
        offset = req.get("offset") or 0
        if kind == "boolean":
            return Rows(kind, ["boolean"], [], False, bool(result))
        if kind == "triples":
            got = list(islice(result, offset, offset + max_rows + 1))
            rows = [tuple(_cell(x) for x in (t.subject, t.predicate, t.object)) for t in got[:max_rows]]
            return Rows(kind, ["subject", "predicate", "object"], rows, len(got) > max_rows)
        columns = [v.value for v in result.variables]
        got = list(islice(result, offset, offset + max_rows + 1))
        rows = [tuple(_cell(s[c]) for c in columns) for s in got[:max_rows]]
        return Rows(kind, columns, rows, len(got) > max_rows)
    media = choose_format(kind, req.get("accept") or ["*/*"])
    if media is None:
        table = GRAPH_FORMATS if kind == "triples" else RESULT_FORMATS
        return Answer(406, "text/plain; charset=utf-8",
                      (f"no format of {', '.join(req.get('accept') or [])} answers a {kind} query; "
                       f"ask for one of: {', '.join(table)}").encode())
    if kind == "triples":
        fmt = getattr(ox.RdfFormat, GRAPH_FORMATS[media])
        body = (ox.serialize(result, format=fmt, prefixes=prefixes) if media == "text/turtle"
                else result.serialize(format=fmt))
    else:
        body = result.serialize(format=getattr(ox.QueryResultsFormat, RESULT_FORMATS[media]))
    charset = "; charset=utf-8" if media.startswith("text/") or "json" in media or "xml" in media else ""
    return Answer(200, media + charset, body or b"")


def worker_main(conn) -> None:
    """A worker process: read what to open, open it, say ready, answer requests until the
    socket closes."""
    try:
        spec, prefixes = conn.recv()
        from kg.corpus.store import union_in_default_graph

        store = _open(spec)
        union = not union_in_default_graph(store)
        listings: Any = False
        if spec[0] == "store":
            from kg.corpus.listings import ListingIndex

            listings = ListingIndex(spec[1])
        _listing_texts()  # the query modules imported now, not on the first page's time
    except BaseException as err:  # noqa: BLE001 - reported to the parent, which logs it
        conn.send(("failed", f"{type(err).__name__}: {err}"))
        return
    conn.send(("ready", None))
    while True:
        try:
            req = conn.recv()
        except (EOFError, OSError):
            return
        try:
            out = _answer(store, union, prefixes, req, listings)
        except OSError as err:
            out = Answer(500, "text/plain; charset=utf-8", f"the store failed: {err}".encode())
        except Exception as err:  # noqa: BLE001 - one bad query must not end the worker
            out = Answer(500, "text/plain; charset=utf-8", f"the query failed: {type(err).__name__}: {err}".encode())
        try:
            conn.send(out)
        except (EOFError, OSError):
            return


# --------------------------------------------------------------------------- the pool


class _Worker:
    """A worker process (``python -m kg.web.worker FD``) and our end of its socket.

    A plain subprocess, not ``multiprocessing``: a spawned child re-imports the parent's
    ``__main__`` (a console script, pytest, stdin...), a forked one inherits the server's
    threads and locks."""

    def __init__(self, spec: tuple[str, str], prefixes: dict[str, str]) -> None:
        ours, theirs = socket.socketpair()
        try:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "kg.web.worker", str(theirs.fileno())],
                pass_fds=(theirs.fileno(),), stdin=subprocess.DEVNULL, close_fds=True)
        finally:
            theirs.close()
        self.conn = Connection(ours.detach())
        try:
            self.conn.send((spec, prefixes))
        except OSError as err:
            self.kill()
            raise RuntimeError(f"a query worker ended while starting ({err})") from None

    def wait_ready(self) -> None:
        """Wait until the worker has opened the graph (it loads while the server does)."""
        try:
            if not self.conn.poll(START_TIMEOUT):
                raise RuntimeError(f"a query worker did not start within {START_TIMEOUT:.0f} s")
            status, message = self.conn.recv()
        except (EOFError, OSError) as err:
            self.kill()
            raise RuntimeError(f"a query worker ended while starting ({err or 'no answer'})") from None
        except RuntimeError:
            self.kill()
            raise
        if status != "ready":
            self.kill()
            raise RuntimeError(f"a query worker could not open the graph: {message}")

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        try:
            self.process.wait(5)
        except subprocess.TimeoutExpired:  # pragma: no cover - SIGKILL does not wait
            pass
        self.conn.close()


class QueryPool:
    """``size`` worker processes over the graph ``spec`` (``("store", path)`` or
    ``("file", path)``); :meth:`run` answers one request within ``timeout`` seconds."""

    def __init__(self, spec: tuple[str, str], *, size: int = 2, timeout: float = 10.0,
                 prefixes: dict[str, str] | None = None, wait: bool = True) -> None:
        self.spec, self.size, self.timeout = spec, size, timeout
        self.prefixes = dict(prefixes or {})
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._lock = threading.Lock()
        self._workers: set[_Worker] = set()
        self._closed = False
        self.stopped = 0  # queries stopped at the time limit
        # all start at once, and load while the caller does its own work (see wait_ready)
        self._starting = [_Worker(spec, self.prefixes) for _ in range(size)]
        if wait:
            self.wait_ready()

    def wait_ready(self) -> None:
        """Wait for the workers started by the constructor; RuntimeError if one fails."""
        starting, self._starting = self._starting, []
        try:
            for w in starting:
                w.wait_ready()
                self._add(w)
        except RuntimeError:
            for w in starting:
                w.kill()
            raise

    def _spawn(self) -> _Worker:
        w = _Worker(self.spec, self.prefixes)
        w.wait_ready()
        return w

    def _add(self, w: _Worker) -> None:
        with self._lock:
            if self._closed:
                w.kill()
                return
            self._workers.add(w)
        self._idle.put(w)

    def _drop(self, w: _Worker) -> None:
        with self._lock:
            self._workers.discard(w)
        w.kill()
        threading.Thread(target=self._replace, daemon=True, name="kg-serve-respawn").start()

    def _replace(self) -> None:
        for attempt in range(3):
            if self._closed:
                return
            try:
                self._add(self._spawn())
                return
            except RuntimeError as err:
                print(f"kg serve: {err} (attempt {attempt + 1} of 3)", file=sys.stderr)
                time.sleep(1)

    def run(self, request: dict) -> Answer | Rows:
        """Send ``request`` (query, accept, default_graphs, named_graphs, max_rows, offset) to a free
        worker; :class:`QueryTimeout` when it runs past the limit (the worker is killed),
        :class:`WorkerBusy` when no worker is free within the limit."""
        try:
            w = self._idle.get(timeout=self.timeout)
        except queue.Empty:
            raise WorkerBusy(f"all {self.size} query workers stayed busy for {self.timeout:g} s") from None
        try:
            w.conn.send(request)
            if not w.conn.poll(self.timeout):
                self.stopped += 1
                self._drop(w)
                raise QueryTimeout(f"the query ran past the {self.timeout:g} s time limit and was stopped")
            answer = w.conn.recv()
        except (EOFError, OSError, BrokenPipeError) as err:
            self._drop(w)
            return Answer(500, "text/plain; charset=utf-8", f"the query worker failed: {err}".encode())
        self._idle.put(w)
        return answer

    def close(self) -> None:
        with self._lock:
            self._closed = True
            workers = list(self._workers) + self._starting
            self._workers.clear()
            self._starting = []
        for w in workers:
            w.kill()

    def __enter__(self) -> QueryPool:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

