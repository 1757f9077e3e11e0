"""Readers during a build, and what a failed build leaves (issue 11): kg.corpus.storelock,
open_store, build_session."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path
from types import SimpleNamespace

import pytest
from rich.console import Console

from kg.corpus import store as store_module
from kg.corpus.batch import BuildOptions, run_build
from kg.corpus.store import (
    build_session,
    document_graph,
    load_documents,
    open_store,
    stored_document_ids,
)
from kg.errors import KGError, QueryError, StoreBusy

ROOT = Path(__file__).resolve().parents[2]

# Invented release of an invented event.
RELEASE = """---
title: "2033 Orkney Tidal Energy Forum Opens In Kirkwall"
published: 2033-06-02
---
KIRKWALL, United Kingdom, June 2, 2033 -- On June 1-2, the 2033 Orkney Tidal Energy Forum, hosted by the Kirkwall Marine Council, opened in Kirkwall, United Kingdom. More than 900 delegates attended the forum.
"""


def _holder(store: Path, role: str, seconds: float) -> subprocess.Popen:
    """Another process holding a reader's or the writer's lock on ``store`` for ``seconds``."""
    code = textwrap.dedent(f"""
        import sys, time
        from pathlib import Path
        from kg.corpus.storelock import acquire_read, acquire_write, release_write
        p = Path({str(store)!r})
        (acquire_write if {role!r} == "write" else acquire_read)(p, wait=10)
        print("ready", flush=True)
        time.sleep({seconds})
        if {role!r} == "write":
            release_write(p)
        print("released", flush=True)
        time.sleep(30)
    """)
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "ready"
    return proc


@pytest.fixture
def small_store(tmp_path: Path) -> Path:
    path = tmp_path / "s"
    store = open_store(path)
    nt = b'<urn:x:a> <https://schema.org/name> "A" .\n'
    load_documents(store, [(document_graph(f"{1:016x}"), nt)])
    store.flush()
    del store
    with build_session(path):  # releases this process's writer's lock
        pass
    return path


def test_reader_during_a_build_gets_store_busy_not_corruption(small_store: Path, monkeypatch) -> None:
    monkeypatch.setenv("KG_STORE_WAIT", "0.3")
    writer = _holder(small_store, "write", 60)
    try:
        t0 = time.monotonic()
        with pytest.raises(StoreBusy, match="a `kg build` is writing") as info:
            open_store(small_store, read_only=True)
        assert info.value.exit_code == 8
        assert time.monotonic() - t0 < 5  # waits the window, then gives up: no hang
    finally:
        writer.kill()
        writer.wait()


def test_reader_waits_and_reads_the_finished_store(small_store: Path, monkeypatch) -> None:
    monkeypatch.setenv("KG_STORE_WAIT", "20")
    writer = _holder(small_store, "write", 1.0)
    try:
        store = open_store(small_store, read_only=True)  # waits until the writer lets go
        assert stored_document_ids(store) == {f"{1:016x}"}
    finally:
        writer.kill()
        writer.wait()


def test_build_waits_for_readers_then_store_busy(small_store: Path) -> None:
    from kg.corpus.storelock import acquire_write

    reader = _holder(small_store, "read", 60)
    try:
        with pytest.raises(StoreBusy, match="open for reading"):
            acquire_write(small_store, wait=0.3)
    finally:
        reader.kill()
        reader.wait()
    acquire_write(small_store, wait=5)  # the reader's lock went with its process (kill -9)
    with build_session(small_store):
        pass


def test_kg_query_during_a_build_exits_8_without_traceback(small_store: Path) -> None:
    writer = _holder(small_store, "write", 60)
    try:
        run = subprocess.run([sys.executable, "-m", "kg", "query", "--store", str(small_store),
                              "SELECT * WHERE { ?s ?p ?o }"], capture_output=True, text=True,
                             env=dict(os.environ, KG_STORE_WAIT="0.2"), timeout=60)
    finally:
        writer.kill()
        writer.wait()
    assert run.returncode == 8, run.stderr
    assert "store busy" in run.stderr and "Traceback" not in run.stderr


def test_open_store_read_only_runtime_error_is_store_busy(small_store: Path, monkeypatch) -> None:
    """RocksDB corruption while opening is RuntimeError, which open_store let through."""

    def read_only(path):
        raise RuntimeError("Corruption: truncated block read from /s/000123.sst")

    monkeypatch.setattr(store_module, "ox", SimpleNamespace(Store=SimpleNamespace(read_only=read_only)))
    with pytest.raises(StoreBusy, match="Corruption"):
        open_store(small_store, read_only=True)


def test_query_io_error_is_store_unavailable_not_bad_sparql() -> None:
    from kg.graph.query import _store_evaluation_error as _evaluation_error

    assert isinstance(_evaluation_error(OSError("IO error: No such file or directory: 000042.sst")), StoreBusy)
    assert isinstance(_evaluation_error(RuntimeError("Corruption: bad block")), StoreBusy)
    assert isinstance(_evaluation_error(ValueError("unsupported function")), QueryError)


def test_reopening_read_only_in_a_loop_keeps_memory_flat(small_store: Path) -> None:
    import resource

    def rss_mb() -> float:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    for _ in range(20):
        open_store(small_store, read_only=True).query("ASK { ?s ?p ?o }")
    before = rss_mb()
    for _ in range(300):
        open_store(small_store, read_only=True).query("ASK { ?s ?p ?o }")
    assert rss_mb() - before < 50


# --------------------------------------------------------------------------- leftovers


def _build(**kw) -> int:
    """The exit code of a build (a KGError raised counts by its code)."""
    console = Console(file=io.StringIO(), width=200)
    try:
        return run_build(BuildOptions(quiet=True, **kw), console, console)
    except KGError as err:
        return err.exit_code


@pytest.mark.slow
def test_failed_store_build_leaves_no_empty_store_directory(tmp_path: Path) -> None:
    store = tmp_path / "new-store"
    assert _build(inputs=[str(tmp_path / "missing-*.txt")], store=store) == 3  # no input
    assert not store.exists()
    (tmp_path / "empty-feed").mkdir()
    assert _build(inputs=[str(tmp_path / "empty-feed")], store=store) == 3
    assert not store.exists()
    no_event = tmp_path / "no-event.txt"
    no_event.write_text("The weather was mild and the river was calm all week.\n", encoding="utf-8")
    assert _build(inputs=[str(no_event)], store=store) == 4  # the one document failed
    assert not store.exists()
    nested = tmp_path / "a" / "b" / "store"
    assert _build(inputs=[str(no_event)], store=nested) == 4
    assert not nested.exists()


@pytest.mark.slow
def test_failed_build_never_removes_a_store_that_was_there(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(RELEASE, encoding="utf-8")
    store = tmp_path / "store"
    assert _build(inputs=[str(good)], store=store) == 0
    no_event = tmp_path / "no-event.txt"
    no_event.write_text("The weather was mild and the river was calm all week.\n", encoding="utf-8")
    assert _build(inputs=[str(no_event)], store=store) == 4
    assert len(stored_document_ids(open_store(store, read_only=True))) == 1
    empty = tmp_path / "empty-dir"  # a directory made by the user, not by the build
    empty.mkdir()
    assert _build(inputs=[str(no_event)], store=empty) == 4
    assert empty.is_dir()


@pytest.mark.slow
def test_concurrent_readers_during_a_build_no_traceback_no_hang(tmp_path: Path, capsys) -> None:
    """The suite's small run of scripts/concurrent_readers.py: a real build, readers in a loop."""
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import concurrent_readers
    finally:
        sys.path.pop(0)
    code = concurrent_readers.main(["--releases", "40", "--readers", "3", "--timeout", "60",
                                    "--work", str(tmp_path / "work")])
    out = capsys.readouterr().out
    assert "tracebacks: 0" in out and "hangs (over 60 s): 0" in out, out
    assert code == 0, out
