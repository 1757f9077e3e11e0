"""Validate an event-kg graph against ``shapes/event-kg.ttl`` (SHACL Core, via pySHACL).

    report = validate(graph)          # an rdflib Graph or Dataset
    if not report.conforms:
        print(report.text())          # grouped by message, focus nodes as ekgid:...
        for r in report.results: ...  # ViolationRecord(focus, path, value, severity, message, shape)

The shapes graph is parsed once per process and reused. Validation runs with
``inference='none'`` (the data asserts every type directly, see docs/graph-model.md),
``advanced=False`` and ``meta_shacl=False``, which keeps it linear in the size of the data.

A :class:`rdflib.Dataset` (one named graph per document) is validated as the union of all
its graphs, so that a node described in two documents is checked once, with every
statement about it; a result only the union gives (two documents, one start date each) is
not a violation but a conflict between documents (:mod:`kg.graph.conflicts`), listed in
``report.conflicts``: SHACL checks each document's claims.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.namespace import RDF, SH, XSD
from rdflib.term import Node

from kg.graph.shapes import Shapes, load_shapes
from kg.graph.shapes import shapes as _project_shapes
from kg.rdf.namespaces import bind_prefixes

__all__ = ["ViolationRecord", "ValidationReport", "validate", "load_shapes", "report_graph"]

SHAPES_NS = "https://w3id.org/event-kg/shapes#"


@dataclass(frozen=True)
class ViolationRecord:
    """One SHACL validation result.

    ``shape`` is the named node shape that reported it (``ekgsh:EventShape``); for a
    result from an anonymous property shape, the named shape that holds it. ``component``
    is the SHACL constraint component (``sh:MinCountConstraintComponent``, ...).
    """

    focus: Node
    path: Node | None
    value: Node | None
    severity: URIRef
    message: str
    shape: Node | None
    component: URIRef | None = None


@dataclass
class ValidationReport:
    conforms: bool
    results: list[ViolationRecord]
    graph: Graph = field(repr=False)  # the SHACL validation report graph
    against: str = "the event-kg shapes"  # for the report's first line
    #: documents disagreeing on an edition's single-valued facts (kg.graph.conflicts):
    #: reported, never violations
    conflicts: list = field(default_factory=list)

    def __bool__(self) -> bool:
        return self.conforms

    def to_graph(self) -> Graph:
        """The report as a SHACL validation report graph (``sh:ValidationReport``, one
        ``sh:result`` per problem), as pySHACL returns it. pySHACL's own graph when it ran;
        the compiled engine's results written the same way otherwise."""
        if len(self.graph):
            return self.graph
        return report_graph(self.conforms, self.results)

    def serialize(self, fmt: str = "turtle") -> str:
        """The report graph as Turtle, JSON-LD, N-Triples, ... (:meth:`to_graph`)."""
        from kg.graph.export import _normalize_format

        fmt = _normalize_format(fmt)
        g = self.to_graph()
        bind_prefixes(g)
        g.bind("sh", SH)
        g.bind("ekgsh", SHAPES_NS)
        if fmt in ("trig", "nquads"):
            fmt = {"trig": "turtle", "nquads": "nt"}[fmt]  # a report is one graph
        if fmt == "json-ld":  # compact, with the prefixes the report uses
            from kg.rdf.namespaces import PREFIXES

            context = {**{k: str(v) for k, v in PREFIXES.items()}, "sh": str(SH), "ekgsh": SHAPES_NS}
            return g.serialize(format="json-ld", context=context, auto_compact=True, indent=2)
        return g.serialize(format=fmt)

    def text(self, max_examples: int = 5) -> str:
        """A report for people: one block per message, with at most ``max_examples``
        focus nodes each, shown as prefixed names (``ekgid:event-...``); then the
        conflicts between documents, if any."""
        text = self._violations_text(max_examples)
        if self.conflicts:
            from kg.graph.conflicts import conflicts_text

            text += "\n\n" + conflicts_text(self.conflicts)
        return text

    def _violations_text(self, max_examples: int) -> str:
        if self.conforms:
            return f"The graph conforms to {self.against}."
        names = _short_namer()
        groups: dict[tuple[str, str], list[ViolationRecord]] = defaultdict(list)
        for record in self.results:
            groups[(_severity_name(record.severity), record.message)].append(record)
        n_nodes = len({r.focus for r in self.results})
        lines = [
            f"The graph does not conform to {self.against}: {len(self.results)} problem(s) "
            f"on {n_nodes} node(s), {len(groups)} kind(s)."
        ]
        order = sorted(
            groups.items(), key=lambda kv: (_SEVERITY_ORDER.get(kv[0][0], 9), -len(kv[1]), kv[0][1])
        )
        for (severity, message), records in order:
            shape = records[0].shape
            where = f" [{names(shape)}]" if shape is not None else ""
            lines.append("")
            # One line per (focus, path, value): a value can break two constraints that share
            # a message (a string edition is neither an integer nor >= 1).
            details = list(dict.fromkeys(_detail(r, names) for r in records))
            lines.append(f"{severity}: {message} ({len(details)}){where}")
            lines.extend(f"  - {d}" for d in details[:max_examples])
            if len(details) > max_examples:
                lines.append(f"  ... and {len(details) - max_examples} more")
        return "\n".join(lines)


