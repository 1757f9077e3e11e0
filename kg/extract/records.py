"""Typed records that extractors return and the RDF mapper consumes.

Every record carries the character span (into the document *body*) it was read from, so
every fact in the graph can point back to its exact source text. Records are plain frozen
dataclasses: easy to build in tests, compare, and pickle across processes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class SourceSpan:
    """A character span of the document body, end exclusive."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class SourceRecord:
    """What the release says about itself: headline, dateline, publication date, wire."""

    headline: str | None = None
    dateline: str | None = None
    published: date | None = None
    wire: str | None = None
    source_organization: str | None = None
    url: str | None = None
    span: SourceSpan | None = None  # the dateline place
    dateline_span: SourceSpan | None = None  # the whole dateline, date and wire included


@dataclass(frozen=True)
class PlaceRecord:
    """A named place; ``kind`` is one of city, region, country, venue, place."""

    name: str
    kind: str = "place"
    span: SourceSpan | None = None


@dataclass(frozen=True)
class EventRecord:
    """An event named in the release. ``key`` is unique within the document."""

    key: str
    name: str
    kind: str = "event"  # conference | expo | forum | summit | fair | exhibition | ...
    start: date | None = None
    end: date | None = None
    places: tuple[PlaceRecord, ...] = ()  # innermost first: venue/city, region, country
    theme: str | None = None
    edition: int | None = None
    part_of: str | None = None  # key of the super-event
    main: bool = False
    span: SourceSpan | None = None


@dataclass(frozen=True)
class RoleRecord:
    """An agent in a role at an event: host, organizer, coOrganizer, sponsor, ..."""

    event: str  # EventRecord.key
    role: str  # host | organizer | coOrganizer | sponsor | supporter | partner | guestOfHonor
    agent: str  # name as written
    agent_type: str = "Organization"  # Organization | GovernmentOrganization | Country | Person
    span: SourceSpan | None = None


@dataclass(frozen=True)
class TopicRecord:
    """A topic the event (or one of its sessions) covers."""

    label: str
    span: SourceSpan | None = None


@dataclass(frozen=True)
class SessionRecord:
    """A counted group of sessions within an event ("6 special meetings")."""

    event: str
    label: str  # singular, as written: "special meeting"
    count: int | None = None
    topics: tuple[TopicRecord, ...] = ()
    span: SourceSpan | None = None


@dataclass(frozen=True)
class EventTopicRecord:
    """A topic attributed directly to an event."""

    event: str
    topic: TopicRecord


@dataclass(frozen=True)
class StatisticRecord:
    """One figure: value, unit, what it measures, what it is about, when, how exact."""

    value: float
    unit: str
    measure: str | None = None
    about: str | None = None
    about_type: str | None = None  # Place | Organization | Project | Event
    period: str | None = None  # ISO 8601: "2023", "2024-07", "2024-01/2024-07", a date
    qualifier: str = "Exact"  # Exact | MoreThan | AtLeast | Approximately | Nearly | UpTo | LessThan
    change_of: int | None = None  # index of the base StatisticRecord in the same list
    comparison: str | None = None  # "year-on-year", "month-on-month", ...
    span: SourceSpan | None = None  # the quote
    sentence: SourceSpan | None = None


@dataclass
class Extraction:
    """Everything extracted from one document, in extractor order."""

    source: SourceRecord = field(default_factory=SourceRecord)
    events: list[EventRecord] = field(default_factory=list)
    roles: list[RoleRecord] = field(default_factory=list)
    sessions: list[SessionRecord] = field(default_factory=list)
    topics: list[EventTopicRecord] = field(default_factory=list)
    statistics: list[StatisticRecord] = field(default_factory=list)

    @property
    def main_event(self) -> EventRecord | None:
        return next((e for e in self.events if e.main), self.events[0] if self.events else None)
