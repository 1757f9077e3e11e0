"""The speed table of issue 13 in one run: each row our time, the reference's, the ratio.

    python benchmarks/speed_table.py            # every row, medians of 3 runs (~25 min quiet)
    python benchmarks/speed_table.py --quick    # fewer runs, smaller corpora (~6 min)
    python benchmarks/speed_table.py --rows 1,2 --runs 7

| row | ours | reference | target |
|---|---|---|---|
| 1 | ``kg build release.txt -o out.ttl`` (a whole process) | a process that imports spaCy, loads the same model and parses the same body | ours / reference <= 1.20 |
| 2 | ``kg build DIR -o all.nq`` on 120 releases | a process that imports spaCy, loads the model and runs ``nlp.pipe`` over the same bodies | reference / ours >= 0.88 |
| 3 | 1,000 releases into ``--store`` (``--jobs`` 1 and 2; :mod:`bench` phases ``build1``/``build2``) | raw ``nlp.pipe`` with ``n_process`` 1 and 2 (phases ``raw1``/``raw2``) | docs/s ratio >= 0.92 |
| 4 | the shipped example queries bound to one event, place, organisation, topic or release (20 values each), store of >= 1 M quads | — | every p50 < 50 ms, p95 < 150 ms |
| 5 | the same queries unbound (whole-graph listings), first page (``limit=100``) | — | p50 < 50 ms |

Rows 1 and 2 time whole processes (``os.wait4``: wall and CPU, children included), ours and
the reference interleaved, after one untimed warm-up of each (so the per-user gazetteer
cache exists and the files are in the page cache, for both). The project's modules are
byte-compiled first (``compileall``), as a wheel install does: an editable install under
``PYTHONDONTWRITEBYTECODE`` would otherwise recompile them in every process. Row 3 runs
``bench.py``'s phases in fresh processes (the model loaded before the clock, as there).
Rows 4 and 5 query a store built once with ``kg build --store --jobs 2`` from
``make_corpus.py`` releases and cached under ``--work`` (``/tmp/event-kg-speed``), through
:func:`kg.graph.query.run_query` (rdflib terms out, as the CLI and API get them).

CPU seconds are printed beside wall seconds: on a loaded machine the CPU ratio is the one
to read. Results also go to ``benchmarks/results/speed-table-*.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

RELEASE = ROOT / "data" / "wpbc-2024-seed.txt"

#: the reference process of rows 1 and 2: spaCy alone, the same model, the same bodies
REF_SINGLE = """
import sys, spacy
nlp = spacy.load(sys.argv[1])
nlp(open(sys.argv[2], encoding="utf-8").read())
"""
REF_FEED = """
import json, sys, spacy
nlp = spacy.load(sys.argv[1])
bodies = [open(p, encoding="utf-8").read() for p in json.load(open(sys.argv[2]))]
for _ in nlp.pipe(bodies, batch_size=64):
    pass
"""


# --------------------------------------------------------------------------- helpers


def timed(cmd: list[str], env: dict | None = None) -> tuple[float, float]:
    """Run a command to its end; its wall and CPU seconds (user + system, its children included)."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _pid, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    stderr = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{stderr}")
    return wall, usage.ru_utime + usage.ru_stime


def interleaved(a: list[str], b: list[str], runs: int) -> dict:
    """Medians of ``runs`` alternating runs of ``a`` (ours) and ``b`` (the reference), after
    one untimed run of each."""
    timed(a)
    timed(b)
    ours, ref = [], []
    for _ in range(runs):
        ours.append(timed(a))
        ref.append(timed(b))
    med = statistics.median
    return {"ours_wall": med(w for w, _ in ours), "ours_cpu": med(c for _, c in ours),
            "ref_wall": med(w for w, _ in ref), "ref_cpu": med(c for _, c in ref),
            "runs": runs, "ours_all": ours, "ref_all": ref}


def model_name() -> str:
    """The spaCy model ``kg`` loads (:data:`kg.pipeline.nlp.MODEL_NAMES`, ``$EKG_SPACY_MODEL``)."""
    import importlib.util

    from kg.pipeline.nlp import MODEL_NAMES

    names = [os.environ["EKG_SPACY_MODEL"]] if os.environ.get("EKG_SPACY_MODEL") else list(MODEL_NAMES)
    for name in names:
        if importlib.util.find_spec(name) is not None:
            return name
    raise SystemExit(f"none of the models {names} is installed")


