"""``kg report``: one self-contained HTML file."""

from __future__ import annotations

import re

import pytest
from typer.testing import CliRunner

from kg.cli import app

pytestmark = pytest.mark.slow


def test_report_is_one_self_contained_file(web_graph_file, tmp_path):
    out = tmp_path / "report.html"
    result = CliRunner().invoke(app, ["report", str(web_graph_file), "-o", str(out)])
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    # nothing to fetch: no external script, style sheet, image or font
    assert not re.search(r"<script[^>]+src=", html)
    assert not re.search(r"<link[^>]+stylesheet", html)
    assert not re.search(r"<img[^>]+src=\"https?:", html)
    assert "url(http" not in html and "@import" not in html
    # every internal link has its target in the file
    ids = set(re.findall(r'id="([^"]+)"', html))
    targets = set(re.findall(r'href="#([^"]+)"', html))
    assert targets and targets <= ids, sorted(targets - ids)[:5]
    assert html.count('class="event"') == 4 and "Harbourline Boat Show" in html


def test_report_of_a_missing_file_is_a_clean_error(tmp_path):
    result = CliRunner().invoke(app, ["report", str(tmp_path / "nope.ttl"), "-o", str(tmp_path / "r.html")])
    assert result.exit_code == 3
    assert "no such file" in result.output and "Traceback" not in result.output
