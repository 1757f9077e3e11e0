"""Roles probe, round 11: general forms of how releases state roles, in sentences of our
own (never corpus text). Only forms that the rules missed before this round are kept
here, each with its fix: a time phrase before 'include' ('Sponsors this year include'),
a progressive 'co-' verb ('A and B are co-hosting the expo'), possessive owners with an
inner or a plural possessive, a definite anaphor said to be a body's event ('The expo is
the flagship event of A'), a mixed-case acronym in parentheses ('(MoF)'), 'the ministry of
agriculture' in a list, '<A> will serve as the title sponsor', 'CEO of A, the organiser', 'by A
with B as co-organiser', 'A, B and C, as well as the D',
'Ministry of Economy, A Airlines and B Motors', 'Partners also include', 'opened by Minister A, the chief guest', 'A (Portugal) and B (Spain)', a headline
'A to host <event>'; and negatives (a press conference, last year's guest of
honour). Roles are compared on the main event only."""

import pytest

from kg.extract.common import agent_key

OPEN = "The 2025 Corvale Seafood Expo opened in Lisbon on Tuesday. "


def main_roles(result) -> set[tuple[str, str]]:
    """The (role, agent key) pairs a result gives the release's main event."""
    main = result.main_event.key if result.main_event else None
    return {(r.role, agent_key(r.agent)) for r in result.roles if r.event == main}


