"""Corpora beyond one machine: the build on Dask, N-Quads shards out, bulk load in.

    from dask.distributed import Client
    from kg.corpus.distributed import build_distributed

    client = Client("tcp://scheduler:8786")          # or LocalCluster(n_workers=8)
    report = build_distributed(["releases/"], store=".kg-store", shard_dir="shards/",
                               client=client)

or from the shell::

    python -m kg.distributed releases/ feed.jsonl --store .kg-store --shards shards/ \\
        --scheduler tcp://scheduler:8786          # --workers 4: a LocalCluster instead

How it works: the inputs are expanded on the client (paths only: files are read on the
workers, so they must see the same file system, as must ``shard_dir``); JSON Lines files
go through ``dask.bag.read_text``. Each partition runs :func:`kg.corpus.parallel.process_chunk`
(one spaCy pipeline and one shapes graph per worker process, cached), validates each chunk
of documents in one pySHACL call and writes one N-Quads shard. The client then bulk-loads
the shards into the Oxigraph store (``Store.bulk_load``) and, once it is closed, writes the
store's listing index (``kg-listings.sqlite``), as ``kg build --store`` does. Documents whose graph is already
in the store are skipped unless ``force``; the graph is the same as a single-process
``kg build --store`` (same graph names, same triples).
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from kg.corpus.batch import BuildCounts
from kg.extract import DEFAULT_EXTRACTORS

__all__ = ["DistributedReport", "build_distributed"]


@dataclass
class DistributedReport(BuildCounts):
    """What a Dask build did: the counts of any build, its failures, its shards."""

    failures: list[dict] = field(default_factory=list)  # {"file", "stage", "reason", "exit_code"}
    shards: list[str] = field(default_factory=list)


def _read_item(item):
    """A path (text release) or ("jsonl", path, line) -> Document or KGError (front matter
    handled exactly as :mod:`kg.corpus.inputs` does, so content hashes match the local build)."""
    from kg.errors import KGError
    from kg.pipeline.document import read_document

    if isinstance(item, tuple):
        _, path, line = item
        return _jsonl_from_line(path, line)
    try:
        doc = read_document(item)
        doc.id  # noqa: B018 - the content hash: text that cannot be encoded fails here
        return doc
    except KGError as err:
        return err
    except Exception as err:  # noqa: BLE001 - one document must not stop the partition
        return _internal(err, str(item))


def _internal(err: BaseException, source: str):
    from kg.corpus.isolation import failure_reason
    from kg.errors import InternalError

    return InternalError(failure_reason(err), source=source)


def _jsonl_from_line(path: str, line: str):
    from kg.errors import BadInput, KGError
    from kg.pipeline.document import parse_document

    name = path
    try:
        rec = json.loads(line)
        if not isinstance(rec, dict) or not isinstance(rec.get("text"), str):
            raise BadInput('each line must be a JSON object with a "text" string', source=name)
        name = str(rec.get("id") or name)
        front = {k: rec[k] for k in ("title", "source", "published") if rec.get(k)}
        raw = rec["text"]
        if front:
            raw = "---\n" + "".join(f"{k}: {json.dumps(str(v))}\n" for k, v in front.items()) + "---\n" + raw
        doc = parse_document(raw, name=name)
        doc.id  # noqa: B018
        return doc
    except json.JSONDecodeError as err:
        return BadInput(f"not valid JSON: {err.msg}", source=name)
    except KGError as err:
        return err
    except Exception as err:  # noqa: BLE001
        return _internal(err, name)


def _failure(source: str, stage: str, reason: str, exit_code: int) -> dict:
    """A failure as the error log writes it (see :class:`kg.corpus.batch.Failure`)."""
    return {"file": source, "stage": stage, "reason": reason, "exit_code": exit_code, "source": source}


def _build_partition(items, shard_dir: str, known: frozenset, force: bool,
                     extractors: tuple[str, ...], validate: bool, chunk_size: int) -> list[dict]:
    """Runs on a worker: documents -> one N-Quads shard; returns one stats dict."""
    from kg.corpus.parallel import chunked, failed_chunk, process_chunk
    from kg.corpus.store import document_nquads
    from kg.errors import KGError

    stats = {"ok": 0, "failed": 0, "skipped": 0, "triples": 0, "conforms": True,
             "violations": 0, "failures": [], "shard": None}
    docs = []
    seen = set()
    for item in items:
        if isinstance(item, tuple) and not item[2].strip():
            continue
        doc = _read_item(item)
        if isinstance(doc, KGError):
            stats["failed"] += 1
            stats["failures"].append(_failure(doc.source or "?", "read", doc.message, doc.exit_code))
            continue
        if doc.id in seen or (doc.id in known and not force):
            stats["skipped"] += 1
            continue
        seen.add(doc.id)
        docs.append(doc)
    if not docs:
        return [stats]
    shard = Path(shard_dir) / f"part-{uuid.uuid4().hex}.nq"
    with shard.open("wb") as fh:
        for chunk in chunked(docs, chunk_size):
            try:
                result = process_chunk(chunk, extractors, validate)
            except Exception as err:  # noqa: BLE001 - never expected: process_chunk isolates each document
                result = failed_chunk(chunk, "internal", err)
            if not result.conforms:
                stats["conforms"] = False
                stats["violations"] += result.n_violations
            for o in result.outcomes:
                if o.ok:
                    stats["ok"] += 1
                    stats["triples"] += o.n_triples
                    fh.write(document_nquads(o.graph, o.nt))
                else:
                    stats["failed"] += 1
                    stats["failures"].append(_failure(o.name, o.stage or "internal", o.error, o.exit_code))
    stats["shard"] = str(shard)
    return [stats]


def build_distributed(
    inputs: list[str],
    store: str | Path,
    *,
    shard_dir: str | Path,
    client=None,
    npartitions: int | None = None,
    extractors: tuple[str, ...] = DEFAULT_EXTRACTORS,
    validate: bool = True,
    force: bool = False,
    chunk_size: int = 64,
    keep_shards: bool = False,
) -> DistributedReport:
    """Build ``inputs`` on a Dask cluster into the Oxigraph store at ``store``.

    ``client`` is a ``dask.distributed.Client`` (None: the current default scheduler).

    As ``kg build --store`` (:func:`kg.corpus.store.build_session`): once the store is
    closed, its listing index (``kg-listings.sqlite``, :mod:`kg.corpus.listings_writer`) is
    written for the store as the build left it, then readers are let in again; a store
    this build created but no document landed in is removed.
    """
    from kg.corpus.listings_writer import write_listing_index
    from kg.corpus.store import build_session

    with build_session(store, on_closed=write_listing_index):
        return _build(inputs, store, shard_dir=shard_dir, client=client, npartitions=npartitions,
                      extractors=extractors, validate=validate, force=force, chunk_size=chunk_size,
                      keep_shards=keep_shards)


def _build(inputs: list[str], store: str | Path, *, shard_dir: str | Path, client, npartitions: int | None,
           extractors: tuple[str, ...], validate: bool, force: bool, chunk_size: int,
           keep_shards: bool) -> DistributedReport:
    """:func:`build_distributed` inside its build session (the store closed on return)."""
    import dask.bag as db

    from kg.corpus.inputs import expand_inputs
    from kg.corpus.store import bulk_load_files, open_store, remove_documents, stored_document_ids

    shard_dir = Path(shard_dir)
    shard_dir.mkdir(parents=True, exist_ok=True)
    ox_store = open_store(store)
    known = frozenset() if force else frozenset(stored_document_ids(ox_store))
    paths = expand_inputs(inputs)
    texts = [p for p in paths if not p.endswith(".jsonl") and p != "-"]
    jsonl = [p for p in paths if p.endswith(".jsonl")]
    if "-" in paths:
        raise ValueError("a distributed build cannot read standard input; give files")
    bags = []
    if texts:
        n = npartitions or max(1, min(len(texts), 4 * _n_workers(client)))
        bags.append(db.from_sequence(texts, npartitions=n))
    for path in jsonl:
        lines = db.read_text(path, blocksize="4MiB")
        bags.append(lines.map(lambda line, _p=path: ("jsonl", _p, line)))
    if not bags:
        raise ValueError("no inputs")
    bag = db.concat(bags) if len(bags) > 1 else bags[0]
    parts = bag.map_partitions(_build_partition, str(shard_dir.resolve()), known, force,
                               tuple(extractors), validate, chunk_size)
    results = parts.compute() if client is None else client.compute(parts).result()
    report = DistributedReport()
    for s in results:
        report.n_ok += s["ok"]
        report.n_failed += s["failed"]
        report.n_skipped += s["skipped"]
        report.n_triples += s["triples"]
        report.conforms &= s["conforms"]
        report.n_violations += s["violations"]
        report.failures.extend(s["failures"])
        if s["shard"]:
            report.shards.append(s["shard"])
    report.shards.sort()
    if force:  # stale triples of an older extraction must not survive
        import pyoxigraph as ox

        graphs = set()
        for shard in report.shards:
            for q in ox.parse(path=shard, format=ox.RdfFormat.N_QUADS):
                if isinstance(q.graph_name, ox.NamedNode):  # a shard holds the union too
                    graphs.add(q.graph_name.value)
        remove_documents(ox_store, graphs)
    bulk_load_files(ox_store, report.shards)
    if not keep_shards:
        for shard in report.shards:
            Path(shard).unlink(missing_ok=True)
    del ox_store
    return report


def _n_workers(client) -> int:
    if client is None:
        return 2
    try:
        return max(1, len(client.scheduler_info().get("workers", {})))
    except Exception:  # pragma: no cover
        return 2


def main(argv: list[str] | None = None) -> int:
    """``python -m kg.distributed``: exit 0, 6 (some documents failed: the counts, and
    ``--error-log`` lists them), 2 (bad command line), 9 (anything unexpected: one line,
    the traceback with ``KG_DEBUG=1``)."""
    import argparse
    import os
    import sys

    ap = argparse.ArgumentParser(prog="python -m kg.distributed", description="kg build on Dask.")
    ap.add_argument("inputs", nargs="+")
    ap.add_argument("--store", required=True)
    ap.add_argument("--shards", required=True, help="directory for the N-Quads shards (shared by all workers)")
    ap.add_argument("--scheduler", help="address of a running Dask scheduler (tcp://host:8786)")
    ap.add_argument("--workers", type=int, default=2, help="LocalCluster workers when no --scheduler")
    ap.add_argument("--force", action="store_true")
    ap.add_argument("--no-validate", action="store_true")
    ap.add_argument("--keep-shards", action="store_true")
    ap.add_argument("--error-log", help="write the failed documents here, one JSON object a line")
    args = ap.parse_args(argv)
    from kg.errors import KGError

    try:
        r = _run(args)
    except KGError as err:
        print(f"error: {err}", file=sys.stderr)
        return err.exit_code
    except ValueError as err:  # no inputs, standard input
        print(f"error: {err}", file=sys.stderr)
        return 2
    except Exception as err:  # noqa: BLE001 - the last resort: one line, exit 9
        from kg.corpus.isolation import failure_reason

        if os.environ.get("KG_DEBUG"):
            import traceback

            traceback.print_exc()
        print(f"error: {failure_reason(err)}", file=sys.stderr)
        if args.error_log:
            _write_log(args.error_log, [_failure("-", "internal", failure_reason(err), 9)])
        return 9
    print(f"{r.n_ok} documents → {r.n_triples:,} triples; {r.n_failed} failed; {r.n_skipped} skipped; "
          f"{'conforms' if r.conforms else f'{r.n_violations} SHACL problems'}; {len(r.shards)} shards loaded")
    for f in r.failures[:20]:
        print(f"failed: {f['file']} ({f['stage']}): {f['reason']}")
    if args.error_log:
        _write_log(args.error_log, r.failures)
    if r.failures:
        print(f"some documents failed: {len(r.failures)} of {r.n_ok + len(r.failures)} ({r.n_ok} landed)"
              + (f"; the list is in {args.error_log}" if args.error_log else "; --error-log FILE lists them"))
        return 6
    return 0


def _run(args) -> DistributedReport:
    from dask.distributed import Client, LocalCluster

    if args.scheduler:
        client = Client(args.scheduler)
    else:
        client = Client(LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True))
    with client:
        return build_distributed(args.inputs, args.store, shard_dir=args.shards, client=client,
                                 force=args.force, validate=not args.no_validate, keep_shards=args.keep_shards)


def _write_log(path: str, failures: list[dict]) -> None:
    with open(path, "w", encoding="utf-8", errors="backslashreplace") as fh:
        fh.writelines(json.dumps(f, ensure_ascii=False) + "\n" for f in failures)


if __name__ == "__main__":
    raise SystemExit(main())
