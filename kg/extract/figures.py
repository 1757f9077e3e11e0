"""Figure shapes kept as data (``rules/statistics.json``): ratios ('one in two'), multiples
('ten times higher', 'doubled') and the cue words of the other shapes the statistics
extractor reads (attendance, area qualifiers, 'of which', counted nights).

The Matcher patterns of the file run once per document, each only where its prefilter
finds its words; :func:`shape_matches` gives the matches by their first token.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from spacy.matcher import Matcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

from kg.extract.common import doc_text
from kg.extract.rules import load_rules
from kg.pipeline import patterns

__all__ = ["cue", "cues", "grouped_run", "inline_grouped", "rule", "shape_matches"]


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


_MATCHERS: dict[int, dict[str, tuple[tuple[str, ...], re.Pattern | None, Matcher]]] = {}


def _matchers(vocab: Vocab) -> dict[str, tuple[tuple[str, ...], re.Pattern | None, Matcher]]:
    """One Matcher per pattern rule, with the prefilter its text must pass first."""
    found = _MATCHERS.get(id(vocab))
    if found is None:
        found = {}
        for name, rule in _rules().items():
            if rule.get("pattern"):
                matcher = Matcher(vocab)
                matcher.add(name, rule["pattern"])
                words = tuple(rule.get("prefilter_words", ()))
                found[name] = (words, re.compile(rule["prefilter"], re.I) if rule.get("prefilter") else None, matcher)
        _MATCHERS.clear()  # one model per process; a new vocab replaces the old one
        _MATCHERS[id(vocab)] = found
    return found


def shape_matches(doc: Doc) -> dict[int, tuple[str, int, int]]:
    """{start token: (rule name, start, end)} of the pattern rules' matches, longest first
    where two start together, computed once per Doc. A rule runs only on a text its
    prefilter matches: most releases have no 'times', 'doubled' or 'one in two'."""
    found = doc.user_data.get("ekg_stat_shapes")
    if found is None:
        found = {}
        text = doc_text(doc)
        low = text.lower()
        for name, (words, prefilter, matcher) in _matchers(doc.vocab).items():
            if words and not any(w in low for w in words) or prefilter is not None and not prefilter.search(text):
                continue
            last_end = -1
            for _, start, end in sorted(matcher(doc), key=lambda m: (m[1], -m[2])):
                if start < last_end or start in found:
                    continue  # a shorter match inside the last one
                found[start] = (name, start, end)
                last_end = end
        doc.user_data["ekg_stat_shapes"] = found
    return found


_GROUP = patterns.compile(r"^\d{3}$")
_LEAD = patterns.compile(r"^\d{1,3}$")


@lru_cache(maxsize=1)
def _separators() -> tuple[frozenset[str], re.Pattern]:
    found = _rules()["digit-grouping"]["cues"]
    inline = "".join(re.escape(s) for s in found["inline_separators"])
    return frozenset(found["token_separators"]), re.compile(rf"^\d{{1,3}}(?:[{inline}]\d{{3}})+(?:\.\d+)?$")


def inline_grouped(text: str) -> str | None:
    """'1'200', '1’250’000' (digits grouped by an apostrophe inside one token) -> '1200'."""
    _, pattern = _separators()
    if not pattern.match(text):
        return None
    return re.sub(r"[^\d.]", "", text)


def grouped_run(doc: Doc, i: int, lead: str | None = None) -> tuple[int, str] | None:
    """(end token, digits) of a number whose thousands are grouped by spaces: '12 500',
    '1 250 000', '35\u00a0000' (a no-break or thin space is a token of its own). Only a lead
    of one to three digits followed by groups of exactly three digits, each after a single
    separator, and nothing but a word after the last group ('12 500 visitors'; not
    '12 500 600' runs of more than one figure written with spaces: those stay apart).
    ``lead`` is the digits of token i without a currency glued to them ('€12 500')."""
    lead = doc[i].text if lead is None else lead
    if not _LEAD.match(lead):
        return None
    spaces, _ = _separators()
    digits, j = lead, i + 1
    while j < len(doc):
        prev = doc[j - 1]
        if prev.whitespace_ == " " and _GROUP.match(doc[j].text):
            nxt = j
        elif not prev.whitespace_ and doc[j].text in spaces and not doc[j].whitespace_ \
                and j + 1 < len(doc) and _GROUP.match(doc[j + 1].text):
            nxt = j + 1
        else:
            break
        digits += doc[nxt].text
        j = nxt + 1
    if j == i + 1:
        return None
    last = doc[j - 1]
    if last.whitespace_ and j < len(doc) and (doc[j].like_num or doc[j].text in spaces):
        return None  # a third group: a list of numbers, not one number
    return j, digits
