"""Coordinator's event probe: `python tests/extract/probes26e/run.py [-v] [name ...]`; the releases of
the folder ``EKG_PROBE_DIR`` names (a later round's wrapper sets it), else of this one. Not a test."""
import os
import sys
from datetime import date

sys.path.insert(0, os.environ.get("EKG_PROBE_DIR") or os.path.dirname(__file__))
from kg.extract import run_extractors  # noqa: E402
from kg.pipeline.document import parse_document  # noqa: E402
from kg.normalize.spaces import for_parsing  # noqa: E402
from kg.pipeline.nlp import load_nlp  # noqa: E402
from releases import RELEASES  # noqa: E402

nlp = load_nlp()
only = [a for a in sys.argv[1:] if not a.startswith("-")]
ok = bad = 0
for name, published, text, want in RELEASES:
    if only and name not in only:
        continue
    d = parse_document(text, published=date.fromisoformat(published))
    res = run_extractors(nlp(for_parsing(d.text)), d)  # (as the pipeline parses)
    ev = res.main_event
    got = {}
    if ev is not None:
        got = {"name": ev.name, "start": ev.start and ev.start.isoformat(),
               "end": ev.end and ev.end.isoformat(), "places": [p.name for p in ev.places],
               "edition": ev.edition, "theme": ev.theme}
    misses = []
    for k, v in want.items():
        g = got.get(k)
        if k == "name":
            hit = g is not None and v.casefold() in g.casefold()
        elif k == "places":
            hit = all(any(p.casefold() == x.casefold() for x in (g or [])) for p in v)
        else:
            hit = g == v
        ok += hit
        bad += not hit
        if not hit:
            misses.append(f"{k}: want {v!r} got {g!r}")
    print(f"{name:12} {'ok' if not misses else 'MISS'}  " + "; ".join(misses))
print(f"ALL {ok} of {ok + bad} checks")
