"""Tenth batch of round-21 probe releases (our own text): theme quote styles and places."""
from releases import rel

def _t(k, sent, theme):
    return (f"t10_{k}", rel("Kelp forum", "2026-04-20", sent), {"theme": theme})

RELEASES = [
    _t("german_quotes", "The Rhine Kelp Forum opens in Bonn on 5 May under the theme „Blue Growth Now“.", "Blue Growth Now"),
    _t("single_curly", "The Rhine Kelp Forum, held under the theme ‘Blue Growth Now’, opens in Bonn on 5 May.", "Blue Growth Now"),
    _t("double_straight_is_theme", 'The Rhine Kelp Forum opens in Bonn on 5 May. "Blue Growth Now" is the theme.', "Blue Growth Now"),
    _t("this_years_theme_colon_unquoted", "The Rhine Kelp Forum opens in Bonn on 5 May. This year's theme: Blue Growth Now.", "Blue Growth Now"),
    _t("themed_around_quoted", "The Rhine Kelp Forum, themed around “Blue Growth Now”, opens in Bonn on 5 May.", "Blue Growth Now"),
    _t("with_theme_unquoted_cap", "The Rhine Kelp Forum opens in Bonn on 5 May with the theme Blue Growth Now.", "Blue Growth Now"),
    _t("under_the_theme_of_quoted", "The Rhine Kelp Forum opens in Bonn on 5 May under the theme of 'Blue Growth Now'.", "Blue Growth Now"),
    _t("themed_lower_quoted", "The Rhine Kelp Forum opens in Bonn on 5 May, themed 'blue growth now'.", "blue growth now"),
]
