"""kg.graph.views: the networkx views of the sample, traversal by name, GraphML export."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest
from rdflib import Dataset

from kg.graph.export import load_graph
from kg.graph.views import (
    VIEWS,
    NodeNotFound,
    entity_graph,
    event_neighbourhood,
    labels,
    neighbours,
    paths_between,
    resolve_node,
    statistics_by_subject,
    write_graphml,
)

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "sample.trig"
ID = "https://w3id.org/event-kg/id/"
E2031 = ID + "event-2031-northern-lights-hydrogen-summit"
E2032 = ID + "event-2032-northern-lights-hydrogen-summit"


@pytest.fixture(scope="module")
def sample() -> Dataset:
    return load_graph(SAMPLE)


@pytest.fixture(scope="module")
def G(sample: Dataset) -> nx.MultiDiGraph:
    return entity_graph(sample)


def test_entity_graph_keeps_things_not_bookkeeping(G: nx.MultiDiGraph) -> None:
    kinds: dict[str, int] = {}
    for _, kind in G.nodes(data="kind"):
        kinds[kind] = kinds.get(kind, 0) + 1
    assert kinds == {
        "event": 2,
        "session": 2,
        "series": 1,
        "agent": 4,
        "place": 5,
        "topic": 4,
        "measure": 5,
        "statistic": 8,
    }
    assert not any("/ev-" in n or "/role-" in n or "/doc-" in n for n in G)
    assert G.nodes[E2031]["label"] == "2031 Northern Lights Hydrogen Summit"
    assert G.nodes[E2031]["type"] == "ekg:Summit"
    assert G.nodes[ID + "agent-tromso-city-government"]["type"] == "schema:GovernmentOrganization"
    assert (
        G.nodes[ID + "session-2031-northern-lights-hydrogen-summit-technical-sessions"]["count"]
        == 4
    )


def test_edges_are_labelled_by_short_predicate(G: nx.MultiDiGraph) -> None:
    assert set(G[E2031][ID + "agent-tromso-city-government"]) == {"host"}  # schema:organizer folded
    assert set(G[E2032][ID + "agent-polar-energy-group"]) == {"sponsor"}
    assert set(G[ID + "place-gn-3133880"][ID + "place-gn-3133897"]) == {"containedInPlace"}
    assert set(G[ID + "stat-551b99dff42ea36f-2"][ID + "stat-551b99dff42ea36f-1"]) == {"changeOf"}


def test_documents_only_on_request(sample: Dataset) -> None:
    with_docs = entity_graph(sample, include_documents=True)
    doc = ID + "doc-551b99dff42ea36f"
    assert with_docs.nodes[doc]["kind"] == "document"
    assert set(with_docs[doc][E2031]) == {"about"}


def test_neighbours_by_name_case_insensitive(G: nx.MultiDiGraph) -> None:
    assert neighbours(G, "iceland") == [E2031]
    assert labels(G, neighbours(G, "TROMSØ CITY GOVERNMENT")) == [
        "2031 Northern Lights Hydrogen Summit",
        "2032 Northern Lights Hydrogen Summit",
    ]
    assert labels(G, neighbours(G, "ekgid:place-gn-3133897")) == [  # Troms, by prefixed name
        "hydrogen production: 48000 tonne",
        "hydrogen production: 61000 tonne",
        "Norway",
        "Tromsø",
    ]


def test_paths_between_guests_of_two_editions(G: nx.MultiDiGraph) -> None:
    paths = [labels(G, p) for p in paths_between(G, "Iceland", "Finland")]
    middles = {p[2] for p in paths}
    assert all(len(p) == 5 and p[1] == "2031 Northern Lights Hydrogen Summit" for p in paths)
    assert middles == {
        "Tromsø City Government",
        "Arctic Hydrogen Alliance",
        "Tromsø",
        "Northern Lights Hydrogen Summit",
        "green hydrogen production",
    }


def test_paths_follow_links_both_ways(G: nx.MultiDiGraph) -> None:
    paths = paths_between(G, E2031, "norway", cutoff=3)
    assert [labels(G, p) for p in paths] == [
        ["2031 Northern Lights Hydrogen Summit", "Tromsø", "Troms", "Norway"]
    ]
    assert paths_between(G, E2031, "norway", cutoff=2) == []


def test_unknown_and_ambiguous_names() -> None:
    G = nx.MultiDiGraph()
    G.add_node("urn:a", label="Expo Centre")
    G.add_node("urn:b", label="expo centre")
    G.add_node("urn:c", label="Harbour")
    with pytest.raises(NodeNotFound, match="several nodes"):
        resolve_node(G, "EXPO CENTRE")
    with pytest.raises(NodeNotFound, match="did you mean: Harbour"):
        resolve_node(G, "harb")
    assert resolve_node(G, "urn:c") == "urn:c"


def test_event_neighbourhood(sample: Dataset, G: nx.MultiDiGraph) -> None:
    near = event_neighbourhood(sample, "2032 Northern Lights Hydrogen Summit", radius=1)
    assert sorted(labels(near, near)) == [
        "2032 Northern Lights Hydrogen Summit",
        "Arctic Hydrogen Alliance",
        "Finland",
        "Northern Lights Hydrogen Summit",
        "Polar Energy Group",
        "Tromsø",
        "Tromsø City Government",
        "green hydrogen production",
    ]
    wider = event_neighbourhood(G, E2032, radius=2)  # an entity graph works too
    assert E2031 in wider and ID + "place-gn-3133897" in wider


def test_statistics_by_subject(sample: Dataset) -> None:
    D = statistics_by_subject(sample)
    norway = ID + "place-iso-no"
    stats = sorted(D.successors(norway))
    assert stats == [ID + "stat-551b99dff42ea36f-1", ID + "stat-551b99dff42ea36f-2"]
    change = D.nodes[ID + "stat-551b99dff42ea36f-2"]
    assert (change["value"], change["unit"], change["period"], change["comparison"]) == (
        35.8,
        "percent",
        "2031-01/2031-07",
        "year-on-year",
    )
    assert D.has_edge(ID + "stat-551b99dff42ea36f-2", ID + "stat-551b99dff42ea36f-1")
    summit = sorted(D.nodes[s]["value"] for s in D.successors(E2031))
    assert summit == [320.0, 337.0, 25000.0]
    assert VIEWS["statistics"] is statistics_by_subject and VIEWS["entities"] is entity_graph


@pytest.mark.parametrize("view", sorted(VIEWS))
def test_graphml_round_trip(sample: Dataset, view: str, tmp_path: Path) -> None:
    G = VIEWS[view](sample)
    path = tmp_path / f"{view}.graphml"
    write_graphml(G, path)
    back = nx.read_graphml(path, force_multigraph=G.is_multigraph())
    assert set(back.nodes) == set(G.nodes)
    assert back.number_of_edges() == G.number_of_edges()
    node = back.nodes[ID + "stat-551b99dff42ea36f-0"]
    assert node["value"] == 48000.0 and node["qualifier"] == "Exact"
    assert node["types"] == "ekg:Statistic; schema:Observation"


def test_regression_views_write_gexf_by_suffix(G: nx.MultiDiGraph, sample: Dataset, tmp_path: Path) -> None:
    """`kg views -o g.gexf` wrote GraphML; the suffix now picks the format."""
    from kg.graph.views import UnknownViewFormat, write_view

    write_view(G, tmp_path / "g.gexf")
    text = (tmp_path / "g.gexf").read_text(encoding="utf-8")
    assert "<gexf" in text and "graphml" not in text
    back = nx.read_gexf(tmp_path / "g.gexf")
    assert back.number_of_nodes() == G.number_of_nodes()
    assert back.nodes[E2031]["label"] == G.nodes[E2031]["label"]
    write_view(statistics_by_subject(sample), tmp_path / "s.gexf")  # values are floats, None dropped
    write_view(G, tmp_path / "g.graphml")
    assert "<graphml" in (tmp_path / "g.graphml").read_text(encoding="utf-8")
    with pytest.raises(UnknownViewFormat, match=".graphml, .gexf"):
        write_view(G, tmp_path / "g.png")
