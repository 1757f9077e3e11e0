"""Which request gets which answer: the URL map of ``kg serve``.

=====================================  =================================================
``GET /``                              the events, filtered by ``q``, ``place``, ``year``, ``kind``
``GET /event/<key>``                   an event (``key``: its ``ekgid:`` name; else ``/event?iri=``)
``GET /event/<key>/graph``             its neighbourhood, drawn
``GET /series/<key>``                  a series: its editions and charts across them
``GET /doc/<key>?hl=<start>-<end>``    a release's text, one evidence span highlighted
``GET /query``                         the shipped example queries, their parameters, answers
``GET|POST /sparql``                   the SPARQL 1.1 Protocol endpoint (:mod:`kg.web.sparql`)
``GET /static/<file>``                 our CSS and JavaScript
=====================================  =================================================
"""

from __future__ import annotations

import sys
import time
from dataclasses import dataclass, field
from urllib.parse import parse_qs, unquote

from kg.rdf.namespaces import ID
from kg.web import pages
from kg.web.data import GraphView
from kg.web.pool import Answer, QueryPool, QueryTimeout, WorkerBusy
from kg.web.sparql import GRAPH_FORMATS, RESULT_FORMATS, ProtocolError, parse_request
from kg.web.templates import STATIC_DIR, Links, render

__all__ = ["Response", "WebApp"]

_STATIC_TYPES = {".css": "text/css; charset=utf-8", ".js": "text/javascript; charset=utf-8",
                 ".svg": "image/svg+xml", ".png": "image/png"}
_HTML = "text/html; charset=utf-8"
_TEXT = "text/plain; charset=utf-8"


@dataclass
class Response:
    status: int
    content_type: str
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)


class WebApp:
    """The pages and the endpoint over one graph; :meth:`handle` answers a request."""

    def __init__(self, view: GraphView, pool: QueryPool | None, *, label: str = "", timeout: float = 10.0,
                 rows: int = pages.HTML_ROWS) -> None:
        self.view = view
        self.pool = pool
        self.label = label
        self.timeout = timeout
        self.rows = rows
        self.links = Links()
        self.index = pages.LazyIndex(view)

    # ------------------------------------------------------------------ dispatch
    def handle(self, method: str, target: str, headers: dict[str, str], body: bytes = b"") -> Response:
        path, _, query = target.partition("?")
        path = unquote(path)
        params = parse_qs(query, keep_blank_values=True)
        try:
            if path == "/sparql":
                return self.sparql(method, params, headers, body)
            if method not in ("GET", "HEAD"):
                return Response(405, _TEXT, b"this server is read-only: GET pages, GET or POST /sparql",
                                {"Allow": "GET, HEAD"})
            return self.page(path, params)
        except pages.NotFound as err:
            return self.html(404, pages.error_page(self.links, 404, str(err), source_label=self.label))
        except Exception as err:  # noqa: BLE001 - one bad page must not take the server down
            print(f"kg serve: {method} {target}: {type(err).__name__}: {err}", file=sys.stderr)
            return self.html(500, pages.error_page(self.links, 500, f"the page failed: {type(err).__name__}: {err}",
                                                   source_label=self.label))

    def html(self, status: int, text: str) -> Response:
        return Response(status, _HTML, text.encode("utf-8"))

    def _iri(self, key: str, params: dict[str, list[str]]) -> str:
        if key:
            return str(ID) + key
        iri = (params.get("iri") or [""])[0]
        if not iri:
            raise pages.NotFound("give a key (/event/<key>) or ?iri=")
        return iri

    def page(self, path: str, params: dict[str, list[str]]) -> Response:
        ctx = {"source_label": self.label}
        parts = [p for p in path.split("/") if p]
        if not parts:
            return self.html(200, pages.events_page(self.index.get(), self.links, params, self.rows, **ctx))
        head, rest = parts[0], parts[1:]
        if head == "static" and len(rest) == 1:
            return self.static(rest[0])
        if head == "event" and len(rest) <= 2:
            key = rest[0] if rest and rest[0] != "graph" else ""
            graph = rest[-1:] == ["graph"]
            iri = self._iri(key, params)
            if graph:
                return self.html(200, pages.graph_page(self.view, self.links, iri, **ctx))
            return self.html(200, pages.event_page(self.view, self.links, iri, **ctx))
        if head == "series" and len(rest) <= 1:
            return self.html(200, pages.series_page(self.view, self.links, self._iri(rest[0] if rest else "", params),
                                                    **ctx))
        if head == "doc" and len(rest) <= 1:
            span = pages.parse_span((params.get("hl") or [""])[0])
            return self.html(200, pages.doc_page(self.view, self.links, self._iri(rest[0] if rest else "", params),
                                                 span, **ctx))
        if head == "query" and not rest:
            run = self.pool.run if self.pool is not None else None
            return self.html(200, pages.query_page(self.links, params, run, self.rows, **ctx))
        raise pages.NotFound(f"no page {path}")

    def static(self, name: str) -> Response:
        path = STATIC_DIR / name
        if "/" in name or name.startswith(".") or not path.is_file():
            raise pages.NotFound(f"no file {name}")
        ctype = _STATIC_TYPES.get(path.suffix, "application/octet-stream")
        return Response(200, ctype, path.read_bytes(), {"Cache-Control": "max-age=3600"})

    # ------------------------------------------------------------------ the endpoint
    def sparql(self, method: str, params: dict[str, list[str]], headers: dict[str, str], body: bytes) -> Response:
        accept = headers.get("accept", "")
        if method in ("GET", "HEAD") and not params.get("query") and not params.get("update") \
                and "text/html" in accept:
            return self.html(200, render("sparql.html", self.links, timeout=self.timeout, source_label=self.label,
                                         result_formats=RESULT_FORMATS, graph_formats=GRAPH_FORMATS))
        try:
            req = parse_request(method if method != "HEAD" else "GET", params, headers.get("content-type"),
                                body, accept)
        except ProtocolError as err:
            extra = {"Allow": "GET, POST"} if err.status == 405 else {}
            return Response(err.status, _TEXT, (err.message + "\n").encode("utf-8"), extra)
        if self.pool is None:
            return Response(503, _TEXT, b"this server runs no query workers\n")
        started = time.perf_counter()
        try:
            answer = self.pool.run({"query": req.query, "accept": req.accept,
                                    "default_graphs": req.default_graphs, "named_graphs": req.named_graphs})
        except QueryTimeout as err:
            return Response(503, _TEXT, (f"{err} (kg serve --timeout sets the limit)\n").encode(),
                            {"X-Query-Stopped": "timeout"})
        except WorkerBusy as err:
            return Response(503, _TEXT, f"{err}; try again\n".encode(), {"Retry-After": "1"})
        assert isinstance(answer, Answer)
        body_out = answer.body if answer.status == 200 else answer.body + b"\n"
        return Response(answer.status, answer.content_type, body_out,
                        {"X-Query-Time-Ms": f"{(time.perf_counter() - started) * 1000:.1f}"})
