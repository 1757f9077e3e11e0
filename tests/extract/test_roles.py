"""Role extractor: passive agents, role phrases, role nouns, guests of honour."""

import pytest


def roles(x):
    return {(r.role, r.agent, r.agent_type) for r in x.roles}


def test_jointly_organized_list_is_split(extract):
    x = extract(
        "The 2025 Lakeside Battery Conference, hosted by the Ministry of Energy and jointly organized by "
        "the Lakeside City Government, the Northern Battery Association and Voltaic Media Group, opened in Nairobi."
    )
    got = roles(x)
    assert ("host", "Ministry of Energy", "GovernmentOrganization") in got
    organizers = {a for r, a, _ in got if r == "organizer"}
    assert organizers == {"Lakeside City Government", "Northern Battery Association", "Voltaic Media Group"}


def test_internal_and_stays_inside_a_name(extract):
    x = extract(
        "The Coastal Seafood Fair 2025 was organized by the Department of Fisheries and Marine Resources "
        "and the Harbour Traders Association."
    )
    organizers = {r.agent for r in x.roles if r.role == "organizer"}
    assert organizers == {"Department of Fisheries and Marine Resources", "Harbour Traders Association"}


def test_sponsor_and_partner_phrases(extract):
    x = extract(
        "The Pacific Startup Summit 2025 is sponsored by Kelpwave Capital and held in partnership with "
        "the Island Innovation Council."
    )
    got = roles(x)
    assert any(r == "sponsor" and a == "Kelpwave Capital" for r, a, _ in got)
    assert any(r == "partner" and a == "Island Innovation Council" for r, a, _ in got)


@pytest.mark.parametrize("sentence", [
    "Portugal was invited as the guest of honour of the 2025 Danube Book Fair.",
    "With Portugal as its Guest of Honour, the 2025 Danube Book Fair opened in Vienna.",
])
def test_guest_of_honour_is_a_country(extract, sentence):
    x = extract(sentence)
    assert ("guestOfHonor", "Portugal", "Country") in roles(x)


def test_acronym_resolves_to_full_name(extract):
    x = extract(
        "The Andes Mining Suppliers Association said the Andes Mining Show 2025 drew crowds. "
        "AMSA, the main organizer, said sales were strong."
    )
    assert ("organizer", "Andes Mining Suppliers Association", "Organization") in roles(x)


def test_agent_spellings_are_one_agent():
    from kg.extract.common import agent_key
    from kg.rdf.mapper import agent_iri

    assert agent_key("Savanna Trade Events Ltd") == agent_key("the Savanna Trade Events")
    assert agent_iri("Kestrel Holdings Inc.") == agent_iri("Kestrel Holdings")
    assert agent_iri("Kestrel Holdings") != agent_iri("Kestrel Capital")
