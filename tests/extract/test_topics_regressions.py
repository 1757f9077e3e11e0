"""Regression tests for topic defects (issue 10), one named for each; sentences of our own."""


def _topics(x) -> set[str]:
    return {t.topic.label for t in x.topics} | {t.label for s in x.sessions for t in s.topics}


def test_plain_theme_is_not_also_a_topic(extract):
    x = extract("This year the organizers broadened the theme of the 2025 Northfield Motor Show to "
                "mobility, inviting rail and drone makers.")
    assert x.events[0].theme == "mobility"
    assert "mobility" not in _topics(x)


def test_counted_session_items_keep_only_their_subject(extract):
    x = extract("The 2025 Ridgeway Medical Symposium opened on Monday. Several scientific sessions were held "
                "on the first day. The sessions included two cardiology, "
                "one session of dermatology, one Orthopaedics and a session of Sports Medicine.")
    got = _topics(x)
    assert {"cardiology", "dermatology", "Orthopaedics", "Sports Medicine"} <= got
    assert not any(t.lower().startswith(("one ", "two ", "session")) for t in got), got


def test_counted_leads_rule_examples_and_negatives():
    from kg.extract.topics import _DATA, _strip_lead

    rule = _DATA["counted_leads"]
    for text, expect in rule["examples"]:
        assert _strip_lead(text) == expect
    for text in rule["negatives"]:
        assert _strip_lead(text) == text


def test_and_others_closing_a_list_is_no_topic():
    from kg.extract.topics import topics_from_text

    assert topics_from_text(" hydrology, geology and others will follow.") == ["hydrology", "geology"]


def test_a_person_shown_at_a_venue_is_no_topic(extract):
    x = extract("The 2025 Harbourside Art Fair opens on Friday. Notable exhibitions include Maria Olsen at the "
                "Riverside Gallery; Tom Becker at the Old Mill.")
    assert not any("Olsen" in t or "Becker" in t for t in _topics(x)), _topics(x)
