"""kg.graph.export: every format round-trips to an isomorphic graph; TriG/N-Quads keep graphs."""

from __future__ import annotations

import json
import sys
import types
from pathlib import Path

import pytest
from rdflib import Dataset, Literal, URIRef
from rdflib.compare import isomorphic

from kg.errors import BadInput, KGError, QueryError
from kg.graph.export import FORMATS, UnknownFormat, format_for, load_graph, serialize, union_graph
from kg.rdf.namespaces import EKG, ID, SDO

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "sample.trig"
DOC1 = ID["doc-551b99dff42ea36f"]
DOC2 = ID["doc-9c09ea0e4291ad95"]

# Used only when kg.rdf.resources (or its context file) is not available yet.
_FALLBACK_CONTEXT = {
    "@context": {
        "schema": "https://schema.org/",
        "ekg": "https://w3id.org/event-kg/ns#",
        "ekgid": "https://w3id.org/event-kg/id/",
        "skos": "http://www.w3.org/2004/02/skos/core#",
        "prov": "http://www.w3.org/ns/prov#",
        "xsd": "http://www.w3.org/2001/XMLSchema#",
        "name": "schema:name",
        "value": {"@id": "schema:value", "@type": "xsd:decimal"},
        "location": {"@id": "schema:location", "@type": "@id"},
    }
}


@pytest.fixture(autouse=True)
def jsonld_context(monkeypatch: pytest.MonkeyPatch) -> None:
    """Use the project's context when it loads, else a minimal inline one."""
    try:
        from kg.rdf import resources

        resources.load_context()
    except (ImportError, KGError):
        fake = types.ModuleType("kg.rdf.resources")
        fake.load_context = lambda: _FALLBACK_CONTEXT  # type: ignore[attr-defined]
        monkeypatch.setitem(sys.modules, "kg.rdf.resources", fake)
        import kg

        monkeypatch.setattr(kg, "resources", fake, raising=False)


@pytest.fixture(scope="module")
def sample() -> Dataset:
    return load_graph(SAMPLE)


def _graphs(ds: Dataset) -> dict[str, int]:
    return {str(g.identifier): len(g) for g in ds.graphs() if len(g)}


def test_sample_has_two_document_graphs(sample: Dataset) -> None:
    graphs = _graphs(sample)
    assert set(graphs) == {str(DOC1), str(DOC2)}
    assert len(union_graph(sample)) == 404  # shared nodes are merged in the union


@pytest.mark.parametrize(
    "given, expected",
    [
        ("out.ttl", "turtle"),
        (".trig", "trig"),
        ("nq", "nquads"),
        (Path("a/b.NT"), "nt"),
        ("x.jsonld", "json-ld"),
        ("x.json", "json-ld"),
        ("turtle", "turtle"),
    ],
)
def test_format_for(given: str, expected: str) -> None:
    assert format_for(given) == expected


def test_format_for_unknown_lists_choices() -> None:
    with pytest.raises(UnknownFormat) as info:
        format_for("graph.rdfxml")
    message = str(info.value)
    assert all(suffix in message for suffix in FORMATS)
    assert info.value.exit_code == 2


@pytest.mark.parametrize("suffix", sorted(FORMATS))
def test_round_trip_is_isomorphic(sample: Dataset, suffix: str, tmp_path: Path) -> None:
    path = tmp_path / f"graph{suffix}"
    assert serialize(sample, suffix, path) is None
    back = load_graph(path)
    assert isomorphic(union_graph(sample), union_graph(back))
    if FORMATS[suffix] in ("trig", "nquads"):
        assert _graphs(back) == _graphs(sample)
        for name in (DOC1, DOC2):
            assert isomorphic(sample.graph(name), back.graph(name))
    else:
        assert _graphs(back) == {"urn:x-rdflib:default": 404}


def test_turtle_is_pretty_and_prefixed(sample: Dataset) -> None:
    text = serialize(sample, "turtle")
    assert "@prefix ekgid: <https://w3id.org/event-kg/id/> ." in text
    assert (
        "\nekgid:event-2031-northern-lights-hydrogen-summit a schema:Event , ekg:Summit ;\n" in text
    )
    assert "\n\nekgid:place-iso-no a schema:Country , schema:Place ;\n" in text  # blocks spaced
    assert '    schema:name "Norway" .' in text


def test_trig_groups_by_document(sample: Dataset) -> None:
    text = serialize(sample, "trig")
    assert "\nekgid:doc-551b99dff42ea36f {\n" in text and "\nekgid:doc-9c09ea0e4291ad95 {\n" in text


