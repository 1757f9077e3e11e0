"""The per-user cache of compiled regular expressions (kg.pipeline.patterns): a pattern out
of the cache is the pattern re.compile makes, and a missing, damaged or disabled cache
changes nothing."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

from kg.pipeline import patterns


@pytest.fixture
def fresh(monkeypatch, tmp_path):
    """The module's state as in a new process, its cache in ``tmp_path``."""
    monkeypatch.setenv("EKG_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(patterns, "_entries", None)
    monkeypatch.setattr(patterns, "_new", {})
    monkeypatch.setattr(patterns, "_path", None)
    monkeypatch.setattr(patterns, "_used", set())
    return tmp_path


def _same(a: re.Pattern, b: re.Pattern) -> None:
    assert a == b  # pattern, flags and SRE code
    assert (a.pattern, a.flags, a.groups, a.groupindex) == (b.pattern, b.flags, b.groups, b.groupindex)


SAMPLES = [
    (r"(?P<day>\d{1,2})\s+(?P<month>Jan(?:uary)?|Feb(?:ruary)?)\.?(?:,?\s+(?P<year>\d{4}))?", 0),
    (r"(?<![\w-])(?:co-host|co-organise|sponsor)(?![\w-])", re.I),
    (r"^(?:the\s+)?(\w+)\s+(?-i:[A-Z]\w*)$", re.I | re.M),
    (r"[–—-]\s*(?:until|till)\b", 0),
]


def test_project_patterns_equal_re_compile():
    import kg.corpus.batch  # noqa: F401 - compiles the extractors' and normalizers' patterns

    entries = patterns._load()
    assert len(entries) > 50
    for (text, flags), entry in list(entries.items()):
        _same(patterns.compile(text, flags), re.compile(text, flags))


def test_cached_pattern_comes_back_the_same(fresh):
    first = [patterns.compile(p, f) for p, f in SAMPLES]
    patterns._save()
    files = list(fresh.glob("regex-*.marshal"))
    assert len(files) == 1
    # a new process: the entries read back from the file
    patterns._entries, patterns._new, patterns._path = None, {}, None
    again = [patterns.compile(p, f) for p, f in SAMPLES]
    assert not patterns._new  # all from the file
    for (p, f), a, b in zip(SAMPLES, first, again):
        _same(a, re.compile(p, f))
        _same(b, re.compile(p, f))
    m = again[0].search("opens 14 January, 2027")
    assert m.groupdict() == {"day": "14", "month": "January", "year": "2027"}


def test_damaged_cache_falls_back(fresh):
    patterns.compile(*SAMPLES[0])
    patterns._save()
    path = next(fresh.glob("regex-*.marshal"))
    path.write_bytes(b"not marshal data")
    patterns._entries, patterns._new, patterns._path = None, {}, None
    _same(patterns.compile(*SAMPLES[0]), re.compile(*SAMPLES[0]))
    # an entry whose code SRE refuses is compiled afresh
    patterns._entries[(SAMPLES[1][0], int(SAMPLES[1][1]))] = (0, [999, 999], 0, {}, (None,))
    _same(patterns.compile(*SAMPLES[1]), re.compile(*SAMPLES[1]))


def test_cache_off_writes_nothing(monkeypatch, tmp_path):
    monkeypatch.setenv("EKG_CACHE_DIR", "off")
    monkeypatch.setattr(patterns, "_entries", None)
    monkeypatch.setattr(patterns, "_new", {})
    monkeypatch.setattr(patterns, "_path", None)
    _same(patterns.compile(*SAMPLES[2]), re.compile(*SAMPLES[2]))
    assert not patterns._new
    patterns._save()
    assert not list(tmp_path.iterdir())


def test_bad_pattern_raises_as_re_compile(fresh):
    with pytest.raises(re.error):
        patterns.compile(r"(?:unclosed")


def test_pattern_texts_do_not_depend_on_hash_seed(tmp_path):
    """Regression: alternations were joined in set order (three, then the generic topic lead
    and the brand anaphor sorted by length only, ties in set order), so their text (and the cache
    key) changed with PYTHONHASHSEED; each process then missed the cache and added entries."""
    code = "import kg.corpus.batch\nfrom kg.pipeline import patterns\nprint(len(patterns._new))"
    env = {**os.environ, "EKG_CACHE_DIR": str(tmp_path)}
    counts = []
    for seed in ("1", "2", "3"):
        out = subprocess.run([sys.executable, "-c", code], env={**env, "PYTHONHASHSEED": seed},
                             capture_output=True, text=True, check=True).stdout.split()
        counts.append(int(out[-1]))
    assert counts[0] > 50 and counts[1:] == [0, 0]


def test_full_cache_keeps_only_the_entries_in_use(fresh, monkeypatch):
    monkeypatch.setattr(patterns, "_LIMIT", 3)
    for i in range(3):
        patterns.compile(rf"stale{i}\d+")
    patterns._save()
    patterns._entries, patterns._new, patterns._path = None, {}, None
    patterns._used.clear()
    patterns.compile(*SAMPLES[0])  # this process: one new pattern and one from the file
    patterns.compile(r"stale0\d+")
    patterns._save()
    patterns._entries, patterns._new, patterns._path = None, {}, None
    assert set(patterns._load()) == {(SAMPLES[0][0], SAMPLES[0][1]), (r"stale0\d+", 0)}
