"""Running SPARQL over the graph, and shaping the answer for people and programs.

One entry point, :func:`run_query`, for both back ends users meet: an rdflib graph or
dataset (what ``kg build`` produces in memory) and a ``pyoxigraph.Store`` (fast, on disk).
Either way the query sees the *union* of the named graphs, so a user never needs
``GRAPH ?g { ... }`` to find facts from every release. The common ``PREFIX`` lines
(``schema:``, ``ekg:``, ``ekgid:``, ``skos:``, ``prov:``, ``xsd:``, ...) are predeclared.

The answer is a :class:`QueryResult` that renders as a rich table, CSV, SPARQL 1.1 JSON or
plain records. ``EXAMPLE_QUERIES`` maps the names of the shipped ``queries/*.rq`` files
(``"hosts"``, ``"evidence"``, ...) to their text.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Node

from kg.graph.oxterms import from_ox, plain_literal as _plain_literal  # noqa: F401 - _plain_literal for tests
from kg.errors import QueryError
from kg.graph.export import union_view
from kg.rdf.namespaces import PREFIXES, bind_prefixes

__all__ = [
    "DEFAULT_LIMIT",
    "EXAMPLE_QUERIES",
    "QUERIES_DIR",
    "Page",
    "QueryInfo",
    "QueryResult",
    "UnknownParameter",
    "bind_parameters",
    "describe_query",
    "load_example_queries",
    "query_parameters",
    "run_query",
    "short_name",
]

QUERIES_DIR = Path(__file__).resolve().parents[2] / "queries"
_PACKAGED_QUERIES_DIR = Path(__file__).resolve().parents[1] / "resources" / "queries"
_NAMESPACES = sorted(((str(ns), name) for name, ns in PREFIXES.items()), key=lambda x: -len(x[0]))


def _python_value(term: Node | None) -> Any:
    """Literals as Python values (int, Decimal, date, str...); IRIs and blank nodes as N3."""
    if term is None:
        return None
    if isinstance(term, Literal):
        value = term.toPython()
        # datatypes rdflib cannot map (gYear, gYearMonth, ...) come back as a Literal
        return str(term) if isinstance(value, Literal) else value
    return term.n3()


def _record_value(term: Node | None) -> Any:
    """Like :func:`_python_value`, but an IRI is its plain string."""
    if isinstance(term, URIRef):
        return str(term)
    return _python_value(term)


def short_name(term: Node | None) -> str:
    """A compact, readable form: ``ekgid:event-…`` for IRIs, the lexical form for literals."""
    if term is None:
        return ""
    if isinstance(term, URIRef):
        text = str(term)
        for ns, prefix in _NAMESPACES:
            if text.startswith(ns) and len(text) > len(ns):
                return f"{prefix}:{text[len(ns) :]}"
        return f"<{text}>"
    if isinstance(term, BNode):
        return term.n3()
    return str(term)


@dataclass
class QueryResult:
    """The answer to a query: column names and rows of RDF terms.

    ``terms`` keeps the exact RDF terms (needed for the SPARQL JSON format); ``rows`` gives
    Python values for literals and N3 strings (``<https://…>``, ``_:b0``) for other nodes,
    ``None`` where a variable is unbound. ASK queries have one column ``"boolean"``;
    CONSTRUCT/DESCRIBE queries have columns subject/predicate/object and keep ``graph``.
    ``has_more`` is true when a page was asked for (``limit``) and rows follow it.
    """

    columns: list[str]
    terms: list[tuple[Node | None, ...]] = field(default_factory=list)
    boolean: bool | None = None
    graph: Graph | None = None
    has_more: bool = False

    @property
    def rows(self) -> list[tuple[Any, ...]]:
        return [tuple(_python_value(t) for t in row) for row in self.terms]

    def __len__(self) -> int:
        return len(self.terms)

    def __iter__(self) -> Iterator[tuple[Any, ...]]:
        return iter(self.rows)

    def to_records(self) -> list[dict[str, Any]]:
        """One dict per row, column name -> Python value: literals as in :attr:`rows`, IRIs
        as plain strings (``"https://w3id.org/event-kg/id/event-..."``, as CSV prints them,
        and as ``-p NAME=VALUE`` takes them back), blank nodes as ``"_:b0"``, ``None``
        where a variable is unbound. :attr:`terms` keeps the RDF terms."""
        return [dict(zip(self.columns, (_record_value(t) for t in row), strict=True))
                for row in self.terms]

    def to_table(self, title: str | None = None):
        """A :class:`rich.table.Table` with prefixed names (``ekgid:place-iso-no``)."""
        from rich.table import Table

        table = Table(title=title, show_lines=False)
        for name in self.columns:
            table.add_column(name, overflow="fold")
        for row in self.terms:
            table.add_row(*(short_name(t) for t in row))
        return table

    def to_csv(self) -> str:
        """SPARQL 1.1 CSV results: a header of variable names, plain values (full IRIs)."""
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(self.columns)
        for row in self.terms:
            writer.writerow(
                ["" if t is None else (t.n3() if isinstance(t, BNode) else str(t)) for t in row]
            )
        return out.getvalue()

    def to_json(self, indent: int | None = 2) -> str:
        """SPARQL 1.1 Query Results JSON (``head``/``results.bindings`` or ``boolean``)."""
        if self.boolean is not None:
            return json.dumps({"head": {}, "boolean": self.boolean}, indent=indent)
        bindings = []
        for row in self.terms:
            binding = {}
            for name, term in zip(self.columns, row, strict=True):
                if term is not None:
                    binding[name] = _json_term(term)
            bindings.append(binding)
        doc = {"head": {"vars": list(self.columns)}, "results": {"bindings": bindings}}
        return json.dumps(doc, indent=indent, ensure_ascii=False)


def _json_term(term: Node) -> dict[str, str]:
    if isinstance(term, URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, BNode):
        return {"type": "bnode", "value": str(term)}
    assert isinstance(term, Literal)
    out = {"type": "literal", "value": str(term)}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype is not None and term.datatype != XSD.string:
        out["datatype"] = str(term.datatype)
    return out


@dataclass(frozen=True)
class Page:
    """Which rows of a SELECT answer to keep: ``limit`` rows (None: all) after ``offset``.

    Rows are taken from the engine as it produces them and it is not asked for more, so
    a page of a query without ``ORDER BY`` costs its own rows only (the first 100 of the
    18,022 statistics about China in a 10,000-release store: 7 ms instead of 1.1 s). With
    ``ORDER BY`` the engine has to produce and sort every row before the first."""

    limit: int | None = None
    offset: int = 0

    def __post_init__(self) -> None:
        if (self.limit is not None and self.limit < 0) or self.offset < 0:
            raise QueryError(f"a page needs limit >= 0 and offset >= 0, got {self.limit}, {self.offset}")

    def take(self, rows: Iterable[Any]) -> tuple[list[Any], bool]:
        """The page's rows, and whether any row follows them."""
        stop = None if self.limit is None else self.offset + self.limit + 1
        got = list(islice(rows, self.offset, stop))
        if self.limit is not None and len(got) > self.limit:
            return got[: self.limit], True
        return got, False


ALL_ROWS = Page()

#: rows a SELECT answer gives unless ``limit`` says otherwise (``limit=None``: every row)
DEFAULT_LIMIT = 100


class _DefaultLimit(int):
    """``limit``'s default: :data:`DEFAULT_LIMIT` rows, unless the query has a ``LIMIT`` of
    its own (then the query says how many)."""

    def __repr__(self) -> str:
        return f"{int(self)} (the default page)"


_DEFAULT_PAGE = _DefaultLimit(DEFAULT_LIMIT)
#: a final ``LIMIT n`` / ``OFFSET n`` of the whole query (comments and spaces aside)
_OWN_LIMIT = re.compile(r"\b(?:LIMIT|OFFSET)\s+\d+(?:\s+(?:LIMIT|OFFSET)\s+\d+)?\s*(?:#[^\n]*\s*)*$",
                        re.IGNORECASE)


def default_limit(sparql: str, limit: int | None) -> int | None:
    """The rows to keep: ``limit`` as given, or for the default, :data:`DEFAULT_LIMIT`
    unless the query ends with a ``LIMIT``/``OFFSET`` of its own (then all it gives)."""
    if isinstance(limit, _DefaultLimit):
        return None if _OWN_LIMIT.search(sparql) else DEFAULT_LIMIT
    return limit


# --------------------------------------------------------------------------- rdflib


def _run_rdflib(graph: Graph, sparql: str, bindings: Mapping[str, Node] | None = None,
                page: Page = ALL_ROWS) -> QueryResult:
    from rdflib.plugins.sparql import prepareQuery

    try:
        prepared = prepareQuery(sparql, initNs=dict(PREFIXES))
    except Exception as err:  # pyparsing.ParseException and friends
        raise QueryError(f"the SPARQL query does not parse: {err}") from None
    try:
        result = union_view(graph).query(prepared, initBindings=dict(bindings or {}))
    except Exception as err:  # evaluation errors (unsupported feature, bad function use)
        raise QueryError(f"the SPARQL query failed: {err}") from None
    if result.type == "ASK":
        return QueryResult(
            columns=["boolean"],
            terms=[(Literal(bool(result.askAnswer)),)],
            boolean=bool(result.askAnswer),
        )
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        g = result.graph if result.graph is not None else Graph()
        bind_prefixes(g)
        return QueryResult(columns=["subject", "predicate", "object"], terms=list(g), graph=g)
    columns = [str(v) for v in (result.vars or [])]
    # values in ``result.vars`` order, None if unbound; rdflib yields them as it finds them,
    # and may raise while doing so (GROUP_CONCAT over an unbound variable, a bad cast)
    try:
        terms, more = page.take(tuple(row) for row in result)
    except Exception as err:
        raise QueryError(f"the SPARQL query failed: {_evaluation_error(err)}") from None
    return QueryResult(columns=columns, terms=terms, has_more=more)


def _evaluation_error(err: Exception) -> str:
    text = str(err).strip() or type(err).__name__
    if type(err).__name__ == "NotBoundError":  # rdflib: an aggregate over an unbound variable
        text += (" (rdflib cannot aggregate over an unbound variable: wrap it, e.g. "
                 'GROUP_CONCAT(COALESCE(?x, "")))')
    return text


# --------------------------------------------------------------------------- pyoxigraph


def _from_ox(term: Any) -> Node | None:
    """A pyoxigraph term as the rdflib term it denotes (:func:`kg.graph.oxterms.from_ox`)."""
    return from_ox(term, QueryError)


def _rows_from_ox(result: Iterable[Any], variables: list[Any]) -> list[tuple[Node | None, ...]]:
    """All solutions as rdflib terms; a term repeated across rows (an event, a country, a
    unit) is converted once (conversion was half the time of a 2,000-row answer)."""
    seen: dict[Any, Node | None] = {}
    rows = []
    for solution in result:
        row = []
        for v in variables:
            term = solution[v]
            got = seen.get(term, seen)
            if got is seen:
                got = seen[term] = _from_ox(term)
            row.append(got)
        rows.append(tuple(row))
    return rows


def _run_oxigraph(store: Any, sparql: str, page: Page = ALL_ROWS, *, python_order: bool = True,
                  index: Any = None) -> QueryResult:
    """Run on Oxigraph. With ``python_order``, a final ``ORDER BY ?a ?b ...`` is done in
    Python on the converted rows when :mod:`kg.graph.ordering` can order their values as
    the engine does; otherwise the engine sorts. Measured at 1.3 M quads: the unbound
    listings of hosts, sessions, topics and evidence 1.9-2.8x faster, events and
    guest-of-honor the same; a query bound to one value can be slower unordered (Oxigraph
    plans it differently), so :func:`run_query` asks for it only with no parameter bound."""
    from kg.graph.ordering import sort_rows, split_order_by

    split = split_order_by(sparql) if python_order else None
    if split is not None:
        unordered, keys = split
        if page.limit is not None:
            keyed = _keyed_page(store, sparql, unordered, keys, page, index)
            if keyed is not None:
                return keyed
        result = _ox_query(store, unordered)
        if not _is_solutions(result):
            return _ox_result(result, page)
        variables = [v.value for v in result.variables]
        if not {name for name, _ in keys} <= set(variables):  # sorted by what is not shown
            return _ox_result(_ox_query(store, sparql), page)  # (nothing was evaluated yet)
        try:
            rows = _rows_from_ox(result, variables)
        except (ValueError, OSError, RuntimeError) as err:  # raised while evaluating
            raise QueryError(f"the SPARQL query failed: {err}") from None
        # a query with a page key has its ties in a fixed order, the one its pages give
        ordered = sort_rows(rows, variables, keys, tiebreak=page_key(sparql) is not None)
        if ordered is not None:
            terms, more = page.take(ordered)
            return QueryResult(columns=variables, terms=terms, has_more=more)
    return _ox_result(_ox_query(store, sparql), page)


#: ``# Page key: SELECT ?x ?k1 ... WHERE { ... }`` in a query's header comment (see :func:`page_key`)
_PAGE_KEY_HEAD = re.compile(r"^#\s*Page key\b[^:]*:\s*(.*)$")
_PAGE_KEY_UNINDEXED = re.compile(r"^#\s*Page key without\b", re.IGNORECASE)
_WHERE_OPEN = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)
_COMMENT_LINE = re.compile(r"^[ \t]*#[^\n]*", re.MULTILINE)
_SELECT_DISTINCT = re.compile(r"^\s*SELECT\s+DISTINCT\b", re.IGNORECASE | re.MULTILINE)


