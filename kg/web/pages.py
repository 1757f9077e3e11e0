"""The HTML pages: each a function of the graph (a :class:`GraphView`), where links point
(:class:`~kg.web.templates.Links`) and the request's parameters, returning HTML text.
The server (:mod:`kg.web.routes`) and the report (:mod:`kg.web.report`) both call them."""

from __future__ import annotations

import re
import threading
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from html import escape

from kg.web.data import (
    DocText,
    EventSummary,
    GraphView,
    Ref,
    doc_text,
    event_detail,
    event_summaries,
)
from kg.web.editions import Chart, series_detail
from kg.web.neighbourhood import neighbourhood
from kg.web.templates import Links, render

__all__ = ["EventIndex", "NotFound", "chart_json", "doc_page", "event_page", "events_page",
           "graph_json", "graph_page", "series_page"]

#: rows an HTML table shows unless the server is told otherwise (``kg serve --rows``)
HTML_ROWS = 200


class NotFound(Exception):
    """No such event, release or series in the graph."""


@dataclass
class EventIndex:
    """Every event of the graph once, for the listing and its filters (read once: the
    graph a server shows does not change)."""

    events: list[EventSummary]
    kinds: list[str] = field(default_factory=list)
    years: list[int] = field(default_factory=list)
    places: list[str] = field(default_factory=list)

    @classmethod
    def build(cls, view: GraphView) -> EventIndex:
        events = event_summaries(view)
        places = Counter(p.label for e in events for p in e.places)
        return cls(events,
                   kinds=sorted({k for e in events for k in e.kinds}),
                   years=sorted({e.year for e in events if e.year}, reverse=True),
                   places=[p for p, _ in sorted(places.items(), key=lambda x: (-x[1], x[0]))])

    def filter(self, q: str = "", place: str = "", year: str = "", kind: str = "") -> list[EventSummary]:
        words = [w for w in re.split(r"\s+", q.lower().strip()) if w]
        place = place.lower().strip()
        try:
            year_n = int(year) if year.strip() else None
        except ValueError:
            year_n = -1
        out = []
        for e in self.events:
            name = e.name.lower()
            if words and not all(w in name or w in e.place_text.lower() for w in words):
                continue
            if place and not any(place == p.label.lower() for p in e.places) and place not in e.place_text.lower():
                continue
            if year_n is not None and e.year != year_n:
                continue
            if kind and kind not in e.kinds:
                continue
            out.append(e)
        return out


class LazyIndex:
    """The event index, built on first use by one thread while the others wait."""

    def __init__(self, view: GraphView) -> None:
        self.view = view
        self._index: EventIndex | None = None
        self._lock = threading.Lock()

    def get(self) -> EventIndex:
        if self._index is None:
            with self._lock:
                if self._index is None:
                    self._index = EventIndex.build(self.view)
        return self._index


def _param(params: dict[str, list[str]], name: str, default: str = "") -> str:
    return (params.get(name) or [default])[0]


def events_page(index: EventIndex, links: Links, params: dict[str, list[str]], rows: int = HTML_ROWS,
                **context) -> str:
    filters = {k: _param(params, k) for k in ("q", "place", "year", "kind")}
    found = index.filter(**filters)
    try:
        page = max(1, int(_param(params, "page", "1")))
    except ValueError:
        page = 1
    shown = found[(page - 1) * rows: page * rows]
    more = len(found) > page * rows
    return render("events.html", links, index=index, filters=filters, events=shown, total=len(found),
                  page=page, rows=rows, more=more, all_events=len(index.events), **context)


def chart_json(chart: Chart, links: Links) -> dict:
    return {"title": chart.title, "unit": chart.unit,
            "points": [{"year": p.year, "value": p.value, "label": f"{p.stat.symbol}{p.label}",
                        "name": p.event.name, "href": links.event(p.event.iri)} for p in chart.points]}


