"""kg.load, merging graphs, the events/statistics records, repr: the Python API of issue 12."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

import kg
from kg.errors import BadInput, KGError, QueryError
from kg.graph.facade import KnowledgeGraph
from kg.graph.facts import Event, Evidence, Statistic

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "sample.trig"
ID = "https://w3id.org/event-kg/id/"


@pytest.fixture(scope="module")
def sample() -> KnowledgeGraph:
    return kg.load(SAMPLE)


def test_load_a_graph_file(sample, tmp_path):
    assert isinstance(sample, KnowledgeGraph) and len(sample) == 404 and sample.results == []
    path = tmp_path / "s.ttl"
    sample.serialize("turtle", path)
    assert len(kg.load(path)) == len(sample)
    assert len(kg.load(path, fmt="turtle")) == len(sample)
    with pytest.raises(BadInput, match="no such file"):
        kg.load(tmp_path / "nope.trig")
    bad = tmp_path / "bad.ttl"
    bad.write_text("this is { not turtle", encoding="utf-8")
    with pytest.raises(QueryError, match="cannot parse"):
        kg.load(bad)


def test_load_a_store(tmp_path):
    import pyoxigraph as ox

    from kg.corpus.store import load_documents, ntriples, open_store

    store = open_store(tmp_path / "store")
    ds = kg.load(SAMPLE).dataset
    docs = []
    for g in ds.graphs():
        triples = list(g)
        if triples and str(g.identifier).startswith(ID + "doc-"):
            docs.append((str(g.identifier), ntriples(triples)))
    load_documents(store, docs)
    del store
    g = kg.load(tmp_path / "store")
    assert g.store is not None and isinstance(g.store, ox.Store)
    assert {e.name for e in g.events()} >= {"2031 Northern Lights Hydrogen Summit"}
    assert len(g.query("hosts", eventName="2031 Northern Lights Hydrogen Summit")) == 2  # on Oxigraph
    with pytest.raises(KGError, match="read-only"):
        g.merge(kg.load(SAMPLE))
    copy = g + KnowledgeGraph()
    assert copy.store is None and {e.name for e in copy.events()} == {e.name for e in g.events()}


def test_merge_and_add(sample, example_graph):
    both = sample + example_graph
    assert len(both) == len(sample) + len(example_graph)  # no triple in common
    assert len(sample) == 404  # the operands are left alone
    names = {e.name for e in both.events()}
    assert {"2024 World Power Battery Conference", "2031 Northern Lights Hydrogen Summit"} <= names
    assert len(sample + sample) == len(sample)  # a document in both is there once
    assert both.results == example_graph.results
    g = KnowledgeGraph().merge(sample)
    g += example_graph
    assert len(g) == len(both)
    assert len(kg.merge(sample, example_graph, sample)) == len(both)
    assert kg.load([SAMPLE, SAMPLE]).events() == sample.events()
    # document graphs survive: TriG of a merge keeps them
    assert both.serialize("trig").count("ekgid:doc-") >= 3


def test_events_records(sample):
    events = sample.events()
    assert all(isinstance(e, Event) for e in events)
    e = events[0]
    assert e.main and e.name == "2031 Northern Lights Hydrogen Summit"
    assert (e.start, e.end) == (date(2031, 3, 14), date(2031, 3, 16))
    assert e.place == "Tromsø, Troms, Norway" and e.kinds == ("Summit",)
    assert e.roles["host"] == ("Tromsø City Government",)
    assert "technical sessions" in e.sessions
    assert e.iri == ID + "event-2031-northern-lights-hydrogen-summit"  # a plain string
    assert e.evidence and all(isinstance(ev, Evidence) for ev in e.evidence)
    assert all(ev.document.startswith(ID + "doc-") for ev in e.evidence)
    with_sessions = sample.events(include_sessions=True)
    assert len(with_sessions) > len(events)


def test_statistics_records_with_evidence(example_graph):
    stats = example_graph.statistics()
    assert len(stats) == 9 and all(isinstance(s, Statistic) for s in stats)
    first = stats[0]
    assert (first.value, first.unit, first.about, first.period) == (Decimal("9587000"), "vehicle", "China", "2023")
    assert first.measure == "production of new energy vehicles" and first.qualifier == "Exact"
    ev = first.evidence
    text = example_graph.results[0].document.text
    assert text[ev.start:ev.end] == ev.quote == "9.587 million vehicles"  # offsets into the body
    assert ev.quote in ev.sentence and ev.document == str(example_graph.results[0].graph_name)
    change = next(s for s in stats if s.comparison)
    assert change.comparison == "year-on-year" and change.change_of is not None
    assert [s.evidence.start for s in stats] == sorted(s.evidence.start for s in stats)


def test_repr_is_short(example_graph, sample):
    text = repr(example_graph)
    assert text == f"<KnowledgeGraph: 1 document, 1 event, 9 statistics, {len(example_graph)} triples>"
    assert repr(sample).startswith(f"<KnowledgeGraph from {SAMPLE}: 2 documents")


def test_build_warns_when_dates_need_a_publication_date():
    text = ("The 2031 Granite Valley Stone Fair opened in Denver, Colorado on September 1-2. "
            "More than 300 exhibitors attended.")
    with pytest.warns(UserWarning, match="September 1-2"):
        g = kg.build(text)
    assert g.events()[0].start is None and "no publication date" in g.warnings[0]
    dated = kg.build(text, published=date(2031, 8, 20))
    assert dated.warnings == [] and dated.events()[0].start == date(2031, 9, 1)