_SEVERITY_ORDER = {"Violation": 0, "Warning": 1, "Info": 2}
_PLAIN_NUMBERS = {XSD.integer, XSD.decimal}


def _detail(record: ViolationRecord, names) -> str:
    detail = names(record.focus)
    if record.path is not None:
        detail += f" {names(record.path)}"
    if record.value is not None and record.value != record.focus:
        detail += f" = {names(record.value)}"
    return detail


def _severity_name(severity: URIRef) -> str:
    return str(severity).rsplit("#", 1)[-1]


def _short_namer():
    graph = Graph()
    bind_prefixes(graph)
    graph.bind("ekgsh", SHAPES_NS)
    graph.bind("sh", SH)
    nm = graph.namespace_manager

    def name(node: Node | None) -> str:
        if node is None:
            return ""
        if isinstance(node, URIRef):
            try:
                return nm.normalizeUri(node)
            except Exception:  # pragma: no cover - unusual IRIs
                return f"<{node}>"
        if isinstance(node, Literal):
            # 18, "18", "2031-05-10"^^xsd:date, "Bergen"@en
            text = str(node) if node.datatype in _PLAIN_NUMBERS else node.n3(nm)
            return text if len(text) <= 80 else text[:77] + "..."
        return node.n3()

    return name


def _as_graph(data: Graph | Dataset) -> Graph:
    """One plain Graph holding every triple of ``data``: for a Dataset, the union of the
    default graph and all named graphs. The input is never modified."""
    # Why a copy: pySHACL 0.26 (the oldest we allow) validates each named graph of a Dataset
    # on its own, which is wrong for us (a node's triples are spread over documents), and
    # later versions switch the Dataset they are given to default_union. Copying costs
    # ~6 us a triple (an eighth of the validation itself) and behaves the same everywhere.
    if isinstance(data, Dataset) or getattr(data, "context_aware", False):
        union = Graph()
        union.namespace_manager = data.namespace_manager
        add = union.store.add
        # With context None the store yields each distinct triple once, whichever graphs hold it.
        for triple, _contexts in data.store.triples((None, None, None), None):
            add(triple, union, quoted=False)
        return union
    return data


def report_graph(conforms: bool, results: list[ViolationRecord]) -> Graph:
    """A SHACL validation report graph for ``results`` (sh:focusNode, sh:resultPath,
    sh:value, sh:resultSeverity, sh:sourceShape, sh:resultMessage,
    sh:sourceConstraintComponent), the shape pySHACL writes."""
    g = Graph()
    report = BNode()
    g.add((report, RDF.type, SH.ValidationReport))
    g.add((report, SH.conforms, Literal(bool(conforms))))
    for r in results:
        node = BNode()
        g.add((report, SH.result, node))
        g.add((node, RDF.type, SH.ValidationResult))
        g.add((node, SH.focusNode, r.focus))
        g.add((node, SH.resultSeverity, r.severity))
        g.add((node, SH.resultMessage, Literal(r.message)))
        for prop, value in ((SH.resultPath, r.path), (SH.value, r.value),
                            (SH.sourceShape, r.shape), (SH.sourceConstraintComponent, r.component)):
            if value is not None:
                g.add((node, prop, value))
    return g


ENGINES = ("pyshacl", "compiled")


