"""Reading a release: plain text or text with YAML front matter, with input checks.

The *body* is the text after the front matter; every character offset in the graph counts
from the start of the body. The publication date comes from ``--published``, else the
front matter, else the dateline (resolved later by the source extractor).

Nothing a file contains makes reading raise anything but :class:`~kg.errors.BadInput`:

- sizes are checked before reading (``stat``, then a read of at most ``MAX_BYTES + 1``
  bytes, so ``/dev/zero`` or a huge sparse file is refused at once);
- the front matter is parsed with a safe loader that keeps timestamps as text and limits
  nesting; a field that is not what it should be (an impossible date, a list for a title,
  a ``source`` that cannot be made a valid IRI) is dropped with a warning in
  :attr:`Document.warnings` and the body is still built;
- unpaired surrogates (which no encoding can write) become U+FFFD, with a warning.
"""

from __future__ import annotations

import functools
import hashlib
import os
import re
import stat
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from kg.errors import BadInput
from kg.pipeline import patterns

MAX_BYTES = 5_000_000  # a release is a few KB; anything this big is not one
MAX_FRONT_MATTER_DEPTH = 20  # front matter is flat key: value; deep nesting is not ours
_FRONT = patterns.compile(r"\A\ufeff?---[ \t]*\r?\n(.*?)\r?\n---[ \t]*\r?\n", re.S)
_SURROGATE = patterns.compile("[\ud800-\udfff]")
#: a date as YAML 1.1 writes one (month and day may have one digit), maybe with a time after
_ISO_DATE = patterns.compile(r"(\d{4})-(\d\d?)-(\d\d?)(?![\d])")


@dataclass
class Document:
    """One release: its body text, metadata and a stable content-derived id."""

    text: str
    title: str | None = None
    source_url: str | None = None
    published: date | None = None
    name: str = "<text>"  # file path or label, for messages
    meta: dict = field(default_factory=dict)
    #: what reading noticed but did not fail on (a bad front-matter field, replaced characters)
    warnings: list[str] = field(default_factory=list, compare=False)

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


# --------------------------------------------------------------------------- front matter
@functools.lru_cache(maxsize=1)
def _front_matter_loader() -> type:
    """PyYAML's safe loader, timestamps left as strings and nesting limited; made on first
    use, so that a release without front matter never imports PyYAML."""
    import yaml

    class _FrontMatterLoader(yaml.SafeLoader):
        """PyYAML's safe loader, with timestamps left as strings (``2024-02-30`` would make
        the stock loader raise) and a nesting limit (the composer recurses once per level)."""

        yaml_implicit_resolvers = {
            first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
            for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
        }

        def __init__(self, stream) -> None:
            super().__init__(stream)
            self._depth = 0

        def compose_node(self, parent, index):  # noqa: D102 - PyYAML's hook
            self._depth += 1
            try:
                if self._depth > MAX_FRONT_MATTER_DEPTH:
                    mark = self.peek_event().start_mark
                    raise yaml.YAMLError(f"nested more than {MAX_FRONT_MATTER_DEPTH} levels deep "
                                         f"(line {mark.line + 1}, column {mark.column + 1})")
                return super().compose_node(parent, index)
            finally:
                self._depth -= 1

    return _FrontMatterLoader


# the flat front matter most releases have ('key: value' lines: plain, "double-" or
# 'single-quoted' text), read without PyYAML (~30 ms of imports in a one-release build);
# anything else, or any doubt, goes to PyYAML. Same dict as PyYAML's (tests/pipeline).
_FM_LINE = patterns.compile(r"([A-Za-z_][A-Za-z0-9_-]*): (.+)")
#: what PyYAML's reader refuses, line breaks other than LF, tabs, BOMs: PyYAML decides
_FM_DOUBT = patterns.compile("[^\x0A\x20-\x7E\xA0-\u2027\u202A-\uD7FF\uE000-\uFEFE\uFF00-\uFFFD\U00010000-\U0010FFFF]")
#: PyYAML's (YAML 1.1) implicit int and float resolvers, for plain text starting with a digit
_FM_NUMBER = patterns.compile(r"""^(?:[-+]?0b[0-1_]+
    |[-+]?0[0-7_]+
    |[-+]?(?:0|[1-9][0-9_]*)
    |[-+]?0x[0-9a-fA-F_]+
    |[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+
    |[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?
    |\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?
    |[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*)$""", re.X)
