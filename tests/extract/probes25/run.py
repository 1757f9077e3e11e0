"""r-roles25 roles probe: `python tests/extract/probes25/run.py [-v]`. Not a test."""
import os
import sys
from datetime import date

sys.path.insert(0, os.path.dirname(__file__))
from kg.extract import run_extractors  # noqa: E402
from kg.extract.common import agent_key  # noqa: E402
from kg.pipeline.document import parse_document  # noqa: E402
from kg.pipeline.nlp import load_nlp  # noqa: E402
from releases import RELEASES  # noqa: E402

nlp = load_nlp()
verbose = "-v" in sys.argv
only = [a for a in sys.argv[1:] if not a.startswith("-")]


def roles(title, body):
    d = parse_document(body, published=date(2026, 5, 20))
    d.title = title
    res = run_extractors(nlp(d.text), d)
    main = res.main_event.key if res.main_event else None
    got = {(r.role, agent_key(r.agent)) for r in res.roles if r.event == main}
    other = {(r.event, r.role, r.agent) for r in res.roles if r.event != main}
    return main, got, other


TP = FP = FN = 0
for name, title, body, want in RELEASES:
    if only and name not in only:
        continue
    main, got, other = roles(title, body)
    want = {(r, agent_key(a)) for r, a in want}
    tp, fp, fn = len(got & want), len(got - want), len(want - got)
    TP, FP, FN = TP + tp, FP + fp, FN + fn
    print(f"{name:14} tp {tp:2} fp {fp} fn {fn}   main={main!r}")
    if verbose:
        for m in sorted(want - got):
            print("     MISS", m)
        for m in sorted(got - want):
            print("     EXTRA", m)
        for m in sorted(other):
            print("     other-event", m)
p = TP / (TP + FP) if TP + FP else 0
r = TP / (TP + FN) if TP + FN else 0
print(f"ALL tp {TP} fp {FP} fn {FN}  P {p:.3f} R {r:.3f} F1 {2 * p * r / (p + r) if p + r else 0:.3f}")

from releases import LEAD, NEGATIVES, SENTENCES  # noqa: E402
ok = 0
for text, want in SENTENCES:
    _, got, _ = roles(None, LEAD + text)
    want = {(r, agent_key(a)) for r, a in want}
    ok += got == want
    if got != want:
        print("S-MISS", text[:100].replace("\n", " | "), "missing", sorted(want - got), "extra", sorted(got - want))
nok = 0
for text in NEGATIVES:
    _, got, _ = roles(None, LEAD + text)
    nok += not got
    if got:
        print("NEG-FP", text, sorted(got))
print(f"sentences {ok}/{len(SENTENCES)} negatives {nok}/{len(NEGATIVES)}")
