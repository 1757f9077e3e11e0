"""ORDER BY done in Python (kg.graph.ordering) gives the rows in the engine's order."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from kg.graph import query as q
from kg.graph.ordering import sort_rows, split_order_by

EX = "https://example.org/"


@pytest.fixture(scope="module")
def store() -> ox.Store:
    st = ox.Store()
    xsd = "http://www.w3.org/2001/XMLSchema#"
    rows = [  # (name, number, date): distinct keys in every column, some unbound
        ("Zeta Forum", ("12", "integer"), "2025-03-01"),
        ("alpha expo", ("3.5", "decimal"), "2024-11-20"),
        ("Alpha Expo", ("12.0", "decimal"), None),
        ("Ärzte Tag", None, "2025-01-09"),
        ("Beta Summit", ("-2", "integer"), "2023-06-30"),
        ("Beta Fair", ("100", "integer"), "2025-03-02"),
    ]
    for i, (name, number, day) in enumerate(rows):
        s = ox.NamedNode(f"{EX}e{i}")
        st.add(ox.Quad(s, ox.NamedNode(f"{EX}name"), ox.Literal(name), ox.DefaultGraph()))
        if number:
            st.add(ox.Quad(s, ox.NamedNode(f"{EX}n"), ox.Literal(number[0], datatype=ox.NamedNode(xsd + number[1])),
                           ox.DefaultGraph()))
        if day:
            st.add(ox.Quad(s, ox.NamedNode(f"{EX}d"), ox.Literal(day, datatype=ox.NamedNode(xsd + "date")),
                           ox.DefaultGraph()))
    st.add(ox.Quad(ox.NamedNode(f"{EX}e0"), ox.NamedNode(f"{EX}mixed"), ox.Literal("text"), ox.DefaultGraph()))
    st.add(ox.Quad(ox.NamedNode(f"{EX}e1"), ox.NamedNode(f"{EX}mixed"), ox.Literal("5", datatype=ox.NamedNode(xsd + "integer")),
                   ox.DefaultGraph()))
    return st


BODY = f"""SELECT ?e ?name ?n ?d WHERE {{ ?e <{EX}name> ?name
  OPTIONAL {{ ?e <{EX}n> ?n }} OPTIONAL {{ ?e <{EX}d> ?d }} }}"""


@pytest.mark.parametrize("order", ["?name", "DESC(?name)", "?n ?name", "DESC(?n)", "?d", "ASC(?d) ?e",
                                   "?e", "DESC(?e)"])
def test_python_order_matches_the_engine(store, order) -> None:
    text = f"{BODY}\nORDER BY {order}\n"
    engine = q._ox_result(q._ox_query(store, text), q.ALL_ROWS)
    ours = q.run_query(store, text)
    assert ours.terms == engine.terms and ours.columns == engine.columns
    page = q.run_query(store, text, limit=2, offset=1)
    assert page.terms == engine.terms[1:3] and page.has_more


def test_mixed_literal_kinds_are_left_to_the_engine(store) -> None:
    text = f"SELECT ?e ?m WHERE {{ ?e <{EX}mixed> ?m }} ORDER BY ?m"
    unordered, keys = split_order_by(text)
    rows = q.run_query(store, unordered).terms
    assert sort_rows(rows, ["e", "m"], keys) is None
    assert q.run_query(store, text).terms == q._ox_result(q._ox_query(store, text), q.ALL_ROWS).terms


def test_split_order_by_takes_only_a_final_plain_order() -> None:
    assert split_order_by("SELECT * WHERE { ?s ?p ?o } ORDER BY ?s DESC(?o)  # sorted\n")[1] == [
        ("s", False), ("o", True)]
    assert split_order_by("SELECT * WHERE { ?s ?p ?o } ORDER BY ?s LIMIT 5") is None
    assert split_order_by("SELECT * WHERE { ?s ?p ?o } ORDER BY STR(?s)") is None
    assert split_order_by("SELECT * WHERE { { SELECT ?s WHERE { ?s ?p ?o } ORDER BY ?s } }") is None
    assert split_order_by("SELECT * WHERE { ?s ?p ?o }") is None


def test_sorted_by_a_hidden_variable_is_left_to_the_engine(store) -> None:
    text = f"SELECT ?e WHERE {{ ?e <{EX}name> ?name }} ORDER BY ?name"
    assert q.run_query(store, text).terms == q._ox_result(q._ox_query(store, text), q.ALL_ROWS).terms