def validate(data: Graph | Dataset, engine: str = "pyshacl",
             shapes: str | Path | Graph | Shapes | None = None) -> ValidationReport:
    """Validate ``data`` against the event-kg shapes and return a :class:`ValidationReport`.

    ``engine="pyshacl"`` (the reference) or ``"compiled"``: the shapes compiled to plain
    checks (:mod:`kg.graph.compiled_shacl`, ~8x faster, same verdicts and reasons on every
    conformance file; falls back to pySHACL if the shapes leave its subset).

    ``shapes`` validates against other shapes: a file (any graph format) or an rdflib
    graph; by default the project's ``shapes/event-kg.ttl``.

    Never raises for a non-conforming graph (check ``report.conforms``); raises
    :class:`kg.errors.SetupError` when the shapes file is missing or broken.
    """
    if engine not in ENGINES:
        raise ValueError(f"unknown validation engine {engine!r}; choose from {', '.join(ENGINES)}")
    custom, against = None, "the event-kg shapes"
    if shapes is not None:
        against = f"the shapes of {shapes}" if isinstance(shapes, (str, Path)) else "the shapes given"
        from kg.graph.shapes import read_shapes, shapes_of

        custom = (shapes if isinstance(shapes, Shapes) else
                  shapes_of(shapes) if isinstance(shapes, Graph) else read_shapes(shapes))
    if engine == "compiled":
        from kg.graph.compiled_shacl import Unsupported, compile_shapes, compiled_shapes

        if custom is None:
            compiled = compiled_shapes()
        else:
            try:
                compiled = compile_shapes(custom.graph)
            except Unsupported:
                compiled = None  # outside the compiled subset: pySHACL below
        if compiled is not None:
            if isinstance(data, Dataset):
                triples = ((s, p, o) for s, p, o, _ in data.quads((None, None, None, None)))
            else:
                triples = data.triples((None, None, None)) if isinstance(data, Graph) else data
            found = _per_document(data, compiled.validate(triples), compiled.validate)
            results = [ViolationRecord(v.focus, v.path, v.value, v.severity, v.message, v.shape, v.component)
                       for v in found]
            conforms = not any(v.severity == SH.Violation for v in found)
            return ValidationReport(conforms=conforms, results=results, graph=Graph(), against=against,
                                    conflicts=_conflicts(data))
    loaded = custom or _project_shapes()
    conforms, report = _pyshacl(_as_graph(data), loaded)
    results = _records(report, loaded)
    kept = _per_document(data, results, lambda triples: _records(_pyshacl(_graph_of(triples), loaded)[1], loaded))
    if len(kept) != len(results):  # conflicts between documents removed: a report of the rest
        results, conforms, report = kept, not kept, Graph()
    return ValidationReport(conforms=bool(conforms), results=results, graph=report, against=against,
                            conflicts=_conflicts(data))


def _pyshacl(graph: Graph, loaded: Shapes) -> tuple[bool, Graph]:
    import pyshacl  # the reference engine; a build validates with the compiled shapes

    conforms, report, _ = pyshacl.validate(
        graph,
        shacl_graph=loaded.graph,
        inference="none",
        advanced=False,
        meta_shacl=False,
        abort_on_first=False,
        allow_warnings=False,
        inplace=True,  # no inference and no rules: nothing is written to the data graph
        debug=False,
    )
    return conforms, report


def _graph_of(triples) -> Graph:
    g = Graph()
    for t in triples:
        g.add(t)
    return g


def _per_document(data: Graph | Dataset, results: list, validate_one) -> list:
    """Each document's claims are checked, not their union: of the union's results, keep
    those the documents give on their own (:func:`kg.graph.conflicts.validate_per_document`);
    for a graph without document graphs, drop those its ``ekg:Conflict`` nodes explain."""
    from kg.graph.conflicts import (
        conflicts_recorded,
        documents_describing,
        explained_by_recorded,
        validate_per_document,
    )

    if not results:
        return results
    if isinstance(data, Dataset) and any(_is_document(g.identifier) for g in data.graphs()):
        return validate_per_document(
            results, lambda focus: (g.triples((None, None, None)) for g in documents_describing(data, focus)),
            validate_one)
    if isinstance(data, Graph):
        return explained_by_recorded(results, conflicts_recorded(data))
    return results


def _is_document(name) -> bool:
    from kg.rdf.namespaces import ID

    return isinstance(name, URIRef) and str(name).startswith(str(ID) + "doc-")


def _conflicts(data: Graph | Dataset) -> list:
    """The conflicts between the documents of ``data`` (found in its document graphs, or
    as recorded in the graph by the build)."""
    from kg.graph.conflicts import conflicts_in_dataset, conflicts_recorded

    if isinstance(data, Dataset) and any(_is_document(g.identifier) for g in data.graphs()):
        return conflicts_in_dataset(data)
    if isinstance(data, Graph):
        return conflicts_recorded(data)
    return []


def _records(report: Graph, shapes: Shapes) -> list[ViolationRecord]:
    records = []
    for result in report.objects(None, SH.result):
        source = report.value(result, SH.sourceShape)
        named = source if isinstance(source, URIRef) else shapes.owner.get(source, source)
        message = report.value(result, SH.resultMessage)
        component = report.value(result, SH.sourceConstraintComponent)
        records.append(
            ViolationRecord(
                focus=report.value(result, SH.focusNode),
                path=report.value(result, SH.resultPath),  # a BNode for complex paths
                value=report.value(result, SH.value),
                severity=report.value(result, SH.resultSeverity) or SH.Violation,
                message=str(message) if message is not None else _default_message(component),
                shape=named,
                component=component,
            )
        )
    records.sort(key=lambda r: (str(r.shape), r.message, str(r.focus), str(r.path)))
    return records


def _default_message(component: Node | None) -> str:
    name = str(component).rsplit("#", 1)[-1] if component is not None else "constraint"
    return f"{name.removesuffix('ConstraintComponent')} constraint not met"
