"""The RDF mapper on hand-made records: what the extractors hand over becomes valid triples."""

from __future__ import annotations

import pytest
from rdflib import RDF, Graph

from kg.extract.records import (
    EventRecord,
    Extraction,
    SessionRecord,
    SourceRecord,
    SourceSpan,
    StatisticRecord,
)
from kg.graph.compiled_shacl import compiled_shapes
from kg.pipeline.document import parse_document
from kg.rdf.mapper import map_document
from kg.rdf.namespaces import EKG, SDO

TEXT = ("The Harbour Fair featured 7 thematic forums. Its sister event, the Inland Fair, "
        "featured 3 thematic forums and 7 thematic forums more in the afternoon.")


def test_same_session_name_at_two_events_of_one_release() -> None:
    """Regression: two events of one release with a session group of the same name shared
    one node, which then had two counts (a SHACL violation found in the 1k benchmark)."""
    doc = parse_document(TEXT)
    x = Extraction(
        source=SourceRecord(),
        events=[EventRecord("e0", "Harbour Fair", "fair", main=True),
                EventRecord("e1", "Inland Fair", "fair")],
        sessions=[SessionRecord("e0", "thematic forum", 7, span=SourceSpan(26, 43, "7 thematic forums")),
                  SessionRecord("e1", "thematic forum", 3, span=SourceSpan(102, 119, "3 thematic forums")),
                  SessionRecord("e1", "thematic forum", 7, span=SourceSpan(124, 141, "7 thematic forums"))],
    )
    g = Graph()
    for t in map_document(doc, x):
        g.add(t)
    groups = {str(g.value(s, SDO.superEvent)): int(g.value(s, EKG["count"])) for s in g.subjects(SDO.name, None)
              if (s, None, EKG.Session) in g}
    assert sorted(groups.values()) == [3, 7]  # one group per event, the first count wins
    assert compiled_shapes().validate(g) == []


def test_a_project_a_figure_is_about_is_an_organization_and_a_project() -> None:
    """schema:Project is an Organization in schema.org: typed both, the contract's 'place,
    organization or event' holds without inference, and the shapes accept it."""
    text = "The Harbour Fair signed a seaweed plant with an annual capacity of 40,000 tonnes."
    doc = parse_document(text)
    start = text.index("40,000")
    x = Extraction(
        source=SourceRecord(),
        events=[EventRecord("e0", "Harbour Fair", "fair", main=True)],
        statistics=[StatisticRecord(40000, "ton", "annual capacity", "seaweed plant", "Project",
                                    span=SourceSpan(start, start + 13, "40,000 tonnes"))],
    )
    g = Graph()
    for t in map_document(doc, x):
        g.add(t)
    about = next(g.objects(None, SDO.observationAbout), None)
    assert about is not None and str(g.value(about, SDO.name)) == "seaweed plant"
    assert {SDO.Organization, SDO.Project} <= set(g.objects(about, RDF.type))
    assert compiled_shapes().validate(g) == []


def test_a_place_the_gazetteer_does_not_know_stays_a_place() -> None:
    text = "The Wimmera region produced 3 million tonnes of grain."
    doc = parse_document(text)
    x = Extraction(
        source=SourceRecord(),
        events=[EventRecord("e0", "Harbour Fair", "fair", main=True)],
        statistics=[StatisticRecord(3_000_000, "ton", "grain", "Wimmera region", "Place",
                                    span=SourceSpan(29, 45, "3 million tonnes"))],
    )
    g = Graph()
    for t in map_document(doc, x):
        g.add(t)
    about = next(g.objects(None, SDO.observationAbout))
    assert set(g.objects(about, RDF.type)) == {SDO.Place}
    assert str(g.value(about, SDO.name)) == "Wimmera region"
    assert compiled_shapes().validate(g) == []


@pytest.mark.parametrize("text, written", [
    ("1000000000000000000000000000.1", "1000000000000000000000000000.1"),
    ("123456789012345678901234567890.25", "123456789012345678901234567890.25"),
    ("12.3400", "12.34"), ("-0.50", "-0.5"), ("0.000", "0"), ("9.587E+6", "9587000"), ("1.5E-3", "0.0015"),
])
def test_regression_decimal_past_28_digits_not_rounded(text, written):
    """Found by CI's Hypothesis run: trailing zeros were stripped with ``Decimal.normalize``,
    which rounds to the context's 28 digits, so a 29-digit figure lost its fraction."""
    from decimal import Decimal

    from kg.rdf.mapper import _decimal
    assert str(_decimal(Decimal(text))) == written
