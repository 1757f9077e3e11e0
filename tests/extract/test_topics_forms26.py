"""Topics forms 26 (s-sessions26): topics in forms of the probe releases of tests/extract/
probes26s. Our own sentences, each failing on main c5fcf25."""

import pytest

HEAD = "The 2026 Cedar Loom Fair opened in Porto, Portugal on June 2. "


def _topics(x):
    return [t.topic.label for t in x.topics] + [t.label for s in x.sessions for t in s.topics]


@pytest.mark.parametrize(("text", "expect"), [
    ("The fair will host 20 panels, where themes such as soil health and seed banks will be discussed, "
     "organisers said.", ["soil health", "seed banks"]),
    ("The fair will feature 12 workshops covering drone mapping and crop insurance, the chamber announced.",
     ["drone mapping", "crop insurance"]),
])
def test_reporting_clause_ends_the_list(extract, text, expect):
    """a reporting clause after a topic list (', organisers said') is no topic"""
    assert sorted(_topics(extract(HEAD + text))) == sorted(expect)


@pytest.mark.parametrize(("text", "expect"), [
    ("The fair features 15 parallel sessions under the pillars of solid-state batteries, recycling and "
     "grid storage.", ["solid-state batteries", "recycling", "grid storage"]),
    ("The fair hosts 8 panels under the themes of water reuse and leak detection.", ["water reuse", "leak detection"]),
])
def test_group_topics_under_pillars(extract, text, expect):
    """rule topic-item 'under': a group's topics after 'under the pillars of'"""
    assert sorted(_topics(extract(HEAD + text))) == sorted(expect)



def test_under_the_theme_of_is_no_topic(extract):
    """plural headings only: 'under the theme of X' names the theme (convention 13), no topic"""
    x = extract(HEAD + "The fair hosts 8 panels under the themes of water reuse and leak detection. "
                "Its 4 workshops run under the theme of Water for All.")
    assert sorted(_topics(x)) == ["leak detection", "water reuse"]


@pytest.mark.parametrize(("text", "expect"), [
    ("Exhibits span digital printing, wide-format and labels.", ["digital printing", "wide-format", "labels"]),
    ("Content spans cloud infrastructure, AI agents and cybersecurity.",
     ["cloud infrastructure", "AI agents", "cybersecurity"]),
])
def test_exhibits_span(extract, text, expect):
    """rule cue-phrase: 'Exhibits span A, B and C' read off the text ('span' tagged a noun)"""
    assert sorted(_topics(extract(HEAD + text))) == sorted(expect)


def test_item_opening_with_a_part_is_no_topic(extract):
    """'a conference program spanning A and B': the item that opens with a part is no topic"""
    x = extract(HEAD + "The fair will feature a conference program spanning service robots and machine vision, "
                "as well as a student competition.")
    assert sorted(_topics(x)) == ["machine vision", "service robots"]


@pytest.mark.parametrize(("text", "expect"), [
    ("With a focus on offshore wind, the fair gathers 300 exhibitors.", ["offshore wind"]),
    ("The fair will focus on likelihood modelling and risk pricing.", ["likelihood modelling", "risk pricing"]),
])
def test_list_lead_takes_whole_words_only(extract, text, expect):
    """the list's lead words ('of', 'like') are whole words: not the 'of' of 'offshore'"""
    assert sorted(_topics(extract(HEAD + text))) == sorted(expect)


def test_a_wh_clause_is_no_topic(extract):
    """not_topics_starting 'how' / 'why' / 'whether': a clause, no noun phrase"""
    x = extract(HEAD + "The fair explores how artificial intelligence is changing healthcare.")
    assert _topics(x) == []
