"""kg serve's query page pages the shipped listings through the store's listing index: the
rows of every page are those of the query without the index (``kg query``'s pages), the
cells those the engine gives for the same rows, through the worker and over HTTP; a
stale or damaged index gives way to the query.

The store is :mod:`tests.corpus.test_listings`' one: the test sample's releases copied
with other IRIs and names, so every listing has many rows, ties and pages that cross them."""

from __future__ import annotations

import re
import sqlite3
import urllib.request
from collections import Counter
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.corpus import listings
from kg.corpus.listings import INDEX_NAME, ListingIndex, fingerprint
from kg.graph import query as q
from kg.graph.query import EXAMPLE_QUERIES, page_key, prepare_query, run_query
from kg.rdf.namespaces import PREFIXES
from kg.web import pool as web_pool
from kg.web.pool import Rows, _answer, _cell, _rdflib_cell
from tests.corpus.test_listings import build, documents

LISTINGS = sorted(name for name, text in EXAMPLE_QUERIES.items() if page_key(text))
PREFIX_MAP = {name: str(ns) for name, ns in PREFIXES.items()}
PAGES = ((100, 0), (1, 0), (3, 0), (7, 7), (7, 14), (10, 20))


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("serve-listings") / "store"
    build(path, documents(range(8)))
    return path


def expected_rows(store, name: str, limit: int | None, offset: int = 0) -> tuple[list[tuple], bool]:
    """The page as ``kg query`` gives it without the listing index, as cells."""
    got = run_query(store, EXAMPLE_QUERIES[name], limit=limit, offset=offset, listings=False)
    return [tuple(_rdflib_cell(t) for t in row) for row in got.terms], got.has_more


def page(store, name: str, limit: int, offset: int, index) -> Rows:
    req = {"query": prepare_query(EXAMPLE_QUERIES[name]), "max_rows": limit, "offset": offset}
    got = _answer(store, False, PREFIX_MAP, req, index)
    assert isinstance(got, Rows), got
    return got


@pytest.mark.parametrize("name", LISTINGS)
def test_worker_pages_are_the_pages_of_the_query(store_dir: Path, name: str) -> None:
    st = ox.Store.read_only(str(store_dir))
    every, _ = expected_rows(st, name, None)
    assert len(every) > 10
    for limit, offset in PAGES:
        got = page(st, name, limit, offset, ListingIndex(store_dir))
        assert got.rows == every[offset:offset + limit], (name, limit, offset)
        assert got.has_more == (offset + limit < len(every)), (name, limit, offset)
        plain = page(st, name, limit, offset, False)  # a graph without an index
        assert plain.rows == got.rows and plain.has_more == got.has_more and plain.columns == got.columns


@pytest.mark.parametrize("name", LISTINGS)
def test_worker_cells_are_the_engine_cells(store_dir: Path, name: str) -> None:
    """Every row of the listing, read through the index, is a row the engine gives for the
    query, cell for cell (lexical forms, datatypes, languages): only the order of rows
    tying on every key may differ from the engine's."""
    st = ox.Store.read_only(str(store_dir))
    text = prepare_query(EXAMPLE_QUERIES[name])
    engine = st.query(text, prefixes=PREFIX_MAP)
    columns = [v.value for v in engine.variables]
    engine_rows = Counter(tuple(_cell(s[c]) for c in columns) for s in engine)
    got = page(st, name, 10_000, 0, ListingIndex(store_dir))
    assert got.columns == columns and not got.has_more
    assert Counter(got.rows) == engine_rows


@pytest.mark.parametrize("name", ["events", "hosts", "sessions", "topics"])
def test_a_fresh_index_is_read_not_sorted_again(store_dir: Path, name: str, monkeypatch) -> None:
    st = ox.Store.read_only(str(store_dir))
    expected, _ = expected_rows(st, name, 5)
    monkeypatch.setattr(q, "_sorted_key_rows", lambda *a, **k: pytest.fail("the key rows were sorted again"))
    assert page(st, name, 5, 0, ListingIndex(store_dir)).rows == expected


def test_other_requests_are_the_engines(store_dir: Path, monkeypatch) -> None:
    """A bound listing, the endpoint's requests, a query of one's own: never paged by
    run_query (the engine answers them, as before)."""
    st = ox.Store.read_only(str(store_dir))
    monkeypatch.setattr(q, "run_query", lambda *a, **k: pytest.fail("paged through run_query"))
    text = prepare_query(EXAMPLE_QUERIES["hosts"])
    bound = prepare_query(EXAMPLE_QUERIES["hosts"], {"eventName": "2031 Northern Lights Hydrogen Summit 1"})
    for req in ({"query": bound, "max_rows": 5}, {"query": text, "accept": ["text/csv"]},
                {"query": text, "max_rows": 5, "default_graphs": [f"{PREFIXES['ekgid']}doc-x"]},
                {"query": "SELECT ?s WHERE { ?s ?p ?o } LIMIT 3", "max_rows": 5}):
        assert web_pool._listing_page(st, ListingIndex(store_dir), req) is None
        _answer(st, False, PREFIX_MAP, req, ListingIndex(store_dir))


