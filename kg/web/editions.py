"""A series across its editions: which figures can be charted year by year.

A chart line is one kind of figure (the same measure and unit: "visitors" counted in
``visitor``, "exhibitors" in ``exhibitor``) stated for at least two editions. An edition's
figures are those of the releases about it that describe the edition itself (about the
event, or about nothing named); change figures ("up 12%") and figures about a place or an
organisation are left out. When a release states several figures of one kind, the first
stated in the latest release stands for the edition (the others stay on the event page).
"""

from __future__ import annotations

from dataclasses import dataclass

from kg.web.data import (
    EKG,
    SDO,
    EventSummary,
    GraphView,
    Ref,
    Stat,
    event_stats,
    event_summary,
    ref,
)

__all__ = ["Chart", "Point", "SeriesDetail", "series_detail"]


@dataclass
class Point:
    year: int
    value: float
    label: str          # the value as the page writes it: "12,500"
    event: EventSummary
    stat: Stat


@dataclass
class Chart:
    title: str
    unit: str
    points: list[Point]

    @property
    def slug(self) -> str:
        return "".join(c if c.isalnum() else "-" for c in f"{self.title}-{self.unit}".lower()).strip("-")


@dataclass
class SeriesDetail:
    ref: Ref
    editions: list[EventSummary]
    charts: list[Chart]


def _edition_figures(view: GraphView, edition: EventSummary) -> dict[tuple[str, str], Stat]:
    chosen: dict[tuple[str, str], tuple[tuple, Stat]] = {}
    docs = {d: view.text(d, SDO.datePublished) or "" for d in view.subjects(SDO.about, edition.iri)}
    for s in event_stats(view, edition.iri):
        if s.is_change or s.number is None or (s.about is not None and s.about.iri != edition.iri):
            continue
        key = ((s.measure.label if s.measure else s.unit).lower(), s.unit)
        start = s.evidence[0].start if s.evidence else 1 << 30
        rank = (docs.get(s.doc or "", ""), -start)  # latest release, then first stated
        if key not in chosen or rank > chosen[key][0]:
            chosen[key] = (rank, s)
    return {k: v[1] for k, v in chosen.items()}


def series_detail(view: GraphView, series: str) -> SeriesDetail | None:
    if not view.has_type(series, SDO.EventSeries):
        return None
    editions = sorted((event_summary(view, e) for e in view.subjects(EKG.inSeries, series)),
                      key=lambda e: (e.year or 0, e.start or "", e.name))
    lines: dict[tuple[str, str], list[Point]] = {}
    for ed in editions:
        if ed.year is None:
            continue
        for key, s in _edition_figures(view, ed).items():
            lines.setdefault(key, []).append(Point(ed.year, s.number, s.value, ed, s))
    charts = []
    for (title, unit), points in lines.items():
        years = {p.year for p in points}
        if len(years) >= 2:
            # two editions in one year (a spring and an autumn fair): both stay, in date order
            charts.append(Chart(title, unit, sorted(points, key=lambda p: (p.year, p.event.start or ""))))
    charts.sort(key=lambda c: (-len(c.points), c.title))
    return SeriesDetail(ref(view, series, "series"), editions, charts)
