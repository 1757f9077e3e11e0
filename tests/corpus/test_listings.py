"""kg.corpus.listings: the listing index beside a store gives the pages the query alone gives.

The store here is the test sample's two releases copied with other IRIs and names (shared
places, agents and topics; event names that tie across copies), so every shipped listing
has many rows, ties on its keys, and pages that cross them."""

from __future__ import annotations

import re
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.corpus import listings
from kg.corpus.listings import INDEX_NAME, ListingIndex, fingerprint
from kg.corpus.listings_writer import refresh_listings, write_listings
from kg.corpus.store import load_documents, open_store, remove_documents
from kg.graph import query as q
from kg.graph.query import EXAMPLE_QUERIES, page_key, run_query

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "sample.trig"
ID = "https://w3id.org/event-kg/id/"
LISTINGS = sorted(name for name, text in EXAMPLE_QUERIES.items() if page_key(text))
_OWN = re.compile(r"(https://w3id\.org/event-kg/id/(?:doc|ev|event|session|stat|role)-)")


def _sample_documents() -> list[tuple[str, str]]:
    mem = ox.Store()
    mem.load(path=str(SAMPLE), format=ox.RdfFormat.TRIG)
    out = []
    for g in sorted(mem.named_graphs(), key=str):
        quads = [ox.Quad(x.subject, x.predicate, x.object) for x in mem.quads_for_pattern(None, None, None, g)]
        out.append((g.value, ox.serialize(quads, format=ox.RdfFormat.N_TRIPLES).decode("utf-8")))
    return out


def documents(copies: range, rename: str = "") -> list[tuple[str, bytes]]:
    """The sample's releases, once per copy: their own nodes (documents, events, sessions,
    statistics, evidence, roles) under new IRIs, events named so that copies tie."""
    out = []
    for k in copies:
        for graph, nt in _sample_documents():
            text = _OWN.sub(lambda m, k=k: f"{m.group(1)}c{k}-", nt)
            text = text.replace('Summit"', f'Summit {k % 4}{rename}"')
            out.append((_OWN.sub(lambda m, k=k: f"{m.group(1)}c{k}-", graph), text.encode("utf-8")))
    return out


def build(path: Path, docs, *, index: bool = True, replace: bool = False) -> None:
    store = open_store(path)
    load_documents(store, docs, replace=replace)
    store.flush()
    del store
    if index:
        refresh_listings(path)  # as kg build does, once the store is closed


def quads(path: Path) -> set[str]:
    st = ox.Store.read_only(str(path))
    return {str(x) for x in st}


def pages_agree(store, path: Path, name: str, pages=((100, 0), (1, 0), (3, 0), (7, 5), (10, 20))) -> int:
    """Each page through the index, without it, and as a slice of the whole answer."""
    text = EXAMPLE_QUERIES[name]
    every = run_query(store, text, limit=None, listings=False).terms
    assert every, name
    for limit, offset in pages:
        plain = run_query(store, text, limit=limit, offset=offset, listings=False)
        indexed = run_query(store, text, limit=limit, offset=offset, listings=path)
        assert indexed.terms == plain.terms == every[offset:offset + limit], (name, limit, offset)
        assert indexed.has_more == plain.has_more == (offset + limit < len(every)), (name, limit, offset)
        assert indexed.columns == plain.columns
    return len(every)


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("listings") / "store"
    build(path, documents(range(12)))
    return path


def test_every_shipped_listing_has_a_page_key() -> None:
    assert LISTINGS == ["events", "evidence", "guest-of-honor", "hosts", "sessions",
                        "statistics-about-place", "topics"]


def test_the_build_writes_an_index_for_the_store_as_it_is(built: Path) -> None:
    idx = ListingIndex(built)
    assert (built / INDEX_NAME).is_file()
    assert idx.stored_fingerprint() == fingerprint(built)


@pytest.mark.parametrize("name", LISTINGS)
def test_pages_from_the_index_are_the_pages_of_the_query(built: Path, name: str) -> None:
    store = open_store(built, read_only=True)
    n = pages_agree(store, built, name)
    assert n > 10  # pages that cross ties and copies


@pytest.mark.parametrize("name", ["events", "evidence", "hosts", "sessions", "topics"])
def test_a_fresh_index_is_read_not_sorted_again(built: Path, name: str, monkeypatch) -> None:
    """A first page from a fresh index runs no key query (the part that scales with the store)."""
    store = open_store(built, read_only=True)
    expected = run_query(store, EXAMPLE_QUERIES[name], limit=5, listings=False).terms

    def no_sort(*_a, **_k):
        raise AssertionError("the key rows were sorted again")

    monkeypatch.setattr(q, "_sorted_key_rows", no_sort)
    assert run_query(store, EXAMPLE_QUERIES[name], limit=5).terms == expected  # open_store's directory


def test_the_index_leaves_the_graph_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "s"
    build(path, documents(range(3)), index=False)
    before = quads(path)
    store = open_store(path)
    write_listings(store, path)
    del store
    st = open_store(path, read_only=True)
    for name in LISTINGS:
        run_query(st, EXAMPLE_QUERIES[name], limit=5)
    assert quads(path) == before


