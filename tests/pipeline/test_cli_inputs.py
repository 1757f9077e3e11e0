"""The command on the issue-11 triggers of the input side: each is a warning (exit 0) or
a bad-input failure (exit 3) of its own document, never an internal error."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from kg.cli import app

BODY = ("The Harbour Robotics Expo 2031 will be held in Porto, Portugal, from May 6 to 8, 2031, "
        "organized by Quay Events Lda. More than 9,000 visitors are expected at the expo.\n")


def _run(*args: str):
    return CliRunner().invoke(app, list(args))


@pytest.mark.slow
@pytest.mark.parametrize("front", ["published: 2024-09-03T10:00:00Z", "published: 2024-02-30",
                                   "source: https://ex.org/a<b>|c", "tags: " + "[" * 500 + "]" * 500])
def test_front_matter_trigger_builds_the_body(tmp_path, front):
    path = tmp_path / "r.txt"
    path.write_text(f"---\n{front}\n---\n{BODY}", encoding="utf-8")
    out = tmp_path / "out.nt"
    result = _run("build", str(path), "-o", str(out))
    assert result.exit_code == 0, result.output
    assert "internal error" not in result.output and "Traceback" not in result.output
    assert "Harbour Robotics Expo" in out.read_text(encoding="utf-8")


@pytest.mark.slow
def test_timestamp_in_front_matter_is_no_internal_type_error(tmp_path):
    path = tmp_path / "r.txt"
    path.write_text(f"---\npublished: 2024-09-03T10:00:00Z\n---\n{BODY}", encoding="utf-8")
    result = _run("build", str(path), "-o", str(tmp_path / "out.ttl"))
    assert result.exit_code == 0 and "TypeError" not in result.output


@pytest.mark.slow
def test_batch_with_input_triggers_lands_the_good_ones(tmp_path):
    feed = tmp_path / "feed"
    feed.mkdir()
    (feed / "good.txt").write_text(BODY, encoding="utf-8")
    (feed / "date.txt").write_text(f"---\npublished: 2024-02-30\n---\n{BODY}", encoding="utf-8")
    (feed / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    with open(feed / "sparse.txt", "wb") as fh:
        fh.truncate(6_000_000)
    log = tmp_path / "errors.jsonl"
    result = _run("build", str(feed), "-o", str(tmp_path / "out.trig"), "--error-log", str(log), "-q")
    assert result.exit_code == 6, result.output
    failed = sorted(json.loads(line)["source"].rsplit("/", 1)[-1] for line in log.read_text().splitlines())
    assert failed == ["binary.txt", "sparse.txt"]
