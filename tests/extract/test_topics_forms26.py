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
