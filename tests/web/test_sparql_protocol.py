"""The read-only SPARQL protocol: requests, updates refused, formats by Accept."""

from __future__ import annotations

import pytest

from kg.web.sparql import (
    ProtocolError,
    choose_format,
    first_keyword,
    parse_accept,
    parse_request,
    uses_service,
)


def test_accept_orders_by_quality():
    assert parse_accept("text/csv;q=0.5, application/sparql-results+json") == [
        "application/sparql-results+json", "text/csv"]
    assert parse_accept("application/json, */*;q=0.1") == ["application/sparql-results+json", "*/*"]
    assert parse_accept("") == ["*/*"]
    assert parse_accept("text/csv;q=0") == ["*/*"]


def test_formats_by_kind_of_answer():
    assert choose_format("solutions", ["*/*"]) == "application/sparql-results+json"
    assert choose_format("boolean", ["text/tab-separated-values"]) == "text/tab-separated-values"
    assert choose_format("triples", ["*/*"]) == "text/turtle"
    assert choose_format("triples", ["application/n-triples"]) == "application/n-triples"
    assert choose_format("triples", ["text/*"]) == "text/turtle"
    assert choose_format("solutions", ["image/png"]) is None


def test_first_keyword_skips_prologue_comments_and_strings():
    q = '# INSERT in a comment\nPREFIX ex: <http://ex.org/INSERT>\nBASE <http://b/>\nSELECT * { ?s ?p "DELETE" }'
    assert first_keyword(q) == "SELECT"
    assert first_keyword("prefix schema: <https://schema.org/> insert data { <a:b> <a:c> 1 }") == "INSERT"


def test_service_is_found_outside_strings_only():
    assert uses_service("SELECT * { SERVICE <http://x/sparql> { ?s ?p ?o } }")
    assert not uses_service('SELECT * { ?s ?p "customer service" } # service')


@pytest.mark.parametrize("method,params,ctype,body", [
    ("POST", {}, "application/sparql-update", b"INSERT DATA { <a:b> <a:c> <a:d> }"),
    ("POST", {}, "application/x-www-form-urlencoded", b"update=DELETE+WHERE+%7B+%3Fs+%3Fp+%3Fo+%7D"),
    ("GET", {"query": ["DROP ALL"]}, None, b""),
    ("POST", {}, "application/sparql-query", b"PREFIX a: <http://a/> CLEAR DEFAULT"),
])
def test_updates_are_refused_with_403(method, params, ctype, body):
    with pytest.raises(ProtocolError) as err:
        parse_request(method, params, ctype, body, None)
    assert err.value.status == 403
    assert "read-only" in err.value.message


def test_query_by_get_form_and_body():
    q = "SELECT * { ?s ?p ?o }"
    assert parse_request("GET", {"query": [q]}, None, b"", None).query == q
    assert parse_request("POST", {}, "application/x-www-form-urlencoded",
                         b"query=SELECT+*+%7B+%3Fs+%3Fp+%3Fo+%7D&default-graph-uri=http%3A%2F%2Fg", None).query == q
    req = parse_request("POST", {"named-graph-uri": ["http://n"]}, "application/sparql-query; charset=utf-8",
                        q.encode(), "text/csv")
    assert (req.query, req.accept, req.named_graphs) == (q, ["text/csv"], ["http://n"])
    assert parse_request("GET", {"query": [q], "format": ["tsv"]}, None, b"", "*/*").accept == [
        "text/tab-separated-values"]


@pytest.mark.parametrize("method,params,ctype,status", [
    ("GET", {}, None, 400),
    ("GET", {"query": ["ASK {}", "ASK {}"]}, None, 400),
    ("POST", {}, "text/plain", 415),
    ("PUT", {}, None, 405),
    ("GET", {"query": ["SELECT * { SERVICE <http://x/> { ?s ?p ?o } }"]}, None, 400),
])
def test_bad_requests(method, params, ctype, status):
    with pytest.raises(ProtocolError) as err:
        parse_request(method, params, ctype, b"", None)
    assert err.value.status == status
