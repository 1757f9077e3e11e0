"""An event's stated theme or slogan: "under the theme 'X'", "themed X", "with the theme of
X", "X is this year's theme", "The theme of this year's fair is: 'X'", in any quote style or
none, without its quotation marks.

A quoted theme is read with a pattern around the cue word; an unquoted one from the parse
(the object of "theme of", the attribute of "the theme is", the subject of "is the theme").
The main event's theme may be stated in any sentence that names no other event; a
sub-event's only where it is named. The cue words are data: ``rules/events.json``.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from kg.extract.common import doc_sents, doc_text, finditer_words, lemma, span_text, sent_of, word_pattern
from kg.extract.context import Context
from kg.extract.rules import load_rules
from kg.pipeline import patterns

_RULE = next(r for r in load_rules("events")["rules"] if r["name"] == "theme")
_CUES = frozenset(_RULE["cues"])
_CUE = "|".join(sorted((re.escape(c) for c in _CUES), key=lambda c: (-len(c), c)))  # (ties by text: no hash order)
_OPEN = "\"“‘«„"
_CLOSE = "\"”’»“"
# an opening quote, or a straight one that is no apostrophe ("this year's")
_Q_OPEN = rf"(?:[{_OPEN}]|(?<![A-Za-z])')"
# a closing quote that is no apostrophe inside the theme ("Peru’s Development")
_Q_CLOSE = rf"(?:[{_CLOSE}](?![A-Za-z])|'(?![A-Za-z]))"
_QUOTED = rf"{_Q_OPEN}(?P<q>(?:[^{_OPEN}{_CLOSE}\n]|(?<=[A-Za-z])[’'](?=[A-Za-z])){{3,160}}?){_Q_CLOSE}"
# (the gap holds an event's name and a clause on it: "The theme for the 2026 X Summit, to be
# held in Suva on 3 June, is 'Y'")
_AFTER_CUE = patterns.compile(
    rf"(?<![\w-])(?:{_CUE})(?![\w-])(?P<gap>(?:[^{_OPEN}{_CLOSE}\n]|(?<=[A-Za-z])[’'](?=[A-Za-z])){{0,100}}?){_QUOTED}", re.I)
_THEMED = patterns.compile(rf"(?<![\w-])(?:themed|Themed)(?:\s*:)?\s+(?:{_QUOTED}|(?P<plain>[A-Z][^,.;:()\n]{{3,100}})"
                     rf"|(?:around|on)[ \t]+(?:{_QUOTED.replace('?P<q>', '?P<q2>')}|(?P<around>[^,.;:()\n{_OPEN}{_CLOSE}]{{3,100}})))")
# "under the theme Green Ports for All": an unquoted, capitalised theme right after the cue
_PLAIN_AFTER = patterns.compile(rf"(?<![\w-])(?:under|with)\s+the\s+(?:\w+\s+)?(?:{_CUE})\s+(?P<plain>[A-Z][^,.;:()\n{_OPEN}{_CLOSE}]{{3,100}})")
# "The fair's theme, Green Ports for All, was chosen by visitors": an unquoted capitalised appositive
_PLAIN_APPOS = patterns.compile(rf"(?<![\w-])(?:{_CUE})\s*(?P<sep>,|\s[—–-])\s+(?P<plain>[A-Z][^,.;:()\n{_OPEN}{_CLOSE}—–]{{3,100}}?)"
                          rf"\s*(?:,|[—–]|\s-\s)")
# "organised around the theme: Green Ports for All": an unquoted, capitalised theme after a colon
# (a comma ends it before a lower-case word: "under the theme: Green Ports, the fair opens ...")
# ("Theme: Green Ports for All" on a line of its own, an organiser's page: the line's end ends it)
_PLAIN_COLON = patterns.compile(rf"(?<![\w-])(?i:{_CUE})\s*:[ \t]+(?P<plain>[A-Z](?:[^.;(),\n{_OPEN}{_CLOSE}]|,(?=\s*[A-Z0-9])){{3,100}}?)"
                                rf"(?:[ \t]*(?=\n)|\s*(?:[.;(]|,(?!\s*[A-Z0-9])|$))")
_BEFORE_CUE = patterns.compile(
    rf"{_QUOTED}\s*,?\s+(?:is|was|will be|(?:(?:is|was|has been|had been|will be)\s+)?(?:chosen|selected|picked|adopted)\s+as|serves as|as)\s+"
    rf"(?:the|this year[’']s|its|the event[’']s)\s+(?:\w+\s+)?(?:{_CUE})\b", re.I)
# "themes such as", "theme park", "theme song": no theme of the event
_NOT_THEME = patterns.compile(r"^(?:s\b|\s+(?:park|parks|song|songs|music|zone|zones|area|areas|pavilion|pavilions|day|days|night|nights)\b)",
                        re.I)
_ANY_CUE = patterns.compile(rf"(?<![\w-])(?:{_CUE}|themed)(?![\w-])", re.I)
#: the same words as a word_pattern(), for the test whether the release writes one at all: it
#: has a filter by first letters (_ANY_CUE, with 'banner of', is tried at every word: 0.1 ms a release)
_ANY_CUE_WORDS = word_pattern(_CUES | {"themed"})
_STOP_START = frozenset({"this", "that", "it", "which", "the event", "the theme"})


def _clean(text: str) -> str | None:
    text = " ".join(text.split()).strip(" ,.;:" + _OPEN + _CLOSE + "'")
    words = text.split()
    if not words or len(words) > 24 or text.lower() in _STOP_START:
        return None
    return text


def _quoted(text: str, limit: int | None = None) -> str | None:
    """The theme in ``text``, from a cue that starts before ``limit`` (the sentence's end: the
    text may run on to the paragraph's end, for a quote the parser split at a colon)."""
    limit = len(text) if limit is None else limit
    for m in _AFTER_CUE.finditer(text, 0, len(text)):
        if m.start() >= limit:
            break
        if _NOT_THEME.match(text[m.start("gap"):]):
            continue  # "theme park", "theme song"
        if re.search(r"[.!?]\s", m.group("gap")):
            continue  # the quote is in another sentence
        found = _clean(m.group("q"))
        if found:
            return found
    m = _BEFORE_CUE.search(text, 0, limit) or _THEMED.search(text, 0, limit) or _PLAIN_AFTER.search(text, 0, limit) \
        or _PLAIN_APPOS.search(text, 0, limit) or _PLAIN_COLON.search(text, 0, limit)
    if m:
        found = m.groupdict()
        return _clean(found.get("q") or found.get("q2") or found.get("plain") or found.get("around") or "")
    return None


#: small words inside a title-case theme ('Smart Cities for All', 'Water for the Future')
_TITLE_JOINERS = frozenset({"for", "of", "and", "the", "in", "to", "with", "&", "a", "an", "on", "at", "by", "from"})


def _phrase(tok: Token) -> str:
    """The phrase a token heads; a title-case phrase the parser cut before a small word runs on
    to its last capitalised word ('Smart Cities' + 'for All': the parser hangs 'for All' on the
    verb)."""
    toks = sorted(tok.subtree, key=lambda t: t.i)
    doc, end = tok.doc, toks[-1].i + 1
    if toks[0].text[:1].isupper() and toks[-1].text[:1].isupper():
        j = end
        while j < sent_of(tok).end and doc[j].lower_ in _TITLE_JOINERS and doc[j].text[:1].islower():
            j += 1
        k = j
        while k < sent_of(tok).end and doc[k].text[:1].isupper() and doc[k].is_alpha:
            k += 1
        if k > j > end:
            end = k
    return doc[toks[0].i:end].text


def _more_of(cue: Token, obj: Token) -> str:
    """'the theme of water security in a changing climate': a lower-case phrase the parser hung
    on the cue word right after the theme (no name, place or date in it) is the theme's too."""
    doc, end = cue.doc, max(t.i for t in obj.subtree) + 1
    more = ""
    for c in cue.children:
        if c.dep_ != "prep" or c.i != end or c.lower_ not in ("in", "for", "through", "towards", "toward", "beyond"):
            continue
        toks = sorted(c.subtree, key=lambda t: t.i)
        if len(toks) < 2 or any(t.ent_type_ or t.pos_ == "PROPN" or t.text[:1].isupper() for t in toks):
            break
        more += doc[end - 1].whitespace_ + doc[toks[0].i:toks[-1].i + 1].text
        end = toks[-1].i + 1
    return more


def _parsed(sent: Span) -> str | None:
    """An unquoted theme from the parse of a sentence that uses a cue word."""
    for tok in sent:
        if tok.lower_ == "themed" and tok.pos_ == "VERB" and not (tok.i > 0 and sent.doc[tok.i - 1].text == "-"):
            # "The festival is themed ocean conservation and runs ...": the object of 'themed'
            obj = next((c for c in tok.children if c.dep_ in ("dobj", "oprd") and c.pos_ in ("NOUN", "PROPN")), None)
            if obj is not None:
                return _clean(_phrase(obj))
        if tok.lower_ not in _CUES or tok.pos_ != "NOUN":
            continue
        nxt = sent.doc[tok.i + 1] if tok.i + 1 < len(sent.doc) else None
        if nxt is not None and _NOT_THEME.match(" " + nxt.text):
            continue
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                obj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if obj is not None and obj.pos_ not in ("PRON", "DET") and not _about_edition(obj):
                    return _clean(_phrase(obj) + _more_of(tok, obj))
            if child.dep_ == "appos" and "\n" not in sent.doc.text[tok.idx:child.idx]:
                return _clean(_phrase(child))  # (not "Theme: ...\nVenue: X Center": the next line's)
        head = tok.head
        if tok.dep_ == "dobj" and head.pos_ == "VERB":  # "broadened the event theme to mobility"
            for child in head.children:
                if child.dep_ == "prep" and child.lower_ in ("to", "as") and child.i > tok.i:
                    obj = next((c for c in child.children if c.dep_ == "pobj"), None)
                    if obj is not None and obj.pos_ not in ("PRON", "DET"):
                        return _clean(_phrase(obj))
        if lemma(head) == "be":
            if tok.dep_ == "nsubj":  # "The theme of the forum is green growth."
                attr = next((c for c in head.children if c.dep_ in ("attr", "acomp")), None)
                # 'the theme was well chosen': a participle or adverb says how, not what
                if attr is not None and not (attr.dep_ == "acomp" and (attr.tag_ in ("VBN", "VBD") or attr.pos_ == "ADV")):
                    return _clean(_phrase(attr))
            if tok.dep_ == "attr":  # "Green growth is this year's theme."
                subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
                if subj is not None and subj.pos_ != "PRON":
                    return _clean(_phrase(subj))
    return None


def _about_edition(tok: Token) -> bool:
    """'the theme of this year's fair is ...': 'of' names the event, not the theme."""
    return tok.lower_ in ("edition", "event", "year", "fair", "show", "expo", "forum", "festival", "conference",
                          "exhibition", "summit", "congress") or any(c.lower_ in ("this", "year", "’s", "'s")
                                                                     for c in tok.children)


def event_theme(ctx: Context, key: str, sents: list[Span], main: bool) -> str | None:
    """The theme of one event, from its sentences (for the main event, from any sentence
    that names no other event)."""
    if next(finditer_words(ctx.doc, _ANY_CUE_WORDS), None) is None:  # (_ANY_CUE.search(text), by the word index)
        return None
    pool = list(sents)
    if main:
        seen = {s.start for s in sents}
        for sent in doc_sents(ctx.doc):
            if sent.start in seen:
                continue
            found = ctx.mentions_in(sent)
            if all(m.event == key or m.anaphor for m in found):
                pool.append(sent)
    for sent in pool:
        text = span_text(sent)
        if not _ANY_CUE.search(text):
            continue
        doc_str = doc_text(ctx.doc)
        line_end = doc_str.find("\n", sent.end_char)
        run_on = doc_str[sent.end_char:min(sent.end_char + 200, line_end if line_end >= 0 else len(doc_str))]
        theme = _quoted(text + run_on, len(text)) or _parsed(sent)
        if theme:
            return theme
    return None