def test_nquads_name_the_document_graph(sample: Dataset) -> None:
    text = serialize(sample, ".nq")
    prefix = f"<{ID['stat-551b99dff42ea36f-2']}> <{EKG.changeOf}>"
    line = next(row for row in text.splitlines() if row.startswith(prefix))
    assert line.endswith(f"<{DOC1}> .")


def test_jsonld_is_compact_with_inline_context(sample: Dataset) -> None:
    doc = json.loads(serialize(sample, "json-ld"))
    assert isinstance(doc["@context"], dict)  # inline, so it parses offline
    nodes = {node["@id"]: node for node in doc["@graph"]}
    norway = nodes["ekgid:place-iso-no"]
    assert norway["name"] == "Norway"
    assert list(nodes) == sorted(nodes)  # stable order


def test_tricky_literals_survive_every_format(tmp_path: Path) -> None:
    ds = Dataset()
    g = ds.graph(DOC1)
    s = ID["ev-x-0-1"]
    g.add((s, EKG.quote, Literal('a "quoted"\nline\\with backslash\ttab')))
    g.add((s, SDO.name, Literal("Tromsø", lang="nb")))
    g.add(
        (
            s,
            SDO.value,
            Literal("12.50", datatype=URIRef("http://www.w3.org/2001/XMLSchema#decimal")),
        )
    )
    g.add((s, SDO.url, URIRef("https://example.org/a?b=c&d=é")))
    for suffix in FORMATS:
        path = tmp_path / f"t{suffix}"
        serialize(ds, suffix, path)
        assert isomorphic(union_graph(ds), union_graph(load_graph(path))), suffix


@pytest.mark.parametrize("suffix", sorted(FORMATS))
def test_plain_graph_is_accepted(sample: Dataset, suffix: str, tmp_path: Path) -> None:
    g = union_graph(sample)
    serialize(g, suffix, tmp_path / f"g{suffix}")
    assert isomorphic(g, union_graph(load_graph(tmp_path / f"g{suffix}")))


def test_terms_pyoxigraph_refuses_fall_back_to_rdflib() -> None:
    ds = Dataset()
    ds.graph(DOC1).add((URIRef("relative-iri"), SDO.name, Literal("x")))  # not absolute
    assert "<relative-iri>" in serialize(ds, "turtle")
    assert "<relative-iri>" in serialize(ds, "trig")


def test_unparsable_file_raises_query_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.ttl"
    bad.write_text("@prefix ex: <http://example.org/> .\nex:a ex:b \n", encoding="utf-8")
    with pytest.raises(QueryError) as info:
        load_graph(bad)
    assert info.value.exit_code == 7
    assert "bad.ttl" in str(info.value) and "turtle" in str(info.value)


def test_bad_json_raises_query_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonld"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(QueryError, match="not valid JSON"):
        load_graph(bad)


def test_missing_file_is_bad_input(tmp_path: Path) -> None:
    with pytest.raises(BadInput):
        load_graph(tmp_path / "missing.trig")


def test_regression_unwritable_destination_is_bad_input(tmp_path) -> None:
    """`kg build x.txt -o /proc/x.ttl` was a FileNotFoundError traceback."""

    ds = load_graph(Path(__file__).resolve().parents[1] / "data" / "sample.trig")
    for target in ("/proc/x.ttl", str(tmp_path), str(tmp_path / "missing" / "x.ttl")):
        with pytest.raises(BadInput, match="cannot write") as info:
            serialize(ds, "turtle", target)
        assert info.value.exit_code == 3 and info.value.source == target


def test_parse_graph_sniffs_the_format() -> None:
    """Graph text without a file name (standard input): JSON-LD, TriG/Turtle/N-Triples, N-Quads."""
    from kg.graph.export import parse_graph

    ds = load_graph(Path(__file__).resolve().parents[1] / "data" / "sample.trig")
    for fmt in ("trig", "turtle", "nt", "nquads", "json-ld"):
        text = serialize(ds, fmt)
        back = parse_graph(text)
        assert len(back) == len(ds), fmt
    assert len(parse_graph(serialize(ds, "turtle").encode(), "turtle")) == len(ds)
    with pytest.raises(BadInput, match="empty"):
        parse_graph(b"  \n")
    with pytest.raises(QueryError, match="<stdin>"):
        parse_graph(b"not { rdf", source="<stdin>")
