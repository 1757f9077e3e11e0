"""Regression tests for topic defects (issue 10), one named for each; sentences of our own."""


def _topics(x) -> set[str]:
    return {t.topic.label for t in x.topics} | {t.label for s in x.sessions for t in s.topics}


def test_plain_theme_is_not_also_a_topic(extract):
    x = extract("This year the organizers broadened the theme of the 2025 Northfield Motor Show to "
                "mobility, inviting rail and drone makers.")
    assert x.events[0].theme == "mobility"
    assert "mobility" not in _topics(x)
