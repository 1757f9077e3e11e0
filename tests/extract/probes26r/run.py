"""Roles probe, end to end: `python tests/extract/probes26r/run.py [-v] [names]`; the releases
(every releases*.py) of the folder ``EKG_PROBE_DIR`` names (a later round's wrapper sets it),
else of this one. Builds each probe release with `kg.build` (a temporary .txt with front matter) and scores the
roles of the main event exactly as ../shared/eval/score.py does. Not a test."""
import importlib.util
import os
import sys
import tempfile
from pathlib import Path

import kg

_DIR = Path(os.environ.get("EKG_PROBE_DIR") or os.path.dirname(os.path.abspath(__file__)))
RELEASES = []
for _file in sorted(_DIR.glob("releases*.py"), key=lambda p: (len(p.stem), p.stem)):  # releases, releases2, ...
    _spec = importlib.util.spec_from_file_location(f"probe_{_file.stem}", _file)
    _module = importlib.util.module_from_spec(_spec)
    _spec.loader.exec_module(_module)
    RELEASES += _module.RELEASES

_SCORER = Path(os.environ.get("EKG_SCORER") or Path(__file__).resolve().parents[3] / ".." / "shared" / "eval" / "score.py")
spec = importlib.util.spec_from_file_location("score", _SCORER)
score = importlib.util.module_from_spec(spec)
spec.loader.exec_module(score)

verbose = "-v" in sys.argv
only = [a for a in sys.argv[1:] if not a.startswith("-")]


def system_roles(title, published, body):
    with tempfile.TemporaryDirectory() as tmp:
        p = Path(tmp) / "probe.txt"
        p.write_text(f'---\ntitle: "{title}"\npublished: {published}\n---\n{body}\n', encoding="utf-8")
        g, err = score.build_in_process(p)
    if err:
        return None, err
    e = score.main_event(g)
    ev = score.system_event(g, e) if e is not None else {r: [] for r in score.ROLES}
    ev["other"] = [(score.names(g, o)[:1], role, score.names(g, a)[:1])
                   for o in set(g.subjects(score.RDF.type, score.SDO.Event)) if o != e
                   for role, preds in score.ROLES.items() for p in preds for a in g.objects(o, p)]
    return ev, None


TP = FP = FN = 0
for name, title, published, body, want in RELEASES:
    if only and name not in only:
        continue
    ev, err = system_roles(title, published, body)
    if err:  # the event rules found no event: every role of the release is missed
        ev = {r: [] for r in score.ROLES}
        ev["name"], ev["other"] = [f"ERROR {str(err).split(': ', 1)[-1][:60]}"], []
    lines = []
    tp = fp = fn = 0
    for role in score.ROLES:
        t, f, n, misses = score.match_lists(want.get(role) or [], ev[role])
        tp, fp, fn = tp + t, fp + f, fn + n
        if f or n:
            lines.append(f"     {role}: missed {misses}; got {ev[role]}")
    TP, FP, FN = TP + tp, FP + fp, FN + fn
    print(f"{name:28} tp {tp:2} fp {fp} fn {fn}   main={ev.get('name')}")
    if verbose:
        print("\n".join(lines)) if lines else None
        for o in ev["other"]:
            print("     other event", o)
p = TP / (TP + FP) if TP + FP else 0
r = TP / (TP + FN) if TP + FN else 0
print(f"ALL tp {TP} fp {FP} fn {FN}  P {p:.3f} R {r:.3f} F1 {2 * p * r / (p + r) if p + r else 0:.3f}")
