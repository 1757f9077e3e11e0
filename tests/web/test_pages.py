"""What the pages read from the graph: the event index and its filters, an event's facts,
charts across editions, release texts (and graphs built before the text was stored)."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from kg.web.data import GraphView, event_detail
from kg.web.editions import series_detail
from kg.web.pages import EventIndex, doc_page, event_page
from kg.web.routes import WebApp
from kg.web.source import load_file_store
from kg.web.templates import Links

pytestmark = pytest.mark.slow
ID = "https://w3id.org/event-kg/id/"


@pytest.fixture(scope="module")
def view(web_graph_file):
    return GraphView(load_file_store(web_graph_file))


def test_file_store_has_the_union_in_its_default_graph(view):
    store = view.store
    named = {q.graph_name for q in store} - {ox.DefaultGraph()}
    assert len(named) == 4
    union = set(store.quads_for_pattern(None, None, None, ox.DefaultGraph()))
    assert {(q.subject, q.predicate, q.object) for q in store if q.graph_name != ox.DefaultGraph()} == {
        (q.subject, q.predicate, q.object) for q in union}


def test_index_filters_by_name_place_year_kind(view):
    index = EventIndex.build(view)
    assert len(index.events) == 4
    assert [e.name for e in index.filter(q="boat 2022")] == ["2022 Harbourline Boat Show"]
    assert {e.name for e in index.filter(place="United Kingdom")} == {
        f"{y} Harbourline Boat Show" for y in (2021, 2022, 2023)}
    assert [e.name for e in index.filter(place="yibin")] == ["2024 World Power Battery Conference"]
    assert [e.year for e in index.filter(year="2021")] == [2021]
    assert [e.name for e in index.filter(kind="Conference")] == ["2024 World Power Battery Conference"]
    assert index.filter(q="boat", kind="Conference") == []
    assert index.filter(year="not a year") == []
    assert "China" in index.places and index.years[0] == 2024


def test_event_detail_reads_the_contract_terms(view):
    d = event_detail(view, ID + "event-2024-world-power-battery-conference")
    assert [p.label for p in d.summary.places] == ["Yibin", "Sichuan", "China"]
    assert (d.summary.start, d.summary.end, d.edition) == ("2024-09-01", "2024-09-02", 3)
    roles = {(r.role, r.agent.label) for r in d.roles}
    assert ("guest of honour", "United Arab Emirates") in roles
    assert all(r.evidence for r in d.roles)
    sessions = {s.ref.label: s.count for s in d.sessions}
    assert sessions["special meeting"] == 6
    stats = {(s.value, s.unit): s for s in d.stats}
    change = stats[("35.8", "percent")]
    assert change.comparison == "year-on-year" and change.base_text.startswith("9,587,000 vehicle")
    # every evidence span is the release's text at its offsets
    text = view.text(d.docs[0].iri, "https://schema.org/text")
    for s in d.stats:
        for ev in s.evidence:
            assert text[ev.start:ev.end] == ev.quote


def test_unknown_nodes_are_404(view):
    app = WebApp(view, None)
    assert app.handle("GET", "/event/event-no-such-thing", {}).status == 404
    assert app.handle("GET", "/doc/doc-0000", {}).status == 404
    assert app.handle("GET", "/nowhere", {}).status == 404
    assert app.handle("GET", "/static/../routes.py", {}).status == 404
    ok = app.handle("GET", "/event?iri=" + ID + "event-2022-harbourline-boat-show", {})
    assert ok.status == 200 and b"2022 Harbourline Boat Show" in ok.body


def test_charts_need_two_editions_and_leave_out_changes(view):
    s = series_detail(view, ID + "series-harbourline-boat-show")
    assert [e.year for e in s.editions] == [2021, 2022, 2023]
    by_title = {c.title: [(p.year, p.value) for p in c.points] for c in s.charts}
    assert by_title["exhibitors"] == [(2021, 212), (2022, 265), (2023, 301)]  # 265, not the pavilion's 31
    assert by_title["visitors"] == [(2021, 18400), (2022, 23900), (2023, 27150)]
    single = series_detail(view, ID + "series-world-power-battery-conference")
    assert len(single.editions) == 1 and single.charts == []


def test_release_page_highlights_the_span(view):
    d = event_detail(view, ID + "event-2024-world-power-battery-conference")
    ev = next(s for s in d.stats if s.unit == "GWh").evidence[0]
    html = doc_page(view, Links(), ev.doc, (ev.start, ev.end))
    assert f'<mark class="hl" id="hl"><a class="ev-anchor" id="ev-{ev.start}-{ev.end}"></a>' in html
    assert "Highlighted: “96 GWh”" in html


def test_regression_graph_without_body_text_shows_the_sentences(web_graph_file):
    """A graph built before schema:text was stored still shows each fact, in its sentence."""
    store = load_file_store(web_graph_file)
    for q in list(store.quads_for_pattern(None, ox.NamedNode("https://schema.org/text"), None, None)):
        store.remove(q)
    view = GraphView(store)
    d = event_detail(view, ID + "event-2024-world-power-battery-conference")
    ev = next(s for s in d.stats if s.unit == "GWh").evidence[0]
    html = doc_page(view, Links(), ev.doc, (ev.start, ev.end))
    assert "does not hold the release&#39;s text" in html or "does not hold the release's text" in html
    assert '<mark class="quote">96 GWh</mark>' in html
    assert "Highlighted: “96 GWh”" in html
    assert '<div class="release-text"' not in html


def test_event_page_html(view):
    html = event_page(view, Links(), ID + "event-2022-harbourline-boat-show")
    assert "Other editions of Harbourline Boat Show" in html
    assert "series: Harbourline Boat Show (3 charts)" in html
