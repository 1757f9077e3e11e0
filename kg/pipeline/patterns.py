"""Regular expressions compiled once per user, not once in every process.

The extractors and normalizers compile a few hundred module-level patterns (cue lists
joined into alternations, date grammars) at import: ~0.15 s of CPU in every ``kg build``
process, all of it in :mod:`re`'s pure-Python parser and code generator. :func:`compile`
keeps what that produces (the SRE code: a list of integers, the group names) in a file of
the per-user cache directory (the gazetteer's: ``$EKG_CACHE_DIR``, ``off`` for none), and
a later process hands it straight to ``_sre.compile``, as :func:`re.compile` itself does
at its end. The pattern object is the same (``==`` to :func:`re.compile`'s, same code,
flags and groups: tested), so every match is the same.

The file is named by a hash of the interpreter version and SRE's magic number, so another
Python never reads it; an entry is keyed by the pattern's text and flags, so an edited
pattern is simply a new entry. New entries are written once, at exit, atomically; a file
that cannot be read or written, or anything unexpected in it, falls back to
:func:`re.compile`. Use it for patterns compiled once (module level), not for patterns
built from each document's text.
"""

from __future__ import annotations

import atexit
import hashlib
import marshal
import os
import re
import sys
import threading
from pathlib import Path

try:
    import _sre
    from re import _compiler, _parser
except ImportError:  # pragma: no cover - not CPython: plain re.compile
    _sre = None  # type: ignore[assignment]

#: bump when the layout of an entry changes
_FORMAT = 1
#: entries kept at most (a process of ours uses ~150, each ~3 KB); past it the file keeps only
#: the entries of the process writing it (edited patterns, other checkouts do not pile up)
_LIMIT = 1024

_lock = threading.Lock()
_entries: dict | None = None  # (pattern, flags) -> (flags, code, groups, groupindex, indexgroup)
_new: dict = {}
_used: set = set()  # keys compiled in this process
_path: Path | None = None  # the cache file, once _load has looked


def cache_dir() -> Path | None:
    """The per-user cache directory of this module and of the city gazetteer
    (:mod:`kg.normalize.places`): ``$EKG_CACHE_DIR`` (``off``: none), else
    ``$XDG_CACHE_HOME/event-kg``, else ``~/.cache/event-kg``."""
    base = os.environ.get("EKG_CACHE_DIR")
    if base == "off":
        return None
    if base:
        return Path(base)
    xdg = os.environ.get("XDG_CACHE_HOME")
    return Path(xdg) / "event-kg" if xdg else Path.home() / ".cache" / "event-kg"


def cache_path() -> Path | None:
    """The cache file of this interpreter, or None (no cache directory, not CPython)."""
    base = cache_dir()
    if base is None or _sre is None:
        return None
    tag = f"{_FORMAT} {sys.implementation.cache_tag} {sys.version} {_sre.MAGIC} {_sre.CODESIZE} {sys.maxunicode}"
    return base / f"regex-{hashlib.sha1(tag.encode()).hexdigest()[:16]}.marshal"


def _load() -> dict:
    global _entries, _path
    if _entries is None:
        _entries = {}
        _path = path = cache_path()
        if path is not None:
            try:
                data = marshal.loads(path.read_bytes())
                if isinstance(data, dict):
                    _entries = data
            except (OSError, EOFError, ValueError, TypeError):
                pass
            atexit.register(_save)
    return _entries


def _save() -> None:
    """Write the entries made in this process beside those already in the file (atomically)."""
    path = _path
    if not _new or path is None:
        return
    try:
        try:
            old = marshal.loads(path.read_bytes())
            if not isinstance(old, dict) or len(old) + len(_new) > _LIMIT:
                old = {k: v for k, v in (_entries or {}).items() if k in _used}
        except (OSError, EOFError, ValueError, TypeError):
            old = {}
        old.update(_new)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f"{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
        tmp.write_bytes(marshal.dumps(old))
        os.replace(tmp, path)
        _new.clear()
    except (OSError, ValueError):
        pass


def _build(pattern: str, flags: int) -> tuple:
    """What :func:`re._compiler.compile` hands to ``_sre.compile``, as plain data."""
    p = _parser.parse(pattern, flags)
    code = _compiler._code(p, flags)
    groupindex = {str(k): int(i) for k, i in p.state.groupdict.items()}
    indexgroup: list[str | None] = [None] * p.state.groups
    for k, i in groupindex.items():
        indexgroup[i] = k
    # plain ints: the code holds SRE's named int constants, which marshal does not take
    return (int(flags | p.state.flags), [int(c) for c in code], int(p.state.groups - 1), groupindex,
            tuple(indexgroup))


def compile(pattern: str, flags: int | re.RegexFlag = 0) -> re.Pattern:  # noqa: A001 - as re.compile
    """:func:`re.compile`, its result cached per user (see the module's docstring)."""
    flags = int(flags)
    if _sre is None or not isinstance(pattern, str) or flags & re.DEBUG:
        return re.compile(pattern, flags)
    key = (pattern, flags)
    with _lock:
        entries = _load()
        entry = entries.get(key)
        _used.add(key)
    if entry is not None:
        try:
            return _sre.compile(pattern, *entry)
        except Exception:  # noqa: BLE001 - a damaged entry: compile afresh below
            pass
    try:
        entry = _build(pattern, flags)
        compiled = _sre.compile(pattern, *entry)
    except re.error:
        raise
    except Exception:  # noqa: BLE001 - SRE internals not as expected: the public path
        return re.compile(pattern, flags)
    with _lock:
        entries[key] = entry
        if _path is not None:
            _new[key] = entry
    return compiled
