"""kg build --endpoint against a real Virtuoso Open Source server (started here, on loopback).

Virtuoso is fed through the Graph Store protocol with HTTP Digest authentication
(``/sparql-graph-crud-auth``, a user holding only the SPARQL_UPDATE role) and read back with
SPARQL; it must hold what the Oxigraph store built from the same releases holds.
"""

from __future__ import annotations

import io
from collections import Counter
from decimal import Decimal
from pathlib import Path

import pyoxigraph as ox
import pytest
from rich.console import Console
from servers import ISQL, VIRTUOSO, VIRTUOSO_MISSING, Server, virtuoso_server

from kg.corpus.batch import BuildOptions, run_build
from kg.corpus.endpoint import Endpoint, EndpointError
from kg.corpus.store import DOC_GRAPH_PREFIX

pytestmark = pytest.mark.slow

EXAMPLE = Path(__file__).resolve().parents[2] / "data" / "wpbc-2024-seed.txt"

# invented releases (non-ASCII names, quotes and a percentage go through the server's parser)
RELEASES = {
    "orchard.txt": """---
title: "Fifth Nordland Orchard Expo Opens In Tromsø"
published: 2032-06-03
---
TROMSØ, Norway, June 3, 2032 -- The 5th Nordland Orchard Expo opened on June 2 in Tromsø, Norway, and runs until June 4. The expo is organized by the Arctic Fruit Growers Association and co-organized by the "Polar Harvest" cooperative. About 2,400 exhibitors from 31 countries took part. Apple exports from the region rose 12.5% year-on-year to 86,000 tonnes in 2031.
""",
    "lattice.txt": """---
title: "Crystal Lattice Materials Forum 2029 Held In Zürich"
published: 2029-11-21
---
ZÜRICH, Switzerland, Nov. 21, 2029 -- The Crystal Lattice Materials Forum 2029, hosted by the Zürich Institute of Solid Matter, was held in Zürich, Switzerland, from November 19 to November 20. Austria was the guest country of the forum. More than 900 researchers attended, and the organizers said 47 papers were presented.
""",
}

SCHEMA = "https://schema.org/"
EKG = "https://w3id.org/event-kg/ns#"
XSD = "http://www.w3.org/2001/XMLSchema#"
NUMERIC = {XSD + t for t in ("integer", "decimal", "int", "long", "double", "float", "nonNegativeInteger")}

# the read-back: the same SPARQL on both servers
QUADS_PER_GRAPH = f"""SELECT ?g (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }}
  FILTER(STRSTARTS(STR(?g), "{DOC_GRAPH_PREFIX}")) }} GROUP BY ?g"""
STATISTICS = f"SELECT (COUNT(DISTINCT ?stat) AS ?n) WHERE {{ GRAPH ?g {{ ?stat a <{EKG}Statistic> }} }}"
EVENTS = f"""SELECT DISTINCT ?event ?name ?start WHERE {{ GRAPH ?g {{ ?event a <{SCHEMA}Event> ;
  <{SCHEMA}name> ?name OPTIONAL {{ ?event <{SCHEMA}startDate> ?start }} }} }}"""


@pytest.fixture(scope="module")
def virtuoso(tmp_path_factory):
    if VIRTUOSO is None or ISQL is None:
        pytest.skip(VIRTUOSO_MISSING)
    with virtuoso_server(tmp_path_factory.mktemp("virtuoso")) as server:
        yield server


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> list[str]:
    root = tmp_path_factory.mktemp("releases")
    for name, text in RELEASES.items():
        (root / name).write_text(text, encoding="utf-8")
    return [str(root / n) for n in RELEASES] + [str(EXAMPLE)]


@pytest.fixture(scope="module")
def oxigraph_store(corpus, tmp_path_factory) -> ox.Store:
    path = tmp_path_factory.mktemp("oxigraph") / "store"
    code, err = build(inputs=corpus, store=path)
    assert code == 0, err
    return ox.Store.read_only(str(path))


def build(**kw) -> tuple[int, str]:
    err = io.StringIO()
    code = run_build(BuildOptions(**kw), Console(file=io.StringIO()), Console(file=err, width=300))
    return code, err.getvalue()


