"""Documents that disagree: one edition, two start dates (or end dates, places, editions).

Releases about one edition merge into one event node (its IRI is minted from the name and
year, :func:`kg.rdf.mapper.event_iri`), so when two releases give different start dates the
merged node has two. SHACL's "at most one start date" holds for each release, and a corpus
must not fail it for that: the shapes check **each document's claims**
(:func:`validate_per_document`), and across documents the disagreement is a
:class:`Conflict` — the event, the property, and each value with its source document and
the event's evidence there — reported by ``kg build`` and ``kg validate`` and written into
the graph as an ``ekg:Conflict`` node (in the named graph ``ekgid:conflicts``)::

    ekgid:conflict-1a2b... a ekg:Conflict ;
        ekg:conflictAbout ekgid:event-... ; ekg:conflictProperty schema:startDate ;
        ekg:claim ekgid:claim-1a2b...-0, ekgid:claim-1a2b...-1 .
    ekgid:claim-1a2b...-0 a ekg:Claim ; ekg:claimedValue "2031-05-10"^^xsd:date ;
        prov:wasDerivedFrom ekgid:doc-... ; ekg:evidence ekgid:ev-... .

Places are a conflict only when neither contains the other (``Yibin`` and ``China`` agree).
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.namespace import RDF, SH, XSD
from rdflib.term import Node

from kg.graph.oxterms import from_ox
from kg.rdf.namespaces import EKG, ID, SDO

__all__ = [
    "CONFLICTS_GRAPH",
    "SINGLE_VALUED",
    "Claim",
    "Conflict",
    "conflict_triples",
    "conflicts_in_dataset",
    "conflicts_in_store",
    "conflicts_recorded",
    "conflicts_text",
    "documents_describing",
    "explained_by_recorded",
    "record_conflicts",
    "validate_per_document",
]

#: an edition's facts that take one value: the properties whose disagreement is a conflict
SINGLE_VALUED: tuple[URIRef, ...] = (SDO.startDate, SDO.endDate, SDO.location, EKG.edition)
#: where conflict nodes live in a dataset or store (not a document's graph)
CONFLICTS_GRAPH = ID["conflicts"]
_DOC_PREFIX = str(ID) + "doc-"
_PROV_DERIVED = URIRef("http://www.w3.org/ns/prov#wasDerivedFrom")
#: constraints a union of documents can break although every document meets them
_NON_MONOTONE = frozenset({SH.MaxCountConstraintComponent, SH.LessThanConstraintComponent,
                           SH.LessThanOrEqualsConstraintComponent})


@dataclass(frozen=True)
class Claim:
    """One document's value for the disputed fact, and the event's evidence there."""

    value: Node
    source: URIRef  # the document (schema:NewsArticle, also its named graph)
    evidence: URIRef | None = None
    quote: str | None = None


@dataclass(frozen=True)
class Conflict:
    """Documents giving different values for one single-valued fact of one event."""

    subject: URIRef
    property: URIRef
    claims: tuple[Claim, ...]

    @property
    def iri(self) -> URIRef:
        key = hashlib.sha1(f"{self.subject}|{self.property}".encode()).hexdigest()[:16]
        return ID[f"conflict-{key}"]

    @property
    def values(self) -> list[Node]:
        return list(dict.fromkeys(c.value for c in self.claims))


# --------------------------------------------------------------------------- validation


def validate_per_document(union_results: Sequence, documents: Callable[[set[Node]], Iterable[Iterable]],
                          validate_one: Callable[[Iterable], Sequence]) -> list:
    """The results of validating each document on its own, from those of their union.

    Validating the union is fast and finds everything a document breaks; only the
    constraints a union can break while each document meets them (``sh:maxCount``,
    ``sh:lessThan``, ``sh:lessThanOrEquals``) need a second look: such a result is kept
    when validating the documents describing its focus node, one at a time
    (``documents(focus_nodes)`` yields their triples), gives it again. Results are
    anything with ``focus``, ``path`` and ``component``.
    """
    suspects = [r for r in union_results if r.component in _NON_MONOTONE]
    if not suspects:
        return list(union_results)
    focus = {r.focus for r in suspects}
    again: set[tuple] = set()
    values: dict[tuple[Node, Node], set[Node]] = defaultdict(set)
    for triples in documents(focus):
        triples = list(triples)
        again.update((r.focus, r.path, r.component) for r in validate_one(triples)
                     if r.component in _NON_MONOTONE)
        for s, p, o in triples:
            if s in focus:
                values[(s, p)].add(o)

    def kept(r) -> bool:
        if r.component not in _NON_MONOTONE or (r.focus, r.path, r.component) in again:
            return True
        if r.component == SH.MaxCountConstraintComponent:
            return False  # each document gives one value: a conflict between them
        # dates out of order across documents: a conflict when one of the dates is disputed
        # (two start dates), else the documents' dates contradict only as a pair: kept
        return not any(len(values[(r.focus, p)]) > 1 for p in (r.path, SDO.startDate, SDO.endDate))

    return [r for r in union_results if kept(r)]


def documents_describing(data: Graph | Dataset, focus: set[Node]) -> list[Graph]:
    """The document graphs of ``data`` that have a triple about one of ``focus``."""
    if not isinstance(data, Dataset):
        return []
    out = []
    for g in data.graphs():
        if isinstance(g.identifier, URIRef) and str(g.identifier).startswith(_DOC_PREFIX):
            if any(next(iter(g.triples((f, None, None))), None) is not None for f in focus):
                out.append(g)
    return out


def explained_by_recorded(results: Sequence, conflicts: Sequence[Conflict]) -> list:
    """For a graph without document graphs (Turtle of a corpus): drop the results that the
    graph's own ``ekg:Conflict`` nodes explain (two documents, one value each)."""
    disputed: dict[URIRef, set[URIRef]] = defaultdict(set)
    for c in conflicts:
        per_doc = defaultdict(set)
        for claim in c.claims:
            per_doc[claim.source].add(claim.value)
        if len(per_doc) > 1 and all(len(v) == 1 for v in per_doc.values()):
            disputed[c.subject].add(c.property)

    def explained(r) -> bool:
        props = disputed.get(r.focus)
        if not props or r.component not in _NON_MONOTONE:
            return False
        if r.component == SH.MaxCountConstraintComponent:
            return r.path in props
        return bool(props & {SDO.startDate, SDO.endDate})  # start <= end across documents

    return [r for r in results if not explained(r)]


