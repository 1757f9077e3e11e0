"""The on-disk graph store for corpora: an Oxigraph store (pyoxigraph, RocksDB).

    >>> store = open_store(".kg-store")            # read-write, created when missing
    >>> run_query(open_store(".kg-store", read_only=True), "SELECT ...")
    >>> ds = store_to_dataset(store)               # the rdflib API over it (oxrdflib)

Layout: one named graph per document, named ``ekgid:doc-<content hash>`` (see
:func:`kg.rdf.mapper.doc_iri`), exactly as in the in-memory build, **plus the union of all
documents, deduplicated, in the default graph**. That graph name is also the bookkeeping:
a document is "in the store" when its graph is, so re-running a build over the same input
skips it (unless ``--force``), with no second table to keep in step. Each write
(:func:`load_documents`) is one transaction, or with ``bulk`` one bulk load that a build
keeps below the loader's batch of a million quads (:data:`kg.corpus.writer.LOAD_MAX_QUADS`:
one RocksDB ingestion), so a graph is either complete or absent, even when a run is killed.

Why the union is materialized: Oxigraph's ``use_default_graph_as_union`` gives a triple
once *per named graph holding it*, so a join over shared nodes (a country or an agent named
in 1,000 releases) multiplies rows: on 100 releases the shipped ``events.rq`` took 78 s
and a 3-pattern join returned 41,064 rows for 87 distinct ones. Against the default graph
(a set) the same queries take milliseconds. Query such a store with
``use_default_graph_as_union=False`` (:func:`union_in_default_graph` tells which mode a
store needs); the price is the triples stored twice (the writes run off the parsing thread).

Triples are written as N-Quads text straight into pyoxigraph (``Store.load``), never through
rdflib's memory store and serializers, which are 5-100x slower.
"""

from __future__ import annotations

import gc
import re
import shutil
import sys
import traceback
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Dataset, Literal, URIRef
from rdflib.namespace import XSD

from kg.errors import KGError, StoreBusy
from kg.rdf.namespaces import ID, bind_prefixes

__all__ = [
    "DOC_GRAPH_PREFIX",
    "StoreError",
    "as_nquads",
    "build_session",
    "bulk_load_files",
    "document_graph",
    "document_nquads",
    "dump_store",
    "has_document",
    "is_storage_error",
    "load_documents",
    "ntriples",
    "open_store",
    "record_store_conflicts",
    "remove_documents",
    "storage_error",
    "store_to_dataset",
    "stored_document_ids",
    "union_in_default_graph",
]

DOC_GRAPH_PREFIX = str(ID) + "doc-"


class StoreError(KGError):
    """The store cannot be opened: missing, or not a store (exit 3; a busy store is
    :class:`~kg.errors.StoreBusy`, exit 8)."""

    exit_code = 3


def open_store(path: str | Path, read_only: bool = False) -> ox.Store:
    """Open (read-write: create when missing) the Oxigraph store at ``path``.

    Read-only opening needs an existing store, and waits while a kg build writes to it
    (:mod:`kg.corpus.storelock`): it gets the finished store, or :class:`StoreBusy` (exit 8)
    after ``KG_STORE_WAIT`` seconds. Read-write opening takes the writer's lock (waiting
    for readers the same way); Oxigraph allows one writer at a time, and a second writer
    gets a clear :class:`StoreBusy` rather than a RocksDB message only.
    """
    from kg.corpus.storelock import acquire_read, acquire_write

    p = Path(path)
    if read_only:
        if not p.is_dir():
            raise StoreError("no store here (build one with `kg build ... --store PATH`)", source=str(p))
        acquire_read(p)
        try:
            store = ox.Store.read_only(str(p))
            from kg.corpus.listings import register_store

            register_store(store, p)  # its listing index (kg-listings.sqlite) is in p
            return store
        except (OSError, RuntimeError) as err:  # RuntimeError: RocksDB "Corruption", ...
            if not (p / "CURRENT").exists():
                raise StoreError("not a store (no Oxigraph store in this directory)", source=str(p)) from None
            raise StoreBusy(f"cannot read the store: {err} (is a program other than kg writing to it?)",
                            source=str(p)) from None
    if p.exists() and not p.is_dir():
        raise StoreError("exists and is not a store directory", source=str(p))
    acquire_write(p)
    try:
        return ox.Store(str(p))
    except (OSError, RuntimeError) as err:
        if "lock" in str(err).lower():
            raise StoreBusy(f"cannot open the store: {err} (is another `kg build` writing to it?)",
                            source=str(p)) from None
        raise StoreError(f"cannot open the store: {err}", source=str(p)) from None


