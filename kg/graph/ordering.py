"""``ORDER BY ?a ?b ...`` done in Python, after Oxigraph has produced the rows unordered.

Oxigraph 0.5 sorts by fetching each compared string or IRI back from RocksDB, so a sort of
a few thousand rows can cost more than finding them (``hosts.rq`` at 1.3 M quads: 0.7 s
unordered, 2.0 s ordered; ``statistics-about-place.rq`` 2.0 s / 3.3 s). Sorting the rdflib
terms the rows are converted to anyway is cheaper. Only the plain case is taken: a query
whose last clause is ``ORDER BY`` over variables (``?x``, ``ASC(?x)``, ``DESC(?x)``), and
columns whose values this module orders as SPARQL does (unbound first, then blank nodes,
IRIs, literals; literals of one kind: numbers by value, plain strings by code point, dates,
date-times, four-digit years and year-months, booleans). Anything else (an expression, a column mixing literal kinds, a
language-tagged string) returns None and the engine sorts, so the rows always come in the
order the engine gives them (tested against it on the shipped queries).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal

from rdflib import BNode, Literal, URIRef
from rdflib.namespace import XSD

__all__ = ["column_keys", "split_order_by", "sort_rows"]

_KEY = r"(?:(?:ASC|DESC)\s*\(\s*\?\w+\s*\)|\?\w+)"
#: the last clause: ORDER BY and plain variable keys, then nothing (comments and spaces aside)
_ORDER_BY = re.compile(rf"\bORDER\s+BY((?:\s+{_KEY})+)\s*(?:#[^\n]*\s*)*$", re.IGNORECASE)
_ONE_KEY = re.compile(r"(ASC|DESC)?\s*\(?\s*\?(\w+)", re.IGNORECASE)
_TAIL_CLAUSE = re.compile(r"\b(?:LIMIT|OFFSET|VALUES|GROUP\s+BY|HAVING)\b[^}]*$", re.IGNORECASE)

_NUMERIC = frozenset(str(t) for t in (
    XSD.integer, XSD.decimal, XSD.double, XSD.float, XSD.int, XSD.long, XSD.short, XSD.byte,
    XSD.nonNegativeInteger, XSD.positiveInteger, XSD.nonPositiveInteger, XSD.negativeInteger,
    XSD.unsignedInt, XSD.unsignedLong, XSD.unsignedShort, XSD.unsignedByte))
_KINDS = {str(XSD.date): "date", str(XSD.dateTime): "dateTime", str(XSD.boolean): "boolean",
          str(XSD.string): "string", str(XSD.gYear): "gYear", str(XSD.gYearMonth): "gYearMonth"}
#: years and months without a time zone, four-digit years: their text sorts as their time
_YEARISH = {"gYear": re.compile(r"\d{4}"), "gYearMonth": re.compile(r"\d{4}-(?:0[1-9]|1[0-2])")}


def split_order_by(sparql: str) -> tuple[str, list[tuple[str, bool]]] | None:
    """The query without its final ``ORDER BY`` and the keys ``[(variable, descending)]``,
    or None when the query does not end with a plain variable ``ORDER BY``."""
    m = _ORDER_BY.search(sparql)
    if m is None or _TAIL_CLAUSE.search(sparql[m.end():]):
        return None
    keys = [(name, (direction or "").upper() == "DESC") for direction, name in _ONE_KEY.findall(m.group(1))]
    return sparql[: m.start()] + "\n", keys


def _literal_key(term: Literal) -> tuple[str, object] | None:
    """(kind, comparable value) of a literal, or None for one this module does not order."""
    if term.language:
        return None
    datatype = str(term.datatype) if term.datatype is not None else str(XSD.string)
    if datatype in _NUMERIC:
        value = term.value
        if isinstance(value, bool) or not isinstance(value, (int, float, Decimal)) or value != value:
            return None  # ill-typed or NaN
        return "number", value
    kind = _KINDS.get(datatype)
    if kind == "string":
        return kind, str(term)
    if kind is None:
        return None
    if kind in _YEARISH:
        text = str(term)
        return (kind, text) if _YEARISH[kind].fullmatch(text) else None
    value = term.value
    if kind == "date" and (type(value) is not date):
        return None
    if kind == "dateTime" and (not isinstance(value, datetime) or value.tzinfo is not None):
        return None
    if kind == "boolean" and not isinstance(value, bool):
        return None
    return kind, value


#: kinds Oxigraph orders by lexical form, then datatype IRI, when they meet in one column
#: (it cannot compare their values): strings, four-digit years and year-months, dates
#: without a time zone, each of which sorts by its text on its own too (checked against
#: the engine on random mixes: tests/graph/test_ordering.py)
_MIXABLE = frozenset({"string", "gYear", "gYearMonth", "date"})
_PLAIN_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def column_keys(rows: Sequence[tuple], i: int) -> list[tuple] | None:
    """The SPARQL sort key of column ``i`` of each row (two rows tie exactly when their keys
    are equal), or None when the column holds values this module does not order."""
    kinds = set()
    col = []
    for row in rows:
        term = row[i]
        if term is None:
            col.append((0, ""))
        elif isinstance(term, BNode):
            col.append((1, str(term)))
        elif isinstance(term, URIRef):
            col.append((2, str(term)))
        elif isinstance(term, Literal):
            got = _literal_key(term)
            if got is None:
                return None
            kinds.add(got[0])
            col.append((3, got[1]))
        else:
            return None
    if len(kinds) > 1:
        if kinds <= _MIXABLE:
            return _mixed_keys(rows, i)
        return None  # numbers beside strings, dates beside date-times: the engine decides
    return col


def _mixed_keys(rows: Sequence[tuple], i: int) -> list[tuple] | None:
    """Keys of a column mixing strings, years, year-months and plain dates: their text,
    then their datatype (the engine's order; None where a date is not plain)."""
    col = []
    for row in rows:
        term = row[i]
        if not isinstance(term, Literal):
            col.append((0, "", "") if term is None else (1 if isinstance(term, BNode) else 2, str(term), ""))
            continue
        datatype = str(term.datatype) if term.datatype is not None else _STRING
        if datatype == _DATE and not _PLAIN_DATE.fullmatch(str(term)):
            return None
        col.append((3, str(term), datatype))
    return col


_STRING, _DATE = str(XSD.string), str(XSD.date)


def _tiebreak(row: tuple) -> tuple:
    """A total order of whole rows, for rows that tie on every ``ORDER BY`` key (SPARQL
    leaves their order open): so the rows of a tie come in the same order whether the
    whole answer or one page of it is asked for."""
    out = []
    for term in row:
        if term is None:
            out.append((0, "", "", ""))
        elif isinstance(term, Literal):
            out.append((3, str(term.datatype or ""), term.language or "", str(term)))
        else:
            out.append((1 if isinstance(term, BNode) else 2, "", "", str(term)))
    return tuple(out)


def sort_rows(rows: list[tuple], columns: Sequence[str], keys: list[tuple[str, bool]], *,
              tiebreak: bool = False) -> list[tuple] | None:
    """``rows`` sorted by ``keys`` as the engine would, or None when a key column holds
    values whose SPARQL order this module does not reproduce (the caller lets the engine sort).
    With ``tiebreak``, rows tying on every key come in a fixed order (:func:`_tiebreak`)
    rather than the order they were given in."""
    index = {name: i for i, name in enumerate(columns)}
    if any(name not in index for name, _ in keys):
        return None
    prepared = []
    for name, descending in keys:
        col = column_keys(rows, index[name])
        if col is None:
            return None
        prepared.append((col, descending))
    order = list(range(len(rows)))
    if tiebreak:
        order.sort(key=lambda j: _tiebreak(rows[j]))
    for col, descending in reversed(prepared):  # stable sorts, last key first
        order.sort(key=col.__getitem__, reverse=descending)
    return [rows[j] for j in order]