def test_regression_pages_after_append_replace_and_delete(tmp_path: Path) -> None:
    """Issue 13: the index follows the store: written again after an append and a
    replacement, and found stale after a removal it was not told of (then sorted anew
    and written back), the pages always those of the query."""
    path = tmp_path / "s"
    build(path, documents(range(4)))
    build(path, documents(range(4, 9)))  # append
    st = open_store(path, read_only=True)
    for name in LISTINGS:
        pages_agree(st, path, name)
    del st
    listings._OPENED.clear()
    build(path, documents(range(2, 5), rename=" renamed"), replace=True)  # --force: same graphs, new names
    st = open_store(path, read_only=True)
    assert any("renamed" in str(r[1]) for r in run_query(st, EXAMPLE_QUERIES["events"], limit=None).terms)
    for name in LISTINGS:
        pages_agree(st, path, name)
    del st
    listings._OPENED.clear()
    # a removal the index is not told of: stale
    store = open_store(path)
    remove_documents(store, [g for g, _ in documents(range(0, 3))])
    store.flush()
    del store
    assert ListingIndex(path).stored_fingerprint() != fingerprint(path)
    st = open_store(path, read_only=True)
    for name in LISTINGS:
        pages_agree(st, path, name)
    assert ListingIndex(path).stored_fingerprint() == fingerprint(path)  # sorted anew, written back


def test_a_stale_index_is_never_read(tmp_path: Path, monkeypatch) -> None:
    """An index of another state of the store gives way to a fresh sort, whatever it holds."""
    path = tmp_path / "s"
    build(path, documents(range(5)))
    st = open_store(path, read_only=True)
    text = EXAMPLE_QUERIES["events"]
    expected = run_query(st, text, limit=10, listings=False).terms
    # the index says the store is in another state, and holds wrong rows
    idx = ListingIndex(path)
    sig, rows = q.listing_key_rows(st, q.prepare_query(text))
    rows.rows.reverse()
    assert idx.put([(sig, rows)], "another state")
    assert run_query(st, text, limit=10, listings=path).terms == expected
    assert idx.stored_fingerprint() == fingerprint(path)


def test_an_index_that_cannot_be_written_still_gives_the_pages(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "s"
    build(path, documents(range(3)), index=False)
    monkeypatch.setattr(ListingIndex, "put", lambda *a, **k: False)
    st = open_store(path, read_only=True)
    for name in ("events", "hosts", "topics"):
        pages_agree(st, path, name, pages=((100, 0), (4, 2)))
    assert not (path / INDEX_NAME).exists()
    # sorted once for this process, not at every page
    expected = run_query(st, EXAMPLE_QUERIES["events"], limit=4, offset=1, listings=False).terms
    monkeypatch.setattr(q, "_sorted_key_rows", lambda *a, **k: pytest.fail("the key rows were sorted again"))
    assert run_query(st, EXAMPLE_QUERIES["events"], limit=4, offset=1).terms == expected


def test_bound_queries_do_not_use_the_index(built: Path, monkeypatch) -> None:
    st = open_store(built, read_only=True)
    monkeypatch.setattr(ListingIndex, "key_rows", lambda *a, **k: pytest.fail("index read"))
    got = run_query(st, EXAMPLE_QUERIES["hosts"], {"eventName": "2031 Northern Lights Hydrogen Summit 1"})
    assert got.terms


def test_an_in_memory_store_has_no_index() -> None:
    mem = ox.Store()
    mem.load(path=str(SAMPLE), format=ox.RdfFormat.TRIG)
    assert listings.index_for(mem) is None
    assert run_query(mem, EXAMPLE_QUERIES["events"], limit=2).terms


def test_a_query_may_declare_a_coarser_key_for_stores_without_an_index() -> None:
    text = EXAMPLE_QUERIES["statistics-about-place"]
    fine, coarse = page_key(text), page_key(text, indexed=False)
    assert fine.startswith("SELECT DISTINCT ?stat ") and coarse.startswith("SELECT DISTINCT ?about ")
    assert page_key(EXAMPLE_QUERIES["events"], indexed=False) == page_key(EXAMPLE_QUERIES["events"])


def test_kg_query_pages_come_from_the_index(built: Path, monkeypatch) -> None:
    """`kg query --store` reads the index (no key query), and prints the query's rows."""
    from typer.testing import CliRunner

    from kg.cli import app

    st = open_store(built, read_only=True)
    for name in ("hosts", "events"):
        expected = run_query(st, EXAMPLE_QUERIES[name], limit=3, offset=2, listings=False).to_csv()
        with monkeypatch.context() as m:
            m.setattr(q, "_sorted_key_rows", lambda *a, **k: pytest.fail("the key rows were sorted again"))
            got = CliRunner().invoke(app, ["query", "--store", str(built), "--example", name, "-f", "csv",
                                           "--limit", "3", "--offset", "2"])
        assert got.exit_code == 0, got.output
        assert got.stdout.replace("\r\n", "\n").strip() == expected.replace("\r\n", "\n").strip()


def test_a_damaged_index_gives_way_to_the_query(tmp_path: Path) -> None:
    """Rows missing from the index, or rows that do not decode: the listing is sorted anew."""
    import sqlite3

    path = tmp_path / "s"
    build(path, documents(range(4)))
    st = open_store(path, read_only=True)
    text = EXAMPLE_QUERIES["events"]
    expected = run_query(st, text, limit=10, offset=3, listings=False).terms
    conn = sqlite3.connect(str(path / INDEX_NAME))
    conn.execute("DELETE FROM keyrow WHERE pos >= 5")
    conn.commit()
    assert run_query(st, text, limit=10, offset=3, listings=path).terms == expected
    conn.execute("UPDATE keyrow SET terms = 'not json'")
    conn.commit()
    conn.close()
    assert run_query(st, text, limit=10, offset=3, listings=path).terms == expected
