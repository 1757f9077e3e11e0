"""Topic lists (convention 11) on sentences of our own: shared heads, generic leads, words
that are no subject; one regression test for each defect fixed."""

import pytest

from kg.extract.rules import load_rules

E = "The 2031 Granite Valley Tech Expo opened in Halifax on June 2. "
SHARED = load_rules("topics")["shared_head"]


def _topics(x) -> set[str]:
    return {t.topic.label for t in x.topics} | {t.label for s in x.sessions for t in s.topics}


@pytest.mark.parametrize("text,expect", SHARED["examples"] + SHARED["negatives"])
def test_shared_head_rule(extract, text, expect):
    """rule shared_head: coordinated adjectives before one noun are one item as written."""
    assert _topics(extract(E + text)) == set(expect)


def test_regression_coordinated_nationalities_keep_their_shared_noun(extract):
    """'Chinese, Japanese and Korean cinema' gave only 'Korean cinema' (the bare adjectives,
    tagged as nationalities, were dropped)."""
    assert _topics(extract(E + "The expo showcases Chinese, Japanese and Korean cinema.")) == {
        "Chinese, Japanese and Korean cinema"}


def test_regression_coordinated_adjectives_are_no_item_alone(extract):
    """'public and private investment' gave the bare adjective 'public' as an item."""
    got = _topics(extract(E + "The expo highlights public and private investment."))
    assert got == {"public and private investment"}


def test_shared_head_on_one_side_of_a_range(extract):
    got = _topics(extract(E + "Exhibits range from small and medium-sized boats to large yachts."))
    assert got == {"small and medium-sized boats", "large yachts"}
