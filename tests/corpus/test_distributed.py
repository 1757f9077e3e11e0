"""kg.corpus.distributed: the Dask path on a LocalCluster (2 worker processes) gives the same graph
as the single-process build."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pyoxigraph as ox
import pytest
from rich.console import Console

pytestmark = pytest.mark.slow

distributed = pytest.importorskip("dask.distributed")

RELEASES = [
    ("orchard.txt", "2030 Valley Orchard Fair Opens In Mendoza", "2030-02-14",
     "MENDOZA, Argentina, Feb. 14, 2030 -- On February 12-13, the 2030 Valley Orchard Fair, hosted by the Mendoza "
     "Fruit Growers Council, opened in Mendoza, Argentina. Chile was invited as the guest of honor for the fair. "
     "According to data released at the fair, apple exports from the province reached 96,000 tonnes in 2029, "
     "an increase of 4.1% year-on-year."),
    ("drones.txt", "2031 Polar Drone Conference In Tampere", "2031-01-22",
     "TAMPERE, Finland, Jan. 22, 2031 -- The 2031 Polar Drone Conference, organized by the Tampere Aviation "
     "Society, was held in Tampere, Finland, from January 20 to January 22. During the conference, 4 workshops "
     "were held. The conference was sponsored by Aurora Rotors."),
    ("ferries.txt", "2029 Harbour Ferry Forum Held In Busan", "2029-06-30",
     "BUSAN, South Korea, June 30, 2029 -- On June 28-29, the 2029 Harbour Ferry Forum, hosted by the Busan "
     "Port Authority and organized by the Korea Coastal Shipping Association, opened in Busan, South Korea. "
     "More than 900 delegates attended the forum."),
]


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> list[str]:
    root = tmp_path_factory.mktemp("releases")
    paths = []
    for name, title, published, body in RELEASES[:2]:
        p = root / name
        p.write_text(f'---\ntitle: "{title}"\npublished: {published}\n---\n{body}\n', encoding="utf-8")
        paths.append(str(p))
    feed = root / "feed.jsonl"  # the third release, a corrupt line and a blank line
    name, title, published, body = RELEASES[2]
    feed.write_text(json.dumps({"id": "ferries", "title": title, "published": published, "text": body})
                    + "\n{not json\n\n", encoding="utf-8")
    return paths + [str(feed)]


@pytest.fixture(scope="module")
def client():
    from dask.distributed import Client, LocalCluster

    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
    c = Client(cluster)
    yield c
    c.close()
    cluster.close()


def dump(path: Path) -> set[str]:
    store = ox.Store.read_only(str(path))
    return set(store.dump(format=ox.RdfFormat.N_QUADS).decode().splitlines())


def test_dask_build_gives_the_single_process_graph(inputs: list[str], client, tmp_path: Path) -> None:
    from kg.corpus.batch import BuildOptions, run_build
    from kg.corpus.distributed import build_distributed

    report = build_distributed(inputs, tmp_path / "dask-store", shard_dir=tmp_path / "shards", client=client,
                               npartitions=2, chunk_size=1)
    assert report.n_ok == 3 and report.n_failed == 1 and "not valid JSON" in report.failures[0]["reason"]
    assert len(report.shards) >= 2  # work was spread over partitions
    assert not any(Path(s).exists() for s in report.shards)  # shards removed once loaded

    code = run_build(BuildOptions(inputs=inputs, store=tmp_path / "local-store", quiet=True),
                     Console(file=io.StringIO()), Console(file=io.StringIO()))
    assert code == 6  # the corrupt JSON line
    local = dump(tmp_path / "local-store")
    assert len(local) > 150 and dump(tmp_path / "dask-store") == local

    # idempotent: a second run skips every document
    again = build_distributed(inputs, tmp_path / "dask-store", shard_dir=tmp_path / "shards", client=client)
    assert again.n_ok == 0 and again.n_skipped == 3 and dump(tmp_path / "dask-store") == local


def test_regression_dask_build_writes_the_listing_index(inputs: list[str], client, tmp_path: Path) -> None:
    """Issue 13: the Dask build writes the store's listing index once the store is closed,
    as `kg build --store` does (first build and --force), and lets readers in again; the
    pages read from it are those of the query alone."""
    import subprocess
    import sys

    from kg.corpus import listings
    from kg.corpus.distributed import build_distributed
    from kg.corpus.listings import INDEX_NAME, ListingIndex, fingerprint
    from kg.graph.query import EXAMPLE_QUERIES, page_key, run_query

    store = tmp_path / "dask-store"
    graphs = []
    for force in (False, True):  # --force: also the regression of shards' union quads (no graph name)
        build_distributed(inputs, store, shard_dir=tmp_path / "shards", client=client, force=force)
        graphs.append(dump(store))
        assert (store / INDEX_NAME).is_file()
        assert ListingIndex(store).stored_fingerprint() == fingerprint(store)
        st = ox.Store.read_only(str(store))
        for name, text in EXAMPLE_QUERIES.items():
            if page_key(text):
                for limit, offset in ((100, 0), (1, 1)):
                    indexed = run_query(st, text, limit=limit, offset=offset, listings=store)
                    plain = run_query(st, text, limit=limit, offset=offset, listings=False)
                    assert indexed.terms == plain.terms and indexed.has_more == plain.has_more, name
        assert ListingIndex(store).stored_fingerprint() == fingerprint(store)  # read, not rebuilt
        del st
        listings._OPENED.clear()
    assert graphs[0] == graphs[1] and len(graphs[0]) > 150
    # the writer's lock is released: a reader in another process gets in at once
    code = ("import sys; from kg.corpus.store import open_store; "
            "open_store(sys.argv[1], read_only=True)")
    got = subprocess.run([sys.executable, "-c", code, str(store)], env={**__import__("os").environ,
                         "KG_STORE_WAIT": "0"}, capture_output=True, text=True, timeout=120)
    assert got.returncode == 0, got.stderr
