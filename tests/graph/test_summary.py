"""kg.graph.summary: one release's summary, a corpus summary, and a graph without events."""

from __future__ import annotations

from pathlib import Path

from rdflib import Graph, URIRef
from rich.console import Console

from kg.graph.export import load_graph
from kg.graph.summary import corpus_counts, render, render_corpus, store_counts

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "sample.trig"


def capture(fn, *args, **kwargs) -> tuple[object, str]:
    console = Console(record=True, width=200, force_terminal=False, color_system=None)
    with console.capture() as cap:
        value = fn(*args, console=console, **kwargs) if "console" not in kwargs else fn(*args, **kwargs)
    return value, cap.get()


def test_render_returns_the_events_shown() -> None:
    shown, text = capture(render, load_graph(SAMPLE))
    assert shown == 2 and "2031 Northern Lights Hydrogen Summit" in text


def test_regression_show_without_events_renders_nothing() -> None:
    g = Graph()
    g.add((URIRef("http://example.org/a"), URIRef("http://example.org/b"), URIRef("http://example.org/c")))
    shown, text = capture(render, g)
    assert shown == 0 and text == ""


def test_corpus_summary_counts() -> None:
    ds = load_graph(SAMPLE)
    c = corpus_counts(ds)
    assert (c.documents, c.events, c.triples) == (2, 2, len(ds))
    assert c.statistics == 8 and c.sessions >= 2
    _, text = capture(render_corpus, ds, failed=1, violations=3, name="corpus.trig")
    assert text.startswith("2 documents: 2 events")
    assert "1 document failed" in text and "3 shape violations" in text
    assert "kg show corpus.trig" in text and "when:" not in text
    assert len(text.splitlines()) <= 6  # a few lines, whatever the corpus size


def test_store_counts_match() -> None:
    import pyoxigraph as ox

    store = ox.Store()
    store.load(path=str(SAMPLE), format=ox.RdfFormat.TRIG)
    got, want = store_counts(store), corpus_counts(load_graph(SAMPLE))
    assert (got.documents, got.events, got.statistics, got.places) == (
        want.documents, want.events, want.statistics, want.places)
