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
    #: while an event is dated, a release without a publication date may lend its dateline's
    #: day ("CAPE TOWN, Feb. 5 --") in the year the release is about (see event_dates)
    assumed_ref_date: date | None = field(default=None, repr=False)

    @property
    def ref_date(self) -> date | None:
        """The date relative expressions resolve against: the publication date."""
        return self.result.source.published or self.document.published or self.assumed_ref_date

    @property
    def main_key(self) -> str | None:
        ev = self.result.main_event
        return ev.key if ev else None

    def mentions_in(self, sent: Span) -> list[EventMention]:
        return [m for m in self.mentions if sent.start <= m.start < sent.end]

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
