"""Source extractor: dateline, wire, publication date, source organization."""

from datetime import date


def test_wire_dateline(extract):
    x = extract(
        "ODESSA, Ukraine, Mar. 05, 2025 (EXAMPLE WIRE) -- The 2025 Black Sea Grain Forum opened today.\n\n"
        "Source: The Odessa Grain Board\n",
        published=None,
    )
    s = x.source
    assert s.dateline == "ODESSA, Ukraine"
    assert s.wire == "EXAMPLE WIRE"
    assert s.published == date(2025, 3, 5)
    assert s.source_organization == "Odessa Grain Board"


def test_agency_dateline_without_year_uses_front_matter(extract):
    x = extract("LIMA, June 12 (Andes Agency) -- The Pacific Fisheries Expo 2025 opened.", published=date(2025, 6, 12))
    assert x.source.dateline == "LIMA"
    assert x.source.wire == "Andes Agency"
    assert x.source.published == date(2025, 6, 12)