def kg_command() -> list[str]:
    return [sys.executable, "-m", "kg.cli"] if not (Path(sys.executable).parent / "kg").exists() \
        else [str(Path(sys.executable).parent / "kg")]


def make_corpus(n: int, path: Path, seed: int = 4) -> Path:
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run([sys.executable, str(HERE / "make_corpus.py"), str(n), str(path), "--seed", str(seed)],
                       check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
    return path


def corpus_dir(jsonl: Path, out: Path) -> tuple[Path, list[Path]]:
    """The releases of a JSON Lines corpus as one ``.txt`` file each (front matter + body),
    and each body alone (what the reference parses)."""
    bodies = out / "bodies"
    if not (out / "done").exists():
        (out / "releases").mkdir(parents=True, exist_ok=True)
        bodies.mkdir(parents=True, exist_ok=True)
        for i, line in enumerate(jsonl.read_text(encoding="utf-8").splitlines()):
            rec = json.loads(line)
            front = "".join(f"{k}: {json.dumps(rec[k], ensure_ascii=False)}\n" for k in ("title", "source") if rec.get(k))
            if rec.get("published"):
                front += f"published: {rec['published']}\n"
            (out / "releases" / f"r{i:05d}.txt").write_text(f"---\n{front}---\n{rec['text']}\n", encoding="utf-8")
            (bodies / f"r{i:05d}.txt").write_text(rec["text"] + "\n", encoding="utf-8")
        (out / "done").write_text("ok")
    return out / "releases", sorted(bodies.glob("*.txt"))


# --------------------------------------------------------------------------- rows


def row_single(work: Path, runs: int) -> dict:
    from kg.pipeline.document import read_document

    body = work / "single-body.txt"
    body.write_text(read_document(RELEASE).text, encoding="utf-8")
    out = work / "single-out.ttl"
    res = interleaved([*kg_command(), "build", str(RELEASE), "-o", str(out), "-q"],
                      [sys.executable, "-c", REF_SINGLE, model_name(), str(body)], runs)
    res.update(words=len(body.read_text(encoding="utf-8").split()),
               ratio_wall=res["ours_wall"] / res["ref_wall"], ratio_cpu=res["ours_cpu"] / res["ref_cpu"])
    return res


def row_feed(work: Path, runs: int, n: int) -> dict:
    jsonl = make_corpus(n, work / f"feed-{n}.jsonl")
    releases, bodies = corpus_dir(jsonl, work / f"feed-{n}")
    listing = work / f"feed-{n}-bodies.json"
    listing.write_text(json.dumps([str(p) for p in bodies]))
    out = work / f"feed-{n}-out.nq"
    res = interleaved([*kg_command(), "build", str(releases), "-o", str(out), "-q"],
                      [sys.executable, "-c", REF_FEED, model_name(), str(listing)], runs)
    # a throughput ratio, as the issue states it: the reference's time over ours
    res.update(releases=n, ratio_wall=res["ref_wall"] / res["ours_wall"], ratio_cpu=res["ref_cpu"] / res["ours_cpu"])
    return res


def row_store(work: Path, runs: int, n: int) -> dict:
    import bench

    jsonl = make_corpus(n, work / f"store-{n}.jsonl")
    got: dict[str, list[dict]] = {p: [] for p in ("raw1", "build1", "raw2", "build2")}
    for _ in range(runs):
        for phase in got:
            args = [phase, str(jsonl), "64"]
            if phase.startswith("build"):
                args.append(str(work / f"store-{n}-{phase}"))
            got[phase].append(bench.run_phase(args))
    med = statistics.median
    out: dict = {"releases": n, "runs": runs}
    for jobs in (1, 2):
        raw = [r["docs_per_s"] for r in got[f"raw{jobs}"]]
        build = [r["docs_per_s"] for r in got[f"build{jobs}"]]
        ratios = [b / a for a, b in zip(raw, build)]
        out[f"jobs{jobs}"] = {
            "raw_docs_per_s": med(raw), "build_docs_per_s": med(build), "ratio": med(ratios), "ratios": ratios,
            "raw_seconds": med(r["seconds"] for r in got[f"raw{jobs}"]),
            "build_seconds": med(r["seconds"] for r in got[f"build{jobs}"]),
            "raw_cpu_main": med(r["cpu_main"] for r in got[f"raw{jobs}"]),
            "build_cpu_main": med(r["cpu_main"] for r in got[f"build{jobs}"]),
            # CPU of the whole phase (main process + workers): the ratio to read on a shared machine
            "raw_cpu": med(_cpu(r) for r in got[f"raw{jobs}"]),
            "build_cpu": med(_cpu(r) for r in got[f"build{jobs}"]),
            "ratio_cpu": med(_cpu(a) / _cpu(b) for a, b in zip(got[f"raw{jobs}"], got[f"build{jobs}"])),
            "ratios_cpu": [_cpu(a) / _cpu(b) for a, b in zip(got[f"raw{jobs}"], got[f"build{jobs}"])],
            "loadavg": [r.get("loadavg_start", [0])[0] for r in got[f"raw{jobs}"] + got[f"build{jobs}"]],
            "build_peak_rss_mb": max(r["peak_rss_mb"] for r in got[f"build{jobs}"]),
            "quads": got[f"build{jobs}"][-1]["quads"],
        }
    return out


def _cpu(phase: dict) -> float:
    """CPU seconds of a bench phase: its main process and its workers."""
    return phase["cpu_main"] + phase.get("cpu_children", 0.0)


def query_store(work: Path, n: int) -> Path:
    """A store of ``n`` generated releases, built once (``kg build --store --jobs 2``) and kept."""
    path = work / f"query-store-{n}"
    if not (work / f"query-store-{n}.done").exists():
        import shutil

        shutil.rmtree(path, ignore_errors=True)
        jsonl = make_corpus(n, work / f"store-{n}.jsonl")
        print(f"[building the query store: {n} releases into {path}]", file=sys.stderr, flush=True)
        subprocess.run([*kg_command(), "build", str(jsonl), "--store", str(path), "--jobs", "2", "-q"],
                       check=True, cwd=ROOT)
        (work / f"query-store-{n}.done").write_text("ok")
    return path


def _p(values: list[float], q: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, int(round(q * (len(s) - 1))))]


