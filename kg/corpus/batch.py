"""``kg build``: documents in, graph out — for one release or a feed of thousands.

Two paths, same graph (one named graph per document, named after its content hash):

* **in memory** (default; single releases and small feeds): documents stream through
  ``nlp.pipe`` into an rdflib Dataset, validated once at the end, written by suffix.
* **corpus** (``--store PATH``, ``--endpoint URL`` or ``--jobs N > 1``): chunks of
  ``--batch-size`` documents go through :mod:`kg.corpus.parallel` (in this process or N worker
  processes): parse, extract, map, validate the chunk in one call (compiled shapes), N-Triples out.
  A writer thread puts the chunks into the Oxigraph store in bulk loads (into a store
  alone, 512 documents gathered a load, the last chunks each as they come; chunks queued
  behind a busy writer go in together; no load above 900k quads, so each is one RocksDB
  ingestion; a failed load falls back to one transaction a document) and/or pushes each document's graph to the endpoint (pyoxigraph and socket I/O release the GIL, so
  writing overlaps parsing). Nothing holds the corpus graph in rdflib; memory stays flat.
  Documents whose graph is already in the store (or on the endpoint) are skipped unless
  ``--force``. See docs/scale.md.

Either way each document is on its own: whatever stops one — reading, parsing,
extracting, mapping, serializing, validating or writing it, a kg error or a bug — becomes
its entry (file, stage, reason) in the summary and, with ``--error-log``, in a JSON Lines
log, and every other document lands (exit 6). When the store or the server stops
answering, the build stops: exit 8, with what landed, what failed and what was not
attempted (all in the log); the same command resumes it. Anything else unexpected is
exit 9 (:class:`kg.errors.InternalError`), never a traceback.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from rich.console import Console
from rich.markup import escape

from kg.corpus.isolation import STAGES, Failure, failure_reason, read_isolated, write_error_log
from kg.corpus.writer import STORE_LOAD_DOCS, Writer
from kg.errors import BadInput, InternalError, KGError, Unavailable
from kg.extract import DEFAULT_EXTRACTORS

__all__ = ["STAGES", "BuildOptions", "Failure", "build_corpus", "read_isolated", "run_build", "write_error_log"]


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
    document failed, 6 some documents of a batch failed, 8 the store or server stopped
    answering). Raises a :class:`KGError` for a build that cannot start, and
    :class:`InternalError` (exit 9) for anything unexpected, after writing the failures
    met so far and an ``internal`` entry to the error log."""
    failures: list[Failure] = []
    try:
        if corpus_mode(opts):
            from kg.corpus.listings_writer import write_listing_index
            from kg.corpus.store import build_session

            # readers in again after, the store's listing index written first; a failed
            # new store removed
            with build_session(opts.store, on_closed=write_listing_index):
                return run_corpus_build(opts, out, err, failures)
        return _run_memory_build(opts, out, err, failures)
    except KGError:
        raise
    except Exception as exc:  # noqa: BLE001 - the last resort: one line, a log entry, exit 9
        reason = failure_reason(exc)
        try:
            write_error_log(opts.error_log, [*failures, Failure("-", reason, InternalError.exit_code, "internal")])
        except OSError:
            pass
        raise InternalError(reason + (f" ({len(failures)} failures before it are in {opts.error_log})"
                                      if failures and opts.error_log else "")) from exc


def _run_memory_build(opts: BuildOptions, out: Console, err: Console, failures: list[Failure]) -> int:
    from kg.corpus.parallel import build_isolated
    from kg.pipeline.nlp import load_nlp, paused_gc, tune_gc

    fmt = _output_format(opts)
    extractors = opts.extractors or DEFAULT_EXTRACTORS
    with paused_gc():  # the model's objects live as long as the process: no collection walks them
        nlp = load_nlp()
    tune_gc()  # before the parse: frozen, and collected less often (its cost is gc.freeze's, ~0)
    started = time.perf_counter()

    def tail(results) -> int:  # everything after the parse: in this process, or overlapped with it
        return _memory_build_tail(results, opts, out, err, failures, fmt, started)

    from kg.corpus.parallel import overlap_wanted, run_overlapped

    if overlap_wanted(opts.inputs):  # KG_BUILD_OVERLAP=1: the parse here, the rest in a forked process
        return run_overlapped(nlp, lambda: read_isolated(opts.inputs, opts.published, failures), failures,
                              extractors, opts.batch_size, tail,
                              progress=lambda items: _progress(items, opts, err, failures),
                              validate=opts.validate, consoles=(out, err))
    docs = read_isolated(opts.inputs, opts.published, failures)
    return tail(_progress(build_isolated(docs, extractors, nlp, opts.batch_size), opts, err, failures))


