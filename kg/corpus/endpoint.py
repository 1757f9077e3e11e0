"""Pushing documents' named graphs to a SPARQL server (``kg build --endpoint URL``).

Each document's graph is written with the SPARQL 1.1 Graph Store HTTP Protocol,
``PUT <gsp>?graph=<doc graph IRI>`` with an N-Triples body, which *replaces* the graph:
pushing the same document twice leaves one copy. When the server has no Graph Store
endpoint (404/405/415/501 on the first PUT), it falls back to SPARQL 1.1 Update
(``DROP SILENT GRAPH <g> ; INSERT DATA { GRAPH <g> { ... } }``) for the rest of the run.

``URL`` may be the server or dataset base; the service URLs follow each server's layout:

=================================================  ==========================  ================  ====================
server, URL given                                  Graph Store                 query             update
=================================================  ==========================  ================  ====================
Oxigraph ``http://h:7878``                         ``/store``                  ``/query``        ``/update``
Fuseki ``http://h:3030/ds``                        ``/ds/data``                ``/ds/query``     ``/ds/update``
GraphDB ``…/repositories/r``                       ``…/r/rdf-graphs/service``  ``…/r``           ``…/r/statements``
Virtuoso ``http://h:8890/sparql-graph-crud-auth``  (the URL)                   ``/sparql-auth``  ``/sparql-auth``
Virtuoso ``http://h:8890/sparql-graph-crud``       (the URL)                   ``/sparql``       ``/sparql``
=================================================  ==========================  ================  ====================

A URL ending in ``/store``, ``/data``, ``/rdf-graphs/service`` or ``/sparql-graph-crud[-auth]``
is taken as the Graph Store URL itself; a bare ``/sparql`` or ``/sparql-auth`` on a server
root is Virtuoso's layout.

Credentials (``user``/``password``, or ``http://user:password@host/...`` in the URL, which
is then stripped of them) answer the server's challenge, HTTP Digest (Virtuoso's
``-auth`` services) or Basic (Fuseki, GraphDB); they never appear in messages. Only the
standard library is used (``urllib``); every request has a timeout and failures raise
:class:`EndpointError` naming the URL, the HTTP status and the server's message.
"""

from __future__ import annotations

import html
import http.client
import json
import re
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field

from kg.errors import KGError

__all__ = ["Endpoint", "EndpointError"]

_FALLBACK_STATUSES = {404, 405, 415, 501}
GRAPH_PAGE = 10000  # graph names read per query (servers cap result sets: Virtuoso at 10,000)


class EndpointError(KGError):
    """The SPARQL server refused a request or could not be reached.

    ``unavailable`` tells a server that cannot take anything now (unreachable, timing out,
    refusing the credentials, failing with 5xx, no write service) from one that refused
    this request's data (a 4xx for one graph): the first stops a build (exit 8), the
    second fails one document. A URL or credentials that cannot work are a bad command
    line (exit 2)."""

    exit_code = 8

    def __init__(self, message: str, *, source: str | None = None, unavailable: bool = True,
                 exit_code: int | None = None) -> None:
        super().__init__(message, source=source)
        self.unavailable = unavailable
        if exit_code is not None:
            self.exit_code = exit_code


def _server_side(status: int) -> bool:
    """An HTTP status that no other request would fare better with: the server, not the data."""
    return status >= 500 or status in (401, 403, 404, 405, 407, 408, 429)


