"""kg.corpus.listings_writer and ListingIndex.put: a build's index is written anew beside the
old one (no journal, no syncs, one transaction) and renamed over it, with the contents
the plain definition gives: each listing's key rows in order, their tie groups, and
``json.dumps([_encode(t) ...], ensure_ascii=False)`` of each row."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest
from rdflib import BNode, Literal, URIRef

from kg.corpus import listings
from kg.corpus.listings import INDEX_NAME, KeyRows, ListingIndex, _encode, _term_json, fingerprint
from kg.corpus.listings_writer import refresh_listings, write_listings
from kg.corpus.store import open_store
from kg.graph.query import EXAMPLE_QUERIES, listing_key_rows, prepare_query, run_query
from tests.corpus.test_listings import LISTINGS, build, documents

XSD = "http://www.w3.org/2001/XMLSchema#"


def contents(path: Path) -> tuple[dict, list, list]:
    conn = sqlite3.connect(str(path / INDEX_NAME))
    try:
        meta = dict(conn.execute("SELECT key, value FROM meta"))
        lists = conn.execute("SELECT id, signature, variables, n FROM listing ORDER BY id").fetchall()
        rows = conn.execute("SELECT l.signature, k.pos, k.grp, k.terms FROM keyrow k JOIN listing l "
                            "ON l.id = k.listing ORDER BY l.signature, k.pos").fetchall()
    finally:
        conn.close()
    return meta, lists, rows


def expected(store) -> tuple[list, list]:
    """The listings and key rows as the plain definition writes them."""
    entries, seen = [], set()
    for text in EXAMPLE_QUERIES.values():
        got = listing_key_rows(store, prepare_query(text))
        if got is not None and got[0] not in seen:
            seen.add(got[0])
            entries.append(got)
    lists = [(i, sig, json.dumps(kr.variables), len(kr.rows)) for i, (sig, kr) in enumerate(entries, 1)]
    rows = sorted((sig, i, g, json.dumps([_encode(t) for t in row], ensure_ascii=False))
                  for sig, kr in entries for i, (row, g) in enumerate(zip(kr.rows, kr.groups)))
    return lists, rows


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("writer") / "store"
    build(path, documents(range(6)), index=False)
    return path


def test_regression_the_rewritten_index_has_the_plain_contents(store_dir: Path) -> None:
    """Issue 13 (row 3): the cheaper writer (one transaction, no journal, each term's JSON
    made once) writes exactly the rows of the plain definition."""
    n = refresh_listings(store_dir)  # as kg build does once the store is closed
    st = open_store(store_dir, read_only=True)
    want_lists, want_rows = expected(st)
    meta, lists, rows = contents(store_dir)
    assert n == len(want_lists) == len(LISTINGS) - 1  # hosts and topics: one key query, one order
    assert meta == {"version": listings._VERSION, "fingerprint": fingerprint(store_dir)}
    assert lists == want_lists
    assert rows == want_rows and len(rows) > 50
    assert [p.name for p in store_dir.iterdir() if p.name.startswith(INDEX_NAME)] == [INDEX_NAME]  # no temp file
    listings._OPENED.clear()


def test_adding_listings_to_a_file_gives_the_same_rows(store_dir: Path, tmp_path: Path) -> None:
    """Listings added one at a time (a reader writing back what it sorted) are stored as
    the rewrite stores them."""
    st = open_store(store_dir, read_only=True)
    fp = fingerprint(store_dir)
    whole, single = ListingIndex(tmp_path / "a"), ListingIndex(tmp_path / "b")
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    entries = [got for text in EXAMPLE_QUERIES.values() if (got := listing_key_rows(st, prepare_query(text)))]
    assert whole.put(entries, fp, replace_all=True)
    for entry in entries:
        assert single.put([entry], fp)  # the first into an empty file, then added
    assert contents(tmp_path / "a")[2] == contents(tmp_path / "b")[2]
    assert len(contents(tmp_path / "b")[1]) == len({sig for sig, _ in entries}) == len(entries) - 1


@pytest.mark.parametrize("term", [
    URIRef("https://example.org/a?b=c&d=\u00e9"), BNode("b0"), Literal("plain \"quoted\" \\ back\nline\t\u0001"),
    Literal("caf\u00e9 \u2014 \U0001f600"), Literal("Norge", lang="nb"), Literal("35.8", datatype=URIRef(XSD + "decimal")),
    Literal("2024-05-01", datatype=URIRef(XSD + "date")), Literal("x", datatype=URIRef(XSD + "string")), Literal(""), None,
    Literal("\u2028\u2029 \x7f"),
])
def test_a_terms_json_is_json_dumps_of_its_encoding(term) -> None:
    assert _term_json(term) == json.dumps(_encode(term), ensure_ascii=False)


def test_a_reader_of_the_old_file_reads_it_to_the_end(tmp_path: Path) -> None:
    """The rewrite renames a new file over the index: a reader that has the old one open
    keeps reading it; the next reader gets the new one."""
    idx = ListingIndex(tmp_path)
    rows = [(URIRef(f"https://example.org/e{i}"),) for i in range(100)]
    assert idx.put([("sig", KeyRows(["e"], rows, list(range(100))))], "one", replace_all=True)
    old = idx.key_rows("sig", "one")
    old.ensure(10)
    assert idx.put([("sig", KeyRows(["e"], rows[::-1], list(range(100))))], "two", replace_all=True)
    old.ensure(100)
    assert old.rows == rows
    new = idx.key_rows("sig", "two")
    new.ensure(100)
    assert new.rows == rows[::-1] and idx.key_rows("sig", "one") is None


def test_a_rewrite_that_fails_leaves_the_index_as_it_was(tmp_path: Path, monkeypatch) -> None:
    idx = ListingIndex(tmp_path)
    rows = [(URIRef("https://example.org/e"),)]
    assert idx.put([("sig", KeyRows(["e"], rows, [0]))], "one", replace_all=True)

    def no_rename(*_a, **_k):
        raise OSError("read-only file system")

    monkeypatch.setattr(os, "replace", no_rename)
    assert not idx.put([("sig", KeyRows(["e"], rows, [0]))], "two", replace_all=True)
    assert idx.stored_fingerprint() == "one"
    assert [p.name for p in tmp_path.iterdir()] == [INDEX_NAME]


def test_pages_read_from_the_rewritten_index(store_dir: Path) -> None:
    st = open_store(store_dir, read_only=True)
    write_listings(st, store_dir)
    for name in LISTINGS:
        text = EXAMPLE_QUERIES[name]
        assert run_query(st, text, limit=9, offset=4).terms == \
            run_query(st, text, limit=9, offset=4, listings=False).terms, name


def test_regression_listings_with_one_key_query_and_order_share_their_rows(store_dir: Path) -> None:
    """Issue 13 (row 3): hosts and topics list events by name; their key rows are sorted
    once and kept once (signatures name the keys the rows are sorted by, not the whole
    ORDER BY), and each listing's pages are still its own."""
    st = open_store(store_dir, read_only=True)
    hosts = listing_key_rows(st, prepare_query(EXAMPLE_QUERIES["hosts"]))
    topics = listing_key_rows(st, prepare_query(EXAMPLE_QUERIES["topics"]))
    assert hosts[0] == topics[0] and hosts[1].rows == topics[1].rows and hosts[1].groups == topics[1].groups
    others = {listing_key_rows(st, prepare_query(EXAMPLE_QUERIES[n]))[0] for n in LISTINGS if n != "topics"}
    assert len(others) == len(LISTINGS) - 1  # no other two share
    write_listings(st, store_dir)
    for name in ("hosts", "topics"):
        for limit, offset in ((5, 0), (4, 7)):
            assert run_query(st, EXAMPLE_QUERIES[name], limit=limit, offset=offset).terms == \
                run_query(st, EXAMPLE_QUERIES[name], limit=limit, offset=offset, listings=False).terms


