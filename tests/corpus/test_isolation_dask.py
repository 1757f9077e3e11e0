"""The Dask build (issue 11): one bad document never stops a partition, and
``python -m kg.distributed`` says the counts, writes ``--error-log`` and exits 6.

The cluster here runs its workers as threads of this process, so the injected failures
(``test_isolation.inject``) reach them; ``scripts/isolation_check.py`` runs the real
command with worker processes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from feeds import ALWAYS_BAD, TRIGGERS, write_feed
from test_isolation import INJECTED, inject, write_injected  # noqa: F401

from kg.corpus.store import open_store, stored_document_ids

pytestmark = pytest.mark.slow

pytest.importorskip("dask.distributed")


@pytest.fixture(scope="module")
def client():
    from dask.distributed import Client, LocalCluster

    cluster = LocalCluster(n_workers=1, threads_per_worker=2, processes=False, dashboard_address=None)
    c = Client(cluster)
    yield c
    c.close()
    cluster.close()


def test_one_bad_document_at_any_stage_never_stops_a_dask_partition(tmp_path: Path, client, inject) -> None:  # noqa: F811
    from kg.corpus.distributed import build_distributed

    inputs = write_injected(tmp_path / "feed", 8)
    report = build_distributed(inputs, tmp_path / "store", shard_dir=tmp_path / "shards", client=client,
                               npartitions=2, chunk_size=3)
    failed = {Path(f["file"]).name: f for f in report.failures}
    assert set(failed) == set(INJECTED.values())
    for stage, name in INJECTED.items():
        assert failed[name]["stage"] == stage, failed[name]
    assert report.n_ok == 8 and report.n_failed == len(INJECTED)
    assert len(stored_document_ids(open_store(tmp_path / "store", read_only=True))) == 8


def test_dask_command_lists_the_failures_and_exits_6(tmp_path: Path, client, monkeypatch, capsys) -> None:
    """``python -m kg.distributed`` on the good releases and each trigger (the client is
    this module's: ``--scheduler`` names it)."""
    from kg.corpus.distributed import main

    root = write_feed(tmp_path / "feed", 10)
    log = tmp_path / "errors.jsonl"
    code = main([str(root), "--store", str(tmp_path / "store"), "--shards", str(tmp_path / "shards"),
                 "--scheduler", client.scheduler.address, "--error-log", str(log)])
    out = capsys.readouterr().out
    assert code == 6
    entries = [json.loads(line) for line in log.read_text().splitlines()]
    failed = {Path(e["file"]).name for e in entries}
    assert set(ALWAYS_BAD) <= failed <= set(ALWAYS_BAD) | set(TRIGGERS)
    assert all(e["stage"] and e["reason"] for e in entries)
    from kg.pipeline.document import read_document

    stored = stored_document_ids(open_store(tmp_path / "store", read_only=True))
    expected = {read_document(p).id for p in root.iterdir() if p.name not in failed}
    assert stored == expected  # every good one, and the triggers that built (those that read alike: once)
    assert f"some documents failed: {len(failed)} of " in out and "landed)" in out
