"""``kg report``: the event pages as one self-contained HTML file, for mailing or archiving.

The file holds every event's page (with its graph view), every series with charts across
its editions, and every release's text with its evidence spans marked; links are anchors
inside the file, and the CSS and JavaScript of ``kg/web/static/`` are inlined, so it opens
offline from a mail attachment or an archive.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from kg.errors import BadInput
from kg.web.data import SDO, GraphView, doc_text, event_detail
from kg.web.editions import series_detail
from kg.web.pages import EventIndex, chart_json, graph_json, with_sentences
from kg.web.source import open_source
from kg.web.templates import ReportLinks, render

__all__ = ["report_html", "write_report"]


def report_html(view: GraphView, source_label: str = "", title: str | None = None) -> str:
    links = ReportLinks()
    index = EventIndex.build(view)
    events, series_iris = [], []
    for e in index.events:
        d = event_detail(view, e.iri)
        if d is None:
            continue
        n_charts = 0
        if d.series is not None:
            if d.series.iri not in series_iris:
                series_iris.append(d.series.iri)
            n_charts = len(series_detail(view, d.series.iri).charts)
        events.append((d, graph_json(view, links, e.iri), n_charts))
    series = []
    for s_iri in series_iris:
        s = series_detail(view, s_iri)
        if s is not None:
            series.append((s, [(c, chart_json(c, links)) for c in s.charts]))
    docs = [doc_text(view, d) for d in view.subjects("http://www.w3.org/1999/02/22-rdf-syntax-ns#type",
                                                     SDO.NewsArticle)]
    docs = sorted((with_sentences(d) for d in docs if d is not None),
                  key=lambda d: (d.doc.published or "", d.doc.headline))
    if title is None:
        title = events[0][0].summary.name if len(events) == 1 else f"{len(events)} events"
    generated = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    return render("report.html", links, title=title, index=index, events=events, series=series, docs=docs,
                  generated=generated, source_label=source_label)


def write_report(output: str | Path, graph: str | Path | None = None, store: str | Path | None = None,
                 title: str | None = None) -> str:
    """Write the report of a graph file or a store to ``output``; returns a short summary."""
    source = open_source(graph, store)
    try:
        view = GraphView(source.store)
        html = report_html(view, Path(str(graph or store)).name, title)
    finally:
        source.close()
    out = Path(output)
    try:
        out.write_text(html, encoding="utf-8")
    except OSError as err:
        raise BadInput(f"cannot write: {err.strerror or err}", source=str(out)) from None
    sections = html.count('class="report-section"')
    size = len(html.encode("utf-8"))
    return f"{sections} sections, " + (f"{size / 1e6:.1f} MB" if size >= 1e6 else f"{size / 1e3:.0f} KB")