def graph_json(view: GraphView, links: Links, iri: str) -> dict:
    def href(r: Ref) -> str | None:
        if r.kind == "event":
            return links.event(r.iri)
        if r.kind == "series":
            return links.series(r.iri)
        if r.kind == "place":
            return links.place(r.label)
        if r.kind == "agent":
            return links.query("hosts", agentName=r.label)
        return None

    return neighbourhood(view, iri, href)


def event_page(view: GraphView, links: Links, iri: str, **context) -> str:
    d = event_detail(view, iri)
    if d is None:
        raise NotFound(f"no event {iri} in this graph")
    charts = len(series_detail(view, d.series.iri).charts) if d.series else 0
    return render("event.html", links, d=d, series_charts=charts, **context)


def graph_page(view: GraphView, links: Links, iri: str, **context) -> str:
    d = event_detail(view, iri)
    if d is None:
        raise NotFound(f"no event {iri} in this graph")
    return render("graph.html", links, d=d, graph=graph_json(view, links, iri), **context)


def series_page(view: GraphView, links: Links, iri: str, **context) -> str:
    s = series_detail(view, iri)
    if s is None:
        raise NotFound(f"no event series {iri} in this graph")
    charts = [(c, chart_json(c, links)) for c in s.charts]
    return render("series.html", links, s=s, charts=charts, **context)


def sentence_html(sentence: str, quote: str) -> str:
    """A sentence with its quote marked (the fallback for graphs without the body text)."""
    i = sentence.find(quote) if quote else -1
    if i < 0:
        return escape(sentence)
    return (escape(sentence[:i]) + '<mark class="quote">' + escape(quote) + "</mark>"
            + escape(sentence[i + len(quote):]))


def parse_span(text: str | None) -> tuple[int, int] | None:
    m = re.fullmatch(r"(\d+)-(\d+)", text or "")
    return (int(m.group(1)), int(m.group(2))) if m else None


def doc_page(view: GraphView, links: Links, iri: str, highlight: tuple[int, int] | None = None,
             **context) -> str:
    dt = doc_text(view, iri)
    if dt is None:
        raise NotFound(f"no release {iri} in this graph")
    return render("doc.html", links, dt=with_sentences(dt), highlight=highlight,
                  highlight_quote=_quote(dt, highlight), **context)


def _quote(dt: DocText, span: tuple[int, int] | None) -> str | None:
    if span is None:
        return None
    if dt.text is not None and 0 <= span[0] < span[1] <= len(dt.text):
        return dt.text[span[0]:span[1]]
    fact = dt.fact_at(*span)
    return fact.evidence.quote if fact else None


@dataclass
class _Sentence:
    start: int
    end: int
    sentence_html: str


def with_sentences(dt: DocText) -> DocText:
    """``dt`` with ``sentences`` for the no-text fallback: each fact's sentence, quote marked."""
    from markupsafe import Markup

    seen, out = set(), []
    for f in dt.facts:
        ev = f.evidence
        if (ev.start, ev.end) in seen:
            continue
        seen.add((ev.start, ev.end))
        out.append(_Sentence(ev.start, ev.end, Markup(sentence_html(ev.sentence or ev.quote, ev.quote))))
    dt.sentences = out  # type: ignore[attr-defined]
    return dt


def error_page(links: Links, status: int, message: str, **context) -> str:
    return render("error.html", links, status=status, message=message, **context)


# --------------------------------------------------------------------------- queries


@dataclass
class Example:
    name: str
    description: str
    parameters: list[str]
    text: str


def examples() -> list[Example]:
    from kg.graph.query import EXAMPLE_QUERIES, query_parameters

    out = []
    for name, text in EXAMPLE_QUERIES.items():
        lead = []  # the first paragraph of the opening comment
        for line in text.splitlines():
            if not line.startswith("#") or not line.strip("# "):
                break
            lead.append(line.lstrip("# ").strip())
        first = " ".join(lead)
        first = first.split("—", 1)[-1].strip() if "—" in first else first
        out.append(Example(name, first, query_parameters(text), text))
    return out