def _memory_build_tail(results, opts: BuildOptions, out: Console, err: Console, failures: list[Failure],
                       fmt: str, started: float) -> int:
    """The in-memory build after the parse: ``results`` (``(DocResult, stage)`` of each
    document, in order) checked, kept, validated, checked for conflicts, written, said."""
    from kg.graph.facade import KnowledgeGraph
    from kg.rdf.quads import FAST_FORMATS, DocumentGraphs, check_terms

    # N-Quads / N-Triples without a summary: the documents' triples straight to the writer,
    # no rdflib Dataset (the same bytes, kg.rdf.quads); a Dataset only when one is needed
    fast = DocumentGraphs() if fmt in FAST_FORMATS and not (opts.summary and not opts.quiet) else None
    graph = KnowledgeGraph()
    n_ok = 0
    warnings: list[str] = []
    kept: list = []  # (result, triples) of the documents that landed, for the fallback validation
    for result, stage in results:
        if result.ok:
            try:  # the terms as the N-Triples writer checks them: an IRI no store takes fails here
                check_terms(result.triples)
            except Exception as exc:  # noqa: BLE001
                failures.append(Failure(result.document.name, failure_reason(exc), getattr(exc, "exit_code", 9),
                                        "serialize"))
                continue
            if fast is not None:
                fast.add(result.graph_name, result.triples)
                graph.results.append(result)
            else:
                graph.add(result)
            kept.append(result)
            warnings.extend(result.warnings)
            n_ok += 1
        else:
            e = result.error
            failures.append(Failure(e.source or result.document.name, e.message, e.exit_code, stage))
    elapsed = time.perf_counter() - started
    from kg.pipeline.nlp import paused_gc

    # the rest holds every document's triples and makes many more objects that live to the
    # end: a collection here would walk them all for nothing (one took 30 ms of 120 releases')
    with paused_gc(freeze=False):
        return _memory_build_end(graph, fast, kept, warnings, n_ok, opts, out, err, failures, fmt, elapsed)


