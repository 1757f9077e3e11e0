"""Figure shapes kept as data (``rules/statistics.json``): ratios ('one in two'), multiples
('ten times higher', 'doubled') and the cue words of the other shapes the statistics
extractor reads (attendance, area qualifiers, 'of which', counted nights).

The Matcher patterns of the file run once per document; :func:`shape_matches` gives, per
rule name, the token ranges they matched, longest first where they overlap.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from spacy.matcher import Matcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

from kg.extract.rules import load_rules

__all__ = ["cue", "cues", "rule", "shape_matches"]


@lru_cache(maxsize=1)
def _rules() -> dict[str, dict[str, Any]]:
    return {r["name"]: r for r in load_rules("statistics")["rules"]}


def cues(name: str, key: str | None = None) -> frozenset[str]:
    """The cue words of rule ``name`` (``key`` for a rule whose cues are a mapping)."""
    return _cues(name, key)


@lru_cache(maxsize=64)
def _cues(name: str, key: str | None) -> frozenset[str]:
    found = _rules()[name].get("cues", [])
    if key is not None:
        found = found.get(key, [])
    return frozenset(found) if isinstance(found, list) else frozenset([found])


def rule(name: str) -> dict[str, Any]:
    """The rule ``name`` as written in the file (read-only)."""
    return _rules()[name]


def cue(name: str, key: str) -> str:
    """A single-valued cue ('unit' of the attendance rule)."""
    return _rules()[name]["cues"][key]


_MATCHERS: dict[int, Matcher] = {}


def _matcher(vocab: Vocab) -> Matcher:
    matcher = _MATCHERS.get(id(vocab))
    if matcher is None:
        matcher = Matcher(vocab)
        for name, rule in _rules().items():
            if rule.get("pattern"):
                matcher.add(name, rule["pattern"])
        _MATCHERS.clear()  # one model per process; a new vocab replaces the old one
        _MATCHERS[id(vocab)] = matcher
    return matcher


def shape_matches(doc: Doc) -> dict[str, list[tuple[int, int]]]:
    """{rule name: [(start, end) token ranges]} of the pattern rules, computed once per Doc."""
    found = doc.user_data.get("ekg_stat_shapes")
    if found is None:
        found = {}
        matcher = _matcher(doc.vocab)
        for match_id, start, end in sorted(matcher(doc), key=lambda m: (m[1], -m[2])):
            spans = found.setdefault(doc.vocab.strings[match_id], [])
            if spans and spans[-1][0] <= start < spans[-1][1]:
                continue  # a shorter match inside the last one
            spans.append((start, end))
        doc.user_data["ekg_stat_shapes"] = found
    return found
