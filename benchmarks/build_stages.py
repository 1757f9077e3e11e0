"""CPU seconds of each stage of an in-memory ``kg build DIR -o all.nq`` (row 2 of issue 13),
in one process, stage after stage over the whole feed (best of ``--repeat`` for the stages
after the parse, which runs once):

    python benchmarks/build_stages.py /tmp/event-kg-speed/feed-120/releases [--repeat 3]

read (front matter, checks), parse (``nlp.pipe``), extract (extractors), map (records ->
triples), check (the store's N-Triples writer over each document, as the build checks
terms), add (:class:`kg.rdf.quads.DocumentGraphs`), validate (compiled shapes), write
(N-Quads text), and the one ``gc.collect`` of :func:`kg.pipeline.nlp.tune_gc`.
"""

from __future__ import annotations

import argparse
import gc
import time


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("inputs", nargs="+")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()

    c = time.process_time
    t0 = c()
    from kg.corpus.isolation import read_isolated
    from kg.corpus.store import ntriples
    from kg.extract import DEFAULT_EXTRACTORS, run_extractors
    from kg.pipeline.nlp import load_nlp
    from kg.rdf.mapper import map_document
    from kg.rdf.quads import DocumentGraphs

    t_import = c() - t0
    t0 = c()
    nlp = load_nlp()
    t_load = c() - t0
    t0 = c()
    docs = list(read_isolated(args.inputs, None, []))
    t_read = c() - t0
    t0 = c()
    parsed = list(nlp.pipe([d.text for d in docs], batch_size=64))
    t_parse = c() - t0
    t0 = c()
    gc.collect()
    t_gc = c() - t0
    gc.freeze()
    gc.set_threshold(10_000, 20, 20)
    best: dict[str, float] = {}
    for _ in range(args.repeat):
        got: dict[str, float] = {}
        t0 = c()
        extractions = [run_extractors(doc, d, DEFAULT_EXTRACTORS) for doc, d in zip(parsed, docs)]
        got["extract"] = c() - t0
        t0 = c()
        triples = [map_document(d, e) for d, e in zip(docs, extractions)]
        got["map"] = c() - t0
        t0 = c()
        for t in triples:
            ntriples(t)
        got["check"] = c() - t0
        t0 = c()
        graphs = DocumentGraphs()
        for d, t in zip(docs, triples):
            graphs.add(f"https://w3id.org/event-kg/id/doc-{d.id}", t)
        got["add"] = c() - t0
        t0 = c()
        graphs.validate()
        got["validate"] = c() - t0
        t0 = c()
        graphs.nquads()
        got["write"] = c() - t0
        for k, v in got.items():
            best[k] = min(best.get(k, v), v)
    n = len(docs)
    print(f"{n} releases, CPU seconds: import {t_import:.2f}, model {t_load:.2f}, read {t_read:.2f}, "
          f"parse {t_parse:.2f}, gc.collect {t_gc:.3f}")
    print("  " + ", ".join(f"{k} {v:.3f} ({v / n * 1e3:.2f} ms a release)" for k, v in best.items()))


if __name__ == "__main__":
    main()