def storage_error(err: BaseException, source: str | None = None) -> StoreBusy:
    """The error to raise for a storage failure met while reading (pyoxigraph raises
    ``OSError`` for I/O and ``RuntimeError`` for RocksDB corruption): the store is
    unavailable (exit 8), not the query wrong."""
    return StoreBusy(f"cannot read the store: {err}", source=source)


def is_storage_error(err: BaseException) -> bool:
    """True for what pyoxigraph raises when the store's files fail, not the query."""
    text = str(err)
    return isinstance(err, OSError) or (isinstance(err, RuntimeError) and (
        "Corruption" in text or "IO error" in text or ".sst" in text))


@contextmanager
def build_session(path: str | Path | None, on_closed: Callable[[Path], None] | None = None) -> Iterator[None]:
    """Around a build into the store at ``path``: afterwards, once the store is closed and
    while no reader is in yet, call ``on_closed(path)`` (the build writes the store's listing
    index there: :mod:`kg.corpus.listings_writer`), and let readers in again
    (:func:`kg.corpus.storelock.release_write`), and when this build created the directory
    but no document landed in it (every document failed, no input, an error), remove it:
    a failed first build leaves nothing behind. A store that was there before is never
    removed."""
    if path is None:
        yield
        return
    from kg.corpus.storelock import forget, release_write

    p = Path(path)
    existed = p.exists()
    try:
        yield
    finally:
        failure = sys.exc_info()[1]
        if failure is not None and failure.__traceback__ is not None:
            # the frames of the failed build hold the open store: let it close first
            traceback.clear_frames(failure.__traceback__)
        gc.collect()
        if not existed and p.is_dir() and not _holds_documents(p):
            forget(p)
            shutil.rmtree(p, ignore_errors=True)
        else:
            try:
                if failure is None and on_closed is not None:
                    on_closed(p)  # still the writer, the store closed
            finally:
                release_write(p)


def _holds_documents(path: Path) -> bool:
    """Whether the store at ``path`` holds any named graph; True when it cannot be read
    (keep what cannot be checked)."""
    if not (path / "CURRENT").exists():
        return any(x.name != "kg.lock" for x in path.iterdir())
    try:
        store = ox.Store.read_only(str(path))
        return next(iter(store.named_graphs()), None) is not None
    except (OSError, RuntimeError):
        return True


def store_to_dataset(store: ox.Store) -> Dataset:
    """An rdflib :class:`Dataset` view of ``store`` (through oxrdflib, no copy).

    Its default graph is the union of the documents' graphs, like the in-memory build, so
    :func:`kg.graph.export.serialize`, :mod:`kg.graph.summary` and rdflib code work unchanged.
    """
    from oxrdflib import OxigraphStore

    # a kg store keeps the union in its default graph; reading the union of the named
    # graphs instead would repeat each shared triple once per document
    ds = Dataset(store=OxigraphStore(store=store), default_union=not union_in_default_graph(store))
    bind_prefixes(ds)
    return ds


# --------------------------------------------------------------------------- bookkeeping


def document_graph(doc_id: str) -> str:
    """The IRI of a document's named graph, from its content hash (``Document.id``)."""
    return DOC_GRAPH_PREFIX + doc_id


def stored_document_ids(store: ox.Store) -> set[str]:
    """Ids (content hashes) of every document whose graph is in the store."""
    n = len(DOC_GRAPH_PREFIX)
    return {g.value[n:] for g in store.named_graphs()
            if isinstance(g, ox.NamedNode) and g.value.startswith(DOC_GRAPH_PREFIX)}


def has_document(store: ox.Store, doc_id: str) -> bool:
    return store.contains_named_graph(ox.NamedNode(document_graph(doc_id)))


# --------------------------------------------------------------------------- writing


# N-Triples escapes, as Oxigraph writes them: short forms where N-Triples has one,
# \uXXXX for the other control characters
_ESCAPES = {i: f"\\u{i:04X}" for i in [*range(0x20), 0x7F]}
_ESCAPES.update({0x08: "\\b", 0x09: "\\t", 0x0A: "\\n", 0x0C: "\\f", 0x0D: "\\r",
                 ord('"'): '\\"', ord("\\"): "\\\\"})
