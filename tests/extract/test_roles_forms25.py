"""Roles, round 25 (r-roles25): general forms of how releases name who founded, ran, hosted,
sponsored or backed an event, in sentences of our own (invented names, never corpus text).

Probe releases in several wire styles (tests/extract/probes25/) were measured before coding;
kept here are forms the rules missed before this round, each with its fix (the guards of the
new rules are the rules' negatives in roles.json). Roles are compared on the main event only."""

import pytest

from kg.extract.common import agent_key

SHOW = "The 2026 Dunmere Craft Show opened in Tollan on May 4. "
EXPO = "The 2026 Rivenhall Water Expo opened in Kestrel Bay on March 9. "
FAIR = "The 2026 Kestrel Bay Seed Fair opened in Kestrel Bay on June 3. "


def main_roles(result) -> set[tuple[str, str]]:
    """The (role, agent key) pairs a result gives the release's main event."""
    main = result.main_event.key if result.main_event else None
    return {(r.role, agent_key(r.agent)) for r in result.roles if r.event == main}


PROBES = [
    # 'founder' of the event is a role noun (a body; a person who founded it is no organizer)
    (SHOW + "Marrick Events, the show's founder, said bookings were up.", [("organizer", "Marrick Events")]),
    (SHOW + "The Dunmere Guild of Makers is the founder of the show.", [("organizer", "Dunmere Guild of Makers")]),
    # a coordinated role noun in an apposition with no determiner
    (SHOW + "Marrick Events, founder and organiser of the show, said bookings were up.",
     [("organizer", "Marrick Events")]),
    (SHOW + "Marrick Events, owner and organiser of the show, expects 9,000 visitors.",
     [("organizer", "Marrick Events")]),
    # 'took over the running / organisation of <event>'
    (SHOW + "Marrick Events took over the running of the show in 2012.", [("organizer", "Marrick Events")]),
    (SHOW + "Marrick Events, which took over the organisation of the show in 2012, expects 9,000 visitors.",
     [("organizer", "Marrick Events")]),
    # 'The fair, co-hosted by A and B, opened ...': the broken parse makes 'hosted' an adjective
    (FAIR + "The fair, co-hosted by the Ministry of Works and the Kestrel Bay City Government, opened on Monday.",
     [("host", "Ministry of Works"), ("host", "Kestrel Bay City Government")]),
    (FAIR + "The fair, co-hosted by the Ministry of Works, opened on Monday.", [("host", "Ministry of Works")]),
    # a place's body named in lower case after its name ('board', 'agency' are body heads too)
    (SHOW + "The show is organised by the Tollan tourism board.", [("organizer", "Tollan tourism board")]),
    (SHOW + "The show is supported by Dunmere's investment agency.", [("supporter", "Dunmere's investment agency")]),
    # another edition named only in a fronted phrase: the present main clause is this edition's
    (SHOW + "Following the success of the 2025 edition, the show is again hosted by the Tollan Guild.",
     [("host", "Tollan Guild")]),
    (SHOW + "Unlike last year, the show is sponsored by Halbrook Bank.", [("sponsor", "Halbrook Bank")]),
    # 'general partner' labelling a line or said of the event is a partner tier, not a firm's title
    (SHOW + "\n\nOrganiser - Marrick Events\nGeneral partner - Halbrook Bank\n",
     [("organizer", "Marrick Events"), ("partner", "Halbrook Bank")]),
    (SHOW + "The general partner of the show is Halbrook Bank.", [("partner", "Halbrook Bank")]),
    # a label's block, one name a line with no bullets
    (SHOW + "\n\nOrganizers:\nMarrick Events\nDunmere Guild of Makers\n\nSponsors:\nHalbrook Bank\nPellor Seeds\n",
     [("organizer", "Marrick Events"), ("organizer", "Dunmere Guild of Makers"),
      ("sponsor", "Halbrook Bank"), ("sponsor", "Pellor Seeds")]),
    # one word after a ministry's 'of' phrase is its field, an organization word or not
    (SHOW + "The show is co-hosted by the Ministry of SMEs and Ventures and the Tollan City Government.",
     [("host", "Ministry of SMEs and Ventures"), ("host", "Tollan City Government")]),
    # 'an event by A' (trade press)
    (SHOW + "The show, an event by Marrick Events, runs for four days.", [("organizer", "Marrick Events")]),
    # coordinated events that one participle is said of: each has the role
    (SHOW + "The show and the Tollan Weaving Forum, both organised by Marrick Events, run until Sunday.",
     [("organizer", "Marrick Events")]),
    # 'in charge of / responsible for <event>', the event alone
    (SHOW + "Marrick Events is in charge of the show.", [("organizer", "Marrick Events")]),
    (SHOW + "Marrick Events, which is responsible for the show, expects 9,000 visitors.", [("organizer", "Marrick Events")]),
    # 'a joint effort / initiative between A and B', said of the event
    (EXPO + "The expo is a joint effort between Solway Pumps and the Rivenhall Water Board.",
     [("organizer", "Solway Pumps"), ("organizer", "Rivenhall Water Board")]),
    (EXPO + "The expo is a joint initiative between the Kestrel Bay Council and Arnott Media.",
     [("organizer", "Kestrel Bay Council"), ("organizer", "Arnott Media")]),
    # two brands' names joined by 'and' that the tagger spans as one
    (EXPO + "The expo is sponsored by Brask Refrigeration and Quillon Packaging.",
     [("sponsor", "Brask Refrigeration"), ("sponsor", "Quillon Packaging")]),
    (EXPO + "Brask Refrigeration and Quillon Packaging have signed on as gold sponsors.",
     [("sponsor", "Brask Refrigeration"), ("sponsor", "Quillon Packaging")]),
    # the officer's apposition hangs on the person: the body she works at is the agent
    (SHOW + "\"We are delighted,\" said Mira Toll, show director at Marrick Events, the organisers of the show.",
     [("organizer", "Marrick Events")]),
    (SHOW + "\"We are delighted,\" said Mira Toll, director of Marrick Events, the organisers of the show.",
     [("organizer", "Marrick Events")]),
    # an office and its holder's name are one agent
    (EXPO + "The expo is held under the patronage of the President of the Republic, Nikos Varelas.",
     [("supporter", "President of the Republic, Nikos Varelas")]),
    (EXPO + "The expo is held under the auspices of the Prime Minister, Anna Berg.",
     [("supporter", "Prime Minister, Anna Berg")]),
    (EXPO + "The expo is supported by the Minister of Water, Ilse Marr, and Solway Pumps.",
     [("supporter", "Minister of Water, Ilse Marr"), ("supporter", "Solway Pumps")]),
    # a piece of three capitalized words after an 'of' name is a body of its own
    (EXPO + "The expo is supported by the Ostmark Ministry of Culture, Vellby City Hall, and others.",
     [("supporter", "Ostmark Ministry of Culture"), ("supporter", "Vellby City Hall")]),
    # 'the X chapter / branch of Y': a body's unit named in lower case after a name
    (SHOW + "The show was organised by the Tollan chapter of the Dunmere Guild of Makers.",
     [("organizer", "Tollan chapter of the Dunmere Guild of Makers")]),
    # a body named like an event ('X Forum', 'X Expo') that a role cue of the main event names
    (SHOW + "The show is organised in partnership with the Tollan Economic Forum.",
     [("partner", "Tollan Economic Forum")]),
    (SHOW + "The show is organised by Marrick Expo.", [("organizer", "Marrick Expo")]),
    (SHOW + "Marrick Expo, the organiser of the show, said bookings were up.", [("organizer", "Marrick Expo")]),
    # an apposition between two list items is stepped over
    (SHOW + "The show is organised by Marrick Events, part of Arnott Group, and the Dunmere Guild of Makers.",
     [("organizer", "Marrick Events"), ("organizer", "Dunmere Guild of Makers")]),
    (SHOW + "The show is sponsored by Halbrook Bank, the country's largest lender, and Pellor Seeds.",
     [("sponsor", "Halbrook Bank"), ("sponsor", "Pellor Seeds")]),
    (SHOW + "The show is organized by the Dunmere Guild of Makers (DGM), owner of the show, together with Marrick Events.",
     [("organizer", "Dunmere Guild of Makers"), ("organizer", "Marrick Events")]),
    # 'led by A' said of the event; role phrases of other wordings
    (EXPO + "The expo is led by the Rivenhall Ministry of Works.", [("organizer", "Rivenhall Ministry of Works")]),
    (EXPO + "The expo was held by the initiative of the Rivenhall Water Board.", [("organizer", "Rivenhall Water Board")]),
    (EXPO + "The expo was held by the support of the Rivenhall Water Board.", [("supporter", "Rivenhall Water Board")]),
    (EXPO + "The expo is run in tandem with the Rivenhall Water Board.", [("partner", "Rivenhall Water Board")]),
    (EXPO + "The expo is held with a grant from the Kestrel Bay Arts Council.", [("sponsor", "Kestrel Bay Arts Council")]),
    (EXPO + "The expo is staged with the help of the Rivenhall Water Board.", [("supporter", "Rivenhall Water Board")]),
    # an official noun that ends a sentence about the event; a generic subject is no agent
    (EXPO + "Solway Pumps is the expo's strategic partner, while Halbrook Bank is the official bank.",
     [("partner", "Solway Pumps"), ("partner", "Halbrook Bank")]),
    (EXPO + "Volunteers from across the region help run the expo, said Arnott Media, its organiser.",
     [("organizer", "Arnott Media")]),
    # guests of honour: a phrase of the event's own moment before the copula, a fronted 'as'
    (SHOW + "The chief guest on the occasion was Governor Ilse Marr.", [("guestOfHonor", "Governor Ilse Marr")]),
    (SHOW + "The guest of honour at the opening ceremony was Minister Oren Valst.",
     [("guestOfHonor", "Minister Oren Valst")]),
    (SHOW + "As the guest of honour, Morvania will present its crafts.", [("guestOfHonor", "Morvania")]),
    # a shared head after an event word: one venue body, not two
    (EXPO + "The expo is hosted by the Kestrel Bay Convention and Exhibition Centre.",
     [("host", "Kestrel Bay Convention and Exhibition Centre")]),
]

