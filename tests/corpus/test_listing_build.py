"""kg build --store writes the listing index for the store as the build leaves it: first
build, append, --force; the pages read from it are those of the query alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.corpus import listings
from kg.corpus.listings import INDEX_NAME, ListingIndex, fingerprint
from kg.corpus.store import open_store
from kg.graph.query import EXAMPLE_QUERIES, page_key, run_query
from tests.corpus.test_batch import RELEASES, build, write_corpus

pytestmark = pytest.mark.slow

LISTINGS = [name for name, text in EXAMPLE_QUERIES.items() if page_key(text)]


def _same_pages(path: Path) -> None:
    st = open_store(path, read_only=True)
    for name in LISTINGS:
        text = EXAMPLE_QUERIES[name]
        for limit, offset in ((100, 0), (1, 0), (2, 1)):
            indexed = run_query(st, text, limit=limit, offset=offset)
            plain = run_query(st, text, limit=limit, offset=offset, listings=False)
            assert indexed.terms == plain.terms and indexed.has_more == plain.has_more, (name, limit, offset)


def test_regression_kg_build_writes_a_fresh_listing_index(tmp_path: Path) -> None:
    """Issue 13: after each build into a store (first, append, --force) its listing index
    is there and belongs to the store's files as they are once the build has closed it."""
    corpus = write_corpus(tmp_path / "in", corrupt=False)
    first = tmp_path / "first"
    first.mkdir()
    (first / "fjordland.txt").write_text(RELEASES["fjordland.txt"], encoding="utf-8")
    store = tmp_path / "store"
    assert build(inputs=[str(first)], store=store)[0] == 0
    assert (store / INDEX_NAME).is_file()
    assert ListingIndex(store).stored_fingerprint() == fingerprint(store)
    _same_pages(store)
    listings._OPENED.clear()
    assert build(inputs=[str(corpus)], store=store)[0] == 0  # append
    assert ListingIndex(store).stored_fingerprint() == fingerprint(store)
    _same_pages(store)
    listings._OPENED.clear()
    assert build(inputs=[str(corpus)], store=store, force=True)[0] == 0  # replace
    assert ListingIndex(store).stored_fingerprint() == fingerprint(store)
    _same_pages(store)
