"""Writing the graph in the usual RDF formats, and reading any of them back.

Named graphs matter: each release's triples live in a named graph named after the document
(see ``docs/graph-model.md``). TriG and N-Quads keep them; Turtle, N-Triples and JSON-LD
write the *union* of all graphs as one graph, since those formats have no (or, for
compact JSON-LD, no convenient) place for graph names.

Speed, measured on the sample replicated to 100,302 quads / 70,172 distinct triples (best of
3 runs, a shared machine, so ±30 %):

=========  ==========================================  ======================
format     rdflib                                      chosen
=========  ==========================================  ======================
Turtle     2.1-2.7 s (union copy + pretty writer)      pyoxigraph 0.5-0.6 s
TriG       4.0-8.3 s                                   pyoxigraph 1.0-1.2 s
N-Triples  0.30 s (hand-written n3() lines: 0.26 s)    rdflib
N-Quads    0.57-0.62 s (hand-written lines: 0.38-0.44) rdflib
=========  ==========================================  ======================

So Turtle and TriG go through pyoxigraph (triples sorted by subject, ``rdf:type`` first,
then predicates by prefixed name, blocks separated by blank lines; rdflib is the fallback for
terms pyoxigraph refuses). Hand-written N-Triples/N-Quads lines were only 1.1x / 1.5x faster
than rdflib's writers, below the 3x that would justify a second code path. (oxrdflib's
``ox-trig`` is faster still, 0.5 s, but writes every predicate on its own and a long list of
unused prefixes.)
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import RDF
from rdflib.term import Node

from kg.errors import BadInput, KGError, QueryError
from kg.rdf.namespaces import PREFIXES, bind_prefixes

__all__ = [
    "FORMATS",
    "UnknownFormat",
    "format_for",
    "jsonld_context",
    "load_graph",
    "parse_graph",
    "serialize",
    "sniff_format",
    "union_graph",
    "union_view",
]

FORMATS: dict[str, str] = {
    ".ttl": "turtle",
    ".trig": "trig",
    ".nq": "nquads",
    ".nt": "nt",
    ".jsonld": "json-ld",
    ".json": "json-ld",
}
_FORMAT_NAMES = frozenset(FORMATS.values())
_ALIASES = {
    "ttl": "turtle",
    "ntriples": "nt",
    "n-triples": "nt",
    "nq": "nquads",
    "n-quads": "nquads",
    "jsonld": "json-ld",
    "json": "json-ld",
}
_OX_FORMATS = {"turtle": ox.RdfFormat.TURTLE, "trig": ox.RdfFormat.TRIG}


class UnknownFormat(KGError, ValueError):
    """A file suffix or format name we cannot read or write (a bad command line)."""

    exit_code = 2


def _choices() -> str:
    return ", ".join(f"{suffix} ({name})" for suffix, name in FORMATS.items())


def format_for(path_or_suffix: str | Path) -> str:
    """The rdflib format name for a file path, a suffix (``.ttl``/``ttl``) or a format name.

    Raises :class:`UnknownFormat` naming the supported suffixes, so a typo on the command
    line gets an answer rather than a parser stack trace.
    """
    text = str(path_or_suffix).strip()
    low = text.lower()
    if low in _FORMAT_NAMES:
        return low
    if low in _ALIASES:
        return _ALIASES[low]
    suffix = Path(low).suffix if Path(low).suffix else "." + low.lstrip(".")
    if suffix in FORMATS:
        return FORMATS[suffix]
    raise UnknownFormat(f"unknown RDF format for {text!r}; choose one of: {_choices()}")


def _normalize_format(fmt: str) -> str:
    return fmt if fmt in _FORMAT_NAMES else format_for(fmt)


# --------------------------------------------------------------------------- union


def union_view(ds: Graph) -> Graph:
    """``ds`` seen as one graph: all triples of all named graphs, without copying.

    A Dataset is re-opened on the same store with ``default_union=True``; anything else is
    returned as is. Meant for reading (iteration, writers, SPARQL), not for adding.
    """
    if isinstance(ds, Dataset) and not ds.default_union:
        return Dataset(store=ds.store, default_union=True)
    return ds


def _as_dataset(g: Graph) -> Dataset:
    """``g`` itself if it holds named graphs, else a Dataset with its triples as default graph."""
    if isinstance(g, Dataset):
        return g
    ds = Dataset()
    bind_prefixes(ds)
    ds.default_graph.addN((s, p, o, ds.default_graph) for s, p, o in g)
    return ds


def union_graph(ds: Graph) -> Graph:
    """A plain :class:`Graph` holding the union of all named graphs (and the default graph)."""
    g = Graph()
    bind_prefixes(g)
    g.addN((s, p, o, g) for s, p, o in union_view(ds).triples((None, None, None)))
    return g


# --------------------------------------------------------------------------- pyoxigraph


def _to_ox(term: Node) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise ValueError(f"cannot write {term!r} with pyoxigraph")


_NAMESPACES = sorted(((str(ns), name) for name, ns in PREFIXES.items()), key=lambda x: -len(x[0]))


@lru_cache(maxsize=4096)
def _predicate_rank(p: Node) -> tuple[int, str]:
    """rdf:type first, then predicates by prefixed name (``ekg:…``, ``prov:…``, ``schema:…``)."""
    if p == RDF.type:
        return (0, "")
    text = str(p)
    for ns, name in _NAMESPACES:
        if text.startswith(ns):
            return (1, f"{name}:{text[len(ns) :]}")
    return (2, text)


def _sort_key(s: Node, p: Node, o: Node) -> tuple[str, tuple[int, str], str]:
    # grouped by subject, so pyoxigraph writes "ekgid:x a schema:Event , ekg:Summit ; ..."
    return (str(s), _predicate_rank(p), str(o))


def _ox_triples(ds: Graph) -> list[ox.Triple]:
    triples = sorted(union_view(ds).triples((None, None, None)), key=lambda t: _sort_key(*t))
    return [ox.Triple(_to_ox(s), _to_ox(p), _to_ox(o)) for s, p, o in triples]


def _ox_quads(ds: Dataset) -> list[ox.Quad]:
    rows = []
    for s, p, o, g in ds.quads((None, None, None, None)):
        gid = g.identifier if isinstance(g, Graph) else g
        rows.append(
            (str(gid) if gid != DATASET_DEFAULT_GRAPH_ID else "", _sort_key(s, p, o), s, p, o, gid)
        )
    rows.sort(key=lambda r: (r[0], r[1]))
    out = []
    for _, _, s, p, o, gid in rows:
        graph = ox.DefaultGraph() if gid is None or gid == DATASET_DEFAULT_GRAPH_ID else _to_ox(gid)
        out.append(ox.Quad(_to_ox(s), _to_ox(p), _to_ox(o), graph))
    return out


def _space_blocks(lines: Iterable[str], subject_indent: int) -> Iterator[str]:
    """Indent with spaces and put a blank line before each subject block and graph.

    pyoxigraph writes blocks back to back with tab indents. Working line by line is safe:
    it escapes newlines inside literals, so a line's leading tabs give its nesting depth
    (0 = Turtle subject or TriG graph name, 1 = TriG subject, deeper = predicates).
    """
    previous = ""
    for line in lines:
        depth = len(line) - len(line.lstrip("\t"))
        body = line[depth:]
        opens_block = (
            body
            and not body.startswith(("@", "}"))
            and depth <= subject_indent
            and not previous.endswith("{")
        )
        if opens_block and previous:
            yield ""
        out = "    " * depth + body
        yield out
        previous = out


def _ox_serialize(ds: Graph, fmt: str) -> str:
    items = _ox_quads(_as_dataset(ds)) if fmt == "trig" else _ox_triples(ds)
    prefixes = {name: str(ns) for name, ns in PREFIXES.items()}
    raw = ox.serialize(items, format=_OX_FORMATS[fmt], prefixes=prefixes).decode("utf-8")
    return "\n".join(_space_blocks(raw.splitlines(), 1 if fmt == "trig" else 0)) + "\n"


# --------------------------------------------------------------------------- N-Triples, N-Quads


class _TermWriter:
    """Each term's N-Triples form, made once per distinct term (a release repeats its
    event, places and predicates dozens of times): the same strings as rdflib's writers
    (``n3()`` for IRIs and blank nodes, its ``_quoteLiteral`` for literals)."""

    def __init__(self) -> None:
        from rdflib.plugins.serializers.nt import _quoteLiteral

        self._quote = _quoteLiteral
        self.resources: dict[Node, str] = {}
        self.literals: dict[Node, str] = {}

    def row(self, s: Node, p: Node, o: Node) -> str:
        res = self.resources
        ss = res.get(s)
        if ss is None:
            ss = res[s] = s.n3()
        ps = res.get(p)
        if ps is None:
            ps = res[p] = p.n3()
        if isinstance(o, Literal):
            os_ = self.literals.get(o)
            if os_ is None:
                os_ = self.literals[o] = self._quote(o)
        else:
            os_ = res.get(o)
            if os_ is None:
                os_ = res[o] = o.n3()
        return f"{ss} {ps} {os_}"


def ntriples(g: Graph) -> str:
    """``g`` as N-Triples, byte for byte what ``g.serialize(format="nt")`` writes (the
    same order, the same escapes), in about a third of its time."""
    w = _TermWriter()
    # a Dataset iterates quads (each triple once per graph holding it), as rdflib's writer reads them
    text = "".join([f"{w.row(t[0], t[1], t[2])} .\n" for t in g])
    text.encode("utf-8")  # rdflib's writer raises for what UTF-8 cannot encode; so do we
    return text


def nquads(ds: Dataset) -> str:
    """``ds`` as N-Quads, byte for byte what ``ds.serialize(format="nquads")`` writes (each
    graph in ``contexts()`` order, its triples in the store's order), in about a third of
    its time."""
    import warnings

    w = _TermWriter()
    parts = []
    with warnings.catch_warnings():  # Dataset.contexts() is deprecated, but it is rdflib's writer's order
        warnings.simplefilter("ignore", DeprecationWarning)
        contexts = list(ds.contexts())
    for context in contexts:
        gid = context.identifier
        name = gid.n3() if gid and gid != DATASET_DEFAULT_GRAPH_ID else ""
        tail = f" {name} .\n"
        parts.extend([w.row(s, p, o) + tail for s, p, o in context])
    parts.append("\n")
    # rdflib encodes each row with errors="replace" and returns the decoded text
    return "".join(parts).encode("utf-8", "replace").decode("utf-8")


# --------------------------------------------------------------------------- JSON-LD


def jsonld_context() -> dict:
    """The project's JSON-LD context (the value of ``@context``), from :mod:`kg.rdf.resources`."""
    from kg.rdf.resources import load_context

    ctx = load_context()
    if isinstance(ctx, dict) and "@context" in ctx:
        ctx = ctx["@context"]
    return ctx


def _jsonld(ds: Graph) -> str:
    """Compact JSON-LD of the union graph with our context inlined (so it parses offline).

    Nodes are sorted by ``@id`` so that output is stable and easy to read and diff.
    """
    g = union_graph(ds)
    raw = g.serialize(format="json-ld", context=jsonld_context(), auto_compact=True)
    doc = json.loads(raw)
    if isinstance(doc, dict) and isinstance(doc.get("@graph"), list):
        doc["@graph"].sort(key=lambda node: str(node.get("@id", "")))
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


# --------------------------------------------------------------------------- public API


def serialize(ds: Graph, fmt: str, destination: str | Path | None = None) -> str | None:
    """Write ``ds`` as ``fmt`` (a format name or file suffix).

    Turtle, N-Triples and JSON-LD get the union of the named graphs; TriG and N-Quads keep
    each document's graph. Returns the text, or writes it to ``destination`` and returns
    ``None``.
    """
    fmt = _normalize_format(fmt)
    if isinstance(ds, Dataset):
        bind_prefixes(ds)
    if fmt in _OX_FORMATS:
        try:
            text = _ox_serialize(ds, fmt)
        except ValueError:  # a term pyoxigraph rejects (e.g. a relative IRI): rdflib copes
            target = _as_dataset(ds) if fmt == "trig" else union_graph(ds)
            text = target.serialize(format=fmt)
    elif fmt == "json-ld":
        text = _jsonld(ds)
    elif fmt == "nt":
        text = ntriples(union_view(ds))
    else:  # nquads
        text = nquads(_as_dataset(ds))
    if destination is None:
        return text
    write_text(destination, text)
    return None


def write_text(destination: str | Path, text: str) -> None:
    """Write an output file; a path that cannot be written (a missing or read-only folder,
    a directory, ``/proc``) raises :class:`BadInput` naming it (exit code 3), not OSError."""
    try:
        Path(destination).write_text(text, encoding="utf-8")
    except OSError as err:
        raise BadInput(f"cannot write: {err.strerror or err}", source=str(destination)) from None


def load_graph(path: str | Path, fmt: str | None = None) -> Dataset:
    """Read a graph file in any supported format into a :class:`Dataset`; ``"-"`` reads
    standard input (the format then comes from ``fmt`` or the text, see :func:`parse_graph`).

    Named graphs (TriG, N-Quads) are kept; triple formats land in the default graph. The
    dataset is returned with ``default_union=True`` so that ``ds.triples(...)`` and SPARQL
    see every graph. A file that does not parse raises :class:`QueryError` carrying the
    parser's own message (exit code 7), never a traceback.
    """
    if str(path) == "-":
        import sys

        return parse_graph(sys.stdin.buffer.read(), fmt, source="<stdin>")
    p = Path(path)
    fmt = _normalize_format(fmt) if fmt else format_for(p)
    if not p.is_file():
        raise BadInput("no such file" if not p.exists() else "not a file", source=str(p))
    try:
        with p.open("rb") as fh:
            data = fh.read()
    except OSError as err:
        raise BadInput(f"cannot read: {err}", source=str(p)) from None
    return _parse(data, fmt, str(p), p.resolve().as_uri())


def sniff_format(data: bytes) -> str:
    """The likely format of graph text with no file name: JSON-LD when it starts with
    ``{`` or ``[``, else TriG (which also reads Turtle and N-Triples)."""
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n")
    return "json-ld" if head[:1] in (b"{", b"[") else "trig"


def parse_graph(data: bytes | str, fmt: str | None = None, *, source: str = "<text>") -> Dataset:
    """Graph text (bytes or str) as a :class:`Dataset`, like :func:`load_graph`. Without
    ``fmt`` the format is sniffed (:func:`sniff_format`); text that TriG cannot read is
    tried as N-Quads before the TriG parser's message is reported."""
    if isinstance(data, str):
        data = data.encode("utf-8")
    if not data.strip():
        raise BadInput("empty: no graph to read", source=source)
    if fmt:
        return _parse(data, _normalize_format(fmt), source, None)
    guess = sniff_format(data)
    try:
        return _parse(data, guess, source, None)
    except QueryError:
        if guess != "trig":
            raise
        try:
            return _parse(data, "nquads", source, None)
        except QueryError:
            pass
        raise


def _parse(data: bytes, fmt: str, source: str, public_id: str | None) -> Dataset:
    ds = Dataset(default_union=True)
    bind_prefixes(ds)
    try:
        ds.parse(source=io.BytesIO(data), format=fmt, publicID=public_id)
    except UnicodeDecodeError as err:
        raise BadInput(f"cannot read: {err}", source=source) from None
    except Exception as err:  # rdflib parsers raise many unrelated types
        message = str(err).strip() or type(err).__name__
        if isinstance(err, json.JSONDecodeError):
            message = f"not valid JSON: {err}"
        raise QueryError(f"cannot parse as {fmt}: {message}", source=source) from None
    return ds
