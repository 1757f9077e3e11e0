"""A compiled validator for the SHACL Core subset our shapes use, for builds at scale.

pySHACL is the reference (``kg validate`` runs it), but it costs ~40 µs per data triple,
more than a third of spaCy's own time per release. Our shapes use a small, fixed part of
SHACL Core, so ``compile_shapes`` turns the shapes graph into plain Python checks once per
process and ``CompiledShapes.validate`` runs them over a document's triples in well under
a millisecond. Nothing is repeated in code: every target, path, count, datatype, class,
range and message is read from ``shapes/*.ttl``. A shapes graph that uses anything outside
the subset raises :class:`Unsupported`, and callers fall back to pySHACL; the test suite
checks both engines agree on every conformance file in ``tests/data/shapes/``.

Supported: node and property shapes; sh:targetClass, sh:targetObjectsOf,
sh:targetSubjectsOf, sh:targetNode; predicate paths; sh:minCount, sh:maxCount,
sh:datatype, sh:class (no subclass inference, like ``inference='none'``), sh:in,
sh:hasValue, sh:minInclusive, sh:maxInclusive, sh:minExclusive, sh:maxExclusive,
sh:minLength, sh:maxLength, sh:lessThan, sh:lessThanOrEquals, sh:or, sh:and, sh:not,
sh:node, sh:nodeKind, sh:message, sh:severity, sh:deactivated.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF, SH, XSD
from rdflib.term import Node

from kg.graph.shapes import load_shapes

__all__ = ["Unsupported", "CompiledShapes", "Violation", "compile_shapes", "compiled_shapes", "validate_documents"]

_SHAPE_KEYS = frozenset({
    SH.targetClass, SH.targetObjectsOf, SH.targetSubjectsOf, SH.targetNode, SH.path, SH.minCount,
    SH.maxCount, SH.datatype, SH["class"], SH["in"], SH.hasValue, SH.minInclusive, SH.maxInclusive,
    SH.minExclusive, SH.maxExclusive, SH.minLength, SH.maxLength, SH.lessThan, SH.lessThanOrEquals,
    SH["or"], SH["and"], SH["not"], SH.node, SH.nodeKind, SH.message, SH.severity, SH.deactivated,
    SH.property, SH.name, SH.description, SH.order, SH.group, RDF.type,
})
_IGNORED_PREFIXES = ("http://www.w3.org/2000/01/rdf-schema#", "http://www.w3.org/2002/07/owl#",
                     "http://purl.org/dc/", "http://www.w3.org/2004/02/skos/core#")


class Unsupported(ValueError):
    """The shapes use SHACL features outside the compiled subset."""


@dataclass(frozen=True)
class Violation:
    focus: Node
    path: Node | None
    value: Node | None
    message: str
    shape: Node
    component: URIRef
    severity: URIRef = SH.Violation


_NO_NODE = object()  # no subject seen yet (Index)
_NONE: list = []  # a focus node's values of a path it has none of (read only, never changed)


class Index:
    """The triples of the data, indexed subject -> predicate -> objects."""

    __slots__ = ("spo", "types", "pos", "pos_predicates")

    def __init__(self, triples: Iterable[tuple[Node, Node, Node]], distinct: bool = False,
                 pos_predicates: Iterable[Node] | None = None) -> None:
        """``distinct``: the triples are known to come once each (a set's), so repeats are
        not looked for (each look-up compares rdflib terms in Python: ~15 ms of 44,000).
        ``pos_predicates``: the only predicates whose (subject, object) pairs are wanted
        (:attr:`pos`; the validator reads it for ``sh:targetObjectsOf`` / ``sh:targetSubjectsOf``
        only, :attr:`CompiledShapes.pos_predicates`); None keeps every predicate's.

        Plain dicts filled by hand (no ``defaultdict`` factories called per new key), the
        repeats dropped by one ``dict.fromkeys`` (in order, as before), ``rdf:type`` told by
        ``str.__eq__`` first (C, no rdflib ``__eq__`` call for every triple), a subject's
        run of triples (the mapper writes a node's triples together) looked up once, and
        ``pos`` kept for the target predicates alone: the same index for the validator in
        ~3/4 of the time (0.46 -> 0.35 ms a release, chunks of 64 generated releases)."""
        spo: dict[Node, dict[Node, list[Node]]] = {}
        types: dict[Node, set[Node]] = {}
        rdf_type = RDF.type
        is_type = str.__eq__
        spo_get, types_get = spo.get, types.get
        last_s: object = _NO_NODE
        by_p: dict[Node, list[Node]] = {}
        if pos_predicates is None:
            pos: dict[Node, list[tuple[Node, Node]]] = {}
            pos_get = pos.get
        else:
            pos = {p: [] for p in pos_predicates}
            pos_get = None
            wanted = pos.get
        for s, p, o in (triples if distinct else dict.fromkeys(triples)):
            if s is not last_s:
                by_p = spo_get(s)
                if by_p is None:
                    by_p = spo[s] = {}
                last_s = s
            vs = by_p.get(p)
            if vs is None:
                by_p[p] = [o]
            else:
                vs.append(o)
            if pos_get is None:
                so = wanted(p)
                if so is not None:
                    so.append((s, o))
            else:
                so = pos_get(p)
                if so is None:
                    pos[p] = [(s, o)]
                else:
                    so.append((s, o))
            if is_type(p, rdf_type) and p == rdf_type:  # the exact test only for the few that match
                ts = types_get(o)
                if ts is None:
                    types[o] = {s}
                else:
                    ts.add(s)
        self.spo, self.types, self.pos = spo, types, pos
        self.pos_predicates = None if pos_predicates is None else frozenset(pos)

    def values(self, focus: Node, path: Node) -> list[Node]:
        by_p = self.spo.get(focus)
        return by_p.get(path, []) if by_p else []

    def has_type(self, node: Node, cls: Node) -> bool:
        return node in self.types.get(cls, ())


Check = Callable[[Index, Node], list[tuple[URIRef, Node | None]]]  # -> [(component, value)]


def _number(node: Node) -> float | None:
    if isinstance(node, Literal):
        try:
            return float(node.toPython())
        except (TypeError, ValueError):
            return None
    return None


_XSD_STRING = XSD.string
_PLAIN = (None, _XSD_STRING)


def _is_string(node: Node) -> bool:
    return isinstance(node, Literal) and node.language is None and node.datatype in _PLAIN


def _datatype_ok(node: Node, dt: URIRef) -> bool:
    if not isinstance(node, Literal):
        return False
    if dt == _XSD_STRING:
        return _is_string(node)
    if node.datatype != dt:
        return False
    return node.ill_typed is not True  # a lexical form that does not match its datatype fails


def _datatype_test(dt: URIRef) -> Callable[[Node], bool]:
    """``lambda node: _datatype_ok(node, dt)``, the same answers without rdflib's Python
    ``__eq__`` on every value: its test (the same type, the same text) made with ``type``
    and ``str.__eq__`` (C), the comparison with ``xsd:string`` made once."""
    eq = str.__eq__
    if dt == _XSD_STRING:
        string_type = type(_XSD_STRING)

        def is_string(node: Node) -> bool:
            if not isinstance(node, Literal) or node.language is not None:
                return False
            nd = node.datatype
            return nd is None or (type(nd) is string_type and eq(nd, _XSD_STRING))

        return is_string
    dt_type = type(dt)

    def typed(node: Node) -> bool:
        if not isinstance(node, Literal):
            return False
        nd = node.datatype
        if nd is None or type(nd) is not dt_type or not eq(nd, dt):
            return False
        return node.ill_typed is not True  # a lexical form that does not match its datatype fails

    return typed


def _compare(a: Node, b: Node) -> int | None:
    """-1/0/1 for comparable literals (numbers, dates), else None."""
    if not (isinstance(a, Literal) and isinstance(b, Literal)):
        return None
    try:
        x, y = a.toPython(), b.toPython()
        if isinstance(x, Literal) or isinstance(y, Literal) or type(x) is not type(y) and not (
                isinstance(x, (int, float)) and isinstance(y, (int, float))):
            from decimal import Decimal
            if not all(isinstance(v, (int, float, Decimal)) for v in (x, y)):
                return None
        return (x > y) - (x < y)
    except TypeError:
        return None


class _ShapesIndex:
    """The shapes graph as nested dicts, read once: subject -> predicate -> objects, each
    in the order the graph's store gives them (its ``predicate_objects``), so the compiled
    checks come out in the same order as when compiled from the rdflib graph directly;
    compiling reads it ~2,900 times, and each rdflib lookup costs ~20 us (a fifth of a
    single release's whole validation)."""

    __slots__ = ("spo",)

    def __init__(self, g: Graph) -> None:
        spo: dict[Node, dict[Node, list[Node]]] = {}
        for s in set(g.subjects()):
            by_p = spo[s] = {}
            for p, o in g.predicate_objects(s):
                by_p.setdefault(p, []).append(o)
        self.spo = spo

    def objects(self, s: Node, p: Node) -> list[Node]:
        by_p = self.spo.get(s)
        return list(by_p.get(p, ())) if by_p else []

    def predicates(self, s: Node, _o=None) -> list[Node]:
        return [p for p, os in self.spo.get(s, {}).items() for _ in os]

    def subjects(self, p: Node, o: Node | None = None) -> set[Node]:
        return {s for s, by_p in self.spo.items() if p in by_p and (o is None or o in by_p[p])}

    def value(self, s: Node, p: Node) -> Node | None:
        found = self.spo.get(s, {}).get(p)
        return found[0] if found else None

    def __contains__(self, t: tuple[Node, Node, Node]) -> bool:
        return t[2] in self.spo.get(t[0], {}).get(t[1], ())

    def items(self, lst: Node) -> list[Node]:
        """An RDF list's members, as ``Graph.items`` walks it."""
        out, chain = [], {lst}
        while lst:
            item = self.value(lst, RDF.first)
            if item is not None:
                out.append(item)
            lst = self.value(lst, RDF.rest)
            if lst in chain:
                raise ValueError("List contains a recursive rdf:rest reference")
            chain.add(lst)
        return out


def _no_checks(idx: Index, focus: Node) -> list[tuple[URIRef, Node | None]]:
    """The checks of a shape with no constraints of its own (its property shapes have them)."""
    return []


class _Compiler:
    def __init__(self, g: _ShapesIndex) -> None:
        self.g = g
        self.cache: dict[Node, Callable[[Index, Node], bool]] = {}

    def one(self, shape: Node, p: Node) -> Node | None:
        return self.g.value(shape, p)

    def items(self, lst: Node) -> list[Node]:
        return self.g.items(lst)

    def check_keys(self, shape: Node) -> None:
        for p in set(self.g.predicates(shape, None)):
            if p not in _SHAPE_KEYS and not str(p).startswith(_IGNORED_PREFIXES):
                raise Unsupported(f"{p} on shape {shape}")

    def constraints(self, shape: Node) -> Check:
        """Checks of one shape on one focus node, returning failed (component, value) pairs."""
        self.check_keys(shape)
        g = self.g
        path = self.one(shape, SH.path)
        if path is not None and not isinstance(path, URIRef):
            raise Unsupported(f"complex sh:path on {shape}")
        checks: list[Callable[[Index, Node, list[Node]], list[tuple[URIRef, Node | None]]]] = []

        mn, mx = self.one(shape, SH.minCount), self.one(shape, SH.maxCount)
        if mn is not None:
            n = int(mn)
            checks.append(lambda idx, f, vs, n=n: [(SH.MinCountConstraintComponent, None)] if len(vs) < n else [])
        if mx is not None:
            n2 = int(mx)
            checks.append(lambda idx, f, vs, n=n2: [(SH.MaxCountConstraintComponent, None)] if len(vs) > n else [])
        dt = self.one(shape, SH.datatype)
        if dt is not None:
            checks.append(lambda idx, f, vs, ok=_datatype_test(dt): [(SH.DatatypeConstraintComponent, v) for v in vs
                                                                      if not ok(v)])
        for cls in g.objects(shape, SH["class"]):
            checks.append(lambda idx, f, vs, c=cls: [(SH.ClassConstraintComponent, v) for v in vs
                                                      if isinstance(v, Literal) or not idx.has_type(v, c)])
        lst = self.one(shape, SH["in"])
        if lst is not None:
            allowed = frozenset(self.items(lst))
            checks.append(lambda idx, f, vs, a=allowed: [(SH.InConstraintComponent, v) for v in vs if v not in a])
        for hv in g.objects(shape, SH.hasValue):
            checks.append(lambda idx, f, vs, hv=hv: [] if hv in vs else [(SH.HasValueConstraintComponent, None)])
        for key, comp, ok in (
            (SH.minInclusive, SH.MinInclusiveConstraintComponent, lambda c: c >= 0),
            (SH.maxInclusive, SH.MaxInclusiveConstraintComponent, lambda c: c <= 0),
            (SH.minExclusive, SH.MinExclusiveConstraintComponent, lambda c: c > 0),
            (SH.maxExclusive, SH.MaxExclusiveConstraintComponent, lambda c: c < 0),
        ):
            bound = self.one(shape, key)
            if bound is not None:
                checks.append(lambda idx, f, vs, b=bound, comp=comp, ok=ok: [
                    (comp, v) for v in vs if (c := _compare(v, b)) is None or not ok(c)])
        for key, comp, ok in ((SH.minLength, SH.MinLengthConstraintComponent, lambda n, m: n >= m),
                              (SH.maxLength, SH.MaxLengthConstraintComponent, lambda n, m: n <= m)):
            bound = self.one(shape, key)
            if bound is not None:
                checks.append(lambda idx, f, vs, m=int(bound), comp=comp, ok=ok: [
                    (comp, v) for v in vs if isinstance(v, BNode) or not ok(len(str(v)), m)])
        for key, comp, strict in ((SH.lessThan, SH.LessThanConstraintComponent, True),
                                  (SH.lessThanOrEquals, SH.LessThanOrEqualsConstraintComponent, False)):
            other = self.one(shape, key)
            if other is not None:
                def less(idx, f, vs, other=other, comp=comp, strict=strict):
                    bad = []
                    for v in vs:
                        for o in idx.values(f, other):
                            c = _compare(v, o)
                            if c is None or (c >= 0 if strict else c > 0):
                                bad.append((comp, v))
                    return bad
                checks.append(less)
        kind = self.one(shape, SH.nodeKind)
        if kind is not None:
            kinds = {SH.IRI: (URIRef,), SH.Literal: (Literal,), SH.BlankNode: (BNode,),
                     SH.BlankNodeOrIRI: (BNode, URIRef), SH.IRIOrLiteral: (URIRef, Literal),
                     SH.BlankNodeOrLiteral: (BNode, Literal)}[kind]
            checks.append(lambda idx, f, vs, k=kinds: [(SH.NodeKindConstraintComponent, v) for v in vs
                                                       if not isinstance(v, k)])
        for lst in g.objects(shape, SH["or"]):
            alts = [self.conforms_fn(s) for s in self.items(lst)]
            checks.append(lambda idx, f, vs, alts=alts: [(SH.OrConstraintComponent, v) for v in vs
                                                         if not any(a(idx, v) for a in alts)])
        for lst in g.objects(shape, SH["and"]):
            parts = [self.conforms_fn(s) for s in self.items(lst)]
            checks.append(lambda idx, f, vs, parts=parts: [(SH.AndConstraintComponent, v) for v in vs
                                                           if not all(a(idx, v) for a in parts)])
        for inner in g.objects(shape, SH["not"]):
            fn = self.conforms_fn(inner)
            checks.append(lambda idx, f, vs, fn=fn: [(SH.NotConstraintComponent, v) for v in vs if fn(idx, v)])
        for inner in g.objects(shape, SH.node):
            fn = self.conforms_fn(inner)
            checks.append(lambda idx, f, vs, fn=fn: [(SH.NodeConstraintComponent, v) for v in vs if not fn(idx, v)])

        # (the checks' failures in their order, as one list; a single check's list as it is)
        if not checks:
            return _no_checks
        if path is None:
            if len(checks) == 1:
                only = checks[0]

                def run(idx: Index, focus: Node) -> list[tuple[URIRef, Node | None]]:
                    return only(idx, focus, [focus])
            else:
                def run(idx: Index, focus: Node) -> list[tuple[URIRef, Node | None]]:
                    values = [focus]
                    out: list[tuple[URIRef, Node | None]] = []
                    for c in checks:
                        out += c(idx, focus, values)
                    return out
        elif len(checks) == 1:
            only = checks[0]

            def run(idx: Index, focus: Node) -> list[tuple[URIRef, Node | None]]:
                by_p = idx.spo.get(focus)
                return only(idx, focus, by_p.get(path, _NONE) if by_p else _NONE)
        else:
            def run(idx: Index, focus: Node) -> list[tuple[URIRef, Node | None]]:
                by_p = idx.spo.get(focus)
                values = by_p.get(path, _NONE) if by_p else _NONE
                out: list[tuple[URIRef, Node | None]] = []
                for c in checks:
                    out += c(idx, focus, values)
                return out

        return run

    def conforms_fn(self, shape: Node) -> Callable[[Index, Node], bool]:
        """Does a node conform to a shape (its own constraints and its property shapes)?"""
        if shape in self.cache:
            return self.cache[shape]
        own = self.constraints(shape)
        props = [self.conforms_fn(p) for p in self.g.objects(shape, SH.property)]

        def conforms(idx: Index, focus: Node) -> bool:
            return not own(idx, focus) and all(p(idx, focus) for p in props)

        self.cache[shape] = conforms
        return conforms


@dataclass
class _Rule:
    shape: Node  # the named node shape that reports
    source: Node  # the node or property shape holding the constraint
    path: Node | None
    message: str
    severity: URIRef
    run: Check


class CompiledShapes:
    """The shapes graph compiled to checks; ``validate(triples)`` lists the violations."""

    def __init__(self, g: Graph) -> None:
        g = _ShapesIndex(g)
        comp = _Compiler(g)
        self.targets: list[tuple[Node, list[tuple[str, Node]], list[_Rule]]] = []
        shapes = set(g.subjects(RDF.type, SH.NodeShape)) | {
            s for p in (SH.targetClass, SH.targetObjectsOf, SH.targetSubjectsOf, SH.targetNode)
            for s in g.subjects(p, None)}
        for shape in sorted(shapes, key=str):
            if (shape, SH.deactivated, Literal(True)) in g:
                continue
            targets = [(kind, t) for kind, p in (("class", SH.targetClass), ("objectsOf", SH.targetObjectsOf),
                                                 ("subjectsOf", SH.targetSubjectsOf), ("node", SH.targetNode))
                       for t in g.objects(shape, p)]
            if not targets:
                continue
            rules = [self._rule(comp, g, shape, shape)]
            for prop in g.objects(shape, SH.property):
                if (prop, SH.deactivated, Literal(True)) in g:
                    continue
                rules.append(self._rule(comp, g, shape, prop))
            self.targets.append((shape, targets, rules))
        #: the predicates whose subjects or objects are targets: all of Index.pos validate reads
        self.pos_predicates = frozenset(t for _, targets, _ in self.targets for kind, t in targets
                                        if kind in ("objectsOf", "subjectsOf"))

    @staticmethod
    def _rule(comp: _Compiler, g: _ShapesIndex, shape: Node, source: Node) -> _Rule:
        msg = comp.one(source, SH.message) or comp.one(shape, SH.message)
        sev = comp.one(source, SH.severity) or comp.one(shape, SH.severity) or SH.Violation
        return _Rule(shape, source, comp.one(source, SH.path), str(msg) if msg else "", sev,
                     comp.constraints(source))

    def validate(self, triples: Iterable[tuple[Node, Node, Node]] | Index) -> list[Violation]:
        if isinstance(triples, Index):
            idx = triples
            if idx.pos_predicates is not None and not self.pos_predicates <= idx.pos_predicates:
                raise ValueError("the index was built without the pairs of a target predicate")
        else:
            idx = Index(triples, pos_predicates=self.pos_predicates)
        out: list[Violation] = []
        for _, targets, rules in self.targets:
            focus: set[Node] = set()
            for kind, t in targets:
                if kind == "class":
                    focus |= idx.types.get(t, set())
                elif kind == "objectsOf":
                    focus |= {o for _, o in idx.pos.get(t, ())}
                elif kind == "subjectsOf":
                    focus |= {s for s, _ in idx.pos.get(t, ())}
                else:
                    focus.add(t)
            runs = [(rule, rule.run) for rule in rules if rule.run is not _no_checks]  # those find nothing
            for f in focus:
                for rule, run in runs:
                    for component, value in run(idx, f):
                        out.append(Violation(f, rule.path, value, rule.message, rule.shape, component, rule.severity))
        return out

    def validate_documents(self, documents: Sequence[Sequence[tuple[Node, Node, Node]]]) -> list[Violation]:
        """Validate each document's claims: the union at once, then a second look, one
        document at a time, at what only a union can break (two documents, one start date
        each: a conflict between documents, :mod:`kg.graph.conflicts`, not a violation)."""
        return validate_documents(self, documents)

    def conforms(self, triples) -> bool:
        return not any(v.severity == SH.Violation for v in self.validate(triples))


def validate_documents(shapes, documents: Sequence[Sequence[tuple[Node, Node, Node]]]) -> list[Violation]:
    """:meth:`CompiledShapes.validate_documents` for anything with a ``validate(triples)``."""
    from kg.graph.conflicts import validate_per_document

    found = shapes.validate(t for doc in documents for t in doc)
    return validate_per_document(
        found, lambda focus: [doc for doc in documents if any(t[0] in focus for t in doc)], shapes.validate)


def compile_shapes(shapes: Graph) -> CompiledShapes:
    """Compile a shapes graph; raises :class:`Unsupported` for features outside the subset."""
    return CompiledShapes(shapes)


@lru_cache(maxsize=1)
def compiled_shapes() -> CompiledShapes | None:
    """The project's shapes compiled once per process, or None when they need pySHACL."""
    try:
        return compile_shapes(load_shapes())
    except Unsupported:
        return None
