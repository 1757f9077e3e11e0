"""Roles, round 28 (r-roles28): forms found by end-to-end probe releases of our own
(tests/extract/probes28r/: built with kg.build, scored as the scorer reads the main event),
in sentences of our own (invented names, never corpus text). Each probe failed on main
eecf00c. Roles are compared on the main event only; the guards are the negatives."""

import pytest

from kg.extract.common import agent_key


def main_roles(result) -> set[tuple[str, str]]:
    main = result.main_event.key if result.main_event else None
    return {(r.role, agent_key(r.agent)) for r in result.roles if r.event == main}


PROBES = [
    # a passive on a relative pronoun: the strict verbs ('backed', 'run', 'presented') are said of
    # the noun the relative clause hangs on
    ("The Tarrow Film Week 2026, which is backed by Kestrel Bank, will screen 80 films.",
     [("supporter", "Kestrel Bank")]),
    ("The Halvey Beer Festival 2026 opens on September 12.\n\nThe festival, which is run by the Halvey Brewers "
     "Guild, expects 15,000 visitors.", [("organizer", "Halvey Brewers Guild")]),
    ("The Orvale Jazz Festival 2026 returns on July 17.\n\nThe festival, which is presented by Tarsis Motors, "
     "will feature 40 bands.", [("sponsor", "Tarsis Motors")]),
    # 'back', 'fund', 'finance', 'underwrite' with the event as object
    ("The Corlay Book Festival 2026 opens on October 3. Halden Bank is backing the festival for the fifth year.",
     [("supporter", "Halden Bank")]),
    ("The Corlay Book Festival 2026 opens on October 3. The Corlay Arts Foundation funds the festival, which is "
     "free for all visitors.", [("sponsor", "Corlay Arts Foundation")]),
    ("The Corlay Book Festival 2026 opens on October 3. Halden Bank and Kestrel Mutual underwrite the event.",
     [("sponsor", "Halden Bank"), ("sponsor", "Kestrel Mutual")]),
    # the main event's own head word that the parse takes for a time ('the week' of a Design Week)
    ("The Nordvik Design Week 2026 opens on May 18.\n\nThe Nordvik Design Council, which organises the week, "
     "said 120 studios would take part.", [("organizer", "Nordvik Design Council")]),
    ("Korvale Tech Week 2026 will take place from September 14 to 18. Korvale Digital Association, which has "
     "organised the week since 2014, expects 8,000 visitors.", [("organizer", "Korvale Digital Association")]),
    ("Velora Fashion Week 2026 will run from March 2 to 8. Halden Bank is funding the week.",
     [("sponsor", "Halden Bank")]),
    # a possessive patronage
    ("The Liwa Date Festival 2026 opened today under Sheikh Hamdan bin Saif Al Marri's patronage.",
     [("supporter", "Sheikh Hamdan bin Saif Al Marri")]),
    ("The Orvale Heritage Forum 2026, held under UNESCO's auspices, will open on November 5.",
     [("supporter", "UNESCO")]),
    ("The Orvale Heritage Forum 2026 opens on November 5. The forum is held under the Orvale Ministry of "
     "Culture's high patronage.", [("supporter", "Orvale Ministry of Culture")]),
    # 'the initiative of' (definite)
    ("The Halvey Startup Fair 2026 will be held on April 22. The fair is the initiative of the Halvey Chamber "
     "of Commerce and Tarsis Ventures.",
     [("organizer", "Halvey Chamber of Commerce"), ("organizer", "Tarsis Ventures")]),
    # 'is back as', and an 'as' verb the tagger takes for a plural noun ('returns')
    ("The Tarrow Bay Marathon 2026 will take place on April 12. Kestrel Insurance is back as title sponsor of "
     "the race.", [("sponsor", "Kestrel Insurance")]),
    ("The Harbourside Food Festival 2026 will run July 10-12. Halden Foods returns as headline sponsor of the "
     "festival.", [("sponsor", "Halden Foods")]),
    # a second copula the parse leaves without its subject
    ("The Western Pharma Summit 2026 will be held on March 24. Halvani Labs is the knowledge partner and "
     "Tarsis Consulting is the technology partner.",
     [("partner", "Halvani Labs"), ("partner", "Tarsis Consulting")]),
    # a bulleted list after a link and a colon, an item opening with 'the'
    ("The Kalahari Mining Indaba 2026 will take place in Gaborone from March 3 to 5.\n\nThe organisers are:\n"
     "- the Botswana Chamber of Mines\n- Marvian Resources Group",
     [("organizer", "Botswana Chamber of Mines"), ("organizer", "Marvian Resources Group")]),
    ("The Kalahari Mining Indaba 2026 will take place in Gaborone from March 3 to 5.\n\nOrganisers of the "
     "indaba include:\n- the Botswana Chamber of Mines\n- Marvian Resources Group",
     [("organizer", "Botswana Chamber of Mines"), ("organizer", "Marvian Resources Group")]),
]