@pytest.mark.parametrize("text,expect", PROBES)
def test_probe(extract, text, expect):
    assert main_roles(extract(text)) == {(r, agent_key(a)) for r, a in expect}


HEADLINES = [
    # 'A partners with B to host <event>': both host it, A is no partner of it
    ("Solway Pumps partners with Arnott Media to host Rivenhall Water Expo 2026",
     [("host", "Solway Pumps"), ("host", "Arnott Media")]),
    # a guest of honour named in the headline (a place too)
    ("Morvania named guest country at Rivenhall Water Expo", [("guestOfHonor", "Morvania")]),
    ("Morvania is partner country of Rivenhall Water Expo 2026", [("guestOfHonor", "Morvania")]),
    # headlines drop the article of a role phrase
    ("Rivenhall Water Expo to be held under auspices of Rivenhall Water Board", [("supporter", "Rivenhall Water Board")]),
    # a headline agent the body names at length ('Solway Water' / 'Solway Water Board') is not a second agent
    ("Solway Water partners with Arnott Media to host Rivenhall Water Expo 2026",
     [("host", "Solway Water Board"), ("host", "Arnott Media")],
     "Solway Water Board has partnered with Arnott Media to host the 2026 Rivenhall Water Expo, to be held in "
     "Kestrel Bay from March 9."),
    # a possessive owner that opens the headline, the event's name right after
    ("Arnott Media's Rivenhall Water Expo returns in March", [("organizer", "Arnott Media")]),
    # commas list the agents when one is an 'of' name
    ("Ministry of Water and Works, Arnott Media to co-host Rivenhall Water Expo",
     [("host", "Ministry of Water and Works"), ("host", "Arnott Media")]),
]


@pytest.mark.parametrize("title,expect,body", [h if len(h) == 3 else (*h, None) for h in HEADLINES])
def test_headline(extract, title, expect, body):
    body = body or "The 2026 Rivenhall Water Expo opens in Kestrel Bay on March 9."
    assert main_roles(extract(body, title=title)) == {(r, agent_key(a)) for r, a in expect}