def test_engine_pages_have_offsets(store_dir: Path) -> None:
    """A query of one's own is paged too (``offset``), by the engine."""
    st = ox.Store.read_only(str(store_dir))
    text = "SELECT ?e WHERE { ?e a schema:Event } ORDER BY ?e"
    every = [(_cell(s["e"]),) for s in st.query(text, prefixes=PREFIX_MAP)]
    got = _answer(st, False, PREFIX_MAP, {"query": text, "max_rows": 3, "offset": 2}, False)
    assert got.rows == every[2:5] and got.has_more


# --------------------------------------------------------------------------- over HTTP


def _table(html: str) -> list[str]:
    """The result table's rows, as HTML (what the page shows)."""
    body = html.split('<table class="results-table">', 1)
    return re.findall(r"<tr>(?:<td.*?</td>)*</tr>", body[1], re.S) if len(body) > 1 else []


class _Unindexed:
    """A pool that answers a page with ``kg query``'s rows without the index."""

    def __init__(self, path: Path) -> None:
        self.store = ox.Store.read_only(str(path))

    def run(self, req: dict) -> Rows:
        name = next(n for n in LISTINGS if prepare_query(EXAMPLE_QUERIES[n]) == req["query"])
        rows, more = expected_rows(self.store, name, req["max_rows"], req["offset"])
        columns = run_query(self.store, EXAMPLE_QUERIES[name], limit=1, listings=False).columns
        return Rows("solutions", list(columns), rows, more)


@pytest.mark.slow
def test_serve_query_pages_are_the_pages_of_the_query(store_dir: Path, tmp_path: Path) -> None:
    """Issue 13: `kg serve --store` answers each page of each listing (the query page,
    ?page=N) with the rows of the query without the index: with a fresh index, a stale
    one and a damaged one."""
    import shutil
    import threading

    from kg.web.data import GraphView
    from kg.web.routes import WebApp
    from kg.web.server import make_server

    path = tmp_path / "store"
    shutil.copytree(store_dir, path)
    rows = 7
    reference = WebApp(GraphView(ox.Store.read_only(str(path))), _Unindexed(path), rows=rows)
    server = make_server(store=path, host="127.0.0.1", port=0, timeout=30.0, workers=1, rows=rows)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()

    def get(target: str) -> str:
        with urllib.request.urlopen(server.url.rstrip("/") + target, timeout=60) as r:
            assert r.status == 200
            return r.read().decode("utf-8")

    def check(pages_of: dict[str, int]) -> None:
        for name in LISTINGS:
            for n in range(1, pages_of[name] + 1):
                target = f"/query?name={name}&run=1" + (f"&page={n}" if n > 1 else "")
                served = get(target)
                want = reference.handle("GET", target, {}).body.decode("utf-8")
                assert _table(served) == _table(want) and _table(served), (name, n)
                assert ('id="next-page"' in served) == ('id="next-page"' in want), (name, n)

    try:
        counts = {name: len(expected_rows(reference.pool.store, name, None)[0]) for name in LISTINGS}
        pages_of = {name: min(4, -(-counts[name] // rows)) for name in LISTINGS}
        assert ListingIndex(path).stored_fingerprint() == fingerprint(path)
        check(pages_of)
        # the last page of one listing, and one past it (no rows: no table)
        last = -(-counts["events"] // rows)
        assert 'id="next-page"' not in get(f"/query?name=events&run=1&page={last}")
        assert _table(get(f"/query?name=events&run=1&page={last + 1}")) == []
        # stale: the index says the store is in another state (and holds wrong rows)
        idx = ListingIndex(path)
        st = reference.pool.store
        sig, key_rows = q.listing_key_rows(st, prepare_query(EXAMPLE_QUERIES["events"]))
        key_rows.rows.reverse()
        assert idx.put([(sig, key_rows)], "another state", replace_all=True)
        check(pages_of)
        assert idx.stored_fingerprint() == fingerprint(path)  # sorted anew by the worker, written back
        # damaged: rows missing, and rows that do not decode
        conn = sqlite3.connect(str(path / INDEX_NAME))
        conn.execute("DELETE FROM keyrow WHERE pos >= 5")
        conn.execute("UPDATE keyrow SET terms = 'not json' WHERE pos = 2")
        conn.commit()
        conn.close()
        check(pages_of)
    finally:
        server.shutdown()
        server.close()
        thread.join(5)
        listings._OPENED.clear()
