"""The SPARQL 1.1 Protocol, read-only: what a request asks, and which format answers it.

* A query comes as ``GET /sparql?query=...``, as ``POST`` of a form
  (``application/x-www-form-urlencoded``, field ``query``) or as ``POST`` of the query
  itself (``application/sparql-query``); ``default-graph-uri`` and ``named-graph-uri``
  may be repeated (as URL parameters, or form fields).
* An update (``update=`` field, ``application/sparql-update`` body, or an update operation
  sent as a query) is refused with **403 Forbidden**: the endpoint is read-only.
* ``SERVICE`` (federated query) is refused with 400: the server makes no outgoing calls.
* The answer's format follows ``Accept`` (or a ``format=`` parameter: ``json``, ``xml``,
  ``csv``, ``tsv``, ``turtle``, ``ntriples``): SPARQL JSON (the default), XML, CSV or TSV
  for SELECT and ASK; Turtle (the default), N-Triples or RDF/XML for CONSTRUCT and
  DESCRIBE. An ``Accept`` that none of these satisfies gets 406.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import parse_qs

__all__ = [
    "GRAPH_FORMATS",
    "RESULT_FORMATS",
    "ProtocolError",
    "SparqlRequest",
    "choose_format",
    "first_keyword",
    "parse_accept",
    "parse_request",
    "uses_service",
]

#: media type -> pyoxigraph QueryResultsFormat name, for SELECT and ASK (first: default)
RESULT_FORMATS: dict[str, str] = {
    "application/sparql-results+json": "JSON",
    "application/sparql-results+xml": "XML",
    "text/csv": "CSV",
    "text/tab-separated-values": "TSV",
}
#: media type -> pyoxigraph RdfFormat name, for CONSTRUCT and DESCRIBE (first: default)
GRAPH_FORMATS: dict[str, str] = {
    "text/turtle": "TURTLE",
    "application/n-triples": "N_TRIPLES",
    "application/rdf+xml": "RDF_XML",
}
_ALIASES = {
    "application/json": "application/sparql-results+json",
    "application/xml": "application/sparql-results+xml",
    "text/xml": "application/sparql-results+xml",
    "text/plain": "application/n-triples",
    "application/x-turtle": "text/turtle",
}
_FORMAT_PARAM = {
    "json": "application/sparql-results+json", "xml": "application/sparql-results+xml",
    "csv": "text/csv", "tsv": "text/tab-separated-values", "turtle": "text/turtle",
    "ttl": "text/turtle", "ntriples": "application/n-triples", "nt": "application/n-triples",
    "rdfxml": "application/rdf+xml",
}


class ProtocolError(Exception):
    """A request the endpoint refuses: HTTP ``status`` and a message for the client."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


@dataclass
class SparqlRequest:
    query: str
    accept: list[str] = field(default_factory=list)   # media types, best first
    default_graphs: list[str] = field(default_factory=list)
    named_graphs: list[str] = field(default_factory=list)


def parse_accept(header: str | None) -> list[str]:
    """Media types of an ``Accept`` header, best first (q-values; ties keep their order).
    ``*/*`` and ``type/*`` stay as written; types with ``q=0`` are dropped."""
    if not header:
        return ["*/*"]
    items = []
    for i, part in enumerate(header.split(",")):
        fields = [f.strip() for f in part.split(";")]
        media = fields[0].lower()
        if not media:
            continue
        q = 1.0
        for f in fields[1:]:
            if f.lower().startswith("q="):
                try:
                    q = float(f[2:])
                except ValueError:
                    q = 0.0
        if q > 0:
            items.append((-q, i, _ALIASES.get(media, media)))
    return [m for _, _, m in sorted(items)] or ["*/*"]


def choose_format(kind: str, accept: list[str]) -> str | None:
    """The media type to answer with, for a ``kind`` of answer ("solutions", "boolean",
    "triples"), or None when ``accept`` allows none of ours."""
    table = GRAPH_FORMATS if kind == "triples" else RESULT_FORMATS
    for media in accept:
        if media in table:
            return media
        if media == "*/*":
            return next(iter(table))
        if media.endswith("/*"):
            major = media[:-1]
            found = next((m for m in table if m.startswith(major)), None)
            if found:
                return found
        if media == "text/html":  # a browser asking: give it something it shows
            return "application/sparql-results+json" if kind != "triples" else "text/turtle"
    return None


