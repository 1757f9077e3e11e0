"""The facade: one object gathering a built graph and what users do with it.

    >>> import kg
    >>> g = kg.build("data/wpbc-2024-seed.txt")
    >>> g.validate().conforms
    True
    >>> g.query("SELECT ?name WHERE { ?e a schema:Event ; schema:name ?name }").rows
    >>> g.serialize("trig")
    >>> g2 = kg.load("out/other.trig");  both = g + g2
    >>> [s.evidence.quote for s in both.statistics()]

It delegates to the small modules (validate, query, export, views); it holds no logic of
its own beyond bookkeeping.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rdflib import Dataset, Graph, URIRef

from kg.rdf.namespaces import bind_prefixes

if TYPE_CHECKING:
    from kg.pipeline.run import DocResult


def new_dataset() -> Dataset:
    ds = Dataset(default_union=True)
    bind_prefixes(ds)
    return ds


def add_result(ds: Dataset, result: DocResult) -> None:
    """Put a document's triples in its own named graph."""
    g = ds.graph(URIRef(result.graph_name))
    g.addN((s, p, o, g) for s, p, o in result.triples or ())


def _named_quads(ds: Dataset, store: Any = None):
    """Every quad of ``ds`` to copy into another dataset: its named graphs, and its default
    graph unless that is the union of the named ones (a kg store keeps it so)."""
    from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

    skip_default = False
    if store is not None:
        from kg.corpus.store import union_in_default_graph

        skip_default = union_in_default_graph(store)
    for s, p, o, g in ds.quads((None, None, None, None)):
        gid = g.identifier if isinstance(g, Graph) else g
        if gid is None or gid == DATASET_DEFAULT_GRAPH_ID:
            if skip_default:
                continue
            gid = DATASET_DEFAULT_GRAPH_ID
        yield s, p, o, gid