def page_key(sparql: str, *, indexed: bool = True) -> str | None:
    """The *page key* a query's header declares, or None: a cheap SELECT whose first
    variable ``?x`` is a variable of the query and whose others are the first keys of its
    ``ORDER BY``, with a row (x, keys) for every row of the query. Its lines follow a
    ``# Page key:`` comment line, up to the next line that is not a comment or an empty one.

    A query may declare a second one, ``# Page key without the listing index:``, for
    ``indexed=False``: a coarser key that is cheaper to sort at every page (the fine one,
    sorted once into the store's listing index, makes smaller pages to read)."""
    found: dict[bool, str] = {}
    lines = sparql.splitlines()
    for i, line in enumerate(lines):
        if not line.startswith("#"):
            break
        m = _PAGE_KEY_HEAD.match(line)
        if m:
            body = [m.group(1)]
            for more in lines[i + 1:]:
                text = more[1:].strip() if more.startswith("#") else None
                if not text:
                    break
                body.append(text)
            text = " ".join(b for b in body if b).strip()
            if text:
                found.setdefault(_PAGE_KEY_UNINDEXED.match(line) is None, text)
    return found.get(True) if indexed or False not in found else found[False]


def _key_query_parts(sparql: str, unordered: str, indexed: bool = True) -> tuple[str, str, re.Match] | None:
    """The page key's text, the query with its comments blanked (offsets kept) and the
    opening of its WHERE, or None when the query declares no page key."""
    key_text = page_key(sparql, indexed=indexed)
    masked = _COMMENT_LINE.sub(lambda m: " " * len(m.group()), unordered)
    where = _WHERE_OPEN.search(masked)
    if key_text is None or where is None:
        return None
    return key_text, masked, where