#: plain words PyYAML reads as booleans or null (YAML 1.1)
_FM_WORDS = frozenset("yes Yes YES no No NO true True TRUE false False FALSE on On ON off Off OFF "
                      "null Null NULL".split())


def _plain_text(value: str) -> bool:
    """Whether PyYAML reads ``value``, a plain scalar on one line, as this very text."""
    if value[0].isascii() and value[0].isalpha():
        if value in _FM_WORDS:
            return False
    elif not ("0" <= value[0] <= "9") or _FM_NUMBER.match(value):
        return False
    return not (value[-1] in " :" or ": " in value or " #" in value)


def _flat_front_matter(text: str) -> dict | None:
    """The front matter as PyYAML reads it, for lines of ``key: value`` only; else None."""
    if not text or _FM_DOUBT.search(text):
        return None
    out: dict = {}
    for line in text.split("\n"):
        m = _FM_LINE.fullmatch(line)
        if m is None:
            return None
        key, value = m.groups()
        if key in out or not _plain_text(key):
            return None
        first = value[0]
        if first == '"' or first == "'":
            inner = value[1:-1]
            if len(value) < 2 or value[-1] != first or first in inner or (first == '"' and "\\" in inner):
                return None
            out[key] = inner
        elif _plain_text(value):
            out[key] = value
        else:
            return None
    return out


def load_front_matter(text: str) -> tuple[dict, list[str]]:
    """The front matter as a dict, and what was wrong with it (never raises)."""
    flat = _flat_front_matter(text)
    if flat is not None:
        return flat, []
    import yaml

    loader = None
    try:
        loader = _front_matter_loader()(text)  # the reader already refuses some characters
        loaded = loader.get_single_data()
    except yaml.YAMLError as err:
        return {}, [f"the YAML front matter does not parse, so it is ignored: {_one_line(err)}"]
    except (RecursionError, ValueError, TypeError, OverflowError, AttributeError) as err:
        return {}, [f"the YAML front matter cannot be read, so it is ignored: {type(err).__name__}"]
    finally:
        if loader is not None:
            loader.dispose()
    if loaded is None:
        return {}, []
    if not isinstance(loaded, dict):
        return {}, ["the YAML front matter is not a list of `key: value` lines, so it is ignored"]
    return loaded, []


def _one_line(err: Exception) -> str:
    return " ".join(str(err).split())[:300]


#: publication years a release can have; a date outside is a typo or a placeholder
#: (9999-12-31), and dates counted from it would leave the calendar
PUBLISHED_YEARS = range(1800, 2201)


def parse_published(value: object) -> tuple[date | None, str | None]:
    """A front-matter ``published`` value as a date, or the reason it is not one.

    Accepts a date, a date-time (its date is kept: ``2024-09-03T10:00:00Z`` -> 2024-09-03)
    and text starting with an ISO date, in the years :data:`PUBLISHED_YEARS`."""
    if value is None or value == "":
        return None, None
    if isinstance(value, datetime):
        return _plausible(value.date(), str(value))
    if isinstance(value, date):
        return _plausible(value, str(value))
    if not isinstance(value, (str, int)) or isinstance(value, bool):
        return None, f"`published` is a {type(value).__name__}, not a date"
    text = str(value).strip()
    m = _ISO_DATE.match(text)
    if m is None:
        return None, f"`published: {text[:40]}` is not a date (YYYY-MM-DD)"
    try:
        return _plausible(date(*(int(g) for g in m.groups())), text)
    except ValueError as err:
        return None, f"`published: {text[:40]}` is not a date that exists ({err})"


def _plausible(day: date, text: str) -> tuple[date | None, str | None]:
    if day.year in PUBLISHED_YEARS:
        return day, None
    return None, (f"`published: {text[:40]}` is not a plausible publication date "
                  f"(years {PUBLISHED_YEARS.start}-{PUBLISHED_YEARS.stop - 1})")


