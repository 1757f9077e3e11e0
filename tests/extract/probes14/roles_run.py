"""Run one round-14 roles probe module: `python tests/extract/probes14/roles_run.py roles_probe1 [-v]`.
Each module has PROBES [(text, [(role, agent)])] and NEGATIVES [text]; a probe is right when
the main event's (role, agent key) pairs are exactly the expected ones, a negative when the
main event gets no role."""
import importlib
import os
import sys
from datetime import date

sys.path.insert(0, os.path.dirname(__file__))
from kg.extract import run_extractors  # noqa: E402
from kg.extract.common import agent_key  # noqa: E402
from kg.pipeline.document import parse_document  # noqa: E402
from kg.pipeline.nlp import load_nlp  # noqa: E402

mod = importlib.import_module(sys.argv[1])
nlp = load_nlp()
verbose = "-v" in sys.argv


def main_roles(text, title=None):
    d = parse_document(text, published=date(2026, 5, 20))
    d.title = title
    res = run_extractors(nlp(d.text), d)
    main = res.main_event.key if res.main_event else None
    return {(r.role, agent_key(r.agent)) for r in res.roles if r.event == main}


ok = nok = 0
for text, expect in mod.PROBES:
    got, want = main_roles(text), {(r, agent_key(a)) for r, a in expect}
    ok += got == want
    if verbose and got != want:
        print("MISS", text.split(". ", 1)[-1], "missing", sorted(want - got), "extra", sorted(got - want))
for text in mod.NEGATIVES:
    got = main_roles(text)
    nok += not got
    if verbose and got:
        print("FP  ", text.split(". ", 1)[-1], sorted(got))
print(f"probes {ok}/{len(mod.PROBES)} negatives {nok}/{len(mod.NEGATIVES)} total {ok + nok}/{len(mod.PROBES) + len(mod.NEGATIVES)}")