# --------------------------------------------------------------------------- detection


def _is_doc_graph(name: Node) -> bool:
    return isinstance(name, URIRef) and str(name).startswith(_DOC_PREFIX)


def _contains(graph: Graph | Dataset, outer: Node, inner: Node) -> bool:
    """Whether place ``inner`` lies in ``outer`` (schema:containedInPlace, any depth)."""
    seen, todo = set(), [inner]
    while todo:
        node = todo.pop()
        parents = ({q[2] for q in graph.quads((node, SDO.containedInPlace, None, None))}
                   if isinstance(graph, Dataset) else graph.objects(node, SDO.containedInPlace))
        for parent in parents:
            if parent == outer:
                return True
            if parent not in seen:
                seen.add(parent)
                todo.append(parent)
    return False


def _disagree(prop: URIRef, values: list[Node], union: Graph | Dataset) -> bool:
    if len(values) < 2:
        return False
    if prop != SDO.location:
        return True
    # the most specific places: a city and its country are one answer
    specific = [v for v in values if not any(w != v and _contains(union, v, w) for w in values)]
    return len(specific) > 1


def _conflicts(claims: dict[tuple[URIRef, URIRef], list[Claim]], union) -> list[Conflict]:
    out = []
    for (subject, prop), found in sorted(claims.items(), key=lambda kv: (str(kv[0][0]), str(kv[0][1]))):
        if len({c.source for c in found}) < 2:
            continue  # one document with two values is that document's own violation
        values = list(dict.fromkeys(c.value for c in found))
        if _disagree(prop, values, union):
            out.append(Conflict(subject, prop, tuple(sorted(found, key=lambda c: (str(c.source), str(c.value))))))
    return out


