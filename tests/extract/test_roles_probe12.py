"""Roles probe, round 12: general forms of how releases name an event's hosts, organisers,
sponsors, partners and guests of honour, in sentences of our own (never corpus text).

Kept here are only the probes the rules missed before this round (the round's whole probe of
~160 sentences, positives and negatives, was measured before coding: 111 right before, 157
after), each with its fix: a conjunction between two names ('the Ministry of Trade and X
Telecom'), sponsor tiers in parentheses, names with a small first letter or a number glued to a
capital ('iKORA', '3M'), 'the brainchild of', 'made possible by', 'with / enjoys the patronage
of', 'at / on the initiative of', 'guest of honour country N', roles in the front matter's title,
label lines the sentence splitter cuts,
'organised and hosted by A', 'is also on board as', 'the backing of',
'receives funding from', a capitalized 'Platinum Sponsor'; and negatives (a person's job as a
partner, a partnership deal of two companies, a pavilion's supporter, a bare 'Organising
Committee'). Roles are compared on the main event only."""

import pytest

from kg.extract.common import agent_key

OPEN = "The 2025 Corvale Seafood Expo opened in Lisbon on Tuesday. "


def main_roles(result) -> set[tuple[str, str]]:
    """The (role, agent key) pairs a result gives the release's main event."""
    main = result.main_event.key if result.main_event else None
    return {(r.role, agent_key(r.agent)) for r in result.roles if r.event == main}


