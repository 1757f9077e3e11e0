"""What extractors share for one document: the parse, the document, and earlier results.

Extractors run in a fixed order (source, events, roles, sessions, topics, statistics);
each reads the parsed ``Doc`` and what earlier extractors found (the events and where they
are mentioned) and returns records. None of them re-parses text or keeps global state.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Doc, Span, Token

from kg.extract.records import Extraction
from kg.normalize.spaces import for_parsing
from kg.pipeline.document import Document


@dataclass
class EventMention:
    """Where an event is named or referred to: token range [start, end) in the Doc."""

    event: str  # EventRecord.key
    start: int
    end: int
    anaphor: bool = False


@dataclass
class Context:
    doc: Doc
    document: Document
    result: Extraction = field(default_factory=Extraction)
    mentions: list[EventMention] = field(default_factory=list)
    _index: set[int] = field(default_factory=set, repr=False)
    _index_key: tuple[int, int] | None = field(default=None, repr=False)
    _names: set[int] = field(default_factory=set, repr=False)
    _names_key: tuple[int, int] | None = field(default=None, repr=False)
    #: mentions_in's answers by sentence, for the mentions as they were (``_in_sent_of``: the
    #: list, ``_in_sent_snap``: a copy of it; mentions are added, sorted or replaced, never edited)
    _in_sent: dict[tuple[int, int], list[EventMention]] = field(default_factory=dict, repr=False, compare=False)
    _in_sent_of: list[EventMention] | None = field(default=None, repr=False, compare=False)
    _in_sent_snap: list[EventMention] | None = field(default=None, repr=False, compare=False)
    #: while an event is dated, a release without a publication date may lend its dateline's
    #: day ("CAPE TOWN, Feb. 5 --") in the year the release is about (see event_dates)
    assumed_ref_date: date | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        # the Doc's text is the document's as the parser read it (the pipeline parses
        # ``for_parsing(document.text)``: odd spaces made plain, same offsets): lend it to
        # common.doc_text, which would otherwise join every token's text to make it
        doc, text = self.doc, for_parsing(self.document.text)
        if "ekg_text" not in doc.user_data and _same_text(doc, text):
            doc.user_data["ekg_text"] = text

    @property
    def ref_date(self) -> date | None:
        """The date relative expressions resolve against: the publication date."""
        return self.result.source.published or self.document.published or self.assumed_ref_date

    @property
    def main_key(self) -> str | None:
        ev = self.result.main_event
        return ev.key if ev else None

    def mentions_in(self, sent: Span) -> list[EventMention]:
        """The mentions starting in a sentence, in the order of ``mentions`` (asked for the
        same sentences many times: kept until the mentions change)."""
        mentions = self.mentions
        if mentions is not self._in_sent_of or mentions != self._in_sent_snap:  # (same objects: fast)
            self._in_sent, self._in_sent_of, self._in_sent_snap = {}, mentions, list(mentions)
        key = (sent.start, sent.end)
        found = self._in_sent.get(key)
        if found is None:
            found = self._in_sent[key] = [m for m in mentions if sent.start <= m.start < sent.end]
        return list(found)

    def event_for_sentence(self, sent: Span, before: Token | None = None) -> str | None:
        """The event a sentence talks about: the nearest mention before ``before`` (or any
        mention in the sentence), else the main event."""
        found = self.mentions_in(sent)
        if before is not None:
            prior = [m for m in found if m.start <= before.i]
            if prior:
                return prior[-1].event
        if found:
            return found[0].event
        return self.main_key

    def is_name_token(self, tok: Token) -> bool:
        """Is this token part of an event's name (not an anaphor like 'the expo')?"""
        key = (len(self.mentions), id(self.mentions))
        if self._names_key != key:  # (mentions are only ever added, or the list replaced)
            self._names = {i for m in self.mentions if not m.anaphor for i in range(m.start, m.end)}
            self._names_key = key
        return tok.i in self._names

    def is_mention_token(self, tok: Token) -> bool:
        key = (len(self.mentions), id(self.mentions))
        if self._index_key != key:
            self._index = {i for m in self.mentions for i in range(m.start, m.end)}
            self._index_key = key
        return tok.i in self._index


def _same_text(doc: Doc, text: str) -> bool:
    """Is ``text`` the Doc's text, as far as its ends and length tell (a Doc parsed from
    another text is told apart; then the Doc's own text is joined from its tokens)?"""
    n = len(doc)
    if not n:
        return text == ""
    first, last = doc[0], doc[n - 1]
    return last.idx + len(last.text_with_ws) == len(text) and first.idx == 0 \
        and text.startswith(first.text) and text.endswith(last.text_with_ws)
