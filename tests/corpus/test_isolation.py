"""One bad document never stops a batch (issue 11): whatever fails for one document, at
any stage, becomes its entry (file, stage, reason) in the summary and the error log, and
every good document lands, in every mode (in memory ``-o``, ``--store``, ``--jobs 2``).

Two kinds of bad documents: the real inputs that once aborted a batch (``feeds.TRIGGERS``:
some may build now, with a warning; none may stop the others), and failures injected at
each stage (``inject``: a document whose text names "Boom<stage>" fails at that stage).
The endpoint and Dask modes are in ``test_isolation_endpoint.py`` and ``test_isolation_dask.py``.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pyoxigraph as ox
import pytest
from feeds import ALWAYS_BAD, TRIGGERS, good_release, write_feed
from rich.console import Console

from kg.corpus.batch import STAGES, BuildOptions, run_build
from kg.corpus.store import open_store, stored_document_ids

pytestmark = pytest.mark.slow

#: stage -> the name of the injected document that fails there
INJECTED = {stage: f"boom-{stage}.txt" for stage in ("read", "parse", "extract", "map", "serialize", "validate")}


def build(**kw) -> tuple[int, str]:
    err = io.StringIO()
    code = run_build(BuildOptions(**kw), Console(file=io.StringIO(), width=200), Console(file=err, width=200))
    return code, err.getvalue()


def log_entries(path: Path) -> dict[str, dict]:
    entries = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    by_name = {Path(e["file"]).name: e for e in entries}
    assert len(by_name) == len(entries)  # each failed document once
    for e in entries:
        assert e["stage"] in STAGES and e["reason"] and e["file"] == e["source"]
    return by_name


def boom_release(stage: str, i: int) -> str:
    """A good release, except that its event names the stage it is to fail at."""
    _, text = good_release(i)
    text = text.replace("Council", f"Boom{stage} Council")
    if stage == "parse":  # longer than the (lowered) spaCy max_length: spaCy itself refuses it
        text += "The delegates met again in the hall. " * 120
    return text


@pytest.fixture
def inject(monkeypatch, nlp):
    """Make each ``boom-<stage>.txt`` document fail at its stage, with a plain bug (not a
    kg error) in the code of that stage; the other documents are untouched."""
    import kg.corpus.inputs
    import kg.corpus.parallel
    import kg.corpus.store
    import kg.extract
    import kg.graph.facade
    import kg.pipeline.document
    import kg.rdf.mapper

    def raising_for(marker: str, real, text_of):
        def wrapper(*args, **kwargs):
            if marker in text_of(*args, **kwargs):
                raise RuntimeError(f"an injected {marker} failure")
            return real(*args, **kwargs)
        return wrapper

    for mod in (kg.corpus.inputs, kg.pipeline.document):
        monkeypatch.setattr(mod, "read_document", raising_for("boom-read", mod.read_document,
                                                              lambda path, **_: str(path)))
    monkeypatch.setattr(nlp, "max_length", 3000)  # spaCy raises for the long "Boomparse" release
    monkeypatch.setattr(kg.extract, "run_extractors", raising_for(
        "Boomextract", kg.extract.run_extractors, lambda doc, document, *a: document.text))
    monkeypatch.setattr(kg.rdf.mapper, "map_document", raising_for(
        "Boommap", kg.rdf.mapper.map_document, lambda document, *a: document.text))
    monkeypatch.setattr(kg.corpus.store, "ntriples", raising_for(
        "Boomserialize", kg.corpus.store.ntriples, lambda triples: " ".join(str(o) for _, _, o in triples)))
    monkeypatch.setattr(kg.corpus.parallel, "_validate_union", raising_for(
        "Boomvalidate", kg.corpus.parallel._validate_union,
        lambda groups: " ".join(str(o) for g in groups for _, _, o in g)))

    def no_whole_graph_validation(self, *a, **k):  # the in-memory build: the fallback validates each
        raise RuntimeError("an injected failure of the whole-graph validation")

    monkeypatch.setattr(kg.graph.facade.KnowledgeGraph, "validate", no_whole_graph_validation)
    # the in-memory build's N-Quads path checks terms and validates without a Dataset (kg.rdf.quads)
    import kg.rdf.quads

    monkeypatch.setattr(kg.rdf.quads, "check_terms", raising_for(
        "Boomserialize", kg.rdf.quads.check_terms, lambda triples: " ".join(str(o) for _, _, o in triples)))
    monkeypatch.setattr(kg.rdf.quads.DocumentGraphs, "validate", no_whole_graph_validation)


def write_injected(root: Path, n_good: int) -> list[str]:
    write_feed(root, n_good, triggers=False, always_bad=False)
    for k, (stage, name) in enumerate(INJECTED.items()):
        (root / name).write_text(boom_release(stage, 90 + k), encoding="utf-8")
    return [str(root)]


def assert_injected(code: int, err: str, log: Path, n_good: int) -> None:
    assert code == 6
    failed = log_entries(log)
    assert set(failed) == set(INJECTED.values())  # exactly the injected ones, never a good one
    for stage, name in INJECTED.items():
        assert failed[name]["stage"] == stage, failed[name]
        assert name in err
    assert "injected" in failed["boom-extract.txt"]["reason"]
    assert f"{n_good} of {n_good + len(INJECTED)} documents landed, {len(INJECTED)} failed" in err
    assert f"some documents failed: {len(INJECTED)} of {n_good + len(INJECTED)}" in err


def event_names_in_store(path: Path) -> set[str]:
    from kg.graph.query import run_query

    store = open_store(path, read_only=True)
    return {r["name"] for r in run_query(store, "SELECT ?name WHERE { ?e a schema:Event ; schema:name ?name }", limit=None)
            .to_records()}


def test_one_bad_document_at_any_stage_never_stops_the_store_build(tmp_path: Path, inject) -> None:
    inputs, log = write_injected(tmp_path / "feed", 12), tmp_path / "errors.jsonl"
    code, err = build(inputs=inputs, store=tmp_path / "store", error_log=log, batch_size=4)
    assert_injected(code, err, log, 12)
    assert len(stored_document_ids(open_store(tmp_path / "store", read_only=True))) == 12


def test_one_bad_document_at_any_stage_never_stops_the_in_memory_build(tmp_path: Path, inject) -> None:
    """In-memory mode once wrote nothing at all when one document raised."""
    inputs, log, out = write_injected(tmp_path / "feed", 12), tmp_path / "errors.jsonl", tmp_path / "g.nq"
    code, err = build(inputs=inputs, output=out, error_log=log, batch_size=4)
    assert_injected(code, err, log, 12)
    graphs = {q.graph_name.value for q in ox.parse(path=str(out), format=ox.RdfFormat.N_QUADS)}
    assert len(graphs) == 12


def test_one_bad_document_at_any_stage_never_stops_the_jobs_build(tmp_path: Path, inject) -> None:
    """--jobs 2: the failures happen in the worker processes (forked: the injections hold)."""
    inputs, log, out = write_injected(tmp_path / "feed", 12), tmp_path / "errors.jsonl", tmp_path / "g.nq"
    code, err = build(inputs=inputs, output=out, error_log=log, jobs=2, batch_size=3)
    assert_injected(code, err, log, 12)
    graphs = {q.graph_name.value for q in ox.parse(path=str(out), format=ox.RdfFormat.N_QUADS)}
    assert len(graphs) == 12


def test_a_store_that_refuses_one_document_keeps_the_others(tmp_path: Path, monkeypatch) -> None:
    """The write stage: the chunk's bulk load fails, the chunk is cleared and written one
    document at a time, and only the refused one fails."""
    import kg.corpus.store

    real = kg.corpus.store.load_documents

    def refuse_boom(store, docs, **kw):
        if any(b"Boomwrite" in nt for _, nt in docs):
            raise SyntaxError("an injected refusal of the store")
        return real(store, docs, **kw)

    monkeypatch.setattr(kg.corpus.store, "load_documents", refuse_boom)
    root = write_feed(tmp_path / "feed", 7, triggers=False, always_bad=False)
    (root / "boom-write.txt").write_text(boom_release("write", 95), encoding="utf-8")
    log = tmp_path / "errors.jsonl"
    code, err = build(inputs=[str(root)], store=tmp_path / "store", error_log=log, batch_size=4)
    assert code == 6
    failed = log_entries(log)
    assert list(failed) == ["boom-write.txt"] and failed["boom-write.txt"]["stage"] == "write"
    store = open_store(tmp_path / "store", read_only=True)
    assert len(stored_document_ids(store)) == 7
    assert not any("Boomwrite" in n for n in event_names_in_store(tmp_path / "store"))  # no partial graph


def test_a_store_that_stops_answering_is_exit_8_with_counts(tmp_path: Path, monkeypatch) -> None:
    import kg.corpus.store

    real, calls = kg.corpus.store.load_documents, []

    def disk_gone(store, docs, **kw):
        calls.append(len(docs))
        if len(calls) > 1:
            raise OSError(28, "No space left on device")
        return real(store, docs, **kw)

    monkeypatch.setattr(kg.corpus.store, "load_documents", disk_gone)
    root = write_feed(tmp_path / "feed", 10, triggers=False, always_bad=False)
    log = tmp_path / "errors.jsonl"
    code, err = build(inputs=[str(root)], store=tmp_path / "store", error_log=log, batch_size=3)
    assert code == 8
    assert "the store stopped answering" in err and "No space left" in err
    assert "3 landed, 0 failed, 7 not attempted" in err and "run the same command again" in err
    entries = log_entries(log)
    assert len(entries) == 7 and {e["stage"] for e in entries.values()} == {"not attempted"}
    monkeypatch.setattr(kg.corpus.store, "load_documents", real)  # the disk has room again: resume
    code, err = build(inputs=[str(root)], store=tmp_path / "store", error_log=log, batch_size=3)
    assert code == 0 and "7 of 7 documents landed, 0 failed, 3 skipped" in err
    assert len(stored_document_ids(open_store(tmp_path / "store", read_only=True))) == 10


def test_a_hundred_good_releases_and_each_trigger_all_good_ones_land(tmp_path: Path) -> None:
    """The issue's acceptance batch (the huge release is in scripts/isolation_check.py:
    its parse failure is injected above instead)."""
    root = write_feed(tmp_path / "feed", 100)
    log = tmp_path / "errors.jsonl"
    code, err = build(inputs=[str(root)], store=tmp_path / "store", error_log=log)
    assert code == 6
    failed = log_entries(log)
    assert set(ALWAYS_BAD) <= set(failed) <= set(ALWAYS_BAD) | set(TRIGGERS)  # never a good one
    from kg.pipeline.document import read_document

    stored = stored_document_ids(open_store(tmp_path / "store", read_only=True))
    good = {read_document(root / good_release(i)[0]).id for i in range(100)}
    landed_triggers = {read_document(root / name).id for name in set(TRIGGERS) - set(failed)}
    assert stored == good | landed_triggers  # (triggers that read alike are one document)
    names = event_names_in_store(tmp_path / "store")
    assert all(f"{good_release(i)[1].split('The ', 1)[1].split(',')[0]}" in names for i in range(100))
    assert f"some documents failed: {len(failed)} of {len(stored) + len(failed)} ({len(stored)} landed" in err


def test_a_jsonl_line_that_raises_fails_alone(tmp_path: Path) -> None:
    """A JSON line whose text cannot be encoded (a lone surrogate, legal in JSON) or whose
    front matter raises does not end the file."""
    feed = tmp_path / "feed.jsonl"
    lines = [json.dumps({"id": f"ok-{i}", "text": good_release(i)[1].split("---\n", 2)[2]}) for i in range(3)]
    lines.insert(1, '{"id": "surrogate", "text": "The 2031 Oslo Expo was held in Oslo. \\ud800"}')
    lines.insert(3, json.dumps({"id": "bad-date", "published": "2024-02-30", "text": good_release(5)[1]}))
    feed.write_text("\n".join(lines) + "\n", encoding="utf-8")
    log = tmp_path / "errors.jsonl"
    code, err = build(inputs=[str(feed)], output=tmp_path / "g.nq", error_log=log)
    graphs = {q.graph_name.value for q in ox.parse(path=str(tmp_path / "g.nq"), format=ox.RdfFormat.N_QUADS)}
    failed = {e["file"] for e in map(json.loads, log.read_text().splitlines())}
    assert failed <= {"surrogate", "bad-date", f"{feed}:2", f"{feed}:4"}
    assert len(graphs) == 5 - len(failed) and len(graphs) >= 3
    assert code == (6 if failed else 0)


def test_a_document_that_kills_its_worker_fails_alone(tmp_path: Path, monkeypatch) -> None:
    """--jobs 2: a worker process that dies (here: exits in the middle of extraction, as
    the out-of-memory killer would end it) loses its pool; the chunks in flight go again,
    each alone, and only the one that kills a worker by itself fails."""
    import os

    import kg.extract

    real = kg.extract.run_extractors

    def crash(doc, document, *a, **k):
        if "Boomcrash" in document.text:
            os._exit(3)
        return real(doc, document, *a, **k)

    monkeypatch.setattr(kg.extract, "run_extractors", crash)
    root = write_feed(tmp_path / "feed", 9, triggers=False, always_bad=False)
    (root / "boom-crash.txt").write_text(boom_release("crash", 93), encoding="utf-8")
    log, out = tmp_path / "errors.jsonl", tmp_path / "g.nq"
    code, err = build(inputs=[str(root)], output=out, error_log=log, jobs=2, batch_size=1)
    assert code == 6, err
    failed = log_entries(log)
    assert list(failed) == ["boom-crash.txt"] and "worker process" in failed["boom-crash.txt"]["reason"]
    graphs = {q.graph_name.value for q in ox.parse(path=str(out), format=ox.RdfFormat.N_QUADS)}
    assert len(graphs) == 9


def plain(text: str) -> str:
    """Terminal output without its colour and cursor codes."""
    import re

    return re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", text)


def test_the_summary_on_a_terminal_gives_landed_failed_skipped(tmp_path: Path) -> None:
    root = write_feed(tmp_path / "feed", 3, triggers=False)
    err = io.StringIO()
    console = Console(file=err, width=200, force_terminal=True)
    code = run_build(BuildOptions(inputs=[str(root)], store=tmp_path / "store"), console, console)
    assert code == 6
    text = plain(err.getvalue())
    assert "3 of 5 documents landed, 2 failed" in text and "some documents failed: 2 of 5 (3 landed)" in text
    err.truncate(0)
    code = run_build(BuildOptions(inputs=[str(root)], store=tmp_path / "store"), console, console)
    assert code == 6 and "0 of 2 documents landed, 2 failed, 3 skipped" in plain(err.getvalue())


class _PickyNLP:
    """A pipeline whose batch parse dies on any text holding "!": as spaCy's does on a text
    over ``max_length``, the whole ``pipe`` generator is then over."""

    def __call__(self, text: str):
        if "!" in text:
            raise ValueError("E088: text too long")
        return text.upper()

    def pipe(self, pairs, as_tuples: bool, batch_size: int):
        pairs = iter(pairs)
        while batch := [p for _, p in zip(range(batch_size), pairs)]:
            docs = [self(t) for t, _ in batch]  # raises for the whole batch
            yield from ((d, ctx) for d, (_, ctx) in zip(docs, batch))


def test_a_text_the_parser_refuses_fails_alone_and_the_stream_goes_on() -> None:
    from types import SimpleNamespace

    from kg.corpus.parallel import parse_isolated

    docs = [SimpleNamespace(text=t) for t in ["a", "b", "c!", "d", "e", "f!", "g"]]
    got = [(d.text, r if isinstance(r, str) else type(r).__name__)
           for d, r in parse_isolated(_PickyNLP(), docs, batch_size=3)]
    assert got == [("a", "A"), ("b", "B"), ("c!", "ValueError"), ("d", "D"), ("e", "E"),
                   ("f!", "ValueError"), ("g", "G")]


def test_a_store_another_process_holds_is_exit_8_not_bad_input(tmp_path: Path) -> None:
    from kg.errors import Unavailable

    root = write_feed(tmp_path / "feed", 1, triggers=False, always_bad=False)
    holder = ox.Store(str(tmp_path / "store"))  # a writer holds the store's lock
    with pytest.raises(Unavailable, match="run the same command again") as caught:
        build(inputs=[str(root)], store=tmp_path / "store")
    assert caught.value.exit_code == 8
    del holder


def test_a_release_too_long_for_one_parse_is_parsed_alone_in_segments(monkeypatch) -> None:
    """Where kg.pipeline.nlp parses long releases in segments (SEGMENT_CHARS,
    parse_segmented), the corpus and in-memory builds use it for them, in input order,
    and the short ones still go through the batch parse."""
    from types import SimpleNamespace

    import kg.pipeline.nlp
    from kg.corpus.parallel import parse_isolated

    monkeypatch.setattr(kg.pipeline.nlp, "SEGMENT_CHARS", 5, raising=False)
    monkeypatch.setattr(kg.pipeline.nlp, "parse_segmented", lambda nlp, text: f"segments of {text}", raising=False)
    docs = [SimpleNamespace(text=t) for t in ["a", "a long one", "b", "c!"]]
    got = [(d.text, r if isinstance(r, str) else type(r).__name__)
           for d, r in parse_isolated(_PickyNLP(), docs, batch_size=2)]
    assert got == [("a", "A"), ("a long one", "segments of a long one"), ("b", "B"), ("c!", "ValueError")]


def test_parse_isolated_input_that_raises_is_raised_after_the_documents_it_gave() -> None:
    """Regression: an input iterator that raised an ordinary exception ended the stream as
    if the input were done, so the documents after it were lost without a word. Now the
    documents it gave are parsed and given back, and then its exception is raised."""
    from types import SimpleNamespace

    from kg.corpus.parallel import parse_isolated

    def documents():
        yield from (SimpleNamespace(text=t) for t in ["a", "b", "c!"])
        raise OSError("the disk went away")

    got = []
    with pytest.raises(OSError, match="the disk went away"):
        for d, r in parse_isolated(_PickyNLP(), documents(), batch_size=2):
            got.append((d.text, r if isinstance(r, str) else type(r).__name__))
    assert got == [("a", "A"), ("b", "B"), ("c!", "ValueError")]


def test_run_overlapped_parse_that_raises_is_raised_not_a_hang(nlp, tmp_path: Path) -> None:
    """Regression: when the parse side of an overlapped build raised, the parent waited for
    the forked process, which waited for more documents: a hang. The parent's end of the
    pipe is now closed first, so the forked process sees the end and the error is raised."""
    import threading

    from kg.corpus.inputs import read_document
    from kg.corpus.parallel import run_overlapped

    name, text = good_release(0)
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")

    def read():
        yield read_document(path)
        raise OSError("the disk went away")

    outcome: list = []

    def run() -> None:
        try:
            outcome.append(run_overlapped(nlp, read, [], ("events",), 4, lambda results: sum(1 for _ in results),
                                          validate=False))
        except Exception as err:  # noqa: BLE001 - what the test looks at
            outcome.append(err)

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(timeout=60)
    assert not worker.is_alive(), "run_overlapped hung"
    assert len(outcome) == 1 and isinstance(outcome[0], OSError)