def _sorted_key_rows(store: Any, key_text: str, keys: list[tuple[str, bool]]) -> Any:
    """The page key's rows sorted by the ``ORDER BY`` keys they carry, with their tie groups
    (a :class:`kg.corpus.listings.KeyRows`), or None when the key query does not fit the
    order (other keys, values this module cannot order)."""
    from kg.corpus.listings import KeyRows, tie_groups
    from kg.graph.ordering import column_keys, sort_rows

    try:
        key_result = _ox_query(store, key_text)
    except QueryError:
        return None
    if not _is_solutions(key_result):
        return None
    key_vars = [v.value for v in key_result.variables]
    names = [name for name, _ in keys]
    prefix = key_vars[1:] or key_vars[:1]  # ?x may be the first key itself
    if not key_vars or names[: len(prefix)] != prefix:
        return None
    kidx = [key_vars.index(n) for n in prefix]
    key_rows = _rows_from_ox(key_result, key_vars)
    ordered = sort_rows(key_rows, key_vars, keys[: len(prefix)])
    if ordered is None:
        return None
    cols = [column_keys(ordered, i) for i in kidx]
    if any(c is None for c in cols):
        return None
    rank = list(zip(*cols)) if cols else []  # the sort key of each key row, in order
    return KeyRows(key_vars, ordered, tie_groups(rank) if rank else [0] * len(ordered))


