"""Probe releases of round 21 (our own text, written in the styles of several wires, papers,
trade press and organisers' pages): place, dates and theme of the main event. Not collected
by pytest. `python tests/extract/probes21/run.py [-v] [name ...]` prints each field that
misses, and the totals."""
import os
import sys
from datetime import date

sys.path.insert(0, os.path.dirname(__file__))
from kg.extract import run_extractors  # noqa: E402
from kg.pipeline.document import parse_document  # noqa: E402
from kg.pipeline.nlp import load_nlp  # noqa: E402
import importlib  # noqa: E402
RELEASES = [r for m in ("releases", "releases2", "releases3", "releases4", "releases5", "releases6", "releases7", "releases8", "releases9", "releases10") if importlib.util.find_spec(m) for r in importlib.import_module(m).RELEASES]

nlp = load_nlp()


def norm(s):
    return (s or "").lower().replace("’", "'").replace("the ", "").strip()


def main(argv):
    verbose = "-v" in argv
    only = [a for a in argv if not a.startswith("-")]
    ok = bad = 0
    for name, text, want in RELEASES:
        if only and name not in only:
            continue
        d = parse_document(text, name=name)
        x = run_extractors(nlp(d.text), d)
        ev = x.main_event
        got = {"start": ev.start.isoformat() if ev and ev.start else None,
               "end": ev.end.isoformat() if ev and ev.end else None,
               "theme": ev.theme if ev else None,
               "places": [p.name for p in ev.places] if ev else []}
        for field, value in want.items():
            if field in ("city", "venue", "country", "region"):
                hit = norm(value) in [norm(p) for p in got["places"]]
                if field == "country" and value is None:
                    continue
                shown = got["places"]
            elif field == "not_places":
                hit = not any(norm(v) in [norm(p) for p in got["places"]] for v in value)
                shown = got["places"]
            else:
                hit = norm(value) == norm(got[field])
                shown = got[field]
            if hit:
                ok += 1
                if verbose:
                    print(f"  ok   {name:24} {field:8} {value}")
            else:
                bad += 1
                print(f"  MISS {name:24} {field:8} want {value!r} got {shown!r}  [{ev.name if ev else None}]")
    print(f"{ok} ok, {bad} missed")


if __name__ == "__main__":
    main(sys.argv[1:])