def _text_field(meta: dict, key: str, warnings: list[str]) -> str | None:
    value = meta.get(key)
    if not value:
        return None
    if isinstance(value, (dict, list, tuple, set)):
        warnings.append(f"`{key}` in the front matter is a {type(value).__name__}, not text; ignored")
        return None
    text = _SURROGATE.sub("\ufffd", str(value)).strip()  # a YAML escape ("\\ud800") can make one
    if text != str(value).strip():
        warnings.append(f"`{key}` in the front matter held unencodable characters (unpaired surrogates); "
                        "replaced with U+FFFD")
    return text or None


# --------------------------------------------------------------------------- IRIs
#: ASCII characters an IRI may not hold literally (RFC 3987 / N-Triples IRIREF)
_IRI_FORBIDDEN = patterns.compile(r'[\x00-\x20<>"{}|\\^`\x7f]|%(?![0-9A-Fa-f]{2})')
_HTTP = patterns.compile(r"https?://", re.I)
_HOST_END = patterns.compile(r"[/?#]")


def _percent_encode(match: re.Match) -> str:
    return "".join(f"%{b:02X}" for b in match.group(0).encode("utf-8"))


def valid_iri(iri: str) -> bool:
    """True when Oxigraph (strict RFC 3987) and rdflib both accept ``iri``."""
    from pyoxigraph import NamedNode

    try:
        NamedNode(iri)
    except (ValueError, TypeError):
        return False
    return not _IRI_FORBIDDEN.search(iri)


def clean_source_url(url: str) -> tuple[str | None, str | None]:
    """``url`` as a valid absolute http(s) IRI, or None and the reason.

    A URL that is already valid is kept exactly; otherwise characters an IRI may not hold
    (space, ``<>"{}|\\^```, a ``%`` that starts no escape, a second ``#``) are
    percent-encoded after the host; a URL still invalid after that (a bad host) is dropped."""
    url = url.strip()
    if not _HTTP.match(url):
        return None, f"`source: {url[:80]}` is not an http(s) URL; ignored"
    if valid_iri(url):
        return url, None
    head, sep, rest = url.partition("//")
    host_end = _HOST_END.search(rest)
    authority, tail = (rest[:host_end.start()], rest[host_end.start():]) if host_end else (rest, "")
    path, hash_, fragment = tail.partition("#")
    fragment = fragment.replace("#", "%23")
    fixed = head + sep + authority + _IRI_FORBIDDEN.sub(_percent_encode, path + hash_ + fragment)
    if valid_iri(fixed):
        return fixed, f"`source: {url[:80]}` is not a valid IRI; percent-encoded as {fixed[:80]}"
    return None, f"`source: {url[:80]}` is not a valid IRI (bad host?); ignored"


# --------------------------------------------------------------------------- text
def replace_surrogates(text: str, name: str, warnings: list[str]) -> str:
    """Unpaired surrogates (no encoding can write them) -> U+FFFD, with a warning."""
    if not _SURROGATE.search(text):
        return text
    count = len(_SURROGATE.findall(text))
    warnings.append(f"{count} unencodable character(s) (unpaired surrogates) replaced with U+FFFD")
    return _SURROGATE.sub("\ufffd", text)


def safe_name(name: str) -> str:
    """A file name fit for messages (undecodable bytes in a path become U+FFFD)."""
    return _SURROGATE.sub("\ufffd", name)


def _too_large(size: int, name: str) -> BadInput:
    return BadInput(
        f"the input is {'over ' if size > MAX_BYTES else ''}{size:,} bytes; a release is expected "
        f"to be under {MAX_BYTES:,}", source=name)


def decode(data: bytes, name: str = "<bytes>") -> str:
    """Decode UTF-8 input, refusing binary data and other encodings with a clear message."""
    if len(data) > MAX_BYTES:
        raise _too_large(len(data), name)
    if not data.strip():
        raise BadInput("the input is empty", source=name)
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


def check_text(raw: str, name: str = "<text>") -> None:
    """The checks :func:`decode` makes, for text given as a ``str`` (the Python API)."""
    if len(raw) > MAX_BYTES:  # characters: at least as many bytes in UTF-8
        raise _too_large(len(raw), name)
    if not raw.strip():
        raise BadInput("the input is empty", source=name)
    if "\x00" in raw[:8192]:
        raise BadInput("the input looks binary (it contains NUL characters), not a text release", source=name)


