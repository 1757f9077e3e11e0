"""Reading a release: plain text or text with YAML front matter, with input checks.

The *body* is the text after the front matter; every character offset in the graph counts
from the start of the body. The publication date comes from ``--published``, else the
front matter, else the dateline (resolved later by the source extractor).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from kg.errors import BadInput

MAX_BYTES = 5_000_000  # a release is a few KB; anything this big is not one
_FRONT = re.compile(r"\A\ufeff?---[ \t]*\r?\n(.*?)\r?\n---[ \t]*\r?\n", re.S)


@dataclass
class Document:
    """One release: its body text, metadata and a stable content-derived id."""

    text: str
    title: str | None = None
    source_url: str | None = None
    published: date | None = None
    name: str = "<text>"  # file path or label, for messages
    meta: dict = field(default_factory=dict)

    @property
    def id(self) -> str:
        """Stable id: a hash of the body and metadata (same input, same id)."""
        h = hashlib.sha1()
        h.update((self.title or "").encode())
        h.update(b"\0")
        h.update((self.source_url or "").encode())
        h.update(b"\0")
        h.update(self.text.encode())
        return h.hexdigest()[:16]


def _as_date(value: object) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        return None


def decode(data: bytes, name: str = "<bytes>") -> str:
    """Decode UTF-8 input, refusing binary data and other encodings with a clear message."""
    if not data.strip():
        raise BadInput("the input is empty", source=name)
    if len(data) > MAX_BYTES:
        raise BadInput(
            f"the input is {len(data):,} bytes; a release is expected to be under {MAX_BYTES:,}",
            source=name,
        )
    if b"\x00" in data[:8192]:
        raise BadInput("the input looks binary (it contains NUL bytes), not a text release", source=name)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise BadInput(
            f"the input is not valid UTF-8 (byte {err.start}); re-encode it, e.g. "
            f"`iconv -f latin1 -t utf-8`",
            source=name,
        ) from None


def parse_document(raw: str, name: str = "<text>", published: date | None = None) -> Document:
    """Split optional YAML front matter from the body and build a :class:`Document`."""
    meta: dict = {}
    body = raw
    m = _FRONT.match(raw)
    if m:
        import yaml  # only a release with front matter needs PyYAML

        try:
            loaded = yaml.safe_load(m.group(1))
        except yaml.YAMLError as err:
            raise BadInput(f"the YAML front matter does not parse: {err}", source=name) from None
        if isinstance(loaded, dict):
            meta = loaded
        body = raw[m.end():]
    if not body.strip():
        raise BadInput("the release has no body text", source=name)
    printable = sum(ch.isprintable() or ch.isspace() for ch in body[:5000])
    if printable < 0.9 * min(len(body), 5000):
        raise BadInput("the input does not look like text (too many control characters)", source=name)
    title = meta.get("title")
    return Document(
        text=body,
        title=str(title).strip() if title else None,
        source_url=str(meta["source"]).strip() if meta.get("source") else None,
        published=published or _as_date(meta.get("published")),
        name=name,
        meta=meta,
    )


def read_document(path: str | Path, published: date | None = None) -> Document:
    """Read one release file (``-`` for standard input)."""
    import sys

    if str(path) == "-":
        data = sys.stdin.buffer.read()
        name = "<stdin>"
    else:
        p = Path(path)
        name = str(p)
        try:
            data = p.read_bytes()
        except FileNotFoundError:
            raise BadInput("no such file", source=name) from None
        except IsADirectoryError:
            raise BadInput("is a directory (pass the files, or the directory to `kg build`)", source=name) from None
        except OSError as err:
            raise BadInput(f"cannot read: {err.strerror}", source=name) from None
    return parse_document(decode(data, name), name=name, published=published)
