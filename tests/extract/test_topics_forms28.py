"""Topics forms 28 (s-sessions28): topics in forms of the probe releases of tests/extract/
probes28s. Our own sentences, each failing on main eecf00c."""

import pytest

HEAD = "The 2026 Cedar Loom Fair opened in Porto, Portugal on June 2. "


def _topics(x):
    return [t.topic.label for t in x.topics] + [t.label for s in x.sessions for t in s.topics]


@pytest.mark.parametrize(("text", "expect"), [
    ("Key discussion points include cross-border e-commerce, digital payments and port logistics.",
     ["cross-border e-commerce", "digital payments", "port logistics"]),
    ("Agenda items include workforce analytics, pay transparency and hybrid work.",
     ["workforce analytics", "pay transparency", "hybrid work"]),
    ("Talking points at the fair include soil carbon and crop insurance.", ["soil carbon", "crop insurance"]),
    ("Key discussion points are port automation and customs digitization.",
     ["port automation", "customs digitization"]),
])
def test_compound_topic_nouns(extract, text, expect):
    """rule topic-subject-include compound_heads: 'discussion points', 'agenda items' list topics"""
    assert _topics(extract(HEAD + text)) == expect


@pytest.mark.parametrize("text", [
    "Items include a tote bag and a water bottle.",
    "Selling points include free parking and late opening.",
    "The main selling points are free parking and late opening.",
])
def test_points_and_items_without_a_topic_modifier(extract, text):
    """'points' / 'items' alone, or with another modifier, name no topics"""
    assert _topics(extract(HEAD + text)) == []


def test_session_subject_before_its_group(extract):
    """'Expert talks will delve into A' before '60 expert talks' is named: the group took no
    topics, so the sentence's topics are read (rule verb-object)"""
    x = extract(HEAD + "Expert talks will delve into predictive maintenance, collaborative robots and machine "
                "vision. The programme comprises 60 expert talks and guided tours.")
    assert sorted(_topics(x)) == ["collaborative robots", "machine vision", "predictive maintenance"]
