"""The code of docs/python-api.md runs, block after block, as a reader would run it."""

from __future__ import annotations

import os
import re
import warnings

import pytest

from tests.conftest import ROOT

PAGE = ROOT / "docs" / "python-api.md"


def code_blocks(text: str) -> list[str]:
    return re.findall(r"^```python\n(.*?)^```", text, flags=re.S | re.M)


def test_python_api_page_has_the_sections():
    text = PAGE.read_text(encoding="utf-8")
    for heading in ("## Build", "## Events and statistics", "## Save, load, merge", "## Query",
                    "## Validate", "## Export", "## Views"):
        assert heading in text, heading
    assert len(code_blocks(text)) >= 7


@pytest.mark.slow
def test_python_api_page_runs(tmp_path, monkeypatch, capsys):
    """Every block runs in order in one namespace, from a folder holding the project's data/
    (outputs go to its out/, not into the checkout)."""
    (tmp_path / "data").symlink_to(ROOT / "data", target_is_directory=True)
    monkeypatch.chdir(tmp_path)
    namespace: dict = {"__name__": "__docs__"}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the page's own undated build warns on purpose
        for n, block in enumerate(code_blocks(PAGE.read_text(encoding="utf-8")), 1):
            try:
                exec(compile(block, f"{PAGE.name} block {n}", "exec"), namespace)
            except Exception as err:  # name the block that broke
                raise AssertionError(f"block {n} of {PAGE.name} failed: {err!r}\n{block}") from err
    out = capsys.readouterr().out
    assert "2024 World Power Battery Conference" in out and "9.587 million vehicles" in out
    assert os.path.isfile(tmp_path / "out" / "entities.gexf")
