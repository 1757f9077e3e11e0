"""The one-way flow: Document -> spaCy Doc -> extractors -> records -> triples.

``process`` streams documents through ``nlp.pipe`` in batches (a release longer than
:data:`kg.pipeline.nlp.SEGMENT_CHARS` is parsed in segments, see
:func:`kg.pipeline.nlp.pipe_documents`) and yields one
:class:`DocResult` per document, in input order, never raising for a single bad document:
its error is carried in the result so a batch always lands every good document.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from kg.errors import KGError, NoEventFound
from kg.extract import DEFAULT_EXTRACTORS, run_extractors
from kg.extract.records import Extraction
from kg.pipeline.document import Document
from kg.pipeline.nlp import load_nlp, pipe_documents
from kg.rdf.mapper import Triple, doc_iri, map_document


@dataclass
class DocResult:
    """What became of one document: its triples, or the error that stopped it."""

    document: Document
    extraction: Extraction | None = None
    triples: list[Triple] | None = None
    error: KGError | None = None
    warnings: tuple[str, ...] = ()  # what the build noticed but did not fail on

    @property
    def ok(self) -> bool:
        return self.error is None

    @property
    def graph_name(self):
        return doc_iri(self.document)


def extract_one(doc, document: Document, extractors: tuple[str, ...] = DEFAULT_EXTRACTORS) -> DocResult:
    """Extract and map one parsed document; errors become part of the result."""
    try:
        extraction = run_extractors(doc, document, extractors)
        if not extraction.events:
            raise NoEventFound(
                "no event found in the text (no conference, expo, forum, fair, ... is named)",
                source=document.name,
            )
        return DocResult(document, extraction, map_document(document, extraction),
                         warnings=_warnings(document, extraction))
    except KGError as err:
        err.source = err.source or document.name
        return DocResult(document, error=err)
    except Exception as err:  # a bug must not lose the rest of a batch
        return DocResult(document, error=KGError(f"internal error: {type(err).__name__}: {err}", source=document.name))


def _warnings(document: Document, extraction: Extraction) -> tuple[str, ...]:
    """What reading noticed (:attr:`Document.warnings`), what the mapper could not write,
    and the dates lost for want of a publication date."""
    from kg.rdf.mapper import unwritable_values

    found = (*document.warnings, *(f"{document.name}: {w}" for w in unwritable_values(extraction)))
    return found + _lost_dates(document, extraction)


def _lost_dates(document: Document, extraction: Extraction) -> tuple[str, ...]:
    """A release with no publication date (no --published, front matter or dateline)
    loses its yearless and relative dates ('September 1-2', 'on Friday'): say which."""
    if extraction.source.published is not None or document.published is not None:
        return ()
    from kg.extract.event_dates import undated_expressions

    main = extraction.main_event
    dateline = extraction.source.dateline_span
    lost = undated_expressions(document.text, name=main.name if main else None,
                               title=document.title or extraction.source.headline,
                               dateline=dateline.text if dateline else None, url=document.source_url)
    if not lost:
        return ()
    quoted = ", ".join(f'"{s}"' for s in lost)
    return (f"{document.name}: no publication date, so {quoted} could not be dated "
            "(give --published YYYY-MM-DD, or a `published:` line in front matter)",)


def process(
    documents: Iterable[Document],
    *,
    extractors: tuple[str, ...] = DEFAULT_EXTRACTORS,
    batch_size: int = 64,
    nlp=None,
) -> Iterator[DocResult]:
    """Parse documents in batches with ``nlp.pipe`` and yield their results in order."""
    nlp = nlp or load_nlp()
    for doc, document in pipe_documents(nlp, documents, batch_size=batch_size):
        if isinstance(doc, KGError):
            yield DocResult(document, error=doc)
        else:
            yield extract_one(doc, document, extractors)