def listing_key_rows(store: Any, sparql: str) -> tuple[str, Any] | None:
    """``(signature, sorted key rows)`` of a listing (a query with a page key and a final
    ``ORDER BY``), what :mod:`kg.corpus.listings` keeps; None for another query."""
    from kg.corpus.listings import signature
    from kg.graph.ordering import split_order_by

    split = split_order_by(sparql)
    if split is None:
        return None
    unordered, keys = split
    parts = _key_query_parts(sparql, unordered)
    if parts is None:
        return None
    rows = _sorted_key_rows(store, parts[0], keys)
    return None if rows is None else (signature(parts[0], keys), rows)


#: values of ``?x`` bound in one query at most (a VALUES of 10,000 statistics took 24 s
#: at 1.35 M quads)
_MAX_BOUND = 1000
#: rows of the answer per key row, as the last page of each listing found (signature ->
#: rate): the next first page asks for as many values of ``?x`` as it will need at once
_ROWS_PER_KEY: dict[str, float] = {}
#: key rows sorted for a listing index that could not be written: (directory, signature,
#: fingerprint) -> rows
_UNWRITTEN: dict[tuple[str, str, str], Any] = {}


def _keyed_page(store: Any, sparql: str, unordered: str, keys: list[tuple[str, bool]],
                page: Page, index: Any = None) -> QueryResult | None:
    """:func:`_keyed_page_from`, without the index when its file is damaged."""
    from kg.corpus.listings import IndexUnreadable

    try:
        return _keyed_page_from(store, sparql, unordered, keys, page, index)
    except IndexUnreadable:
        if index is None:
            raise
        return _keyed_page_from(store, sparql, unordered, keys, page, None)


