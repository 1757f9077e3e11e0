"""Extraction cost per release: extractors + mapper only, on Docs parsed beforehand.

    python benchmarks/make_corpus.py 1000 benchmarks/corpus-1k.jsonl
    python benchmarks/extract_cost.py benchmarks/corpus-1k.jsonl [--limit 400] [--repeat 3]

Parses every release once (not timed), then times ``extract_one`` (all default extractors
and the RDF mapper, as ``kg build`` runs them) over all of them, ``--repeat`` times, and
prints the best run's milliseconds per release, wall and CPU (read CPU on a loaded machine). The issue budget is 6 ms a release.
The lemmatizer caches are warmed by the first run, as in a long build.
"""

from __future__ import annotations

import argparse
import sys
import time


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="+", help=".jsonl files or folders of .txt releases")
    ap.add_argument("--limit", type=int, default=0, help="first N releases only (0: all)")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)

    from kg.corpus.inputs import iter_documents
    from kg.pipeline.nlp import load_nlp, tune_gc
    from kg.pipeline.run import extract_one

    docs = [d for d in iter_documents(args.corpus) if not isinstance(d, Exception)]
    if args.limit:
        docs = docs[: args.limit]
    nlp = load_nlp()
    parsed = list(zip(nlp.pipe(d.text for d in docs), docs))
    tune_gc()
    best = best_cpu = float("inf")
    failures = 0
    for _ in range(max(1, args.repeat)):
        t0, c0 = time.perf_counter(), time.process_time()
        failures = sum(not extract_one(doc, document).ok for doc, document in parsed)
        best = min(best, time.perf_counter() - t0)
        best_cpu = min(best_cpu, time.process_time() - c0)
    n = len(parsed)
    print(f"{n} releases: extraction {1000 * best / max(n, 1):.2f} ms a release wall, "
          f"{1000 * best_cpu / max(n, 1):.2f} ms CPU (best of {args.repeat}); {failures} without an event")
    return 0


if __name__ == "__main__":
    sys.exit(main())
