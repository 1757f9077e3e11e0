"""Roles recall (issue 10, class 3), on sentences of our own: list items that end in an
acronym in parentheses, lower-case organisers after a cue, and names in apposition."""


def roles(x):
    return {(r.role, r.agent) for r in x.roles}


def test_regression_acronym_in_parentheses_does_not_join_list_items(extract):
    """'the Ministry of Commerce and Export Promotion Bureau (EPB)': two bodies; the
    acronym after the second used to hide its organization word, so it was merged."""
    x = extract("The 2025 Amber Coast Trade Fair opened on Monday. The month-long fair is jointly organised by "
                "the Ministry of Commerce and Export Promotion Bureau (EPB).")
    assert roles(x) == {("organizer", "Ministry of Commerce"), ("organizer", "Export Promotion Bureau")}


def test_acronym_after_a_name_with_an_inner_and_keeps_it_whole(extract):
    x = extract("The 2025 Amber Coast Trade Fair opened on Monday. The fair is organised by the Department of "
                "Fisheries and Marine Resources (DFMR).")
    assert roles(x) == {("organizer", "Department of Fisheries and Marine Resources")}
