"""Which files a folder given to `kg build` stands for."""

from __future__ import annotations

from pathlib import Path

from kg.corpus import inputs
from kg.corpus.inputs import expand_inputs


def _tree(root: Path, *paths: str) -> None:
    for p in paths:
        (root / p).parent.mkdir(parents=True, exist_ok=True)
        (root / p).write_text("x", encoding="utf-8")


def test_folder_gives_release_files_in_path_order(tmp_path):
    _tree(tmp_path, "a/x.txt", "a-b/x.txt", "b.txt", "a/sub/y.jsonl", "c.bin", "d.md")
    found = [Path(p).relative_to(tmp_path).as_posix() for p in expand_inputs([str(tmp_path)])]
    assert found[:4] == ["a/sub/y.jsonl", "a/x.txt", "a-b/x.txt", "b.txt"] and "c.bin" not in found


def test_regression_walk_from_root_skips_pseudo_filesystems(tmp_path, monkeypatch):
    """`kg build /` walked /proc and /sys (fuzz: over 10 s before the first release); kernel
    pseudo-filesystems are passed over."""
    _tree(tmp_path, "proc/1/status.txt", "home/r.txt")
    monkeypatch.setattr(inputs, "_PSEUDO_ROOTS", frozenset({str(tmp_path / "proc")}))
    assert expand_inputs([str(tmp_path)]) == [str(tmp_path / "home" / "r.txt")]