def test_a_signature_names_the_keys_the_rows_carry() -> None:
    from kg.corpus.listings import signature

    key = "SELECT DISTINCT ?e ?name WHERE { ?e schema:name ?name }"
    assert signature(key, [("name", False), ("x", False)]) == signature(key, [("name", False), ("y", True)])
    assert signature(key, [("name", False)]) != signature(key, [("name", True)])
    assert signature(key, [("other", False)]) != signature(key, [("other", False), ("name", False)])
    only_x = "SELECT ?e WHERE { ?e a schema:Event }"
    assert signature(only_x, [("e", False), ("a", False)]) == signature(only_x, [("e", False)])


def test_a_shared_key_query_runs_once(store_dir: Path, monkeypatch) -> None:
    from kg.corpus import listings_writer
    from kg.graph import query as q

    st = open_store(store_dir, read_only=True)
    for name in LISTINGS:  # the writer's signature is listing_key_rows' one
        sparql = prepare_query(EXAMPLE_QUERIES[name])
        assert listings_writer._signature(sparql) == listing_key_rows(st, sparql)[0]
    assert listings_writer._signature("SELECT ?s WHERE { ?s ?p ?o } ORDER BY ?s") is None
    calls = []
    real = q._sorted_key_rows
    monkeypatch.setattr(q, "_sorted_key_rows", lambda *a, **k: calls.append(1) or real(*a, **k))
    assert write_listings(st, store_dir) == len(LISTINGS) - 1
    assert len(calls) == len(LISTINGS) - 1
