import sys
sys.path.insert(0, __import__('os').path.dirname(__file__))
from probe_common import HEAD, extract, mod  # noqa: E402


def ex(text):
    return extract(text)
ok=0; okc=0; tot=0; v = "-v" in sys.argv
for s, want in mod.P:
    got = {(x.label.lower(), x.count) for x in ex(HEAD+s).sessions}
    tot+=1; hit = want <= got; ok+=hit
    if v and not hit: print("MISS", s, "got", got)
nok=0
for s in mod.N:
    got = [(x.label.lower(), x.count) for x in ex(HEAD+s).sessions]
    bad = [g for g in got if g[1] is not None]
    nok += not bad
    if v and bad: print("FP  ", s, got)
print(f"positives {ok}/{tot}  negatives clean {nok}/{len(mod.N)}")