def conflicts_in_dataset(ds: Dataset) -> list[Conflict]:
    """The conflicts between the document graphs (``ekgid:doc-...``) of a dataset."""
    union = ds
    candidates: dict[tuple[URIRef, URIRef], set[Node]] = defaultdict(set)
    for prop in SINGLE_VALUED:
        for s, _, o, _g in ds.quads((None, prop, None, None)):
            candidates[(s, prop)].add(o)
    disputed = {k for k, v in candidates.items() if len(v) > 1}
    if not disputed:
        return []
    claims: dict[tuple[URIRef, URIRef], list[Claim]] = defaultdict(list)
    for g in ds.graphs():
        if not _is_doc_graph(g.identifier):
            continue
        for subject, prop in disputed:
            values = list(g.objects(subject, prop))
            if not values or (subject, RDF.type, SDO.Event) not in g:
                continue
            evidence = min(g.objects(subject, EKG.evidence), default=None,
                           key=lambda ev: (_int(g.value(ev, EKG.start)), str(ev)))
            quote = _quote(evidence, g.value(evidence, EKG.quote), g.value(evidence, EKG.start),
                           g.value(evidence, EKG.end), g.value(g.identifier, SDO.text)) if evidence is not None else None
            for v in values:
                claims[(subject, prop)].append(Claim(v, g.identifier, evidence, quote))
    return _conflicts(claims, union)


def _int(node: Node | None) -> int:
    try:
        return int(node)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return 1 << 62


def _quote(evidence: Node, quote: Node | None, start: Node | None, end: Node | None,
           text: Node | None) -> str | None:
    """The sentence of the document's body holding the evidence span (where the dates and
    place of the mention are), else the span's own quote."""
    lo, hi = _int(start), _int(end)
    if text is None or hi > len(str(text)) or lo > hi:
        return str(quote) if quote is not None else None
    body = str(text)
    left = max(body.rfind(". ", 0, lo), body.rfind("\n", 0, lo)) + 1
    stops = [i for i in (body.find(". ", hi), body.find("\n", hi)) if i >= 0]
    right = min(stops) + 1 if stops else len(body)
    sentence = " ".join(body[left:right].split())
    return sentence or (str(quote) if quote is not None else None)


_STORE_DISPUTED = """
SELECT DISTINCT ?s ?p WHERE {
  VALUES ?p { %s }
  ?s ?p ?v1 . ?s ?p ?v2 . FILTER(?v1 != ?v2) ?s a schema:Event .
}"""
_STORE_CLAIMS = """
SELECT ?g ?v ?ev ?quote ?start ?end ?text WHERE {
  GRAPH ?g { <%s> <%s> ?v . <%s> a schema:Event .
             OPTIONAL { <%s> ekg:evidence ?ev . OPTIONAL { ?ev ekg:quote ?quote }
                        OPTIONAL { ?ev ekg:start ?start ; ekg:end ?end } }
             OPTIONAL { ?g schema:text ?text } }
  FILTER(STRSTARTS(STR(?g), "%s"))
}"""


def conflicts_in_store(store) -> list[Conflict]:
    """:func:`conflicts_in_dataset` for a ``pyoxigraph.Store`` in kg's layout (the
    union in the default graph), by SPARQL: the disputed facts first, then their claims."""
    props = " ".join(f"<{p}>" for p in SINGLE_VALUED)
    disputed = _select(store, _STORE_DISPUTED % props)
    claims: dict[tuple[URIRef, URIRef], list[Claim]] = defaultdict(list)
    for s, p in disputed:
        best: dict[tuple[Node, Node], tuple] = {}
        for g, v, ev, quote, start, end, text in _select(store, _STORE_CLAIMS % (s, p, s, s, _DOC_PREFIX)):
            rank = (_int(start), str(ev))
            if (g, v) not in best or rank < best[(g, v)][0]:
                best[(g, v)] = (rank, Claim(v, g, ev, _quote(ev, quote, start, end, text) if ev is not None else None))
        claims[(s, p)] = [claim for _, claim in best.values()]
    if not claims:
        return []
    union = _places_graph(store, [c.value for cs in claims.values() for c in cs])
    return _conflicts(claims, union)


def _select(store, sparql: str) -> list[tuple]:
    """Rows of a SELECT over a kg store (its default graph is the union), as rdflib terms."""
    prefixes = {"schema": str(SDO), "ekg": str(EKG)}
    result = store.query(sparql, prefixes=prefixes, use_default_graph_as_union=False)
    names = [v.value for v in result.variables]
    return [tuple(_from_ox(row[n]) for n in names) for row in result]


def _from_ox(term) -> Node | None:
    return from_ox(term)


