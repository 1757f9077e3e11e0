"""Pushing documents' named graphs to a SPARQL server (``kg build --endpoint URL``).

Each document's graph is written with the SPARQL 1.1 Graph Store HTTP Protocol,
``PUT <gsp>?graph=<doc graph IRI>`` with an N-Triples body, which *replaces* the graph:
pushing the same document twice leaves one copy. When the server has no Graph Store
endpoint (404/405/415/501 on the first PUT), it falls back to SPARQL 1.1 Update
(``DROP SILENT GRAPH <g> ; INSERT DATA { GRAPH <g> { ... } }``) for the rest of the run.

``URL`` may be the server or dataset base; the service URLs follow each server's layout:

================================  ==========================  ==================  ====================
server, URL given                  Graph Store                 query               update
================================  ==========================  ==================  ====================
Oxigraph ``http://h:7878``         ``/store``                  ``/query``          ``/update``
Fuseki ``http://h:3030/ds``        ``/ds/data``                ``/ds/query``       ``/ds/update``
GraphDB ``…/repositories/r``       ``…/r/rdf-graphs/service``  ``…/r``             ``…/r/statements``
================================  ==========================  ==================  ====================

A URL ending in ``/store``, ``/data`` or ``/rdf-graphs/service`` is taken as the Graph Store
URL itself. Only the standard library is used (``urllib``); every request has a timeout
and failures raise :class:`EndpointError` naming the URL, the HTTP status and the
server's message.
"""

from __future__ import annotations

import json
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass

from kg.errors import KGError

__all__ = ["Endpoint", "EndpointError"]

_FALLBACK_STATUSES = {404, 405, 415, 501}


class EndpointError(KGError):
    """The SPARQL server refused a request or could not be reached."""

    exit_code = 6


@dataclass
class Endpoint:
    gsp_url: str
    query_url: str
    update_url: str
    timeout: float = 30.0
    use_update: bool = False  # set after the Graph Store protocol was found missing

    @classmethod
    def from_url(cls, url: str, timeout: float = 30.0) -> Endpoint:
        parts = urllib.parse.urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise EndpointError(f"not an http(s) URL: {url!r}")
        base = url.rstrip("/")
        path = parts.path.rstrip("/")
        if path.endswith("/rdf-graphs/service"):  # GraphDB Graph Store URL
            repo = base[: -len("/rdf-graphs/service")]
            return cls(base, repo, repo + "/statements", timeout)
        if "/repositories/" in path:  # GraphDB repository
            return cls(base + "/rdf-graphs/service", base, base + "/statements", timeout)
        if path.endswith("/store") or path.endswith("/data"):  # Oxigraph / Fuseki GSP URL
            root = base.rsplit("/", 1)[0]
            return cls(base, root + "/query", root + "/update", timeout)
        if path in ("", "/"):  # a server root: Oxigraph's layout
            return cls(base + "/store", base + "/query", base + "/update", timeout)
        return cls(base + "/data", base + "/query", base + "/update", timeout)  # Fuseki dataset

    # ------------------------------------------------------------------ HTTP
    def _request(self, method: str, url: str, body: bytes | None, headers: dict[str, str]) -> bytes:
        req = urllib.request.Request(url, data=body, method=method, headers=headers)
        try:
            with urllib.request.urlopen(req, timeout=self.timeout) as resp:
                return resp.read()
        except urllib.error.HTTPError as err:
            detail = err.read()[:300].decode("utf-8", "replace").strip()
            raise _HTTPFailure(err.code, f"{method} {url}: HTTP {err.code} {err.reason}"
                               + (f": {detail}" if detail else "")) from None
        except (urllib.error.URLError, TimeoutError, OSError) as err:
            reason = getattr(err, "reason", err)
            raise EndpointError(f"{method} {url}: cannot reach the server ({reason})") from None

    # ------------------------------------------------------------------ writes
    def put_graph(self, graph: str, ntriples: bytes) -> None:
        """Replace the named graph ``graph`` with the given N-Triples."""
        if not self.use_update:
            url = f"{self.gsp_url}?graph={urllib.parse.quote(graph, safe='')}"
            try:
                self._request("PUT", url, ntriples, {"Content-Type": "application/n-triples"})
                return
            except _HTTPFailure as err:
                if err.status not in _FALLBACK_STATUSES:
                    raise EndpointError(str(err)) from None
                self.use_update = True
        self.update(f"DROP SILENT GRAPH <{graph}> ;\nINSERT DATA {{ GRAPH <{graph}> {{\n"
                    + ntriples.decode("utf-8") + "}}")

    def update(self, sparql: str) -> None:
        try:
            self._request("POST", self.update_url, sparql.encode("utf-8"),
                          {"Content-Type": "application/sparql-update"})
        except _HTTPFailure as err:
            raise EndpointError(str(err)) from None

    # ------------------------------------------------------------------ reads
    def select(self, sparql: str) -> list[dict[str, str]]:
        """Rows of a SELECT query, variable -> value (the lexical form / IRI)."""
        try:
            raw = self._request("POST", self.query_url, sparql.encode("utf-8"),
                                {"Content-Type": "application/sparql-query",
                                 "Accept": "application/sparql-results+json"})
        except _HTTPFailure as err:
            raise EndpointError(str(err)) from None
        try:
            doc = json.loads(raw)
            return [{k: v["value"] for k, v in b.items()} for b in doc["results"]["bindings"]]
        except (ValueError, KeyError, TypeError) as err:
            raise EndpointError(f"POST {self.query_url}: not SPARQL JSON results ({err})") from None

    def graph_names(self, prefix: str = "") -> set[str]:
        """Named graphs on the server whose IRI starts with ``prefix``."""
        flt = f'FILTER(STRSTARTS(STR(?g), "{prefix}"))' if prefix else ""
        rows = self.select(f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {flt} }}")
        return {r["g"] for r in rows if "g" in r}


class _HTTPFailure(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