# --------------------------------------------------------------------------- the query text

_TOKENS = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""'       # long strings
    r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"(?:[^"\\\n]|\\.)*"'                 # strings
    r"|'(?:[^'\\\n]|\\.)*'"
    r"|<[^<>\"{}|^`\\\s]*>"                # IRIs
    r"|#[^\n]*",                           # comments
)
_UPDATE_KEYWORDS = {"INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH"}


def _code(sparql: str) -> str:
    """The query without strings, IRIs and comments (each replaced by a space)."""
    return _TOKENS.sub(" ", sparql)


def first_keyword(sparql: str) -> str:
    """The first keyword after the prologue (``PREFIX``/``BASE`` declarations):
    ``SELECT``, ``CONSTRUCT``, ``INSERT``, ..."""
    code = _code(sparql)
    code = re.sub(r"(?i)\b(PREFIX\s+[\w.-]*:|BASE)\s", " ", code)
    m = re.search(r"[A-Za-z]+", code)
    return m.group(0).upper() if m else ""


def uses_service(sparql: str) -> bool:
    return re.search(r"(?i)\bSERVICE\b", _code(sparql)) is not None


# --------------------------------------------------------------------------- requests


def _form(body: bytes) -> dict[str, list[str]]:
    try:
        return parse_qs(body.decode("utf-8"), keep_blank_values=True)
    except UnicodeDecodeError:
        raise ProtocolError(400, "the form is not UTF-8") from None


def parse_request(method: str, params: dict[str, list[str]], content_type: str | None, body: bytes,
                  accept_header: str | None) -> SparqlRequest:
    """A protocol request as a :class:`SparqlRequest`; :class:`ProtocolError` for a request
    the endpoint refuses (an update: 403; no query, two queries, SERVICE: 400)."""
    ctype = (content_type or "").split(";")[0].strip().lower()
    fields = {k: list(v) for k, v in params.items()}
    query: list[str] = list(fields.get("query", []))
    if method == "POST":
        if ctype == "application/sparql-update":
            raise ProtocolError(403, "this endpoint is read-only: SPARQL Update is refused")
        if ctype == "application/sparql-query":
            try:
                query.append(body.decode("utf-8"))
            except UnicodeDecodeError:
                raise ProtocolError(400, "the query is not UTF-8") from None
        elif ctype in ("application/x-www-form-urlencoded", ""):
            form = _form(body)
            for k, v in form.items():
                fields.setdefault(k, []).extend(v)
            query += form.get("query", [])
        else:
            raise ProtocolError(415, f"unsupported Content-Type {ctype!r}: send application/sparql-query "
                                     "or an application/x-www-form-urlencoded form")
    elif method != "GET":
        raise ProtocolError(405, "use GET or POST (the endpoint is read-only)")
    if fields.get("update"):
        raise ProtocolError(403, "this endpoint is read-only: SPARQL Update is refused")
    if not query:
        raise ProtocolError(400, "no query: give query=... (GET or a POSTed form) or POST application/sparql-query")
    if len(query) > 1:
        raise ProtocolError(400, "give one query, not several")
    text = query[0]
    if first_keyword(text) in _UPDATE_KEYWORDS:
        raise ProtocolError(403, "this endpoint is read-only: SPARQL Update is refused "
                                 f"({first_keyword(text)} is an update operation)")
    if uses_service(text):
        raise ProtocolError(400, "SERVICE (federated query) is not allowed: this endpoint makes no outgoing calls")
    accept = parse_accept(accept_header)
    fmt = (fields.get("format") or [None])[0]
    if fmt:
        media = _FORMAT_PARAM.get(fmt.lower(), _ALIASES.get(fmt.lower(), fmt.lower()))
        accept = [media]
    return SparqlRequest(query=text, accept=accept,
                         default_graphs=[g for g in fields.get("default-graph-uri", []) if g],
                         named_graphs=[g for g in fields.get("named-graph-uri", []) if g])
