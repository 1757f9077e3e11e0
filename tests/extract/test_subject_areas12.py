"""Areas and zones: a programme part ('three exhibition areas', 'a children zone') or a subject
the event covers ('key areas of focus', 'marine protected areas'). Sentences written for these
tests; one regression test per defect, with negatives."""

from __future__ import annotations

from datetime import date

LEAD = "The 2026 Cedar Loom Fair opened in Porto, Portugal on June 2. "


def run(extract, text):
    return extract(LEAD + text, published=date(2026, 6, 5))


def sessions(ex):
    return [(s.label, s.count) for s in ex.sessions]


def topics(ex):
    return sorted({t.topic.label for t in ex.topics})


def test_regression_areas_of_focus_are_no_session_and_their_list_gives_topics(extract):
    ex = run(extract, "Key areas of focus include solar power, heat pumps and storage.")
    assert sessions(ex) == []
    assert topics(ex) == ["heat pumps", "solar power", "storage"]


def test_regression_areas_a_forum_focused_on_are_topics(extract):
    ex = run(extract, "The forum focused on protected areas, peatlands and coastal zones.")
    assert sessions(ex) == []
    assert {"protected areas", "coastal zones"} <= set(topics(ex))


def test_regression_a_listed_area_with_modifiers_is_a_topic(extract):
    ex = run(extract, "The exhibition covers marine protected areas and coastal management.")
    assert "marine protected areas" in topics(ex)


def test_programme_areas_and_zones_stay_sessions(extract):
    assert sessions(run(extract, "The expo features 12 exhibition areas and a forum on design.")) == \
        [("exhibition area", 12), ("forum", None)]
    assert sessions(run(extract, "The event will include a children zone and themed areas.")) == \
        [("children zone", None), ("themed area", None)]
    assert sessions(run(extract, "The fair is divided into five zones.")) == [("zone", 5)]


def test_a_format_of_interest_stays_a_session(extract):
    assert sessions(run(extract, "The fair offers workshops of interest to designers.")) == [("workshop", None)]
