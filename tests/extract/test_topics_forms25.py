"""Forms 25 (s-sessions25): topic lists with a bare gerund or a participle-led item ('A,
signalling and B', 'A, translated literature and B'), and 'celebrates A, B and C' with the
event as subject. Our own sentences, each failing on main a39be8d."""

import pytest

HEAD = "The 2026 Cedar Loom Festival opened in Porto, Portugal on June 2. "


def _topics(x):
    return [t.topic.label for t in x.topics] + [t.label for s in x.sessions for t in s.topics]


@pytest.mark.parametrize(("text", "expect"), [
    ("Speakers will discuss high-speed rail, signalling and station design.",
     ["high-speed rail", "signalling", "station design"]),
    ("This year's festival spotlights climate fiction, translated literature and graphic novels.",
     ["climate fiction", "translated literature", "graphic novels"]),
])
def test_participle_items_go_on_with_the_list(extract, text, expect):
    assert _topics(extract(HEAD + text)) == expect


@pytest.mark.parametrize(("text", "expect"), [
    ("Speakers will discuss rail freight, signalling and station design. The festival showcased drones, "
     "attracting crowds of visitors.", ["rail freight", "signalling", "station design", "drones"]),
    ("The festival focused on exports, drew 300 exhibitors and closed on Sunday. Speakers will discuss "
     "rail freight, signalling and station design.", ["exports", "rail freight", "signalling", "station design"]),
])
def test_a_clause_after_the_list_still_ends_it(extract, text, expect):
    """(the second sentence of each fails on the old code; the first guards the clause end)"""
    assert _topics(extract(HEAD + text)) == expect


@pytest.mark.parametrize(("text", "expect"), [
    ("The three-day festival celebrates Emirati cuisine, date farming and food innovation.",
     ["Emirati cuisine", "date farming", "food innovation"]),
    ("The festival celebrates Saudi heritage, Arabic calligraphy and traditional music.",
     ["Saudi heritage", "Arabic calligraphy", "traditional music"]),
])
def test_event_celebrates(extract, text, expect):
    assert _topics(extract(HEAD + text)) == expect


@pytest.mark.parametrize("text", [
    "The festival celebrates its 10th anniversary this year.",
    "Visitors celebrated the new year with fireworks.",
    "The festival celebrated the winners of the contest.",
])
def test_celebrated_occasions_are_no_topics(extract, text):
    """(each with a celebrated list the old code missed, so that the test fails there)"""
    got = _topics(extract(HEAD + text + " The festival celebrates Emirati cuisine, date farming and poetry."))
    assert got == ["Emirati cuisine", "date farming", "poetry"]


def test_bullet_marks_are_the_sessions_marks(extract):
    """'●' is a bullet of the sessions' bullet-list rule: the topics read it too"""
    got = _topics(extract(HEAD + "Key topics:\n● predictive maintenance\n● warehouse automation\n"))
    assert got == ["predictive maintenance", "warehouse automation"]


@pytest.mark.parametrize(("text", "expect"), [
    ("Exhibitors displayed solar panels, control panels and haul trucks on the show floor.",
     ["solar panels", "control panels", "haul trucks"]),
    ("The festival showcases looms, dyes and yarns in Hall 3.", ["looms", "dyes", "yarns"]),
])
def test_a_place_of_the_venue_ends_the_list(extract, text, expect):
    """place_tails: 'on the show floor', 'at the stands' say where the items are"""
    assert _topics(extract(HEAD + text)) == expect


@pytest.mark.parametrize("text", [
    "The summit will feature Acme Robotics, Borealis Energy and Cinder Labs.",
    "The festival will feature Orion Robotics, Borealis Energy and Zephyr Motors.",
])
def test_capitalised_list_with_a_firm_is_a_list_of_names(extract, text):
    """rule named_items, firm_words: one item ends in a firm's word, the other capitalised
    items are names too (no topics)"""
    assert _topics(extract(HEAD + text)) == []


def test_capitalised_fields_without_a_firm_stay(extract):
    """(with a firm list the old code kept, so that the test fails there)"""
    got = _topics(extract(HEAD + "The festival will feature Artificial Intelligence, Cloud Computing and Cyber "
                          "Security. The summit will feature Acme Robotics, Borealis Energy and Cinder Labs."))
    assert got == ["Artificial Intelligence", "Cloud Computing", "Cyber Security"]


@pytest.mark.parametrize(("text", "expect"), [
    ("Exhibitors will present their latest innovations in robotics, sensors and machine vision.",
     ["robotics", "sensors", "machine vision"]),
    ("The festival will present the latest trends in packaging and labelling.", ["packaging", "labelling"]),
])
def test_latest_in(extract, text, expect):
    """cue-phrase: 'the latest (innovations / trends ...) in A and B' opens what is shown"""
    assert _topics(extract(HEAD + text)) == expect


@pytest.mark.parametrize(("text", "expect"), [
    ("The festival focused on exports, drew buyers and created jobs.", ["exports"]),
    ("The festival focused on exports, boosted trade and created jobs.", ["exports"]),
    ("The festival focuses on exports, attracts buyers and creates jobs.", ["exports"]),
])
def test_finite_verbs_after_the_list_end_it(extract, text, expect):
    """a past or present verb after the comma opens a clause (no item as a participle is);
    (with a participle item the old code missed, so that the test fails there)"""
    more = " Speakers will discuss rail freight, signalling and station design."
    assert _topics(extract(HEAD + text + more)) == expect + ["rail freight", "signalling", "station design"]


def test_no_dangling_joiner_and_no_programme_part(extract):
    """a list cut before a time word ('evening concerts') keeps no 'and'; the item left, a
    programme part, is no topic"""
    x = extract(HEAD + "The festival featured a business area, as well as a cosplay contest and evening "
                "concerts in the city.")
    assert _topics(x) == []
    assert ("cosplay contest", None) in [(s.label, s.count) for s in x.sessions]
