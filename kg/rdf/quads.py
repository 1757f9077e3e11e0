"""The documents' graphs of an in-memory build without an rdflib ``Dataset``, for the
formats that are lists of statements (N-Quads, N-Triples).

``kg build DIR -o all.nq`` used to put every document's triples into an rdflib
``Dataset`` (~10 us a triple: three indexes and a context map) only to read them back
once for the writer. :class:`DocumentGraphs` keeps what the writer reads, and writes the
same bytes: rdflib's memory store iterates its graphs and each graph's triples in the order
of Python sets (hash order, which differs from one process to the next unless
``PYTHONHASHSEED`` is fixed), and the same sets built by the same operations iterate in the
same order. So each graph is a ``set`` of its triples, added in the order the Dataset added
them; the graph names are a ``set`` of names hashed as rdflib hashes its ``Graph``s
(``hash(identifier)``), with the default graph added where the build's validation and
conflict search add it; the union is the store's set of distinct triples. Output,
validation results and triple counts are the Dataset's, byte for byte
(``tests/rdf/test_quads.py`` compares both in one process, for several hash seeds).

What it does not do (the build uses the Dataset then, see :func:`needs_dataset`): a
conflict between documents (two releases, two start dates of one edition: recorded in
the graph, see :mod:`kg.graph.conflicts`), shapes outside the compiled engine's subset,
and any other output format.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator

from rdflib import Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

__all__ = ["DocumentGraphs", "FAST_FORMATS", "check_terms"]

#: the output formats written without a Dataset
FAST_FORMATS = frozenset({"nquads", "nt"})


def check_terms(triples: list[tuple]) -> None:
    """Raise what :func:`kg.corpus.store.ntriples` raises for ``triples`` (an IRI Oxigraph
    refuses, something that is no RDF term, text UTF-8 cannot encode), without writing
    them: each IRI is looked up in the store writer's cache of checked IRIs, each text
    checked for what UTF-8 refuses; at the first doubt the writer itself runs, so the
    error (type, message, which term) is its own. 4x cheaper than writing each document's
    N-Triples only to check them."""
    from rdflib import BNode, Literal

    from kg.corpus import store

    checked = store._IRIS
    ok = True
    for t in triples:
        for term in t:
            if isinstance(term, URIRef):
                if term in checked:
                    continue
                try:
                    store._nt_iri(term)
                except Exception:  # noqa: BLE001 - the writer below raises its own error
                    ok = False
                    break
            elif isinstance(term, Literal):
                lang, dt = term.language, term.datatype
                if not (_encodes(term) and (lang is None or _encodes(lang))):
                    ok = False
                    break
                if dt is not None and dt not in checked:
                    try:
                        store._nt_iri(dt)
                    except Exception:  # noqa: BLE001
                        ok = False
                        break
            elif not (isinstance(term, BNode) and _encodes(term)):
                ok = False
                break
        if not ok:
            break
    if not ok:
        store.ntriples(triples)


def _encodes(text: str) -> bool:
    if text.isascii():
        return True
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


class DocumentGraphs:
    """Documents' named graphs as sets of rdflib triples, in a Dataset's iteration order."""

    __slots__ = ("_names", "_graphs", "_union", "_order", "_closed")

    def __init__(self) -> None:
        self._names: set = set()  # Memory.__all_contexts (Graph objects hash as their identifier)
        self._graphs: dict[URIRef, set] = {}  # Memory.__contextTriples[graph]
        self._union: set = set()  # Memory.__contextTriples[None]
        self._order: list[tuple[URIRef, list]] = []  # (name, triples) as added, for a Dataset later
        self._closed = False

    def add(self, name, triples: Iterable[tuple]) -> None:
        """Add a document's triples to its graph (what ``Dataset.graph(name).addN`` does)."""
        name = URIRef(name)
        triples = list(triples)
        self._order.append((name, triples))
        self._names.add(name)
        graph = self._graphs.get(name)
        if graph is None:
            graph = self._graphs[name] = set()
        add_g, add_u = graph.add, self._union.add
        for t in triples:
            t = (t[0], t[1], t[2])
            add_u(t)
            add_g(t)

    def close(self) -> None:
        """What the build's conflict search does to the Dataset before it is written: it
        lists every graph, which adds the (empty) default graph to the store's graphs."""
        if not self._closed:
            self._names.add(DATASET_DEFAULT_GRAPH_ID)
            self._closed = True

    def __len__(self) -> int:
        """Distinct triples of the union (``len(dataset)``)."""
        return len(self._union)

    # ------------------------------------------------------------------ reading

    def union_triples(self) -> Iterator[tuple]:
        """Every distinct triple, in the order ``dataset.quads()`` first gives it."""
        return iter(self._union.copy())

    def graphs(self) -> list[tuple[URIRef, set]]:
        """``(name, triples)`` of each graph with triples, in ``dataset.graphs()`` order."""
        return [(name, self._graphs[name]) for name in list(self._names) if name in self._graphs]

    def possible_conflicts(self) -> bool:
        """Whether two values of one single-valued fact of one node are asserted anywhere
        (:func:`kg.graph.conflicts.conflicts_in_dataset`'s first test): only then can the
        documents disagree, and the build looks for conflicts in a Dataset."""
        from kg.graph.conflicts import SINGLE_VALUED

        props = frozenset(SINGLE_VALUED)
        values: dict = defaultdict(set)
        for s, p, o in self._union:
            if p in props:
                seen = values[(s, p)]
                seen.add(o)
                if len(seen) > 1:
                    return True
        return False

    # ------------------------------------------------------------------ SHACL

    def validate(self):
        """:func:`kg.graph.validate.validate` with ``engine="compiled"`` on the Dataset of
        these graphs (no conflicts: see :meth:`possible_conflicts`), or None when the
        shapes need pySHACL."""
        from rdflib import Graph
        from rdflib.namespace import SH

        from kg.graph.compiled_shacl import Index, compiled_shapes
        from kg.graph.conflicts import validate_per_document
        from kg.graph.validate import ValidationReport, ViolationRecord, _is_document

        compiled = compiled_shapes()
        if compiled is None:
            return None
        found = compiled.validate(Index(self.union_triples(), distinct=True,  # the union: a set
                                        pos_predicates=compiled.pos_predicates))
        if found:
            docs = [triples for name, triples in self.graphs() if _is_document(name)]
            if docs:
                found = validate_per_document(
                    found, lambda focus: [t for t in docs if any(x[0] in focus for x in t)], compiled.validate)
        results = [ViolationRecord(v.focus, v.path, v.value, v.severity, v.message, v.shape, v.component)
                   for v in found]
        conforms = not any(v.severity == SH.Violation for v in found)
        return ValidationReport(conforms=conforms, results=results, graph=Graph(), conflicts=[])

    # ------------------------------------------------------------------ writing

    def nquads(self) -> str:
        """What :func:`kg.graph.export.nquads` writes for the Dataset of these graphs."""
        return self.nquads_bytes().decode("utf-8")

    def nquads_bytes(self) -> bytes:
        """:meth:`nquads` as UTF-8, the bytes a file of it holds (rdflib's writer encodes
        with ``errors="replace"``), without decoding them back to text first (~0.1 ms a
        release of a build's 70 KB)."""
        from kg.graph.export import _TermWriter

        self.close()
        # _TermWriter.row inlined (each distinct term written once, by its own caches):
        # no method call and no second concatenation a statement
        w = _TermWriter()
        res, lits, quote = w.resources, w.literals, w._quote
        res_get, lit_get = res.get, lits.get
        literal = Literal
        parts: list[str] = []
        add = parts.append
        for name in list(self._names):
            graph = self._graphs.get(name)
            if not graph:
                continue
            tail = f" {name.n3()} .\n" if name != DATASET_DEFAULT_GRAPH_ID else " .\n"
            for s, p, o in graph.copy():
                ss = res_get(s)
                if ss is None:
                    ss = res[s] = s.n3()
                ps = res_get(p)
                if ps is None:
                    ps = res[p] = p.n3()
                if isinstance(o, literal):
                    os_ = lit_get(o)
                    if os_ is None:
                        os_ = lits[o] = quote(o)
                else:
                    os_ = res_get(o)
                    if os_ is None:
                        os_ = res[o] = o.n3()
                add(f"{ss} {ps} {os_}{tail}")
        parts.append("\n")
        return "".join(parts).encode("utf-8", "replace")

    def ntriples(self) -> str:
        """What :func:`kg.graph.export.ntriples` writes for the Dataset of these graphs: each
        triple once per graph holding it (the Dataset iterates quads)."""
        from kg.graph.export import _TermWriter

        self.close()
        row = _TermWriter().row
        counts: Counter = Counter()
        for graph in self._graphs.values():
            counts.update(graph)
        parts = []
        for t in self._union.copy():
            line = f"{row(t[0], t[1], t[2])} .\n"
            parts.append(line * counts[t] if counts[t] != 1 else line)
        text = "".join(parts)
        text.encode("utf-8")  # rdflib's writer raises for what UTF-8 cannot encode; so does this
        return text

    def serialize(self, fmt: str) -> str:
        return self.nquads() if fmt == "nquads" else self.ntriples()

    def serialize_bytes(self, fmt: str) -> bytes:
        """:meth:`serialize` encoded as the output file holds it (UTF-8); the same errors."""
        return self.nquads_bytes() if fmt == "nquads" else self.ntriples().encode("utf-8")

    # ------------------------------------------------------------------ the slow path

    def added(self) -> list[tuple[URIRef, list]]:
        """``(name, triples)`` as added, to fill a Dataset in the same order."""
        return list(self._order)
