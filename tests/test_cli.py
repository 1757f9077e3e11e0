"""The kg command: build, validate, query, export, show — and bad inputs with their exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import EXAMPLE

RELEASE = """---
title: "Coral Reef Tech Forum 2025 opens in Cairns"
published: 2025-07-02
---
CAIRNS, Australia, July 02, 2025 (EXAMPLE WIRE) -- The Coral Reef Tech Forum 2025, hosted by the Reef Science Council, opened in Cairns on July 1.
More than 1,200 delegates and about 90 exhibitors attended the forum.
"""


def kg(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg.cli", *args], input=stdin, capture_output=True)


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("cli") / "example.trig"
    r = kg("build", str(EXAMPLE), "-o", str(out))
    assert r.returncode == 0, r.stderr.decode()
    return out


def test_build_writes_a_graph_and_reports(built):
    assert built.stat().st_size > 1000


def test_validate_conforms(built):
    r = kg("validate", str(built))
    assert r.returncode == 0
    assert b"conforms" in r.stdout


def test_query_example_and_csv(built):
    r = kg("query", str(built), "--example", "guest-of-honor", "--format", "csv")
    assert r.returncode == 0, r.stderr.decode()
    assert "United Arab Emirates" in r.stdout.decode()
    r = kg("query", str(built), "SELECT (COUNT(?s) AS ?n) WHERE { ?s a ekg:Statistic }", "--format", "json")
    assert json.loads(r.stdout)["results"]["bindings"][0]["n"]["value"] == "9"


def test_query_parameters(built):
    """-p NAME=VALUE binds a `VALUES ?NAME { UNDEF }` line; an unknown name is misuse, exit 2."""
    r = kg("query", str(built), "--example", "hosts", "-p", "eventName=2024 World Power Battery Conference",
           "--format", "csv")
    assert r.returncode == 0, r.stderr.decode()
    rows = r.stdout.decode().strip().splitlines()[1:]
    assert rows and all("2024 World Power Battery Conference" in row for row in rows)
    r = kg("query", str(built), "--example", "hosts", "-p", "eventName=No Such Expo", "--format", "csv")
    assert r.returncode == 0 and r.stdout.decode().strip().splitlines()[1:] == []
    r = kg("query", str(built), "--example", "hosts", "-p", "colour=red")
    assert r.returncode == 2 and b"no parameter 'colour'" in r.stderr and b"eventName" in r.stderr
    r = kg("query", "--list")
    assert b"-p eventName=..." in r.stdout


def test_query_pages(built):
    """--limit/--offset print one page of rows and say on stderr when more follow."""
    r = kg("query", str(built), "--example", "hosts", "--format", "csv")
    every = r.stdout.decode().strip().splitlines()
    assert len(every) >= 4 and b"more follow" not in r.stderr  # a header and 3+ rows
    r = kg("query", str(built), "--example", "hosts", "--format", "csv", "--limit", "1", "--offset", "1")
    assert r.returncode == 0, r.stderr.decode()
    assert r.stdout.decode().strip().splitlines() == [every[0], every[2]]
    assert b"row 2 shown, more follow: --offset 2 for the next page" in r.stderr
    r = kg("query", str(built), "--example", "hosts", "--limit", "2")
    assert b"the first 2 rows shown, more follow" in r.stderr
    r = kg("query", str(built), "--example", "hosts", "--format", "csv", "--offset", str(len(every) - 2))
    assert r.stdout.decode().strip().splitlines() == [every[0], every[-1]] and b"more follow" not in r.stderr
    r = kg("query", str(built), "--example", "hosts", "--limit", "-1")
    assert r.returncode == 2 and b"Traceback" not in r.stderr


def test_regression_query_prints_one_page_by_default(built):
    """Issue 13: `kg query` prints the first 100 rows; --all (or --limit 0) every row."""
    text = "SELECT ?s ?p ?o WHERE { ?s ?p ?o }"
    r = kg("query", str(built), text, "--format", "csv")
    assert r.returncode == 0 and len(r.stdout.decode().strip().splitlines()) == 101  # header + 100
    assert b"the first 100 rows shown, more follow: --offset 100 for the next page, --all for every row" in r.stderr
    every = kg("query", str(built), text, "--format", "csv", "--all")
    assert len(every.stdout.decode().strip().splitlines()) > 101 and b"more follow" not in every.stderr
    zero = kg("query", str(built), text, "--format", "csv", "--limit", "0").stdout
    assert sorted(zero.splitlines()) == sorted(every.stdout.splitlines())  # unordered: any order
    r = kg("query", str(built), text, "--all", "--limit", "5")
    assert r.returncode == 2 and b"--all or --limit" in r.stderr


def test_bad_sparql_exit_7(built):
    r = kg("query", str(built), "SELECT WHERE {")
    assert r.returncode == 7
    assert b"Traceback" not in r.stderr


def test_export_and_show(built, tmp_path):
    out = tmp_path / "g.jsonld"
    assert kg("export", str(built), "-o", str(out)).returncode == 0
    assert "@context" in json.loads(out.read_text())
    r = kg("show", str(built))
    assert r.returncode == 0
    text = r.stdout.decode()
    assert "2024 World Power Battery Conference" in text and "9,587,000" in text


def test_stdin_with_published_override(tmp_path):
    out = tmp_path / "s.ttl"
    r = kg("build", "-", "-o", str(out), "--published", "2025-07-02", stdin=RELEASE.encode())
    assert r.returncode == 0, r.stderr.decode()
    assert "Coral Reef Tech Forum 2025" in out.read_text()


@pytest.mark.parametrize("content, code, message", [
    (b"", 3, b"empty"),
    (b"\x00\x01\x02binary\x00" * 20, 3, b"binary"),
    ("Caf\u00e9 conference".encode("latin-1"), 3, b"UTF-8"),
    (b"The weather stayed mild and the harvest came early this year.", 4, b"no event"),
])
def test_bad_input_clear_message_and_exit_code(tmp_path, content, code, message):
    f = tmp_path / "bad.txt"
    f.write_bytes(content)
    r = kg("build", str(f), "-o", str(tmp_path / "o.ttl"))
    assert r.returncode == code
    assert message in r.stderr
    assert b"Traceback" not in r.stderr


def test_missing_file_and_bad_suffix(tmp_path):
    r = kg("build", str(tmp_path / "nope.txt"))
    assert r.returncode == 3 and b"no such file" in r.stderr
    r = kg("build", str(EXAMPLE), "-o", str(tmp_path / "out.xyz"))
    assert r.returncode == 2 and b"Traceback" not in r.stderr


def test_batch_lands_good_documents_and_lists_bad(tmp_path):
    d = tmp_path / "feed"
    d.mkdir()
    (d / "a.txt").write_text(RELEASE, encoding="utf-8")
    (d / "b.txt").write_bytes(b"\xff\xfe\x00garbage")
    (d / "c.txt").write_text(EXAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    log = tmp_path / "errors.jsonl"
    out = tmp_path / "all.trig"
    r = kg("build", str(d), "-o", str(out), "--error-log", str(log))
    assert r.returncode == 6
    failed = [json.loads(line) for line in log.read_text().splitlines()]
    assert [Path(f["source"]).name for f in failed] == ["b.txt"]
    text = out.read_text()
    assert "Coral Reef Tech Forum 2025" in text and "World Power Battery Conference" in text


def test_missing_model_says_how_to_fix(tmp_path):
    import os

    env = {**os.environ, "EKG_SPACY_MODEL": "no_such_model_xyz"}
    r = subprocess.run([sys.executable, "-m", "kg.cli", "build", str(EXAMPLE), "-o", str(tmp_path / "o.ttl")],
                       capture_output=True, env=env)
    assert r.returncode == 5
    assert b"pip install" in r.stderr and b"Traceback" not in r.stderr


def test_extractors_option_limits_what_is_extracted(tmp_path):
    out = tmp_path / "o.ttl"
    r = kg("build", str(EXAMPLE), "-o", str(out), "--extractors", "ekg.source.v1,ekg.events.v1")
    assert r.returncode == 0, r.stderr.decode()
    text = out.read_text()
    assert "World Power Battery Conference" in text and "Statistic" not in text


def test_huge_input_is_refused(tmp_path):
    f = tmp_path / "huge.txt"
    f.write_bytes(b"The Example Expo 2025 opened. " * 200_000)  # 6 MB, far beyond a release
    r = kg("build", str(f), "-o", str(tmp_path / "o.ttl"))
    assert r.returncode == 3 and b"bytes" in r.stderr and b"Traceback" not in r.stderr