@dataclass
class Endpoint:
    gsp_url: str
    query_url: str
    update_url: str
    timeout: float = 30.0
    use_update: bool = False  # set after the Graph Store protocol was found missing
    user: str | None = None
    password: str | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        if self.user is not None and self.password is None:
            raise EndpointError(f"a user ({self.user!r}) but no password for {self.gsp_url}", exit_code=2)
        handlers = []
        if self.user is not None:
            # the server's challenge picks the scheme: Digest (Virtuoso) or Basic (Fuseki, GraphDB)
            pwd = urllib.request.HTTPPasswordMgrWithDefaultRealm()
            roots = {urllib.parse.urlsplit(u)._replace(path="/", query="", fragment="").geturl()
                     for u in (self.gsp_url, self.query_url, self.update_url)}
            pwd.add_password(None, sorted(roots), self.user, self.password)
            handlers = [urllib.request.HTTPDigestAuthHandler(pwd), urllib.request.HTTPBasicAuthHandler(pwd)]
        self._opener = urllib.request.build_opener(*handlers)

    @classmethod
    def from_url(cls, url: str, timeout: float = 30.0, *, user: str | None = None,
                 password: str | None = None) -> Endpoint:
        """The service URLs of the server at ``url`` (see the table above). ``user`` and
        ``password`` win over credentials in the URL."""
        parts = urllib.parse.urlsplit(url)
        try:
            parts.port  # noqa: B018 (raises on a port that is not a number)
        except ValueError:
            parts = parts._replace(scheme="")
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise EndpointError(f"not an http(s) URL: {redact(url)!r}", exit_code=2)
        if parts.username is not None:  # take the credentials out of the URL
            url = urllib.parse.urlunsplit(parts._replace(netloc=parts.netloc.rsplit("@", 1)[1]))
            if user is None:
                user = urllib.parse.unquote(parts.username)
                if password is None and parts.password is not None:
                    password = urllib.parse.unquote(parts.password)
        auth = {"user": user, "password": password}
        base = url.rstrip("/")
        path = parts.path.rstrip("/")
        if path.endswith("/rdf-graphs/service"):  # GraphDB Graph Store URL
            repo = base[: -len("/rdf-graphs/service")]
            return cls(base, repo, repo + "/statements", timeout, **auth)
        if "/repositories/" in path:  # GraphDB repository
            return cls(base + "/rdf-graphs/service", base, base + "/statements", timeout, **auth)
        if path.endswith("/store") or path.endswith("/data"):  # Oxigraph / Fuseki GSP URL
            root = base.rsplit("/", 1)[0]
            return cls(base, root + "/query", root + "/update", timeout, **auth)
        if path.endswith(("/sparql-graph-crud", "/sparql-graph-crud-auth")):  # Virtuoso GSP URL
            sparql = base.rsplit("/", 1)[0] + ("/sparql-auth" if path.endswith("-auth") else "/sparql")
            return cls(base, sparql, sparql, timeout, **auth)
        if path in ("/sparql", "/sparql-auth"):  # Virtuoso's query service on a server root
            return cls(base.rsplit("/", 1)[0] + "/sparql-graph-crud" + path[len("/sparql"):],
                       base, base, timeout, **auth)
        if path in ("", "/"):  # a server root: Oxigraph's layout
            return cls(base + "/store", base + "/query", base + "/update", timeout, **auth)
        return cls(base + "/data", base + "/query", base + "/update", timeout, **auth)  # Fuseki dataset

    # ------------------------------------------------------------------ HTTP
    def _request(self, method: str, url: str, body: bytes | None, headers: dict[str, str]) -> bytes:
        req = urllib.request.Request(url, data=body, method=method, headers=headers)
        try:
            with self._opener.open(req, timeout=self.timeout) as resp:
                return resp.read()
        except urllib.error.HTTPError as err:
            detail = _detail(err.read(4000), err.headers.get("Content-Type", ""))
            raise _HTTPFailure(err.code, f"{method} {url}: HTTP {err.code} {err.reason}"
                               + (f": {detail}" if detail else "") + self._auth_hint(err)) from None
        except ValueError as err:  # urllib's auth handlers meet a scheme they do not speak
            if "scheme" not in str(err):
                raise EndpointError(f"{method} {url}: {err}") from None
            raise _HTTPFailure(401, f"{method} {url}: HTTP 401, an authentication scheme kg does "
                                    f"not speak ({err})") from None
        except (urllib.error.URLError, TimeoutError, OSError, http.client.HTTPException) as err:
            reason = getattr(err, "reason", err)
            raise EndpointError(f"{method} {url}: cannot reach the server ({reason})") from None

    def _auth_hint(self, err: urllib.error.HTTPError) -> str:
        if err.code == 401 and self.user is None:
            scheme = (err.headers.get("WWW-Authenticate") or "").split(" ", 1)[0]
            return (f" (the server asks for {scheme + ' ' if scheme else ''}credentials: give --endpoint-user"
                    " and --endpoint-password, or KG_ENDPOINT_USER and KG_ENDPOINT_PASSWORD)")
        if err.code == 401:
            return f" (the server refused the credentials of {self.user!r})"
        if err.code == 403 and "/sparql-graph-crud" in err.url and "/sparql-graph-crud-auth" not in err.url:
            return (" (Virtuoso's anonymous SPARQL account may not write: use /sparql-graph-crud-auth"
                    " with a user holding the SPARQL_UPDATE role)")
        if err.code == 403:
            return " (this account may not write here)"
        return ""

    # ------------------------------------------------------------------ writes
    def put_graph(self, graph: str, ntriples: bytes) -> None:
        """Replace the named graph ``graph`` with the given N-Triples."""
        fell_back = False
        if not self.use_update:
            url = f"{self.gsp_url}?graph={urllib.parse.quote(graph, safe='')}"
            try:
                self._request("PUT", url, ntriples, {"Content-Type": "application/n-triples"})
                return
            except _HTTPFailure as err:
                if err.status not in _FALLBACK_STATUSES:
                    raise EndpointError(str(err), unavailable=_server_side(err.status)) from None
                self.use_update = fell_back = True
        try:
            self._update(f"DROP SILENT GRAPH <{graph}> ;\nINSERT DATA {{ GRAPH <{graph}> {{\n"
                         + ntriples.decode("utf-8") + "}}")
        except _HTTPFailure as err:
            if fell_back and err.status in _FALLBACK_STATUSES:
                raise EndpointError(f"neither a Graph Store service at {self.gsp_url} nor an Update "
                                    f"service at {self.update_url} ({err}); give the Graph Store URL "
                                    "(docs/scale.md lists each server's)") from None
            raise EndpointError(str(err), unavailable=_server_side(err.status)) from None

    def update(self, sparql: str) -> None:
        try:
            self._update(sparql)
        except _HTTPFailure as err:
            raise EndpointError(str(err)) from None

    def _update(self, sparql: str) -> None:
        self._request("POST", self.update_url, _form(update=sparql), _FORM)

    # ------------------------------------------------------------------ reads
    def select(self, sparql: str) -> list[dict[str, str]]:
        """Rows of a SELECT query, variable -> value (the lexical form / IRI)."""
        try:
            raw = self._request("POST", self.query_url, _form(query=sparql),
                                {**_FORM, "Accept": "application/sparql-results+json"})
        except _HTTPFailure as err:
            raise EndpointError(str(err)) from None
        try:
            doc = json.loads(raw)
            return [{k: v["value"] for k, v in b.items()} for b in doc["results"]["bindings"]]
        except (ValueError, KeyError, TypeError) as err:
            raise EndpointError(f"POST {self.query_url}: not SPARQL JSON results ({err})") from None

    def graph_names(self, prefix: str = "", page: int = GRAPH_PAGE) -> set[str]:
        """Named graphs on the server whose IRI starts with ``prefix``.

        Read in pages ordered by name, each starting after the last name of the one before
        (not ``OFFSET``: Virtuoso refuses sorted offsets past 10,000 rows), until a page
        brings no new name, so a server that cuts result sets short (Virtuoso's
        ``ResultSetMaxRows``) still gives every name. ``DISTINCT`` goes in a subquery:
        Oxigraph would otherwise sort every quad before removing the repeats (15x slower).
        """
        names: set[str] = set()
        after = None
        while True:
            flt = [f"STRSTARTS(STR(?g), {_string(prefix)})"] if prefix else []
            if after is not None:
                flt.append(f"STR(?g) > {_string(after)}")
            where = f" FILTER({' && '.join(flt)})" if flt else ""
            rows = self.select(f"SELECT ?g WHERE {{ {{ SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }} }}"
                               f"{where} }} ORDER BY STR(?g) LIMIT {page}")
            got = [r["g"] for r in rows if "g" in r]
            new = set(got) - names
            if not new:
                return names
            names |= new
            after = max(got)


