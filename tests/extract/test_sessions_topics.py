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


def test_a_list_ends_where_another_clause_begins():
    from kg.extract.topics import topics_from_text

    assert topics_from_text("soil health, drip irrigation and seed banks, along with daily field visits.") == [
        "soil health", "drip irrigation", "seed banks"]
    assert topics_from_text("cold chains and food safety, followed by a reception.") == ["cold chains", "food safety"]
    assert topics_from_text("cold chains, food safety and packaging waste, and many of them were full.") == [
        "cold chains", "food safety", "packaging waste"]
    assert topics_from_text("two expert panels and 9 breakout sessions.") == []  # session groups
    assert topics_from_text("valuable participation from the Harbour Charity Fund.") == []  # who, not what
    assert topics_from_text("their products and markets.") == []  # too generic to be topics
    assert topics_from_text("their products and drone mapping.") == ["drone mapping"]


def test_group_topics_in_participle_clauses_and_uncounted_items(extract):
    """'N talks, concentrated on ...' (often tagged past tense), 'N workshops will be held ...,
    dealing with ...', and 'a plenary on ...' (no count) all give the group its topics."""
    x = extract(
        "The 2025 Prairie Farm Technology Fair opened in Regina on June 3. Three workshops will be held "
        "on the sidelines, dealing with drone mapping, soil sensors and farm robots. The main hall hosted "
        "30 talks, concentrated on grain storage, crop insurance and water rights, and many of them "
        "were full. The fair opens with a plenary on the future of dryland farming, followed by a lunch."
    )
    topics = {s.label: [t.label for t in s.topics] for s in x.sessions}
    assert topics["workshop"] == ["drone mapping", "soil sensors", "farm robots"]
    assert topics["talk"] == ["grain storage", "crop insurance", "water rights"]
    assert topics["plenary"] == ["future of dryland farming"]
