"""Corpus benchmark for ``kg build`` (run by hand; not part of the test suite).

    python benchmarks/make_corpus.py 1000 benchmarks/corpus-1k.jsonl
    python benchmarks/bench.py benchmarks/corpus-1k.jsonl
    python benchmarks/bench.py benchmarks/corpus-10k.jsonl --phases build1,load,query --repeat 3 --no-memory-queries

Every phase runs in a fresh Python process (so peak RSS is per phase), one after the other,
on the same texts, and the script prints the figures side by side:

* ``raw1`` / ``raw2``: raw spaCy ``nlp.pipe`` over the texts, ``n_process=1`` / ``2``
  (the ceiling): the same model as ``kg build`` (``kg.pipeline.nlp.load_nlp``) with its full pipeline
  (kg build runs the lemmatizer lazily, on the tokens its extractors inspect);
* ``build1`` / ``build2``: the full corpus build (read, skip, parse, extract, map, validate,
  write into an on-disk Oxigraph store), ``--jobs 1`` / ``--jobs 2``; the model loads before
  the clock starts, as for raw spaCy, and ``--jobs 2`` forks its workers from the loaded
  process as spaCy's ``n_process=2`` does (worker start-up is timed in both);
* ``load``: bulk load of the built graph (N-Quads dump) into a fresh store;
* ``query``: p50/p95 latency of the shipped example queries (``kg.graph.query.EXAMPLE_QUERIES``,
  through ``kg.graph.query.run_query``) on the store and on an in-memory rdflib Dataset, as
  shipped (every parameter unbound: the whole listing), and bound to one value of each
  parameter in turn (``BOUND_SAMPLES`` values drawn from the store, one run each).

Peak RSS is sampled (psutil, every 50 ms) for the phase's process and for its whole process
tree (workers included). Results are also written as JSON to ``benchmarks/results/``.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
PHASES = ("raw1", "build1", "raw2", "build2", "load", "query")


# --------------------------------------------------------------------------- in a phase


class RSSSampler:
    def __init__(self, interval: float = 0.05) -> None:
        import psutil

        self.proc = psutil.Process()
        self.peak_self = 0
        self.peak_tree = 0
        self.child_cpu: dict[int, float] = {}  # pid -> user + system seconds last seen
        self.loadavg_start = os.getloadavg()
        self._stop = threading.Event()
        self._t = threading.Thread(target=self._run, daemon=True)
        self._t.start()
        self.interval = interval

    def _run(self) -> None:
        import psutil

        while not self._stop.is_set():
            try:
                me = self.proc.memory_info().rss
                tree = me
                for c in self.proc.children(recursive=True):
                    try:
                        tree += c.memory_info().rss
                        t = c.cpu_times()
                        self.child_cpu[c.pid] = t.user + t.system
                    except psutil.Error:
                        pass
                self.peak_self = max(self.peak_self, me)
                self.peak_tree = max(self.peak_tree, tree)
            except psutil.Error:
                pass
            self._stop.wait(0.05)

    def stop(self) -> dict:
        self._stop.set()
        self._t.join()
        return {"peak_rss_mb": self.peak_self / 2**20, "peak_rss_tree_mb": self.peak_tree / 2**20,
                # the workers' CPU (sampled every 50 ms, so up to 50 ms of each is missed)
                "cpu_children": sum(self.child_cpu.values()),
                "loadavg_start": self.loadavg_start, "loadavg_end": os.getloadavg()}


def _texts(corpus: str) -> list[str]:
    from kg.corpus.inputs import iter_documents

    return [d.text for d in iter_documents([corpus]) if not isinstance(d, Exception)]


def phase_raw(corpus: str, n_process: int, batch_size: int) -> dict:
    from kg.pipeline.nlp import load_nlp

    texts = _texts(corpus)
    words = sum(len(t.split()) for t in texts)
    nlp = load_nlp()
    for name in list(nlp.disabled):  # the ceiling is the model's full pipeline, lemmatizer included
        nlp.enable_pipe(name)
    rss = RSSSampler()
    cpu0 = time.process_time()
    t0 = time.perf_counter()
    n = 0
    for _ in nlp.pipe(texts, batch_size=batch_size, n_process=n_process):
        n += 1
    dt = time.perf_counter() - t0
    return {"docs": n, "words": words, "seconds": dt, "docs_per_s": n / dt, "words_per_s": words / dt,
            "cpu_main": time.process_time() - cpu0, **rss.stop()}


def phase_build(corpus: str, jobs: int, batch_size: int, store_path: str) -> dict:
    from kg.corpus.batch import BuildOptions, build_corpus
    from kg.corpus.store import open_store

    shutil.rmtree(store_path, ignore_errors=True)
    # the model and the shapes load before the clock starts, as for raw spaCy; with --jobs 2
    # the workers are forked from this process and inherit them, as spaCy's n_process=2 does
    from kg.graph.compiled_shacl import compiled_shapes
    from kg.pipeline.nlp import load_nlp

    load_nlp()
    compiled_shapes()
    store = open_store(store_path)
    failures: list = []
    opts = BuildOptions(inputs=[corpus], jobs=jobs, batch_size=batch_size, quiet=True)
    rss = RSSSampler()
    cpu0 = time.process_time()
    t0 = time.perf_counter()
    stats = build_corpus(opts, failures, store=store)
    dt = time.perf_counter() - t0
    cpu = time.process_time() - cpu0
    n_quads = len(store)
    del store
    out = {k: v for k, v in stats.__dict__.items() if k != "violations"}
    out.update(seconds=dt, docs=stats.n_ok + stats.n_failed, docs_per_s=(stats.n_ok + stats.n_failed) / dt,
               failures=len(failures), quads=n_quads, cpu_main=cpu, **rss.stop())
    return out


def phase_load(store_path: str, dump_path: str, fresh_path: str) -> dict:
    import pyoxigraph as ox

    src = ox.Store.read_only(store_path)
    t0 = time.perf_counter()
    src.dump(dump_path, format=ox.RdfFormat.N_QUADS)
    t_dump = time.perf_counter() - t0
    del src
    shutil.rmtree(fresh_path, ignore_errors=True)
    rss = RSSSampler()
    dst = ox.Store(fresh_path)
    t0 = time.perf_counter()
    dst.bulk_load(path=dump_path, format=ox.RdfFormat.N_QUADS)
    dst.flush()
    t_load = time.perf_counter() - t0
    n = len(dst)
    return {"quads": n, "dump_seconds": t_dump, "bulk_load_seconds": t_load,
            "quads_per_s": n / t_load, "nquads_mb": os.path.getsize(dump_path) / 2**20, **rss.stop()}


def _store_query(store, text: str):
    """What ``kg.graph.query.run_query`` does on a store, querying the default graph of a kg
    store (the materialized union; see kg/store.py) instead of the union of named graphs."""
    from kg.corpus.store import union_in_default_graph
    from kg.graph.query import QueryResult, _rows_from_ox, prepare_query
    from kg.rdf.namespaces import PREFIXES

    result = store.query(prepare_query(text), use_default_graph_as_union=not union_in_default_graph(store),
                         prefixes={k: str(v) for k, v in PREFIXES.items()})
    variables = [v.value for v in result.variables]
    return QueryResult(columns=variables, terms=_rows_from_ox(result, variables))


def _latencies(target, text: str, repeat: int) -> tuple[list[float], int]:
    import pyoxigraph as ox

    from functools import partial

    from kg.graph.query import run_query

    run_query = _store_query if isinstance(target, ox.Store) else partial(run_query, limit=None)  # every row
    rows = len(run_query(target, text))  # warm-up
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        run_query(target, text)
        times.append(time.perf_counter() - t0)
    return times, rows


def _p(values: list[float], q: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, int(round(q * (len(s) - 1))))]


MEMORY_QUERY_TIMEOUT = 120.0  # seconds for all repetitions of one query on rdflib
MEMORY_QUERY_LIMIT = 6 * 2**30  # address space of the forked child running it


def _memory_child(conn, ds, text: str, repeat: int) -> None:
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_QUERY_LIMIT, MEMORY_QUERY_LIMIT))
    try:
        conn.send(_latencies(ds, text, repeat))
    except MemoryError:
        conn.send("memory")


def _memory_latencies(ds, text: str, repeat: int) -> dict:
    """rdflib timings in a forked child (it inherits the loaded Dataset) with a time and a
    memory limit: some example queries (property paths with ``*``) blow up on rdflib."""
    import multiprocessing as mp

    ctx = mp.get_context("fork")
    parent, child = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_memory_child, args=(child, ds, text, repeat))
    proc.start()
    got = parent.recv() if parent.poll(MEMORY_QUERY_TIMEOUT) else None
    if proc.is_alive():
        proc.kill()
    proc.join()
    if got is None:
        return {"memory_error": f"> {MEMORY_QUERY_TIMEOUT:.0f} s"}
    if got == "memory":
        return {"memory_error": f"> {MEMORY_QUERY_LIMIT / 2**30:.0f} GiB"}
    tm, rows = got
    return {"memory_rows": rows, "memory_p50_ms": _p(tm, 0.5) * 1e3, "memory_p95_ms": _p(tm, 0.95) * 1e3}


#: where the benchmark takes values for each query parameter (queries/*.rq, `VALUES ?x { UNDEF }`)
PARAMETER_VALUES = {
    "name": "SELECT DISTINCT ?v WHERE { ?e a schema:Event ; schema:name ?v }",
    "eventName": "SELECT DISTINCT ?v WHERE { ?e a schema:Event ; schema:name ?v }",
    "doc": "SELECT DISTINCT ?v WHERE { ?v a schema:NewsArticle }",
    "guestName": "SELECT DISTINCT ?v WHERE { ?e ekg:guestOfHonor/schema:name ?v }",
    "agentName": "SELECT DISTINCT ?v WHERE { ?e ekg:host|ekg:organizer|schema:sponsor ?a . ?a schema:name ?v }",
    "placeName": "SELECT DISTINCT ?v WHERE { ?x schema:observationAbout/schema:containedInPlace* ?p . "
                 "?p a schema:Place ; schema:name ?v }",
    "topicLabel": "SELECT DISTINCT ?v WHERE { ?e schema:about ?t . ?t a skos:Concept ; skos:prefLabel ?v }",
}
BOUND_SAMPLES = 20  # values per parameter, drawn with a fixed seed


def _sample_values(store, param: str, k: int) -> list[str]:
    import random

    from kg.graph.query import run_query

    values = sorted(str(r[0]) for r in run_query(store, PARAMETER_VALUES[param], limit=None).terms)
    random.Random(param).shuffle(values)
    return [f"<{v}>" if v.startswith("http") else v for v in values[:k]]


def _bound_latencies(store, text: str, param: str, k: int) -> dict:
    """The query bound to ``k`` different values of one parameter: one run each (after one
    warm-up run of the first), p50/p95 over the values, and the median rows."""
    from kg.graph.query import bind_parameters

    values = _sample_values(store, param, k)
    if not values:
        return {}
    _store_query(store, bind_parameters(text, {param: values[0]}))
    times, rows = [], []
    for v in values:
        t0 = time.perf_counter()
        n = len(_store_query(store, bind_parameters(text, {param: v})))
        times.append(time.perf_counter() - t0)
        rows.append(n)
    return {"param": param, "values": len(values), "rows_p50": _p(rows, 0.5), "rows_max": max(rows),
            "store_p50_ms": _p(times, 0.5) * 1e3, "store_p95_ms": _p(times, 0.95) * 1e3}


def phase_query(store_path: str, dump_path: str, repeat: int, memory: bool) -> dict:
    import pyoxigraph as ox

    from kg.graph.query import EXAMPLE_QUERIES, query_parameters

    store = ox.Store.read_only(store_path)
    out: dict = {"store_quads": len(store), "queries": {}, "bound": {}}
    out["store_union_triples"] = len(list(store.quads_for_pattern(None, None, None, ox.DefaultGraph())))
    ds = None
    if memory:
        from rdflib import Dataset

        t0 = time.perf_counter()
        ds = Dataset(default_union=True)
        ds.parse(dump_path, format="nquads")
        out["rdflib_load_seconds"] = time.perf_counter() - t0
    for name, text in EXAMPLE_QUERIES.items():
        # as shipped: every parameter unbound, the whole listing
        t, rows = _latencies(store, text, repeat)
        q = {"rows": rows, "store_p50_ms": _p(t, 0.5) * 1e3, "store_p95_ms": _p(t, 0.95) * 1e3}
        if ds is not None:
            q.update(_memory_latencies(ds, text, max(3, repeat // 4)))
        out["queries"][name] = q
        # as asked about one thing: each parameter bound in turn to sampled values
        for param in query_parameters(text):
            if param in PARAMETER_VALUES:
                out["bound"][f"{name} -p {param}"] = _bound_latencies(store, text, param, BOUND_SAMPLES)
    return out


# --------------------------------------------------------------------------- driver


def run_phase(args: list[str]) -> dict:
    cmd = [sys.executable, str(Path(__file__).resolve()), "_phase", *args]
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr)
        raise SystemExit(f"phase {args[0]} failed")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "_phase":
        name, rest = sys.argv[2], sys.argv[3:]
        if name in ("raw1", "raw2"):
            res = phase_raw(rest[0], 1 if name == "raw1" else 2, int(rest[1]))
        elif name in ("build1", "build2"):
            res = phase_build(rest[0], 1 if name == "build1" else 2, int(rest[1]), rest[2])
        elif name == "load":
            res = phase_load(*rest)
        else:
            res = phase_query(rest[0], rest[1], int(rest[2]), rest[3] == "1")
        print(json.dumps(res))
        return
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus")
    ap.add_argument("--phases", default=",".join(PHASES))
    ap.add_argument("--batch-size", type=int, default=64)
    ap.add_argument("--work", default=str(HERE / "results" / "work"))
    ap.add_argument("--repeat", type=int, default=20, help="query repetitions (store)")
    ap.add_argument("--no-memory-queries", action="store_true", help="skip the rdflib in-memory comparison")
    args = ap.parse_args()
    phases = args.phases.split(",")
    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    tag = Path(args.corpus).stem
    store1, store2 = work / f"{tag}-store1", work / f"{tag}-store2"
    dump, fresh = work / f"{tag}.nq", work / f"{tag}-store-bulk"
    results: dict = {"corpus": args.corpus, "batch_size": args.batch_size, "cpus": os.cpu_count(),
                     "loadavg_start": os.getloadavg()}
    for ph in phases:
        t0 = time.perf_counter()
        if ph in ("raw1", "raw2"):
            results[ph] = run_phase([ph, args.corpus, str(args.batch_size)])
        elif ph in ("build1", "build2"):
            results[ph] = run_phase([ph, args.corpus, str(args.batch_size), str(store1 if ph == "build1" else store2)])
        elif ph == "load":
            src = store1 if store1.exists() else store2
            results[ph] = run_phase([ph, str(src), str(dump), str(fresh)])
        elif ph == "query":
            src = store1 if store1.exists() else store2
            results[ph] = run_phase([ph, str(src), str(dump), str(args.repeat), "0" if args.no_memory_queries else "1"])
        print(f"[{ph} done in {time.perf_counter() - t0:.0f} s]", file=sys.stderr, flush=True)
    results["loadavg_end"] = os.getloadavg()
    out = HERE / "results" / f"{tag}-{time.strftime('%Y%m%d-%H%M%S')}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=2))
    report(results)
    print(f"\n(results: {out})")


def report(r: dict) -> None:
    print(f"corpus {r['corpus']}  (cpus {r['cpus']}, load avg at start {r['loadavg_start'][0]:.2f}, "
          f"end {r['loadavg_end'][0]:.2f})")
    rows = []
    for mode, raw, build in (("1 process", "raw1", "build1"), ("2 processes", "raw2", "build2")):
        if raw in r or build in r:
            a, b = r.get(raw), r.get(build)
            ratio = f"{b['docs_per_s'] / a['docs_per_s']:.2f}" if a and b else "-"
            rows.append((mode, f"{a['docs_per_s']:.1f} docs/s ({a['words_per_s']:.0f} w/s)" if a else "-",
                         f"{b['docs_per_s']:.1f} docs/s" if b else "-", ratio,
                         f"{b['peak_rss_mb']:.0f} / {b['peak_rss_tree_mb']:.0f} MB" if b else "-"))
    if rows:
        print(f"\n{'mode':<12} {'raw spaCy nlp.pipe':<30} {'kg build --store':<18} {'ratio':<6} peak RSS main / tree")
        for row in rows:
            print(f"{row[0]:<12} {row[1]:<30} {row[2]:<18} {row[3]:<6} {row[4]}")
    for b in ("build1", "build2"):
        if b in r:
            s = r[b]
            busy = s["t_parse"] + s["t_extract"] + s["t_validate"] + s["t_serialize"]
            print(f"\n{b}: {s['docs']} docs ({s['failures']} failed), {s['quads']:,} quads in {s['seconds']:.1f} s; "
                  f"worker time: parse {s['t_parse']:.1f} s, extract+map {s['t_extract']:.1f} s, "
                  f"SHACL {s['t_validate']:.1f} s ({100 * s['t_validate'] / busy:.1f}% of worker time, "
                  f"{100 * s['t_validate'] / s['seconds']:.1f}% of wall" + (")" if b == "build1" else " if serial)")
                  + f", N-Triples {s['t_serialize']:.1f} s; writer thread {s['t_write']:.1f} s "
                  f"(main blocked on it {s['t_wait_writer']:.1f} s)")
    if "load" in r:
        s = r["load"]
        print(f"\nstore bulk load: {s['quads']:,} quads ({s['nquads_mb']:.0f} MB N-Quads) in "
              f"{s['bulk_load_seconds']:.1f} s ({s['quads_per_s']:,.0f} quads/s); peak RSS {s['peak_rss_mb']:.0f} MB")
    if "query" in r:
        s = r["query"]
        print(f"\nqueries on the store ({s['store_quads']:,} quads)"
              + (f" vs rdflib in memory (loaded in {s['rdflib_load_seconds']:.0f} s)" if "rdflib_load_seconds" in s else ""))
        print(f"{'query':<32} {'rows':>6} {'store p50':>10} {'p95':>9} {'rdflib p50':>11} {'p95':>9}")
        for name, q in s["queries"].items():
            mem = (f"{q['memory_p50_ms']:>9.1f}ms {q['memory_p95_ms']:>7.1f}ms" if "memory_p50_ms" in q
                   else f"{q.get('memory_error', '-'):>21}")
            print(f"{name:<32} {q['rows']:>6} {q['store_p50_ms']:>8.1f}ms {q['store_p95_ms']:>7.1f}ms {mem}")
        if s.get("bound"):
            print(f"\nbound to one value ({BOUND_SAMPLES} sampled values per parameter; p50/p95 over the values)")
            print(f"{'query -p parameter':<42} {'rows p50/max':>13} {'store p50':>10} {'p95':>9}")
            for name, q in s["bound"].items():
                if q:
                    print(f"{name:<42} {q['rows_p50']:>6}/{q['rows_max']:<6} {q['store_p50_ms']:>8.1f}ms "
                          f"{q['store_p95_ms']:>7.1f}ms")


if __name__ == "__main__":
    main()
