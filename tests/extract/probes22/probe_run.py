"""Run the q-stats22 figure probe: each case is (text, {value: {field: expected}})."""
import os
import sys
from datetime import date
from decimal import Decimal

sys.path.insert(0, os.path.dirname(__file__))
from kg.extract import run_extractors  # noqa: E402
from kg.pipeline.document import parse_document  # noqa: E402
from kg.pipeline.nlp import load_nlp  # noqa: E402
import importlib  # noqa: E402
CASES = importlib.import_module(sys.argv[1] if len(sys.argv) > 1 else "probe_cases").CASES

LEAD = "The 2026 Cedar Loom Fair opened in Porto, Portugal on June 2. "
nlp = load_nlp()


def run(text):
    d = parse_document(LEAD + text, published=date(2026, 6, 5)); d.title = None
    return run_extractors(nlp(d.text), d).statistics


fails = 0
for text, want in CASES:
    got = run(text)
    print("==", text)
    for i, s in enumerate(got):
        print(f"   [{i}] {s.value} {s.unit} q={s.qualifier} m={s.measure!r} about={s.about!r} per={s.period} ch={s.change_of}")
    for value, fields in want.items():
        hit = [s for s in got if Decimal(str(s.value)) == Decimal(str(value))]
        if not hit:
            print(f"   FAIL missing {value}"); fails += 1; continue
        s = hit[0]
        for f, exp in fields.items():
            if f == "change_of":
                v = got[s.change_of].value if s.change_of is not None else None
                ok = v is not None and Decimal(str(v)) == Decimal(str(exp)) if exp is not None else v is None
            elif f == "measure":
                v = s.measure or ""; ok = exp.lower() in v.lower()
            else:
                v = getattr(s, f); ok = v == exp
            if not ok:
                print(f"   FAIL {value}.{f}: got {v!r} want {exp!r}"); fails += 1
print("FAILS", fails)
