"""Forms 24 (q-topics24): a topic heading closing its line ('Key topics:') followed by bullet
lines lists one topic a bullet (rule cue-phrase, the bullet block). Our own sentences, each
failing on main aaf6269."""

import pytest

HEAD = "The 2026 Cedar Loom Fair opened in Porto, Portugal on June 2. "


def _topics(x):
    return [t.topic.label for t in x.topics] + [t.label for s in x.sessions for t in s.topics]


@pytest.mark.parametrize(("text", "expect"), [
    ("Key topics:\n- predictive maintenance\n- warehouse automation\n- fleet electrification\n",
     ["predictive maintenance", "warehouse automation", "fleet electrification"]),
    ("Themes:\n• ocean data\n• port automation\n\nTickets go on sale in May.", ["ocean data", "port automation"]),
    ("Main themes:\n\n* ocean data\n* port automation\nThe fair is run by a trade body.", ["ocean data", "port automation"]),
])
def test_topic_heading_then_bullets(extract, text, expect):
    assert _topics(extract(HEAD + text)) == expect


@pytest.mark.parametrize(("text", "expect"), [
    ("The expo showcases products from sectors like furniture, lighting and home decor.",
     ["furniture", "lighting", "home decor"]),
    ("Exhibitors will display machinery like lathes and milling machines.", ["lathes", "milling machines"]),
])
def test_generic_noun_like_examples(extract, text, expect):
    """'products from sectors like A, B and C': 'like' opens the examples as 'such as' does;
    the generic words before it are no item."""
    assert _topics(extract(HEAD + text)) == expect


@pytest.mark.parametrize(("text", "expect"), [
    ("Sustainability is a key focus of this year's show.", ["Sustainability"]),
    ("Cold chains are a priority at the fair.", ["Cold chains"]),
    ("Hydrogen will be in focus at the fair.", ["Hydrogen"]),
    ("Recycling and repair were in the spotlight at the fair.", ["Recycling", "repair"]),
])
def test_a_focus_of_and_in_focus(extract, text, expect):
    """'A is a key focus of the show' (rule topic-subject-be, indefinite_focus_attributes) and
    'A will be in focus at the fair' (rule cue-phrase, in_focus): the subject lists topics."""
    assert _topics(extract(HEAD + text)) == expect



@pytest.mark.parametrize(("text", "expect"), [
    ("The expo will highlight the country's potential in renewable energy.", ["renewable energy"]),
])
def test_potential_in_x(extract, text, expect):
    """'the country's potential in X', 'expertise in X': the generic word of strength and its
    link are no part of the topic (rule generic_lead)."""
    assert _topics(extract(HEAD + text)) == expect


@pytest.mark.parametrize(("text", "expect"), [
    ("The agenda spans three days and covers everything from carbon capture to hydrogen.",
     ["carbon capture", "hydrogen"]),
])
def test_a_joined_verb_ends_the_object(extract, text, expect):
    """'spans three days and covers A': the second verb opens a clause of its own; its words
    are no item of the first verb's list."""
    assert _topics(extract(HEAD + text)) == expect


@pytest.mark.parametrize(("text", "expect"), [
    ("The fair features a dedicated zone for electric vehicles and charging infrastructure.",
     ["electric vehicles", "charging infrastructure"]),
])
def test_a_zone_for_x(extract, text, expect):
    """'a dedicated zone for A and B': the floor word is no part of the topic (rule area_lead),
    and the object's 'and' before a gerund the parser hangs on the verb goes on with the list."""
    assert _topics(extract(HEAD + text)) == expect


@pytest.mark.parametrize(("text", "expect"), [
    ("Topics include:\n\n1. Water security\n2. Urban resilience\n", ["Water security", "Urban resilience"]),
    ("Key topics:\n1) water security\n2) urban resilience\n", ["water security", "urban resilience"]),
])
def test_numbered_lines(extract, text, expect):
    """A numbered list ('1. A', '2) B') after a topic heading or 'include:' is read as a bullet list."""
    assert _topics(extract(HEAD + text)) == expect
