"""s-sessions25 probe: `PYTHONPATH=. python tests/extract/probes25s/run.py [-v] [name ...]` prints,
per release, the sessions (label, count) and topics missed and extra, and the totals. Labels
are compared case-blind after dropping a plural 's'; counts must be equal. Not a test."""
import importlib
import os
import re
import sys
from datetime import date

#: the probe folder whose releases*.py to run: this one, or the one a later round's run.py names
PROBE_DIR = os.environ.get("EKG_PROBE_DIR") or os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, PROBE_DIR)
from kg.extract import run_extractors  # noqa: E402
from kg.pipeline.document import parse_document  # noqa: E402
from kg.pipeline.nlp import load_nlp  # noqa: E402

_MODULES = [importlib.import_module(f[:-3]) for f in sorted(os.listdir(PROBE_DIR), key=lambda f: (len(f), f))
            if re.fullmatch(r"releases\d*\.py", f)]
RELEASES = [r for m in _MODULES for r in m.RELEASES]
NEGATIVES = [n for m in _MODULES for n in getattr(m, "NEGATIVES", [])]

nlp = load_nlp()


def norm(s):
    s = s.lower().replace("\u2019", "'").strip()
    return s[:-1] if s.endswith("s") and not s.endswith("ss") else s


def tally(want, got):
    left = list(got)
    tp, missed = 0, []
    for w in want:
        hit = next((g for g in left if g == w), None)
        if hit is None:
            missed.append(w)
        else:
            left.remove(hit)
            tp += 1
    return tp, left, missed


def main(argv):
    verbose = "-v" in argv
    only = [a for a in argv if not a.startswith("-")]
    totals = {k: [0, 0, 0] for k in ("sessions", "sessions.count", "topics")}
    for name, text, want in RELEASES + NEGATIVES:
        if only and name not in only:
            continue
        d = parse_document(text, name=name, published=date(2026, 9, 1))
        x = run_extractors(nlp(d.text), d)
        gs = [(norm(s.label), s.count) for s in x.sessions]
        # (each topic once, as the scorer counts them)
        gt = list(dict.fromkeys([norm(t.topic.label) for t in x.topics] + [norm(t.label) for s in x.sessions for t in s.topics]))
        ws = [(norm(label), count) for label, count in want["sessions"]]
        wt = [norm(t) for t in want["topics"]]
        rows = {"sessions": tally([w[0] for w in ws], [g[0] for g in gs]),
                "sessions.count": tally([w for w in ws if w[1] is not None], [g for g in gs if g[1] is not None]),
                "topics": tally(wt, gt)}
        bad = False
        for key, (tp, extra, missed) in rows.items():
            t = totals[key]
            t[0] += tp
            t[1] += len(extra) if key != "sessions.count" else 0
            t[2] += len(missed)
            if (extra and key != "sessions.count") or missed:
                bad = True
                print(f"{name:16} {key:15} missed {missed} extra {extra if key != 'sessions.count' else ''}")
        if verbose or bad:
            print(f"{'':16} got sessions {gs}\n{'':16} got topics {gt}")
    for key, (tp, fp, fn) in totals.items():
        print(f"TOTAL {key:15} tp {tp} fp {fp} fn {fn}")


if __name__ == "__main__":
    main(sys.argv[1:])
