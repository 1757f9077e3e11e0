"""The facade: one object gathering a built graph and what users do with it.

    >>> import kg
    >>> g = kg.build("data/wpbc-2024-seed.txt")
    >>> g.validate().conforms
    True
    >>> g.query("SELECT ?name WHERE { ?e a schema:Event ; schema:name ?name }").rows
    >>> g.serialize("trig")

It delegates to the small modules (validate, query, export, views); it holds no logic of
its own beyond bookkeeping.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rdflib import Dataset, URIRef

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


@dataclass
class KnowledgeGraph:
    """A built graph (one named graph per document) and the per-document results."""

    dataset: Dataset = field(default_factory=new_dataset)
    results: list[DocResult] = field(default_factory=list)

    @property
    def graph(self) -> Dataset:
        """The rdflib graph (a Dataset whose default graph is the union of documents)."""
        return self.dataset

    @property
    def errors(self) -> list[DocResult]:
        return [r for r in self.results if not r.ok]

    def add(self, result: DocResult) -> None:
        self.results.append(result)
        if result.ok:
            add_result(self.dataset, result)

    def __len__(self) -> int:
        return len(self.dataset)

    def validate(self, engine: str = "pyshacl"):
        """SHACL report; ``engine="compiled"`` for the fast engine (same verdicts)."""
        from kg.graph.validate import validate

        return validate(self.dataset, engine=engine)

    def query(self, sparql: str, params: dict[str, str] | None = None, /, *,
              limit: int | None = None, offset: int = 0, **named: str):
        """Run SPARQL over the union of the documents' graphs. A shipped example query can
        be named instead of written (``g.query("hosts", eventName="...")``); parameters
        bind its ``VALUES ?x { UNDEF }`` lines (:func:`kg.graph.query.bind_parameters`).
        ``limit``/``offset`` ask for one page of the rows (:class:`kg.graph.query.Page`)."""
        from kg.graph.query import EXAMPLE_QUERIES, run_query

        if sparql in EXAMPLE_QUERIES:
            sparql = EXAMPLE_QUERIES[sparql]
        return run_query(self.dataset, sparql, {**(params or {}), **named}, limit=limit, offset=offset)

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

    def summary(self) -> str:
        from kg.graph.summary import summary_text

        return summary_text(self.dataset)
