"""kg.graph.ordering: a column mixing strings, years, year-months and dates sorts as
Oxigraph sorts it (by text, then datatype), so listings like statistics-about-place's
periods can be paged without the engine's sort."""

from __future__ import annotations

import random

import pyoxigraph as ox
import pytest
from rdflib import Literal, URIRef

from kg.graph.ordering import column_keys, sort_rows

XSD = "http://www.w3.org/2001/XMLSchema#"


def _values(rng: random.Random, n: int = 40) -> list[tuple[str, str]]:
    out = []
    for _ in range(n):
        kind = rng.choice(["gYear", "gYearMonth", "date", "string", "string"])
        y = rng.choice([2019, 2020, 2021])
        if kind == "gYear":
            out.append((f"{y}", kind))
        elif kind == "gYearMonth":
            out.append((f"{y}-{rng.randint(1, 12):02d}", kind))
        elif kind == "date":
            out.append((f"{y}-{rng.randint(1, 12):02d}-{rng.choice([1, 15, 28]):02d}", kind))
        else:
            out.append((rng.choice([f"{y}", f"{y}-01", f"{y}-01-01", f"{y}-H1", f"Q1 {y}", f"{y}/{y + 1}",
                                    f"{y}-01/{y}-06", "first half"]), "string"))
    return out


@pytest.mark.parametrize("seed", range(40))
def test_mixed_periods_sort_as_the_engine_sorts_them(seed: int) -> None:
    values = _values(random.Random(seed))
    text = "SELECT ?v ?i WHERE { VALUES (?v ?i) { " + " ".join(
        f'("{a}"^^<{XSD}{d}> {i})' for i, (a, d) in enumerate(values)) + " } } ORDER BY ?v"
    engine = [(r["v"].value, r["v"].datatype.value) for r in ox.Store().query(text)]
    rows = [(Literal(a) if d == "string" else Literal(a, datatype=URIRef(XSD + d)),) for a, d in values]
    ours = sort_rows(rows, ["v"], [("v", False)])
    assert ours is not None
    assert [(str(r[0]), str(r[0].datatype or XSD + "string")) for r in ours] == engine


def test_other_mixes_are_left_to_the_engine() -> None:
    rows = [(Literal("text"),), (Literal(5),)]
    assert column_keys(rows, 0) is None
    rows = [(Literal("2020-01-01T10:00:00", datatype=URIRef(XSD + "dateTime")),), (Literal("x"),)]
    assert column_keys(rows, 0) is None
    rows = [(Literal("2020", datatype=URIRef(XSD + "gYear")),), (Literal(2020),)]
    assert column_keys(rows, 0) is None
    rows = [(Literal("2020-01-01", datatype=URIRef(XSD + "date")),), (Literal("x"),), (None,)]
    assert column_keys(rows, 0) is not None
