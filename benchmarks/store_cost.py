"""Where a store build's CPU goes after the parse (issue 13, row 3).

    python benchmarks/store_cost.py CORPUS.jsonl [-n 200] [--profile OUT.prof] [--repeat 2]

Parses and extracts ``n`` releases once (not timed), then times, in process CPU
(``time.process_time``: every thread of the process, Oxigraph's and RocksDB's included),
the steps a ``--store`` build does after extraction, chunk by chunk (64 documents):
N-Triples, compiled SHACL, the bulk load into a fresh on-disk store, the final flush.
Prints ms a release for each step. With ``--profile`` the steps after the parse run under
cProfile (Python frames only; Oxigraph's threads are not seen by it).
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path


def prepare(corpus: str, n: int):
    from kg.corpus.inputs import iter_documents
    from kg.corpus.parallel import build_isolated
    from kg.extract import DEFAULT_EXTRACTORS
    from kg.pipeline.nlp import load_nlp

    docs = [d for d in iter_documents([corpus]) if not isinstance(d, Exception)][:n]
    from kg.pipeline.nlp import tune_gc

    nlp = load_nlp()
    tune_gc()  # as a build does (kg.corpus.parallel._prepare_process)
    out = [r for r in build_isolated(docs, DEFAULT_EXTRACTORS, nlp, 64)]
    import gc

    gc.freeze()  # the prepared results out of the collector's sight: a build frees them as it goes
    return out


def steps(results, store_dir: Path, chunk: int = 64) -> dict:
    """Run the store path's steps after extraction over ``results``; CPU seconds each."""
    from kg.corpus.parallel import _finish
    from kg.corpus.store import open_store
    from kg.corpus.writer import Writer

    shutil.rmtree(store_dir, ignore_errors=True)
    store = open_store(store_dir)
    t = {"finish (nt+shacl)": 0.0, "write (bulk load)": 0.0, "flush+close": 0.0}
    writer_like = Writer.__new__(Writer)  # the writer's store step, without its thread
    writer_like.store, writer_like.endpoint, writer_like.force = store, None, False
    writer_like.failures, writer_like.unwritten, writer_like.unavailable = [], [], None
    n_quads = 0
    for i in range(0, len(results), chunk):
        part = results[i:i + chunk]
        c0 = time.process_time()
        res = _finish(iter(part), {"parse": 0.0, "extract": 0.0}, True)
        c1 = time.process_time()
        batch = [(o.graph, o.nt, o.name) for o in res.outcomes if o.ok]
        writer_like._write_store(batch)
        c2 = time.process_time()
        t["finish (nt+shacl)"] += c1 - c0
        t["write (bulk load)"] += c2 - c1
        t.setdefault("nt", 0.0)
        t["nt"] += res.t_serialize
        t.setdefault("shacl", 0.0)
        t["shacl"] += res.t_validate
    c0 = time.process_time()
    store.flush()
    n_quads = len(store)
    del store, writer_like
    import gc

    gc.collect()
    t["flush+close"] = time.process_time() - c0
    from kg.corpus.storelock import release_write

    release_write(store_dir)
    t["quads"] = n_quads
    return t


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus")
    ap.add_argument("-n", type=int, default=200)
    ap.add_argument("--repeat", type=int, default=2)
    ap.add_argument("--profile")
    args = ap.parse_args()
    results = prepare(args.corpus, args.n)
    n = len(results)
    work = Path(tempfile.mkdtemp(prefix="kg-store-cost-"))
    try:
        if args.profile:
            import cProfile

            pr = cProfile.Profile()
            pr.enable()
            steps(results, work / "store")
            pr.disable()
            pr.dump_stats(args.profile)
        out = []
        for _ in range(args.repeat):
            t = steps(results, work / "store")
            out.append(t)
            print(" ".join(f"{k}={v * 1e3 / n:.2f}ms" if k != "quads" else f"quads={v}" for k, v in t.items()),
                  flush=True)
        print(json.dumps({"n": n, "runs": out}))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
