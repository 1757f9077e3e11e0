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


def test_business_wire_dateline_without_date(extract):
    x = extract("OSLO, Norway--(EXAMPLE WIRE)--The 4th Fjord Aquaculture Forum opened today.", published=date(2025, 3, 1))
    assert x.source.dateline == "OSLO, Norway"
    assert x.source.wire == "EXAMPLE WIRE"


def test_day_month_year_dateline_is_not_the_event_date(extract):
    x = extract("ACCRA, Ghana, 2 May 2025 -- The Gold Coast Cocoa Fair 2025 will open in Accra on 19 May, a three-day event.",
                published=None)
    ev = x.main_event
    assert x.source.published == date(2025, 5, 2)
    assert (ev.start, ev.end) == (date(2025, 5, 19), date(2025, 5, 21))


def test_dash_dateline_keeps_its_region_and_a_small_town(extract):
    """'TOWN, Region – ...': the region belongs to the dateline; a town the gazetteer does
    not know is kept as written, inside the region it names."""
    x = extract("WALPEUP, Victoria – Big crowds came to the 2025 Sunraysia Machinery Field Days on Thursday.",
                published=date(2025, 3, 7))
    assert x.source.dateline == "WALPEUP, Victoria"
    assert [p.name for p in x.main_event.places][:3] == ["Walpeup", "Victoria", "Australia"]


def test_two_city_dateline_places_the_event_in_the_first(extract):
    x = extract("GDANSK / GDYNIA, Poland – The 2025 Amber Coast Sailing Festival opened on Friday in both ports.",
                published=date(2025, 6, 6))
    assert x.source.dateline == "GDANSK / GDYNIA, Poland"
    assert [p.name for p in x.main_event.places][0] == "Gdańsk"
    assert "Poland" in [p.name for p in x.main_event.places]


def test_regression_single_hyphen_dateline_does_not_hide_the_event(extract):
    """'DUBAI, May 10, 2024 - The 2024 Harbor Tech Expo ...': spaCy read the dateline's date
    and the name after the hyphen as one DATE range, and no event was found."""
    for text in ("DUBAI, May 10, 2024 - The 2024 Harbor Tech Expo opened at the Dubai World Trade Centre.",
                 "LYON, March 3, 2031 - The Rhone Valley Wine Fair opened on Monday with 400 exhibitors."):
        x = extract(text, published=None)
        assert x.source.dateline in ("DUBAI", "LYON")
        assert x.events and x.events[0].name in ("2024 Harbor Tech Expo", "Rhone Valley Wine Fair")


def test_dateline_cut_keeps_entities_that_do_not_cross_it(extract):
    x = extract("OSLO, June 2, 2031 -- The Nordic Salmon Summit opened in Oslo, Norway.", published=None)
    assert x.source.published == date(2031, 6, 2) and x.events[0].name == "Nordic Salmon Summit"
