"""Extraction cost of two checkouts, extractor by extractor, interleaved (A/B).

    git -C . worktree add --detach /tmp/ref <commit>
    python benchmarks/extractor_ab.py benchmarks/corpus-1k.jsonl --limit 400 --ref /tmp/ref [--rounds 5]

Parses the releases once with this checkout's pipeline (not timed; kept as a ``DocBin`` in
``--cache``, reused when it is there), then runs ``--rounds`` rounds of one child process
per checkout (``PYTHONPATH`` the reference, then this checkout; the order alternates from
round to round), each timing ``extract_one`` (all default extractors and the mapper, as
``kg build`` runs them) over every release ``--repeat`` times after one warm-up run. A child
reports the best run's CPU milliseconds a release, in all and for each extractor (each
``REGISTRY`` function and ``map_document`` wrapped in a ``process_time`` timer), and a
digest of every release's triples: the two checkouts must give the same graphs.

Prints, per extractor, the median of the rounds with their spread (min-max) for both sides
and the ratio of the medians; ``-o`` writes all runs as JSON. On a shared machine the two
sides see the same load only when interleaved like this: compare medians, not single runs.
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

ROOT = Path(__file__).resolve().parents[1]


def _parse(corpus: list[str], limit: int, cache: Path) -> None:
    import pickle

    from spacy.tokens import DocBin

    from kg.corpus.inputs import iter_documents
    from kg.pipeline.nlp import load_nlp, pipe_documents

    docs = [d for d in iter_documents(corpus) if not isinstance(d, Exception)]
    if limit:
        docs = docs[:limit]
    nlp = load_nlp()
    bin_ = DocBin(store_user_data=True)
    kept = []
    for doc, document in pipe_documents(nlp, docs, batch_size=64):
        if isinstance(doc, Exception):
            continue
        bin_.add(doc)
        kept.append(document)
    cache.mkdir(parents=True, exist_ok=True)
    (cache / "docs.spacy").write_bytes(bin_.to_bytes())
    (cache / "documents.pkl").write_bytes(pickle.dumps(kept))


def _child(cache: Path, repeat: int) -> dict:
    """Time the extraction of the cached Docs with the code on ``sys.path`` (a child's)."""
    import hashlib
    import pickle

    from spacy.tokens import DocBin

    import kg.extract as extract
    import kg.pipeline.run as run
    from kg.pipeline.nlp import load_nlp, tune_gc

    nlp = load_nlp()
    docs = list(DocBin().from_bytes((cache / "docs.spacy").read_bytes()).get_docs(nlp.vocab))
    documents = pickle.loads((cache / "documents.pkl").read_bytes())
    parsed = list(zip(docs, documents))
    tune_gc()
    spent: dict[str, float] = {}
    clock = time.process_time

    def timed(name, fn):
        def wrapper(*args, **kwargs):
            t = clock()
            try:
                return fn(*args, **kwargs)
            finally:
                spent[name] = spent.get(name, 0.0) + clock() - t
        return wrapper

    for name, (field, fn) in list(extract.REGISTRY.items()):
        extract.REGISTRY[name] = (field, timed(name.split(".")[1], fn))
    run.map_document = timed("mapper", run.map_document)
    n = len(parsed)
    best: dict[str, float] = {}
    results = None
    for k in range(repeat + 1):  # the first run warms the caches (lemmas, patterns)
        spent.clear()
        c0 = clock()
        results = [run.extract_one(doc, document) for doc, document in parsed]
        spent["total"] = clock() - c0
        if k:
            for name, s in spent.items():
                best[name] = min(best.get(name, float("inf")), 1000 * s / n)
    digest = hashlib.sha256()
    for r in results or []:
        if r.ok:
            digest.update("\n".join(sorted(" ".join(t.n3() for t in tr) for tr in r.triples)).encode())
        else:
            digest.update(f"{type(r.error).__name__}: {r.error}".encode())
        digest.update(b"\0")
    return {"ms": best, "digest": digest.hexdigest(), "n": n, "load": os.getloadavg()[0]}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="*", help=".jsonl files or folders of .txt releases")
    ap.add_argument("--ref", help="the reference checkout (a worktree of main)")
    ap.add_argument("--limit", type=int, default=400)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--repeat", type=int, default=2, help="timed runs in each child (best kept)")
    ap.add_argument("--cache", default="/tmp/event-kg-extractor-ab", help="folder for the parsed Docs")
    ap.add_argument("-o", "--out", help="JSON file for all runs")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)

    if args.child:
        print(json.dumps(_child(Path(args.child), args.repeat)))
        return 0
    if not args.ref or not args.corpus:
        ap.error("give a corpus and --ref")
    cache = Path(args.cache) / f"{'_'.join(Path(c).stem for c in args.corpus)}-{args.limit}"
    if not (cache / "docs.spacy").exists():
        _parse(args.corpus, args.limit, cache)
    sides = {"ref": str(Path(args.ref).resolve()), "new": str(ROOT)}
    runs: dict[str, list[dict]] = {"ref": [], "new": []}
    for r in range(args.rounds):
        order = ("ref", "new") if r % 2 == 0 else ("new", "ref")
        for side in order:
            env = dict(os.environ, PYTHONPATH=sides[side], PYTHONHASHSEED="0")
            out = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--child", str(cache),
                                  "--repeat", str(args.repeat)], env=env, capture_output=True, text=True, check=True)
            runs[side].append(json.loads(out.stdout.strip().splitlines()[-1]))
            got = runs[side][-1]
            print(f"round {r + 1} {side}: {got['ms']['total']:.2f} ms a release (load {got['load']:.1f})", flush=True)
    digests = {side: {run["digest"] for run in runs[side]} for side in runs}
    same = len(digests["ref"] | digests["new"]) == 1
    names = list(runs["ref"][0]["ms"])
    print(f"\n{runs['ref'][0]['n']} releases, {args.rounds} rounds, CPU ms a release, median (min-max):")
    summary = {}
    for name in names:
        ref = [run["ms"][name] for run in runs["ref"]]
        new = [run["ms"].get(name, 0.0) for run in runs["new"]]
        mr, mn = statistics.median(ref), statistics.median(new)
        summary[name] = {"ref": mr, "new": mn, "ref_range": [min(ref), max(ref)], "new_range": [min(new), max(new)]}
        print(f"  {name:<11} ref {mr:6.2f} ({min(ref):.2f}-{max(ref):.2f})   new {mn:6.2f} ({min(new):.2f}-{max(new):.2f})"
              f"   new/ref {mn / mr if mr else float('nan'):.3f}")
    print("graphs: " + ("identical" if same else f"DIFFERENT {digests}"))
    if args.out:
        Path(args.out).write_text(json.dumps({"corpus": args.corpus, "limit": args.limit, "ref": sides["ref"],
                                              "rounds": args.rounds, "repeat": args.repeat, "summary": summary,
                                              "identical": same, "runs": runs,
                                              "time": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())}, indent=1))
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
