"""The progress bar of ``kg build`` on a terminal: documents done of how many, docs/s.

The total is counted first when that is cheap (files named or found in folders, lines of
``.jsonl`` files up to :data:`COUNT_BYTES` in all); standard input, or bigger JSON Lines,
leave it unknown, and the bar then counts documents without a total (never ``0/?``).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from rich.console import Console

#: JSON Lines files are counted (a read of the bytes) only up to this size in all
COUNT_BYTES = 256 * 1024 * 1024


def count_inputs(inputs: list[str], budget: int = COUNT_BYTES) -> int | None:
    """How many documents ``inputs`` hold, or None when counting is not cheap: standard
    input, or JSON Lines files larger than ``budget`` bytes together. A file that cannot
    be read counts as one (it becomes one failure)."""
    from kg.corpus.inputs import expand_inputs

    total = 0
    for path in expand_inputs(inputs):
        if path == "-":
            return None
        if not path.endswith(".jsonl"):
            total += 1
            continue
        try:
            size = Path(path).stat().st_size
        except OSError:
            total += 1
            continue
        budget -= size
        if budget < 0:
            return None
        try:
            with open(path, "rb") as fh:
                total += sum(1 for line in fh if line.strip())
        except OSError:
            total += 1
    return total


class BuildProgress:
    """A rich progress bar on ``err`` when it is a terminal (a no-op otherwise).

    ``update(done)`` sets the documents done (built, failed or skipped)."""

    def __init__(self, err: Console, total: int | None, enabled: bool = True) -> None:
        self.enabled = enabled and err.is_terminal
        self.err, self.total = err, total
        self.bar = None
        self.task = None
        self.t0 = 0.0

    def __enter__(self) -> BuildProgress:
        if not self.enabled:
            return self
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            SpinnerColumn,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        if self.total is not None:
            columns = [TextColumn("building"), BarColumn(), MofNCompleteColumn(),
                       TextColumn("{task.fields[rate]} docs/s"), TimeElapsedColumn(),
                       TextColumn("left"), TimeRemainingColumn()]
        else:
            columns = [SpinnerColumn(), TextColumn("building: {task.completed:,} documents"),
                       TextColumn("{task.fields[rate]} docs/s"), TimeElapsedColumn()]
        self.bar = Progress(*columns, console=self.err, transient=True)
        self.bar.__enter__()
        self.task = self.bar.add_task("build", total=self.total, rate="–")
        self.t0 = time.perf_counter()
        return self

    def update(self, done: int) -> None:
        if self.bar is None:
            return
        dt = time.perf_counter() - self.t0
        self.bar.update(self.task, completed=done, rate=f"{done / dt:.1f}" if dt > 0 and done else "–")

    def __exit__(self, *exc) -> None:
        if self.bar is not None:
            self.bar.__exit__(*exc)

    @property
    def callback(self) -> Callable[[int], None] | None:
        return self.update if self.enabled else None
