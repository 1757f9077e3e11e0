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


@pytest.mark.parametrize(("text", "expect"), [
    ("The fair will zero in on last-mile delivery, cold-chain storage and customs digitalisation.",
     ["last-mile delivery", "cold-chain storage", "customs digitalisation"]),
    ("The deliberations will revolve around drug pricing, API manufacturing and clinical trials, an official said.",
     ["drug pricing", "API manufacturing", "clinical trials"]),
])
def test_more_topic_verbs_and_subjects(extract, text, expect):
    """rule verb-object: 'zero in on'; 'the deliberations' as the subject of a topic verb"""
    assert _topics(extract(HEAD + text)) == expect


def test_dateline_parsed_as_a_second_subject(extract):
    """'NAIROBI, Kenya - The X Show will spotlight A': the subject nearest the verb is its subject"""
    x = extract("NAIROBI, Kenya - The 2026 Thornveld Agri Show will spotlight climate-smart agriculture, "
                "agro-processing and irrigation when it opens at the Msasa Grounds in Nairobi on 15 September 2026.\n")
    assert _topics(x) == ["climate-smart agriculture", "agro-processing", "irrigation"]


def test_gerund_item_parsed_a_complement(extract):
    """rule topic-subject-be: 'Key focus areas are wind repowering and B' ('repowering' a complement)"""
    assert _topics(extract(HEAD + "Key focus areas are wind repowering and grid storage.")) == \
        ["wind repowering", "grid storage"]


def test_a_keynote_series_is_no_highlighted_topic(extract):
    """topic-subject-include highlight_programme_heads: 'a CEO keynote series' is a programme part"""
    assert _topics(extract(HEAD + "Highlights will include a CEO keynote series, hands-on workshops and an "
                           "innovation awards ceremony.")) == []


def test_besides_ends_a_topic_list(extract):
    """', besides ...' / ', in addition to ...' ends a topic list"""
    x = extract(HEAD + "The fair will include three sub-forums on eco-tourism, dive tourism and community "
                "homestays, besides cultural performances every evening.")
    assert sorted(_topics(x)) == ["community homestays", "dive tourism", "eco-tourism"]


def test_another_years_edition_has_no_topics_here(extract):
    """'The 2025 edition featured A' in a release on the 2026 event: another edition's (convention 6)"""
    x = extract("DUBAI: The Desert Rose Beauty Expo 2026 opens on Monday. The 2025 edition featured 40 workshops "
                "and a fashion show.\n")
    assert _topics(x) == [] and [s.label for s in x.sessions] == []
    x = extract("DUBAI: The Desert Rose Beauty Expo 2026 opens on Monday. The 2026 edition features perfume design "
                "and halal cosmetics.\n")
    assert _topics(x) == ["perfume design", "halal cosmetics"]


@pytest.mark.parametrize("text", [
    "The show features livestock judging, tractor demonstrations and farmer training sessions.",
    "The week will feature daily air shows, more than 1,000 forums and workshops, and a night air show.",
])
def test_odd_item_of_a_programme_list_is_no_topic(extract, text):
    """rule verb-object part_lists: one item left over in a list of programme parts is a part too"""
    assert _topics(extract(HEAD + text)) == []


def test_odd_item_rule_keeps_the_sessions_topics(extract):
    x = extract(HEAD + "The show features livestock judging, tractor demonstrations and farmer training sessions "
                "on dairy farming, poultry and soil fertility.")
    assert sorted(_topics(x)) == ["dairy farming", "poultry", "soil fertility"]
