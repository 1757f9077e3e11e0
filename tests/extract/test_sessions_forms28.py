"""Sessions forms 28 (s-sessions28): programme parts in forms of the probe releases of
tests/extract/probes28s. Our own sentences, each failing on main eecf00c."""

import pytest

HEAD = "The 2026 Cedar Loom Fair opened in Porto, Portugal on June 2. "


def _sessions(x):
    return sorted((s.label, s.count) for s in x.sessions)


@pytest.mark.parametrize(("text", "expect"), [
    ("Two days of masterclasses will follow the opening ceremony.",
     [("masterclass", None), ("opening ceremony", None)]),
    ("The fair will run three days of workshops and a week of film screenings.",
     [("film screening", None), ("workshop", None)]),
])
def test_duration_of_a_group(extract, text, expect):
    """rule listed-group: 'two days of masterclasses' names the group; 'two' counts days"""
    assert _sessions(extract(HEAD + text)) == expect


def test_duration_of_the_event_is_no_group(extract):
    assert _sessions(extract(HEAD + "Two days of the fair were lost to rain.")) == []


def test_bilateral_meetings_in_the_events_programme(extract):
    """rule official-talks: with the event as the subject, 'bilateral meetings' are its programme"""
    x = extract(HEAD + "The fair will feature plenary sessions, panel discussions and bilateral meetings.")
    assert _sessions(x) == [("bilateral meeting", None), ("panel discussion", None), ("plenary session", None)]


def test_bilateral_talks_of_officials_stay_out(extract):
    assert _sessions(extract(HEAD + "The two ministers held bilateral talks during the fair.")) == []


def test_after_days_of_discussions_is_no_group(extract):
    """rule listed-group: a duration after a time preposition says when, no group"""
    assert _sessions(extract(HEAD + "After two days of discussions, the fair closed.")) == []


@pytest.mark.parametrize(("text", "expect"), [
    ("On the sidelines of the fair, a seminar on enhanced oil recovery and a workshop on pipeline safety were held.",
     [("seminar", ("enhanced oil recovery",)), ("workshop", ("pipeline safety",))]),
    ("The fair will host a seminar on soil health and a workshop on drones.",
     [("seminar", ("soil health",)), ("workshop", ("drones",))]),
])
def test_second_part_joined_to_the_first_ones_topic(extract, text, expect):
    """'a seminar on A and a workshop on B': the parser joins 'a workshop' to A; it is a part of its own"""
    x = extract(HEAD + text)
    assert sorted((s.label, tuple(t.label for t in s.topics)) for s in x.sessions) == expect


def test_it_after_the_events_sentence(extract):
    """rule counted-group: 'It will feature A, B and C' right after a sentence about the event"""
    x = extract("TORONTO - The Maplestone Mining Summit 2026 will take place June 2-4 in Toronto. It will feature "
                "keynote speeches, fireside chats and networking breakfasts.\n")
    assert _sessions(x) == [("fireside chat", None), ("keynote speech", None), ("networking breakfast", None)]