PROBES += [
    # 'Govt.', 'Dept.': an abbreviation whose point the tokenizer splits off goes on inside the name
    ("KOLKATA -- The Bengal Tea Fair 2026 opens on March 3. It is organised by the Indian Chamber of Commerce and "
     "supported by the Govt. of West Bengal and the Dept. of Tourism.",
     [("organizer", "Indian Chamber of Commerce"), ("supporter", "Govt. of West Bengal"),
      ("supporter", "Dept. of Tourism")]),
    ("LAHORE -- The Punjab Textile Expo 2026 opens on March 3. The expo is organised by the Trade Development "
     "Authority with the support of Govt. of Punjab.",
     [("organizer", "Trade Development Authority"), ("supporter", "Govt. of Punjab")]),
    # two role verbs sharing the event as object ('A hosts, and B sponsors, the expo')
    ("Corvale Tech Expo 2026 opens on April 9. Corvale University hosts, and Halden Telecom sponsors, the expo, "
     "which expects 5,000 visitors.", [("host", "Corvale University"), ("sponsor", "Halden Telecom")]),
    ("The Tarrow Chamber organises, and Halden Bank sponsors, the Tarrow Trade Expo 2026.",
     [("organizer", "Tarrow Chamber"), ("sponsor", "Halden Bank")]),
]

PROBES += [
    # a key line of dashes with a second key after ';'
    ("The Tarrow Film Week 2026 opens on June 4.\n\nOrganiser - Halden Media; Sponsor - Kestrel Bank",
     [("organizer", "Halden Media"), ("sponsor", "Kestrel Bank")]),
]

PROBES += [
    # 'in collaboration / partnership between A and B' after a role participle: both have its role
    ("The Halvenburg Book Fair 2026 opens on April 20. The fair is organised in collaboration between the "
     "Halvenburg Publishers Union and the City Library.",
     [("organizer", "Halvenburg Publishers Union"), ("organizer", "City Library")]),
    # calques of Romance and Balkan wires
    ("The Halvenburg Book Fair 2026 opens on April 20. The fair is held with the contribution of the Halvenburg "
     "Region.", [("supporter", "Halvenburg Region")]),
    ("The Halvenburg Book Fair 2026 opens on April 20. The event has the sponsorship of Kestrel Bank.",
     [("sponsor", "Kestrel Bank")]),
    ("The Halvenburg Book Fair 2026 opens on April 20. The fair is auspiced by the Ministry of Culture.",
     [("supporter", "Ministry of Culture")]),
    ("The Halvenburg Book Fair 2026 opens on April 20. The fair is carried out by the Halvenburg Publishers "
     "Union.", [("organizer", "Halvenburg Publishers Union")]),
    # 'co-' breaks the parse: the subject hangs on 'is'; 'It' opening the next sentence is the event
    ("The Halvenburg Book Fair 2026 opens on April 20. The fair is co-financed by the European Union.",
     [("sponsor", "European Union")]),
    ("The 2025 Amber Coast Book Fair opened on Monday. It is co-financed by the European Union.",
     [("sponsor", "European Union")]),
    ("The 2025 Amber Coast Book Fair opened on Monday. It is run by Kestrel Events.",
     [("organizer", "Kestrel Events")]),
]

