"""Row 2 of issue 13 with the overlap on and off, and what each process of ours spends.

    python benchmarks/overlap_cpu.py [--runs 5] [--feed-size 120] [--store]

Runs ``kg build DIR -o all.nq -q`` with ``KG_BUILD_OVERLAP=1`` (the parse in the main
process, the rest in a forked one: :func:`kg.corpus.parallel.run_overlapped`) and ``=0``
(one process), and the reference (spaCy import + load + ``nlp.pipe``), interleaved after a
warm-up each, as ``speed_table.py`` does. For ours it also records the main process's own
CPU seconds (``RUSAGE_SELF`` at exit): on a machine whose two cores are free, an overlapped
build takes about that long (the forked process runs beside it), so ``reference CPU /
main-process CPU`` is the wall ratio an idle machine would show. On a loaded machine wall
times say little; read the CPU columns. ``--store`` times ``--store DIR --jobs 1`` instead
(row 3's path, the overlap of :func:`kg.corpus.parallel.run_chunks`).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import speed_table as st  # noqa: E402

#: ``kg`` with its own CPU seconds written at exit (a forked child leaves by os._exit: not counted)
WRAP = """
import atexit, os, resource, runpy, sys
out = os.environ["KG_SELF_CPU"]
atexit.register(lambda: open(out, "w").write(repr(sum(resource.getrusage(resource.RUSAGE_SELF)[:2]))))
sys.argv = ["kg", *sys.argv[1:]]
runpy.run_module("kg", run_name="__main__")
"""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--feed-size", type=int, default=120)
    ap.add_argument("--store", action="store_true", help="--store --jobs 1 instead of -o all.nq")
    ap.add_argument("--work", type=Path, default=Path("/tmp/event-kg-speed"))
    args = ap.parse_args()
    work = args.work
    work.mkdir(parents=True, exist_ok=True)
    n = args.feed_size
    jsonl = st.make_corpus(n, work / f"feed-{n}.jsonl")
    releases, bodies = st.corpus_dir(jsonl, work / f"feed-{n}")
    listing = work / f"feed-{n}-bodies.json"
    listing.write_text(json.dumps([str(p) for p in bodies]))
    tmp = Path(tempfile.mkdtemp(prefix="overlap-cpu-"))
    selfcpu = tmp / "self-cpu"

    def ours(overlap: str):
        target = ["--store", str(tmp / f"store-{overlap}"), "--jobs", "1"] if args.store else ["-o", str(tmp / "out.nq")]
        cmd = [sys.executable, "-c", WRAP, "build", str(releases), *target, "-q"]
        env = {**os.environ, "KG_BUILD_OVERLAP": overlap, "KG_SELF_CPU": str(selfcpu)}
        return cmd, env

    variants = {"overlap": ours("1"), "one process": ours("0"),
                "reference": ([sys.executable, "-c", st.REF_FEED, st.model_name(), str(listing)], None)}
    got: dict[str, list] = {k: [] for k in variants}

    def run(name: str) -> tuple[float, float, float]:
        cmd, env = variants[name]
        if args.store:
            shutil.rmtree(tmp / "store-1", ignore_errors=True)
            shutil.rmtree(tmp / "store-0", ignore_errors=True)
        selfcpu.unlink(missing_ok=True)
        wall, cpu = st.timed(cmd, env)
        own = float(selfcpu.read_text()) if selfcpu.exists() else cpu
        return wall, cpu, own

    subprocess_compile()
    for name in variants:
        run(name)  # warm-up
    for _ in range(args.runs):
        for name in variants:
            got[name].append(run(name))
    shutil.rmtree(tmp, ignore_errors=True)
    med = statistics.median
    ref_wall, ref_cpu = med(r[0] for r in got["reference"]), med(r[1] for r in got["reference"])
    print(f"{n} releases, {'--store --jobs 1' if args.store else '-o all.nq'}, medians of {args.runs} runs, "
          f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    print("| | wall | CPU, all processes | CPU, main process | reference / ours: CPU | reference CPU / main-process CPU |")
    print("|---|---|---|---|---|---|")
    for name, rows in got.items():
        wall, cpu, own = med(r[0] for r in rows), med(r[1] for r in rows), med(r[2] for r in rows)
        print(f"| {name} | {wall:.2f} s | {cpu:.2f} s | {own:.2f} s | {ref_cpu / cpu:.3f} | {ref_cpu / own:.3f} |")
    print("all runs (wall, CPU, main CPU):", json.dumps({k: [[round(x, 2) for x in r] for r in v] for k, v in got.items()}))


def subprocess_compile() -> None:
    import subprocess

    subprocess.run([sys.executable, "-m", "compileall", "-q", str(st.ROOT / "kg")], check=True,
                   stdout=subprocess.DEVNULL)


if __name__ == "__main__":
    main()