def _values(store, param: str, k: int) -> list[str]:
    """``k`` values of a parameter drawn from the store with a fixed seed (as ``bench.py``)."""
    import random

    from bench import PARAMETER_VALUES

    from kg.graph.query import run_query

    values = sorted(str(r[0]) for r in run_query(store, PARAMETER_VALUES[param], limit=None).terms)
    random.Random(param).shuffle(values)
    return [f"<{v}>" if v.startswith("http") else json.dumps(v, ensure_ascii=False) for v in values[:k]]


def row_bound(store, samples: int) -> dict:
    from bench import PARAMETER_VALUES

    from kg.graph.query import EXAMPLE_QUERIES, query_parameters, run_query

    out = {}
    for name, text in EXAMPLE_QUERIES.items():
        for param in query_parameters(text):
            if param not in PARAMETER_VALUES:
                continue
            values = _values(store, param, samples)
            run_query(store, text, {param: values[0]}, limit=None)  # warm-up
            times, cpus, rows = [], [], []
            for v in values:  # the whole answer (limit=None), not the default first page
                t0, c0 = time.perf_counter(), time.process_time()
                rows.append(len(run_query(store, text, {param: v}, limit=None)))
                times.append(time.perf_counter() - t0)
                cpus.append(time.process_time() - c0)
            out[f"{name} -p {param}"] = {"values": len(values), "rows_p50": _p(rows, 0.5), "rows_max": max(rows),
                                         "p50_ms": _p(times, 0.5) * 1e3, "p95_ms": _p(times, 0.95) * 1e3,
                                         "cpu_p50_ms": _p(cpus, 0.5) * 1e3, "cpu_p95_ms": _p(cpus, 0.95) * 1e3}
    return out


