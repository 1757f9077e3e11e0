"""Build many outputs in one process (the model loaded once), for before/after comparisons
of the in-memory ``kg build`` path: the graphs must not change when the build gets faster.

    python benchmarks/build_outputs.py OUTDIR --each ../shared/corpus/*.txt data/*.txt \
        --dir all=../shared/corpus --dir feed=/tmp/event-kg-speed/feed-120/releases

Writes ``OUTDIR/<stem>.{nq,nt,ttl}`` for each ``--each`` file and ``OUTDIR/<name>.{nq,nt,ttl}``
for each ``--dir NAME=PATH`` (the whole folder in one build, so conflicts between releases
are in it), through :func:`kg.corpus.batch.run_build` as ``kg build -o FILE -q`` runs it.
N-Quads and N-Triples of the old path come in rdflib's store order (hash order, different
in each process): compare them with ``sort``; Turtle is sorted by its writer.
"""

from __future__ import annotations

import argparse
import io
import sys
from pathlib import Path


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("outdir", type=Path)
    ap.add_argument("--each", nargs="*", default=[])
    ap.add_argument("--dir", action="append", default=[], metavar="NAME=PATH")
    ap.add_argument("--formats", default="nq,nt,ttl")
    args = ap.parse_args()
    from rich.console import Console

    from kg.corpus.batch import BuildOptions, run_build

    args.outdir.mkdir(parents=True, exist_ok=True)
    quiet = Console(file=io.StringIO())
    jobs = [(Path(p).stem, [p]) for p in args.each]
    jobs += [(spec.split("=", 1)[0], [spec.split("=", 1)[1]]) for spec in args.dir]
    for name, inputs in jobs:
        for suffix in args.formats.split(","):
            out = args.outdir / f"{name}.{suffix}"
            code = run_build(BuildOptions(inputs=inputs, output=out, quiet=True), quiet, quiet)
            if code not in (0, 6):
                print(f"{name}.{suffix}: exit {code}", file=sys.stderr)


if __name__ == "__main__":
    main()
