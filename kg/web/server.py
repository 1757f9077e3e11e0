"""``kg serve``: one process, a thread per connection (the standard library's
``ThreadingHTTPServer``), the pages read in-process, SPARQL in time-limited workers.

    >>> server = make_server(graph="out/wpbc-2024-seed.ttl", port=0)   # 0: any free port
    >>> server.url
    >>> server.serve_forever()      # until server.shutdown(); then server.close()
"""

from __future__ import annotations

import os
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from kg.errors import KGError
from kg.rdf.namespaces import PREFIXES
from kg.web.data import GraphView
from kg.web.pool import QueryPool
from kg.web.routes import WebApp
from kg.web.source import GraphSource, open_source, worker_spec

__all__ = ["KGServer", "ServeError", "make_server", "serve"]

MAX_BODY = 10 * 1024 * 1024  # a POSTed query or form


class ServeError(KGError):
    """The server cannot start: the address is taken or not ours (a command-line problem)."""

    exit_code = 2


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "event-kg"
    timeout = 60  # an idle keep-alive connection is closed after a minute

    def _answer(self, method: str) -> None:
        started = time.perf_counter()
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_BODY:
            self._send(413, "text/plain; charset=utf-8", b"request body too large\n", {}, method, started)
            return
        body = self.rfile.read(length) if length else b""
        headers = {k.lower(): v for k, v in self.headers.items()}
        r = self.server.app.handle(method, self.path, headers, body)
        self._send(r.status, r.content_type, r.body, r.headers, method, started)

    def _send(self, status, ctype, body, headers, method, started) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in headers.items():
            self.send_header(k, v)
        self.end_headers()
        if method != "HEAD":
            self.wfile.write(body)
        if self.server.log:
            ms = (time.perf_counter() - started) * 1000
            sys.stderr.write(f"{self.address_string()} {method} {self.path[:200]} {status} {ms:.0f} ms\n")

    def do_GET(self) -> None:
        self._answer("GET")

    def do_HEAD(self) -> None:
        self._answer("HEAD")

    def do_POST(self) -> None:
        self._answer("POST")

    def do_PUT(self) -> None:
        self._answer("PUT")

    def do_DELETE(self) -> None:
        self._answer("DELETE")

    def do_PATCH(self) -> None:
        self._answer("PATCH")

    def log_message(self, format: str, *args) -> None:
        pass

    def handle_one_request(self) -> None:
        try:
            super().handle_one_request()
        except (ConnectionResetError, BrokenPipeError, TimeoutError):
            self.close_connection = True  # the client went away


class KGServer(ThreadingHTTPServer):
    """The HTTP server with its graph, pages and query workers; :meth:`close` frees them."""

    daemon_threads = True
    request_queue_size = 256  # a burst of clients waits in the kernel, it is not refused
    allow_reuse_address = True

    def __init__(self, address: tuple[str, int], app: WebApp, source: GraphSource, pool: QueryPool | None,
                 log: bool = True) -> None:
        super().__init__(address, _Handler)
        self.app, self.source, self.pool, self.log = app, source, pool, log

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host}:{port}/"

    def close(self) -> None:
        self.server_close()
        if self.pool is not None:
            self.pool.close()
        self.source.close()


def make_server(graph: str | Path | None = None, store: str | Path | None = None, *, host: str = "127.0.0.1",
                port: int = 7880, timeout: float = 10.0, workers: int | None = None, rows: int = 200,
                log: bool = False) -> KGServer:
    """Open the graph, start the query workers, bind the address (``port=0``: any free one)."""
    if timeout <= 0:
        raise ServeError("--timeout must be more than 0 seconds")
    # the query workers open the graph while this process does: a graph file is read
    # three times at once (on 2 CPUs, 1,000 releases: 7 s instead of 18 s one after another)
    pool = QueryPool(worker_spec(graph, store), size=workers or min(4, os.cpu_count() or 2), timeout=timeout,
                     prefixes={name: str(ns) for name, ns in PREFIXES.items()}, wait=False)
    source = None
    try:
        source = open_source(graph, store)
        view = GraphView(source.store)
        app = WebApp(view, pool, label=Path(str(graph or store)).name, timeout=timeout, rows=rows)
        app.index.get()  # read the event index now, not on the first visitor's time
        try:
            pool.wait_ready()
        except RuntimeError as err:
            raise ServeError(str(err)) from None
        try:
            return KGServer((host, port), app, source, pool, log)
        except OSError as err:
            raise ServeError(f"cannot listen on {host}:{port}: {err.strerror or err}"
                             + (" (choose another --port)" if err.errno in (98, 48) else "")) from None
    except BaseException:
        pool.close()
        if source is not None:
            source.close()
        raise


def serve(graph: str | Path | None = None, store: str | Path | None = None, *, host: str = "127.0.0.1",
          port: int = 7880, timeout: float = 10.0, workers: int | None = None, rows: int = 200,
          log: bool = True, announce=print) -> None:
    """Serve until Ctrl-C (or SIGTERM)."""
    import signal

    server = make_server(graph, store, host=host, port=port, timeout=timeout, workers=workers, rows=rows, log=log)
    stop = threading.Event()

    def _terminate(*_):
        if not stop.is_set():
            stop.set()
            threading.Thread(target=server.shutdown, daemon=True).start()

    previous = signal.signal(signal.SIGTERM, _terminate)
    announce(f"kg serve: {server.app.label} at {server.url}  (SPARQL endpoint: {server.url}sparql; "
             f"queries stop after {timeout:g} s; Ctrl-C stops the server)")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        signal.signal(signal.SIGTERM, previous)
        server.close()
