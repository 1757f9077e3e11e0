"""CPU seconds of each stage of an in-memory ``kg build DIR -o all.nq`` (row 2 of issue 13),
in one process, stage after stage over the whole feed (best of ``--repeat`` for the stages
after the parse, which runs once):

    python benchmarks/build_stages.py /tmp/event-kg-speed/feed-120/releases [--repeat 3]
    python benchmarks/build_stages.py DIR --profile validate     # cProfile of one stage

read (front matter, checks), parse (``nlp.pipe``, as the build calls it:
:func:`kg.corpus.parallel.parse_isolated`), extract (extractors), map (records ->
triples, and the build's warnings), check (:func:`kg.rdf.quads.check_terms`, the store
writer's term check), add (:class:`kg.rdf.quads.DocumentGraphs`), conflicts (its
``possible_conflicts``), validate (compiled shapes), write (the N-Quads file's bytes), and the
``gc.collect`` a build does not do (for scale).

numpy's OpenBLAS gets one thread, as ``kg`` gives it (:func:`kg.cli._one_blas_thread`),
unless the environment says otherwise: this must run before numpy is imported.
"""

from __future__ import annotations

import argparse
import gc
import os
import time

for _name in ("OPENBLAS_NUM_THREADS", "GOTO_NUM_THREADS", "OMP_NUM_THREADS"):
    if os.environ.get(_name):
        break
else:
    os.environ["OPENBLAS_NUM_THREADS"] = "1"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("inputs", nargs="+")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--profile", metavar="STAGE", help="print a cProfile of this stage (its last run)")
    args = ap.parse_args()

    c = time.process_time
    t0 = c()
    from kg.corpus.isolation import read_isolated
    from kg.corpus.parallel import parse_isolated
    from kg.extract import DEFAULT_EXTRACTORS, run_extractors
    from kg.pipeline import run
    from kg.pipeline.nlp import load_nlp
    from kg.rdf.mapper import doc_iri, map_document
    from kg.rdf.quads import DocumentGraphs, check_terms

    t_import = c() - t0
    t0 = c()
    nlp = load_nlp()
    t_load = c() - t0
    t0 = c()
    docs = list(read_isolated(args.inputs, None, []))
    t_read = c() - t0
    t0 = c()
    parsed = [doc for _d, doc in parse_isolated(nlp, docs, 64)]
    t_parse = c() - t0
    t0 = c()
    gc.collect()
    t_gc = c() - t0
    gc.freeze()
    gc.set_threshold(10_000, 20, 20)
    names = [doc_iri(d) for d in docs]

    def extract():
        return [run_extractors(doc, d, DEFAULT_EXTRACTORS) for doc, d in zip(parsed, docs)]

    def map_(extractions):
        out = [map_document(d, e) for d, e in zip(docs, extractions)]
        for d, e in zip(docs, extractions):
            run._warnings(d, e)
        return out

    def check(triples):
        for t in triples:
            check_terms(t)

    def add(triples):
        graphs = DocumentGraphs()
        for name, t in zip(names, triples):
            graphs.add(name, t)
        return graphs

    best: dict[str, float] = {}
    profiler = None
    for i in range(args.repeat):
        got: dict[str, float] = {}
        state: dict = {}
        stages = [
            ("extract", lambda: state.__setitem__("e", extract())),
            ("map", lambda: state.__setitem__("t", map_(state["e"]))),
            ("check", lambda: check(state["t"])),
            ("add", lambda: state.__setitem__("g", add(state["t"]))),
            ("conflicts", lambda: state["g"].possible_conflicts()),
            ("validate", lambda: state["g"].validate()),
            ("write", lambda: state["g"].serialize_bytes("nquads")),
        ]
        for name, fn in stages:
            prof = None
            if args.profile == name and i == args.repeat - 1:
                import cProfile

                prof = profiler = cProfile.Profile()
                prof.enable()
            t0 = c()
            fn()
            got[name] = c() - t0
            if prof is not None:
                prof.disable()
        for k, v in got.items():
            best[k] = min(best.get(k, v), v)
    n = len(docs)
    print(f"{n} releases, CPU seconds: import {t_import:.2f}, model {t_load:.2f}, read {t_read:.2f}, "
          f"parse {t_parse:.2f}, (a gc.collect {t_gc:.3f})")
    print("  " + ", ".join(f"{k} {v:.3f} ({v / n * 1e3:.2f} ms a release)" for k, v in best.items()))
    tail = sum(v for k, v in best.items() if k not in ("extract", "map"))
    print(f"  after extract+map: {tail:.3f} ({tail / n * 1e3:.2f} ms a release)")
    if profiler is not None:
        import pstats

        pstats.Stats(profiler).sort_stats("tottime").print_stats(25)


if __name__ == "__main__":
    main()
