"""s-sessions25 topic sentences: `PYTHONPATH=. python tests/extract/probes25s/topic_run.py` prints misses."""
import os
import sys
from datetime import date

sys.path.insert(0, os.environ.get("EKG_PROBE_DIR") or os.path.dirname(os.path.abspath(__file__)))
from kg.extract import run_extractors  # noqa: E402
from kg.pipeline.document import parse_document  # noqa: E402
from kg.pipeline.nlp import load_nlp  # noqa: E402
from topic_cases import CASES, NEGATIVES  # noqa: E402

LEAD = "The 2026 Cedar Loom Fair opened in Porto, Portugal on June 2. "
nlp = load_nlp()


def topics(text):
    d = parse_document(LEAD + text, published=date(2026, 6, 5))
    d.title = None
    x = run_extractors(nlp(d.text), d)
    return [t.topic.label for t in x.topics] + [t.label for s in x.sessions for t in s.topics]


bad = 0
for text, want in CASES:
    got = topics(text)
    ok = [w.lower() for w in want] == [g.lower() for g in got]
    bad += not ok
    print("OK  " if ok else "FAIL", repr(text[:90]), "->", got)
for text in NEGATIVES:
    got = topics(text)
    bad += bool(got)
    print("OK  " if not got else "FAIL", "NEG", repr(text[:90]), "->", got)
print("FAILS", bad)
