"""Forms 13: counts written with a multiplier word ('two dozen panels' = 24, 'a dozen
workshops' = 12, 'a score of forums' = 20; 'dozens of' / 'hundreds of' give no count) with
the programme noun as the label, never 'dozen panel' (rule dozen-count). Our own sentences,
each failing on main c669a2a."""

import pytest

from tests.extract.test_sessions_probe5 import assert_sessions

HEAD = "The 2026 Harbourside Trade Fair opened in Valletta on June 3. "

POSITIVES = [
    ("The fair hosted two dozen panels on port logistics.", [("panel", 24)]),
    ("The fair features a dozen workshops.", [("workshop", 12)]),
    ("A score of forums were held on the sidelines.", [("forum", 20)]),
    ("The festival staged a score of concerts.", [("concert", 20)]),
    ("The expo hosted three dozen forums and a score of workshops.", [("forum", 36), ("workshop", 20)]),
    ("The programme featured half a dozen roundtables and dozens of seminars.", [("roundtable", 6), ("seminar", None)]),
]


@pytest.mark.parametrize(("text", "expect"), POSITIVES, ids=[f"pos-{i}" for i in range(len(POSITIVES))])
def test_multiplier_counts(extract, text, expect):
    assert_sessions(extract, HEAD + text, expect, False)


def test_dozen_label_is_the_programme_noun(extract):
    labels = {s.label for s in extract(HEAD + "The fair hosted two dozen panels on shipping.").sessions}
    assert not any("dozen" in label for label in labels)


#: a count in brackets after the plural noun (rule bracket-count); not '(1)' of an enumeration, nor a year
BRACKETED = [
    ("The event featured sessions (45) on climate.", [("session", 45)]),
    ("Workshops (12) and seminars (8) complete the programme.", [("workshop", 12), ("seminar", 8)]),
    ("The programme featured technical sessions (45) on grid storage.", [("technical session", 45)]),
]


@pytest.mark.parametrize(("text", "expect"), BRACKETED, ids=[f"bracket-{i}" for i in range(len(BRACKETED))])
def test_bracket_counts(extract, text, expect):
    assert_sessions(extract, HEAD + text, expect, False)
