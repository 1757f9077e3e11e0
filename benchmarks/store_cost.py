"""Where a store build's CPU goes after the parse (issue 13, row 3).

    python benchmarks/store_cost.py CORPUS.jsonl -n 1000 --save /tmp/results.pkl   # parse + extract once
    python benchmarks/store_cost.py --load /tmp/results.pkl --repeat 2            # time the store path

Parses and extracts ``n`` releases (not timed; ``--save`` keeps what the store path needs of
them, so that two versions of the code can be timed on the same results, interleaved), then
runs what a ``kg build --store`` does after extraction, chunk by chunk (64 documents): N-Triples
and compiled SHACL (:func:`kg.corpus.parallel._finish`, in this thread), and the writer thread
(:class:`kg.corpus.writer.Writer`, as :func:`kg.corpus.batch.build_corpus` starts it) bulk loading
into a fresh on-disk store (hurried before the last chunk, as a build does), then its flush
and close. CPU is ``time.process_time`` (every thread
of the process: Oxigraph's and RocksDB's included) for the whole, and this thread's CPU for the
finishing; ``store`` is the rest. Prints ms a release. With ``--profile OUT`` one more run goes
under cProfile (Python frames only; Oxigraph's threads are not seen by it).
"""

from __future__ import annotations

import argparse
import gc
import json
import pickle
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path


@dataclass
class Kept:
    """What :func:`kg.corpus.parallel._finish` reads of a ``DocResult``, picklable."""

    document: object
    triples: list | None
    warnings: tuple = ()
    error: object = None

    @property
    def ok(self) -> bool:
        return self.error is None


def prepare(corpus: str, n: int) -> list:
    from kg.corpus.inputs import iter_documents
    from kg.corpus.parallel import build_isolated
    from kg.extract import DEFAULT_EXTRACTORS
    from kg.pipeline.nlp import load_nlp, tune_gc

    docs = [d for d in iter_documents([corpus]) if not isinstance(d, Exception)][:n]
    nlp = load_nlp()
    tune_gc()  # as a build does (kg.corpus.parallel._prepare_process)
    out = [(Kept(r.document, r.triples, tuple(r.warnings), r.error), stage)
           for r, stage in build_isolated(docs, DEFAULT_EXTRACTORS, nlp, 64)]
    return out


def steps(results, store_dir: Path, chunk: int = 64) -> dict:
    """The store path after extraction over ``results``: CPU seconds."""
    from kg.corpus.batch import BuildOptions
    from kg.corpus.parallel import _finish
    from kg.corpus.store import open_store
    from kg.corpus.storelock import release_write
    from kg.corpus.writer import Writer

    try:
        from kg.corpus.batch import _store_load_docs
    except ImportError:  # older code: each chunk as it comes
        def _store_load_docs(opts, store, endpoint):
            return 1

    shutil.rmtree(store_dir, ignore_errors=True)
    store = open_store(store_dir)
    min_docs = _store_load_docs(BuildOptions(inputs=[], batch_size=chunk), store, None)
    c_all0 = time.process_time()
    t_finish = 0.0
    writer = Writer(store, None, False, **({"min_docs": min_docs} if min_docs > 1 else {}))
    for i in range(0, len(results), chunk):
        c0 = time.thread_time()
        res = _finish(iter(results[i:i + chunk]), {"parse": 0.0, "extract": 0.0}, True)
        t_finish += time.thread_time() - c0
        writer.put([(o.graph, o.nt, o.name) for o in res.outcomes if o.ok])
        if min_docs > 1 and len(results) - (i + chunk) <= chunk and hasattr(writer, "hurry"):
            writer.hurry()  # as build_corpus does when its last chunk is near
    writer.close()
    store.flush()
    n_quads = len(store)
    del store, writer
    gc.collect()
    total = time.process_time() - c_all0
    release_write(store_dir)
    return {"total": total, "finish": t_finish, "store": total - t_finish, "quads": n_quads, "min_docs": min_docs}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", nargs="?")
    ap.add_argument("-n", type=int, default=200)
    ap.add_argument("--repeat", type=int, default=2)
    ap.add_argument("--save")
    ap.add_argument("--load")
    ap.add_argument("--profile")
    args = ap.parse_args()
    if args.load:
        from kg.pipeline.nlp import tune_gc

        tune_gc()
        with open(args.load, "rb") as f:
            results = pickle.load(f)
    else:
        results = prepare(args.corpus, args.n)
        if args.save:
            with open(args.save, "wb") as f:
                pickle.dump(results, f)
            return
    gc.freeze()  # the prepared results out of the collector's sight: a build frees them as it goes
    n = len(results)
    work = Path(tempfile.mkdtemp(prefix="kg-store-cost-"))
    try:
        out = []
        for _ in range(args.repeat):
            t = steps(results, work / "store")
            out.append(t)
            print(f"releases={n} min_docs={t['min_docs']} quads={t['quads']} total={t['total'] * 1e3 / n:.2f} "
                  f"finish(nt+shacl)={t['finish'] * 1e3 / n:.2f} store={t['store'] * 1e3 / n:.2f} ms a release",
                  flush=True)
        if args.profile:
            import cProfile

            pr = cProfile.Profile()
            pr.enable()
            steps(results, work / "store")
            pr.disable()
            pr.dump_stats(args.profile)
        print(json.dumps({"n": n, "runs": out}))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
