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
import os
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from kg.errors import BadInput, KGError
from kg.pipeline.document import MAX_BYTES, Document, parse_document, read_document, safe_name

TEXT_SUFFIXES = (".txt", ".text")


def _is_dir(path: Path) -> bool:
    try:
        return path.is_dir()
    except (OSError, ValueError):  # a name too long, a NUL byte: not a directory
        return False


def _exists(path: Path) -> bool:
    try:
        return path.exists()
    except (OSError, ValueError):
        return False


#: kernel pseudo-filesystems: their "files" are not releases, and walking them (from ``/``)
#: takes most of the walk's time
_PSEUDO_ROOTS = frozenset({"/proc", "/sys", "/dev", "/run"})


def _files_under(root: Path) -> list[str]:
    """The release files (``*.txt``, ``*.md``, ``*.jsonl``, ...) under ``root``, sorted;
    symbolic links to folders are not followed, unreadable folders are passed over."""
    found: list[Path] = []
    suffixes = TEXT_SUFFIXES + (".jsonl",)
    for folder, dirs, files in os.walk(root, onerror=lambda err: None):
        dirs[:] = [d for d in dirs if os.path.join(folder, d) not in _PSEUDO_ROOTS]
        for name in files:
            f = Path(folder, name)
            try:
                if f.suffix.lower() in suffixes and f.is_file():
                    found.append(f)
            except OSError:
                continue
    return [str(f) for f in sorted(found)]  # in path order, as before (a/x before a-b/x)


def expand_inputs(inputs: list[str]) -> list[str]:
    """Paths in order: directories expanded, globs matched, others kept as given."""
    out: list[str] = []
    for item in inputs:
        p = Path(item)
        if item == "-":
            out.append(item)
        elif _is_dir(p):
            out.extend(_files_under(p))
        elif any(ch in item for ch in "*?[") and not _exists(p):
            try:
                matches = sorted(glob.glob(item, recursive=True))
            except (OSError, ValueError, re.error):
                matches = []
            if not matches:
                out.append(item)  # reported as "no such file"
            out.extend(matches)
        else:
            out.append(item)
    return out


def _jsonl_lines(path: str) -> Iterator[tuple[int, bytes | None]]:
    """``(line number, bytes)`` of a JSON Lines file, each line read with a bound: a line
    over ``MAX_BYTES`` gives ``None`` (and is skipped to its end without being kept)."""
    with open(path, "rb") as fh:
        n = 0
        while True:
            line = fh.readline(MAX_BYTES + 1)
            if not line:
                return
            n += 1
            if len(line) > MAX_BYTES and not line.endswith(b"\n"):
                while True:  # skip the rest of an over-long line
                    rest = fh.readline(1 << 20)
                    if not rest or rest.endswith(b"\n"):
                        break
                yield n, None
                continue
            yield n, line


def jsonl_document(line: bytes | str, name: str, published: date | None = None) -> Document:
    """The release of one JSON Lines record (:class:`BadInput` when it is not one)."""
    if isinstance(line, bytes):
        try:
            line = line.decode("utf-8")
        except UnicodeDecodeError as err:
            raise BadInput(f"not valid UTF-8 (byte {err.start})", source=name) from None
    try:
        rec = json.loads(line)
    except json.JSONDecodeError as err:
        raise BadInput(f"not valid JSON: {err.msg}", source=name) from None
    except RecursionError:
        raise BadInput("not valid JSON: nested too deeply", source=name) from None
    if not isinstance(rec, dict) or not isinstance(rec.get("text"), str):
        raise BadInput('each line must be a JSON object with a "text" string', source=name)
    front = {k: rec[k] for k in ("title", "source", "published") if rec.get(k)}
    raw = rec["text"]
    if front:
        raw = "---\n" + "".join(f"{k}: {json.dumps(_scalar(v))}\n" for k, v in front.items()) + "---\n" + raw
    return parse_document(raw, name=str(rec.get("id") or name), published=published)


def _scalar(value) -> str:
    """A front-matter value from JSON as one line of text (a nested value becomes its JSON)."""
    if isinstance(value, (dict, list)):
        return json.dumps(value)[:2000]
    return str(value)


def _jsonl_documents(path: str, published: date | None) -> Iterator[Document | KGError]:
    for n, line in _jsonl_lines(path):
        name = f"{path}:{n}"
        if line is None:
            yield BadInput(f"the line is over {MAX_BYTES:,} bytes; a release is expected to be under that",
                           source=name)
            continue
        if not line.strip():
            continue
        try:
            yield jsonl_document(line, name, published)
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
            except FileNotFoundError:
                yield BadInput("no such file", source=safe_name(path))
            except IsADirectoryError:
                yield BadInput("is a directory", source=safe_name(path))
            except (OSError, ValueError) as err:
                yield BadInput(f"cannot read: {getattr(err, 'strerror', None) or err}", source=safe_name(path))
            continue
        try:
            yield read_document(path, published=published)
        except KGError as err:
            yield err