def row_listings(store, repeat: int, limit: int = 100) -> dict:
    from kg.graph.query import EXAMPLE_QUERIES, run_query

    out = {}
    for name, text in EXAMPLE_QUERIES.items():
        first = run_query(store, text, limit=limit)  # warm-up
        times, cpus = [], []
        for _ in range(repeat):
            t0, c0 = time.perf_counter(), time.process_time()
            run_query(store, text, limit=limit)
            times.append(time.perf_counter() - t0)
            cpus.append(time.process_time() - c0)
        out[name] = {"rows": len(first), "has_more": first.has_more,
                     "p50_ms": _p(times, 0.5) * 1e3, "p95_ms": _p(times, 0.95) * 1e3,
                     "cpu_p50_ms": _p(cpus, 0.5) * 1e3, "cpu_p95_ms": _p(cpus, 0.95) * 1e3}
    return out


# --------------------------------------------------------------------------- the table


def table(r: dict) -> str:
    lines = ["| work | ours | reference | ratio | target | met |", "|---|---|---|---|---|---|"]
    if "single" in r:
        s = r["single"]
        lines.append(
            f"| `kg build release.txt -o out.ttl` ({s['words']} words), vs spaCy import + load + parse "
            f"| {s['ours_wall']:.2f} s wall / {s['ours_cpu']:.2f} s CPU | {s['ref_wall']:.2f} s / {s['ref_cpu']:.2f} s "
            f"| **{s['ratio_wall']:.2f}x** wall / {s['ratio_cpu']:.2f}x CPU | <= 1.20x "
            f"| {'yes' if s['ratio_wall'] <= 1.20 else 'no'} |")
    if "feed" in r:
        s = r["feed"]
        lines.append(
            f"| `kg build DIR -o all.nq`, {s['releases']} releases, vs a raw `nlp.pipe` process "
            f"| {s['ours_wall']:.2f} s / {s['ours_cpu']:.2f} s CPU | {s['ref_wall']:.2f} s / {s['ref_cpu']:.2f} s "
            f"| **{s['ratio_wall']:.2f}** wall / {s['ratio_cpu']:.2f} CPU | >= 0.88 "
            f"| {'yes' if s['ratio_wall'] >= 0.88 else 'no'} |")
    if "store" in r:
        s = r["store"]
        for jobs in (1, 2):
            j = s[f"jobs{jobs}"]
            lines.append(
                f"| {s['releases']:,} releases into `--store`, `--jobs {jobs}`, vs `nlp.pipe` n_process={jobs} "
                f"| {j['build_docs_per_s']:.1f} docs/s ({j['build_seconds']:.1f} s) "
                f"| {j['raw_docs_per_s']:.1f} docs/s ({j['raw_seconds']:.1f} s) "
                f"| **{j['ratio']:.2f}** wall ({', '.join(f'{x:.2f}' for x in j['ratios'])})"
                + (f" / {j['ratio_cpu']:.2f} CPU ({', '.join(f'{x:.2f}' for x in j['ratios_cpu'])})"
                   if "ratio_cpu" in j else "")
                + " | >= 0.92 "
                f"| {'yes' if j['ratio'] >= 0.92 else 'no'} |")
    if "bound" in r:
        b = r["bound"]
        worst50 = max(b.items(), key=lambda kv: kv[1]["p50_ms"])
        worst95 = max(b.items(), key=lambda kv: kv[1]["p95_ms"])
        ok = all(q["p50_ms"] < 50 and q["p95_ms"] < 150 for q in b.values())
        lines.append(
            f"| example queries bound to one value ({len(b)} query/parameter pairs), store of "
            f"{r['store_quads']:,} quads | p50 {min(q['p50_ms'] for q in b.values()):.1f}-{worst50[1]['p50_ms']:.1f} ms "
            f"(worst {worst50[0]}); p95 up to {worst95[1]['p95_ms']:.1f} ms ({worst95[0]}) | — | — "
            f"| p50 < 50 ms, p95 < 150 ms | {'yes' if ok else 'no'} |")
    if "listings" in r:
        li = r["listings"]
        worst = max(li.items(), key=lambda kv: kv[1]["p50_ms"])
        ok = all(q["p50_ms"] < 50 for q in li.values())
        lines.append(
            f"| whole-graph listings, first page (`--limit 100`), {len(li)} queries "
            f"| p50 {min(q['p50_ms'] for q in li.values()):.1f}-{worst[1]['p50_ms']:.1f} ms (worst {worst[0]}) "
            f"| — | — | p50 < 50 ms | {'yes' if ok else 'no'} |")
    return "\n".join(lines)


