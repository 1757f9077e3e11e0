"""Forms 13: one record per topic of an event. A topic that a session of the same sentence
carries is not put on the event a second time (the event's topics are the union of its own
and its sessions', convention 11). Our own sentences, each failing on main c669a2a."""

import pytest

HEAD = "The 2026 Harbourside Trade Fair opened in Valletta on June 3. "

CASES = [
    "The fair covered shipping, and twelve seminars discussed shipping.",
    "The fair covered port logistics, while four panels discussed port logistics.",
]


@pytest.mark.parametrize("text", CASES, ids=[f"case-{i}" for i in range(len(CASES))])
def test_topic_once_per_event(extract, text):
    x = extract(HEAD + text)
    labels = [t.topic.label.lower() for t in x.topics] + [t.label.lower() for s in x.sessions for t in s.topics]
    assert labels, "the topic is found"
    assert len(labels) == len(set(labels)), labels


def test_participle_on_subject_tagged_adjective(extract):
    """'The fair, covering A, B and C, opens': the participle's noun ('fair') tagged an
    adjective is still its subject, the event."""
    x = extract(HEAD + "The fair, covering robotics, drones and 3D printing, opens today.")
    assert {t.topic.label for t in x.topics} == {"robotics", "drones", "3D printing"}


@pytest.mark.parametrize("text", [
    "The event highlighted the need to cut emissions.",
    "The forum will discuss the urgent need to protect coral reefs.",
])
def test_a_stated_need_is_no_topic(extract, text):
    """A goal voiced ('the need to cut emissions') is no topic (convention 11)."""
    assert [t.topic.label for t in extract(HEAD + text).topics] == []
