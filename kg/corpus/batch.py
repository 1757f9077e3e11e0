"""``kg build``: documents in, graph out — for one release or a feed of thousands.

Two paths, same graph (one named graph per document, named after its content hash):

* **in memory** (default; single releases and small feeds): documents stream through
  ``nlp.pipe`` into an rdflib Dataset, validated once at the end, written by suffix.
* **corpus** (``--store PATH``, ``--endpoint URL`` or ``--jobs N > 1``): chunks of
  ``--batch-size`` documents go through :mod:`kg.corpus.parallel` (in this process or N worker
  processes): parse, extract, map, validate the chunk in one call (compiled shapes), N-Triples out.
  A writer thread puts each chunk into the Oxigraph store in one transaction and/or pushes
  each document's graph to the endpoint (pyoxigraph and socket I/O release the GIL, so
  writing overlaps parsing). Nothing holds the corpus graph in rdflib; memory stays flat.
  Documents whose graph is already in the store (or on the endpoint) are skipped unless
  ``--force``. See docs/scale.md.

Either way a document that fails is reported (file, reason) in the summary and, with
``--error-log``, in a JSON Lines log, and every other document lands.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from rich.console import Console
from rich.markup import escape

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
    endpoint_user: str | None = None  # or in the URL (http://user:password@host/...)
    endpoint_password: str | None = None
    force: bool = False
    batch_size: int = 64
    compact: bool = False  # optimize() the store after the build
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
    from kg.corpus.inputs import iter_documents

    for item in iter_documents(opts.inputs, published=opts.published):
        if isinstance(item, KGError):
            failures.append(Failure(item.source or "?", item.message, item.exit_code))
        else:
            yield item


def _output_format(opts: BuildOptions) -> str:
    """``-f`` when given (also with ``-o``: it wins over the suffix), else the suffix of
    ``-o``, else Turtle."""
    from kg.graph.export import _normalize_format, format_for

    if opts.fmt:
        return _normalize_format(opts.fmt)
    return format_for(opts.output) if opts.output else "turtle"


def corpus_mode(opts: BuildOptions) -> bool:
    return bool(opts.store or opts.endpoint or opts.jobs > 1)


def run_build(opts: BuildOptions, out: Console, err: Console) -> int:
    """Run a build; returns the exit code (0 ok, 1 strict non-conformance, 3/4 single
    document failed, 6 some documents of a batch failed)."""
    if corpus_mode(opts):
        return run_corpus_build(opts, out, err)
    from kg.graph.export import serialize
    from kg.graph.facade import KnowledgeGraph
    from kg.pipeline.nlp import load_nlp
    from kg.pipeline.run import process

    fmt = _output_format(opts)
    extractors = opts.extractors or DEFAULT_EXTRACTORS
    failures: list[Failure] = []
    nlp = load_nlp()
    graph = KnowledgeGraph()
    started = time.perf_counter()
    docs = _documents(opts, failures)
    results = process(docs, extractors=extractors, batch_size=opts.batch_size, nlp=nlp)
    n_ok = 0
    warnings: list[str] = []
    for n, result in enumerate(_progress(results, opts, err, failures)):
        if n == 1:  # a feed: tune the collector as the corpus path does (one release skips its 70 ms)
            from kg.pipeline.nlp import tune_gc

            tune_gc()
        graph.add(result)
        warnings.extend(result.warnings)
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
    _print_failures(failures, opts, err)
    _print_warnings(warnings, opts, err)
    if n_ok == 0:
        return failures[0].exit_code if total == 1 else 6
    conforms = True
    n_violations = 0
    if opts.validate:
        from kg.graph.validate import validate

        # the documents' own triples (the graph's union, without reading it back from rdflib);
        # compiled shapes: same verdicts as pySHACL, ~8x faster
        report = validate((t for r in graph.results if r.ok for t in r.triples or ()), engine="compiled")
        conforms = report.conforms
        if not conforms:
            n_violations = len(report.results)
            err.print(escape(report.text()), highlight=False)
    if opts.output:
        opts.output.parent.mkdir(parents=True, exist_ok=True)
        serialize(graph.dataset, fmt, opts.output)
    else:
        import sys

        sys.stdout.write(serialize(graph.dataset, fmt) or "")
    if opts.summary and not opts.quiet:
        from kg.graph.summary import render, render_corpus

        console = out if opts.output else err
        if n_ok > 1:  # many releases: counts, not every release's summary
            render_corpus(graph.dataset, console, failed=len(failures), violations=n_violations,
                          name=str(opts.output) if opts.output else None)
        else:
            render(graph.dataset, console)
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


def _progress(results, opts: BuildOptions, err: Console, failures: list[Failure]):
    """Wrap the result stream in a rich progress bar: documents done of how many (when
    cheap to count, :func:`kg.corpus.progress.count_inputs`), documents/s."""
    if opts.quiet or not err.is_terminal:
        yield from results
        return
    from kg.corpus.progress import BuildProgress, count_inputs

    with BuildProgress(err, count_inputs(opts.inputs)) as bar:
        for n, r in enumerate(results, 1):
            bar.update(n + len(failures))
            yield r


# --------------------------------------------------------------------------- corpus path


@dataclass
class BuildCounts:
    """What any corpus build counts (this module's and :mod:`kg.corpus.distributed`'s)."""

    n_ok: int = 0
    n_failed: int = 0
    n_skipped: int = 0
    n_triples: int = 0
    conforms: bool = True
    n_violations: int = 0


@dataclass
class BuildStats(BuildCounts):
    """What a corpus build did, for the summary line and the benchmark."""

    violations: list = None  # first few ViolationRecords
    t_parse: float = 0.0
    t_extract: float = 0.0
    t_validate: float = 0.0
    t_serialize: float = 0.0
    t_write: float = 0.0  # writer thread: store bulk loads and endpoint pushes
    t_wait_writer: float = 0.0  # main thread blocked on a full writer queue / final drain
    elapsed: float = 0.0


class _Writer:
    """A thread that writes chunks to the store and the endpoint, off the parsing thread.

    The queue is bounded (two chunks), so a slow server slows the build instead of letting
    memory grow. The first error stops the build (raised again in the main thread).
    """

    def __init__(self, store, endpoint, force: bool) -> None:
        import queue
        import threading

        self.store, self.endpoint, self.force = store, endpoint, force
        self.q: queue.Queue = queue.Queue(maxsize=2)
        self.error: BaseException | None = None
        self.busy = 0.0
        self.thread = threading.Thread(target=self._run, name="kg-writer", daemon=True)
        self.thread.start()

    def _run(self) -> None:
        from kg.corpus.store import load_documents

        while True:
            docs = self.q.get()
            if docs is None:
                if self.store is not None and self.error is None:
                    try:
                        self.store.flush()
                    except BaseException as exc:
                        self.error = exc
                return
            if self.error is not None:
                continue
            t0 = time.perf_counter()
            try:
                if self.store is not None:
                    # the bulk loader bypasses RocksDB's memtables, so memory stays flat
                    # (with transactions it needed a flush every 100k triples)
                    load_documents(self.store, docs, replace=self.force, bulk=True)
                if self.endpoint is not None:
                    for graph, nt in docs:
                        self.endpoint.put_graph(graph, nt)
            except BaseException as exc:  # re-raised by put()/close()
                self.error = exc
            self.busy += time.perf_counter() - t0

    def put(self, docs: list[tuple[str, bytes]]) -> float:
        """Queue a chunk; returns the seconds spent waiting for room."""
        self._check()
        t0 = time.perf_counter()
        self.q.put(docs)
        return time.perf_counter() - t0

    def close(self) -> float:
        t0 = time.perf_counter()
        self.q.put(None)
        self.thread.join()
        self._check()
        return time.perf_counter() - t0

    def _check(self) -> None:
        if self.error is not None:
            exc, self.error = self.error, None
            if isinstance(exc, KGError):
                raise exc
            raise KGError(f"writing the graph failed: {type(exc).__name__}: {exc}") from exc


def _new_documents(docs, known: set[str], force: bool, stats: BuildStats):
    """Skip documents already built (same content hash), and repeats within this run."""
    seen: set[str] = set()
    for d in docs:
        doc_id = d.id
        if doc_id in seen or (doc_id in known and not force):
            stats.n_skipped += 1
            continue
        seen.add(doc_id)
        yield d


def build_corpus(opts: BuildOptions, failures: list[Failure], *, store=None, endpoint=None,
                 progress=None, on_chunk=None) -> BuildStats:
    """The corpus path without any printing: stream, skip, process, validate, write.

    ``store`` (a ``pyoxigraph.Store``) and ``endpoint`` (:class:`kg.corpus.endpoint.Endpoint`) are
    the targets (either may be None). Failures are appended to ``failures``.
    """
    from kg.corpus.parallel import chunked, run_chunks
    from kg.corpus.store import DOC_GRAPH_PREFIX, stored_document_ids

    stats = BuildStats(violations=[])
    extractors = opts.extractors or DEFAULT_EXTRACTORS
    started = time.perf_counter()
    known: set[str] = set()
    if not opts.force:
        if store is not None:
            known = stored_document_ids(store)
        elif endpoint is not None:
            known = {g[len(DOC_GRAPH_PREFIX):] for g in endpoint.graph_names(DOC_GRAPH_PREFIX)}
    nlp = None
    if opts.jobs <= 1:
        from kg.pipeline.nlp import load_nlp

        nlp = load_nlp()
    docs = _new_documents(_documents(opts, failures), known, opts.force, stats)
    chunks = chunked(docs, opts.batch_size)
    writer = None  # started with the first result: worker processes are forked before any thread
    try:
        for chunk in run_chunks(chunks, jobs=opts.jobs, extractors=extractors, validate=opts.validate, nlp=nlp):
            if writer is None and (store is not None or endpoint is not None):
                writer = _Writer(store, endpoint, opts.force)
            batch = []
            for o in chunk.outcomes:
                if o.ok:
                    stats.n_ok += 1
                    stats.n_triples += o.n_triples
                    batch.append((o.graph, o.nt))
                else:
                    stats.n_failed += 1
                    failures.append(Failure(o.name, o.error, o.exit_code))
            stats.t_parse += chunk.t_parse
            stats.t_extract += chunk.t_extract
            stats.t_validate += chunk.t_validate
            stats.t_serialize += chunk.t_serialize
            if not chunk.conforms:
                stats.conforms = False
                stats.n_violations += chunk.n_violations
                room = 1000 - len(stats.violations)
                if room > 0:
                    stats.violations.extend(chunk.violations[:room])
            if writer is not None and batch:
                stats.t_wait_writer += writer.put(batch)
            if on_chunk is not None:
                on_chunk(chunk)
            if progress is not None:
                progress(stats.n_ok + len(failures) + stats.n_skipped)
    finally:
        if writer is not None:
            stats.t_wait_writer += writer.close()
            stats.t_write = writer.busy
    stats.elapsed = time.perf_counter() - started
    return stats


def run_corpus_build(opts: BuildOptions, out: Console, err: Console) -> int:
    """``kg build`` with ``--store``, ``--endpoint`` or ``--jobs N``."""
    import sys

    fmt = _output_format(opts)
    store = None
    if opts.store is not None:
        from kg.corpus.store import open_store

        store = open_store(opts.store)
    elif opts.endpoint is None:
        import pyoxigraph as ox

        store = ox.Store()  # --jobs N alone: an in-memory Oxigraph store, written out below
    endpoint = None
    if opts.endpoint:
        from kg.corpus.endpoint import Endpoint

        endpoint = Endpoint.from_url(opts.endpoint, user=opts.endpoint_user, password=opts.endpoint_password)
    failures: list[Failure] = []
    with _corpus_progress(opts, err) as progress:
        stats = build_corpus(opts, failures, store=store, endpoint=endpoint, progress=progress)
    if opts.compact and opts.store is not None and store is not None:
        # each chunk's bulk load leaves its own files; compacting merges them (measured at
        # 10,000 releases: 6.4 s, then answers of thousands of rows come 25-40% faster)
        t0 = time.perf_counter()
        store.optimize()
        if not opts.quiet:
            err.print(f"store compacted in {time.perf_counter() - t0:.1f} s", highlight=False)
    total = stats.n_ok + len(failures)
    if total == 0 and stats.n_skipped == 0:
        raise BadInput("no input documents found")
    seen = total + stats.n_skipped  # one failure among documents skipped is a batch's failure
    if opts.error_log:
        opts.error_log.write_text("".join(f.to_json() + "\n" for f in failures), encoding="utf-8")
    _print_failures(failures, opts, err)
    if opts.validate and not stats.conforms:
        from rdflib import Graph

        from kg.graph.validate import ValidationReport

        report = ValidationReport(conforms=False, results=stats.violations, graph=Graph())
        text = report.text()
        if stats.n_violations > len(stats.violations):
            text += f"\n({stats.n_violations} problems in all; the first {len(stats.violations)} are shown)"
        err.print(escape(text), highlight=False)
    if store is not None and (opts.output or opts.store is None):
        _write_store_output(store, fmt, opts.output, sys.stdout)
    if not opts.quiet and total == 0:
        from kg.corpus.endpoint import redact

        where = ", ".join(str(x) for x in (opts.store, opts.endpoint and redact(opts.endpoint)) if x)
        err.print(f"nothing new: {stats.n_skipped:,} skipped, already in {where} "
                  "(same content; --force rebuilds them)", highlight=False)
    elif not opts.quiet:
        rate = stats.n_ok / stats.elapsed if stats.elapsed else 0.0
        from kg.corpus.endpoint import redact

        where = ", ".join(str(x) for x in (opts.store, opts.endpoint and redact(opts.endpoint), opts.output) if x)
        err.print(
            f"{stats.n_ok} of {total} documents → {stats.n_triples:,} triples in {stats.elapsed:.2f} s"
            f" ({rate:.1f} docs/s)"
            + (f"; {stats.n_skipped} skipped (already built; --force rebuilds)" if stats.n_skipped else "")
            + (f" → {where}" if where else "")
            + ("" if stats.conforms or not opts.validate else " [yellow](does not conform to the shapes)[/yellow]"),
            highlight=False,
        )
    if opts.summary and not opts.quiet and store is not None and stats.n_ok:
        from kg.graph.summary import render_corpus, store_counts

        render_corpus(None, out if opts.output or opts.store else err, counts=store_counts(store),
                      failed=len(failures), violations=stats.n_violations,
                      name=f"--store {opts.store}" if opts.store else (str(opts.output) if opts.output else None))
    if opts.strict and not stats.conforms:
        return 1
    if failures:
        return failures[0].exit_code if seen == 1 else 6
    return 0


def _write_store_output(store, fmt: str, output: Path | None, stdout) -> None:
    """Write the store as ``fmt``: N-Quads/TriG straight from Oxigraph (streaming); other
    formats through :func:`kg.graph.export.serialize` (union graph, pretty, for smaller graphs)."""
    from kg.corpus.store import dump_store
    from kg.graph.export import serialize

    if fmt in ("nquads", "trig"):
        data = dump_store(store, fmt, output)
        if output is None:
            stdout.write(data.decode("utf-8"))
        return
    from kg.corpus.store import store_to_dataset

    text = serialize(store_to_dataset(store), fmt, output)
    if output is None:
        stdout.write(text or "")


def _print_failures(failures: list[Failure], opts: BuildOptions, err: Console) -> None:
    for f in failures[:20]:
        err.print(f"[red]failed:[/red] {escape(f.source)}: {escape(f.reason)}", highlight=False)
    if len(failures) > 20:
        err.print(f"... and {len(failures) - 20} more failures" + (f" (see {opts.error_log})" if opts.error_log else ""))


def _print_warnings(warnings: list[str], opts: BuildOptions, err: Console) -> None:
    if opts.quiet:
        return
    for w in warnings[:20]:
        err.print(f"[yellow]warning:[/yellow] {escape(w)}", highlight=False)
    if len(warnings) > 20:
        err.print(f"... and {len(warnings) - 20} more warnings", highlight=False)


class _corpus_progress:
    """A rich progress bar (documents done of how many, docs/s) on a terminal; None otherwise."""

    def __init__(self, opts: BuildOptions, err: Console) -> None:
        self.enabled = not opts.quiet and err.is_terminal
        self.opts, self.err = opts, err
        self.bar = None

    def __enter__(self):
        if not self.enabled:
            return None
        from kg.corpus.progress import BuildProgress, count_inputs

        self.bar = BuildProgress(self.err, count_inputs(self.opts.inputs)).__enter__()
        return self.bar.update

    def __exit__(self, *exc) -> None:
        if self.bar is not None:
            self.bar.__exit__(*exc)
