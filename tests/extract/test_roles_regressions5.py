"""Regression tests for the role defects fixed in round 5 (issue 10 class 3), one per
defect, on sentences of our own."""

FAIR = "The 2025 Amber Coast Trade Fair opened on Monday. "


def roles(x):
    return {(r.role, r.agent) for r in x.roles}


def test_regression_future_guest_of_honour_is_not_this_editions(extract):
    """'A will be guest of honour in 2026' (a later edition) used to make A the guest of
    honour of this, the 2025, edition; so did 'next year' and 'the 2026 edition'."""
    for sentence in ("Portugal will be guest of honour in 2026.",
                     "Next year, Portugal will be the partner country.",
                     "Portugal will be the guest of honour at the 2026 edition.",
                     "Spain was guest of honour in 2019."):
        assert roles(extract(FAIR + sentence)) == set(), sentence
    # this edition's year, or no year, still counts
    assert roles(extract(FAIR + "The guest of honour in 2025 is Spain.")) == {("guestOfHonor", "Spain")}
    assert roles(extract("The 2025 Amber Coast Trade Fair, held since 1990, welcomed Spain as guest of honour.")) \
        == {("guestOfHonor", "Spain")}


def test_regression_welcomed_as_guest_gives_the_object_not_the_event(extract):
    """'The fair welcomed Spain as guest of honour', 'The Xth fair opened, with Kazakhstan as
    partner country' used to give the event itself as its guest of honour."""
    assert roles(extract("The 2025 Amber Coast Trade Fair, held since 1990, welcomed Spain as guest of honour.")) \
        == {("guestOfHonor", "Spain")}
    assert roles(extract("The 70th Amber Technical Fair opened in Plovdiv on Monday, with Kazakhstan as partner "
                         "country.")) == {("guestOfHonor", "Kazakhstan")}


def test_regression_co_host_in_the_active_voice(extract):
    """'A and B co-host <event>': the parse hangs the subject on 'co' and makes '-' the
    verb's subject, so no host was found."""
    x = extract("The Ministry of Trade and the Amber Chamber of Commerce co-host the 2025 Amber Coast Trade Fair.")
    assert roles(x) == {("host", "Ministry of Trade"), ("host", "Amber Chamber of Commerce")}


def test_regression_government_after_an_acronym_keeps_the_list(extract):
    """'co-organized by the X Region (XR) government and the Y Council (YC)': the list used
    to stop at ')' before 'government', losing the second co-organizer."""
    x = extract("The 18th Amber Financial Forum opened on Monday. The two-day forum, co-organized by the ASAR "
                "government and the Amber Trade Development Council (ATDC), has 3,600 participants.")
    assert roles(x) == {("coOrganizer", "ASAR government"), ("coOrganizer", "Amber Trade Development Council")}


def test_regression_a_persons_title_is_not_part_of_the_name(extract):
    """'under the patronage of His Highness Sheikh A, Vice President of B' used to give one
    agent 'Sheikh A, Vice President of B'."""
    x = extract("The 2025 Amber Health Exhibition opened in Dubai on Monday under the patronage of His Highness "
                "Sheikh Rashid bin Saeed Al Amber, Vice President of the UAE.")
    assert roles(x) == {("supporter", "His Highness Sheikh Rashid bin Saeed Al Amber")}


def test_regression_like_last_year_is_this_edition(extract):
    """'Like last year, the fair is organised by A' was read as a role of last year's fair."""
    assert roles(extract(FAIR + "Like last year, the fair is organised by Tidewater Events.")) \
        == {("organizer", "Tidewater Events")}


def test_regression_another_numbered_edition(extract):
    """'The 31st edition will be organized by A' in a release about the 30th used to make A
    this edition's organizer (the tagger does not always tag the ordinal)."""
    assert roles(extract("The 30th Amber Computer Show opened on Tuesday. The 31st edition will be organized by "
                         "Kelpwave Events.")) == set()


def test_regression_comma_between_two_names_the_tagger_joins(extract):
    """'A, Tidewater Events, Kelpwave Bank, ...': the tagger spans 'Tidewater Events, Kelpwave
    Bank' as one name, and it used to stay one agent."""
    x = extract(FAIR + "The fair is organized by the Amber Traders Union, Tidewater Events, Kelpwave Bank, the Coral "
                "Institute and the Amber City Council.")
    assert roles(x) == {("organizer", a) for a in ("Amber Traders Union", "Tidewater Events", "Kelpwave Bank",
                                                   "Coral Institute", "Amber City Council")}


def test_regression_as_well_as_the(extract):
    """'A, B as well as the C': four connectors in a row used to end the list before C."""
    x = extract(FAIR + "The fair is organized by the Amber Traders Union with the support of the Ministry of Trade, "
                "Kelpwave Bank as well as the Coral Institute.")
    assert ("supporter", "Coral Institute") in roles(x)