_XSD_STRING = XSD.string  # Oxigraph writes it as a plain literal
_IRIS: dict[str, str] = {}  # IRI -> "<IRI>", checked once by Oxigraph's IRI parser (bounded:
# the per-document IRIs churn through it; the vocabulary's come back at once)


def _nt_iri(iri: str) -> str:
    text = _IRIS.get(iri)
    if text is None:
        ox.NamedNode(iri)  # raises ValueError for an invalid IRI, as the store would
        if len(_IRIS) > 20_000:
            _IRIS.clear()
        text = _IRIS[iri] = "<" + str(iri) + ">"
    return text


def _nt_term(t) -> str:
    tt = type(t)
    if tt is URIRef:  # most terms: the cache straight away (a subclass goes the long way)
        text = _IRIS.get(t)
        return _nt_iri(t) if text is None else text
    if tt is Literal:
        lexical = '"' + str.translate(t, _ESCAPES) + '"'
        language = t.language
        if language:
            return lexical + "@" + language.lower()
        datatype = t.datatype
        if datatype is not None and datatype != _XSD_STRING:
            return lexical + "^^" + _nt_iri(datatype)
        return lexical
    return _nt_other(t)


def _nt_other(t) -> str:
    """:func:`_nt_term` of a blank node, or of a subclass of an rdflib term."""
    if isinstance(t, URIRef):
        return _nt_iri(t)
    if isinstance(t, Literal):
        lexical = '"' + str(t).translate(_ESCAPES) + '"'
        if t.language:
            return lexical + "@" + t.language.lower()
        if t.datatype is not None and t.datatype != _XSD_STRING:
            return lexical + "^^" + _nt_iri(t.datatype)
        return lexical
    if isinstance(t, BNode):
        return "_:" + str(t)
    raise ValueError(f"not an RDF term: {t!r}")


#: a character N-Triples escapes (:data:`_ESCAPES`): most literals have none, and need no translate
_NEEDS_ESCAPE = re.compile('[\x00-\x1f"\\\\\x7f]').search


def ntriples(triples: Iterable[tuple]) -> bytes:
    """N-Triples of rdflib triples, one triple a line, byte for byte what Oxigraph's writer
    gives (tested), written in Python: 2x faster than building pyoxigraph terms first.

    :func:`_nt_term` inlined for the terms of nearly every triple (an IRI already checked,
    a plain or typed literal), and a literal's text translated only when it holds a
    character to escape: 0.38 -> 0.29 ms a release (300 generated releases)."""
    get = _IRIS.get
    term = _nt_term
    needs = _NEEDS_ESCAPE
    rows: list[str] = []
    add = rows.append
    for s, p, o in triples:
        ss = get(s) if type(s) is URIRef else None
        if ss is None:
            ss = term(s)
        ps = get(p) if type(p) is URIRef else None
        if ps is None:
            ps = term(p)
        to = type(o)
        if to is URIRef:
            os_ = get(o)
            if os_ is None:
                os_ = term(o)
        elif to is Literal:  # as _nt_term writes it
            os_ = '"' + (str.translate(o, _ESCAPES) if needs(o) else o) + '"'
            language = o.language
            if language:
                os_ = os_ + "@" + language.lower()
            else:
                datatype = o.datatype
                if datatype is not None and datatype != _XSD_STRING:
                    os_ = os_ + "^^" + _nt_iri(datatype)
        else:
            os_ = term(o)
        add(f"{ss} {ps} {os_} .\n")
    return "".join(rows).encode("utf-8")


def as_nquads(nt: bytes, graph: str) -> bytes:
    """N-Triples (as written by :func:`ntriples`) -> N-Quads in ``graph``.

    Safe as plain text replacement: N-Triples escapes line breaks inside literals, so
    ``" .\\n"`` only ever ends a statement.
    """
    return nt.replace(b" .\n", b" <" + graph.encode() + b"> .\n")


def union_in_default_graph(store: ox.Store) -> bool:
    """True for a store laid out by kg (the default graph holds the union of the document
    graphs): query it with ``use_default_graph_as_union=False``."""
    return next(iter(store.quads_for_pattern(None, None, None, ox.DefaultGraph())), None) is not None


def remove_documents(store: ox.Store, graphs: Iterable[str]) -> None:
    """Drop documents' graphs, and their triples from the union that no other document
    asserts."""
    for g in graphs:
        node = ox.NamedNode(g)
        if store.contains_named_graph(node):
            store.update(
                f"DELETE {{ ?s ?p ?o }} WHERE {{ GRAPH <{g}> {{ ?s ?p ?o }} "
                f"FILTER NOT EXISTS {{ GRAPH ?other {{ ?s ?p ?o }} FILTER(?other != <{g}>) }} }}"
            )
            store.remove_graph(node)


