"""Expanding what the user names on the command line into documents.

``kg build`` takes files, directories (every ``*.txt`` / ``*.jsonl`` inside, recursively,
sorted), glob patterns, JSON Lines files (one release per line: ``{"text": ...,
"title": ..., "source": ..., "published": ..., "id": ...}``) and ``-`` for standard input.
Reading is lazy, and a file that cannot be read becomes an error item rather than an
exception, so one bad file never stops a batch.
"""

from __future__ import annotations

import glob
import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from kg.errors import BadInput, KGError
from kg.pipeline.document import Document, parse_document, read_document

TEXT_SUFFIXES = (".txt", ".text")


def expand_inputs(inputs: list[str]) -> list[str]:
    """Paths in order: directories expanded, globs matched, others kept as given."""
    out: list[str] = []
    for item in inputs:
        p = Path(item)
        if item == "-":
            out.append(item)
        elif p.is_dir():
            out.extend(str(f) for f in sorted(p.rglob("*")) if f.suffix.lower() in TEXT_SUFFIXES + (".jsonl",) and f.is_file())
        elif any(ch in item for ch in "*?[") and not p.exists():
            matches = sorted(glob.glob(item, recursive=True))
            if not matches:
                out.append(item)  # reported as "no such file"
            out.extend(matches)
        else:
            out.append(item)
    return out


def _jsonl_documents(path: str, published: date | None) -> Iterator[Document | KGError]:
    with open(path, encoding="utf-8", errors="strict") as fh:
        for n, line in enumerate(fh, 1):
            name = f"{path}:{n}"
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
                if not isinstance(rec, dict) or not isinstance(rec.get("text"), str):
                    raise BadInput('each line must be a JSON object with a "text" string', source=name)
                front = {k: rec[k] for k in ("title", "source", "published") if rec.get(k)}
                raw = rec["text"]
                if front:
                    raw = "---\n" + "".join(f"{k}: {json.dumps(str(v))}\n" for k, v in front.items()) + "---\n" + raw
                yield parse_document(raw, name=str(rec.get("id") or name), published=published)
            except json.JSONDecodeError as err:
                yield BadInput(f"not valid JSON: {err.msg}", source=name)
            except KGError as err:
                yield err
            except Exception as err:  # noqa: BLE001 - one bad line must not end the file (issue 11)
                from kg.errors import InternalError

                yield InternalError(f"internal error: {type(err).__name__}: {err}", source=name)


def iter_documents(inputs: list[str], published: date | None = None) -> Iterator[Document | KGError]:
    """Documents (or the error that stopped each one) for every input, in order."""
    for path in expand_inputs(inputs):
        if path.endswith(".jsonl"):
            try:
                yield from _jsonl_documents(path, published)
            except (OSError, UnicodeDecodeError) as err:
                yield BadInput(f"cannot read: {err}", source=path)
            continue
        try:
            yield read_document(path, published=published)
        except KGError as err:
            yield err