PROBES = [
    # a time phrase between the role noun and 'include'
    (OPEN + "Sponsors this year include Marlin Bank, Brask Telecom and Quillon Airways.",
     [("sponsor", "Marlin Bank"), ("sponsor", "Brask Telecom"), ("sponsor", "Quillon Airways")]),
    (OPEN + "Partners this year include Brask Telecom and the Ministry of Trade.",
     [("partner", "Brask Telecom"), ("partner", "Ministry of Trade")]),
    # 'are co-hosting': the broken parse hangs 'co' on the auxiliary
    (OPEN + "Nerevo Exhibitions and Tessaly Media are co-hosting the expo.",
     [("host", "Nerevo Exhibitions"), ("host", "Tessaly Media")]),
    (OPEN + "The Ministry of Fisheries and Quillon Group are co-hosting the expo this year.",
     [("host", "Ministry of Fisheries"), ("host", "Quillon Group")]),
    # owners: an inner possessive is the name's, a plural's possessive is one too
    ("The Corvale Fishermen's Association's annual convention, the 2025 Corvale Seafood Expo, "
     "opened in Lisbon on Tuesday.", [("organizer", "Corvale Fishermen's Association")]),
    (OPEN + "The expo is Nerevo Exhibitions' flagship event.", [("organizer", "Nerevo Exhibitions")]),
    # 'of' owners said of a definite anaphor of the event
    (OPEN + "The expo is the annual meeting of the Ocean Traders Guild.",
     [("organizer", "Ocean Traders Guild")]),
    (OPEN + "The expo is the flagship event of Quillon Group.", [("organizer", "Quillon Group")]),
    # a mixed-case acronym in parentheses ('(MoF)') does not end the list
    (OPEN + "The expo is co-organised by the Ministry of Fisheries (MoF), the Corvale Regional Government (CRG) "
     "and Brask Holdings.", [("coOrganizer", "Ministry of Fisheries"), ("coOrganizer", "Corvale Regional Government"),
                             ("coOrganizer", "Brask Holdings")]),
    (OPEN + "The expo is hosted by the Ministry of Maritime Affairs (MoMA) and Quillon Group.",
     [("host", "Ministry of Maritime Affairs"), ("host", "Quillon Group")]),
    # '<A> serves / returns / joins the expo as <role>': the verb's subject, also with no event
    # named in the sentence when the role noun ends the clause (was a known gap of test_roles_probe)
    (OPEN + "Marlin Bank will serve as the title sponsor.", [("sponsor", "Marlin Bank")]),
    (OPEN + "Marlin Bank returns as presenting sponsor of the expo.", [("sponsor", "Marlin Bank")]),
    (OPEN + "Brask Telecom joins the expo as official partner.", [("partner", "Brask Telecom")]),
    # an officer's title before 'of' is not the agent's name
    (OPEN + "\"The expo was a success,\" said Ana Sousa, CEO of Nerevo Exhibitions, the organiser.",
     [("organizer", "Nerevo Exhibitions")]),
    # 'with' inside a span the tagger makes of two bodies ends the name
    (OPEN + "The expo is organised by the Ministry of Fisheries with Brask Holdings as co-organiser.",
     [("organizer", "Ministry of Fisheries"), ("coOrganizer", "Brask Holdings")]),
    # a comma before 'as well as' at the end of a list
    (OPEN + "The expo is supported by Marlin Bank, Brask Telecom and Quillon Airways, as well as the Ministry of Trade.",
     [("supporter", "Marlin Bank"), ("supporter", "Brask Telecom"), ("supporter", "Quillon Airways"),
      ("supporter", "Ministry of Trade")]),
    # a company's trade word ends a list item after an 'of' name ('Ministry of Economy, A Airlines')
    (OPEN + "The expo is supported by the Ministry of Economy, Brask Airlines and Quillon Motors.",
     [("supporter", "Ministry of Economy"), ("supporter", "Brask Airlines"), ("supporter", "Quillon Motors")]),
    (OPEN + "Partners include the Corvale Institute of Technology, Brask Labs and Quillon Airways.",
     [("partner", "Corvale Institute of Technology"), ("partner", "Brask Labs"), ("partner", "Quillon Airways")]),
    # 'also' before the link
    (OPEN + "Key partners of the expo also include Marlin Bank and Brask Telecom.",
     [("partner", "Marlin Bank"), ("partner", "Brask Telecom")]),
    # a person right before the comma of a person's honour phrase
    (OPEN + "The expo was inaugurated by Minister Rui Lopes, the chief guest.",
     [("guestOfHonor", "Minister Rui Lopes")]),
    # a country in parentheses after a listed body does not end the list
    (OPEN + "The expo is organised by Nerevo Exhibitions (Portugal) and Tessaly Media (Spain).",
     [("organizer", "Nerevo Exhibitions"), ("organizer", "Tessaly Media")]),
    # a headline line at the top of the body: 'A to host <event>'
    ("Nerevo Exhibitions to host 2025 Corvale Seafood Expo\n\nThe 2025 Corvale Seafood Expo will open in Lisbon "
     "on Tuesday.", [("host", "Nerevo Exhibitions")]),
    ("Marlin Bank to sponsor the 2025 Corvale Seafood Expo in Lisbon\n\nThe 2025 Corvale Seafood Expo will open "
     "in Lisbon on Tuesday.", [("sponsor", "Marlin Bank")]),
    # a ministry named in lower case with its 'of' phrase, in a list
    (OPEN + "The expo is sponsored by the ministry of agriculture and the fisheries ministry.",
     [("sponsor", "ministry of agriculture"), ("sponsor", "fisheries ministry")]),
    (OPEN + "The expo is organised by the ministry of agriculture, Marlin Bank and Brask Telecom.",
     [("organizer", "ministry of agriculture"), ("organizer", "Marlin Bank"), ("organizer", "Brask Telecom")]),
]

NEGATIVES = [
    OPEN + "The pre-event press conference was organized by Tessaly Media.",
    OPEN + "The news conference was hosted by the Marrowind Fisheries Council.",
    OPEN + "Norway was the guest of honour of last year's expo.",
    OPEN + "Last year's guest of honour, Norway, returns with 40 companies.",
]


@pytest.mark.parametrize("text,expect", PROBES, ids=[f"probe11-{i}" for i in range(len(PROBES))])
def test_probe11(extract, text, expect):
    assert main_roles(extract(text)) == {(role, agent_key(agent)) for role, agent in expect}


@pytest.mark.parametrize("text", NEGATIVES, ids=[f"negative11-{i}" for i in range(len(NEGATIVES))])
def test_probe11_negative(extract, text):
    assert main_roles(extract(text)) == set()