def _memory_build_end(graph, fast, kept: list, warnings: list[str], n_ok: int, opts: BuildOptions, out: Console,
                      err: Console, failures: list[Failure], fmt: str, elapsed: float) -> int:
    """The in-memory build after its documents: validated, checked for conflicts, written, said."""
    total = n_ok + len(failures)
    if total == 0:
        raise BadInput("no input documents found")
    conforms = True
    n_violations = 0
    report_text = None
    if fast is not None and n_ok and fast.possible_conflicts():
        fast = _fill_dataset(graph, fast)  # documents that may disagree: kg.graph.conflicts, on a Dataset
    if opts.validate and n_ok:
        try:
            report = fast.validate() if fast is not None else None
            if report is None:  # shapes outside the compiled subset (or no fast path): on the Dataset
                fast = _fill_dataset(graph, fast)
                report = graph.validate(engine="compiled")  # same verdicts as pySHACL, ~8x faster
            conforms, n_violations = report.conforms, len(report.results)
            report_text = None if conforms else report.text()
        except Exception:  # noqa: BLE001 - validate document by document; drop those that cannot be
            from kg.corpus.parallel import validate_triples

            fast = _fill_dataset(graph, fast)

            conforms, results, broken = validate_triples([r.triples for r in kept])
            for i, exc in broken:
                r = kept[i]
                graph.dataset.remove_graph(graph.dataset.graph(r.graph_name))
                failures.append(Failure(r.document.name, failure_reason(exc), getattr(exc, "exit_code", 9), "validate"))
                n_ok -= 1
            n_violations = len(results)
            if not conforms:
                report_text = _violations_text(results, n_violations)
    write_error_log(opts.error_log, failures)
    _print_failures(failures, opts, err)
    _print_warnings(warnings, opts, err)
    if fast is None:
        from kg.graph.conflicts import record_conflicts
        from kg.graph.summary import print_conflicts

        conflicts = record_conflicts(graph.dataset)  # documents that disagree: in the graph, and said
        if not opts.quiet:
            print_conflicts(conflicts, err)
    else:
        fast.close()  # no conflicts (possible_conflicts); the Dataset's search would list its graphs
    if n_ok == 0:
        return failures[0].exit_code if total == 1 else _batch_failed(failures, n_ok, 0, opts, err)
    if report_text is not None:
        err.print(escape(report_text), highlight=False)
    try:
        from kg.graph.export import serialize

        if fast is not None and opts.output:  # the bytes of the file, never decoded to text first
            data = fast.serialize_bytes(fmt)
            opts.output.parent.mkdir(parents=True, exist_ok=True)
            _write_bytes(opts.output, data)
        elif opts.output:
            opts.output.parent.mkdir(parents=True, exist_ok=True)
            serialize(graph.dataset, fmt, opts.output)
        else:
            import sys

            text = fast.serialize(fmt) if fast is not None else None
            sys.stdout.write(text if text is not None else serialize(graph.dataset, fmt) or "")
    except OSError as exc:
        raise BadInput(f"cannot write: {exc.strerror or exc}", source=str(opts.output or "-")) from None
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
            _counts_line(n_ok, len(failures), 0)
            + f" → {len(fast if fast is not None else graph.dataset):,} triples in {elapsed:.2f} s"
            + (f" → {opts.output}" if opts.output else "")
            + ("" if conforms or not opts.validate else " [yellow](does not conform to the shapes)[/yellow]"),
            highlight=False,
        )
    if opts.strict and not conforms:
        return 1
    if failures:
        return failures[0].exit_code if total == 1 else _batch_failed(failures, n_ok, 0, opts, err)
    return 0


def _write_bytes(destination: Path, data: bytes) -> None:
    """:func:`kg.graph.export.write_text` for bytes already encoded: the same file, the same
    :class:`BadInput` for a path that cannot be written."""
    try:
        Path(destination).write_bytes(data)
    except OSError as err:
        raise BadInput(f"cannot write: {err.strerror or err}", source=str(destination)) from None


def _fill_dataset(graph, fast) -> None:
    """The slow path after all: the documents kept so far into ``graph``'s Dataset, in the
    order they came (what the build would have done from the start). Returns None."""
    if fast is not None:
        ds = graph.dataset
        for name, triples in fast.added():  # as kg.graph.facade.add_result does
            g = ds.graph(name)
            g.addN((s, p, o, g) for s, p, o in triples)
    return None


def _counts_line(landed: int, failed: int, skipped: int) -> str:
    """"3 of 7 documents landed, 4 failed, 2 skipped (already built; --force rebuilds)"."""
    line = f"{landed} of {landed + failed} documents landed, {failed} failed"
    if skipped:
        line += f", {skipped} skipped (already built; --force rebuilds)"
    return line


def _batch_failed(failures: list[Failure], landed: int, skipped: int, opts: BuildOptions, err: Console) -> int:
    """Exit 6, said with the counts."""
    if not opts.quiet:
        err.print(f"[red]some documents failed:[/red] {len(failures)} of {landed + len(failures)} "
                  f"({landed} landed{f', {skipped} skipped' if skipped else ''})"
                  + (f"; the list is in {escape(str(opts.error_log))}" if opts.error_log
                     else "; --error-log FILE lists them"), highlight=False)
    return 6


def _violations_text(results: list, n_violations: int) -> str:
    from rdflib import Graph

    from kg.graph.validate import ValidationReport

    shown = results[:1000]
    text = ValidationReport(conforms=False, results=shown, graph=Graph()).text()
    if n_violations > len(shown):
        text += f"\n({n_violations} problems in all; the first {len(shown)} are shown)"
    return text