def _keyed_page_from(store: Any, sparql: str, unordered: str, keys: list[tuple[str, bool]],
                     page: Page, index: Any = None) -> QueryResult | None:
    """One page of an ordered listing without evaluating the whole of it, or None when the
    query declares no usable :func:`page_key` (the caller then evaluates everything).

    The key query's rows, sorted by the ``ORDER BY`` keys they carry, say in what order the
    values of ``?x`` come; the query is run bound to the first few values only
    (``VALUES ?x { ... }``), more as needed, until the rows whose keys rank at or before the
    last key taken fill the page. Every row of the query has its (x, keys) among the key
    rows, so no row that ranks before them is missed: the page is the one the whole sorted
    answer gives (ties on every key broken by :func:`kg.graph.ordering.sort_rows`' fixed
    order, as for the whole answer).

    ``index`` (a :class:`kg.corpus.listings.ListingIndex`) keeps the sorted key rows beside
    the store: read from it, a first page costs its own rows only. When it holds none for
    the store as it is now (missing, stale), they are sorted here and written to it."""
    from kg.corpus.listings import fingerprint, signature
    from kg.graph.ordering import sort_rows

    parts = _key_query_parts(sparql, unordered, indexed=index is not None)
    if parts is None or page.limit is None:
        return None
    key_text, masked, where = parts
    sig = signature(key_text, keys)
    kr = None
    if index is not None:
        fp = fingerprint(index.store_path)
        kr = index.key_rows(sig, fp)
        if kr is None:
            memo = (str(index.store_path), sig, fp)
            kr = _UNWRITTEN.get(memo) or _sorted_key_rows(store, key_text, keys)
            # missing or stale: sorted once, kept for the next reader (in this process
            # only when the index cannot be written: a store on read-only media)
            if kr is not None and memo not in _UNWRITTEN and not index.put([(sig, kr)], fp):
                _UNWRITTEN[memo] = kr
                while len(_UNWRITTEN) > 16:
                    _UNWRITTEN.pop(next(iter(_UNWRITTEN)))
    else:
        kr = _sorted_key_rows(store, key_text, keys)
    if kr is None:
        return None
    key_vars = kr.variables
    names = [name for name, _ in keys]
    ident, prefix = key_vars[0], key_vars[1:] or key_vars[:1]
    if names[: len(prefix)] != prefix or not re.search(rf"\?{ident}\b", masked[where.end():]):
        return None
    kidx = [key_vars.index(n) for n in prefix]
    ordered, groups = kr.rows, kr.groups
    need = page.offset + (page.limit or 0) + 1
    distinct = bool(_SELECT_DISTINCT.search(masked[: where.start()]))
    pool: list[tuple] = []
    seen_rows: set[tuple] = set()
    queried: set[Any] = set()
    variables: list[str] | None = None
    rate = _ROWS_PER_KEY.get(sig)
    # few values first, unless a page of this listing said how many rows a value gives:
    # one value can hold many rows (a release's evidence, a country's statistics)
    start, step = 0, (int(need / rate * 1.1) + 2 if rate else 4)
    while True:
        step = min(step, _MAX_BOUND)
        stop = min(kr.n, start + step)
        kr.ensure(stop + 1)
        while 0 < stop < kr.n and groups[stop] == groups[stop - 1]:
            stop += 1  # a tie is taken whole
            kr.ensure(stop + 1)
        batch = [r[0] for r in ordered[start:stop] if r[0] is not None and r[0] not in queried]
        batch = list(dict.fromkeys(batch))
        if batch:
            values = " ".join(t.n3() for t in batch)
            bound = f"{unordered[: where.end()]}\n  VALUES ?{ident} {{ {values} }}\n{unordered[where.end():]}"
            result = _ox_query(store, bound)
            if not _is_solutions(result):
                return None
            got_vars = [v.value for v in result.variables]
            if variables is None:
                variables = got_vars
                if not set(names) <= set(variables) or (ident not in variables and not distinct):
                    return None  # rows of two values could be one row of the whole answer
            try:
                rows = _rows_from_ox(result, variables)
            except (ValueError, OSError, RuntimeError) as err:
                raise _store_evaluation_error(err) from None
            for row in rows:
                if row not in seen_rows:
                    seen_rows.add(row)
                    pool.append(row)
            queried.update(batch)
        done = stop >= kr.n
        if variables is not None:
            idx = [variables.index(n) for n in prefix]
            allowed = None if done else {tuple(r[i] for i in kidx) for r in ordered[:stop]}
            kept = pool if allowed is None else [r for r in pool if tuple(r[i] for i in idx) in allowed]
            if done or len(kept) >= need:
                if stop:
                    _ROWS_PER_KEY[sig] = max(len(kept) / stop, 1e-3)
                ranked = sort_rows(kept, variables, keys, tiebreak=True)
                if ranked is None:
                    return None
                terms, more = page.take(ranked)
                return QueryResult(columns=variables, terms=terms, has_more=more)
            # as many more values as the rows found so far say the page still needs
            got_rate = len(kept) / stop if stop else 0.0
            step = max(step, int((need - len(kept)) / got_rate * 1.25) + 2) if got_rate else step * 4
        elif done:
            return None  # no key row: let the engine answer (it may still have rows)
        else:
            step *= 4
        start = stop