@dataclass(repr=False)
class KnowledgeGraph:
    """A built or loaded graph (one named graph per document) and the per-document results.

    ``kg.build(...)`` fills ``results`` (one :class:`~kg.pipeline.run.DocResult` per
    document); ``kg.load(...)`` gives a graph with no results. ``store`` is set when the
    graph is an on-disk Oxigraph store (read-only; queries run on Oxigraph)."""

    dataset: Dataset = field(default_factory=new_dataset)
    results: list[DocResult] = field(default_factory=list)
    store: Any = None
    source: str | None = None  # the file or store it was loaded from

    @property
    def graph(self) -> Dataset:
        """The rdflib graph (a Dataset whose default graph is the union of documents)."""
        return self.dataset

    @property
    def errors(self) -> list[DocResult]:
        return [r for r in self.results if not r.ok]

    @property
    def warnings(self) -> list[str]:
        """What the build noticed but did not fail on, e.g. dates it could not resolve
        because a release states no publication date."""
        return [w for r in self.results for w in getattr(r, "warnings", ())]

    def add(self, result: DocResult) -> None:
        self._writable()
        self.results.append(result)
        if result.ok:
            add_result(self.dataset, result)

    def _writable(self) -> None:
        if self.store is not None:
            from kg.errors import KGError

            raise KGError("a graph loaded from a store is read-only: "
                          "`g + other` makes an in-memory copy that can grow")

    def merge(self, other: KnowledgeGraph) -> KnowledgeGraph:
        """Add ``other``'s documents (named graphs) and results to this graph; returns it.

        A document in both (same content hash, same graph name) is there once: RDF graphs
        are sets. ``g1 + g2`` leaves both and returns a new graph."""
        self._writable()
        if other is self:
            return self
        from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

        graphs: dict = {DATASET_DEFAULT_GRAPH_ID: self.dataset.default_graph}

        def target(gid):
            g = graphs.get(gid)
            if g is None:
                g = graphs[gid] = self.dataset.graph(gid)
            return g

        self.dataset.addN((s, p, o, target(gid)) for s, p, o, gid in _named_quads(other.dataset, other.store))
        self.results.extend(other.results)
        return self

    def __add__(self, other: KnowledgeGraph) -> KnowledgeGraph:
        if not isinstance(other, KnowledgeGraph):
            return NotImplemented
        return KnowledgeGraph().merge(self).merge(other)

    def __iadd__(self, other: KnowledgeGraph) -> KnowledgeGraph:
        if not isinstance(other, KnowledgeGraph):
            return NotImplemented
        return self.merge(other)

    def __len__(self) -> int:
        return len(self.dataset)

    def __repr__(self) -> str:
        from rdflib.namespace import RDF

        from kg.rdf.namespaces import EKG, SDO

        g = self.dataset
        docs = len(set(g.subjects(RDF.type, SDO.NewsArticle)))
        sessions = set(g.subjects(RDF.type, EKG.Session))
        n_events = len(set(g.subjects(RDF.type, SDO.Event)) - sessions)
        n_stats = len(set(g.subjects(RDF.type, EKG.Statistic)))
        def n(count: int, word: str, plural: str | None = None) -> str:
            return f"{count:,} {word if count == 1 else plural or word + 's'}"

        parts = [n(docs, "document"), n(n_events, "event"), n(n_stats, "statistic"),
                 n(len(self), "triple")]
        if self.errors:
            parts.append(f"{len(self.errors)} failed")
        where = f" from {self.source}" if self.source else ""
        return f"<KnowledgeGraph{where}: {', '.join(parts)}>"

    def events(self, *, include_sessions: bool = False):
        """The events as :class:`kg.graph.facts.Event` records (name, dates, place, roles,
        sessions, topics, evidence), the releases' main events first."""
        from kg.graph.facts import events

        return list(events(self.dataset, include_sessions=include_sessions))

    def statistics(self):
        """The statistics as :class:`kg.graph.facts.Statistic` records (value, unit,
        measure, about, period, qualifier, evidence), in document order."""
        from kg.graph.facts import statistics

        return list(statistics(self.dataset))

    def validate(self, engine: str = "pyshacl", shapes=None):
        """SHACL report; ``engine="compiled"`` for the fast engine (same verdicts);
        ``shapes`` (a file or an rdflib graph) for other shapes than the project's."""
        from kg.graph.validate import validate

        return validate(self.dataset, engine=engine, shapes=shapes)

    def query(self, sparql: str, params: dict[str, str] | None = None, /, *,
              limit: Any = ..., offset: int = 0, **named: str):
        """Run SPARQL over the union of the documents' graphs. A shipped example query can
        be named instead of written (``g.query("hosts", eventName="...")``); parameters
        bind its ``VALUES ?x { UNDEF }`` lines (:func:`kg.graph.query.bind_parameters`).
        A SELECT answer comes in pages: the first 100 rows unless ``limit``/``offset`` ask
        for another page, or ``limit=None`` for every row; ``.has_more`` tells whether rows
        follow (:func:`kg.graph.query.run_query`)."""
        from kg.graph.query import EXAMPLE_QUERIES, run_query

        if sparql in EXAMPLE_QUERIES:
            sparql = EXAMPLE_QUERIES[sparql]
        target = self.store if self.store is not None else self.dataset
        page = {} if limit is ... else {"limit": limit}
        return run_query(target, sparql, {**(params or {}), **named}, offset=offset, **page)

    def to_networkx(self, view: str = "entities", **kwargs: Any):
        from kg.graph.views import VIEWS

        try:
            fn = VIEWS[view]
        except KeyError:
            raise ValueError(f"unknown view {view!r}; choose from {', '.join(VIEWS)}") from None
        return fn(self.dataset, **kwargs)

    def serialize(self, fmt: str = "turtle", destination: str | Path | None = None) -> str | None:
        from kg.graph.export import serialize

        return serialize(self.dataset, fmt, destination)

    def show(self, console=None) -> None:
        """Print the human summary (what ``kg show`` prints) with rich."""
        from kg.graph.summary import render

        render(self.dataset, console)

    def summary(self) -> str:
        from kg.graph.summary import summary_text

        return summary_text(self.dataset)
