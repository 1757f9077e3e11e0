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
from kg.pipeline.nlp import tune_gc

__all__ = ["ChunkResult", "DocOutcome", "chunked", "process_chunk", "run_chunks"]

MAX_VIOLATIONS_KEPT = 200  # per chunk; the summary shows a few examples anyway


@dataclass
class DocOutcome:
    """One document of a chunk: its graph as N-Triples, or why it failed."""

    doc_id: str
    name: str
    graph: str
    nt: bytes | None = None
    n_triples: int = 0
    error: str | None = None
    exit_code: int = 0

    @property
    def ok(self) -> bool:
        return self.error is None


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
    """Parse, extract, map, validate and serialize a chunk of documents (never raises for
    a bad document: its error is in its :class:`DocOutcome`)."""
    from rdflib import Graph

    from kg.corpus.store import document_graph, ntriples
    from kg.pipeline.nlp import load_nlp
    from kg.pipeline.run import extract_one

    cpu0 = time.process_time()
    nlp = nlp or load_nlp()
    result = ChunkResult(outcomes=[])
    kept = []
    pipe = nlp.pipe(((d.text, d) for d in documents), as_tuples=True, batch_size=len(documents) or 1)
    while True:
        t0 = time.perf_counter()
        try:
            doc, document = next(pipe)
        except StopIteration:
            result.t_parse += time.perf_counter() - t0
            break
        t1 = time.perf_counter()
        r = extract_one(doc, document, extractors)
        t2 = time.perf_counter()
        result.t_parse += t1 - t0
        result.t_extract += t2 - t1
        out = DocOutcome(document.id, document.name, document_graph(document.id))
        if r.ok:
            out.n_triples = len(r.triples)
            kept.append((out, r.triples))
        else:
            out.error, out.exit_code = r.error.message, r.error.exit_code
        result.outcomes.append(out)
    if validate and kept:
        from kg.graph.compiled_shacl import compiled_shapes, validate_documents
        from kg.graph.validate import ViolationRecord
        from kg.graph.validate import validate as run_validate

        t0 = time.perf_counter()
        compiled = compiled_shapes()
        if compiled is not None:  # the shapes compiled to plain checks: same verdicts, ~8x faster
            found = validate_documents(compiled, [triples for _, triples in kept])  # each document's claims
            results = [ViolationRecord(v.focus, v.path, v.value, v.severity, v.message, v.shape, v.component)
                       for v in found]
            conforms = not results
        else:  # shapes outside the compiled subset: the reference engine
            _speed_up_pyshacl()
            g = Graph()
            add = g.add
            for _, triples in kept:
                for t in triples:
                    add(t)
            report = run_validate(g)
            results, conforms = report.results, report.conforms
        result.t_validate = time.perf_counter() - t0
        result.conforms = conforms
        result.n_violations = len(results)
        result.violations = results[:MAX_VIOLATIONS_KEPT]
    t0 = time.perf_counter()
    for out, triples in kept:
        out.nt = ntriples(triples)
    result.t_serialize = time.perf_counter() - t0
    result.cpu = time.process_time() - cpu0
    return result


# --------------------------------------------------------------------------- pool

_WORKER: dict = {}


def _prepare_process(validate: bool, nlp=None) -> None:
    """What every process that builds needs, loaded once: the model, the compiled shapes,
    then the garbage collector tuned around them (:func:`kg.pipeline.nlp.tune_gc`)."""
    if nlp is None:
        from kg.pipeline.nlp import load_nlp

        load_nlp()
    if validate:
        from kg.graph.compiled_shacl import compiled_shapes

        compiled_shapes()
    tune_gc()


def _init_worker(extractors: tuple[str, ...], validate: bool) -> None:
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
        for chunk in chunks:
            yield process_chunk(chunk, extractors, validate, nlp=nlp)
        return
    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor

    if "fork" in mp.get_all_start_methods():
        _prepare_process(validate)
        ctx = mp.get_context("fork")
    else:  # pragma: no cover - macOS/Windows
        ctx = mp.get_context("spawn")
    with ProcessPoolExecutor(max_workers=jobs, mp_context=ctx, initializer=_init_worker,
                             initargs=(tuple(extractors), validate)) as pool:
        pending: deque = deque()
        it = iter(chunks)
        for chunk in islice(it, 2 * jobs):
            pending.append(pool.submit(_work, chunk))
        while pending:
            result = pending.popleft().result()
            nxt = next(it, None)
            if nxt is not None:
                pending.append(pool.submit(_work, nxt))
            yield result
