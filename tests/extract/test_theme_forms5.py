"""Theme (convention 13) on sentences of our own: an unquoted title-case theme the parser cuts
before a small word, and a theme read as a topic as well."""

import pytest

E = "The 2031 Granite Valley Tech Expo opened in Halifax on June 2. "


def _topics(x) -> set[str]:
    return {t.topic.label for t in x.topics} | {t.label for s in x.sessions for t in s.topics}


@pytest.mark.parametrize("text", [
    "The expo, held under the theme of Smart Cities for All, opened on Monday.",
    "This year's expo theme is Smart Cities for All.",
    "The theme of the expo is Smart Cities for All.",
    "The central theme of the expo is Smart Cities for All.",
    "The expo is held under the theme of Smart Cities for All and drew 300 exhibitors.",
])
def test_regression_unquoted_title_case_theme_runs_past_a_small_word(extract, text):
    """'under the theme of Smart Cities for All' gave 'Smart Cities' (the parser hangs
    'for All' on the verb)."""
    assert extract(E + text).events[0].theme == "Smart Cities for All"


@pytest.mark.parametrize("text,theme", [
    ("The theme of the expo is green growth for all.", "green growth for all"),
    ("Green growth is this year's theme for the expo.", "Green growth"),
])
def test_lower_case_themes_keep_their_parse(extract, text, theme):
    assert extract(E + text).events[0].theme == theme


@pytest.mark.parametrize("verb", ["revolves around", "focuses on"])
def test_regression_a_theme_after_a_topic_verb_is_no_topic(extract, verb):
    """'The expo focuses on the theme "X"' gave the topic 'theme "X' beside the theme."""
    x = extract(E + f"The expo {verb} the theme \"Smart Cities for All\".")
    assert x.events[0].theme == "Smart Cities for All"
    assert _topics(x) == set()


def test_theme_parks_stay_a_topic(extract):
    assert _topics(extract(E + "The expo showcases theme parks and water slides.")) == {"theme parks", "water slides"}


def test_regression_unquoted_theme_after_a_colon(extract):
    """'organized around the theme: Smart Cities for All' gave no theme (only a quoted one was read)."""
    x = extract(E + "The expo was organized around the theme: Smart Cities for All.")
    assert x.events[0].theme == "Smart Cities for All"


def test_regression_themed_on_a_quoted_theme(extract):
    """'themed on "X"' gave no theme ('themed on' took only an unquoted phrase)."""
    x = extract(E + "The expo, themed on \"Smart Cities for All\", drew 300 exhibitors.")
    assert x.events[0].theme == "Smart Cities for All"


@pytest.mark.parametrize("text", [
    "Themes: robotics, drones and farming.",
    "The expo's theme park: open daily from 9 am.",
])
def test_a_colon_after_no_theme_cue_gives_no_theme(extract, text):
    assert extract(E + text).events[0].theme is None
