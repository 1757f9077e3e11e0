"""event-kg: news releases about events -> a validated RDF knowledge graph.

The small public API (docs/python-api.md)::

    import kg
    g = kg.build("release.txt")            # or the text itself, or a list of paths
    g = kg.load("corpus.trig")             # a graph file kg build wrote, or a --store folder
    both = g + kg.load("more.trig")        # merge (g.merge(other) in place)
    g.events(), g.statistics()             # typed records with their evidence
    g.validate().conforms                  # SHACL
    g.query("SELECT ...")                  # SPARQL
    g.to_networkx("entities")              # networkx views
    g.serialize("trig", "out.trig")        # Turtle / TriG / N-Quads / JSON-LD
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from kg.errors import BadInput, KGError, NoEventFound, SetupError
from kg.graph.facade import KnowledgeGraph
from kg.pipeline.document import Document, parse_document, read_document

__version__ = "0.1.0"
__all__ = ["build", "build_documents", "load", "merge", "KnowledgeGraph", "Document", "KGError",
           "BadInput", "NoEventFound", "SetupError", "__version__"]


def _is_file(text: str) -> bool:
    try:
        return Path(text).is_file()
    except (OSError, ValueError):
        return False


def _documents(source, published: date | None) -> list[Document]:
    if isinstance(source, Document):
        return [source]
    if isinstance(source, Path):
        return [read_document(source, published)]
    if isinstance(source, str):
        if "\n" not in source and len(source) < 1024 and _is_file(source):
            return [read_document(source, published)]
        from kg.pipeline.document import decode

        return [parse_document(decode(source.encode("utf-8"), "<text>"), published=published)]
    out: list[Document] = []
    for item in source:
        out.extend(_documents(item, published))
    return out


def build(source, *, published: date | None = None, extractors: tuple[str, ...] | None = None,
          strict_single: bool = True) -> KnowledgeGraph:
    """Build the graph of a release: a path, the text itself, a Document, or a list of them.

    For a single release, a release with no event raises :class:`NoEventFound`; for many,
    failures are kept in ``KnowledgeGraph.errors`` and every other document lands.
    """
    docs = _documents(source, published)
    kg_ = build_documents(docs, extractors=extractors)
    if strict_single and len(docs) == 1 and kg_.errors:
        raise kg_.errors[0].error  # type: ignore[misc]
    _warn(kg_.warnings)
    return kg_


def _warn(messages: list[str]) -> None:
    """Dates lost for want of a publication date: one Python warning (all in ``g.warnings``)."""
    if not messages:
        return
    import warnings

    text = messages[0] if len(messages) == 1 else (
        f"{len(messages)} releases have no publication date and lost dates; see g.warnings")
    warnings.warn(text, UserWarning, stacklevel=3)


def build_documents(documents, *, extractors: tuple[str, ...] | None = None) -> KnowledgeGraph:
    from kg.extract import DEFAULT_EXTRACTORS
    from kg.pipeline.run import process

    out = KnowledgeGraph()
    for result in process(documents, extractors=extractors or DEFAULT_EXTRACTORS):
        out.add(result)
    return out


def load(source, fmt: str | None = None) -> KnowledgeGraph:
    """A graph ``kg build`` wrote, as a :class:`KnowledgeGraph`: a graph file (``.ttl``
    ``.trig`` ``.nq`` ``.nt`` ``.jsonld``; ``fmt`` overrides the suffix; ``"-"`` reads
    standard input), a store folder (``kg build --store``: opened read-only, queries run
    on Oxigraph), or a list of them (merged).

    A missing file raises :class:`BadInput`; a file that does not parse,
    :class:`kg.errors.QueryError`."""
    if isinstance(source, (list, tuple)):
        return merge(*(load(item, fmt) for item in source))
    path = Path(source)
    if str(source) != "-" and path.is_dir():
        from kg.corpus.store import open_store, store_to_dataset

        store = open_store(path, read_only=True)
        return KnowledgeGraph(dataset=store_to_dataset(store), store=store, source=str(path))
    from kg.graph.export import load_graph

    return KnowledgeGraph(dataset=load_graph(source, fmt), source=str(source))


def merge(*graphs: KnowledgeGraph) -> KnowledgeGraph:
    """A new in-memory graph holding every document of ``graphs`` (each once)."""
    out = KnowledgeGraph()
    for g in graphs:
        out.merge(g)
    return out
