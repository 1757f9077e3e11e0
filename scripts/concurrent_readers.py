"""Query a store with many ``kg query --store`` processes while a ``kg build`` writes to it.

    python scripts/concurrent_readers.py                       # 300 releases, 20 readers
    python scripts/concurrent_readers.py --releases 100 --readers 4 --work /tmp/cr

What it does: generates a synthetic corpus (``benchmarks/make_corpus.py``) in a scratch
folder (never in the project), builds a first half into the store, then starts a second
``kg build --store`` of the whole corpus and, while it writes, ``--readers`` loops that each
run ``kg query --store`` again and again (a count, and the shipped ``events`` query) until
the build ends. Each reader process is timed out after ``--timeout`` seconds (a hang).

It prints the tracebacks seen (any stderr holding "Traceback"), the hangs, the readers'
exit codes by count, each exit code's first message, and the peak RSS of the reader
processes over time (per tenth of the build), which must stay flat. Exit status 0 when
there was no traceback and no hang and the build succeeded, else 1.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
QUERIES = [
    ["SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"],
    ["--example", "events", "--limit", "20"],
]


@dataclass
class ReaderRun:
    started: float
    ended: float
    code: int | None  # None: timed out (a hang)
    stderr: str
    max_rss_kb: int


@dataclass
class Results:
    runs: list[ReaderRun] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, run: ReaderRun) -> None:
        with self.lock:
            self.runs.append(run)


def kg_command() -> list[str]:
    """The ``kg`` command of the interpreter running this script (its venv)."""
    return [sys.executable, "-m", "kg"]


def run_reader(store: Path, query: list[str], timeout: float) -> ReaderRun:
    """One ``kg query --store`` process; its exit code, stderr and peak RSS (wait4)."""
    t0 = time.monotonic()
    env = dict(os.environ, KG_DEBUG="")
    with tempfile.TemporaryFile() as err_file:
        proc = subprocess.Popen([*kg_command(), "query", "--store", str(store), *query, "-f", "csv"],
                                stdout=subprocess.DEVNULL, stderr=err_file, env=env)
        deadline = t0 + timeout
        code: int | None = None
        rss = 0
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                code = os.waitstatus_to_exitcode(status)
                rss = usage.ru_maxrss
                proc.returncode = code
                break
            if time.monotonic() > deadline:
                proc.kill()
                _, status, usage = os.wait4(proc.pid, 0)
                proc.returncode = -9
                rss = usage.ru_maxrss
                break
            time.sleep(0.02)
        err_file.seek(0)
        stderr = err_file.read().decode("utf-8", "replace")
    return ReaderRun(t0, time.monotonic(), code, stderr, rss)


def reader_loop(n: int, store: Path, stop: threading.Event, results: Results, timeout: float) -> None:
    i = n
    while not stop.is_set():
        results.add(run_reader(store, QUERIES[i % len(QUERIES)], timeout))
        i += 1


def build(inputs: list[Path], store: Path, log: Path) -> subprocess.Popen:
    with open(log, "wb") as f:
        return subprocess.Popen([*kg_command(), "build", *map(str, inputs), "--store", str(store), "-q",
                                 "--batch-size", "16"], stdout=subprocess.DEVNULL, stderr=f)


def first_line(text: str) -> str:
    lines = [x for x in text.strip().splitlines() if x.strip()]
    return lines[-1][:160] if lines else ""


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--releases", type=int, default=300)
    ap.add_argument("--readers", type=int, default=20)
    ap.add_argument("--timeout", type=float, default=60.0, help="seconds before a reader counts as hung")
    ap.add_argument("--work", type=Path, help="scratch folder (default: a new one in /tmp)")
    ap.add_argument("--keep", action="store_true", help="keep the scratch folder")
    args = ap.parse_args(argv)

    work = args.work or Path(tempfile.mkdtemp(prefix="kg-concurrent-"))
    work.mkdir(parents=True, exist_ok=True)
    corpus = work / "corpus.jsonl"
    store = work / "store"
    if store.exists():
        shutil.rmtree(store)
    subprocess.run([sys.executable, str(ROOT / "benchmarks" / "make_corpus.py"), str(args.releases),
                    str(corpus)], check=True, stdout=subprocess.DEVNULL)
    lines = corpus.read_text(encoding="utf-8").splitlines(keepends=True)
    first = work / "first.jsonl"
    first.write_text("".join(lines[: max(1, len(lines) // 5)]), encoding="utf-8")
    t0 = time.monotonic()
    pre = subprocess.run([*kg_command(), "build", str(first), "--store", str(store), "-q"],
                         stderr=subprocess.PIPE, text=True)
    print(f"first build: {len(lines) // 5} releases, exit {pre.returncode}, "
          f"{time.monotonic() - t0:.1f} s")

    results = Results()
    stop = threading.Event()
    log = work / "build.log"
    started = time.monotonic()
    proc = build([corpus], store, log)
    threads = [threading.Thread(target=reader_loop, args=(n, store, stop, results, args.timeout), daemon=True)
               for n in range(args.readers)]
    for t in threads:
        t.start()
    code = proc.wait()
    build_end = time.monotonic()
    stop.set()
    for t in threads:
        t.join()
    elapsed = build_end - started
    runs = results.runs
    print(f"second build: {len(lines)} releases, exit {code}, {elapsed:.1f} s "
          f"({first_line(log.read_text(encoding='utf-8', errors='replace')) or 'no message'})")
    print(f"reader processes: {len(runs)} ({args.readers} loops)")
    tracebacks = [r for r in runs if "Traceback" in r.stderr]
    hangs = [r for r in runs if r.code is None or r.code == -9]
    print(f"tracebacks: {len(tracebacks)}")
    for r in tracebacks[:3]:
        print("   ", first_line(r.stderr))
    print(f"hangs (over {args.timeout:.0f} s): {len(hangs)}")
    codes = Counter(r.code for r in runs)
    print("exit codes: " + ", ".join(f"{c}: {n}" for c, n in sorted(codes.items(), key=lambda x: str(x[0]))))
    for c in sorted(codes, key=str):
        example = next(r for r in runs if r.code == c)
        if example.stderr.strip():
            print(f"   {c}: {first_line(example.stderr)}")
    print("peak RSS of the readers (MB) by tenth of the build, started in it: max / median")
    for k in range(10):
        lo, hi = started + elapsed * k / 10, started + elapsed * (k + 1) / 10
        rss = sorted(r.max_rss_kb / 1024 for r in runs if lo <= r.started < hi)
        if rss:
            print(f"   {k * 10:3d}-{k * 10 + 10:3d}%  n={len(rss):3d}  {rss[-1]:6.0f} / {rss[len(rss) // 2]:6.0f}")
    after = [r for r in runs if r.started >= build_end]
    if after:
        print(f"   after build  n={len(after):3d}  {max(r.max_rss_kb for r in after) / 1024:6.0f}")
    check = subprocess.run([*kg_command(), "query", "--store", str(store),
                            "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", "-f", "csv"],
                           capture_output=True, text=True)
    print(f"after the build: documents in the store: {check.stdout.split()[-1] if check.stdout else '?'} "
          f"(exit {check.returncode})")
    if not args.keep and args.work is None:
        shutil.rmtree(work, ignore_errors=True)
    return 0 if not tracebacks and not hangs and code == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
