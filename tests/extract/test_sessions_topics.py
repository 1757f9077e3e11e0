"""Session groups and topics."""


def test_counted_groups_with_topics(extract):
    x = extract(
        "The 2025 Harbor Logistics Conference opened in Lagos. During the conference, 4 technical forums, "
        "3 investor roundtables, and product exhibitions were held. The technical forums mainly cover topics "
        "such as port automation, cold chain logistics, and customs digitization."
    )
    groups = {s.label: s for s in x.sessions}
    assert groups["technical forum"].count == 4
    assert groups["investor roundtable"].count == 3
    assert groups["product exhibition"].count is None
    assert [t.label for t in groups["technical forum"].topics] == [
        "port automation", "cold chain logistics", "customs digitization"]


def test_consecutive_sessions_are_not_a_session_group(extract):
    x = extract("The Baltic Wind Forum 2025 opened in Gdansk. It has been held for four consecutive sessions.")
    assert x.sessions == []


def test_topics_from_as_well_as_such_as():
    from kg.extract.topics import topics_from_text

    got = topics_from_text(
        "showcasing new robots and sensors of smart farms, as well as application scenarios such as "
        "drones, vertical farming, and soil analytics."
    )
    assert got == ["new robots and sensors of smart farms", "drones", "vertical farming", "soil analytics"]


def test_field_list_without_oxford_comma():
    from kg.extract.topics import topics_from_text

    assert topics_from_text("the fields of AI, smart grids, energy storage and robotics") == [
        "AI", "smart grids", "energy storage", "robotics"]


def test_programme_items_and_listed_groups(extract):
    x = extract(
        "The Tidewater Maritime Forum 2025 opened in Halifax. After the opening ceremony, delegates joined "
        "three masterclasses and a series of workshops on ship recycling and port safety, plus site visits."
    )
    labels = {s.label: s for s in x.sessions}
    assert "opening ceremony" in labels and "site visit" in labels
    assert labels["masterclass"].count == 3
    assert [t.label for t in labels["workshop"].topics] == ["ship recycling", "port safety"]


def test_programme_subject_covers_topics(extract):
    x = extract(
        "The Tidewater Maritime Forum 2025 opened in Halifax on June 2. The programme covers ocean mapping, "
        "offshore logistics and coastal tourism, with 12 panels running in parallel."
    )
    assert [t.topic.label for t in x.topics] == ["ocean mapping", "offshore logistics", "coastal tourism"]
