import sys
sys.path.insert(0, __import__('os').path.dirname(__file__))
from probe_common import HEAD, extract, mod  # noqa: E402


def ex(text):
    x = extract(text)
    return [t.topic.label for t in x.topics] + [t.label for s in x.sessions for t in s.topics]
v="-v" in sys.argv; tp=fn=fp=0; full=0
for s, want in mod.P:
    got = ex(HEAD+s); g = {t.lower() for t in got}; w={t.lower() for t in want}
    tp += len(w & g); fn += len(w - g); fp += len(g - w); full += w <= g
    if v and (w-g or g-w): print("DIFF", s, "| miss", sorted(w-g), "| extra", sorted(g-w))
nfp=0
for s in mod.N:
    got=ex(HEAD+s); nfp+=len(got)
    if v and got: print("NEG ", s, got)
print(f"positives full {full}/{len(mod.P)} items tp {tp} fn {fn} fp {fp}; negative topics {nfp} over {len(mod.N)}")