def _progress(results, opts: BuildOptions, err: Console, failures: list[Failure]):
    """Wrap the result stream in a rich progress bar: documents done of how many (when
    cheap to count, :func:`kg.corpus.progress.count_inputs`), documents/s."""
    if opts.quiet or not err.is_terminal:
        yield from results
        return
    from kg.corpus.progress import BuildProgress, count_inputs

    with BuildProgress(err, count_inputs(opts.inputs)) as bar:
        later = 0  # failures the caller added for results already given (not read failures)
        for n, r in enumerate(results, 1):
            bar.update(n + len(failures) - later)
            before = len(failures)
            yield r
            later += len(failures) - before


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
    t_write_cpu: float = 0.0  # the writer thread's CPU seconds in them
    t_wait_writer: float = 0.0  # main thread blocked on a full writer queue / final drain
    elapsed: float = 0.0
    unavailable: Unavailable | None = None  # the store or server stopped answering
    not_attempted: list = None  # names of the documents never written because of it
    warnings: list = field(default_factory=list)  # the first MAX_WARNINGS_KEPT of the documents built
    n_warnings: int = 0


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


class _Lookahead:
    """An iterator over ``items`` that reads up to ``n`` items ahead, so that it knows
    (:attr:`ended`) once at most ``n`` are left (:meth:`__len__`: how many are held).
    When ``items`` raises, the items read before are given first, then the exception
    (where it would have come without the look-ahead)."""

    def __init__(self, items, n: int) -> None:
        from collections import deque

        self.it, self.n, self.held, self.ended = iter(items), n, deque(), False
        self.error: BaseException | None = None

    def __iter__(self):
        return self

    def __next__(self):
        while not self.ended and len(self.held) <= self.n:
            try:
                self.held.append(next(self.it))
            except StopIteration:
                self.ended = True
            except Exception as exc:  # noqa: BLE001 - raised again after the items read before it
                self.error, self.ended = exc, True
        if not self.held:
            if self.error is not None:
                exc, self.error = self.error, None
                raise exc
            raise StopIteration
        return self.held.popleft()

    def __len__(self) -> int:
        return len(self.held)


def _store_load_docs(opts: BuildOptions, store, endpoint) -> int:
    """How many documents the writer gathers before a store write: :data:`STORE_LOAD_DOCS`
    (fewer, larger bulk loads: less CPU for RocksDB's compactions) when the build writes
    to a store alone with a ``--batch-size`` of at least the default (64). A smaller batch
    size asks for small, frequent writes (what a killed build loses is one chunk), and an
    endpoint gets each chunk as it comes: those write each chunk (with those queued
    behind a busy writer)."""
    if store is None or endpoint is not None or opts.batch_size < 64:
        return 1
    return max(STORE_LOAD_DOCS, opts.batch_size)


