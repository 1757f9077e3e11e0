"""Fuzz the input side: generated releases through ``kg.build`` and the ``kg build`` command.

    python scripts/fuzz.py -n 10000                # every input through the API, a share through the CLI
    python scripts/fuzz.py -n 500 --cli-every 2 --subprocess 10 --seed 7

Inputs are generated from a seed (the same seed, the same inputs): random Unicode (with
unpaired surrogates and control characters), binary-ish bytes, huge and long numbers,
bad front matter (impossible dates, timestamps, wrong types, YAML that does not parse,
nesting hundreds deep), bad ``source`` IRIs, JSON Lines records, empty and whitespace
texts, oversize inputs, and mutations of releases written for this script.

Each input goes through the Python API (``kg.build``); every ``--cli-every``-th also through
the command in-process (``kg.cli.main`` with an argv, ``SystemExit`` caught), and a small
sample (``--subprocess``) as real ``python -m kg`` processes. A per-input watchdog
(``--timeout``, 10 s) interrupts an input that runs too long. The counts by outcome are
printed at the end (``--json`` writes them too); the exit status is 1 when any input
raised a non-kg exception or an internal error, printed a traceback, or ran over the time limit.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
import warnings
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

#: releases written for this script (no corpus text): the seeds that mutations start from
RELEASES = [
    "The Harbour Robotics Expo 2031 will be held in Porto, Portugal, from May 6 to 8, 2031, organized "
    "by Quay Events Lda. More than 9,000 visitors and 320 exhibitors from 28 countries are expected.\n\n"
    "Last year's edition drew 7,450 visitors, up 12 percent on 2029, and exhibitors signed deals worth "
    "$41.5 million.\n",
    "SHANGHAI, Oct. 2 (Wire) -- The 5th Delta Green Energy Forum opens on Tuesday in Shanghai, China, "
    "hosted by the Delta Energy Council and co-organized by the City Power Bureau. Some 1,200 delegates "
    "will discuss grid storage and hydrogen; two-thirds of them come from abroad.\n",
    "---\ntitle: Alpine Wine Fair closes\nsource: https://news.example.org/alpine-wine-fair\n"
    "published: 2030-03-14\n---\nThe Alpine Wine Fair 2030 closed on Sunday in Innsbruck, Austria, after "
    "three days. Organizers Tyrol Fairs GmbH counted 18,300 visitors, and one in four bought wine at the "
    "fair. Sales reached 2.3 million euros, doubled from the previous edition.\n",
    "Nairobi will host the East Africa Agritech Summit on 12-13 November 2031 at the Lakeside Convention "
    "Centre. The summit, sponsored by GreenHarvest Ltd and supported by the Ministry of Agriculture, "
    "expects 3,500 participants and 150 speakers. Sessions cover irrigation, seed banks and credit.\n",
]

_NUMBERS = ["1" + "0" * 400, "9" * 35, "12345678901234567890123456789012345.678", "1e400", "0." + "0" * 300 + "1",
            "-" + "9" * 60, "1,000,000,000,000,000,000,000,000", "NaN", "Infinity", "1/0", "0/0", "3.5bn",
            "999 trillion trillion", "one and a half", "½", "٣٤٥", "1.2.3.4", "12,34,56", "10^100",
            "1" + "0" * 2000]
_DATES = ["2024-02-30", "2024-09-03T10:00:00Z", "2024-13-01", "0000-00-00", "9999-12-31", "2024-9-3",
          "yesterday", "[2024, 1]", "{a: 1}", "2024-02-29", "2023-02-29", "-1", "1e10", "2024-02-30 25:61",
          "!!timestamp 2024-02-30", "!!binary aGVsbG8=", "&a 2024", "*a"]
_IRIS = ["https://ex.org/a<b", 'https://ex.org/"q"', "https://ex.org/{x}", "https://ex.org/a|b",
         "https://ex.org/a^b", "https://ex.org/a`b", "https://ex.org/a%zz", "https://ex.org/a%", "http://[::1",
         "http://exa mple.org/", "https://ex.org:port/", "https://ex.org/\u0000x", "https://ex.org/\ud800",
         "https://ex.org/p#a#b", "javascript:alert(1)", "ftp://ex.org/f", "https://", "https://ex.org/" + "a" * 5000,
         "https://ex.org/\u202e\ufeff", "https://xn--e1afmkfd.xn--p1ai/", "https://ex.org/\\path", "//ex.org/x"]


def _random_unicode(rng: random.Random, n: int) -> str:
    ranges = [(0x20, 0x7E), (0x00, 0x1F), (0xA0, 0x2FF), (0x370, 0x3FF), (0x400, 0x4FF), (0x4E00, 0x4F00),
              (0xD800, 0xDFFF), (0xE000, 0xE0FF), (0xFFF0, 0xFFFF), (0x1F300, 0x1F64F), (0x10FF00, 0x10FFFF),
              (0x200B, 0x202F)]
    out = []
    for _ in range(n):
        lo, hi = rng.choice(ranges)
        out.append(chr(rng.randint(lo, hi)))
    return "".join(out)


def _mutate(rng: random.Random, text: str) -> str:
    chars = list(text)
    for _ in range(rng.randint(1, 12)):
        op = rng.randrange(7)
        at = rng.randrange(len(chars) + 1)
        if op == 0 and chars:
            del chars[at:at + rng.randint(1, 40)]
        elif op == 1:
            chars[at:at] = list(_random_unicode(rng, rng.randint(1, 8)))
        elif op == 2:
            chars[at:at] = list(rng.choice(_NUMBERS))
        elif op == 3 and chars:
            piece = chars[at:at + rng.randint(1, 200)]
            chars[at:at] = piece * rng.randint(1, 5)
        elif op == 4:
            chars[at:at] = list(rng.choice(["\n\n", "\r\n", "\t", "\x0b", "\x0c", "\u2028", " " * 50, "---\n"]))
        elif op == 5:
            chars[at:at] = list(rng.choice(["Expo", "Conference 2031", "Forum", "from June 1 to 3, 2031",
                                            "in Paris, France", "organized by X Ltd", "percent", "$", "%"]))
        else:
            chars = chars[:at] if rng.random() < 0.5 else chars[at:]
    return "".join(chars)


def _front_matter(rng: random.Random, body: str) -> str:
    kind = rng.randrange(9)
    if kind == 0:
        fm = f"published: {rng.choice(_DATES)}"
    elif kind == 1:
        fm = f"source: {rng.choice(_IRIS)}"
    elif kind == 2:
        depth = rng.choice([30, 200, 500, 2000])
        fm = "tags: " + "[" * depth + "]" * depth
    elif kind == 3:
        depth = rng.choice([30, 300, 600])
        fm = "".join("  " * i + f"k{i}:\n" for i in range(depth)) + "  " * depth + "v"
    elif kind == 4:
        fm = rng.choice(["title: [unclosed", "title: {a: b", ": :", "- a\n- b", "just text", "title: 'x\n",
                         "\t\ttab: 1", "a: &x [*x]", "a: !!python/object:os.system ls", "? a\n: b", "%YAML 9.9"])
    elif kind == 5:
        fm = f"title: {rng.choice(['[1, 2]', '{a: 1}', '123', 'true', 'null', '~', '!!binary aGk='])}\n" \
             f"published: {rng.choice(_DATES)}\nsource: {rng.choice(_IRIS)!r}"
    elif kind == 6:  # billion laughs, small
        fm = "a: &a [x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a]\n" \
             "c: &c [*b, *b, *b, *b, *b, *b, *b, *b]\ntitle: *c"
    elif kind == 7:
        fm = f"title: {_random_unicode(rng, 30)!r}\nsource: '{rng.choice(_IRIS)}'"
    else:
        fm = f"published: {rng.choice(_DATES)}\nsource: {rng.choice(_IRIS)}\ntitle: T"
    return f"---\n{fm}\n---\n{body}"


def generate(rng: random.Random) -> tuple[str, object]:
    """One input: (kind, value), the value a str, bytes or ("jsonl", text) / ("path", name) /
    ("dir", name): a directory made inside the work directory (never a real one such as the
    filesystem root, which a build would walk whole)."""
    kind = rng.choice(["unicode", "control", "binary", "numbers", "front", "iri", "nested", "mutated",
                       "mutated", "mutated", "empty", "jsonl", "api-type", "big"])
    body = rng.choice(RELEASES)
    if kind == "unicode":
        return kind, _random_unicode(rng, rng.randint(0, 3000))
    if kind == "control":
        return kind, "".join(chr(rng.randrange(0, 32)) for _ in range(rng.randint(1, 500))) + rng.choice(["", body])
    if kind == "binary":
        return kind, bytes(rng.randrange(256) for _ in range(rng.randint(0, 4000)))
    if kind == "numbers":
        nums = " ".join(f"{rng.choice(_NUMBERS)} {rng.choice(['visitors', 'percent', 'million euros', 'times'])}"
                        for _ in range(rng.randint(1, 6)))
        return kind, body + f"\nThe organizers expect {nums} at the event.\n"
    if kind == "front":
        return kind, _front_matter(rng, body)
    if kind == "iri":
        return kind, f"---\nsource: {rng.choice(_IRIS)}\n---\n{body}"
    if kind == "nested":
        depth = rng.choice([100, 500, 1000, 5000])
        return kind, "---\nx: " + "{a: " * depth + "1" + "}" * depth + "\n---\n" + body
    if kind == "mutated":
        text = _mutate(rng, body)
        if rng.random() < 0.3:
            text = _front_matter(rng, text)
        return kind, text.encode("utf-8", "surrogatepass") if rng.random() < 0.2 else text
    if kind == "empty":
        return kind, rng.choice(["", " ", "\n\n\n", "\t \r\n", "\ufeff", "---\n---\n", "---\ntitle: x\n---\n  \n",
                                 b"", b"\xef\xbb\xbf", "\u3000\u2003"])
    if kind == "jsonl":
        recs = []
        for _ in range(rng.randint(1, 4)):
            r = rng.random()
            if r < 0.3:
                recs.append(json.dumps({"text": _mutate(rng, body), "published": rng.choice(_DATES),
                                        "source": rng.choice(_IRIS), "id": rng.choice([None, 0, "x", [1]])}))
            elif r < 0.5:
                recs.append("[" * rng.choice([10, 5000]) + "]" * rng.choice([0, 10]))
            elif r < 0.7:
                recs.append(json.dumps({"text": rng.choice([1, None, ["a"], body]), "title": {"a": 1}}))
            else:
                recs.append(_random_unicode(rng, 60))
        return kind, ("jsonl", "\n".join(recs))
    if kind == "api-type":
        return kind, rng.choice([("path", "missing.txt"), ("path", "no/such/dir/r.jsonl"), ("path", "/dev/null"),
                                 ("dir", "empty"), ("path", "a" * 5000 + ".txt"), ("path", "x\x00y.txt"),
                                 ("list", [body, body.encode()]), ("list", []), ("obj", 42), ("obj", None),
                                 ("obj", {"text": body}), ("path", "/dev/zero")])
    # big: over the limit, or long enough to be parsed in segments
    if rng.random() < 0.5:
        return kind, b"a " * (2_500_001 + rng.randint(0, 1000))
    return kind, body + ("\n\n" + rng.choice(RELEASES).split("---\n")[-1]) * rng.randint(5, 60)


# --------------------------------------------------------------------------- running
class _Timeout(BaseException):
    """Raised by the watchdog (a BaseException, so no ``except Exception`` swallows it)."""


def _alarm(signum, frame):  # noqa: ARG001
    raise _Timeout()


#: which clock the watchdog counts: "wall" (the default) or "cpu" (this process's CPU time,
#: fairer on a machine shared with other work)
CLOCK = {"wall": (signal.ITIMER_REAL, signal.SIGALRM), "cpu": (signal.ITIMER_PROF, signal.SIGPROF)}
_clock = "wall"


@contextlib.contextmanager
def watchdog(seconds: float):
    timer, signum = CLOCK[_clock]
    old = signal.signal(signum, _alarm)
    signal.setitimer(timer, seconds)
    try:
        yield
    finally:
        signal.setitimer(timer, 0)
        signal.signal(signum, old)


def _api_source(value, workdir: Path):
    if isinstance(value, tuple):
        tag, payload = value
        if tag == "jsonl":
            path = workdir / "feed.jsonl"
            path.write_text(payload, encoding="utf-8", errors="surrogatepass")
            return str(path)
        if tag == "dir":
            return str(_empty_dir(workdir, payload))
        return payload
    return value


def _empty_dir(workdir: Path, name: str) -> Path:
    """A directory with no release in it, inside ``workdir``."""
    path = workdir / f"dir-{name}"
    path.mkdir(parents=True, exist_ok=True)
    return path


def run_api(value, workdir: Path, timeout: float) -> tuple[str, float, str]:
    """(outcome, seconds, detail) of kg.build on one input."""
    import kg
    from kg.errors import KGError

    source = _api_source(value, workdir)
    t0 = time.perf_counter()
    try:
        with watchdog(timeout), warnings.catch_warnings():
            warnings.simplefilter("ignore")
            kg.build(source)
        outcome, detail = "graph built", ""
    except _Timeout:
        outcome, detail = f"over {timeout:g} s", ""
    except KGError as err:
        name = type(err).__name__
        outcome = f"kg.errors.{name}" + (" (internal error)" if "internal error" in err.message else "")
        detail = str(err)[:300]
    except Exception as err:  # noqa: BLE001 - what the fuzzing is for
        import traceback

        outcome, detail = f"NON-KG {type(err).__name__}", traceback.format_exc()[-2000:]
    return outcome, time.perf_counter() - t0, detail


def _write_input(value, workdir: Path) -> list[str]:
    """The input as files for the command line (its argv paths)."""
    if isinstance(value, tuple):
        tag, payload = value
        if tag == "jsonl":
            path = workdir / "feed.jsonl"
            path.write_text(payload, encoding="utf-8", errors="surrogatepass")
            return [str(path)]
        if tag == "dir":
            return [str(_empty_dir(workdir, payload))]
        if tag == "path" and "\x00" not in payload:
            return [payload]
        if tag == "list":
            paths = []
            for i, item in enumerate(payload):
                p = workdir / f"item{i}.txt"
                p.write_bytes(item if isinstance(item, bytes) else item.encode("utf-8", "surrogatepass"))
                paths.append(str(p))
            return paths or [str(workdir / "nothing.txt")]
        value = str(payload)
    path = workdir / "release.txt"
    path.write_bytes(value if isinstance(value, bytes) else value.encode("utf-8", "surrogatepass"))
    return [str(path)]


def run_cli(value, workdir: Path, timeout: float) -> tuple[str, float, str]:
    """(outcome, seconds, detail) of ``kg build FILE -o out.trig --error-log log`` in-process."""
    from kg import cli

    argv = ["build", *_write_input(value, workdir), "-o", str(workdir / "out.trig"),
            "--error-log", str(workdir / "errors.jsonl"), "--quiet"]
    out, err = io.StringIO(), io.StringIO()
    saved = sys.argv
    sys.argv = ["kg", *argv]
    t0 = time.perf_counter()
    try:
        with watchdog(timeout), contextlib.redirect_stdout(out), contextlib.redirect_stderr(err), \
                warnings.catch_warnings():
            warnings.simplefilter("ignore")
            cli.main()
        outcome = "exit 0"
    except SystemExit as stop:
        code = stop.code if isinstance(stop.code, int) else (0 if stop.code is None else 1)
        outcome = f"exit {code}"
    except _Timeout:
        outcome = f"over {timeout:g} s"
    except Exception as exc:  # noqa: BLE001
        outcome = f"NON-KG {type(exc).__name__}"
    finally:
        sys.argv = saved
    text = err.getvalue()
    if "Traceback" in text and not outcome.startswith(("NON-KG", "over")):
        outcome = "traceback"
    return outcome, time.perf_counter() - t0, text[-1500:]


def run_subprocess(value, workdir: Path, timeout: float) -> tuple[str, float, str]:
    argv = [sys.executable, "-m", "kg", "build", *_write_input(value, workdir), "-o", str(workdir / "out.trig"),
            "--error-log", str(workdir / "errors.jsonl"), "--quiet"]
    t0 = time.perf_counter()
    try:
        # a process starts Python and loads spaCy: allow that on top of the per-input limit
        done = subprocess.run(argv, capture_output=True, timeout=timeout + 60, cwd=workdir,
                              env={**os.environ, "PYTHONPATH": str(ROOT)})
    except subprocess.TimeoutExpired:
        return f"over {timeout:g} s", time.perf_counter() - t0, ""
    text = done.stderr.decode("utf-8", "replace")
    outcome = "traceback" if "Traceback" in text else f"exit {done.returncode}"
    return outcome, time.perf_counter() - t0, text[-1500:]


BAD = ("NON-KG", "traceback", "over")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-n", type=int, default=10_000, help="inputs to generate (default 10,000)")
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--cli-every", type=int, default=5, help="every k-th input also through the CLI in-process")
    ap.add_argument("--subprocess", type=int, default=20, help="how many inputs also as real processes")
    ap.add_argument("--timeout", type=float, default=10.0, help="seconds per input (the watchdog)")
    ap.add_argument("--clock", choices=sorted(CLOCK), default="wall", help="what the watchdog counts")
    ap.add_argument("--json", type=Path, help="write the counts and the failures here")
    ap.add_argument("--show", type=int, default=5, help="print this many failing inputs in full")
    args = ap.parse_args(argv)
    global _clock
    _clock = args.clock

    import kg

    with warnings.catch_warnings():  # load the model before the clock runs
        warnings.simplefilter("ignore")
        kg.build(RELEASES[0])
    rng = random.Random(args.seed)
    api, cli_, sub = Counter(), Counter(), Counter()
    kinds: Counter = Counter()
    failures: list[dict] = []
    slowest = 0.0
    sample = set(random.Random(args.seed + 1).sample(range(args.n), min(args.subprocess, args.n)))
    t_start = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="kg-fuzz-") as tmp:
        for i in range(args.n):
            kind, value = generate(rng)
            kinds[kind] += 1
            work = Path(tmp) / f"{i % 4}"
            work.mkdir(exist_ok=True)
            for name, counter, runner, wanted in (
                ("api", api, run_api, True),
                ("cli", cli_, run_cli, args.cli_every > 0 and i % args.cli_every == 0),
                ("subprocess", sub, run_subprocess, i in sample),
            ):
                if not wanted:
                    continue
                outcome, seconds, detail = runner(value, work, args.timeout)
                counter[outcome] += 1
                if name != "subprocess":
                    slowest = max(slowest, seconds)
                if outcome.startswith(BAD) or (name == "api" and "internal error" in outcome):
                    failures.append({"input": i, "kind": kind, "via": name, "outcome": outcome,
                                     "value": repr(value)[:500], "detail": detail})
            if (i + 1) % 500 == 0:
                print(f"... {i + 1} inputs, {time.perf_counter() - t_start:.0f} s", file=sys.stderr, flush=True)
    elapsed = time.perf_counter() - t_start

    def show(title: str, counter: Counter) -> None:
        print(f"{title} ({sum(counter.values()):,} runs)")
        for outcome, n in sorted(counter.items(), key=lambda kv: -kv[1]):
            print(f"  {n:>7,}  {outcome}")

    print(f"{args.n:,} inputs (seed {args.seed}) in {elapsed:.0f} s; slowest in-process run {slowest:.1f} s")
    print("inputs by kind: " + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())))
    show("kg.build", api)
    show("kg build (in-process)", cli_)
    show("kg build (subprocess)", sub)
    bad = sum(n for c in (api, cli_, sub) for o, n in c.items() if o.startswith(BAD))
    # an internal error is a bug of ours the pipeline caught (the document lands in the error
    # log): not a traceback, but the run fails on it too (seed 27 found one, 7 Dec 2026)
    internal = sum(n for o, n in api.items() if "internal error" in o)
    print(f"non-kg exceptions, tracebacks or over {args.timeout:g} s: {bad}; internal errors: {internal}")
    for f in failures[:args.show]:
        print(json.dumps(f, ensure_ascii=True, indent=1)[:3000])
    if args.json:
        args.json.write_text(json.dumps({"n": args.n, "seed": args.seed, "elapsed": elapsed, "api": api,
                                         "cli": cli_, "subprocess": sub, "kinds": kinds, "slowest": slowest,
                                         "failures": failures}, indent=1, ensure_ascii=True))
    return 1 if bad or internal else 0


if __name__ == "__main__":
    sys.exit(main())