def test_regression_continuation_after_a_comma(extract):
    """'convened by A, together with B and C' used to give only A."""
    x = extract("The UN Amber Symposium 2025 took place in Geneva. It was convened by the Amber Institute, together "
                "with the Coral Foundation and Kelpwave University.")
    assert roles(x) == {("organizer", "Amber Institute"), ("organizer", "Coral Foundation"),
                        ("organizer", "Kelpwave University")}


def test_regression_embassy_to_a_country(extract):
    """'the Permanent Mission of X to the United Nations' used to be cut at 'to'."""
    x = extract("The UN Amber Symposium 2025 took place in New York. The symposium is organized by the Permanent "
                "Mission of Kazakhstan to the United Nations.")
    assert roles(x) == {("organizer", "Permanent Mission of Kazakhstan to the United Nations")}


def test_regression_hyphenated_description_before_a_name(extract):
    """'organised by Amberton-based Kelpwave Events' used to give the place 'Amberton'."""
    assert roles(extract(FAIR + "The fair is organised by Amberton-based Kelpwave Events.")) \
        == {("organizer", "Kelpwave Events")}


def test_regression_role_noun_after_one_of(extract):
    """'A, one of the fair's main sponsors' gave nothing: 'one of' stopped the apposition."""
    assert roles(extract(FAIR + "Kelpwave Bank, one of the fair's main sponsors, showed new cards.")) \
        == {("sponsor", "Kelpwave Bank")}


def test_regression_naming_verb_keeps_other_roles_out(extract):
    """'A has been named the official partner of the fair' is a role; 'appointed partner at
    a firm' and 'named a partner of many schools' are not."""
    assert roles(extract(FAIR + "Kelpwave Bank has been named the official partner of the fair.")) \
        == {("partner", "Kelpwave Bank")}
    assert roles(extract(FAIR + "Anna Berg was appointed partner at Kelpwave Capital.")) == set()
    assert roles(extract(FAIR + "Kelpwave Bank has been named a partner of many local schools.")) == set()


def test_regression_a_name_does_not_run_past_a_line_break(extract):
    """'About A' (a boilerplate heading) and 'A is the organiser' on the next paragraph used
    to give one agent 'A A'; a list one item a line after 'Organisers:' gave nothing."""
    x = extract("The 2025 Amber Coast Trade Fair opened on Monday in Amberton.\n\nAbout Tidewater Events\n\n"
                "Tidewater Events is the organiser of the Amber Coast Trade Fair.")
    assert roles(x) == {("organizer", "Tidewater Events")}
    x = extract("The 2025 Amber Coast Trade Fair opened on Monday in Amberton.\n\nOrganisers:\n- Tidewater Events\n"
                "- Amber Traders Union\n\nSponsors: Kelpwave Bank, Tidewater Insurance")
    assert roles(x) == {("organizer", "Tidewater Events"), ("organizer", "Amber Traders Union"),
                        ("sponsor", "Kelpwave Bank"), ("sponsor", "Tidewater Insurance")}


def test_regression_partnered_with_the_event(extract):
    """'A has partnered with the fair' used to give nothing (the names after 'with' were the
    event itself)."""
    assert roles(extract(FAIR + "Kelpwave Bank has partnered with the fair for the third year.")) \
        == {("partner", "Kelpwave Bank")}
    assert roles(extract(FAIR + "Kelpwave Bank partnered with Tidewater Media on a new app.")) == set()


def test_regression_country_possessives_in_a_list(extract):
    """"China's Ministry of Commerce (MOFCOM) and Russia's Ministry of Industry and Trade"
    used to stay one agent (the possessive piece was not read as a name of its own), and
    "Mongolia's mining ministry" gave only 'Mongolia'."""
    x = extract("The 2025 Amber Mining Week opened on Tuesday. The event is organized by China's Ministry of "
                "Commerce (MOFCOM) and Russia's Ministry of Industry and Trade.")
    assert roles(x) == {("organizer", "China's Ministry of Commerce"),
                        ("organizer", "Russia's Ministry of Industry and Trade")}
    x = extract("The 2025 Amber Mining Week opened on Tuesday. The event is organized by Mongolia's mining ministry.")
    assert roles(x) == {("organizer", "Mongolia's mining ministry")}


def test_regression_roles_of_another_years_edition(extract):
    """'A will host the 2026 edition', 'The 2026 fair will be sponsored by A', 'A will
    sponsor the fair again in 2026', 'A, which sponsored the 2024 edition' used to give A
    this, the 2025, edition's role."""
    for sentence in ("Amberton Council will host the 2026 edition.",
                     "The 2026 edition will be organized by Kelpwave Events.",
                     "The 2026 fair will be sponsored by Kelpwave Bank.",
                     "Kelpwave Bank will sponsor the fair again in 2026.",
                     "Kelpwave Bank, which sponsored the 2024 edition, returned."):
        assert roles(extract(FAIR + sentence)) == set(), sentence
    assert roles(extract(FAIR + "The 2025 edition is organized by Kelpwave Events.")) \
        == {("organizer", "Kelpwave Events")}
