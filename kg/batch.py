"""``kg build``: documents in, graph out — for one release or a feed of thousands.

Documents stream through ``nlp.pipe``; each result lands in its own named graph; a
document that fails is reported (file, reason) in the summary and, with ``--error-log``,
in a JSON Lines log, and every other document lands. Validation runs on the whole graph
once at the end (the shapes are loaded once per process).
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from rich.console import Console

from kg.errors import BadInput, KGError
from kg.extract import DEFAULT_EXTRACTORS


@dataclass
class BuildOptions:
    inputs: list[str]
    output: Path | None = None
    fmt: str | None = None
    published: date | None = None
    validate: bool = True
    strict: bool = False
    extractors: tuple[str, ...] | None = None
    error_log: Path | None = None
    jobs: int = 1
    store: Path | None = None
    endpoint: str | None = None
    force: bool = False
    batch_size: int = 64
    quiet: bool = False
    summary: bool = False


@dataclass
class Failure:
    source: str
    reason: str
    exit_code: int

    def to_json(self) -> str:
        return json.dumps({"source": self.source, "reason": self.reason, "exit_code": self.exit_code})


def _documents(opts: BuildOptions, failures: list[Failure]):
    from kg.inputs import iter_documents

    for item in iter_documents(opts.inputs, published=opts.published):
        if isinstance(item, KGError):
            failures.append(Failure(item.source or "?", item.message, item.exit_code))
        else:
            yield item


def run_build(opts: BuildOptions, out: Console, err: Console) -> int:
    """Run a build; returns the exit code (0 ok, 1 strict non-conformance, 3/4 single
    document failed, 6 some documents of a batch failed)."""
    from kg.export import format_for, serialize
    from kg.graph import KnowledgeGraph
    from kg.nlp import load_nlp
    from kg.pipeline import process

    fmt = format_for(opts.output) if opts.output else (opts.fmt or "turtle")
    if opts.output is None and opts.fmt:
        from kg.export import _normalize_format  # validate the name early

        fmt = _normalize_format(opts.fmt)
    extractors = opts.extractors or DEFAULT_EXTRACTORS
    failures: list[Failure] = []
    nlp = load_nlp()
    graph = KnowledgeGraph()
    started = time.perf_counter()
    docs = _documents(opts, failures)
    results = process(docs, extractors=extractors, batch_size=opts.batch_size, nlp=nlp)
    n_ok = 0
    for result in _progress(results, opts, err):
        graph.add(result)
        if result.ok:
            n_ok += 1
        else:
            e = result.error
            failures.append(Failure(e.source or result.document.name, e.message, e.exit_code))
    elapsed = time.perf_counter() - started
    total = n_ok + len(failures)
    if total == 0:
        raise BadInput("no input documents found")
    if opts.error_log:
        opts.error_log.write_text("".join(f.to_json() + "\n" for f in failures), encoding="utf-8")
    for f in failures[:20]:
        err.print(f"[red]failed:[/red] {f.source}: {f.reason}", highlight=False)
    if len(failures) > 20:
        err.print(f"... and {len(failures) - 20} more failures" + (f" (see {opts.error_log})" if opts.error_log else ""))
    if n_ok == 0:
        return failures[0].exit_code if total == 1 else 6
    conforms = True
    if opts.validate:
        report = graph.validate()
        conforms = report.conforms
        if not conforms:
            err.print(report.text(), highlight=False)
    if opts.output:
        opts.output.parent.mkdir(parents=True, exist_ok=True)
        serialize(graph.dataset, fmt, opts.output)
    else:
        import sys

        sys.stdout.write(serialize(graph.dataset, fmt) or "")
    if opts.summary and not opts.quiet:
        from kg.summary import render

        render(graph.dataset, out if opts.output else err)
    if not opts.quiet:
        err.print(
            f"{n_ok} of {total} documents → {len(graph.dataset):,} triples in {elapsed:.2f} s"
            + (f" → {opts.output}" if opts.output else "")
            + ("" if conforms or not opts.validate else " [yellow](does not conform to the shapes)[/yellow]"),
            highlight=False,
        )
    if opts.strict and not conforms:
        return 1
    if failures:
        return failures[0].exit_code if total == 1 else 6
    return 0


def _progress(results, opts: BuildOptions, err: Console):
    """Wrap the result stream in a rich progress bar with documents/s (not for one file)."""
    if opts.quiet or not err.is_terminal:
        yield from results
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    with Progress(TextColumn("building"), BarColumn(), MofNCompleteColumn(),
                  TextColumn("{task.fields[rate]} docs/s"), TimeElapsedColumn(),
                  console=err, transient=True) as bar:
        task = bar.add_task("build", total=None, rate="–")
        t0 = time.perf_counter()
        for n, r in enumerate(results, 1):
            dt = time.perf_counter() - t0
            bar.update(task, completed=n, rate=f"{n / dt:.1f}" if dt > 0 else "–")
            yield r
