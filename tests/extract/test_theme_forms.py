"""Theme forms (convention 13) on sentences of our own: any quote style or none."""

import pytest

CASES = [
    ("The 2031 Fjord Cider Fair opened on Monday under the theme “Apples for All”.", "Apples for All"),
    ("The 2031 Fjord Cider Fair opened on Monday under the theme Apples for All.", "Apples for All"),
    ("Themed ‘Apples for All’, the 2031 Fjord Cider Fair opened on Monday.", "Apples for All"),
    ("The 2031 Fjord Cider Fair, themed Apples for All, opened on Monday.", "Apples for All"),
    ("The 2031 Fjord Cider Fair opened on Monday. The fair is themed around orchard biodiversity.",
     "orchard biodiversity"),
    ("The 2031 Fjord Cider Fair opened on Monday. “Apples for All” is this year's theme.", "Apples for All"),
    ("The 2031 Fjord Cider Fair opened on Monday under the theme 'Apples for All: Orchards in 2040'.",
     "Apples for All: Orchards in 2040"),
]


@pytest.mark.parametrize("text,theme", CASES)
def test_theme_forms(extract, text, theme):
    assert extract(text).events[0].theme == theme


def test_theme_cut_at_a_colon_by_the_parser_is_read_whole(extract):
    x = extract("The 2031 Fjord Cider Fair opened on Monday under the theme 'Apples for All: Orchards in 2040'.")
    assert x.events[0].theme == "Apples for All: Orchards in 2040"


def test_theme_park_and_other_trees_give_no_theme(extract):
    assert extract("The 2031 Fjord Cider Fair opened on Monday under the trees of the Old Town.").events[0].theme is None