def build_corpus(opts: BuildOptions, failures: list[Failure], *, store=None, endpoint=None,
                 progress=None, on_chunk=None) -> BuildStats:
    """The corpus path without any printing: stream, skip, process, validate, write.

    ``store`` (a ``pyoxigraph.Store``) and ``endpoint`` (:class:`kg.corpus.endpoint.Endpoint`) are
    the targets (either may be None). Failures are appended to ``failures``; ``n_ok``
    counts the documents written. When a target stops answering, ``stats.unavailable``
    says why and ``stats.not_attempted`` names every document not written (in flight,
    queued, or not yet read: the rest of the input is read, not built, to name them).
    """
    from kg.corpus.parallel import balanced_chunks, chunked, run_chunks
    from kg.corpus.store import DOC_GRAPH_PREFIX, stored_document_ids

    stats = BuildStats(violations=[], not_attempted=[])
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
        from kg.pipeline.nlp import load_nlp, paused_gc

        with paused_gc():  # tuned after (kg.corpus.parallel._prepare_process)
            nlp = load_nlp()
    docs = _new_documents(read_isolated(opts.inputs, opts.published, failures), known, opts.force, stats)
    gather = _store_load_docs(opts, store, endpoint)
    # a writer that gathers is told when the last documents are near (read ahead to know),
    # so that what it gathered is written while they are parsed, not after them
    near = opts.batch_size * max(1, opts.jobs)  # documents of the chunks in flight at the end
    if gather > 1:
        docs = _Lookahead(docs, near)
    entered: dict[str, str] = {}  # id -> name of documents being built (in a worker, say)

    def entering(stream):
        for d in stream:
            entered[d.id] = d.name
            yield d

    balanced = gather > 1 and opts.jobs > 1
    if balanced:  # the end of the feed in smaller chunks: the workers end together
        stream = balanced_chunks(entering(docs), opts.batch_size, opts.jobs,
                                 lambda: len(docs) if docs.ended else None)
    else:
        stream = chunked(entering(docs), opts.batch_size)
    chunks = run_chunks(stream, jobs=opts.jobs, extractors=extractors, validate=opts.validate, nlp=nlp)
    writer = None  # started with the first result: worker processes are forked before any thread
    hurried = gather <= 1  # Writer.hurry() called (or no need)
    n_built = 0
    # the small chunks of a balanced end, joined to a batch's worth before they are queued:
    # the writer's queue holds two items, and a main thread blocked on it submits no work
    held: list = []
    try:
        for chunk in chunks:
            if writer is None and (store is not None or endpoint is not None):
                writer = Writer(store, endpoint, opts.force, min_docs=gather)
            batch = []
            for o in chunk.outcomes:
                entered.pop(o.doc_id, None)
                if o.ok:
                    n_built += 1
                    stats.n_triples += o.n_triples
                    stats.n_warnings += len(o.warnings)
                    stats.warnings.extend(o.warnings[:MAX_WARNINGS_KEPT - len(stats.warnings)])
                    batch.append((o.graph, o.nt, o.name))
                else:
                    stats.n_failed += 1
                    failures.append(Failure(o.name, o.error, o.exit_code, o.stage or "internal"))
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
                if writer.unavailable is not None:
                    stats.not_attempted.extend(name for _, _, name in held + batch)
                    held = []
                    break
                if balanced:
                    held.extend(batch)
                    if len(held) >= opts.batch_size or (docs.ended and not len(docs) and not entered):
                        batch, held = held, []
                    else:
                        batch = []
                if batch:
                    stats.t_wait_writer += writer.put(batch)
            if writer is not None and not hurried and docs.ended and len(docs) + len(entered) <= near:
                if held:  # in the load the writer starts now
                    stats.t_wait_writer += writer.put(held)
                    held = []
                stats.t_wait_writer += writer.hurry()
                hurried = True
            if on_chunk is not None:
                on_chunk(chunk)
            if progress is not None:
                progress(n_built + len(failures) + stats.n_skipped)
            if writer is not None and writer.unavailable is not None:
                break
    finally:
        chunks.close()  # a pool of workers is shut down
        if writer is not None:
            if held:  # built, not queued yet: written, or not attempted when the target is gone
                if writer.unavailable is None:
                    stats.t_wait_writer += writer.put(held)
                else:
                    stats.not_attempted.extend(name for _, _, name in held)
            stats.t_wait_writer += writer.close()
            stats.t_write, stats.t_write_cpu = writer.busy, writer.busy_cpu
    if writer is None:
        stats.n_ok = n_built
    else:
        stats.n_ok = writer.landed
        failures.extend(writer.failures)
        stats.n_failed += len(writer.failures)
        if writer.unavailable is not None:
            stats.unavailable = writer.unavailable
            stats.not_attempted = writer.unwritten + stats.not_attempted + list(entered.values())
            stats.not_attempted.extend(d.name for d in docs)  # the rest of the input, read only
    stats.elapsed = time.perf_counter() - started
    return stats


