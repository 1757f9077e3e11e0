"""Writing a store's listing index (:mod:`kg.corpus.listings`): the shipped listings'
key rows, sorted, for the store as it is. Apart from :mod:`kg.corpus.listings` because it
runs the queries (:mod:`kg.graph.query`), which read the index through that module."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from kg.corpus.listings import ListingIndex, fingerprint

__all__ = ["refresh_listings", "write_listing_index", "write_listings"]


def refresh_listings(path: str | Path, queries: Iterable[str] | None = None) -> int:
    """Write the index of the store at ``path``, closed by its writer: opened read-only, as
    readers will see it (a writer's store changes its files as it closes: RocksDB compacts,
    so an index written before would be stale). Returns how many listings were written."""
    import pyoxigraph as ox

    store = ox.Store.read_only(str(path))
    try:
        return write_listings(store, path, queries)
    finally:
        del store


def write_listings(store: Any, path: str | Path, queries: Iterable[str] | None = None) -> int:
    """Sort the key rows of every listing (the shipped example queries with a page key, or
    ``queries``) and write them to ``<path>/kg-listings.sqlite`` for the files of the store
    as they are now. Returns how many listings were written. For a store still open for
    writing, prefer :func:`refresh_listings` once it is closed."""
    from kg.graph.query import EXAMPLE_QUERIES, listing_key_rows, prepare_query

    fp = fingerprint(path)
    entries = []
    seen = set()
    for text in (EXAMPLE_QUERIES.values() if queries is None else queries):
        sparql = prepare_query(text)
        if _signature(sparql) in seen:
            continue  # the key rows of another listing (hosts, topics): not sorted twice
        got = listing_key_rows(store, sparql)
        if got is None or got[0] in seen:
            continue
        seen.add(got[0])
        entries.append(got)
    ListingIndex(path).put(entries, fp, replace_all=True)
    return len(entries)


def _signature(sparql: str) -> str | None:
    """The signature :func:`kg.graph.query.listing_key_rows` gives a listing, without
    running its key query; None for a query that is no listing."""
    from kg.corpus.listings import signature
    from kg.graph.ordering import split_order_by
    from kg.graph.query import _key_query_parts

    split = split_order_by(sparql)
    parts = None if split is None else _key_query_parts(sparql, split[0])
    return None if parts is None else signature(parts[0], split[1])


def write_listing_index(path: Path) -> None:
    """The hook after a build (:func:`kg.corpus.store.build_session`): the store's listing
    index for the store as the build left it, so that the first page of a listing needs
    no sort of the whole graph. Optional: when it cannot be written it stays stale, and
    readers sort without it."""
    import sqlite3

    from kg.errors import KGError

    if not (Path(path) / "CURRENT").exists():
        return
    try:
        refresh_listings(path)
    except (KGError, OSError, RuntimeError, ValueError, sqlite3.Error):
        pass
