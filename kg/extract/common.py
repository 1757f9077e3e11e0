"""Small helpers shared by the extractors: spans, name cleaning, list splitting, ordinals."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import accumulate

from numpy import arange as _arange
from spacy.attrs import DEP, HEAD, IDX, LEMMA, LENGTH, ORTH, POS, TAG
from spacy.strings import get_string_id
from spacy.symbols import AUX as _AUX, VERB as _VERB
from spacy.tokens import Doc, Span, Token

from kg.extract.records import SourceSpan
from kg.pipeline import patterns

_ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
}
_ORDINAL_DIGITS = patterns.compile(r"^(\d{1,3})(?:st|nd|rd|th)$", re.I)
_CARDINAL_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "twenty": 20, "thirty": 30,
}
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "its", "their", "our"})
_AMOD = get_string_id("amod")
_QUOTES = "\"'“”‘’«»"


_LEGAL_SUFFIX = patterns.compile(
    r"[,\s]+(?:ltd|limited|inc|incorporated|llc|plc|gmbh|ag|sa|s\.a|bv|b\.v|nv|co|corp|"
    r"corporation|pty|pvt|srl|spa|s\.p\.a|kg|oy|ab|as)\.?$",
    re.I,
)


@lru_cache(maxsize=8192)
def agent_key(name: str) -> str:
    """What makes two agent names the same agent: case, articles, legal suffixes and a
    trailing '(ACRONYM)' aside ('Savanna Trade Events Ltd' ~ 'Savanna Trade Events').
    Memoized: the same few names are keyed many times a release."""
    key = re.sub(r"\s*\([^)]*\)\s*$", "", name.replace("’", "'")).strip()
    key = re.sub(r"^the\s+", "", key, flags=re.I)
    while True:
        stripped = _LEGAL_SUFFIX.sub("", key)
        if stripped == key or not stripped:
            break
        key = stripped
    return " ".join(key.lower().split())


def ordinal_value(text: str) -> int | None:
    """'70th' -> 70, 'third' -> 3, 'twenty-first' -> 21; None when not an ordinal."""
    t = text.lower().strip()
    m = _ORDINAL_DIGITS.match(t)
    if m:
        return int(m.group(1))
    if t in _ORDINAL_WORDS:
        return _ORDINAL_WORDS[t]
    if "-" in t:
        tens, _, unit = t.partition("-")
        if tens in _CARDINAL_WORDS and unit in _ORDINAL_WORDS:
            return _CARDINAL_WORDS[tens] + _ORDINAL_WORDS[unit]
    return None


def small_cardinal(text: str) -> int | None:
    """'three' -> 3, '12' -> 12 (for counts of sessions and editions)."""
    t = text.lower().replace(",", "")
    if t.isdigit():
        return int(t)
    return _CARDINAL_WORDS.get(t)


def doc_text(doc: Doc) -> str:
    """The Doc's text, built once: ``Doc.text`` joins every token on each call."""
    text = doc.user_data.get("ekg_text")
    if text is None:  # (Doc.text joins the same, making a new Token for each)
        text = doc.user_data["ekg_text"] = "".join([t.text_with_ws for t in doc_tokens(doc)])
    return text


def doc_lower(doc: Doc) -> str:
    """The Doc's text in lower case, built once, with the same offsets as the text (a letter
    whose lower case is longer, like 'İ', stays as it is). Cue patterns compiled without
    ``re.I`` run on it about three times faster than case-insensitive ones on the text."""
    low = doc.user_data.get("ekg_lower")
    if low is None:
        text = doc_text(doc)
        low = text.lower()
        if len(low) != len(text):
            low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
        doc.user_data["ekg_lower"] = low
    return low


_RE_SPECIAL = frozenset(".^$*+?{}[]|()\\")


def _first_literal(alt: str) -> tuple[str, str] | None:
    """(the first atom, the rest) when the regex text ``alt`` begins with one literal character
    ('h', an escaped '\\-' or '\\ ') that no quantifier follows, else None."""
    if not alt:
        return None
    if alt[0] == "\\":
        if len(alt) < 2 or alt[1].isalnum() or alt[1] == "_":
            return None
        atom = alt[:2]
    elif alt[0] in _RE_SPECIAL:
        return None
    else:
        atom = alt[0]
    rest = alt[len(atom):]
    return None if rest[:1] in ("*", "+", "?", "{") else (atom, rest)


