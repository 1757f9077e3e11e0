"""The listing index of a store: ``<store>/kg-listings.sqlite``, the order of each listing
kept beside the store so a first page needs no sort of the whole graph.

A listing is a query with a *page key* (:func:`kg.graph.query.page_key`): a cheap SELECT
whose rows ``(x, k1, ...)`` say, once sorted by the query's first ``ORDER BY`` keys, in what
order the values of ``?x`` come. :func:`kg.graph.query.run_query` answers a page by
running the query bound to the first values of ``?x`` (``VALUES ?x { ... }``). Without the
index the key query and its sort run at every page; on 1.3 M quads that alone is 50-700 ms
(Oxigraph 0.5 reads 15-50 us a row with a string: 7,145 events' names take 107 ms just to
count). With it, the first rows of the sorted key list come from SQLite in well under a
millisecond, and only the page's own rows are read from the store.

What is kept, per listing (its *signature*: the key query and the order keys): the key rows
in order, each row's terms (JSON), and a tie group (rows tying on every key share one, and
a page takes a tie whole). The whole file belongs to one state of the store, its
*fingerprint*: the names, sizes and modification times of the RocksDB files (a read-only
open changes none of them; any write does). A reader whose store has another fingerprint
treats the index as stale: the listing it asks for is sorted anew (as without an index)
and written back for the next reader (when the directory is writable), every other
listing dropped. ``kg build --store`` writes the shipped listings after each build
(:func:`write_listings`): append, ``--force`` (replace); any other write (a document
removed through :func:`kg.corpus.store.remove_documents`, another tool) leaves the index
stale until the next reader rebuilds what it needs. The graph itself is never touched.

Answers are the same with and without the index (tested for each shipped listing, after
appends, replacements, removals, and with a stale index): the index only says where to
start, the rows still come from the store.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sqlite3
import threading
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from rdflib import BNode, Literal, URIRef

from kg.graph.oxterms import plain_literal as _plain_literal

__all__ = [
    "INDEX_NAME",
    "IndexUnreadable",
    "KeyRows",
    "ListingIndex",
    "fingerprint",
    "index_for",
    "register_store",
]

INDEX_NAME = "kg-listings.sqlite"
_VERSION = "2"  # 2: signatures of the keys the key rows carry only
#: files of a store directory that are not its content: RocksDB's info log and lock, kg's
#: reader/writer lock, this index (and SQLite's journal beside it)
_NOT_CONTENT = ("LOG", "LOCK", "kg.lock", INDEX_NAME)


def fingerprint(path: str | Path) -> str:
    """The state of the store's files: a hash of each content file's name, size and
    modification time (RocksDB's own log and lock, kg's lock and this index left out)."""
    h = hashlib.sha1()
    p = Path(path)
    try:
        entries = sorted(os.scandir(p), key=lambda e: e.name)
    except OSError:
        return ""
    for e in entries:
        if e.name.startswith(_NOT_CONTENT) or not e.is_file():
            continue
        try:
            st = e.stat()
        except OSError:
            continue
        h.update(f"{e.name}\0{st.st_size}\0{st.st_mtime_ns}\n".encode())
    return h.hexdigest()


#: the variables a key query selects (``SELECT [DISTINCT] ?x ?k1 ... WHERE``)
_KEY_SELECT = re.compile(r"^\s*SELECT\s+(?:DISTINCT\s+)?((?:\?\w+\s+)+)WHERE\b", re.IGNORECASE)


def signature(key_query: str, keys: Sequence[tuple[str, bool]]) -> str:
    """What identifies a listing's order: its key query (spaces normalized) and the keys
    its rows are sorted by: the first ``ORDER BY`` keys, those the key query selects after
    ``?x`` (``?x`` itself when it selects nothing else), as
    :func:`kg.graph.query.listing_key_rows` sorts them. Two listings with one key query
    and the same first keys (``hosts`` and ``topics``: events by name) have the same key
    rows, sorted once and kept once."""
    m = _KEY_SELECT.match(" ".join(key_query.split()))
    if m:
        names = re.findall(r"\?(\w+)", m.group(1))
        prefix = names[1:] or names[:1]
        if [n for n, _ in keys[: len(prefix)]] == prefix:
            keys = keys[: len(prefix)]
    text = " ".join(key_query.split()) + "\n" + " ".join(f"{'-' if d else '+'}{n}" for n, d in keys)
    return hashlib.sha1(text.encode()).hexdigest()


# --------------------------------------------------------------------------- terms


def _encode(term: Any) -> list | None:
    if term is None:
        return None
    if isinstance(term, URIRef):
        return ["u", str(term)]
    if isinstance(term, BNode):
        return ["b", str(term)]
    if isinstance(term, Literal):
        if term.language:
            return ["l", str(term), None, term.language]
        dt = term.datatype
        return ["l", str(term)] if dt is None or str(dt) == _XSD_STRING else ["l", str(term), str(dt)]
    raise TypeError(f"not an RDF term: {term!r}")


_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def _decode(item: list | None) -> Any:
    """The rdflib term :func:`kg.graph.query._from_ox` makes for the same store term."""
    if item is None:
        return None
    kind, value = item[0], item[1]
    if kind == "u":
        return str.__new__(URIRef, value)
    if kind == "b":
        return BNode(value)
    if len(item) > 3 and item[3]:
        return Literal(value, lang=item[3])
    if len(item) > 2 and item[2]:
        return Literal(value, datatype=str.__new__(URIRef, item[2]))
    return _plain_literal(value)




# --------------------------------------------------------------------------- key rows


class KeyRows:
    """The sorted key rows of a listing, read as far as a page needs: ``rows[i]`` is the
    i-th ``(x, k1, ...)`` in order, ``groups[i]`` its tie group (equal for rows tying on
    every key), ``n`` how many there are. :meth:`ensure` reads more (from the index)."""

    def __init__(self, variables: list[str], rows: list[tuple], groups: list[int], n: int | None = None,
                 more: Any = None) -> None:
        self.variables = variables
        self.rows = rows
        self.groups = groups
        self.n = len(rows) if n is None else n
        self._more = more  # (start, count) -> (rows, groups), for an index read lazily

    def ensure(self, upto: int) -> None:
        """Have at least ``upto`` rows read (or all of them). Raises :class:`IndexUnreadable`
        when the index holds fewer rows than it says, or rows that do not decode."""
        upto = min(upto, self.n)
        while len(self.rows) < upto and self._more is not None:
            want = max(upto - len(self.rows), 32)
            rows, groups = self._more(len(self.rows), want)
            if not rows:
                raise IndexUnreadable(f"{len(self.rows)} of {self.n} key rows")
            self.rows.extend(rows)
            self.groups.extend(groups)


class IndexUnreadable(Exception):
    """The index file is damaged: its listing is sorted anew, as without an index."""


def tie_groups(rank: Sequence[tuple]) -> list[int]:
    """A group number per sorted row: rows with equal sort keys share one."""
    groups, g = [], -1
    for i, r in enumerate(rank):
        if i == 0 or r != rank[i - 1]:
            g += 1
        groups.append(g)
    return groups


# --------------------------------------------------------------------------- the index


class ListingIndex:
    """The listing index of the store at ``path`` (a directory)."""

    def __init__(self, path: str | Path) -> None:
        self.store_path = Path(path)
        self.file = self.store_path / INDEX_NAME
        self._lock = threading.Lock()

    # ---- sqlite
    def _connect(self, write: bool = False) -> sqlite3.Connection | None:
        if not write and not self.file.exists():
            return None
        try:
            conn = sqlite3.connect(str(self.file), timeout=5.0, isolation_level=None,
                                   check_same_thread=False)
            if write:
                conn.executescript(_SCHEMA)
            return conn
        except sqlite3.Error:
            return None

    def stored_fingerprint(self) -> str | None:
        conn = self._connect()
        if conn is None:
            return None
        try:
            got = dict(conn.execute("SELECT key, value FROM meta").fetchall())
        except sqlite3.Error:
            return None
        finally:
            conn.close()
        return got.get("fingerprint") if got.get("version") == _VERSION else None

    def key_rows(self, sig: str, current: str | None = None) -> KeyRows | None:
        """The listing's key rows when the index holds them for the store as it is now."""
        conn = self._connect()
        if conn is None:
            return None
        try:
            meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
            now = fingerprint(self.store_path) if current is None else current
            if meta.get("version") != _VERSION or meta.get("fingerprint") != now:
                conn.close()
                return None
            got = conn.execute("SELECT id, variables, n FROM listing WHERE signature = ?", (sig,)).fetchone()
            if got is None:
                conn.close()
                return None
        except sqlite3.Error:
            conn.close()
            return None
        lid, variables, n = got
        # a term repeated across key rows (a year, a place, a date) is decoded once: a
        # datatyped literal is rdflib's slowest term to make
        memo: dict[tuple, Any] = {}

        def term(item: list | None) -> Any:
            if item is None or item[0] == "u":
                return _decode(item)
            key = tuple(item)
            got = memo.get(key)
            if got is None:
                got = memo[key] = _decode(item)
            return got

        def more(start: int, count: int) -> tuple[list[tuple], list[int]]:
            try:
                got = conn.execute("SELECT grp, terms FROM keyrow WHERE listing = ? AND pos >= ? "
                                   "ORDER BY pos LIMIT ?", (lid, start, count)).fetchall()
                return [tuple(term(t) for t in json.loads(terms)) for _, terms in got], [g for g, _ in got]
            except (sqlite3.Error, ValueError, TypeError, IndexError, KeyError) as err:
                raise IndexUnreadable(str(err)) from None

        try:
            return KeyRows(json.loads(variables), [], [], int(n), more)
        except (ValueError, TypeError):
            conn.close()
            return None

    def put(self, entries: Iterable[tuple[str, KeyRows]], fp: str, *, replace_all: bool = False) -> bool:
        """Write listings (signature, fully read key rows) for the store state ``fp``; the
        listings of any other state are dropped. False when the file cannot be written.

        With ``replace_all`` (a build's index) or when the file holds another state, the
        file is written anew (:meth:`_rewrite`); else the listings are added to it."""
        with self._lock:
            if replace_all or self.stored_fingerprint() != fp:
                return self._rewrite(entries, fp)
            conn = self._connect(write=True)
            if conn is None:
                return False
            try:
                conn.execute("BEGIN IMMEDIATE")
                meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
                if meta.get("fingerprint") != fp or meta.get("version") != _VERSION:
                    conn.execute("DELETE FROM keyrow")
                    conn.execute("DELETE FROM listing")
                conn.execute("INSERT OR REPLACE INTO meta VALUES ('version', ?), ('fingerprint', ?)", (_VERSION, fp))
                for sig, kr in entries:
                    old = conn.execute("SELECT id FROM listing WHERE signature = ?", (sig,)).fetchone()
                    if old is not None:
                        conn.execute("DELETE FROM keyrow WHERE listing = ?", old)
                        conn.execute("DELETE FROM listing WHERE id = ?", old)
                    cur = conn.execute("INSERT INTO listing (signature, variables, n) VALUES (?, ?, ?)",
                                       (sig, json.dumps(kr.variables), len(kr.rows)))
                    conn.executemany("INSERT INTO keyrow VALUES (?, ?, ?, ?)", _keyrow_values(cur.lastrowid, kr))
                conn.execute("COMMIT")
                return True
            except (sqlite3.Error, OSError):
                try:
                    conn.execute("ROLLBACK")
                except sqlite3.Error:
                    pass
                return False
            finally:
                conn.close()

    def _rewrite(self, entries: Iterable[tuple[str, KeyRows]], fp: str) -> bool:
        """The whole file anew, for the store state ``fp``: written beside it with no
        journal and no syncs (it is rebuilt anyway; a file half written never has the
        index's name, and the fingerprint leaves it out), in one transaction, then renamed
        over the index (readers holding the old file read it to the end). The rows are
        those :meth:`put` adds to a file. The 30,127 key rows of 2,000 releases, over an
        index already there: 331 -> 200 ms CPU, 827 -> 525 ms wall (medians of 7, load 6.4),
        with no journal of the old rows deleted."""
        tmp = self.file.with_name(f"{INDEX_NAME}.new-{os.getpid()}-{threading.get_ident()}")
        try:
            tmp.unlink(missing_ok=True)
            conn = sqlite3.connect(str(tmp), isolation_level=None)
        except (sqlite3.Error, OSError):
            return False
        try:
            try:
                conn.execute("PRAGMA journal_mode=OFF")
                conn.execute("PRAGMA synchronous=OFF")
                conn.executescript(_SCHEMA)
                conn.execute("BEGIN")
                conn.execute("INSERT INTO meta VALUES ('version', ?), ('fingerprint', ?)", (_VERSION, fp))
                memo: dict[Any, str] = {}
                # a signature given twice: the last rows, as put() keeps them
                for lid, (sig, kr) in enumerate(dict(entries).items(), 1):
                    conn.execute("INSERT INTO listing VALUES (?, ?, ?, ?)",
                                 (lid, sig, json.dumps(kr.variables), len(kr.rows)))
                    conn.executemany("INSERT INTO keyrow VALUES (?, ?, ?, ?)", _keyrow_values(lid, kr, memo))
                conn.execute("COMMIT")
            finally:
                conn.close()
            os.replace(tmp, self.file)
            return True
        except (sqlite3.Error, OSError):
            tmp.unlink(missing_ok=True)
            return False


