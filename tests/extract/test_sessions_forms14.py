"""Forms 14: counted items sharing one head noun written once (rule elided-head-list): at
the end of the list ('three plenary, four technical and two poster sessions') or as the
subject of the list's verb ('the sessions included two surgery, two medicine and ...').
Each item is a group of its own with its own count. Our own sentences, each failing on
main 1522aa0."""

import pytest

from tests.extract.test_sessions_probe5 import assert_sessions

#: rules elided-head-list and presented-papers were written and then dropped: they lifted
#: half A only (halves rule); these stay as the specification of a form still missed
DROPPED = pytest.mark.xfail(strict=True, reason="rule dropped: lifted the read half only")


HEAD = "The 2026 Harbourside Trade Fair opened in Valletta on June 3. "

ELIDED = [
    ("The programme comprised three plenary, four technical and two poster sessions.",
     [("plenary session", 3), ("technical session", 4), ("poster session", 2)]),
    ("Twelve technical, four plenary and two special sessions were held.",
     [("technical session", 12), ("plenary session", 4), ("special session", 2)]),
    ("The workshops included three pottery, two weaving and one painting workshop.",
     [("pottery workshop", 3), ("weaving workshop", 2), ("painting workshop", 1)]),
    ("The sessions included two surgery, two medicine, one session of cardiology, one Radiology, "
     "one Pharmacy and Dentistry and a session of Public Health.",
     [("surgery session", 2), ("medicine session", 2), ("cardiology session", 1), ("radiology session", 1),
      ("pharmacy and dentistry session", 1), ("public health session", 1)]),
    ("The expo hosts five German and three French pavilions.", [("german pavilion", 5), ("french pavilion", 3)]),
    ("Ten exhibition and two conference halls will be open.", [("exhibition hall", 10), ("conference hall", 2)]),
]


@DROPPED
@pytest.mark.parametrize(("text", "expect"), ELIDED, ids=[f"elided-{i}" for i in range(len(ELIDED))])
def test_elided_head_lists(extract, text, expect):
    assert_sessions(extract, HEAD + text, expect, False)


@DROPPED
def test_elided_counts_are_no_statistics(extract):
    x = extract(HEAD + "The sessions included two surgery, two medicine and one session of cardiology.")
    assert not any(s.value in (1, 2) for s in x.statistics)


#: counted papers presented at the event (rule presented-papers)
PAPERS = [
    ("A total of 17 universities will take part, with 9 academic papers queued for presentation.",
     [("academic paper", 9)]),
    ("Some 25 research papers will be presented at the fair.", [("research paper", 25)]),
    ("About 60 scientific papers are scheduled for presentation during the fair.", [("scientific paper", 60)]),
    ("The organisers have accepted 48 papers for presentation.", [("paper", 48)]),
]


@DROPPED
@pytest.mark.parametrize(("text", "expect"), PAPERS, ids=[f"papers-{i}" for i in range(len(PAPERS))])
def test_presented_papers(extract, text, expect):
    assert_sessions(extract, HEAD + text, expect, False)


@DROPPED
def test_presented_papers_count_is_no_statistic(extract):
    x = extract(HEAD + "More than 120 papers were presented over three days.")
    assert [(s.label, s.count) for s in x.sessions] == [("paper", 120)]
    assert not any(s.value == 120 for s in x.statistics)


def test_a_later_singular_subject_is_not_the_plural_group(extract):
    """'meetings of trade commissions ... The upcoming meeting will discuss A': one meeting, not
    the group; its topics are no topics of the group ('Each workshop will focus on A' still is)."""
    x = extract(HEAD + "The fair program includes meetings of trade commissions and workshops. "
                       "The upcoming meeting will discuss tariffs and quotas.")
    assert [(s.label, [t.label for t in s.topics]) for s in x.sessions if s.label == "meeting"] == [("meeting", [])]
    y = extract(HEAD + "Six special meetings were held. The special meetings mainly covered tariffs and quotas.")
    assert [t.label for s in y.sessions for t in s.topics] == ["tariffs", "quotas"]


#: 'a A, a B and a C' parsed with B an apposition of A that keeps the list's 'and' (list-mates)
APPOS_LISTS = [
    ("The summit hosted a youth forum, a ministerial roundtable and a gala dinner.",
     [("youth forum", None), ("ministerial roundtable", None), ("gala dinner", None)]),
    ("The fair hosted a hackathon, a startup pitch competition and an awards night.",
     [("hackathon", None), ("startup pitch competition", None)]),
]


@pytest.mark.parametrize(("text", "expect"), APPOS_LISTS, ids=[f"appos-{i}" for i in range(len(APPOS_LISTS))])
def test_list_items_parsed_as_appositions(extract, text, expect):
    assert_sessions(extract, HEAD + text, expect, False)


