"""One bad document never stops a batch, in every mode (issue 11): 100 good releases plus
each input that once aborted a batch, through the real commands.

    python scripts/isolation_check.py [--good 100] [--no-huge] [--modes memory,store,jobs,endpoint,dask]

For each mode (``kg build -o``, ``--store``, ``--jobs 2``, ``--endpoint`` on an Oxigraph
server started here, ``python -m kg.distributed`` on a 2-process LocalCluster) it prints
the exit code, how many documents landed and failed, whether every good one landed,
and whether the error log lists exactly the documents that did not land (never a good
one). Exit 0 when every mode passes. The inputs are invented (``tests/corpus/feeds.py``);
the huge release (2.1 M characters, over spaCy's 2 M) can take minutes once long releases
are built in segments: ``--no-huge`` leaves it out.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "corpus"))

from feeds import write_feed  # noqa: E402
from servers import OXIGRAPH, oxigraph_server  # noqa: E402

from kg.corpus.store import DOC_GRAPH_PREFIX  # noqa: E402

MODES = ("memory", "store", "jobs", "endpoint", "dask")


def doc_ids(root: Path) -> dict[str, str]:
    """File name -> content hash, for the files that can be read (the others never land)."""
    from kg.pipeline.document import read_document

    ids = {}
    for path in sorted(root.iterdir()):
        try:
            ids[path.name] = read_document(path).id
        except Exception:  # noqa: BLE001 - a trigger that cannot be read has no id
            pass
    return ids


def graphs_in_nquads(path: Path) -> set[str]:
    import pyoxigraph as ox

    if not path.exists():
        return set()
    return {q.graph_name.value[len(DOC_GRAPH_PREFIX):] for q in ox.parse(path=str(path), format=ox.RdfFormat.N_QUADS)
            if isinstance(q.graph_name, ox.NamedNode)}


def graphs_in_store(path: Path) -> set[str]:
    from kg.corpus.store import open_store, stored_document_ids

    return stored_document_ids(open_store(path, read_only=True)) if path.exists() else set()


def run_mode(mode: str, feed: Path, work: Path) -> tuple[int, set[str], float]:
    """Run one mode; returns (exit code, ids of the documents that landed, seconds)."""
    kg = [sys.executable, "-m", "kg.cli", "build", str(feed), "-q", "--error-log", str(work / "errors.jsonl")]
    t0 = time.perf_counter()
    if mode == "memory":
        r = subprocess.run([*kg, "-o", str(work / "g.nq")], capture_output=True)
        return r.returncode, graphs_in_nquads(work / "g.nq"), time.perf_counter() - t0
    if mode == "store":
        r = subprocess.run([*kg, "--store", str(work / "store")], capture_output=True)
        return r.returncode, graphs_in_store(work / "store"), time.perf_counter() - t0
    if mode == "jobs":
        r = subprocess.run([*kg, "--jobs", "2", "-o", str(work / "g.nq")], capture_output=True)
        return r.returncode, graphs_in_nquads(work / "g.nq"), time.perf_counter() - t0
    if mode == "endpoint":
        from kg.corpus.endpoint import Endpoint

        with oxigraph_server(work / "server") as server:
            r = subprocess.run([*kg, "--endpoint", server.url], capture_output=True)
            names = Endpoint.from_url(server.url).graph_names(DOC_GRAPH_PREFIX)
        return r.returncode, {g[len(DOC_GRAPH_PREFIX):] for g in names}, time.perf_counter() - t0
    if mode == "dask":
        r = subprocess.run([sys.executable, "-m", "kg.distributed", str(feed), "--store", str(work / "store"),
                            "--shards", str(work / "shards"), "--workers", "2",
                            "--error-log", str(work / "errors.jsonl")], capture_output=True)
        return r.returncode, graphs_in_store(work / "store"), time.perf_counter() - t0
    raise ValueError(mode)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--good", type=int, default=100)
    ap.add_argument("--no-huge", action="store_true")
    ap.add_argument("--modes", default=",".join(MODES))
    args = ap.parse_args(argv)
    modes = [m for m in args.modes.split(",") if m]
    if "endpoint" in modes and OXIGRAPH is None:
        print("endpoint: skipped (no `oxigraph` server binary)")
        modes.remove("endpoint")
    all_ok = True
    with tempfile.TemporaryDirectory(prefix="kg-isolation-") as tmp:
        feed = write_feed(Path(tmp) / "feed", args.good, huge=not args.no_huge)
        ids = doc_ids(feed)
        good = {n for n in ids if n.startswith("good-")}
        names = sorted(p.name for p in feed.iterdir())
        print(f"{len(good)} good releases + {len(names) - len(good)} bad ones: "
              + ", ".join(n for n in names if not n.startswith("good-")))
        print(f"{'mode':<9} {'exit':>4} {'landed':>6} {'failed':>6}  good landed  log = exactly the others  time")
        for mode in modes:
            work = Path(tmp) / mode
            work.mkdir()
            code, landed, seconds = run_mode(mode, feed, work)
            log = work / "errors.jsonl"
            logged = {Path(json.loads(line)["file"]).name for line in log.read_text().splitlines()} \
                if log.exists() else set()
            landed_names = {n for n, i in ids.items() if i in landed}
            not_landed = set(names) - landed_names
            good_ok = good <= landed_names
            log_ok = logged == not_landed and not (logged & good)
            ok = good_ok and log_ok and code == 6
            all_ok &= ok
            print(f"{mode:<9} {code:>4} {len(landed):>6} {len(logged):>6}  "
                  f"{len(good & landed_names):>4}/{len(good):<6}  {'yes' if log_ok else 'NO':<24}  {seconds:5.1f} s"
                  + ("" if ok else "  <- FAIL"))
            if not log_ok:
                print(f"          not landed but not logged: {sorted(not_landed - logged)}; "
                      f"logged but landed: {sorted(logged - not_landed)}")
    return 0 if all_ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