def _places_graph(store, places: list[Node]) -> Graph:
    """The schema:containedInPlace links above ``places``, from a store."""
    g = Graph()
    todo = {p for p in places if isinstance(p, URIRef)}
    seen: set[Node] = set()
    while todo:
        node = todo.pop()
        seen.add(node)
        for (parent,) in _select(store, f"SELECT ?p WHERE {{ <{node}> schema:containedInPlace ?p }}"):
            g.add((node, SDO.containedInPlace, parent))
            if parent not in seen:
                todo.add(parent)
    return g


def conflicts_recorded(graph: Graph | Dataset) -> list[Conflict]:
    """The ``ekg:Conflict`` nodes a graph holds (a build wrote them)."""
    out = []
    for c in sorted(set(graph.subjects(RDF.type, EKG.Conflict)), key=str):
        subject, prop = graph.value(c, EKG.conflictAbout), graph.value(c, EKG.conflictProperty)
        if subject is None or prop is None:
            continue
        claims = []
        for claim in graph.objects(c, EKG.claim):
            value, source = graph.value(claim, EKG.claimedValue), graph.value(claim, _PROV_DERIVED)
            if value is None or source is None:
                continue
            ev = graph.value(claim, EKG.evidence)
            quote = _quote(ev, graph.value(ev, EKG.quote), graph.value(ev, EKG.start), graph.value(ev, EKG.end),
                           graph.value(source, SDO.text)) if ev is not None else None
            claims.append(Claim(value, source, ev, quote))
        out.append(Conflict(subject, prop, tuple(sorted(claims, key=lambda x: (str(x.source), str(x.value))))))
    return out


# --------------------------------------------------------------------------- in the graph


def conflict_triples(conflicts: Iterable[Conflict]) -> list[tuple[Node, Node, Node]]:
    """The ``ekg:Conflict`` / ``ekg:Claim`` triples of ``conflicts``."""
    out = []
    for c in conflicts:
        node = c.iri
        out += [(node, RDF.type, EKG.Conflict), (node, EKG.conflictAbout, c.subject),
                (node, EKG.conflictProperty, c.property)]
        for n, claim in enumerate(c.claims):
            cl = URIRef(f"{node}-claim-{n}")
            out += [(node, EKG.claim, cl), (cl, RDF.type, EKG.Claim), (cl, EKG.claimedValue, claim.value),
                    (cl, _PROV_DERIVED, claim.source), (node, _PROV_DERIVED, claim.source)]
            if claim.evidence is not None:
                out.append((cl, EKG.evidence, claim.evidence))
    return out


def record_conflicts(ds: Dataset) -> list[Conflict]:
    """Find the conflicts between the documents of ``ds`` and write them into its named
    graph ``ekgid:conflicts`` (replacing what was there). Returns them."""
    for g in [g for g in ds.graphs() if g.identifier == CONFLICTS_GRAPH]:
        ds.remove_graph(g)
    conflicts = conflicts_in_dataset(ds)
    if conflicts:
        g = ds.graph(CONFLICTS_GRAPH)
        for t in conflict_triples(conflicts):
            g.add(t)
    return conflicts


# --------------------------------------------------------------------------- for people


def conflicts_text(conflicts: Sequence[Conflict], max_shown: int = 20) -> str:
    """One block per conflict: the event, the property, each value with its document
    and the event's evidence quote there."""
    if not conflicts:
        return ""
    name = _namer()
    lines = [f"{len(conflicts)} conflict(s) between documents (each document conforms; "
             f"they disagree):"]
    for c in conflicts[:max_shown]:
        lines.append(f"  {name(c.subject)} {name(c.property)}: " + " vs ".join(name(v) for v in c.values))
        for claim in c.claims:
            quote = f' — "{claim.quote[:240]}"' if claim.quote else ""
            lines.append(f"    {name(claim.value)} from {name(claim.source)}{quote}")
    if len(conflicts) > max_shown:
        lines.append(f"  ... and {len(conflicts) - max_shown} more")
    return "\n".join(lines)


def _namer():
    """Terms as a person reads them: prefixed names, literals in Turtle."""
    from kg.rdf.namespaces import bind_prefixes

    g = Graph()
    bind_prefixes(g)
    nm = g.namespace_manager

    def name(node: Node) -> str:
        if isinstance(node, URIRef):
            try:
                return nm.normalizeUri(node)
            except Exception:  # pragma: no cover - unusual IRIs
                return f"<{node}>"
        if isinstance(node, Literal) and node.datatype in (XSD.integer, XSD.decimal):
            return str(node)
        return node.n3(nm)

    return name
