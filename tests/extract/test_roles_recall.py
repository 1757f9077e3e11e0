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


def test_regression_lower_case_organisers_are_agents(extract):
    """A body named in lower case right after a cue ('the commerce ministry') used to be
    dropped for having no capital letter."""
    x = extract("The 2025 Amber Coast Trade Fair opened on Monday. The fair is organized by the culture ministry, "
                "with support from the city council.")
    assert roles(x) == {("organizer", "culture ministry"), ("supporter", "city council")}


def test_lower_case_body_as_a_list_item(extract):
    x = extract("The 2025 Amber Coast Trade Fair opened on Monday. The month-long fair is being organised by the "
                "Export Promotion Bureau (EPB) and the commerce ministry.")
    assert roles(x) == {("organizer", "Export Promotion Bureau"), ("organizer", "commerce ministry")}


def test_lower_case_place_adjective_before_a_name_is_kept(extract):
    x = extract("The 2025 Amber Coast Trade Fair opened on Monday. The fair is held in coordination with the "
                "municipal Department of Industry and Trade.")
    assert roles(x) == {("partner", "municipal Department of Industry and Trade")}


def test_lower_case_words_that_name_no_one_stay_out(extract):
    for text in ("The fair is hosted by the government.", "The fair is supported by local businesses and volunteers.",
                 "The closing session will be hosted by city officials."):
        x = extract("The 2025 Amber Coast Trade Fair opened on Monday. " + text)
        assert roles(x) == set(), text


def test_regression_guest_of_honour_in_apposition_with_a_determiner(extract):
    x = extract("The 2025 Danube Book Fair opened on Monday. The guest of honour, the Sultanate of Oman, "
                "brought 90 authors.")
    assert roles(x) == {("guestOfHonor", "Sultanate of Oman")}


def test_regression_role_noun_of_the_event_then_names_in_apposition(extract):
    """'The organizers of the fair, A and B, ...': the names after the event phrase."""
    x = extract("The 2025 Amber Coast Trade Fair opened on Monday. The organizers of the fair, the Amber Traders "
                "Union and Tidewater Media, expect 9,000 visitors.")
    assert roles(x) == {("organizer", "Amber Traders Union"), ("organizer", "Tidewater Media")}


def test_role_noun_of_the_event_then_a_clause_names_no_one(extract):
    x = extract("The 2025 Amber Coast Trade Fair opened on Monday. The organisers of the fair, who expect "
                "9,000 visitors, are pleased.")
    assert roles(x) == set()


def test_regression_coordinated_guests_before_as_are_all_guests(extract):
    x = extract("The 2025 Danube Book Fair opened on Monday, with Portugal and Brazil as guest countries.")
    assert roles(x) == {("guestOfHonor", "Portugal"), ("guestOfHonor", "Brazil")}


def test_sponsorship_and_cooperation_phrases(extract):
    x = extract("The 2025 Amber Coast Trade Fair opened on Monday. The fair was hosted by Amber University, with "
                "sponsorship from Kelpwave Bank.")
    assert roles(x) == {("host", "Amber University"), ("sponsor", "Kelpwave Bank")}
    x = extract("The 2025 Amber Coast Trade Fair is held under the sponsorship of the Ministry of Trade.")
    assert roles(x) == {("sponsor", "Ministry of Trade")}


def test_funding_phrase_without_an_event_gives_no_role(extract):
    assert roles(extract("With funding from her parents, the young designer opened a shop.")) == set()


def test_regression_name_before_a_determined_role_noun_in_apposition(extract):
    """'According to A, the organiser of the show, ...': the parse makes the role noun a
    subject, not A's apposition; the surface order still names A."""
    x = extract("The 2025 Amber Coast Trade Fair opened on Monday. According to Amber Fairs, the organiser of "
                "the show, 9,000 visitors came.")
    assert roles(x) == {("organizer", "Amber Fairs")}


def test_regression_spokesperson_of_the_organiser_is_not_the_organiser(extract):
    x = extract("The 2025 Amber Coast Trade Fair opened on Monday. John Smith of Amber Fairs, the organiser of "
                "the fair, said sales were strong.")
    assert roles(x) == {("organizer", "Amber Fairs")}


def test_parenthetical_said_is_no_apposition(extract):
    x = extract("The 2025 Amber Coast Trade Fair opened on Monday. Visitors from Amberton, the organisers said, "
                "were many.")
    assert roles(x) == set()
