"""Regressions found when the fifth round's branches met (sessions x statistics)."""

from datetime import date

LEAD = "The 2026 Cedar Loom Fair opened in Porto, Portugal on June 2. "


def _sessions(x):
    return sorted((s.label, s.count) for s in x.sessions)


def test_regression_a_count_of_villages_with_no_modifier_is_no_session(extract):
    """'village' became a programme noun with a modifier ('a startup village'); the counted
    group took '12 villages' in 'the population of 12 villages' for sessions, and the
    statistic was lost (test_regression_a_population_of_a_bare_number_counts_people)."""
    x = extract(LEAD + "The population of 12 villages grew.", published=date(2026, 6, 3))
    assert _sessions(x) == []
    assert [s.unit for s in x.statistics if s.value == 12] == ["village"]


def test_modified_villages_are_still_sessions(extract):
    x = extract(LEAD + "The fair features two startup villages and a children's corner.", published=date(2026, 6, 3))
    assert ("startup village", 2) in _sessions(x)
