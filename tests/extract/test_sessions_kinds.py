"""Regression tests: counted kinds sharing one programme noun (rule shared-head).

Sentences are our own."""


def _groups(x):
    return {(s.label, s.count) for s in x.sessions}


BASE = "The 2025 Harbour Trade Fair opened in Lagos on May 12. "


def test_counted_kinds_before_one_noun_are_groups_each(extract):
    got = _groups(extract(BASE + "The fair featured 3 plenary and 12 parallel sessions."))
    assert got == {("plenary session", 3), ("parallel session", 12)}


def test_the_nearest_count_is_the_nouns_own(extract):
    got = _groups(extract(BASE + "The programme featured two plenary sessions, four technical and three poster sessions."))
    assert got == {("plenary session", 2), ("technical session", 4), ("poster session", 3)}


def test_kinds_of_a_subject_group_with_the_noun_elided(extract):
    x = extract(BASE + "Several scientific sessions were held. The sessions included two cardiology, three oncology, "
                "one session of Dermatology and a session of Public Health.")
    got = {(s.label, s.count): [t.label for t in s.topics] for s in x.sessions}
    assert got[("cardiology session", 2)] == ["cardiology"]
    assert got[("oncology session", 3)] == ["oncology"]
    assert got[("Dermatology session", 1)] == ["Dermatology"]
    assert got[("Public Health session", 1)] == ["Public Health"]
    # the list is the kinds, not topics of the first group
    assert [t.label for t in next(s for s in x.sessions if s.label == "scientific session").topics] == []


def test_counted_kinds_are_no_statistics(extract):
    x = extract(BASE + "The sessions included two cardiology and three oncology sessions.")
    assert not [s for s in x.statistics if s.value in (2, 3)]


def test_kinds_of_people_are_no_sessions(extract):
    assert extract(BASE + "The visitors included three ministers, two governors and a mayor.").sessions == []


def test_adjective_kinds_take_no_topic(extract):
    x = extract(BASE + "The forums comprised four regional and two international ones.")
    assert {(s.label, s.count) for s in x.sessions} == {("regional forum", 4), ("international forum", 2)}
    assert all(not s.topics for s in x.sessions)