def redact(url: str) -> str:
    """``url`` without a password in it (for messages)."""
    parts = urllib.parse.urlsplit(url)
    if parts.password is None:
        return url
    return urllib.parse.urlunsplit(parts._replace(netloc=parts.netloc.replace(
        ":" + parts.password + "@", ":***@", 1)))


# SPARQL 1.1 Protocol "via URL-encoded POST": the form every server reads (Virtuoso 7.2
# does not answer a POST of application/sparql-query)
_FORM = {"Content-Type": "application/x-www-form-urlencoded; charset=UTF-8"}


def _form(**fields: str) -> bytes:
    return urllib.parse.urlencode(fields).encode("ascii")


def _string(text: str) -> str:
    """A SPARQL string literal."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r") + '"'


def _detail(body: bytes, content_type: str) -> str:
    """The server's error message, one line: an HTML page (Virtuoso's errors) as its text."""
    text = body.decode("utf-8", "replace")
    if "html" in content_type.lower() or text.lstrip()[:1] == "<":
        text = html.unescape(re.sub(r"<[^>]*>", " ", re.sub(r"(?is)<(head|style|script)\b.*?</\1>", " ", text)))
    text = " ".join(text.split())
    return text[:300] + ("…" if len(text) > 300 else "")


class _HTTPFailure(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
