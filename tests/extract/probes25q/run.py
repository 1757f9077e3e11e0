"""q-stats25 figure probe: `python tests/extract/probes25q/run.py [-v] [name ...]` prints the
expected statistic fields that miss, the extra figures, and the totals. Not a test."""
import importlib
import os
import re
import sys
from decimal import Decimal

#: the probe folder whose releases*.py to run: this one, or the one a later round's run.py names
PROBE_DIR = os.environ.get("EKG_PROBE_DIR") or os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, PROBE_DIR)
from kg.extract import run_extractors  # noqa: E402
from kg.pipeline.document import parse_document  # noqa: E402
from kg.pipeline.nlp import load_nlp  # noqa: E402

MODULES = sorted((f[:-3] for f in os.listdir(PROBE_DIR) if re.fullmatch(r"releases\d*\.py", f)),
                 key=lambda m: (len(m), m))
RELEASES = [r for m in MODULES if importlib.util.find_spec(m) for r in importlib.import_module(m).RELEASES]
nlp = load_nlp()


def norm(s):
    return (s or "").lower().replace("’", "'").strip()


def main(argv):
    verbose = "-v" in argv
    only = [a for a in argv if not a.startswith("-")]
    ok = bad = extra = 0
    for name, text, want in RELEASES:
        if only and name not in only:
            continue
        d = parse_document(text, name=name)
        got = run_extractors(nlp(d.text), d).statistics
        if verbose:
            for i, s in enumerate(got):
                print(f"   {name} [{i}] {s.value} {s.unit} q={s.qualifier} m={s.measure!r} about={s.about!r} per={s.period} ch={s.change_of}")
        used = set()
        for key, fields in want:
            value = Decimal(str(key))
            hit = [i for i, s in enumerate(got) if Decimal(str(s.value)) == value and i not in used]
            if not hit:
                print(f"  MISS {name:20} {key} missing"); bad += 1
                continue
            i = hit[0]; used.add(i); s = got[i]
            for f, exp in fields.items():
                if f == "change_of":
                    v = got[s.change_of].value if s.change_of is not None else None
                    good = (v is None) if exp is None else (v is not None and Decimal(str(v)) == Decimal(str(exp)))
                elif f == "measure":
                    v = s.measure or ""
                    good = bool(set(norm(exp).split()) & set(norm(v).split()))
                elif f == "about":
                    v = s.about
                    good = norm(exp) in norm(v) if exp else v is None
                else:
                    v = getattr(s, f)
                    good = v == exp
                if good:
                    ok += 1
                else:
                    bad += 1
                    print(f"  MISS {name:20} {key}.{f}: got {v!r} want {exp!r}")
        for i, s in enumerate(got):
            if i not in used:
                extra += 1
                print(f"  EXTRA {name:19} {s.value} {s.unit} m={s.measure!r} quote={s.span.text if s.span else None!r}")
    print(f"{ok} ok, {bad} missed, {extra} extra")


if __name__ == "__main__":
    main(sys.argv[1:])