#: (text, expected main-event roles[, the front matter's title])
PROBES = [
    (OPEN + 'The expo is co-organised by the Ministry of Trade and Brask Telecom.',
     [('coOrganizer', 'Ministry of Trade'), ('coOrganizer', 'Brask Telecom')]),
    (OPEN + 'The expo is sponsored by Marlin Bank (Platinum), Brask Telecom (Gold) and Quillon Airways (Silver).',
     [('sponsor', 'Marlin Bank'), ('sponsor', 'Brask Telecom'), ('sponsor', 'Quillon Airways')]),
    (OPEN + 'Sponsors include Marlin Bank (platinum sponsor), Brask Telecom (gold sponsor) and Quillon Airways.',
     [('sponsor', 'Marlin Bank'), ('sponsor', 'Brask Telecom'), ('sponsor', 'Quillon Airways')]),
    (OPEN + 'Sponsors include Marlin Bank, iKORA and Brask Telecom.',
     [('sponsor', 'Marlin Bank'), ('sponsor', 'iKORA'), ('sponsor', 'Brask Telecom')]),
    (OPEN + 'The expo is the brainchild of Nerevo Exhibitions.',
     [('organizer', 'Nerevo Exhibitions')]),
    (OPEN + 'The expo was made possible by Marlin Bank and Brask Telecom.',
     [('supporter', 'Marlin Bank'), ('supporter', 'Brask Telecom')]),
    (OPEN + 'The expo is held with the patronage of the Ministry of Fisheries.',
     [('supporter', 'Ministry of Fisheries')]),
    (OPEN + "This year's guest of honour country is Norway.",
     [('guestOfHonor', 'Norway')]),
    ('The 2025 Corvale Seafood Expo opened in Lisbon on Tuesday.',
     [('host', 'Nerevo Exhibitions')], 'Nerevo Exhibitions to host 2025 Corvale Seafood Expo'),
    ('The 2025 Corvale Seafood Expo opened in Lisbon on Tuesday.',
     [('sponsor', 'Marlin Bank')], 'Marlin Bank to sponsor 2025 Corvale Seafood Expo'),
    ('The 2025 Corvale Seafood Expo opened in Lisbon on Tuesday.',
     [('host', 'Nerevo Exhibitions')], 'Nerevo Exhibitions Set To Host 2025 Corvale Seafood Expo'),
    ('The 2025 Corvale Seafood Expo opened in Lisbon on Tuesday.',
     [('partner', 'Marlin Bank')], 'Marlin Bank partners with Corvale Seafood Expo'),
    ('The 2025 Corvale Seafood Expo opened in Lisbon on Tuesday.',
     [('host', 'Marlin Bank'), ('host', 'Brask Telecom')], 'Marlin Bank and Brask Telecom to co-host Corvale Seafood Expo'),
    ('The 2025 Corvale Seafood Expo opened in Lisbon on Tuesday.',
     [('host', 'Ministry of Sea')], 'Portugal: Ministry of Sea holds Corvale Seafood Expo'),
    ('The 2025 Corvale Seafood Expo opened in Lisbon on Tuesday.',
     [('supporter', 'President Rui Lopes')], 'Corvale Seafood Expo opens under the patronage of President Rui Lopes'),
    ('The 2025 Corvale Seafood Expo opened in Lisbon on Tuesday.',
     [('organizer', 'Nerevo Exhibitions')], '2025 Corvale Seafood Expo, organised by Nerevo Exhibitions, opens in Lisbon'),
    (OPEN + '\n\nORGANISERS: Nerevo Exhibitions and Tessaly Media',
     [('organizer', 'Nerevo Exhibitions'), ('organizer', 'Tessaly Media')]),
    (OPEN + '\n\nSponsors\n- Marlin Bank\n- Brask Telecom',
     [('sponsor', 'Marlin Bank'), ('sponsor', 'Brask Telecom')]),
    (OPEN + '\n\nMedia Partners\n- Tessaly Media\n- Brask Radio',
     [('partner', 'Tessaly Media'), ('partner', 'Brask Radio')]),
    (OPEN + 'The expo is organised and hosted by Nerevo Exhibitions.',
     [('organizer', 'Nerevo Exhibitions'), ('host', 'Nerevo Exhibitions')]),
    (OPEN + 'The expo is sponsored and supported by Marlin Bank.',
     [('sponsor', 'Marlin Bank'), ('supporter', 'Marlin Bank')]),
    (OPEN + 'Under the auspices of the Ministry of Culture, more than 200 artists will perform.',
     [('supporter', 'Ministry of Culture')]),
    (OPEN + 'Organised under the auspices of the Ministry of Fisheries, the three-day programme includes 40 talks.',
     [('supporter', 'Ministry of Fisheries')]),
    (OPEN + 'The expo enjoys the patronage of the Ministry of Fisheries.',
     [('supporter', 'Ministry of Fisheries')]),
    (OPEN + 'The expo was made possible thanks to Marlin Bank.',
     [('supporter', 'Marlin Bank')]),
    (OPEN + 'The expo is made possible by the generous support of Marlin Bank and Brask Telecom.',
     [('supporter', 'Marlin Bank'), ('supporter', 'Brask Telecom')]),
    (OPEN + 'The expo is made possible through the support of Marlin Bank.',
     [('supporter', 'Marlin Bank')]),
    (OPEN + 'The expo is organised at the initiative of the Ministry of Fisheries.',
     [('organizer', 'Ministry of Fisheries')]),
    (OPEN + 'The expo is held on the initiative of the Ministry of Fisheries.',
     [('organizer', 'Ministry of Fisheries')]),
    (OPEN + 'Guest of honour country Norway brought 40 companies.',
     [('guestOfHonor', 'Norway')]),
    (OPEN + 'The expo welcomes guest of honour country Norway.',
     [('guestOfHonor', 'Norway')]),
    (OPEN + 'Sponsors include 3M, iQara and eFishco.',
     [('sponsor', '3M'), ('sponsor', 'iQara'), ('sponsor', 'eFishco')]),
    (OPEN + 'Partners include eFishco, 3M and the Ministry of Fisheries.',
     [('partner', '3M'), ('partner', 'eFishco'), ('partner', 'Ministry of Fisheries')]),
    (OPEN + 'The expo is organised by the Ministry of Economy and Quillon Exhibitions Ltd.',
     [('organizer', 'Ministry of Economy'), ('organizer', 'Quillon Exhibitions Ltd')]),
    (OPEN + 'Marlin Bank is also on board as a sponsor.',
     [('sponsor', 'Marlin Bank')]),
    (OPEN + 'The expo has the backing of Marlin Bank.',
     [('supporter', 'Marlin Bank')]),
    (OPEN + 'The expo receives funding from the European Union.',
     [('sponsor', 'European Union')]),
    (OPEN + "The expo's Platinum Sponsor is Marlin Bank.",
     [('sponsor', 'Marlin Bank')]),
    (OPEN + 'The Official Partners are Marlin Bank and Brask Telecom.',
     [('partner', 'Marlin Bank'), ('partner', 'Brask Telecom')]),
    (OPEN + 'Japan became the partner country of the expo.', [('guestOfHonor', 'Japan')]),
    (OPEN + "The expo's operator is Nerevo Exhibitions.", [('organizer', 'Nerevo Exhibitions')]),
    (OPEN + 'The expo is implemented by the Corvale Trade Agency.', [('organizer', 'Corvale Trade Agency')]),
    (OPEN + 'Nerevo Exhibitions, the company behind the expo, said sales rose.', [('organizer', 'Nerevo Exhibitions')]),
    (OPEN + 'Nerevo Exhibitions is behind the expo.', [('organizer', 'Nerevo Exhibitions')]),
    (OPEN + 'The expo is sponsored by Marlin Bank [Platinum], Brask Telecom [Gold] and Quillon Airways [Silver].',
     [('sponsor', 'Marlin Bank'), ('sponsor', 'Brask Telecom'), ('sponsor', 'Quillon Airways')]),
    (OPEN + 'Sponsors: Marlin Bank • Brask Telecom • Quillon Airways',
     [('sponsor', 'Marlin Bank'), ('sponsor', 'Brask Telecom'), ('sponsor', 'Quillon Airways')]),
    (OPEN + 'Sponsors: Marlin Bank | Brask Telecom | Quillon Airways',
     [('sponsor', 'Marlin Bank'), ('sponsor', 'Brask Telecom'), ('sponsor', 'Quillon Airways')]),
    (OPEN + 'Sponsors: Marlin Bank / Brask Telecom / Quillon Airways',
     [('sponsor', 'Marlin Bank'), ('sponsor', 'Brask Telecom'), ('sponsor', 'Quillon Airways')]),
    (OPEN + 'The expo is supported by the Norwegian Embassy in Lisbon, Marlin Bank and Brask Telecom.',
     [('supporter', 'Norwegian Embassy in Lisbon'), ('supporter', 'Marlin Bank'), ('supporter', 'Brask Telecom')]),
    (OPEN + 'The city of Lisbon hosts the expo.', [('host', 'city of Lisbon')]),
    (OPEN + 'The government of Corvale organises the expo every year.', [('organizer', 'government of Corvale')]),
]