def push(server: Server, corpus: list[str], **kw) -> tuple[int, str]:
    return build(inputs=corpus, endpoint=server.url, endpoint_user=server.user,
                 endpoint_password=server.password, **kw)


def ep(server: Server) -> Endpoint:
    return Endpoint.from_url(server.url, user=server.user, password=server.password)


def ox_rows(store: ox.Store, sparql: str) -> list[dict[str, str]]:
    solutions = store.query(sparql)
    names = [v.value for v in solutions.variables]
    return [{n: s[n].value for n in names if s[n] is not None} for s in solutions]


def as_set(rows: list[dict[str, str]]) -> set[tuple]:
    return {tuple(sorted(r.items())) for r in rows}


def term(kind: str, value: str, datatype: str | None = None, lang: str | None = None) -> tuple:
    """A term as both servers can agree on it: Virtuoso keeps numbers as numbers (so "7.50"
    comes back "7.5"), lowercases language tags and renames blank nodes."""
    if kind == "bnode":
        return ("bnode",)
    if kind == "literal":
        if datatype in NUMERIC:
            return ("number", Decimal(value).normalize())
        return ("literal", value, None if datatype == XSD + "string" else datatype, lang and lang.lower())
    return ("iri", value)


def ox_term(t) -> tuple:
    if isinstance(t, ox.NamedNode):
        return term("iri", t.value)
    if isinstance(t, ox.BlankNode):
        return term("bnode", "")
    return term("literal", t.value, t.datatype.value, t.language)


def graph_triples_on_server(endpoint: Endpoint, graph: str) -> Counter:
    """The triples of one named graph, read with SPARQL (terms with their datatypes)."""
    import json
    import urllib.parse

    body = urllib.parse.urlencode({"query": f"SELECT ?s ?p ?o WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"})
    raw = endpoint._request("POST", endpoint.query_url, body.encode(),
                            {"Content-Type": "application/x-www-form-urlencoded",
                             "Accept": "application/sparql-results+json"})

    def js(b: dict) -> tuple:
        kind = {"uri": "iri", "bnode": "bnode"}.get(b["type"], "literal")  # literal / typed-literal
        return term(kind, b["value"], b.get("datatype"), b.get("xml:lang"))

    return Counter((js(r["s"]), js(r["p"]), js(r["o"])) for r in json.loads(raw)["results"]["bindings"])


def test_virtuoso_holds_what_the_oxigraph_store_holds(virtuoso: Server, corpus, oxigraph_store) -> None:
    code, err = push(virtuoso, corpus)
    assert code == 0, err
    assert "3 of 3 documents" in err and virtuoso.password not in err
    server = ep(virtuoso)
    per_graph = {r["g"]: int(r["n"]) for r in server.select(QUADS_PER_GRAPH)}
    assert per_graph == {r["g"]: int(r["n"]) for r in ox_rows(oxigraph_store, QUADS_PER_GRAPH)}
    assert len(per_graph) == 3 and min(per_graph.values()) > 50
    n_stats = int(server.select(STATISTICS)[0]["n"])
    assert n_stats == int(ox_rows(oxigraph_store, STATISTICS)[0]["n"]) and n_stats >= 3
    events = as_set(server.select(EVENTS))
    assert events == as_set(ox_rows(oxigraph_store, EVENTS))
    names = {dict(e)["name"] for e in events}
    for event in ("Orchard Expo", "Lattice Materials Forum", "Power Battery Conference"):
        assert any(event in n for n in names), (event, names)
    # and triple for triple (the evidence quotes with "Tromsø", quotes, decimals, dates)
    for graph in per_graph:
        on_store = Counter((ox_term(q.subject), ox_term(q.predicate), ox_term(q.object))
                           for q in oxigraph_store.quads_for_pattern(None, None, None, ox.NamedNode(graph)))
        assert graph_triples_on_server(server, graph) == on_store, graph


def test_second_push_skips_and_force_replaces(virtuoso: Server, corpus, oxigraph_store) -> None:
    code, err = push(virtuoso, corpus)
    assert code == 0 and "3 skipped" in err, err
    code, err = push(virtuoso, corpus, force=True)
    assert code == 0 and "3 of 3 documents" in err, err
    per_graph = {r["g"]: int(r["n"]) for r in ep(virtuoso).select(QUADS_PER_GRAPH)}
    assert per_graph == {r["g"]: int(r["n"]) for r in ox_rows(oxigraph_store, QUADS_PER_GRAPH)}


