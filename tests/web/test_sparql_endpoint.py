"""The SPARQL endpoint of ``kg serve``, over HTTP: every result format parses with rdflib,
updates get 403, a query past the time limit is stopped and reported, bad SPARQL gets 400
with the parser's message; and the server holds 50 concurrent clients."""

from __future__ import annotations

import io
import os
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph
from rdflib.query import Result

pytestmark = pytest.mark.slow

EVENT = "2024 World Power Battery Conference"
SELECT = "SELECT ?name ?start WHERE { ?e a schema:Event ; schema:name ?name OPTIONAL { ?e schema:startDate ?start } }"
CONSTRUCT = "CONSTRUCT { ?e schema:name ?name } WHERE { ?e a schema:Event ; schema:name ?name }"
#: four unrelated patterns: a cross product of ~3,000^4 rows, far past any time limit
ENDLESS = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


def call(server, path: str, *, data: bytes | None = None, headers: dict | None = None, method: str | None = None):
    """(status, headers, body) of one request; HTTP errors are answers too."""
    req = urllib.request.Request(server.url.rstrip("/") + path, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return r.status, dict(r.headers), r.read()
    except urllib.error.HTTPError as err:
        return err.code, dict(err.headers), err.read()


def get_query(server, query: str, accept: str | None = None, **params):
    qs = urllib.parse.urlencode({"query": query, **params})
    return call(server, f"/sparql?{qs}", headers={"Accept": accept} if accept else {})


@pytest.mark.parametrize("accept,fmt", [
    ("application/sparql-results+json", "json"),
    ("application/sparql-results+xml", "xml"),
    ("text/csv", "csv"),
    ("text/tab-separated-values", "tsv"),
])
def test_select_results_parse_with_rdflib(web_server, accept, fmt):
    status, headers, body = get_query(web_server, SELECT, accept)
    assert status == 200, body
    assert headers["Content-Type"].startswith(accept)
    result = Result.parse(io.BytesIO(body), format=fmt)
    names = {str(row[0]) for row in result}
    assert EVENT in names and "2022 Harbourline Boat Show" in names


@pytest.mark.parametrize("accept,fmt", [("text/turtle", "turtle"), ("application/n-triples", "nt"),
                                        ("application/rdf+xml", "xml")])
def test_construct_parses_with_rdflib(web_server, accept, fmt):
    status, headers, body = get_query(web_server, CONSTRUCT, accept)
    assert status == 200, body
    assert headers["Content-Type"].startswith(accept)
    g = Graph().parse(data=body, format=fmt)
    assert EVENT in {str(o) for o in g.objects()}


def test_ask_and_describe(web_server):
    status, _, body = get_query(web_server, f'ASK {{ ?e schema:name "{EVENT}" }}', "application/sparql-results+json")
    assert status == 200 and Result.parse(io.BytesIO(body), format="json").askAnswer is True
    status, _, body = get_query(web_server, "DESCRIBE ekgid:event-2024-world-power-battery-conference", "text/turtle")
    assert status == 200 and len(Graph().parse(data=body, format="turtle")) > 10


def test_post_form_and_post_query_body(web_server):
    form = urllib.parse.urlencode({"query": SELECT}).encode()
    status, _, body = call(web_server, "/sparql", data=form, headers={
        "Content-Type": "application/x-www-form-urlencoded", "Accept": "text/csv"})
    assert status == 200 and EVENT.encode() in body
    status, _, body = call(web_server, "/sparql", data=SELECT.encode(), headers={
        "Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json"})
    assert status == 200 and EVENT in {str(r[0]) for r in Result.parse(io.BytesIO(body), format="json")}


def test_named_graphs_are_the_releases(web_server):
    q = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?d a schema:NewsArticle } }"
    status, _, body = get_query(web_server, q, "text/csv")
    assert status == 200
    graphs = body.decode().split()[1:]
    assert len(graphs) == 4 and all("/id/doc-" in g for g in graphs)


