"""Page and query latencies of ``kg serve`` (run by hand).

    python benchmarks/make_corpus.py 1000 /tmp/corpus-1k.jsonl
    kg build /tmp/corpus-1k.jsonl --store /tmp/store-1k -q
    python benchmarks/web_latency.py --store /tmp/store-1k            # or a graph file

Starts ``kg serve`` in its own process (``--quiet``, a free port), picks pages and queries
from the graph (events, their graph views, series, releases with a highlighted span, the
query page running a shipped query, and bound example queries and a count at /sparql),
then measures wall-clock latency per kind of request, first one client at a time
(``--rounds`` passes over the sample), then ``--clients`` concurrent clients each sending
``--requests`` requests of the mix. Prints p50/p95 per kind and writes the figures as JSON
(``--json``). Wall-clock on a shared machine is noisy: compare runs, not single figures.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import statistics
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import defaultdict


def start(args) -> tuple[subprocess.Popen, str]:
    cmd = [sys.executable, "-m", "kg.cli", "serve", "--port", "0", "--quiet", "--timeout", str(args.timeout)]
    cmd += ["--store", args.store] if args.store else [args.graph]
    if args.workers:
        cmd += ["--workers", str(args.workers)]
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stderr=subprocess.PIPE, text=True)
    for line in proc.stderr:
        m = re.search(r"(http://127\.0\.0\.1:\d+/) ", line)
        if m:
            print(f"server up in {time.perf_counter() - started:.1f} s: {m.group(1)}", file=sys.stderr)
            return proc, m.group(1)
    raise SystemExit("kg serve did not start")


def fetch(url: str) -> tuple[int, float, int]:
    t = time.perf_counter()
    try:
        with urllib.request.urlopen(url, timeout=120) as r:
            body = r.read()
            status = r.status
    except urllib.error.HTTPError as err:
        body, status = err.read(), err.code
    return status, (time.perf_counter() - t) * 1000, len(body)


def sparql_csv(base: str, query: str) -> list[list[str]]:
    url = base + "sparql?" + urllib.parse.urlencode({"query": query, "format": "csv"})
    with urllib.request.urlopen(url, timeout=120) as r:
        lines = r.read().decode("utf-8").splitlines()
    return [ln.split(",") for ln in lines[1:]]


def sample(base: str, n: int, rng: random.Random) -> dict[str, list[str]]:
    key = lambda iri: iri.rsplit("/", 1)[-1]  # noqa: E731
    events = [r for r in sparql_csv(base, "SELECT DISTINCT ?e ?name WHERE { ?e a schema:Event ; schema:name ?name "
                                          "FILTER NOT EXISTS { ?e a ekg:Session } FILTER(!CONTAINS(?name, ',')) }")]
    series = [r[0] for r in sparql_csv(base, "SELECT DISTINCT ?s WHERE { ?e ekg:inSeries ?s }")]
    evidence = sparql_csv(base, "SELECT ?d ?s ?e WHERE { ?ev a ekg:Evidence ; prov:wasDerivedFrom ?d ; "
                                "ekg:start ?s ; ekg:end ?e } LIMIT 5000")
    agents = [r[0] for r in sparql_csv(base, "SELECT DISTINCT ?n WHERE { ?e ekg:organizer ?a . ?a schema:name ?n "
                                             "FILTER(!CONTAINS(?n, ',')) } LIMIT 500")]
    places = [r[0] for r in sparql_csv(base, "SELECT DISTINCT ?n WHERE { ?p a schema:Country ; schema:name ?n "
                                             "FILTER(!CONTAINS(?n, ',')) }")]
    pick = lambda xs: rng.sample(xs, min(n, len(xs)))  # noqa: E731
    q = lambda **p: base + "?" + urllib.parse.urlencode(p)  # noqa: E731
    sp = lambda text: base + "sparql?" + urllib.parse.urlencode({"query": text})  # noqa: E731
    from kg.graph.query import EXAMPLE_QUERIES, prepare_query

    kinds = {
        "events list": [base, q(q="forum"), q(place="China"), q(year="2030"), q(kind="Expo"), q(page="2")],
        "event page": [base + "event/" + key(e) for e, _ in pick(events)],
        "graph view": [base + "event/" + key(e) + "/graph" for e, _ in pick(events)],
        "series page": [base + "series/" + key(s) for s in pick(series)],
        "release text": [f"{base}doc/{key(d)}?hl={s}-{e}" for d, s, e in pick(evidence)],
        "query page (hosts)": [base + "query?" + urllib.parse.urlencode({"name": "hosts", "p.agentName": a, "run": 1})
                               for a in pick(agents)],
        "sparql: events by name": [sp(prepare_query(EXAMPLE_QUERIES["events"], {"name": name}))
                                   for _, name in pick(events)],
        "sparql: hosts by agent": [sp(prepare_query(EXAMPLE_QUERIES["hosts"], {"agentName": a})) for a in pick(agents)],
        "sparql: statistics about place": [sp(prepare_query(EXAMPLE_QUERIES["statistics-about-place"],
                                                            {"placeName": p})) for p in pick(places)],
        "sparql: count events": [sp("SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a schema:Event }")],
    }
    return {k: v for k, v in kinds.items() if v}


def pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    if not xs:
        return float("nan")
    i = min(len(xs) - 1, max(0, round(p / 100 * (len(xs) - 1))))
    return xs[i]


def summarize(times: dict[str, list[float]]) -> dict[str, dict]:
    return {k: {"n": len(v), "p50_ms": round(statistics.median(v), 1), "p95_ms": round(pct(v, 95), 1),
                "max_ms": round(max(v), 1)} for k, v in times.items()}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("graph", nargs="?", help="a graph file (or --store)")
    ap.add_argument("--store", help="an on-disk store (kg build ... --store PATH)")
    ap.add_argument("--sample", type=int, default=40, help="requests of each kind in the sample")
    ap.add_argument("--rounds", type=int, default=3, help="sequential passes over the sample (the first is "
                    "reported apart: pages read nodes the server has not cached yet)")
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--requests", type=int, default=20, help="requests per concurrent client")
    ap.add_argument("--workers", type=int, default=None)
    ap.add_argument("--timeout", type=float, default=10.0)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--json", help="write the figures here")
    args = ap.parse_args(argv)
    if not (args.graph or args.store):
        ap.error("give a graph file or --store")
    rng = random.Random(args.seed)
    proc, base = start(args)
    try:
        kinds = sample(base, args.sample, rng)
        for urls in kinds.values():  # warm up: templates compiled, caches filled
            fetch(urls[0])
        first: dict[str, list[float]] = defaultdict(list)  # the first visit of each page
        seq: dict[str, list[float]] = defaultdict(list)    # the later passes
        errors: list[str] = []
        for round_ in range(args.rounds):
            for kind, urls in kinds.items():
                for url in urls:
                    status, ms, _ = fetch(url)
                    (first if round_ == 0 else seq)[kind].append(ms)
                    if status != 200:
                        errors.append(f"{status} {url}")
        mix = [(k, u) for k, urls in kinds.items() for u in urls]
        conc: dict[str, list[float]] = defaultdict(list)
        lock = threading.Lock()
        barrier = threading.Barrier(args.clients)

        def client(n: int) -> None:
            r = random.Random(args.seed + n)
            barrier.wait()
            for _ in range(args.requests):
                kind, url = r.choice(mix)
                try:
                    status, ms, _ = fetch(url)
                except Exception as err:  # noqa: BLE001 - counted and shown
                    with lock:
                        errors.append(f"{type(err).__name__} {url}")
                    continue
                with lock:
                    conc[kind].append(ms)
                    if status != 200:
                        errors.append(f"{status} {url}")

        t0 = time.perf_counter()
        threads = [threading.Thread(target=client, args=(n,)) for n in range(args.clients)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        wall = time.perf_counter() - t0
    finally:
        proc.terminate()
        proc.wait(30)
    total = sum(len(v) for v in conc.values())
    result = {"source": args.store or args.graph, "first_visit": summarize(first), "sequential": summarize(seq),
              "concurrent": summarize(conc),
              "clients": args.clients, "requests": total, "seconds": round(wall, 1),
              "requests_per_s": round(total / wall, 1), "errors": errors[:20], "error_count": len(errors)}
    print(f"| request | 1 client, first visit p50 / p95 | 1 client, again p50 / p95 | "
          f"{args.clients} clients p50 / p95 |")
    print("|---|---|---|---|")
    for kind in kinds:
        f, s, c = (result[k].get(kind, {}) for k in ("first_visit", "sequential", "concurrent"))
        cell = lambda d: f"{d.get('p50_ms', 0):.1f} / {d.get('p95_ms', 0):.1f} ms"  # noqa: E731
        print(f"| {kind} | {cell(f)} | {cell(s)} | {cell(c)} |")
    print(f"{total} concurrent requests in {wall:.1f} s ({result['requests_per_s']} /s), {len(errors)} errors")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as fh:
            json.dump(result, fh, indent=2)
    return 1 if errors else 0


if __name__ == "__main__":
    raise SystemExit(main())