@lru_cache(maxsize=1)
def _namespaces() -> tuple[tuple[str, str], ...]:
    """``(prefix, namespace)`` of the project prefixes, the longest namespace first."""
    from kg.rdf.namespaces import PREFIXES

    return tuple((prefix, str(ns)) for prefix, ns in sorted(PREFIXES.items(), key=lambda x: -len(str(x[1]))))


def _short(iri: str) -> str:
    for prefix, ns in _namespaces():  # sorted once: sorting at each cell was a third of a page of 200 rows
        if iri.startswith(ns) and len(iri) > len(ns):
            return f"{prefix}:{iri[len(ns):]}"
    return iri


@dataclass
class Cell:
    text: str
    href: str | None = None
    title: str | None = None


def result_cells(links: Links, rows: list[tuple]) -> list[list[Cell]]:
    out = []
    for row in rows:
        cells = []
        for kind, value, datatype, lang in row:
            if kind == "uri":
                cells.append(Cell(_short(value), links.term(value), value))
            elif kind == "bnode":
                cells.append(Cell(f"_:{value}"))
            elif kind is None:
                cells.append(Cell(""))
            else:
                title = f"@{lang}" if lang else (_short(datatype) if datatype else None)
                cells.append(Cell(value, None, title))
        out.append(cells)
    return out


def query_page(links: Links, params: dict[str, list[str]], run: Callable[[dict], object] | None,
               rows: int = HTML_ROWS, **context) -> str:
    """The shipped example queries and their parameters; with ``run=1`` also the answer
    (through ``run``, the time-limited query workers), ``rows`` rows at most: page ``page``
    (1, 2, ...) of it. A shipped listing's pages are those of ``kg query``, read through
    the store's listing index (:mod:`kg.web.pool`)."""
    from kg.errors import QueryError
    from kg.graph.query import prepare_query
    from kg.web.pool import Answer, QueryTimeout, WorkerBusy

    exs = examples()
    name = _param(params, "name")
    chosen = next((e for e in exs if e.name == name), None)
    own = _param(params, "sparql")
    values = {p: _param(params, f"p.{p}") for p in (chosen.parameters if chosen else [])}
    result = error = None
    sparql = None
    if chosen is not None:
        try:
            sparql = prepare_query(chosen.text, {k: v for k, v in values.items() if v.strip()})
        except QueryError as err:
            error = str(err)
    elif own.strip():
        sparql = own
    try:
        page = max(1, int(_param(params, "page", "1")))
    except ValueError:
        page = 1
    if sparql and _param(params, "run") and run is not None and error is None:
        try:
            got = run({"query": sparql, "max_rows": rows, "offset": (page - 1) * rows})
        except (QueryTimeout, WorkerBusy) as err:
            error = str(err)
        else:
            if isinstance(got, Answer):
                error = got.body.decode("utf-8", "replace")
            else:
                result = got
    cells = result_cells(links, result.rows) if result is not None and result.kind != "boolean" else []
    from urllib.parse import urlencode

    endpoint = {fmt: "/sparql?" + urlencode({"query": sparql, "format": fmt})
                for fmt in ("csv", "json", "tsv", "xml")} if sparql else {}
    pages = {}
    if result is not None and result.kind != "boolean":
        here = {k: v[0] for k, v in params.items() if v and k != "page"}
        if page > 1:
            pages["previous"] = "/query?" + urlencode({**here, "page": page - 1})
        if result.has_more:
            pages["next"] = "/query?" + urlencode({**here, "page": page + 1})
    return render("query.html", links, examples=exs, chosen=chosen, values=values, own=own, sparql=sparql,
                  result=result, cells=cells, error=error, rows=rows, endpoint=endpoint, page=page,
                  pages=pages, **context)