def load_documents(store: ox.Store, docs: Sequence[tuple[str, bytes]], *, replace: bool = False,
                   bulk: bool = False) -> int:
    """Write documents, each ``(graph IRI, N-Triples bytes)``, in one call.

    With ``replace`` the graphs are emptied first (``--force``: stale triples of an older
    extraction must not survive). ``bulk`` uses Oxigraph's bulk loader: it writes sorted
    files and hands them to RocksDB in one ingestion, 3x less CPU than a transaction
    (measured: 1,000 releases, 580k quads, 7.4 s -> 3.1 s CPU), at the price of
    transactional isolation from concurrent writers, which a build does not have.
    Returns the number of quads written.
    """
    if not docs:
        return 0
    if replace:
        remove_documents(store, (g for g, _ in docs))
    if bulk:
        # two loads: the union (N-Triples into the default graph), then the documents' graphs.
        # The same quads as one N-Quads load of both, for ~10% less CPU (300 releases, 208k
        # quads: 1.05 -> 0.95 s, Oxigraph 0.5.13, best of 4 interleaved). The union goes first:
        # a build killed between the two leaves those documents without their graphs, so the
        # next run builds them again (a document counts as stored by its graph,
        # :func:`has_document`), never a graph without its triples in the union.
        store.bulk_load(b"".join([nt for _, nt in docs]), format=ox.RdfFormat.N_TRIPLES,
                        lenient=True)  # IRIs checked by ntriples()
        store.bulk_load(b"".join([as_nquads(nt, g) for g, nt in docs]), format=ox.RdfFormat.N_QUADS,
                        lenient=True)
    else:
        # each document as document_nquads() gives it, joined without concatenating each first
        data = b"".join([part for g, nt in docs for part in (as_nquads(nt, g), nt)])
        store.load(data, format=ox.RdfFormat.N_QUADS)
    return sum(nt.count(b"\n") for _, nt in docs)


def document_nquads(graph: str, nt: bytes) -> bytes:
    """A document as N-Quads in the store layout: in its named graph and in the default
    graph (the union; N-Triples lines are N-Quads in the default graph)."""
    return as_nquads(nt, graph) + nt


def record_store_conflicts(store: ox.Store) -> list:
    """Find the conflicts between the store's documents (one edition, two start dates:
    :mod:`kg.graph.conflicts`) and write them into its named graph ``ekgid:conflicts``
    and the union, replacing the previous ones. Returns them."""
    from kg.graph.conflicts import CONFLICTS_GRAPH, conflict_triples, conflicts_in_store

    remove_documents(store, [str(CONFLICTS_GRAPH)])
    conflicts = conflicts_in_store(store)
    if conflicts:
        load_documents(store, [(str(CONFLICTS_GRAPH), ntriples(conflict_triples(conflicts)))])
    return conflicts


def bulk_load_files(store: ox.Store, paths: Iterable[str | Path]) -> int:
    """Bulk-load N-Quads files (the shards of a distributed build); returns how many."""
    n = 0
    for path in paths:
        store.bulk_load(path=str(path), format=ox.RdfFormat.N_QUADS)
        n += 1
    store.flush()
    return n


def dump_store(store: ox.Store, fmt: str, output: str | Path | None = None) -> bytes | None:
    """Write the whole store as N-Quads or TriG straight from Oxigraph (streaming, plain
    literals without ``^^xsd:string``); returns the bytes when ``output`` is None."""
    from kg.rdf.namespaces import PREFIXES

    if fmt not in ("nquads", "trig"):
        raise ValueError(f"dump_store writes nquads or trig, not {fmt!r}")
    # the documents' graphs only: the default graph of a kg store is their union
    quads = (q for q in store if not isinstance(q.graph_name, ox.DefaultGraph)) \
        if union_in_default_graph(store) else iter(store)
    if fmt == "nquads":
        return ox.serialize(quads, str(output), format=ox.RdfFormat.N_QUADS) if output \
            else ox.serialize(quads, format=ox.RdfFormat.N_QUADS)
    prefixes = {k: str(v) for k, v in PREFIXES.items()}
    if output:
        return ox.serialize(quads, str(output), format=ox.RdfFormat.TRIG, prefixes=prefixes)
    return ox.serialize(quads, format=ox.RdfFormat.TRIG, prefixes=prefixes)