def _leading_group(alt: str) -> tuple[list[str], str] | None:
    """(the branches, the rest) when ``alt`` begins with a non-capturing group that no
    quantifier follows ('(?:in|from) the'), or a greedy '?' alone (one more branch, empty)."""
    if not alt.startswith("(?:"):
        return None
    branches, depth, start, i = [], 0, 3, 3
    while i < len(alt):
        ch = alt[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":  # a class: to its closing bracket ('[]...]' and '[^]...]' hold one)
            i += 2 if alt[i + 1:i + 2] == "^" else 1
            i += 1 if alt[i + 1:i + 2] == "]" else 0
            while i + 1 < len(alt) and alt[i + 1] != "]":
                i += 2 if alt[i + 1] == "\\" else 1
            i += 2
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            if depth == 0:
                branches.append(alt[start:i])
                rest = alt[i + 1:]
                if rest[:1] == "?" and rest[1:2] not in ("?", "+"):
                    return branches + [""], rest[1:]  # '(?:a|b)?c' tries 'ac', 'bc', then 'c'
                return None if rest[:1] in ("*", "+", "?", "{") else (branches, rest)
            depth -= 1
        elif ch == "|" and depth == 0:
            branches.append(alt[start:i])
            start = i + 1
        i += 1
    return None


def _distributed(alt: str) -> list[str]:
    """'(?:in|from) the' -> ['in the', 'from the']: the same matches in the same order (the
    regex tries 'in' and the rest, then 'from' and the rest), so the branches can be merged."""
    lead = _leading_group(alt)
    if lead is None:
        return [alt]
    return [a for b in lead[0] for a in _distributed(b + lead[1])]


def factored_alternation(alts: Iterable[str]) -> str:
    """``"|".join(alts)`` with the alternatives that begin with the same literal character
    merged into one ('hosts|host|honour' -> 'h(?:o(?:st(?:s|))|...)'), for a case-sensitive
    pattern: the same matches, found faster, as SRE tries each alternative at every position.
    Exact: at one position only the alternatives whose first character is the text's can
    match, and they keep their order; an alternative that does not begin with a literal keeps
    its place between the merged runs before and after it."""
    alts = [a for alt in alts for a in _distributed(alt)]
    out: list[str] = []
    i = 0
    while i < len(alts):
        if _first_literal(alts[i]) is None:
            out.append(alts[i])
            i += 1
            continue
        groups: dict[str, tuple[str, list[str]]] = {}
        while i < len(alts) and (first := _first_literal(alts[i])) is not None:
            groups.setdefault(first[0][-1], (first[0], []))[1].append(first[1])
            i += 1
        for atom, rests in groups.values():
            out.append(atom + ("(?:" + factored_alternation(rests) + ")" if len(rests) > 1 else rests[0]))
    return "|".join(out)


def finditer_lower(doc: Doc, pattern: re.Pattern):
    """``pattern.finditer`` over :func:`doc_lower` (compile ``pattern`` lower-case, without ``re.I``)."""
    return pattern.finditer(doc_lower(doc))


def tokens_matching_lower(doc: Doc, pattern: re.Pattern) -> list[Token]:
    """:func:`tokens_matching` for a lower-case pattern run on :func:`doc_lower`."""
    toks = doc_tokens(doc)
    out, seen = [], set()
    for m in finditer_lower(doc, pattern):
        for i in token_range(doc, m.start(), m.end()):
            if i not in seen:
                seen.add(i)
                out.append(toks[i])
    return out


#: the characters that ``re.IGNORECASE`` matches to an ASCII letter which ``str.lower`` does not
#: lower to that letter ('İ' and 'ı' match 'i', 'ſ' matches 's'; 'K', the Kelvin sign, lowers to 'k')
_ODD_CASE = ("\u0130", "\u0131", "\u017f")


def may_hold(text: str, words: tuple[str, ...]) -> bool:
    """A cheap test before a costly case-insensitive pattern that can only match where one of
    ``words`` (lower-case ASCII) is written, in any case: False only when none is, so the
    pattern cannot match either. (Lower-cased, the letters a match covers are exactly
    ``words``' unless the text has one of the few letters ``re.I`` folds otherwise.)"""
    low = text.lower()
    for w in words:
        if w in low:
            return True
    return not low.isascii() and any(c in text for c in _ODD_CASE)


def doc_ents(doc: Doc) -> tuple[Span, ...]:
    """The Doc's entities, built once (``Doc.ents`` makes new Span objects on every call)."""
    ents = doc.user_data.get("ekg_ents")
    if ents is None:
        ents = doc.user_data["ekg_ents"] = tuple(doc.ents)
    return ents


def doc_tokens(doc: Doc) -> list[Token]:
    """The Doc's tokens as one list, built once (``doc[i]`` makes a new Token each time)."""
    toks = doc.user_data.get("ekg_tokens")
    if toks is None:
        toks = doc.user_data["ekg_tokens"] = list(doc)
    return toks


def doc_array(doc: Doc, attr: int) -> list[int]:
    """One attribute of every token (a ``spacy.attrs`` ID: ``POS``, ``DEP``, ``LOWER``, ...) as a
    list, read once per document with ``Doc.to_array``: reading it off each token builds a
    Token object and calls a property. Values are the ints of ``tok.pos``, ``tok.dep``,
    ``tok.lower`` (string hashes: compare with ``spacy.strings.get_string_id``)."""
    name = f"ekg_array_{attr}"
    values = doc.user_data.get(name)
    if values is None:
        values = doc.user_data[name] = doc.to_array(attr).tolist() if len(doc) else []
    return values


def doc_matrix(doc: Doc, attrs: tuple[int, ...]):
    """``Doc.to_array(attrs)`` (a numpy array, one row a token), read once per document."""
    name = "ekg_matrix_" + "_".join(map(str, attrs))
    values = doc.user_data.get(name)
    if values is None:
        values = doc.user_data[name] = doc.to_array(list(attrs))
    return values


def doc_indices(doc: Doc, name: str, keep) -> list[int]:
    """The indices of the tokens that ``keep(doc)`` selects (a boolean numpy mask over the
    tokens, made from :func:`doc_matrix`), ascending, computed once per document under ``name``."""
    found = doc.user_data.get(name)
    if found is None:
        found = doc.user_data[name] = keep(doc).nonzero()[0].tolist() if len(doc) else []
    return found


def indices_between(indices: list[int], start: int, end: int) -> list[int]:
    """The members of a sorted list of token indices in ``[start, end)`` (a sentence)."""
    return indices[bisect_left(indices, start):bisect_left(indices, end)]


def _token_offsets(doc: Doc) -> tuple[list[int], list[int]]:
    """Start and end character offsets of every token, built once (for :func:`tokens_matching`)."""
    offsets = doc.user_data.get("ekg_offsets")
    if offsets is None:  # (``tok.idx`` and ``len(tok)`` of every token, from one array)
        a = doc.to_array([IDX, LENGTH]) if len(doc) else None
        starts, ends = (a[:, 0].tolist(), (a[:, 0] + a[:, 1]).tolist()) if a is not None else ([], [])
        offsets = doc.user_data["ekg_offsets"] = (starts, ends)
    return offsets


def ascii_capital_tokens(doc: Doc) -> list[int]:
    """The indices of the tokens whose first character is A-Z, read off the text at each
    token's offset (once per document) instead of each token's text."""
    found = doc.user_data.get("ekg_ascii_capitals")
    if found is None:
        text, starts = doc_text(doc), _token_offsets(doc)[0]
        found = doc.user_data["ekg_ascii_capitals"] = [i for i, at in enumerate(starts) if "A" <= text[at] <= "Z"]
    return found


def release_caches(doc: Doc) -> None:
    """Drop the per-document caches above. They hold Tokens and Spans, which point back at
    the Doc: left in place, each Doc would wait for the cyclic garbage collector."""
    for key in [k for k in doc.user_data if isinstance(k, str) and k.startswith("ekg_")]:
        del doc.user_data[key]


def _ent_starts(doc: Doc, ents: tuple[Span, ...]) -> list[int]:
    """The first token of every entity of :func:`doc_ents`, once per document."""
    starts = doc.user_data.get("ekg_ent_starts")
    if starts is None or len(starts) != len(ents):
        starts = doc.user_data["ekg_ent_starts"] = [e.start for e in ents]
    return starts


def covering_entity(doc: Doc, i: int) -> Span | None:
    """The entity of :func:`doc_ents` that covers token ``i``, if any (by bisection: the
    entities do not overlap, so only the last one starting at or before ``i`` can)."""
    ents = doc_ents(doc)
    k = bisect_right(_ent_starts(doc, ents), i) - 1
    return ents[k] if k >= 0 and ents[k].end > i else None


def ents_in(span: Span) -> list[Span]:
    """Entities inside a span (a sentence), from the cached list (found by bisection, so a
    long release with thousands of entities is not scanned once per sentence)."""
    doc = span.doc
    ents = doc_ents(doc)
    starts = _ent_starts(doc, ents)
    out = []
    for k in range(bisect_left(starts, span.start), len(ents)):
        e = ents[k]
        if e.start >= span.end:
            break
        if e.end <= span.end:
            out.append(e)
    return out


def entity_at(tok: Token) -> Span | None:
    """The entity covering a token, if any."""
    if tok.ent_iob_ == "O" or not tok.ent_type_:
        return None
    return covering_entity(tok.doc, tok.i)


def token_range(doc: Doc, start: int, end: int) -> range:
    """Indices of the tokens overlapping characters ``[start, end)`` (what
    ``doc.char_span(start, end, alignment_mode="expand")`` covers, without making a Span)."""
    offsets = doc.user_data.get("ekg_offsets")  # (_token_offsets, without a call when built)
    starts, ends = offsets if offsets is not None else _token_offsets(doc)
    return range(bisect_right(ends, start), bisect_left(starts, end)) if end > start else range(0)


_RUN = patterns.compile(r"[\w-]+")
_RUN_SPLIT = patterns.compile(r"([\w-]+)")  # (split by it: the runs of _RUN at the odd places)
_HEAD = 3  # letters of a word that word_pattern() filters on
_WORD_HEADS: dict[re.Pattern, frozenset[str]] = {}
_NOT_AFTER_WORD = "(?<![\\w-])"
_ANCHORED: dict[re.Pattern, bool] = {}  # pattern -> _word_anchored(pattern)
#: a whole-word pattern whose words are all ASCII runs of ``[\w-]`` -> those words, lower-case:
#: it matches where a run starts exactly when the whole run, lower-cased, is one of them (for
#: a run of ASCII letters; a run with other letters is left to the regex)
_WORD_SETS: dict[re.Pattern, frozenset[str]] = {}


#: a pattern that is only whole words of lower-case ASCII letters, as word_pattern() writes them
_LITERAL_WORDS = re.compile(r"\(\?<!\[\\w-\]\)(?:\(\?:((?:[a-z]+\|)*[a-z]+)\)|([a-z]+))\(\?!\[\\w-\]\)")


def _word_anchored(pattern: re.Pattern) -> bool:
    r"""True when every alternative of ``pattern`` starts with ``(?<![\w-])``, i.e. can only
    match where a run of word characters and hyphens starts (see :func:`word_pattern`)."""
    src = pattern.pattern
    if not src.startswith(_NOT_AFTER_WORD):
        return False
    depth, alternatives, i = 0, [0], 0
    while i < len(src):
        c = src[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":  # a character class: skip it whole
            j = i + 1
            if j < len(src) and src[j] == "^":
                j += 1
            if j < len(src) and src[j] == "]":
                j += 1
            while j < len(src) and src[j] != "]":
                j += 2 if src[j] == "\\" else 1
            i = j + 1
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            alternatives.append(i + 1)
        i += 1
    return all(src.startswith(_NOT_AFTER_WORD, a) for a in alternatives)


def _runs(doc: Doc) -> list[tuple[int, str]]:
    """Where each run of word characters starts, with its first letters casefolded."""
    runs = doc.user_data.get("ekg_runs")
    if runs is None:
        starts, words = _run_starts(doc), doc.user_data["ekg_run_texts"]
        runs = doc.user_data["ekg_runs"] = [
            (start, word.lower()[:_HEAD] if word.isascii() else word[:_HEAD].casefold())
            for start, word in zip(starts, words)]
    return runs


def _run_starts(doc: Doc) -> list[int]:
    """Where each run of :func:`_runs` starts (ascending)."""
    starts = doc.user_data.get("ekg_run_starts")
    if starts is None:
        _scan_runs(doc)
        starts = doc.user_data["ekg_run_starts"]
    return starts


def _run_words(doc: Doc) -> tuple[dict[str, list[int]], list[int]]:
    """Where the runs of :func:`_runs` start, by the whole run lower-cased (ASCII runs), and
    the starts of the runs that are not ASCII (ascending positions)."""
    found = doc.user_data.get("ekg_run_words")
    if found is None:
        _scan_runs(doc)
        found = doc.user_data["ekg_run_words"]
    return found


def _scan_runs(doc: Doc) -> None:
    """:func:`_run_starts` and :func:`_run_words` (and the runs' texts, for :func:`_runs`), in
    one split of the text: the runs are its odd pieces, their starts the sums of the pieces'
    lengths before them."""
    text = doc_text(doc)
    index: dict[str, list[int]] = {}
    odd: list[int] = []
    get = index.get
    ascii_text = text.isascii()
    pieces = _RUN_SPLIT.split(text.lower() if ascii_text else text)  # (an ASCII text's lower case: same offsets)
    starts = list(accumulate(map(len, pieces), initial=0))[1:-1:2]  # (the last sum is the length)
    words = pieces[1::2]
    if ascii_text:
        for word, start in zip(words, starts):
            at = get(word)
            if at is None:
                index[word] = [start]
            else:
                at.append(start)
    else:
        for word, start in zip(words, starts):
            if not word.isascii():
                odd.append(start)
                continue
            word = word.lower()  # (an ASCII word's casefold)
            at = get(word)
            if at is None:
                index[word] = [start]
            else:
                at.append(start)
    doc.user_data["ekg_run_texts"] = words  # (an ASCII text's: lower-cased)
    doc.user_data["ekg_run_starts"] = starts
    doc.user_data["ekg_run_words"] = (index, odd)


def _word_set(words) -> frozenset[str] | None:
    r"""The words of a whole-word pattern, lower-case, when all are ASCII runs of ``[\w-]``."""
    if all(w.isascii() and _RUN.fullmatch(w) for w in words):
        return frozenset(w.lower() for w in words)
    return None


def _run_heads(doc: Doc) -> dict[str, list[int]]:
    """Where the runs of :func:`_runs` start, by their first letters (ascending positions)."""
    index = doc.user_data.get("ekg_run_heads")
    if index is None:
        index = {}
        for pos, head in _runs(doc):
            found = index.get(head)
            if found is None:
                index[head] = [pos]
            else:
                found.append(pos)
        doc.user_data["ekg_run_heads"] = index
    return index


def finditer_words(doc: Doc, pattern: re.Pattern):
    """``pattern.finditer(doc text)``, faster for word-anchored patterns: the regex is tried
    only where a word starts (a few hundred places) instead of at every character, and for
    a :func:`word_pattern` only where a word starts with one of its words' first letters."""
    text = doc_text(doc)
    anchored = _ANCHORED.get(pattern)
    if anchored is None:
        if len(_ANCHORED) > 4096:
            _ANCHORED.clear()
        anchored = _ANCHORED[pattern] = _word_anchored(pattern)
        if anchored and pattern not in _WORD_HEADS:
            words = _LITERAL_WORDS.fullmatch(pattern.pattern)
            if words is not None:  # '(?<![\w-])by(?![\w-])' compiled by hand: filter like word_pattern
                if len(_WORD_HEADS) > 4096:
                    _WORD_HEADS.clear()
                listed = (words.group(1) or words.group(2)).split("|")
                _WORD_HEADS[pattern] = frozenset(w[:_HEAD] for w in listed)
                if len(_WORD_SETS) > 4096:
                    _WORD_SETS.clear()
                _WORD_SETS[pattern] = frozenset(listed)
    if not anchored:
        yield from pattern.finditer(text)
        return
    match = pattern.match
    exact = _WORD_SETS.get(pattern)
    if exact is not None:  # only the runs that are one of the words (and those not ASCII)
        index, odd = _run_words(doc)
        lists = [index[w] for w in exact if w in index]
        if odd:
            lists.append(odd)
        if not lists:
            return
        positions = lists[0] if len(lists) == 1 else sorted([p for found in lists for p in found])
        yield from _matches_at(match, text, positions)
        return
    heads = _WORD_HEADS.get(pattern)
    if heads is None:
        positions = _run_starts(doc)
    else:  # only the runs that start with one of the words' first letters, in text order
        index = _run_heads(doc)
        lists = [index[h] for h in heads if h in index]
        if not lists:
            return
        positions = lists[0] if len(lists) == 1 else sorted([p for found in lists for p in found])
    yield from _matches_at(match, text, positions)


def _matches_at(match, text: str, positions) -> Iterator[re.Match]:
    """The pattern's matches starting at these positions (in text order), not overlapping."""
    last_end = 0
    for pos in positions:
        if pos < last_end:
            continue
        m = match(text, pos)
        if m is not None:
            yield m
            last_end = m.end() if m.end() > pos else pos + 1


def tokens_matching(doc: Doc, pattern: re.Pattern) -> list[Token]:
    """Tokens that overlap where ``pattern`` matches the text: a cheap pre-filter, so that
    extractors look closely only at the few tokens that can matter."""
    toks = doc_tokens(doc)
    out, seen = [], set()
    for m in finditer_words(doc, pattern):
        for i in token_range(doc, m.start(), m.end()):
            if i not in seen:
                seen.add(i)
                out.append(toks[i])
    return out


def word_pattern(words) -> re.Pattern:
    """A case-insensitive pattern matching any of ``words`` as whole words (compiled once
    per word set; :func:`tokens_matching` looks it up by the words' first letters)."""
    return _word_pattern(frozenset(words))


@lru_cache(maxsize=256)
def _word_pattern(words: frozenset[str]) -> re.Pattern:
    alts = "|".join(sorted((re.escape(w) for w in words), key=lambda w: (-len(w), w)))  # seed-stable
    pattern = patterns.compile(rf"(?<![\w-])(?:{alts})(?![\w-])", re.I)
    # what a match must start with: each word's first three letters, casefolded (a word with
    # a space or sign early on makes the filter a no-op; a whole word shorter than that, like
    # 'is' or 'by', is a run of its own, so its head is the word itself)
    heads = {w[:_HEAD].casefold() for w in words}
    if all((len(w) >= _HEAD or w.casefold() == w[:_HEAD].casefold()) and len(w[:_HEAD].casefold()) == min(len(w), _HEAD)
           and _RUN.fullmatch(w[:_HEAD].casefold()) for w in words):
        if len(_WORD_HEADS) > 4096:  # word sets made per document (sessions) must not pile up
            _WORD_HEADS.clear()  # a pattern without its entry is only scanned more slowly
        _WORD_HEADS[pattern] = frozenset(heads)
    exact = _word_set(words)
    if exact is not None:
        if len(_WORD_SETS) > 4096:
            _WORD_SETS.clear()
        _WORD_SETS[pattern] = exact
    return pattern


def find_whole(text: str, word: str):
    r"""Where ``word`` (not empty) is written in ``text`` as a whole word: the starts of the
    matches of ``(?<![\w-])`` + ``re.escape(word)`` + ``(?![\w-])``, in order and not
    overlapping, as ``re.finditer`` finds them, without compiling a pattern for each word
    (``\w`` is what ``str.isalnum`` or '_' is, as in ``re``)."""
    n, at = len(word), text.find(word)
    while at >= 0:
        before = text[at - 1] if at else ""
        after = text[at + n] if at + n < len(text) else ""
        if (not before or not (before.isalnum() or before in "_-")) and (not after or not (after.isalnum() or after in "_-")):
            yield at
            at = text.find(word, at + n)
        else:
            at = text.find(word, at + 1)


def span_text(span: Span) -> str:
    """A Span's text from the cached document text (``Span.text`` re-joins tokens)."""
    return doc_text(span.doc)[span.start_char:span.end_char]


def source_span(obj: Span | Token | Doc, start: int | None = None, end: int | None = None) -> SourceSpan:
    """The character span of a spaCy span/token (or explicit offsets) as a record field."""
    doc = obj.doc if not isinstance(obj, Doc) else obj
    if start is None or end is None:
        if isinstance(obj, Token):
            start, end = obj.idx, obj.idx + len(obj.text)
        else:
            start, end = obj.start_char, obj.end_char
    return SourceSpan(start, end, doc_text(doc)[start:end])


def char_span(tokens: Iterable[Token]) -> SourceSpan | None:
    toks = sorted(tokens, key=lambda t: t.i)
    if not toks:
        return None
    return source_span(toks[0], toks[0].idx, toks[-1].idx + len(toks[-1].text))


@lru_cache(maxsize=8192)
def clean_name(text: str) -> str:
    """Trim determiners, quotes, possessives and punctuation around a name as written
    (memoized: the extractors clean the same few names many times)."""
    text = " ".join(text.split())
    text = re.split(r"--|—", text)[-1]  # "(Agency)--Name": a dateline glued to the name
    if text.count(")") > text.count("("):
        text = text[text.rindex(")") + 1:]
    text = text.strip(" ,;:.-–—()[]" + _QUOTES)
    words = text.split(" ")
    while words and words[0].lower() in _DETERMINERS:
        words = words[1:]
    text = " ".join(words)
    if text.endswith("'s") or text.endswith("’s"):
        text = text[:-2]
    return text.strip(" ,;:.-–—" + _QUOTES)


def is_titlecase(tok: Token) -> bool:
    t = tok.text
    return bool(t) and (t[0].isupper() or (t[0].isdigit() and not tok.like_num)) and tok.pos_ != "DET"


def split_list(text: str) -> list[str]:
    """Split an enumeration as written: 'A, B, and C' -> [A, B, C].

    Commas separate items; a final 'and'/'or'/'as well as' joins the last one. Without
    commas, 'X and Y' is split only when both sides are short and neither holds 'of'
    ('new technologies and products of new energy vehicles' stays one item). An 'and' in
    an earlier part ('drone maps and soil sensors, farm robots and grain silos') separates
    two items as well when both sides are short, neither holds 'of', and not both are
    single words: a pair of single words there names one field ('oil and gas, mining and
    energy', 'research and development, sales and service').
    """
    text = text.strip().rstrip(".;:")
    parts = [p.strip() for p in re.split(r",|;", text) if p.strip()]
    out: list[str] = []
    for i, p in enumerate(parts):
        oxford = bool(re.match(r"(?:and|or|as well as|plus)\s+", p, re.I))
        p = re.sub(r"^(?:and|or|as well as|plus|etc)\s+", "", p, flags=re.I).strip()
        if len(parts) == 1 or i < len(parts) - 1:
            halves = re.split(r"\s+(?:and|or|as well as)\s+", p)
            if len(halves) == 2 and all(1 <= len(h.split()) <= 3 and " of " not in f" {h} " for h in halves) \
                    and (len(parts) == 1 or max(len(h.split()) for h in halves) > 1):
                out.extend(halves)
                continue
        elif i == len(parts) - 1:
            # "A, B and C": no Oxford comma, so the last 'and' separates two items
            halves = re.split(r"\s+as well as\s+", p) if oxford else re.split(r"\s+(?:and|or|as well as)\s+(?!.*\s(?:and|or)\s)", p)
            if len(halves) == 2:
                out.extend(halves)
                continue
        out.append(p)
    return [clean_item(p) for p in out if clean_item(p)]


def clean_item(text: str) -> str:
    text = re.sub(r"\s+(?:etc\.?|and so on|and more|among others)$", "", text.strip(), flags=re.I)
    return clean_name(text)


def sentence_of(tok: Token) -> Span:
    return sent_of(tok)


def doc_sents(doc: Doc) -> tuple[Span, ...]:
    """The Doc's sentences, built once (``Doc.sents`` makes new Spans on every call)."""
    sents = doc.user_data.get("ekg_sents")
    if sents is None:
        sents = doc.user_data["ekg_sents"] = tuple(doc.sents)
    return sents


def _sent_numbers(doc: Doc) -> list[int] | None:
    """The number of each token's sentence in :func:`doc_sents`, built once; None when the
    Doc has hooks that decide its sentences (then ``Token.sent`` is asked)."""
    numbers = doc.user_data.get("ekg_sent_numbers", False)
    if numbers is False:
        numbers = None
        if not (doc.user_hooks or doc.user_span_hooks or doc.user_token_hooks):
            numbers = [0] * len(doc)
            for k, sent in enumerate(doc_sents(doc)):
                numbers[sent.start:sent.end] = [k] * (sent.end - sent.start)
        doc.user_data["ekg_sent_numbers"] = numbers
    return numbers


def sent_of(obj: Token | Span) -> Span:
    """``obj.sent`` (the sentence of a token, or of a span's first token) from the cached
    sentences: ``Token.sent`` walks the Doc to both ends of the sentence on every call."""
    i = obj.i if isinstance(obj, Token) else obj.start
    doc = obj.doc
    by_token = doc.user_data.get("ekg_sent_of")  # (each token's sentence: one lookup a call)
    if by_token is None:
        numbers = _sent_numbers(doc)
        by_token = doc.user_data["ekg_sent_of"] = False if numbers is None else \
            [sents[k] for sents in (doc_sents(doc),) for k in numbers]
    if by_token is False or not 0 <= i < len(by_token):
        return obj.sent
    return by_token[i]


_LEMMAS: dict[tuple[int, int, int], str] = {}  # (orth, tag, pos) -> lemma, process-wide
_LEMMATIZER: list = []  # [the lazy lemmatizer or None], looked up once


#: verbs whose final 'e' spaCy's rule lemmatizer cuts with their ending ('staged', 'stages',
#: 'staging' -> 'stag'; 'rated' -> 'rat'; 'raged' -> 'rag'): the word -> its lemma
_LEMMA_FIXES = {w: base for base in ("stage", "rate", "rage") for w in (base + "d", base + "s", base[:-1] + "ing")}
_CUT_LEMMAS = frozenset(base[:-1] for base in _LEMMA_FIXES.values())


def lemma(tok: Token) -> str:
    """The token's lemma, lower-case. ``kg`` runs spaCy without its lemmatizer (1-3% of the
    pipeline's time) and lemmatizes here, with the same spaCy lemmatizer, only the few
    tokens the extractors look at; a pipeline that did run it is used as is.

    Lemmas are memoized per (word, fine tag, POS): in the English pipelines the attribute
    ruler derives POS and morphology from the tag, so these decide the rule lemmatizer."""
    if tok.lemma:
        return tok.lemma_.lower()
    key = (tok.orth, tok.tag, tok.pos)
    found = _LEMMAS.get(key)
    if found is None:
        if not _LEMMATIZER:
            from kg.pipeline.nlp import lazy_lemmatizer

            _LEMMATIZER.append(lazy_lemmatizer())
        lemmatizer = _LEMMATIZER[0]
        found = (lemmatizer.lemmatize(tok)[0] if lemmatizer is not None else tok.text).lower()
        if found in _CUT_LEMMAS:
            found = _LEMMA_FIXES.get(tok.lower_, found)
        if len(_LEMMAS) > 50_000:  # bounded: a feed of millions of documents
            _LEMMAS.clear()
        _LEMMAS[key] = found
    return found


def _lemma_keys(doc: Doc) -> list[tuple[int, int, int, int]]:
    """(lemma, orth, tag, pos) of every token: what decides :func:`lemma` (read once per document)."""
    keys = doc.user_data.get("ekg_lemma_keys")
    if keys is None:
        keys = doc.user_data["ekg_lemma_keys"] = list(map(tuple, doc.to_array([LEMMA, ORTH, TAG, POS]).tolist())) \
            if len(doc) else []
    return keys


_LEMMA_IN: dict[frozenset[str], dict[tuple[int, int, int, int], bool]] = {}  # words -> key -> lemma in words


def any_lemma_in(doc: Doc, start: int, end: int, words: frozenset[str]) -> bool:
    """``any(lemma(t) in words for t in doc[start:end])``, with the answer for each kind of
    token (its :func:`_lemma_keys` key) kept process-wide: a sentence is then one lookup a
    word, not four Token properties and a lemma."""
    memo = _LEMMA_IN.get(words)
    if memo is None:
        if len(_LEMMA_IN) > 64:
            _LEMMA_IN.clear()
        memo = _LEMMA_IN[words] = {}
    keys = _lemma_keys_between(doc, start, end)
    flags = list(map(memo.get, keys))
    if True in flags:
        return True
    if None not in flags:
        return False
    if len(memo) > 50_000:  # bounded, as the lemmas
        memo.clear()
    toks = None
    for k, (key, flag) in enumerate(zip(keys, flags)):
        if flag is None:  # the token's lemma, as lemmas_of reads it
            lem, orth, tag, pos = key
            if lem:  # a pipeline that ran its lemmatizer
                found = doc.vocab.strings[lem].lower()
            else:
                found = _LEMMAS.get((orth, tag, pos))
                if found is None:
                    toks = toks or doc_tokens(doc)
                    found = lemma(toks[start + k])
            flag = memo[key] = found in words
        if flag:
            return True
    return False


def _lemma_keys_between(doc: Doc, start: int, end: int) -> list[tuple[int, int, int, int]]:
    """``_lemma_keys(doc)[start:end]``, read off the Doc's array for just those tokens when the
    whole list is not built (a sentence or two of a release is asked)."""
    keys = doc.user_data.get("ekg_lemma_keys")
    if keys is not None:
        return keys[start:end]
    if not len(doc):
        return []
    return list(map(tuple, doc_matrix(doc, (LEMMA, ORTH, TAG, POS))[start:end].tolist()))


def lemmas_of(doc: Doc, start: int, end: int):
    """:func:`lemma` of the tokens ``start`` to ``end``, one by one, read from arrays (built once
    per document) instead of four properties of each Token: what a loop over a sentence's
    words asks ('does one of them lemmatize to ...?'). Lazy: an ``any()`` stops early."""
    keys = _lemma_keys(doc)
    toks = None
    for i in range(start, end):
        lem, orth, tag, pos = keys[i]
        if lem:  # a pipeline that ran its lemmatizer
            yield doc.vocab.strings[lem].lower()
            continue
        found = _LEMMAS.get((orth, tag, pos))
        if found is None:
            toks = toks or doc_tokens(doc)
            found = lemma(toks[i])
        yield found


_CAP_RUN = patterns.compile(r"[A-Z][\w'’.-]*(?:(?:\s+(?:of|and|for|the|&))?\s+[A-Z][\w'’.-]*)*")
_CONNECTORS = frozenset({"of", "and", "for", "the", "&"})


def acronym_expansion(doc: Doc, short: str) -> str | None:
    """'JAMA' -> 'Japan Automobile Manufacturers Association' when the release spells it
    out: consecutive capitalized words (with 'of'/'and'/'for' between) whose initials match."""
    if not (short.isalpha() and short.isupper() and 2 <= len(short) <= 8):
        return None
    n = len(short)
    for m in _CAP_RUN.finditer(doc_text(doc)):
        words = m.group(0).split()
        caps = [i for i, w in enumerate(words) if w.lower() not in _CONNECTORS]
        for k in range(len(caps) - n + 1):
            chosen = caps[k:k + n]
            if "".join(words[i][0] for i in chosen).upper() == short:
                return " ".join(words[chosen[0]:chosen[-1] + 1]).rstrip(".")  # 'the X Association.' ends a sentence
    return None


def _verb_arrays(doc: Doc) -> tuple[list[bool], list[bool], list[int]]:
    """For :func:`governing_verb`, once per document: whether each token's POS is VERB or AUX,
    whether its dependency is 'amod', and its head's index (read off three arrays, not Tokens)."""
    found = doc.user_data.get("ekg_verb_arrays")
    if found is None:
        if len(doc):
            a = doc.to_array([POS, DEP, HEAD]).astype("int64")  # (HEAD: the head's offset, signed)
            pos, dep = a[:, 0], a[:, 1]
            found = (((pos == _VERB) | (pos == _AUX)).tolist(), (dep == _AMOD).tolist(),
                     (a[:, 2] + _arange(len(doc))).tolist())
        else:
            found = ([], [], [])
        doc.user_data["ekg_verb_arrays"] = found
    return found


def governing_verb(tok: Token, depth: int = 8, participles: bool = False) -> Token | None:
    """The nearest verb above a token in the parse, looking at most ``depth`` tokens up (the
    token itself included); an adjectival participle counts only with ``participles``.
    (Walked on :func:`_verb_arrays`, as ``Token.head`` makes a new Token at every step, and
    memoized per document: the extractors ask about the same few tokens four times over.)"""
    doc = tok.doc
    i = tok.i
    key = (i, depth, participles)
    memo = doc.user_data.get("ekg_verbs")
    if memo is None:
        memo = doc.user_data["ekg_verbs"] = {}
    else:
        found = memo.get(key)
        if found is not None:
            return doc_tokens(doc)[found] if found >= 0 else None
    verbal, amod, heads = _verb_arrays(doc)
    found = -1
    for _ in range(depth):
        if verbal[i] and (participles or not amod[i]):
            found = i
            break
        h = heads[i]
        if h == i:
            break
        i = h
    memo[key] = found
    return doc_tokens(doc)[found] if found >= 0 else None