@pytest.mark.parametrize("how", ["update-form", "update-body", "update-as-query"])
def test_update_gets_403(web_server, how):
    update = "INSERT DATA { <http://example.org/a> <http://example.org/b> <http://example.org/c> }"
    if how == "update-form":
        r = call(web_server, "/sparql", data=urllib.parse.urlencode({"update": update}).encode(),
                 headers={"Content-Type": "application/x-www-form-urlencoded"})
    elif how == "update-body":
        r = call(web_server, "/sparql", data=update.encode(), headers={"Content-Type": "application/sparql-update"})
    else:
        r = get_query(web_server, update)
    status, _, body = r
    assert status == 403
    assert b"read-only" in body
    _, _, after = get_query(web_server, "ASK { <http://example.org/a> ?p ?o }", "application/sparql-results+json")
    assert Result.parse(io.BytesIO(after), format="json").askAnswer is False


def test_bad_sparql_gets_400_with_the_parser_message(web_server):
    bad = "SELECT ?x WHERE { ?x schema:name }"
    with pytest.raises(SyntaxError) as parser:
        ox.Store().query(bad, prefixes={"schema": "https://schema.org/"})
    status, headers, body = get_query(web_server, bad)
    assert status == 400
    assert headers["Content-Type"].startswith("text/plain")
    assert str(parser.value) in body.decode()


def test_unknown_format_gets_406(web_server):
    status, _, body = get_query(web_server, SELECT, "image/png")
    assert status == 406 and b"application/sparql-results+json" in body


def test_query_past_the_limit_is_stopped_and_reported(web_server):
    pool = web_server.pool
    before = {w.process.pid for w in pool._workers}
    stopped = pool.stopped
    started = time.monotonic()
    status, headers, body = get_query(web_server, ENDLESS)
    took = time.monotonic() - started
    assert status == 503
    assert b"time limit" in body and headers.get("X-Query-Stopped") == "timeout"
    assert 1.9 <= took < 10
    assert pool.stopped == stopped + 1
    # the worker that ran it is gone (killed, reaped): its work really stopped
    gone = before - {w.process.pid for w in pool._workers}
    assert len(gone) == 1
    pid = gone.pop()
    assert not os.path.exists(f"/proc/{pid}") or "Z" in Path(f"/proc/{pid}/stat").read_text().split()[2]
    # a fresh worker takes its place, and queries go on
    deadline = time.monotonic() + 30
    while len(pool._workers) < pool.size and time.monotonic() < deadline:
        time.sleep(0.1)
    assert len(pool._workers) == pool.size
    status, _, _ = get_query(web_server, SELECT, "text/csv")
    assert status == 200


def test_html_form_page_and_read_only_methods(web_server):
    status, headers, body = call(web_server, "/sparql", headers={"Accept": "text/html"})
    assert status == 200 and b"read-only" in body and headers["Content-Type"].startswith("text/html")
    status, _, _ = call(web_server, "/", data=b"x", method="POST")
    assert status == 405
    status, _, _ = call(web_server, "/sparql", data=b"x", method="PUT")
    assert status == 405


def test_fifty_concurrent_clients_without_an_error(web_server):
    paths = [
        "/", "/?q=harbourline", "/event/event-2024-world-power-battery-conference",
        "/event/event-2022-harbourline-boat-show/graph", "/series/series-harbourline-boat-show",
        "/query?name=hosts&run=1",
        "/sparql?" + urllib.parse.urlencode({"query": SELECT}),
    ]
    docs = get_query(web_server, "SELECT ?d WHERE { ?d a schema:NewsArticle }", "text/csv")[2].decode().split()[1:]
    paths += [f"/doc/{d.rsplit('/', 1)[-1]}?hl=0-10" for d in docs]
    failures: list[str] = []
    barrier = threading.Barrier(50)

    def client(n: int) -> None:
        barrier.wait()
        for i in range(6):
            path = paths[(n + i) % len(paths)]
            try:
                status, _, body = call(web_server, path)
                if status != 200 or not body:
                    failures.append(f"{path}: {status}")
            except Exception as err:  # noqa: BLE001 - any failure is the test's finding
                failures.append(f"{path}: {type(err).__name__}: {err}")

    threads = [threading.Thread(target=client, args=(n,)) for n in range(50)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert failures == []