def _is_solutions(result: Any) -> bool:
    import pyoxigraph as ox

    return not isinstance(result, (ox.QueryBoolean, ox.QueryTriples))


def _ox_query(store: Any, sparql: str) -> Any:
    from kg.corpus.store import union_in_default_graph

    try:
        return store.query(
            sparql,
            # a kg store keeps the deduplicated union in its default graph; a store loaded
            # by other tools has named graphs only, and needs the (bag) union view
            use_default_graph_as_union=not union_in_default_graph(store),
            prefixes={name: str(ns) for name, ns in PREFIXES.items()},
        )
    except SyntaxError as err:
        raise QueryError(f"the SPARQL query does not parse: {err}") from None
    except (ValueError, OSError, RuntimeError) as err:
        raise _store_evaluation_error(err) from None


def _ox_result(result: Any, page: Page) -> QueryResult:
    import pyoxigraph as ox

    if isinstance(result, ox.QueryBoolean):
        return QueryResult(
            columns=["boolean"], terms=[(Literal(bool(result)),)], boolean=bool(result)
        )
    if isinstance(result, ox.QueryTriples):
        g = Graph()
        bind_prefixes(g)
        for t in result:
            g.add((_from_ox(t.subject), _from_ox(t.predicate), _from_ox(t.object)))
        return QueryResult(columns=["subject", "predicate", "object"], terms=list(g), graph=g)
    variables = [v.value for v in result.variables]
    try:
        solutions, more = page.take(result)  # lazily: the engine stops after the page
        terms = _rows_from_ox(solutions, variables)
    except (ValueError, OSError, RuntimeError) as err:  # raised while evaluating
        raise _store_evaluation_error(err) from None
    return QueryResult(columns=variables, terms=terms, has_more=more)


def _store_evaluation_error(err: Exception) -> Exception:
    """A failing store (I/O, RocksDB corruption) is exit 8, store unavailable; anything
    else the query's own failure (exit 7)."""
    from kg.corpus.store import is_storage_error, storage_error

    if is_storage_error(err):
        return storage_error(err)
    return QueryError(f"the SPARQL query failed: {err}")


# --------------------------------------------------------------------------- parameters

#: a parameter of a query: ``VALUES ?name { UNDEF }`` (UNDEF = any value)
_PARAMETER = re.compile(r"VALUES\s+\?(\w+)\s*\{\s*UNDEF\s*\}")
_PREFIXED = re.compile(r"^([A-Za-z][\w-]*):([\w.-]*)$")
#: an absolute IRI as CSV and ``to_records`` print it: ``https://...``, ``urn:...``
_ABSOLUTE_IRI = re.compile(r"^(?:[A-Za-z][A-Za-z0-9+.-]*://|urn:)[^\s<>\"{}|\\^`]+$")


class UnknownParameter(QueryError):
    """A parameter name the query does not declare: a bad command line (exit code 2)."""

    exit_code = 2


def query_parameters(sparql: str) -> list[str]:
    """The parameters of a query: the variables it lists as ``VALUES ?x { UNDEF }``.

    Left unbound, such a line constrains nothing (the query lists everything); bound with
    :func:`bind_parameters` it narrows the query to one value, which is also what makes it
    fast on a large store (the engine starts from the bound value instead of scanning)."""
    return list(dict.fromkeys(_PARAMETER.findall(sparql)))


