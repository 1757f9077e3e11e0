"""Roles as releases in general state them (issue 10, class 3), on sentences of our own:
lists that the tagger spans into one name, 'co-' verbs however they are split, label
lines, 'A as the title sponsor', apposition, and sentences that also name another edition."""

import pytest


def roles(x):
    return {(r.role, r.agent) for r in x.roles}


def test_regression_last_and_of_a_list_inside_one_entity(extract):
    x = extract("The Harbour Robotics Expo 2025 opened on Monday. The event is sponsored by Kelpwave Bank, "
                "Tidewater Insurance and Nordic Steel.")
    assert {a for r, a in roles(x) if r == "sponsor"} == {"Kelpwave Bank", "Tidewater Insurance", "Nordic Steel"}


def test_regression_of_phrase_then_a_body_of_its_own(extract):
    x = extract("The Harbour Robotics Expo 2025 opened on Monday. Co-organized by the Ministry of Trade and "
                "Amber Media, the expo drew 900 exhibitors.")
    assert roles(x) == {("coOrganizer", "Ministry of Trade"), ("coOrganizer", "Amber Media")}


@pytest.mark.parametrize("name", ["Department of Trade and Industry", "Chamber of Commerce and Industry",
                                  "Ministry of Mining and Heavy Industry"])
def test_and_inside_an_of_phrase_stays_inside(extract, name):
    x = extract(f"The Harbour Robotics Expo 2025 opened on Monday. The expo is organised by the Harbour {name}.")
    assert roles(x) == {("organizer", f"Harbour {name}")}


def test_regression_co_organized_at_a_sentence_start_is_one_role(extract):
    """'Co-organized by' opening a sentence is tokenized 'Co', '-', 'organized': the agents
    are co-organizers only, never organizers too."""
    x = extract("The Harbour Robotics Expo 2025 opened on Monday. Co-organized by Amber Media, the expo drew "
                "900 exhibitors.")
    assert roles(x) == {("coOrganizer", "Amber Media")}


def test_regression_active_co_verb_keeps_co_out_of_the_name(extract):
    x = extract("The Harbour Robotics Expo 2025 opened on Monday. The Ministry of Trade co-organized the expo.")
    assert roles(x) == {("coOrganizer", "Ministry of Trade")}


def test_active_co_host_with_a_list_subject(extract):
    x = extract("The Harbour Robotics Expo 2025 opened on Monday. The Harbour Port Authority and Amber Media "
                "co-host the event.")
    assert roles(x) == {("host", "Harbour Port Authority"), ("host", "Amber Media")}


def test_anaphor_object_of_a_role_verb(extract):
    x = extract("The Harbour Robotics Expo 2025 opened on Monday. The Baltic Trade Council organises the fair "
                "every two years.")
    assert ("organizer", "Baltic Trade Council") in roles(x)


def test_regression_lemmatizer_cuts_staged_to_stag(extract):
    x = extract("The Harbour Robotics Expo 2025 opened on Monday. The expo is staged by Pellucid Events.")
    assert roles(x) == {("organizer", "Pellucid Events")}


@pytest.mark.parametrize("sentence", [
    "The event's organiser, Pellucid Events, expects 40,000 visitors.",
    "The organizer, Pellucid Events, expects 40,000 visitors.",
])
def test_organiser_in_apposition(extract, sentence):
    x = extract("The Harbour Robotics Expo 2025 opened on Monday. " + sentence)
    assert roles(x) == {("organizer", "Pellucid Events")}


def test_label_lines_after_a_participle_and_colon(extract):
    x = extract("The Harbour Robotics Expo 2025 opened on Monday. Organised by: Pellucid Events; "
                "Co-organised by: the Harbour Chamber of Commerce; Supported by: Ministry of Trade.")
    assert roles(x) == {("organizer", "Pellucid Events"), ("coOrganizer", "Harbour Chamber of Commerce"),
                        ("supporter", "Ministry of Trade")}


def test_name_before_as_the_role_noun(extract):
    x = extract("The Harbour Robotics Expo 2025 opened on Monday with Kelpwave Bank as the title sponsor and "
                "Tidewater Radio as the media partner.")
    assert roles(x) == {("sponsor", "Kelpwave Bank"), ("partner", "Tidewater Radio")}


def test_together_with_after_the_agents(extract):
    x = extract("The Harbour Robotics Expo 2025 was organized by the Harbour Chamber of Commerce together with "
                "the Guild of Engineers.")
    assert roles(x) == {("organizer", "Harbour Chamber of Commerce"), ("organizer", "Guild of Engineers")}


def test_regression_a_figure_of_last_year_keeps_the_sentence_roles(extract):
    x = extract("The Harbour Robotics Expo 2025 opened on Monday. The expo, organised by Pellucid Events, drew "
                "40,000 visitors last year.")
    assert roles(x) == {("organizer", "Pellucid Events")}


@pytest.mark.parametrize("sentence", [
    "The next edition will be hosted by Nordic Steel.",
    "Last year's edition was organised by Nordic Steel.",
])
def test_roles_of_another_edition_are_left_out(extract, sentence):
    x = extract("The Harbour Robotics Expo 2025 opened on Monday. " + sentence)
    assert roles(x) == set()


def test_regression_acronym_in_two_words_is_cut_from_the_name(extract):
    x = extract("The Harbour Water Symposium 2025 was organized by the United Nations Department of Economic "
                "and Social Affairs (UN DESA).")
    assert roles(x) == {("organizer", "United Nations Department of Economic and Social Affairs")}


def test_regression_acronym_expansion_without_the_full_stop(extract):
    x = extract("Harbour AirRally 2025 opened on Monday. The event is hosted by HAA, the Harbour Aviation "
                "Association.")
    assert {a for _, a in roles(x)} == {"Harbour Aviation Association"}


def test_honour_after_this_years_and_quotes(extract):
    x = extract("The Harbour Book Fair 2025 opened on Monday. Portugal is this year's country of honour. "
                "Spain is the \u201cguest of honor\u201d of the children's section.")
    assert ("guestOfHonor", "Portugal") in roles(x)


def test_active_role_verb_with_a_partner_body(extract):
    x = extract("The Harbour Robotics Expo 2025 opened on Monday. The Harbour Port Authority hosted the expo "
                "with the Government of Ruritania.")
    assert roles(x) == {("host", "Harbour Port Authority"), ("host", "Government of Ruritania")}


def test_active_role_verb_with_a_count_adds_no_agent(extract):
    x = extract("The Harbour Robotics Expo 2025 opened on Monday. The Harbour Port Authority hosted the expo "
                "with 900 exhibitors.")
    assert roles(x) == {("host", "Harbour Port Authority")}
