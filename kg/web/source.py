"""The graph a ``kg serve`` or ``kg report`` shows: a graph file or an on-disk store.

A graph file (Turtle, TriG, N-Quads, N-Triples, JSON-LD) is read into an in-memory
pyoxigraph store laid out as a kg store: each release in its named graph (as the file
has them) and the union, deduplicated, in the default graph, so that pages and queries see
one set of triples. A store (``kg build ... --store PATH``) is opened read-only.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from kg.errors import BadInput, QueryError

__all__ = ["GraphSource", "load_file_store", "open_source", "worker_spec"]

_OX_FORMATS = {"turtle": ox.RdfFormat.TURTLE, "trig": ox.RdfFormat.TRIG,
               "nquads": ox.RdfFormat.N_QUADS, "nt": ox.RdfFormat.N_TRIPLES}


def load_file_store(path: str | Path) -> ox.Store:
    """A graph file in an in-memory store with the union in the default graph.

    Raises :class:`BadInput` (exit 3) for a missing file and :class:`QueryError` (exit 7)
    with the parser's message for one that does not parse."""
    from kg.graph.export import format_for

    p = Path(path)
    fmt = format_for(p)
    if not p.is_file():
        raise BadInput("no such file" if not p.exists() else "not a file", source=str(p))
    store = ox.Store()
    if fmt in _OX_FORMATS:
        try:
            store.bulk_load(path=str(p), format=_OX_FORMATS[fmt], base_iri=p.resolve().as_uri())
        except SyntaxError as err:
            raise QueryError(f"cannot parse as {fmt}: {err}", source=str(p)) from None
        except (OSError, UnicodeDecodeError) as err:
            raise BadInput(f"cannot read: {err}", source=str(p)) from None
    else:  # JSON-LD: rdflib reads it with the context our export inlines
        from kg.graph.export import load_graph

        ds = load_graph(p, fmt)
        store.bulk_load(ds.serialize(format="nquads").encode("utf-8"), format=ox.RdfFormat.N_QUADS)
    if any(True for _ in store.named_graphs()):
        store.update("INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")
    return store


@dataclass
class GraphSource:
    """The store the pages read, what query workers open (``worker_spec``), and a label."""

    store: ox.Store
    label: str
    worker_spec: tuple[str, str]

    def close(self) -> None:
        """Nothing to free today (a read-only store closes with its last reference)."""


def worker_spec(graph: str | Path | None = None, store: str | Path | None = None) -> tuple[str, str]:
    """What a query worker opens: ``("store", path)`` or ``("file", path)``."""
    if (graph is None) == (store is None):
        raise BadInput("give a graph file or --store PATH (not both)")
    return ("store", str(Path(store).resolve())) if store is not None else ("file", str(Path(graph).resolve()))


def open_source(graph: str | Path | None = None, store: str | Path | None = None) -> GraphSource:
    """Open a graph file (into memory) or a store (read-only)."""
    spec = worker_spec(graph, store)
    if store is not None:
        from kg.corpus.store import open_store

        return GraphSource(open_store(store, read_only=True), str(store), spec)
    return GraphSource(load_file_store(graph), str(graph), spec)