def sparql_term(value: str) -> str:
    """A parameter value as a SPARQL term. IRIs, written any way the project prints them:
    ``<https://...>`` (N3, the table), ``https://...`` (CSV, ``to_records()``) and
    ``ekgid:doc-...`` (a project prefix). A value in double quotes is always a string
    literal (``'"https://example.org"'``); anything else is a string literal too."""
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] == '"':
        return json.dumps(value[1:-1], ensure_ascii=False)
    if value.startswith("<") and value.endswith(">") and not any(c in value[1:-1] for c in '<>"{}|^` '):
        return value
    if _ABSOLUTE_IRI.match(value):
        return f"<{value}>"
    m = _PREFIXED.match(value)
    if m and m.group(1) in PREFIXES:
        return f"<{PREFIXES[m.group(1)]}{m.group(2)}>"
    return json.dumps(value, ensure_ascii=False)  # a JSON string is a valid SPARQL string literal


def _checked_parameters(sparql: str, params: Mapping[str, str] | None) -> dict[str, str]:
    """``params`` with names as the query writes them (no ``?``); :class:`QueryError` for a
    name the query does not declare."""
    declared = query_parameters(sparql)
    checked = {}
    for name, value in (params or {}).items():
        name = name.lstrip("?$")
        if name not in declared:
            raise UnknownParameter(
                f"the query has no parameter {name!r}"
                + (f"; its parameters: {', '.join(declared)}" if declared else " (it declares none)")
            )
        checked[name] = value
    return checked


def bind_parameters(sparql: str, params: Mapping[str, str] | None) -> str:
    """Bind a query's parameters: ``{"placeName": "Norway"}`` turns
    ``VALUES ?placeName { UNDEF }`` into ``VALUES ?placeName { "Norway" }``.

    Raises :class:`QueryError` for a name the query does not declare."""
    for name, value in _checked_parameters(sparql, params).items():
        pattern = re.compile(r"VALUES\s+\?" + re.escape(name) + r"\s*\{\s*UNDEF\s*\}")
        line = f"VALUES ?{name} {{ {sparql_term(value)} }}"
        sparql = pattern.sub(lambda _m, line=line: line, sparql)  # a function: no escapes in values
    return sparql


def _rdflib_term(text: str) -> Node:
    """A term written by :func:`sparql_term` as an rdflib term."""
    if text.startswith("<"):
        return URIRef(text[1:-1])
    return Literal(json.loads(text))


def prepare_query(sparql: str, params: Mapping[str, str] | None = None) -> str:
    """The text :func:`run_query` runs: parameters bound, and the lines of those left
    unbound dropped. Such a line constrains nothing, but rdflib joins it as a block of its
    own (hosts.rq took over 120 s instead of 0.7 s at 1,000 releases)."""
    return _PARAMETER.sub("", bind_parameters(sparql, params))


def run_query(graph_or_dataset: Any, sparql: str, params: Mapping[str, str] | None = None, *,
              limit: int | None = _DEFAULT_PAGE, offset: int = 0, listings: Any = None) -> QueryResult:
    """Run a SPARQL query over an rdflib Graph/Dataset or a ``pyoxigraph.Store``.

    ``params`` binds the query's parameters (:func:`bind_parameters`). A SELECT answer comes
    in pages: by default the first :data:`DEFAULT_LIMIT` (100) rows, ``limit`` and
    ``offset`` ask for another page (:class:`Page`), ``limit=None`` for every row; the
    result's ``has_more`` tells whether rows follow. A query that ends with its own
    ``LIMIT`` (or ``OFFSET``) gives all the rows it asks for unless ``limit`` is given.
    ASK, CONSTRUCT and DESCRIBE are never paged.

    The default graph is the union of all named graphs, and the project prefixes are
    predeclared. A query that does not parse raises :class:`QueryError` (exit code 7)
    carrying the parser's message.

    A page of a listing (a query with a page key, :func:`page_key`) on a store reads the
    listing's order from the store's listing index (:mod:`kg.corpus.listings`), which
    ``listings`` names: a store directory or a ``ListingIndex``; by default the directory
    :func:`kg.corpus.store.open_store` opened the store from; ``False`` for none. The
    answer is the same without it, only slower.

    Beware: pyoxigraph 0.5 builds that union as a *bag* (oxigraph#1919, fixed in 0.6): a
    triple stated in two documents' graphs matches twice, so use ``SELECT DISTINCT`` and
    be wary of ``COUNT``/``SUM`` there. rdflib merges the graphs as a set.
    """
    page = Page(default_limit(sparql, limit), offset)
    if isinstance(graph_or_dataset, Graph):
        # rdflib joins a VALUES block after evaluating the rest (a bound hosts.rq took 177 s
        # at 1,000 releases): its parameters go in as initial bindings instead
        bindings = {name: _rdflib_term(sparql_term(value))
                    for name, value in _checked_parameters(sparql, params).items()}
        return _run_rdflib(graph_or_dataset, _PARAMETER.sub("", sparql), bindings, page)
    sparql = prepare_query(sparql, params)
    try:
        import pyoxigraph as ox
    except ImportError:  # pragma: no cover - pyoxigraph is a dependency
        ox = None
    if ox is not None and isinstance(graph_or_dataset, ox.Store):
        index = None
        if listings is not False and not params:
            from kg.corpus.listings import index_for

            index = index_for(graph_or_dataset, listings)
        return _run_oxigraph(graph_or_dataset, sparql, page, python_order=not params, index=index)
    raise TypeError(
        f"cannot query a {type(graph_or_dataset).__name__}: "
        "pass an rdflib Graph/Dataset or a pyoxigraph.Store"
    )


