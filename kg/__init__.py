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

import sys
import threading
import types
from datetime import date
from pathlib import Path


class _Deferred(types.ModuleType):
    """A module whose code runs when a name it would define is first looked up."""

    def __getattr__(self, name: str):
        with _DEFER_LOCK:
            if type(self) is _Deferred:
                self.__class__ = types.ModuleType  # a plain module from now on
                self.__spec__.loader.exec_module(self)
        return getattr(self, name)


_DEFER_LOCK = threading.RLock()


def _defer_html5rdf() -> None:
    """rdflib imports html5rdf (an HTML parser, ~15-20 ms of imports) only to read and
    write ``rdf:HTML`` literals, which a build never makes: it is loaded on first use
    instead. rdflib gets a module made from the package's own spec (so it sees html5rdf
    installed, as before) that runs the package's code into itself at the first name
    looked up in it (:class:`_Deferred`)."""
    import importlib.util

    if "html5rdf" in sys.modules or "rdflib" in sys.modules:
        return
    try:
        spec = importlib.util.find_spec("html5rdf")
    except (ImportError, ValueError):
        return
    if spec is None or spec.loader is None or not hasattr(spec.loader, "exec_module"):
        return
    module = importlib.util.module_from_spec(spec)
    module.__class__ = _Deferred
    sys.modules["html5rdf"] = module


_defer_html5rdf()

from kg.errors import BadInput, KGError, NoEventFound, SetupError
from kg.graph.facade import KnowledgeGraph
from kg.pipeline.document import Document, parse_document, read_document

__version__ = "0.1.0"
__all__ = ["build", "build_documents", "load", "merge", "KnowledgeGraph", "Document", "KGError",
           "BadInput", "NoEventFound", "SetupError", "__version__"]


#: a string is taken for a path (not the text of a release) when it is one line, has no
#: spaces and ends in one of these suffixes, or when it names an existing file
PATH_SUFFIXES = (".txt", ".text", ".md", ".jsonl")


def _looks_like_path(text: str) -> bool:
    """True for a string that names a file: ``"release.txt"``, ``"feeds/a.jsonl"``.

    An existing file (one line, under 1024 characters) is always a path; a string that
    does not exist is a path only if it is one line, holds no whitespace and ends in
    :data:`PATH_SUFFIXES`, so that ``kg.build("missing.txt")`` says "no such file"
    instead of looking for an event in the words "missing.txt"."""
    if "\n" in text or len(text) >= 1024 or not text.strip():
        return False
    try:
        if Path(text).exists():
            return True
    except (OSError, ValueError):
        pass
    return not any(ch.isspace() for ch in text) and text.lower().endswith(PATH_SUFFIXES)


def _read_path(path: str | Path, published: date | None) -> list[Document]:
    """The documents of one file: a JSON Lines file gives one per line."""
    if str(path).lower().endswith(".jsonl"):
        from kg.corpus.inputs import iter_documents

        docs = list(iter_documents([str(path)], published))
        bad = [d for d in docs if isinstance(d, KGError)]
        if bad and len(docs) == 1:
            raise bad[0]
        return [d for d in docs if not isinstance(d, KGError)]
    return [read_document(path, published)]


def _documents(source, published: date | None) -> list[Document]:
    from kg.pipeline.document import check_text, decode

    if isinstance(source, Document):
        return [_checked(source)]
    if isinstance(source, Path):
        return _read_path(source, published)
    if isinstance(source, (bytes, bytearray, memoryview)):
        return [parse_document(decode(bytes(source), "<bytes>"), name="<bytes>", published=published)]
    if isinstance(source, str):
        if _looks_like_path(source):
            return _read_path(source, published)
        check_text(source, "<text>")
        return [parse_document(source.removeprefix("\ufeff"), published=published)]
    if isinstance(source, (list, tuple)) or _is_iterable(source):
        out: list[Document | KGError] = []
        for item in source:  # one bad item of a list is that item's error, not the list's
            try:
                out.extend(_documents(item, published))
            except KGError as err:
                out.append(err)
        return out
    raise BadInput(f"kg.build takes a path, the text of a release (str or UTF-8 bytes), a Document "
                   f"or a list of them, not {type(source).__name__}")


def _checked(document: Document) -> Document:
    """A Document made by the caller, with the reader's checks: text, unencodable
    characters, a valid source IRI."""
    from dataclasses import replace

    from kg.pipeline.document import check_text, clean_source_url, replace_surrogates

    if not isinstance(document.text, str):
        raise BadInput(f"Document.text must be a str, not {type(document.text).__name__}", source=str(document.name))
    check_text(document.text, document.name)
    warnings = list(document.warnings)
    text = replace_surrogates(document.text, document.name, warnings)
    url = document.source_url
    if url is not None:
        url, problem = clean_source_url(str(url))
        if problem:
            warnings.append(problem)
    if text is document.text and url == document.source_url and len(warnings) == len(document.warnings):
        return document
    extra = [f"{document.name}: {w}" for w in warnings[len(document.warnings):]]
    return replace(document, text=text, source_url=url, warnings=[*document.warnings, *extra])


def _is_iterable(value) -> bool:
    return hasattr(value, "__iter__") and not isinstance(value, (str, bytes, dict))


def _published(value) -> date | None:
    """``published`` as a date: a date, a date-time or ISO text (else :class:`BadInput`)."""
    from kg.pipeline.document import parse_published

    if value is None:
        return None
    found, problem = parse_published(value)
    if problem:
        raise BadInput(f"published={value!r}: {problem}")
    return found


def build(source, *, published: date | None = None, extractors: tuple[str, ...] | None = None,
          strict_single: bool = True) -> KnowledgeGraph:
    """Build the graph of a release: a path, the text itself, a Document, or a list of them.

    For a single release, a release with no event raises :class:`NoEventFound`; for many,
    failures are kept in ``KnowledgeGraph.errors`` and every other document lands.
    """
    try:
        items = _documents(source, _published(published))
        docs = [d for d in items if isinstance(d, Document)]
        kg_ = build_documents(docs, extractors=extractors)
        from kg.pipeline.run import DocResult

        for err in (e for e in items if isinstance(e, KGError)):
            kg_.add(DocResult(Document(text="", name=err.source or "<item>"), error=err))
    except KGError:
        raise
    except (Exception, RecursionError, MemoryError) as err:  # a bug: still one kg error, never another type
        raise KGError(f"internal error: {type(err).__name__}: {err}") from err
    if strict_single and len(items) == 1 and kg_.errors:
        raise kg_.errors[0].error  # type: ignore[misc]
    _warn(kg_.warnings)
    return kg_


def _warn(messages: list[str]) -> None:
    """What the build noticed (dates lost for want of a publication date, a bad front-matter
    field, replaced characters): one Python warning (all in ``g.warnings``)."""
    if not messages:
        return
    import warnings

    text = messages[0] if len(messages) == 1 else f"{len(messages)} warnings; see g.warnings"
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
