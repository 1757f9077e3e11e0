"""Forms 14: 'The focus of the expo will be A and B': the complement of 'be' after a focus
subject with 'of' the event lists topics (rule topic-subject-be, focus_subjects); 'focus
areas' / 'priority areas' are subjects the event covers, as 'areas of focus' are, not a
programme part (subject_areas). Our own sentences, each failing on main 1522aa0."""

import pytest

HEAD = "The 2026 Harbourside Trade Fair opened in Valletta on June 3. "


def _topics(x):
    return [t.topic.label for t in x.topics] + [t.label for s in x.sessions for t in s.topics]


@pytest.mark.parametrize(("text", "expect"), [
    ("The focus of the fair will be smart manufacturing.", ["smart manufacturing"]),
    ("The main focus of this year's fair is smart manufacturing and robotics.", ["smart manufacturing", "robotics"]),
])
def test_focus_of_the_event_is(extract, text, expect):
    assert _topics(extract(HEAD + text)) == expect


@pytest.mark.parametrize("text", [
    "The fair's focus areas include hydrogen, batteries and grid storage.",
    "Priority areas include hydrogen, batteries and grid storage.",
])
def test_focus_areas_are_subjects(extract, text):
    x = extract(HEAD + text)
    assert x.sessions == []
    assert [t.topic.label for t in x.topics] == ["hydrogen", "batteries", "grid storage"]


@pytest.mark.parametrize(("text", "expect"), [
    ("At the fair, exhibitors will display solar panels, heat pumps and batteries.",
     ["solar panels", "heat pumps", "batteries"]),
    ("The exhibits ranged from solar panels and heat pumps to electric scooters.",
     ["solar panels", "heat pumps", "electric scooters"]),
])
def test_product_panels_are_topics(extract, text, expect):
    """'solar panels' names a product (counted-group product_modifiers), no session group: a
    topic like the other items."""
    assert _topics(extract(HEAD + text)) == expect


@pytest.mark.parametrize(("text", "expect"), [
    ("Renewable energy and e-mobility will be discussed at the fair.", ["Renewable energy", "e-mobility"]),
    ("E-mobility and green hydrogen will be discussed at the fair.", ["E-mobility", "green hydrogen"]),
])
def test_passive_subject_with_a_split_hyphenated_word(extract, text, expect):
    """The parser splits 'e-mobility' and makes 'mobility' a second passive subject: the
    subject list runs to it (rule passive-subject)."""
    assert _topics(extract(HEAD + text)) == expect


@pytest.mark.parametrize(("text", "expect"), [
    ("The exhibition is dedicated to the themes of renewable energy and e-mobility.", ["renewable energy", "e-mobility"]),
    ("The fair will address the topics of port automation and cold chains.", ["port automation", "cold chains"]),
])
def test_the_topics_of_a_and_b(extract, text, expect):
    """'the themes of A and B': the topic noun naming the list is no item; the list is split."""
    assert _topics(extract(HEAD + text)) == expect


@pytest.mark.parametrize("text", [
    "The products on show range from solar panels to electric scooters.",
    "Products on display at the fair range from solar panels to electric scooters.",
])
def test_products_on_show_range_from(extract, text):
    """'The products on show range from A to B' (cue-phrase, cues_any_sentence)."""
    assert _topics(extract(HEAD + text)) == ["solar panels", "electric scooters"]


@pytest.mark.parametrize("text", [
    "The minister highlighted the importance of the fair for the economy.",
    "The minister stressed the importance of the fair for regional trade.",
    "The organisers thanked the city for hosting the fair for the third time.",
])
def test_fair_for_whom_or_how_often_is_no_topic(extract, text):
    """'the fair for X' names what the fair is for only where 'for' is the fair's: not 'the
    importance of the fair for X' (whom it serves), nor 'for the third time'."""
    assert _topics(extract(HEAD + text)) == []


@pytest.mark.parametrize("text", [
    "The first edition of the fair for furniture and interior design opened in March.",
    "Visitors to the fair for furniture and interior design can buy tickets online.",
])
def test_fair_for_list_ends_at_the_clause_verb(extract, text):
    assert _topics(extract(HEAD + text)) == ["furniture", "interior design"]


@pytest.mark.parametrize("text", [
    "Sustainability and digitalisation are key themes of the fair.",
    "Sustainability and digitalisation were major topics at the fair.",
])
def test_plural_focus_attribute_without_article(extract, text):
    """'A and B are key themes of the fair': a plural focus attribute with 'of'/'at' the event
    needs no article (topic-subject-be, focus_attributes)."""
    assert _topics(extract(HEAD + text)) == ["Sustainability", "digitalisation"]
