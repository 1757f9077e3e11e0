"""The model's attribute ruler, compiled into look-up tables: the same annotations, 10x sooner.

``en_core_web_sm``'s ``attribute_ruler`` maps each token's fine tag (and, for ~120 exceptions,
its lower-case form, dependency label or whitespace) to its coarse POS, morphology and a few
lemmas. It runs spaCy's general ``Matcher``: every one of its ~180 patterns is tried at every
token, then each match is applied through a ``Span``. On releases that is ~6 ms a document,
a sixth of the whole parse (tok2vec 10, parser 5, NER 14.5 ms on 240-word releases).

Every pattern the model ships is a fixed sequence of single-token tests on ``TAG``, ``LOWER``,
``DEP`` or ``IS_SPACE`` (equality, ``IN``, ``NOT_IN``, ``REGEX``). :class:`AttributeTable` indexes each
pattern by one of its equality tests (the lower-case form, else the tag, ...), so a token meets
only the few patterns that can match it, and writes the results with one ``Doc.from_array``.
Precedence is the ruler's: matches are applied in pattern order, the later wins.

Built from the loaded ruler's own patterns (no rule is written here); a pattern outside that
form (an operator, a regex, another attribute) raises :class:`NotCompilable` and the pipeline
keeps spaCy's ruler. ``tests/pipeline/test_attribute_table.py`` checks the annotations are
identical, token by token, to the ruler's.
"""

from __future__ import annotations

import re
from typing import Any

import numpy

#: the token attributes a compiled pattern may test, by spaCy attribute name
TESTABLE = ("TAG", "LOWER", "DEP", "IS_SPACE")
#: preference of the attribute a pattern is indexed by: the rarest values first
INDEX_ORDER = ("LOWER", "TAG", "DEP", "IS_SPACE")


class NotCompilable(ValueError):
    """A ruler pattern this table cannot express; the pipeline keeps spaCy's ruler."""


def _value_id(strings, value: Any) -> int:
    if isinstance(value, bool):
        return int(value)
    if not isinstance(value, str):
        raise NotCompilable(f"value {value!r}")
    return int(strings.add(value)) if value else 0


class _Regex:
    """A ``REGEX`` test (``re.search``, as the Matcher) on an attribute's string, cached by id."""

    def __init__(self, strings, pattern: str) -> None:
        self._search = re.compile(pattern).search
        self._strings = strings
        self._seen: dict[int, bool] = {}

    def __contains__(self, value: int) -> bool:
        hit = self._seen.get(value)
        if hit is None:
            hit = self._seen[value] = bool(self._search(self._strings[value]))
        return hit


def _token_test(strings, spec: dict) -> tuple[list[tuple[int, bool, Any]], dict[str, frozenset[int]]]:
    """One pattern token as ``(column, must_be_in, values)`` tests, and its equality sets for
    indexing."""
    tests: list[tuple[int, bool, Any]] = []
    equal: dict[str, frozenset[int]] = {}
    for key, want in spec.items():
        attr = key.upper() if isinstance(key, str) else key
        if attr not in TESTABLE:
            raise NotCompilable(f"attribute {key!r}")
        column = TESTABLE.index(attr)
        for op, values in (want.items() if isinstance(want, dict) else [("IN", [want])]):
            if op == "REGEX" and isinstance(values, str):
                tests.append((column, True, _Regex(strings, values)))
            elif op in ("IN", "NOT_IN") and isinstance(values, (list, tuple, set)):
                ids = frozenset(_value_id(strings, v) for v in values)
                tests.append((column, op == "IN", ids))
                if op == "IN":
                    equal[attr] = ids if attr not in equal else equal[attr] & ids
            else:
                raise NotCompilable(f"predicate {op!r} {values!r}")
    return tests, equal


