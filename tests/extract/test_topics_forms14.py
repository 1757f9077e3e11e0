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