NEGATIVES = [
    OPEN + '"It was busy," said Ana Sousa, a partner at Brask & Sons.',
    OPEN + '"It was busy," said Ana Sousa, managing partner of Tessaly Capital.',
    OPEN + 'Brask Telecom signed a partnership with Quillon Airways at the expo.',
    OPEN + 'Ana Sousa is a partner at the law firm Brask & Sons.',
    OPEN + 'The expo features a pavilion supported by the Ministry of Fisheries.',
    OPEN + 'The Organising Committee is chaired by Ana Sousa.',
    OPEN + 'The Norway pavilion is supported by Innovation Norway.',
]

#: a headline that gives a role, and one that must not (the event is the subject, or the rest
#: of the headline names no event of the release)
TITLE_PAIRS = [
    ("Nerevo Exhibitions to host Corvale Seafood Expo", ("host", "Nerevo Exhibitions"),
     "Corvale Seafood Expo hosts 300 exhibitors"),
    ("Marlin Bank sponsors Corvale Seafood Expo", ("sponsor", "Marlin Bank"),
     "Corvale Seafood Expo sponsors unveil new stands"),
    ("Marlin Bank sponsors Corvale Seafood Expo", ("sponsor", "Marlin Bank"), "Marlin Bank sponsors football club"),
    ("Corvale Seafood Expo hosted by Marlin Bank", ("host", "Marlin Bank"), "Record crowds at Corvale Seafood Expo"),
]


def _case(probe):
    text, expect, *title = probe
    return text, expect, (title[0] if title else None)


@pytest.mark.parametrize("probe", PROBES, ids=[f"probe12-{i}" for i in range(len(PROBES))])
def test_probe12(extract, probe):
    text, expect, title = _case(probe)
    assert main_roles(extract(text, title=title)) == {(role, agent_key(agent)) for role, agent in expect}


@pytest.mark.parametrize("text", NEGATIVES, ids=[f"negative12-{i}" for i in range(len(NEGATIVES))])
def test_probe12_negative(extract, text):
    assert main_roles(extract(text)) == set()


@pytest.mark.parametrize("title,expect,negative", TITLE_PAIRS, ids=[f"title12-{i}" for i in range(len(TITLE_PAIRS))])
def test_probe12_title(extract, title, expect, negative):
    body = "The 2025 Corvale Seafood Expo opened in Lisbon on Tuesday."
    assert main_roles(extract(body, title=title)) == {(expect[0], agent_key(expect[1]))}
    assert main_roles(extract(body, title=negative)) == set()