def _session_topics(x):
    return [(s.label, s.count, [t.label for t in s.topics]) for s in x.sessions]


@pytest.mark.parametrize(("text", "expect"), [
    ("The fair is divided into five zones: electric vehicles, batteries and charging.",
     [("zone", 5, ["electric vehicles", "batteries", "charging"])]),
    ("The show is organised into three halls: smart homes, robotics and drones.",
     [("hall", 3, ["smart homes", "robotics", "drones"])]),
    ("The hall is divided into themed areas for smart homes and robotics.",
     [("themed area", None, ["smart homes", "robotics"])]),
])
def test_divided_into_parts(extract, text, expect):
    """The parts an event's space is divided into (rule divided-into); a colon after a plural
    or counted part opens its topics."""
    assert _session_topics(extract(HEAD + text)) == expect


def test_an_article_and_a_programme_noun_is_no_topic(extract):
    x = extract(HEAD + "The event features three sessions: a plenary, a panel and a workshop.")
    labels = [t.topic.label for t in x.topics]
    assert "panel" not in labels and "workshop" not in labels


#: counts in brackets with a qualifier or spelled out, and on a programme item whose list
#: the parser broke (rule bracket-count)
BRACKETS = [
    ("The fair offers B2B meetings (over 300) and site visits (5).", [("B2B meeting", 300), ("site visit", 5)]),
    ("The event included forums (eight) and workshops (six).", [("forum", 8), ("workshop", 6)]),
    ("The event features panel discussions (12) and keynote speeches (4).",
     [("panel discussion", 12), ("keynote speech", 4)]),
]


@pytest.mark.parametrize(("text", "expect"), BRACKETS, ids=[f"bracket-{i}" for i in range(len(BRACKETS))])
def test_bracket_counts_forms14(extract, text, expect):
    assert_sessions(extract, HEAD + text, expect, False)


@pytest.mark.parametrize("text", [
    "The organisers held a press conference on Tuesday to present the programme.",
    "The fair is held at the Convention Centre, which has 12 halls.",
])
def test_pre_event_and_venue_groups(extract, text):
    """A press conference held to present the programme is before the event (pre-event-item);
    the halls a venue has are the venue's (other-host)."""
    assert [(s.label, s.count) for s in extract(HEAD + text).sessions] == []



@pytest.mark.parametrize(("text", "expect"), [
    ("Workshops will be held on export finance and customs rules.", [("workshop", None, ["export finance", "customs rules"])]),
    ("Workshops will be organized on smart homes and robotics.", [("workshop", None, ["smart homes", "robotics"])]),
])
def test_held_on_a_subject(extract, text, expect):
    """'held on X' gives the group's topics (rule held-on)..."""
    assert _session_topics(extract(HEAD + text)) == expect


def test_held_on_a_subject_not_when_or_where(extract):
    """... not a day, a date or a place ('held on the sidelines', 'on Monday', 'on the main stage')."""
    for text in ("Workshops will be held on the sidelines of the fair.", "Seminars will be held on Monday.",
                 "Concerts will be held on the main stage.", "Workshops will be held on the second day."):
        assert all(not s.topics for s in extract(HEAD + text).sessions), text
    assert _session_topics(extract(HEAD + "Workshops will be held on export finance.")) == [
        ("workshop", None, ["export finance"])]


#: a country's pavilion written as a title (rule country-pavilion); not a company's
PAVILIONS = [
    ("The German Pavilion features 40 companies.", [("german pavilion", None)]),
    ("Visitors flocked to the China Pavilion.", [("china pavilion", None)]),
    ("The Pavilion of Japan showcases robots.", [("pavilion of japan", None)]),
    ("The EU Pavilion presents 30 startups.", [("EU pavilion", None)]),
]


@pytest.mark.parametrize(("text", "expect"), PAVILIONS, ids=[f"pavilion-{i}" for i in range(len(PAVILIONS))])
def test_country_pavilion_titles(extract, text, expect):
    assert_sessions(extract, HEAD + text, expect, False)


@pytest.mark.parametrize(("text", "expect"), [
    ("Among the 40 side events are a youth forum and a hackathon.",
     [("side event", 40), ("youth forum", None), ("hackathon", None)]),
    ("Among the side events are a youth forum and a startup competition.",
     [("side event", None), ("youth forum", None), ("startup competition", None)]),
])
def test_among_the_group_are_members(extract, text, expect):
    """'Among the side events are A and B': the group and its members (group-includes)."""
    assert_sessions(extract, HEAD + text, expect, False)