def test_graph_names_are_read_in_pages(virtuoso: Server, corpus) -> None:
    assert push(virtuoso, corpus)[0] == 0
    server = ep(virtuoso)
    everything = server.graph_names(DOC_GRAPH_PREFIX)
    assert len(everything) == 3
    assert server.graph_names(DOC_GRAPH_PREFIX, page=1) == everything
    assert server.graph_names(DOC_GRAPH_PREFIX + "zzz") == set()


def test_credentials_in_the_url_and_no_password_in_messages(virtuoso: Server, corpus) -> None:
    scheme, rest = virtuoso.url.split("://")
    url = f"{scheme}://{virtuoso.user}:{virtuoso.password}@{rest}"
    code, err = build(inputs=corpus, endpoint=url, force=True)
    assert code == 0 and "3 of 3 documents" in err, err
    assert virtuoso.password not in err and ":***@" in err


def test_the_cli_takes_the_password_from_the_environment(virtuoso: Server, corpus) -> None:
    from typer.testing import CliRunner

    from kg.cli import app

    args = ["build", *corpus, "--endpoint", virtuoso.url, "--endpoint-user", virtuoso.user, "--force", "-q"]
    ok = CliRunner().invoke(app, args, env={"KG_ENDPOINT_PASSWORD": virtuoso.password})
    assert ok.exit_code == 0, ok.output
    # without credentials: one clear line, no traceback
    refused = CliRunner().invoke(app, ["build", *corpus, "--endpoint", virtuoso.url, "-q"],
                                env={"KG_ENDPOINT_USER": None, "KG_ENDPOINT_PASSWORD": None})
    assert refused.exit_code != 0 and "HTTP 401" in refused.output and "--endpoint-user" in refused.output
    assert "Traceback" not in refused.output


def test_clear_errors_without_or_with_wrong_credentials(virtuoso: Server, corpus) -> None:
    with pytest.raises(EndpointError, match="HTTP 401.*asks for Digest credentials.*--endpoint-user"):
        Endpoint.from_url(virtuoso.url).put_graph(DOC_GRAPH_PREFIX + "0", b"<urn:x:a> <urn:x:p> <urn:x:o> .\n")
    with pytest.raises(EndpointError, match="refused the credentials of 'kg'"):
        Endpoint.from_url(virtuoso.url, user="kg", password="not-" + virtuoso.password).put_graph(
            DOC_GRAPH_PREFIX + "0", b"<urn:x:a> <urn:x:p> <urn:x:o> .\n")
    # the anonymous Graph Store service: Virtuoso's SPARQL account may not write
    anonymous = Endpoint.from_url(virtuoso.url.removesuffix("-auth"))
    with pytest.raises(EndpointError, match="HTTP 403.*SPARQL_UPDATE"):
        anonymous.put_graph("urn:x:g", b"<urn:x:a> <urn:x:p> <urn:x:o> .\n")
    with pytest.raises(EndpointError, match="a user .* but no password"):
        Endpoint.from_url(virtuoso.url, user="kg")


def test_sparql_update_fallback_on_virtuoso(virtuoso: Server) -> None:
    server = ep(virtuoso)
    server.gsp_url = virtuoso.url.rsplit("/", 1)[0] + "/no-graph-store-here"  # answers 404
    g = "urn:x:fallback"
    server.put_graph(g, '<urn:x:a> <urn:x:p> "fallback \\" é 😀 .\\n works"@en-GB .\n'.encode())
    assert server.use_update
    rows = server.select(f"SELECT ?o (LANG(?o) AS ?l) WHERE {{ GRAPH <{g}> {{ ?s ?p ?o }} }}")
    assert rows == [{"o": 'fallback " é 😀 .\n works', "l": "en-gb"}]  # Virtuoso lowercases tags
    server.put_graph(g, b'<urn:x:a> <urn:x:p> "replaced" .\n')
    assert [r["o"] for r in server.select(f"SELECT ?o WHERE {{ GRAPH <{g}> {{ ?s ?p ?o }} }}")] == ["replaced"]
    server.update(f"DROP SILENT GRAPH <{g}>")