NEGATIVES_ROLES = [
    # a new clause after ';' is no list item of the agents before it
    ("The Tarrow Film Week 2026 opens on June 4. It is organised by the Tarrow Film Society; Kestrel Bank is the "
     "main sponsor.", [("organizer", "Tarrow Film Society"), ("sponsor", "Kestrel Bank")]),
    ("The Tarrow Film Week 2026 opens on June 4. Organised by: Halden Media; Kestrel Bank; Tarsis Radio.",
     [("organizer", "Halden Media"), ("organizer", "Kestrel Bank"), ("organizer", "Tarsis Radio")]),
    # a role noun as the subject of an event-object verb: the names are the noun's, not the noun itself
    ("The Amber Coast Trade Fair 2026 opened on Monday. Sponsors such as Kelpwave Bank and Tidewater "
     "Insurance backed the fair.", [("sponsor", "Kelpwave Bank"), ("sponsor", "Tidewater Insurance")]),
    # a relative passive on something else than the event
    ("The Tarrow Film Week 2026 opens on June 4 at the Tarrow Hall, which is owned by Kestrel Events.", []),
    ("The Tarrow Film Week 2026 opens on June 4. It features a film market, which is run by Kestrel Events.", []),
]

NEGATIVES = [
    "The Halvenburg Book Fair 2026 opens on April 20. The survey was carried out by the Halvenburg Research "
    "Institute.",
    "The Halvenburg Book Fair 2026 opens on April 20. A new bridge, co-financed by the European Union, links the "
    "two halls.",
    "Corvale Tech Expo 2026 opens on April 9. Halden Telecom hosts, and Kestrel Group sponsors, a reception for "
    "the winners.",
    "The Tarrow Film Week 2026 opens on June 4. Kestrel Bank funds scholarships for young film makers.",
    "The Tarrow Film Week 2026 opens on June 4. The festival funds scholarships and backs young film makers.",
    "The Tarrow Film Week 2026 opens on June 4. The ministry backed the decision to move the festival to June.",
    "The Amber Coast Trade Fair 2026 opened on Monday. The fair is held under his patronage.",
    "The Amber Coast Trade Fair 2026 opened on Monday. Under the Amber Trust's patronage, a new hospital was opened.",
    "The Tarrow Film Week 2026 opens on June 4. Minister Jane Marlow praised the initiative of the Tarrow Film "
    "Society to open a cinema school.",
    "The Corlay Children's Book Festival 2026 will take place on October 3-4 in Corlay.",
    "The Tarrow Film Week 2026 opens on June 4. Kestrel Bank is the main lender of the city and Halden Group is a "
    "partner of many schools.",
]


@pytest.mark.parametrize("text,expect", PROBES)
def test_probe(extract, text, expect):
    got = main_roles(extract(text))
    assert got == {(r, agent_key(a)) for r, a in expect}


@pytest.mark.parametrize("text,expect", NEGATIVES_ROLES)
def test_guard(extract, text, expect):
    got = main_roles(extract(text))
    assert got == {(r, agent_key(a)) for r, a in expect}


@pytest.mark.parametrize("text", NEGATIVES)
def test_negative(extract, text):
    assert not main_roles(extract(text))


def test_headline_owner_is_no_group_of_people(extract):
    """"Children's book festival" in the headline: whom the festival is for, not its owner."""
    body = "The Corlay Children's Book Festival 2026 will take place on October 3-4 in Corlay."
    assert not main_roles(extract(body, title="Children's book festival"))
