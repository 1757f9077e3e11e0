"""Many releases in one graph: shared agents and places, one event series per name."""

from __future__ import annotations

from datetime import date

import kg
from kg.rdf.namespaces import EKG, SDO

FIRST = """CAIRNS, Australia, July 02, 2024 (EXAMPLE WIRE) -- The 2024 Coral Reef Tech Forum, hosted by the Reef Science Council, opened in Cairns on July 1.
More than 1,200 delegates attended the forum.
"""
SECOND = """CAIRNS, Australia, July 03, 2025 (EXAMPLE WIRE) -- The 2025 Coral Reef Tech Forum, hosted by the Reef Science Council, opened in Cairns on July 2.
About 1,500 delegates attended the forum, up from 1,200 last year.
"""


def test_editions_share_series_agents_and_places():
    g = kg.build([kg.parse_document(FIRST), kg.parse_document(SECOND)])
    ds = g.dataset
    events = sorted(str(n) for e in ds.subjects(EKG.inSeries, None) for n in ds.objects(e, SDO.name))
    assert events == ["2024 Coral Reef Tech Forum", "2025 Coral Reef Tech Forum"]
    assert len(set(ds.objects(None, EKG.inSeries))) == 1  # one schema:EventSeries
    hosts = set(ds.objects(None, EKG.host))
    assert len(hosts) == 1  # the same council, one node
    places = {p for e in ds.subjects(EKG.inSeries, None) for p in ds.objects(e, SDO.location)}
    assert len(places) == 1  # Cairns, one node
    # provenance: each edition comes from its own document graph
    graphs = {c.identifier for c in ds.graphs() if len(c)}
    assert len(graphs) == 2
    starts = sorted(str(o) for o in ds.objects(None, SDO.startDate))
    assert starts == [str(date(2024, 7, 1)), str(date(2025, 7, 2))]
