"""Extraction rules kept as data: cue words and spaCy ``Matcher`` / ``DependencyMatcher``
patterns, one JSON file per fact family (``roles.json``, ``topics.json``, ...), each rule
with the spec examples it must match and the negatives it must not, beside it.

    {
      "rules": [
        {"name": "hosted-by-list",
         "doc": "what the rule recognizes and why",
         "pattern": [...],                         # Matcher / DependencyMatcher pattern
         "cues": ["hosted by", "co-hosted by"],    # or cue words
         "examples": [{"text": "sentence of our own", "expect": ...}],
         "negatives": ["sentence that must give nothing"]}
      ]
    }

What ``pattern``, ``cues`` and ``expect`` mean is up to the extractor that reads the file;
its test (``tests/extract/test_<family>_rules.py``) runs every example and negative, so
widening coverage means adding a rule and its examples, not another branch of code.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

from kg.errors import SetupError

RULES_DIR = Path(__file__).resolve().parent


@lru_cache(maxsize=None)
def load_rules(family: str) -> dict[str, Any]:
    """The parsed ``<family>.json`` of this folder (cached: treat it as read-only)."""
    path = RULES_DIR / f"{family}.json"
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise SetupError(f"cannot read extraction rules {path}: {exc}") from exc
