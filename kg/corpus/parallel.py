"""Chunks of documents through parse -> extract -> map -> validate -> N-Triples, in this
process or in a pool of worker processes (``kg build --jobs N``).

The unit of work is a *chunk* (``--batch-size`` documents). :func:`process_chunk` parses
it with ``nlp.pipe``, runs the extractors and the mapper on each document, validates the
union of the chunk's graphs against the shapes in one call (the compiled engine of
:mod:`kg.graph.compiled_shacl`, pySHACL when the shapes leave its subset), and serializes
each document's triples as N-Triples bytes (pyoxigraph's writer). What crosses a process
boundary is therefore small and cheap to pickle: bytes, short strings, a few violation
records. The spaCy model and the shapes are loaded once per process (``lru_cache``).

:func:`run_chunks` yields :class:`ChunkResult` in input order, keeping at most
``2 x jobs`` chunks in flight so memory stays flat however long the input is.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice

from kg.extract import DEFAULT_EXTRACTORS
from kg.pipeline.document import Document
from kg.corpus.isolation import failure_reason
from kg.pipeline.nlp import tune_gc
from kg.normalize.spaces import for_parsing

__all__ = ["ChunkResult", "DocOutcome", "balanced_chunks", "chunked", "failure_reason", "process_chunk",
           "run_chunks"]

MAX_VIOLATIONS_KEPT = 200  # per chunk; the summary shows a few examples anyway


@dataclass
class DocOutcome:
    """One document of a chunk: its graph as N-Triples, or why it failed (and at which
    stage: parse, extract, map, serialize, validate)."""

    doc_id: str
    name: str
    graph: str
    nt: bytes | None = None
    n_triples: int = 0
    error: str | None = None
    exit_code: int = 0
    stage: str = ""
    warnings: tuple[str, ...] = ()  # what reading and mapping noticed (a lost date, say)

    @property
    def ok(self) -> bool:
        return self.error is None

    def fail(self, stage: str, error: BaseException) -> None:
        self.stage, self.nt, self.n_triples = stage, None, 0
        self.error, self.exit_code = failure_reason(error), getattr(error, "exit_code", 9)


@dataclass
class ChunkResult:
    outcomes: list[DocOutcome]
    conforms: bool = True
    n_violations: int = 0
    violations: list = field(default_factory=list)  # kg.graph.validate.ViolationRecord, capped
    t_parse: float = 0.0  # seconds in nlp.pipe
    t_extract: float = 0.0  # extractors + mapper
    t_validate: float = 0.0  # SHACL (compiled engine, or pySHACL with its graph building)
    t_serialize: float = 0.0  # N-Triples
    cpu: float = 0.0  # process CPU seconds spent on this chunk (all of the above)


def chunked(items: Iterable, size: int) -> Iterator[list]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


#: the smallest chunk :func:`balanced_chunks` cuts the end of a feed into (a parse of fewer
#: documents pays spaCy's per-batch steps for too few)
MIN_TAIL_CHUNK = 16


def balanced_chunks(items: Iterable, size: int, jobs: int, remaining) -> Iterator[list]:
    """:func:`chunked` for ``jobs`` worker processes, with the end of the feed cut finer.

    Chunks go to whichever worker is free, so a build of ``jobs`` workers ends when its
    last chunk does: with whole chunks of ``size`` the other workers idle while it runs
    (300 releases in chunks of 64 on two workers: one parses 172 while the other parses
    128, a seventh of the build's wall time lost). ``remaining()`` is how many items are
    left once the end of the input is known (None before: :class:`kg.corpus.batch._Lookahead`
    tells it, from the documents it holds); from then on each chunk is about a
    ``2 x jobs``-th of what is left (never below :data:`MIN_TAIL_CHUNK` nor above
    ``size``), so the workers run out of work together. The chunk sizes change nothing
    else: each document is parsed, extracted, validated and written as in any chunk."""
    it = iter(items)
    while True:
        left = remaining()
        n = size if left is None else max(MIN_TAIL_CHUNK, min(size, -(-left // (2 * jobs))))
        chunk = list(islice(it, n))
        if not chunk:
            return
        yield chunk


# --------------------------------------------------------------------------- isolation


def parse_isolated(nlp, documents: Iterable[Document], batch_size: int,
                   timings: dict[str, float] | None = None) -> Iterator[tuple[Document, object]]:
    """``(document, spaCy Doc or the exception that stopped its parse)`` for each document,
    in order.

    Documents go through ``nlp.pipe`` in batches. When the pipe raises (a text spaCy will
    not take: longer than ``nlp.max_length``, a tokenizer bug), it is dead, and the
    documents it had taken but not yet given back are parsed one at a time, so only the one
    that fails again fails; the rest of the stream goes on through a new pipe. A release
    too long for one parse (:func:`_segment_limit`) is parsed on its own, in segments.
    ``batch_size`` is capped at :data:`kg.pipeline.nlp.PARSE_BATCH` (the same Docs, cheaper).
    When ``documents`` itself raises, the documents it gave before are still yielded, and
    then its exception is raised (it used to end the stream as if the input were done)."""
    it = iter(documents)
    taken: deque = deque()  # documents handed to the pipe, not yet given back
    limit = _segment_limit()
    input_error: list[Exception] = []  # what the caller's iterator raised, re-raised at the end

    def feed():
        while True:
            try:
                d = next(it)
            except StopIteration:
                return
            except Exception as err:  # noqa: BLE001 - the input's fault, not the pipe's: the
                input_error.append(err)  # documents taken so far are parsed, then it is raised
                return
            taken.append(d)
            yield ("" if _is_long(d.text, limit) else for_parsing(d.text)), d  # a long one: parsed alone below

    from kg.pipeline.nlp import PARSE_BATCH

    timings = timings if timings is not None else {}
    timings.setdefault("parse", 0.0)
    while True:
        pipe = nlp.pipe(feed(), as_tuples=True, batch_size=max(1, min(batch_size, PARSE_BATCH)))
        try:
            while True:
                t0 = time.perf_counter()
                try:
                    doc, document = next(pipe)
                finally:
                    timings["parse"] += time.perf_counter() - t0
                taken.popleft()
                if _is_long(document.text, limit):  # went through the pipe as "": parse it now
                    t0 = time.perf_counter()
                    try:
                        doc = _parse_alone(nlp, document.text, limit)
                    except Exception as err:  # noqa: BLE001
                        doc = err
                    timings["parse"] += time.perf_counter() - t0
                yield document, doc
        except StopIteration:
            if input_error:
                raise input_error[0]
            return
        except Exception:  # noqa: BLE001 - one document's parse must not stop the others
            while taken:
                document = taken.popleft()
                t0 = time.perf_counter()
                try:
                    doc = _parse_alone(nlp, document.text, limit)
                except Exception as err:  # noqa: BLE001
                    doc = err
                timings["parse"] += time.perf_counter() - t0
                yield document, doc


def _segment_limit() -> int | None:
    """The length above which :mod:`kg.pipeline.nlp` parses a release in segments
    (``SEGMENT_CHARS``, with ``parse_segmented``), or None where it does not."""
    from kg.pipeline import nlp as nlp_module

    if getattr(nlp_module, "parse_segmented", None) is None:
        return None
    return getattr(nlp_module, "SEGMENT_CHARS", None)


def _is_long(text: str, limit: int | None) -> bool:
    return limit is not None and len(text) > limit


def _parse_alone(nlp, text: str, limit: int | None):
    """One text on its own: in segments when it is long (and segments are available)."""
    text = for_parsing(text)  # (odd spaces plain, same offsets: what every parse reads)
    if _is_long(text, limit):
        from kg.pipeline.nlp import parse_segmented

        return parse_segmented(nlp, text)
    return nlp(text)


def extract_and_map(doc, document: Document, extractors: tuple[str, ...] = DEFAULT_EXTRACTORS):
    """Extract and map one parsed document: ``(DocResult, stage)``, where ``stage`` names
    where it failed (``extract`` or ``map``; "" when it did not). Never raises."""
    from kg.errors import KGError, NoEventFound
    from kg.extract import run_extractors
    from kg.pipeline import run
    from kg.rdf.mapper import map_document

    def failed(err: BaseException, stage: str):
        if not isinstance(err, KGError):
            err = KGError(failure_reason(err), source=document.name)
        err.source = err.source or document.name
        return run.DocResult(document, error=err), stage

    try:
        extraction = run_extractors(doc, document, extractors)
        if not extraction.events:
            raise NoEventFound("no event found in the text (no conference, expo, forum, fair, ... is named)",
                               source=document.name)
    except Exception as err:  # noqa: BLE001 - a bug must not lose the rest of a batch
        return failed(err, "extract")
    try:
        triples = map_document(document, extraction)
    except Exception as err:  # noqa: BLE001
        return failed(err, "map")
    try:
        warnings = run._warnings(document, extraction)
    except Exception:  # noqa: BLE001 - a warning that cannot be worked out is not a failure
        warnings = ()
    return run.DocResult(document, extraction, triples, warnings=warnings), ""


def build_isolated(documents: Iterable[Document], extractors: tuple[str, ...], nlp, batch_size: int,
                   timings: dict[str, float] | None = None):
    """``(DocResult, stage)`` for each document, in order: parse, extract, map, each
    document on its own (see :func:`parse_isolated`, :func:`extract_and_map`)."""
    from kg.errors import KGError
    from kg.pipeline.run import DocResult

    timings = timings if timings is not None else {}
    for document, doc in parse_isolated(nlp, documents, batch_size, timings):
        if isinstance(doc, BaseException):
            yield DocResult(document, error=KGError(failure_reason(doc), source=document.name)), "parse"
            continue
        t0 = time.perf_counter()
        result = extract_and_map(doc, document, extractors)
        timings["extract"] = timings.get("extract", 0.0) + time.perf_counter() - t0
        yield result


def validate_triples(groups: list[list]) -> tuple[bool, list, list[tuple[int, BaseException]]]:
    """Validate the union of ``groups`` (each one document's triples) in one call:
    ``(conforms, violation records, [(index, error)])``. When the union cannot be validated
    (an engine's surprise), each document is validated alone and those that still raise are
    returned with their error (they fail at the stage ``validate``); the others keep their
    verdicts."""
    try:
        conforms, results = _validate_union(groups)
        return conforms, results, []
    except Exception:  # noqa: BLE001
        pass
    conforms, results, broken = True, [], []
    for i, triples in enumerate(groups):
        try:
            ok, found = _validate_union([triples])
        except Exception as err:  # noqa: BLE001
            broken.append((i, err))
            continue
        conforms &= ok
        results.extend(found)
    return conforms, results, broken


def _validate_union(groups: list[list]) -> tuple[bool, list]:
    from rdflib import Graph

    from kg.graph.compiled_shacl import compiled_shapes, validate_documents
    from kg.graph.validate import ViolationRecord
    from kg.graph.validate import validate as run_validate

    compiled = compiled_shapes()
    if compiled is not None:  # the shapes compiled to plain checks: same verdicts, ~8x faster
        found = validate_documents(compiled, groups)  # each document's claims
        results = [ViolationRecord(v.focus, v.path, v.value, v.severity, v.message, v.shape, v.component)
                   for v in found]
        return not results, results
    _speed_up_pyshacl()  # shapes outside the compiled subset: the reference engine
    g = Graph()
    add = g.add
    for triples in groups:
        for t in triples:
            add(t)
    report = run_validate(g)
    return report.conforms, report.results


def _speed_up_pyshacl() -> None:
    """pySHACL looks each shape predicate up in a *list* of ~40 constraint parameters, once
    per shape per value node (1.4 M ``URIRef.__eq__`` calls for 64 releases). A frozenset
    gives the same answers; measured ~10% off validation time. No-op if pySHACL changes."""
    try:
        import pyshacl.shape as shape_mod
        from pyshacl.constraints import ALL_CONSTRAINT_PARAMETERS, CONSTRAINT_PARAMETERS_MAP
    except ImportError:  # pragma: no cover
        return
    current = getattr(shape_mod, "CONSTRAINT_PARAMS", None)
    if current is None or isinstance(current[0], list):
        shape_mod.CONSTRAINT_PARAMS = (frozenset(ALL_CONSTRAINT_PARAMETERS), CONSTRAINT_PARAMETERS_MAP)


def process_chunk(
    documents: list[Document],
    extractors: tuple[str, ...] = DEFAULT_EXTRACTORS,
    validate: bool = True,
    nlp=None,
) -> ChunkResult:
    """Parse, extract, map, serialize and validate a chunk of documents. Never raises for
    a bad document: whatever stops one (at any stage) is in its :class:`DocOutcome`, and
    the others go on."""
    from kg.pipeline.nlp import load_nlp

    nlp = nlp or load_nlp()
    timings: dict[str, float] = {"parse": 0.0, "extract": 0.0}
    return _finish(build_isolated(documents, extractors, nlp, len(documents) or 1, timings), timings, validate)


def _finish(results, timings: dict[str, float], validate: bool) -> ChunkResult:
    """A chunk's ``(DocResult, stage)`` stream to its :class:`ChunkResult`: N-Triples of
    each document, then the chunk validated."""
    from kg.corpus.store import document_graph, ntriples

    cpu0 = time.process_time()
    result = ChunkResult(outcomes=[])
    kept = []
    for r, stage in results:
        document = r.document
        out = DocOutcome(document.id, document.name, document_graph(document.id))
        result.outcomes.append(out)
        if not r.ok:
            out.stage, out.error, out.exit_code = stage, r.error.message, r.error.exit_code
            continue
        t0 = time.perf_counter()
        try:  # N-Triples now: a term the store would refuse fails this document alone
            out.nt = ntriples(r.triples)
            out.n_triples = len(r.triples)
            out.warnings = tuple(r.warnings)
            kept.append((out, r.triples))
        except Exception as err:  # noqa: BLE001
            out.fail("serialize", err)
        result.t_serialize += time.perf_counter() - t0
    result.t_parse, result.t_extract = timings["parse"], timings["extract"]
    if validate and kept:
        t0 = time.perf_counter()
        conforms, found, broken = validate_triples([triples for _, triples in kept])
        for i, err in broken:
            kept[i][0].fail("validate", err)
        result.t_validate = time.perf_counter() - t0
        result.conforms = conforms
        result.n_violations = len(found)
        result.violations = found[:MAX_VIOLATIONS_KEPT]
    result.cpu = time.process_time() - cpu0
    return result


# --------------------------------------------------------------------------- pool

_WORKER: dict = {}


def _prepare_process(validate: bool, nlp=None) -> None:
    """What every process that builds needs, loaded once: the model, the compiled shapes,
    then the garbage collector tuned around them (:func:`kg.pipeline.nlp.tune_gc`)."""
    from kg.pipeline.nlp import paused_gc

    with paused_gc():  # what loads here lives as long as the process: no collection walks it
        if nlp is None:
            from kg.pipeline.nlp import load_nlp

            load_nlp()
        if validate:
            from kg.graph.compiled_shacl import compiled_shapes

            compiled_shapes()
    tune_gc()


PARENT_POLL_SECONDS = 0.5  # how often a worker checks that the build that started it is alive


def exit_with_parent(parent_pid: int, interval: float = PARENT_POLL_SECONDS) -> None:
    """End this process as soon as ``parent_pid`` is no longer its parent (the build was
    killed, even with ``kill -9``): a daemon thread polls ``os.getppid()``, which works on
    every platform, where ``prctl(PR_SET_PDEATHSIG)`` is Linux-only and fires when the
    *thread* that forked exits. Without it, workers blocked on the task queue of a dead
    parent live on forever, holding the model's memory."""
    import os
    import threading

    def watch() -> None:
        while True:
            if os.getppid() != parent_pid:
                os._exit(1)
            time.sleep(interval)

    threading.Thread(target=watch, name="kg-parent-watch", daemon=True).start()


def _init_worker(extractors: tuple[str, ...], validate: bool, parent_pid: int | None = None) -> None:
    if parent_pid is not None:
        exit_with_parent(parent_pid)
    _WORKER.update(extractors=extractors, validate=validate)
    _prepare_process(validate)  # a no-op in a forked worker: inherited


def _work(documents: list[Document]) -> ChunkResult:
    return process_chunk(documents, _WORKER["extractors"], _WORKER["validate"])


def run_chunks(
    chunks: Iterable[list[Document]],
    *,
    jobs: int = 1,
    extractors: tuple[str, ...] = DEFAULT_EXTRACTORS,
    validate: bool = True,
    nlp=None,
) -> Iterator[ChunkResult]:
    """Results of :func:`process_chunk` for each chunk, in order; ``jobs > 1`` uses that
    many worker processes.

    Where the platform forks (Linux), the workers are forked from this process after it
    has loaded the model and the shapes, as spaCy's own ``nlp.pipe(n_process=N)`` does:
    they start at once and share those pages copy-on-write, instead of loading the model
    again each (about 1.5 s of both cores at the start of every build). All workers are
    forked on the first submit, before the caller starts any thread of its own (see
    :func:`kg.corpus.batch.build_corpus`). Elsewhere they are spawned and load it themselves."""
    if jobs <= 1:
        _prepare_process(validate, nlp)
        if overlap_allowed():  # KG_BUILD_OVERLAP=1: chunks parsed here, finished in a forked process
            yield from _overlapped_chunks(chunks, extractors, validate, nlp or _model())
            return
        for chunk in chunks:
            yield process_chunk(chunk, extractors, validate, nlp=nlp)
        return
    import multiprocessing as mp
    import os
    from concurrent.futures import ProcessPoolExecutor

    if "fork" in mp.get_all_start_methods():
        _prepare_process(validate)
        ctx = mp.get_context("fork")
    else:  # pragma: no cover - macOS/Windows
        ctx = mp.get_context("spawn")
    from concurrent.futures.process import BrokenProcessPool

    def new_pool() -> ProcessPoolExecutor:
        return ProcessPoolExecutor(max_workers=jobs, mp_context=ctx, initializer=_init_worker,
                                   initargs=(tuple(extractors), validate, os.getpid()))

    def alone(pool: ProcessPoolExecutor, chunk: list[Document]):
        """Run one chunk with nothing else in flight: if its worker dies, it is the cause."""
        try:
            return pool, pool.submit(_work, chunk).result()
        except BrokenProcessPool as err:
            pool.shutdown(wait=False, cancel_futures=True)
            return new_pool(), failed_chunk(chunk, "internal", err)
        except Exception as err:  # noqa: BLE001
            return pool, failed_chunk(chunk, "internal", err)

    pool = new_pool()
    try:
        pending: deque = deque()  # (chunk, future), in input order
        it = iter(chunks)
        for chunk in islice(it, 2 * jobs):
            pending.append((chunk, pool.submit(_work, chunk)))
        while pending:
            chunk, future = pending.popleft()
            try:
                result = future.result()
            except BrokenProcessPool:  # a worker died (killed, out of memory, a crash)
                # every chunk in flight is lost with the pool, and any of them may be the
                # cause: each goes again alone in a new pool, so only the one that kills a
                # worker by itself fails (its documents, with the reason)
                pool.shutdown(wait=False, cancel_futures=True)
                pool = new_pool()
                suspects = [chunk] + [c for c, _ in pending]
                pending.clear()
                for c in suspects:
                    pool, result = alone(pool, c)
                    yield result
                for c in islice(it, 2 * jobs):
                    pending.append((c, pool.submit(_work, c)))
                continue
            except Exception as err:  # noqa: BLE001 - e.g. a result that cannot be pickled
                result = failed_chunk(chunk, "internal", err)
            nxt = next(it, None)
            if nxt is not None:
                pending.append((nxt, pool.submit(_work, nxt)))
            yield result
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _model():
    from kg.pipeline.nlp import load_nlp

    return load_nlp()


def finish_chunk(documents: list[Document], parsed: list, extractors: tuple[str, ...] = DEFAULT_EXTRACTORS,
                 validate: bool = True, t_parse: float = 0.0, nlp=None) -> ChunkResult:
    """:func:`process_chunk` after the parse: ``parsed`` holds, for each document, its
    spaCy Doc as ``Doc.to_bytes`` or the reason its parse failed (a str)."""
    from spacy.tokens import Doc

    from kg.errors import KGError
    from kg.pipeline.run import DocResult

    vocab = (nlp or _model()).vocab

    def results():
        for document, item in zip(documents, parsed):
            if isinstance(item, str):
                yield DocResult(document, error=KGError(item, source=document.name)), "parse"
                continue
            t0 = time.perf_counter()
            doc = Doc(vocab).from_bytes(item)
            result = extract_and_map(doc, document, extractors)
            timings["extract"] += time.perf_counter() - t0
            yield result

    timings = {"parse": t_parse, "extract": 0.0}
    return _finish(results(), timings, validate)


def _parse_chunk(nlp, documents: list[Document]) -> tuple[list, float]:
    """The parse of a chunk, each Doc as bytes (or the reason its parse failed)."""
    timings: dict[str, float] = {"parse": 0.0}
    out = []
    for _document, doc in parse_isolated(nlp, documents, len(documents) or 1, timings):
        out.append(failure_reason(doc) if isinstance(doc, BaseException) else doc.to_bytes(exclude=["tensor"]))
    return out, timings["parse"]


def _finish_work(documents: list[Document], parsed: list, t_parse: float) -> ChunkResult:
    return finish_chunk(documents, parsed, _WORKER["extractors"], _WORKER["validate"], t_parse)


def _overlapped_chunks(chunks: Iterable[list[Document]], extractors: tuple[str, ...], validate: bool,
                       nlp) -> Iterator[ChunkResult]:
    """``run_chunks(jobs=1)`` on two cores: each chunk parsed here, then extracted, mapped,
    serialized and validated in one forked process while the next chunk is parsed; results
    in input order, at most two chunks in flight. A chunk whose finishing process dies is
    built again here, on its own (:func:`process_chunk`), and a new process forked."""
    import multiprocessing as mp
    import os
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    ctx = mp.get_context("fork")

    def new_pool() -> ProcessPoolExecutor:
        return ProcessPoolExecutor(max_workers=1, mp_context=ctx, initializer=_init_worker,
                                   initargs=(tuple(extractors), validate, os.getpid()))

    pool = new_pool()
    pending: deque = deque()  # (chunk, future)
    try:
        for chunk in chunks:
            cpu0 = time.process_time()
            parsed, t_parse = _parse_chunk(nlp, chunk)
            cpu = time.process_time() - cpu0
            pending.append((chunk, pool.submit(_finish_work, chunk, parsed, t_parse), cpu))
            while len(pending) > 1:
                result, pool = _collect(pending.popleft(), pool, new_pool, extractors, validate, nlp)
                yield result
        while pending:
            result, pool = _collect(pending.popleft(), pool, new_pool, extractors, validate, nlp)
            yield result
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _collect(item, pool, new_pool, extractors, validate, nlp):
    from concurrent.futures.process import BrokenProcessPool

    chunk, future, cpu = item
    try:
        result = future.result()
        result.cpu += cpu
        return result, pool
    except BrokenProcessPool:  # the finishing process died: this chunk again, here, alone
        pool.shutdown(wait=False, cancel_futures=True)
        return process_chunk(chunk, extractors, validate, nlp=nlp), new_pool()
    except Exception as err:  # noqa: BLE001 - e.g. a result that cannot be pickled
        return failed_chunk(chunk, "internal", err), pool


def failed_chunk(documents: list[Document], stage: str, error: BaseException) -> ChunkResult:
    """A chunk whose processing died as a whole (its worker process was killed): each of
    its documents fails with the reason."""
    from kg.corpus.store import document_graph

    from concurrent.futures.process import BrokenProcessPool

    reason = failure_reason(error)
    if isinstance(error, BrokenProcessPool):
        reason = ("internal error: the worker process building this document died (out of memory, "
                  "killed, or a crash in a library)")
    outcomes = [DocOutcome(d.id, d.name, document_graph(d.id), error=reason, exit_code=9, stage=stage)
                for d in documents]
    return ChunkResult(outcomes=outcomes)


# --------------------------------------------------------------------------- overlap (in-memory build)


def overlap_allowed() -> bool | None:
    """Whether a build may overlap its parse with the rest in a forked process: only when
    ``KG_BUILD_OVERLAP=1`` asks for it (and processes fork). Off by default: measured on
    the shared 2-core machine (load 6-9), it cost 10-13% more CPU (each Doc crosses as
    bytes, ~3 ms a release, and the two processes contend) and gave no wall time back; it
    can only pay where a core is idle (benchmarks/overlap_cpu.py measures it)."""
    import multiprocessing as mp
    import os

    if os.environ.get("KG_BUILD_OVERLAP", "") != "1" or "fork" not in mp.get_all_start_methods():
        return False
    return True


def overlap_wanted(inputs: list[str]) -> bool:
    """Whether an in-memory build overlaps its parse with the rest (:func:`run_overlapped`):
    when :func:`overlap_allowed`, for any input."""
    return bool(overlap_allowed())


def run_overlapped(nlp, read, failures: list, extractors: tuple[str, ...], batch_size: int, tail,
                   progress=None, validate: bool = True, consoles: tuple = ()) -> int:
    """Parse here while a forked process does everything after the parse: ``tail(results)``
    (extract, map, check, validate, write, report; what a one-process build does after
    :func:`build_isolated`), the releases coming in as serialized spaCy Docs.

    Where a second core is free, a feed could then take about its parse's time instead of
    its parse's plus ~25% for the rest (issue 13, row 2: ``kg build DIR -o all.nq``); it
    costs CPU, so it is on only when asked (:func:`overlap_allowed`). The forked process has the
    model (shared pages), the shapes and the lemmatizer as this one; each Doc crosses as
    ``Doc.to_bytes`` (without the tensor, which no extractor reads) and its Document as a
    pickle. What the reading stage appends to ``failures`` is sent along in order, so the
    log and the summary list failures as a one-process build does. What the forked
    process prints (to ``sys.stdout``, ``sys.stderr`` or one of ``consoles``, rich consoles
    ``tail`` prints to) comes back and is printed here, in order, to the same streams.
    Returns ``tail``'s exit code; what it raises is raised here."""
    import multiprocessing as mp

    from kg.errors import InternalError

    if validate:  # the compiled shapes made once, before the fork (shared)
        from kg.graph.compiled_shacl import compiled_shapes

        compiled_shapes()
    tune_gc()  # before the fork: the model's objects frozen in both processes
    ctx = mp.get_context("fork")
    here, there = ctx.Pipe()
    child = ctx.Process(target=_overlap_child, args=(there, here, nlp, extractors, tail, failures, consoles), name="kg-build-tail",
                        daemon=True)
    child.start()
    there.close()
    sent = len(failures)
    try:
        items = parse_isolated(nlp, read(), batch_size)
        if progress is not None:
            items = progress(items)
        for document, doc in items:
            if len(failures) > sent:  # read failures, in the order a one-process build lists them
                here.send(("failures", failures[sent:]))
                sent = len(failures)
            if isinstance(doc, BaseException):
                here.send(("parse-error", document, failure_reason(doc)))
            else:
                here.send(("doc", document, doc.to_bytes(exclude=["tensor"])))
        if len(failures) > sent:
            here.send(("failures", failures[sent:]))
        here.send(("end",))
        try:
            kind, value = here.recv()
        except EOFError:
            kind, value = "died", None
    except BrokenPipeError:
        kind, value = "died", None
    finally:  # closed first: a child still waiting for documents (the parse raised) sees EOF
        here.close()
        child.join()
    if kind in ("done", "raised"):
        value, printed = value
        _replay(printed, consoles)
        if kind == "done":
            return value
        raise value
    raise InternalError("internal error: the process building the graph after the parse died "
                        f"(exit code {child.exitcode}); KG_BUILD_OVERLAP=0 builds in one process")


def _overlap_child(conn, parent_end, nlp, extractors: tuple[str, ...], tail, failures: list,
                   consoles: tuple = ()) -> None:
    """The forked process: ``failures`` is its copy of the list ``tail`` reports."""
    import sys

    from spacy.tokens import Doc

    from kg.errors import KGError
    from kg.pipeline.run import DocResult

    parent_end.close()
    printed: list[tuple[int, str]] = []  # what the tail prints, for the parent to print (see _Captured)
    for k, console in enumerate(consoles):
        if getattr(console, "_file", None) is not None:  # a console with a file of its own
            console.file = _Captured(console.file, 3 + k, printed)
    sys.stdout, sys.stderr = _Captured(sys.stdout, 1, printed), _Captured(sys.stderr, 2, printed)

    def results():
        vocab = nlp.vocab
        while True:
            msg = conn.recv()
            kind = msg[0]
            if kind == "end":
                return
            if kind == "failures":
                failures.extend(msg[1])
                continue
            document = msg[1]
            if kind == "parse-error":
                yield DocResult(document, error=KGError(msg[2], source=document.name)), "parse"
                continue
            doc = Doc(vocab).from_bytes(msg[2])
            yield extract_and_map(doc, document, extractors)

    try:
        reply = ("done", (tail(results()), printed))
    except BaseException as exc:  # noqa: BLE001 - raised again in the parent
        reply = ("raised", (exc, printed))
    try:
        conn.send(reply)
    except Exception:  # noqa: BLE001 - an exception that cannot be pickled
        from kg.errors import InternalError

        reason = failure_reason(reply[1][0]) if reply[0] == "raised" else "internal error"
        conn.send(("raised", (InternalError(reason), printed)))
    conn.close()


class _Captured:
    """``sys.stdout`` / ``sys.stderr`` of the forked process: what is written goes, in
    order, to the parent, which writes it to its own streams (they may not be the file
    descriptors: a test runner's, say). ``isatty`` is the stream's, so rich styles as it
    would have."""

    def __init__(self, stream, fd: int, printed: list) -> None:
        self._tty = bool(getattr(stream, "isatty", lambda: False)())
        self._stream, self._fd, self._printed = stream, fd, printed
        self.encoding = getattr(stream, "encoding", "utf-8") or "utf-8"

    def fileno(self) -> int:  # rich asks a terminal's size through it
        return self._stream.fileno()

    def write(self, text: str) -> int:
        if text:
            self._printed.append((self._fd, text))
        return len(text)

    def flush(self) -> None:
        pass

    def isatty(self) -> bool:
        return self._tty


def _replay(printed: list[tuple[int, str]], consoles: tuple = ()) -> None:
    import sys

    for fd, text in printed:
        (sys.stdout if fd == 1 else sys.stderr if fd == 2 else consoles[fd - 3].file).write(text)
    for stream in {id(s): s for s in (sys.stdout, sys.stderr, *(c.file for c in consoles))}.values():
        try:
            stream.flush()
        except Exception:  # noqa: BLE001
            pass