class AttributeTable:
    """A compiled ``AttributeRuler``: call it on a Doc (tagged and parsed) as the ruler.

    Single-token patterns depend on one token's four tested values only, so what they set is
    worked out once per distinct ``(tag, lower, dep, is_space)`` and cached; the few longer
    patterns are looked up by their indexed token."""

    #: distinct token signatures kept before the cache starts afresh (a feed's vocabulary)
    CACHE_SIZE = 200_000

    def __init__(self, ruler) -> None:
        from spacy.attrs import IDS

        strings = ruler.vocab.strings
        self._columns = [IDS[a] for a in TESTABLE]
        #: single-token patterns: (group, tests); longer ones: (group, length, target, tests per token)
        self._single: list[tuple[int, list[tuple[int, bool, Any]]]] = []
        self._longer: list[tuple[int, int, int, list[list[tuple[int, bool, Any]]]]] = []
        #: (column, value id) -> single pattern numbers / (longer pattern number, offset)
        self._single_index: dict[tuple[int, int], list[int]] = {}
        self._single_unindexed: list[int] = []
        self._longer_index: dict[tuple[int, int], list[tuple[int, int]]] = {}
        self._longer_unindexed: list[tuple[int, int]] = []
        set_attrs: set[int] = set()
        for group, entry in enumerate(ruler.patterns):
            index = int(entry.get("index", 0))
            for pattern in entry["patterns"]:
                if not isinstance(pattern, list) or not pattern:
                    raise NotCompilable(f"pattern {pattern!r}")
                tokens = [_token_test(strings, spec) for spec in pattern]
                length = len(tokens)
                if not -length <= index < length:
                    raise NotCompilable(f"index {index} of a {length}-token pattern")
                key = _index_key(tokens)
                if length == 1:
                    self._single.append((group, tokens[0][0]))
                    number = len(self._single) - 1
                    if key is None:
                        self._single_unindexed.append(number)
                    for column_value in key[1] if key else ():
                        self._single_index.setdefault(column_value, []).append(number)
                else:
                    self._longer.append((group, length, index % length, [t for t, _ in tokens]))
                    number = len(self._longer) - 1
                    if key is None:
                        self._longer_unindexed.append((number, 0))
                    for column_value in key[1] if key else ():
                        self._longer_index.setdefault(column_value, []).append((number, key[0]))
            set_attrs.update(ruler.attrs[group])
        self._attrs = [dict(a) for a in ruler.attrs]
        self._set_columns = sorted(set_attrs)
        self._set_position = {a: i for i, a in enumerate(self._set_columns)}
        self._by_row: dict[tuple[int, ...], tuple[tuple[int, ...], list[tuple[int, int]]]] = {}
        self._by_key: dict[bytes, tuple] = {}  # the same, by the row's bytes (__call__)

    def _writes(self, groups) -> list[tuple[int, int]]:
        """``(column, value)`` the groups write, applied in order (the later wins)."""
        final: dict[int, int] = {}
        for group in groups:
            for attr, value in self._attrs[group].items():
                final[self._set_position[attr]] = value
        return list(final.items())

    def _for_row(self, row: tuple[int, ...]):
        """For a token with these values: the single-token groups it matches, what they write,
        and the longer patterns it may be part of (``(number, offset)``, its own test passed)."""
        found = self._by_row.get(row)
        if found is None:
            numbers = list(self._single_unindexed)
            hits = list(self._longer_unindexed)
            for column, value in enumerate(row):
                numbers.extend(self._single_index.get((column, value), ()))
                hits.extend(self._longer_index.get((column, value), ()))
            groups = tuple(sorted({self._single[n][0] for n in numbers if _passes(row, self._single[n][1])}))
            hits = [(n, offset) for n, offset in hits if _passes(row, self._longer[n][3][offset])]
            if len(self._by_row) >= self.CACHE_SIZE:
                self._by_row.clear()
            found = self._by_row[row] = (groups, self._writes(groups), hits)
        return found

    def _for_key(self, key: bytes, row) -> tuple:
        """:meth:`_for_row` of a token's row (a numpy row of its tested values), remembered by
        its bytes ``key`` (:attr:`_by_key`, emptied with the row cache)."""
        if len(self._by_key) >= self.CACHE_SIZE:
            self._by_key.clear()
        found = self._by_key[key] = self._for_row(tuple(int(v) for v in row))
        return found

    def __call__(self, doc):
        n = len(doc)
        if not n:
            return doc
        # each token's tested values as one bytes key (a row of the uint64 array seen as a
        # 32-byte void: 10x cheaper than a tuple of Python ints); the ints only for a key
        # not seen before, and for the tokens of a longer pattern's test
        array = numpy.ascontiguousarray(doc.to_array(self._columns).reshape((n, -1)))
        keys = array.view(numpy.dtype((numpy.void, array.shape[1] * array.itemsize))).ravel().tolist()
        cached = self._by_key.get
        found = [cached(key) or self._for_key(key, array[i]) for i, key in enumerate(keys)]
        longer: dict[int, set[int]] = {}
        rows = None
        for i, (_groups, _writes, hits) in enumerate(found):
            for number, offset in hits:
                group, length, target, tests = self._longer[number]
                start = i - offset
                if rows is None:
                    rows = array.tolist()
                if 0 <= start and start + length <= n and all(
                        _passes(rows[start + k], token_tests) for k, token_tests in enumerate(tests)):
                    longer.setdefault(start + target, set()).add(group)
        # the writes as (token, column, value) columns, put into the token table in one
        # assignment (each token writes a column once: _writes keeps the last of a group)
        at_token: list[int] = []
        at_column: list[int] = []
        values: list[int] = []
        for i, (groups, writes, _hits) in enumerate(found):
            if i in longer:
                writes = self._writes(sorted(set(groups) | longer[i]))
            for column, value in writes:
                at_token.append(i)
                at_column.append(column)
                values.append(value)
        if values:
            table = doc.to_array(self._set_columns).reshape((n, -1))
            table[at_token, at_column] = numpy.array(values, dtype=numpy.uint64)
            doc.from_array(self._set_columns, table)
        return doc

    def pipe(self, docs, batch_size: int = 128):
        for doc in docs:
            yield self(doc)


def _index_key(tokens) -> tuple[int, list[tuple[int, int]]] | None:
    """The token offset and ``(column, value)`` keys a pattern is indexed by: an equality
    test on the rarest attribute (:data:`INDEX_ORDER`); None if it has none."""
    for attr in INDEX_ORDER:
        for offset, (_tests, equal) in enumerate(tokens):
            if attr in equal:
                column = TESTABLE.index(attr)
                return offset, [(column, value) for value in equal[attr]]
    return None


def _passes(row: list[int], tests: list[tuple[int, bool, Any]]) -> bool:
    for column, must_be_in, values in tests:
        if (row[column] in values) is not must_be_in:
            return False
    return True


FACTORY = "ekg_attribute_table"


def _register() -> None:
    from spacy.language import Language

    if not Language.has_factory(FACTORY):
        Language.factory(FACTORY, func=lambda nlp, name: AttributeTable(nlp.get_pipe("attribute_ruler")))


def compile_ruler(nlp) -> bool:
    """Run the pipeline's ``attribute_ruler`` as its compiled table (a component named
    ``attribute_table`` right after it; the ruler stays in the pipeline, disabled). False, and
    the pipeline unchanged, when the ruler has a pattern the table cannot express."""
    if "attribute_ruler" not in nlp.pipe_names:
        return False
    _register()
    try:
        nlp.add_pipe(FACTORY, name="attribute_table", after="attribute_ruler")
    except NotCompilable:
        return False
    nlp.disable_pipe("attribute_ruler")
    return True
