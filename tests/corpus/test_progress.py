"""kg.corpus.progress: the build's progress bar knows its total when counting is cheap."""

from __future__ import annotations

import io

from rich.console import Console

from kg.corpus.progress import BuildProgress, count_inputs


def test_count_inputs(tmp_path) -> None:
    feed = tmp_path / "feed"
    (feed / "sub").mkdir(parents=True)
    (feed / "a.txt").write_text("one", encoding="utf-8")
    (feed / "sub" / "b.txt").write_text("two", encoding="utf-8")
    (feed / "notes.md").write_text("not a release", encoding="utf-8")
    lines = tmp_path / "more.jsonl"
    lines.write_text('{"text": "a"}\n\n{"text": "b"}\n{"text": "c"}\n', encoding="utf-8")
    assert count_inputs([str(feed)]) == 2
    assert count_inputs([str(feed), str(lines)]) == 5  # blank lines are not documents
    assert count_inputs([str(tmp_path / "missing.txt")]) == 1  # one failure to come
    assert count_inputs([str(feed / "*.txt")]) == 1
    assert count_inputs(["-"]) is None  # standard input: unknown
    assert count_inputs([str(lines)], budget=10) is None  # too big to read twice


def test_progress_bar_only_on_a_terminal() -> None:
    quiet = Console(file=io.StringIO(), force_terminal=False)
    with BuildProgress(quiet, 10) as bar:
        bar.update(5)
    assert quiet.file.getvalue() == "" and bar.callback is None
    shown = Console(file=io.StringIO(), force_terminal=True, width=100)
    for total in (10, None):
        with BuildProgress(shown, total) as bar:
            bar.update(3)
        assert bar.callback is not None
    text = shown.file.getvalue()
    assert "/10" in text and "0/?" not in text and "building: 3 documents" in text
