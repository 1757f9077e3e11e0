"""Roles probe, round 9: wire forms of host / organizer / sponsor / partner / guest of
honour ('acts as partner country', 'brought to you by', 'jointly hosted by', appositions,
line labels, relative clauses), and negatives (a reception, a past edition's host).
Sentences of our own. (The all-lowercase brands, known misses before round 14, are read now.)"""

import pytest

from kg.extract.common import agent_key

OPEN = "The 2025 Amber Food Fair opened in Nairobi on Monday. "

PROBES = [
    (OPEN + "Uganda acts as partner country of the fair.", [("guestOfHonor", "Uganda")]),
    (OPEN + "This year Uganda acts as the partner country.", [("guestOfHonor", "Uganda")]),
    (OPEN + "The fair is brought to you by Kelpwave Markets.", [("sponsor", "Kelpwave Markets")]),
    (OPEN + "The fair is jointly hosted by Kelpwave Markets and the Amber Chamber of Commerce.",
     [("host", "Kelpwave Markets"), ("host", "Amber Chamber of Commerce")]),
    (OPEN + "Kelpwave Markets, the organiser of the fair, said attendance rose.",
     [("organizer", "Kelpwave Markets")]),
    (OPEN + "Organiser: Kelpwave Markets.", [("organizer", "Kelpwave Markets")]),
    (OPEN + "The fair is held in collaboration with the Amber Chamber of Commerce.",
     [("partner", "Amber Chamber of Commerce")]),
    (OPEN + "Kelpwave Markets is the official partner of the fair.", [("partner", "Kelpwave Markets")]),
    (OPEN + "Kelpwave Markets, which organises the fair, said attendance rose.",
     [("organizer", "Kelpwave Markets")]),
    ("The 2025 Amber Food Fair, powered by kelpwave, opened in Nairobi on Monday.", [("sponsor", "kelpwave")]),
    (OPEN + "The fair is organized by techmarkt and the Amber Chamber of Commerce.",
     [("organizer", "techmarkt"), ("organizer", "Amber Chamber of Commerce")]),
]

# (round 14: the two all-lowercase brands once here as known misses are read now, see PROBES)
KNOWN_MISSES: list[tuple[str, list[tuple[str, str]]]] = []

def role_pairs(result) -> set[tuple[str, str]]:
    """The (role, agent key) pairs of an extraction result, as the probes compare them."""
    return {(r.role, agent_key(r.agent)) for r in result.roles}


def expected_pairs(expect) -> set[tuple[str, str]]:
    return {(role, agent_key(agent)) for role, agent in expect}


NEGATIVES = [
    OPEN + "Kelpwave Markets hosted a reception for exhibitors.",
    OPEN + "The 2023 edition was hosted by Kelpwave Markets.",
]


@pytest.mark.parametrize("text,expect", PROBES, ids=[f"probe9-{i}" for i in range(len(PROBES))])
def test_probe9(extract, text, expect):
    assert role_pairs(extract(text)) == expected_pairs(expect)


@pytest.mark.xfail(reason="all-lowercase brands are not read as agents", strict=True)
@pytest.mark.parametrize("text,expect", KNOWN_MISSES, ids=[f"miss9-{i}" for i in range(len(KNOWN_MISSES))])
def test_probe9_known_miss(extract, text, expect):
    assert role_pairs(extract(text)) == expected_pairs(expect)


@pytest.mark.parametrize("text", NEGATIVES, ids=[f"negative9-{i}" for i in range(len(NEGATIVES))])
def test_probe9_negative(extract, text):
    assert [(r.role, r.agent) for r in extract(text).roles] == []


def test_owner_possessive_keeps_of_phrase(extract):
    """Regression: "the X Chamber of Commerce's annual fair" gave 'X Chamber' (the 'of'
    phrase before the possessive was cut)."""
    got = role_pairs(extract(OPEN + "The Amber Chamber of Commerce's annual fair drew 3,000 visitors."))
    assert got == expected_pairs([("organizer", "Amber Chamber of Commerce")])
    got = role_pairs(extract(OPEN + "The Kelpwave Association's yearly show drew 3,000 visitors."))
    assert got == expected_pairs([("organizer", "Kelpwave Association")])