def details(r: dict) -> str:
    out = []
    if "bound" in r:
        out.append("\nbound queries (p50 / p95 over the sampled values; rows p50 / max):")
        for name, q in r["bound"].items():
            out.append(f"  {name:<40} {q['p50_ms']:7.1f} / {q['p95_ms']:7.1f} ms wall, {q['cpu_p50_ms']:7.1f} / "
                       f"{q['cpu_p95_ms']:7.1f} ms CPU   rows {q['rows_p50']} / {q['rows_max']}")
    if "listings" in r:
        out.append("\nlistings, first page of 100 (p50 / p95):")
        for name, q in r["listings"].items():
            out.append(f"  {name:<40} {q['p50_ms']:7.1f} / {q['p95_ms']:7.1f} ms wall, {q['cpu_p50_ms']:7.1f} / "
                       f"{q['cpu_p95_ms']:7.1f} ms CPU   rows {q['rows']}"
                       + (" (more follow)" if q["has_more"] else ""))
    return "\n".join(out)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", default="1,2,3,4,5", help="which rows (1-5), comma-separated")
    ap.add_argument("--quick", action="store_true",
                    help="fewer runs and a smaller row-3 corpus (3 runs of rows 1-2, 1 run of 300 releases "
                         "for row 3, 5 samples a parameter)")
    ap.add_argument("--runs", type=int, help="runs per measurement (default 5, --quick 3)")
    ap.add_argument("--feed-size", type=int, default=120)
    ap.add_argument("--store-size", type=int, help="row 3 corpus (default 1000, --quick 300)")
    ap.add_argument("--query-size", type=int, default=2000, help="releases in the query store (>= 1 M quads at 2,000)")
    ap.add_argument("--work", type=Path, default=Path("/tmp/event-kg-speed"))
    args = ap.parse_args()
    rows = {int(x) for x in args.rows.split(",") if x.strip()}
    runs = args.runs or (3 if args.quick else 5)
    work = args.work
    work.mkdir(parents=True, exist_ok=True)
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "kg")], check=True, stdout=subprocess.DEVNULL)
    res: dict = {"loadavg_start": os.getloadavg(), "cpus": os.cpu_count(), "runs": runs, "quick": args.quick}
    started = time.perf_counter()
    if 1 in rows:
        res["single"] = row_single(work, runs)
        print(f"[row 1 done, {time.perf_counter() - started:.0f} s]", file=sys.stderr, flush=True)
    if 2 in rows:
        res["feed"] = row_feed(work, runs, args.feed_size)
        print(f"[row 2 done, {time.perf_counter() - started:.0f} s]", file=sys.stderr, flush=True)
    if 3 in rows:
        size = args.store_size or (300 if args.quick else 1000)
        res["store"] = row_store(work, 1 if args.quick else max(3, args.runs or 3), size)
        print(f"[row 3 done, {time.perf_counter() - started:.0f} s]", file=sys.stderr, flush=True)
    if rows & {4, 5}:
        from kg.corpus.store import open_store

        # as the CLI and the API open it: its listing index (kg-listings.sqlite) is used
        store = open_store(query_store(work, args.query_size), read_only=True)
        res["store_quads"] = len(store)
        if 4 in rows:
            res["bound"] = row_bound(store, 5 if args.quick else 20)
        if 5 in rows:
            res["listings"] = row_listings(store, runs)
        print(f"[rows 4-5 done, {time.perf_counter() - started:.0f} s]", file=sys.stderr, flush=True)
    res["loadavg_end"] = os.getloadavg()
    out = HERE / "results" / f"speed-table-{time.strftime('%Y%m%d-%H%M%S')}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(res, indent=2))
    print(f"load average {res['loadavg_start'][0]:.1f} at start, {res['loadavg_end'][0]:.1f} at end; "
          f"{os.cpu_count()} CPUs; medians of {runs} runs\n")
    print(table(res))
    print(details(res))
    print(f"\n(results: {out})")


if __name__ == "__main__":
    main()
