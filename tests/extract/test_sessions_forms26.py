"""Forms 26 (s-sessions26): session groups in forms of the probe releases of tests/extract/
probes26s. Our own sentences, each failing on main c5fcf25."""

import pytest

HEAD = "The 2026 Cedar Loom Fair opened in Porto, Portugal on June 2. "


def _sessions(x):
    return sorted((s.label, s.count) for s in x.sessions)


def _topics(x):
    return [t.topic.label for t in x.topics] + [t.label for s in x.sessions for t in s.topics]


@pytest.mark.parametrize(("text", "expect"), [
    ("\n\nExhibitors: 700\nSessions: 45\nWorkshops: 18\n", [("session", 45), ("workshop", 18)]),
    ("\n\nConferences | 120\nVisitors | 25,000\n", [("conference", 120)]),
    ("\n\n- Side events: over 60\n- Exhibitors: 300\n", [("side event", 60)]),
])
def test_key_figure_lines(extract, text, expect):
    """rule key-figure-line: 'Sessions: 45' on a line of its own is a counted group"""
    assert _sessions(extract(HEAD + text)) == expect


@pytest.mark.parametrize(("text", "expect"), [
    ("Highlights include investment pitches, site visits and a gala dinner.",
     [("gala dinner", None), ("investment pitch", None), ("site visit", None)]),
    ("Buyers can join business rounds and site visits.", [("business round", None), ("site visit", None)]),
])
def test_programme_items26(extract, text, expect):
    """rule programme-item: a list item after a plural non-event noun;
    business rounds, investment pitches"""
    assert _sessions(extract(HEAD + text)) == expect


def test_programme_item_is_no_topic_in_the_plural(extract):
    """a list item the sessions extractor took ('investment pitch') is no topic written in the plural"""
    x = extract(HEAD + "Highlights include investment pitches, site visits and a gala dinner.")
    assert "investment pitches" not in _topics(x)


@pytest.mark.parametrize(("text", "expect"), [
    ("The fair will feature cooking demonstrations, along with seminars on olive oil.",
     [("cooking demonstration", None), ("seminar", None)]),
    ("The fair will offer cooking classes, together with talks on olive oil.",
     [("cooking class", None), ("talk", None)]),
    ("The fair holds live demonstrations alongside masterclasses.",
     [("live demonstration", None), ("masterclass", None)]),
])
def test_along_with_group(extract, text, expect):
    """rule along-with: a programme group added on after 'along with' / 'together with' / 'alongside'"""
    assert _sessions(extract(HEAD + text)) == expect


@pytest.mark.parametrize(("text", "expect"), [
    ("Three symposia were held on rare diseases.", [("symposium", 3)]),
    ("The fair features scientific sessions, a poster exhibition and symposia.",
     [("poster exhibition", None), ("scientific session", None), ("symposium", None)]),
])
def test_latin_plurals(extract, text, expect):
    """irregular_plurals: 'symposia' is the plural of the programme noun 'symposium'"""
    assert _sessions(extract(HEAD + text)) == expect


@pytest.mark.parametrize(("text", "expect"), [
    ("Separately, the chamber's board held its quarterly meetings in Lisbon last week.", []),
    ("The fair will hold 20 workshops, and the trade council will hold its plenary sessions in Braga.",
     [("workshop", 20)]),
])
def test_own_meetings_of_another_body(extract, text, expect):
    """rule own-meetings: a body's own meetings ('its quarterly meetings') are not the event's"""
    assert _sessions(extract(HEAD + text)) == expect


def test_a_bodys_recurring_meetings(extract):
    """rule own-meetings 'habitual': 'the association holds monthly meetings' is its own"""
    x = extract(HEAD + "The fair will hold 12 seminars. The association holds monthly meetings for its members.")
    assert _sessions(x) == [("seminar", 12)]