def printable_count(sample: str) -> int:
    """How many characters of ``sample`` are printable or white space (the test
    :func:`parse_document` makes of a body). A text whose only non-printable characters are
    line breaks and tabs (nearly every release) is counted by C string methods, ~15x faster
    than a character-by-character count; anything else is counted character by character.
    The same number either way: the characters removed first are white space."""
    if sample.replace("\n", "").replace("\r", "").replace("\t", "").isprintable():
        return len(sample)
    return sum(ch.isprintable() or ch.isspace() for ch in sample)


def parse_document(raw: str, name: str = "<text>", published: date | None = None) -> Document:
    """Split optional YAML front matter from the body and build a :class:`Document`."""
    name = safe_name(name)
    warnings: list[str] = []
    raw = replace_surrogates(raw, name, warnings)
    meta: dict = {}
    body = raw
    m = _FRONT.match(raw)
    if m:
        meta, problems = load_front_matter(m.group(1))
        warnings.extend(problems)
        body = raw[m.end():]
    if not body.strip():
        raise BadInput("the release has no body text", source=name)
    if printable_count(body[:5000]) < 0.9 * min(len(body), 5000):
        raise BadInput("the input does not look like text (too many control characters)", source=name)
    title = _text_field(meta, "title", warnings)
    source_url = _text_field(meta, "source", warnings)
    if source_url is not None:
        source_url, problem = clean_source_url(source_url)
        if problem:
            warnings.append(problem)
    found, problem = parse_published(meta.get("published"))
    if problem:
        warnings.append(problem + "; ignored")
    return Document(
        text=body,
        title=title,
        source_url=source_url,
        published=published or found,
        name=name,
        meta=meta,
        warnings=[f"{name}: {w}" for w in warnings],
    )


# --------------------------------------------------------------------------- files
def read_bounded(path: str | Path, name: str) -> bytes:
    """The bytes of a file, refusing one over ``MAX_BYTES`` before reading it.

    A regular file is refused on its size (``stat``); anything else (a FIFO, a device
    such as ``/dev/zero``) is read at most ``MAX_BYTES + 1`` bytes. A FIFO is opened
    without waiting for a writer: with none, it reads as empty."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        raise BadInput("no such file", source=name) from None
    except (OSError, ValueError) as err:
        raise BadInput(f"cannot read: {getattr(err, 'strerror', None) or err}", source=name) from None
    if stat.S_ISDIR(st.st_mode):
        raise BadInput("is a directory (pass the files, or the directory to `kg build`)", source=name)
    if stat.S_ISREG(st.st_mode) and st.st_size > MAX_BYTES:
        raise _too_large(st.st_size, name)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    except OSError as err:
        raise BadInput(f"cannot read: {err.strerror or err}", source=name) from None
    try:
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        with os.fdopen(fd, "rb", closefd=True) as fh:
            fd = -1
            return read_limited(fh, name)
    except OSError as err:
        raise BadInput(f"cannot read: {err.strerror or err}", source=name) from None
    finally:
        if fd >= 0:
            os.close(fd)


def read_limited(stream, name: str) -> bytes:
    """At most ``MAX_BYTES`` from a binary stream; more is refused as too large."""
    chunks: list[bytes] = []
    size = 0
    while size <= MAX_BYTES:
        chunk = stream.read(min(1 << 20, MAX_BYTES + 1 - size))
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    if size > MAX_BYTES:
        raise _too_large(size, name)
    return b"".join(chunks)


def read_document(path: str | Path, published: date | None = None) -> Document:
    """Read one release file (``-`` for standard input)."""
    import sys

    if str(path) == "-":
        name = "<stdin>"
        try:
            data = read_limited(sys.stdin.buffer, name)
        except OSError as err:
            raise BadInput(f"cannot read: {err.strerror or err}", source=name) from None
    else:
        name = safe_name(str(path))
        data = read_bounded(path, name)
    return parse_document(decode(data, name), name=name, published=published)