def run_corpus_build(opts: BuildOptions, out: Console, err: Console, failures: list[Failure] | None = None) -> int:
    """``kg build`` with ``--store``, ``--endpoint`` or ``--jobs N``."""
    import sys

    failures = [] if failures is None else failures
    fmt = _output_format(opts)
    store = None
    if opts.store is not None:
        from kg.corpus.store import StoreError, open_store
        from kg.errors import StoreBusy

        try:
            store = open_store(opts.store)
        except StoreBusy as exc:  # a reader or another writer holds it: exit 8, and how to resume
            raise StoreBusy(exc.message + "; run the same command again once it is free",
                            source=exc.source) from None
        except StoreError as exc:
            if "lock" not in exc.message.lower():
                raise
            # another process holds the store: unavailable (exit 8), not bad input
            raise Unavailable(exc.message + "; run the same command again once it is free",
                              source=exc.source) from None
    elif opts.endpoint is None:
        import pyoxigraph as ox

        store = ox.Store()  # --jobs N alone: an in-memory Oxigraph store, written out below
    endpoint = None
    if opts.endpoint:
        from kg.corpus.endpoint import Endpoint

        endpoint = Endpoint.from_url(opts.endpoint, user=opts.endpoint_user, password=opts.endpoint_password)
    with _corpus_progress(opts, err) as progress:
        stats = build_corpus(opts, failures, store=store, endpoint=endpoint, progress=progress)
    if stats.unavailable is not None:
        return _unavailable(stats, failures, opts, err)
    if store is not None:
        from kg.corpus.store import record_store_conflicts
        from kg.graph.summary import print_conflicts

        conflicts = record_store_conflicts(store)  # documents that disagree: in the store, and said
        if not opts.quiet:
            print_conflicts(conflicts, err)
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
    write_error_log(opts.error_log, failures)
    _print_failures(failures, opts, err)
    _print_warnings(stats.warnings, opts, err, total=stats.n_warnings)
    if opts.validate and not stats.conforms:
        err.print(escape(_violations_text(stats.violations, stats.n_violations)), highlight=False)
    if store is not None and (opts.output or opts.store is None):
        try:
            _write_store_output(store, fmt, opts.output, sys.stdout)
        except OSError as exc:
            raise BadInput(f"cannot write: {exc.strerror or exc}", source=str(opts.output or "-")) from None
    from kg.corpus.endpoint import redact

    if not opts.quiet and total == 0:
        where = ", ".join(str(x) for x in (opts.store, opts.endpoint and redact(opts.endpoint)) if x)
        err.print(f"nothing new: {stats.n_skipped:,} skipped, already in {where} "
                  "(same content; --force rebuilds them)", highlight=False)
    elif not opts.quiet:
        rate = stats.n_ok / stats.elapsed if stats.elapsed else 0.0
        where = ", ".join(str(x) for x in (opts.store, opts.endpoint and redact(opts.endpoint), opts.output) if x)
        err.print(
            _counts_line(stats.n_ok, len(failures), stats.n_skipped)
            + f" → {stats.n_triples:,} triples in {stats.elapsed:.2f} s ({rate:.1f} docs/s)"
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
        return failures[0].exit_code if seen == 1 else _batch_failed(failures, stats.n_ok, stats.n_skipped, opts, err)
    return 0


def _unavailable(stats: BuildStats, failures: list[Failure], opts: BuildOptions, err: Console) -> int:
    """Exit 8: the target stopped answering. Says what landed, failed and was not
    attempted, lists the last two in the error log, and how to resume."""
    reason = f"not attempted: {stats.unavailable.message}"
    missed = [Failure(name, reason, Unavailable.exit_code, "not attempted") for name in stats.not_attempted]
    write_error_log(opts.error_log, failures + missed)
    _print_failures(failures, opts, err)
    err.print(f"[red]error:[/red] {escape(stats.unavailable.message)}", highlight=False)
    err.print(f"{stats.n_ok} landed, {len(failures)} failed, {len(missed)} not attempted"
              + (f", {stats.n_skipped} skipped" if stats.n_skipped else "")
              + (f" (listed in {escape(str(opts.error_log))})" if opts.error_log else " (--error-log FILE lists them)")
              + "; run the same command again once it answers: documents already there are skipped",
              highlight=False)
    return Unavailable.exit_code


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
        err.print(f"[red]failed:[/red] {escape(f.source)} ({f.stage}): {escape(f.reason)}", highlight=False)
    if len(failures) > 20:
        err.print(f"... and {len(failures) - 20} more failures" + (f" (see {opts.error_log})" if opts.error_log else ""))


MAX_WARNINGS_KEPT = 20  # warnings printed; the rest are counted


def _print_warnings(warnings: list[str], opts: BuildOptions, err: Console, total: int | None = None) -> None:
    if opts.quiet:
        return
    total = len(warnings) if total is None else total
    for w in warnings[:MAX_WARNINGS_KEPT]:
        err.print(f"[yellow]warning:[/yellow] {escape(w)}", highlight=False)
    if total > MAX_WARNINGS_KEPT:
        err.print(f"... and {total - MAX_WARNINGS_KEPT} more warnings", highlight=False)


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