_SCHEMA = ("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);"
           "CREATE TABLE IF NOT EXISTS listing (id INTEGER PRIMARY KEY, signature TEXT UNIQUE,"
           " variables TEXT, n INTEGER);"
           "CREATE TABLE IF NOT EXISTS keyrow (listing INTEGER, pos INTEGER, grp INTEGER,"
           " terms TEXT, PRIMARY KEY (listing, pos)) WITHOUT ROWID;")


def _keyrow_values(lid: int, kr: KeyRows, memo: dict[Any, str] | None = None) -> Iterator[tuple[int, int, int, str]]:
    """The ``keyrow`` rows of a listing: ``terms`` is the text of ``json.dumps([_encode(t)
    for t in row], ensure_ascii=False)`` (tested), made from each term's JSON, itself made
    once per term (``memo``: the same event or name is in many listings' rows) by the C
    string encoder, not by a ``json.dumps`` call (a new encoder each) per row or term."""
    memo = {} if memo is None else memo
    for i, (row, g) in enumerate(zip(kr.rows, kr.groups, strict=True)):
        parts = []
        for t in row:
            text = memo.get(t)
            if text is None:
                text = memo[t] = _term_json(t)
            parts.append(text)
        yield lid, i, g, "[" + ", ".join(parts) + "]"


