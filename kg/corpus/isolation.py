"""Each document on its own (issue 11): the record of one that did not land, the error
log, and reading inputs so that no file or line can stop the others.

A failure names the document (``file``), the ``stage`` that stopped it (:data:`STAGES`)
and the ``reason``, one line: a kg error's own message, anything else (a bug, a library's
surprise) as ``internal error: Type: message``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from kg.errors import KGError
from kg.pipeline.document import Document

__all__ = ["STAGES", "Failure", "failure_reason", "read_isolated", "write_error_log"]

#: the stages a document goes through, as the error log names them
STAGES = ("read", "parse", "extract", "map", "serialize", "validate", "write", "not attempted", "internal")


@dataclass
class Failure:
    """One document that did not land: where it came from, the stage that stopped it, why."""

    source: str
    reason: str
    exit_code: int
    stage: str = "read"

    def to_dict(self) -> dict:
        # "source" is the older name of "file", kept for readers of earlier logs
        return {"file": self.source, "stage": self.stage, "reason": self.reason,
                "exit_code": self.exit_code, "source": self.source}

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False)


def write_error_log(path: Path | None, failures: list[Failure], append: bool = False) -> None:
    """The ``--error-log``: one JSON object a line (file, stage, reason, exit_code)."""
    if path is None:
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a" if append else "w", encoding="utf-8", errors="backslashreplace") as fh:
        fh.writelines(f.to_json() + "\n" for f in failures)


def failure_reason(error: BaseException) -> str:
    """One line for the summary and the error log: a kg error's own message; anything
    else (a bug, a library's surprise) as ``internal error: Type: message``."""
    from kg.errors import KGError

    if isinstance(error, KGError):
        return error.message
    text = " ".join(str(error).split())
    if len(text) > 300:
        text = text[:300] + "…"
    return f"internal error: {type(error).__name__}" + (f": {text}" if text else "")


def _failure_from_error(err: KGError, source: str = "?", stage: str = "read") -> Failure:
    return Failure(err.source or source, err.message, err.exit_code, stage)


def read_isolated(inputs: list[str], published: date | None, failures: list[Failure]) -> Iterator[Document]:
    """The documents of ``inputs`` (:func:`kg.corpus.inputs.iter_documents`), each read on
    its own: a file or a JSON line that cannot be read — a kg error, or anything raised
    while reading it, parsing its front matter or hashing its text — is appended to
    ``failures`` (stage ``read``) and the next input is read.

    The reader turns each bad JSON line into an error item and goes on; should it raise
    instead, its generator is over, so the rest of that file is reported in the failure
    (the other inputs still go on)."""
    from kg.corpus.inputs import expand_inputs, iter_documents

    for item in inputs:
        try:
            paths = expand_inputs([item])
        except Exception as err:  # noqa: BLE001 - e.g. a folder that cannot be listed
            failures.append(Failure(item, failure_reason(err), getattr(err, "exit_code", 9), "read"))
            continue
        for path in paths:
            done = 0  # items of this path given back (documents or errors)
            try:
                for got in iter_documents([path], published=published):
                    done += 1
                    if isinstance(got, KGError):
                        failures.append(_failure_from_error(got, path))
                        continue
                    try:
                        got.id  # noqa: B018 - the content hash: text that cannot be encoded fails here
                    except Exception as err:  # noqa: BLE001
                        failures.append(Failure(got.name, failure_reason(err), getattr(err, "exit_code", 9), "read"))
                        continue
                    yield got
            except Exception as err:  # noqa: BLE001 - one input must not stop the others
                where, rest = path, ""
                if path.endswith(".jsonl"):
                    where = f"{path}:{_nth_record_line(path, done + 1)}"
                    rest = " (the rest of this file was not read)"
                failures.append(Failure(where, failure_reason(err) + rest, getattr(err, "exit_code", 9), "read"))


def _nth_record_line(path: str, n: int) -> str:
    """The line number of the ``n``-th non-blank line of a JSON Lines file ("?" if unknown)."""
    try:
        with open(path, "rb") as fh:
            k = 0
            for lineno, line in enumerate(fh, 1):
                if line.strip():
                    k += 1
                    if k == n:
                        return str(lineno)
    except OSError:
        pass
    return "?"
