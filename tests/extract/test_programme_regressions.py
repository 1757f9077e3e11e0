"""Regression tests for defects of the role, session and topic extractors (issue 10), on
sentences of our own."""


def roles(x):
    return {(r.role, r.agent) for r in x.roles}


def test_regression_comma_inside_one_agent_name(extract):
    x = extract("The 2025 Amber Book Fair programme, organized by the Amber Literature, Publishing and "
                "Translation Authority, includes readings.")
    assert ("organizer", "Amber Literature, Publishing and Translation Authority") in roles(x)


def test_regression_acronym_after_of_phrase_is_its_own_agent(extract):
    x = extract("The 2025 Alpine Accounting Congress was hosted by the Alpine Institute of Auditors and IFRA.")
    assert {a for r, a in roles(x) if r == "host"} == {"Alpine Institute of Auditors", "IFRA"}


def test_regression_session_organizer_is_not_the_event_organizer(extract):
    x = extract("The 2025 Alpine Accounting Congress closed on Friday. At the closing session organized by "
                "the Global Audit Council, delegates voted.")
    assert roles(x) == set()


def test_regression_country_partner_is_an_honour_not_a_partner(extract):
    x = extract("The 2025 Ural Machinery Expo opened. The national exposition of Brazil, a country-partner "
                "of this year's expo, covers 3,000 square meters.")
    assert roles(x) == {("guestOfHonor", "Brazil")}


def test_regression_organization_is_not_typed_person(extract):
    x = extract("Organiser Messe Nordhafen said the 2025 Nordhafen Boat Show drew 50,000 visitors.")
    assert [(r.agent, r.agent_type) for r in x.roles] == [("Messe Nordhafen", "Organization")]


def test_regression_negated_programme_items_are_not_sessions(extract):
    x = extract("The 2025 Danube Trade Fair opened on Saturday without the formal inauguration and press "
                "conference, which were postponed.")
    assert x.sessions == []


def test_regression_event_name_is_not_a_session_label(extract):
    x = extract("All Lakeshore Auto Show exhibits are held in the North Hall of the Lakeshore Centre.")
    assert [s.label for s in x.sessions] == []


def test_regression_hyphenated_group_keeps_its_count(extract):
    x = extract("At the 2025 Amber Coast Economic Forum, five sub-forums were held.")
    assert [(s.label, s.count) for s in x.sessions] == [("sub-forum", 5)]


def test_regression_dates_after_from_are_no_topics(extract):
    x = extract("The 2025 Uptown Art Fair will feature 93 international galleries from April 10 to 13.")
    assert x.topics == []


def test_regression_the_event_is_not_its_own_topic(extract):
    x = extract("'Smart grids' will be the key focus on the 2025 Baltic Energy Expo this year.")
    assert [t.topic.label for t in x.topics] == []


def test_regression_session_group_after_feature_is_not_a_topic(extract):
    x = extract("The 2025 Harbour Trade Fair will feature B2B meetings simultaneously with the fair.")
    assert [t.topic.label for t in x.topics] == []
    assert [s.label for s in x.sessions] == ["B2B meeting"]


def test_regression_passive_agent_of_address_is_no_topic(extract):
    """'The sessions were addressed by Dr X': who spoke, not what the sessions covered."""
    x = extract("The 2025 Lakeside Medical Symposium opened on Monday. Four scientific sessions were held. "
                "The sessions were addressed by Dr. Ana Ruiz and Prof. Li Wen.")
    labels = {t.topic.label for t in x.topics} | {t.label for s in x.sessions for t in s.topics}
    assert not any(label.startswith("by ") or "Ruiz" in label for label in labels)
    assert ("scientific session", 4) in {(s.label, s.count) for s in x.sessions}