# --------------------------------------------------------------------------- examples


@dataclass(frozen=True)
class QueryInfo:
    """What a query's header comment says: the question it answers, notes on its columns,
    and each parameter with its explanation (from ``#   name   explanation`` lines)."""

    name: str
    description: str
    notes: str = ""
    parameters: dict[str, str] = field(default_factory=dict)
    unbound: str = ""  # what the query lists when no parameter is bound


_PARAMETER_LINE = re.compile(r"^\s{2,}(\w+)\s{2,}(.*)$")


def describe_query(text: str, name: str = "") -> QueryInfo:
    """Read the header comment of a query (the ``#`` lines before the first other line):
    its first paragraph is the description (``name.rq — `` removed), a paragraph starting
    ``Parameter`` lists the parameters, the others are notes. Parameters the query declares
    (:func:`query_parameters`) but the header does not explain get an empty explanation."""
    lines = []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        lines.append(line[1:].removeprefix(" ") if line.startswith("# ") else line[1:])
    paragraphs: list[list[str]] = [[]]
    for line in lines:
        if line.strip():
            paragraphs[-1].append(line)
        elif paragraphs[-1]:
            paragraphs.append([])
    paragraphs = [p for p in paragraphs if p]
    description, notes, unbound = "", [], ""
    explained: dict[str, str] = {}
    for i, para in enumerate(paragraphs):
        if para[0].startswith("Page key"):
            continue  # for run_query (page_key), not for people
        if para[0].startswith("Parameter"):
            head = para[0]
            if ";" in head:
                unbound = head.split(";", 1)[1].strip().rstrip("):").strip()
            for line in para[1:]:
                m = _PARAMETER_LINE.match(line)
                if m:
                    explained[m.group(1)] = m.group(2).strip()
                elif explained:  # a continuation line of the last explanation
                    last = next(reversed(explained))
                    explained[last] += " " + line.strip()
        elif i == 0:
            description = " ".join(x.strip() for x in para)
            description = re.sub(r"^[\w.-]+\.rq\s*[—-]+\s*", "", description)
        else:
            notes.append(" ".join(x.strip() for x in para))
    parameters = {p: explained.get(p, "") for p in query_parameters(text)}
    return QueryInfo(name=name, description=description, notes="\n".join(notes),
                     parameters=parameters, unbound=unbound)


def load_example_queries(directory: Path | None = None) -> dict[str, str]:
    """The shipped example queries, name (file stem) -> SPARQL text, sorted by name."""
    if directory is None:
        directory = QUERIES_DIR if QUERIES_DIR.is_dir() else _PACKAGED_QUERIES_DIR
    if not directory.is_dir():
        return {}
    return {p.stem: p.read_text(encoding="utf-8") for p in sorted(directory.glob("*.rq"))}


class _ExampleQueries(Mapping[str, str]):
    """Read-only mapping loaded on first use (so importing :mod:`kg.graph.query` stays cheap)."""

    def __init__(self) -> None:
        self._data: dict[str, str] | None = None

    def _load(self) -> dict[str, str]:
        if self._data is None:
            self._data = load_example_queries()
        return self._data

    def __getitem__(self, name: str) -> str:
        data = self._load()
        if name not in data:
            known = ", ".join(data) or "none found"
            raise KeyError(f"no example query {name!r}; known: {known}")
        return data[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._load())

    def __len__(self) -> int:
        return len(self._load())

    def __repr__(self) -> str:
        return f"EXAMPLE_QUERIES({sorted(self._load())})"


EXAMPLE_QUERIES: Mapping[str, str] = _ExampleQueries()