_json_string = json.encoder.encode_basestring  # json.dumps(text, ensure_ascii=False), in C when it can


def _term_json(term: Any) -> str:
    """``json.dumps(_encode(term), ensure_ascii=False)``."""
    item = _encode(term)
    if item is None:
        return "null"
    return "[" + ", ".join("null" if x is None else _json_string(x) for x in item) + "]"


# --------------------------------------------------------------------------- which store


#: stores opened by :func:`kg.corpus.store.open_store`, by ``id``, with their directory. The
#: store itself is held, so no other object can take its ``id`` while the entry lasts
#: (pyoxigraph stores take no weak references); the oldest entries go first.
_OPENED: dict[int, tuple[Any, ListingIndex]] = {}
_MAX_OPENED = 8


def register_store(store: Any, path: str | Path) -> None:
    """Remember that ``store`` is the store in directory ``path`` (its index is there)."""
    _OPENED.pop(id(store), None)
    _OPENED[id(store)] = (store, ListingIndex(path))
    while len(_OPENED) > _MAX_OPENED:
        _OPENED.pop(next(iter(_OPENED)))


def index_for(store: Any, where: str | Path | ListingIndex | None = None) -> ListingIndex | None:
    """The listing index of ``store``: ``where`` (a store directory or an index) when given,
    else the directory :func:`kg.corpus.store.open_store` opened it from, else None (an
    in-memory store has no index)."""
    if isinstance(where, ListingIndex):
        return where
    if where is not None:
        return ListingIndex(where)
    got = _OPENED.get(id(store))
    return got[1] if got is not None and got[0] is store else None
