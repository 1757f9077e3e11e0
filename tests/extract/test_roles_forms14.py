"""Roles, round 14: general forms of how releases name who founded, ran, endorsed, sponsored
or partnered an event, in sentences of our own (invented names, never corpus text).

Probes of ~360 sentences of our own (positives and negatives, nine batches plus ten headlines)
were measured before coding; kept here are only probes the rules missed before this round, each
with its fix, and negatives that leaked before (guards that already held, and guards of the new
rules, are the rules' negatives in roles.json). Roles are compared on the main event only."""

import pytest

from kg.extract.common import agent_key

FAIR = "The 2026 Ostervik Timber Fair opened in Vessby on June 3. "
SHOW = "The 2026 Calloway Boat Show opened in Port Arlen on March 5. "
FEST = "The 2026 Marrowdale Folk Festival opened in Hollinford on July 9. "
SUMMIT = "The 2026 Tennant Mining Summit opened in Karrow on May 12. "
EXPO = "The 2026 Quenby Food Expo opened in Sennaby on April 2. "


def main_roles(result) -> set[tuple[str, str]]:
    """The (role, agent key) pairs a result gives the release's main event."""
    main = result.main_event.key if result.main_event else None
    return {(r.role, agent_key(r.agent)) for r in result.roles if r.event == main}


PROBES = [
    # 'founded / launched / established / executed / delivered by A' said of the event
    (FAIR + "The fair was founded in 2004 by the Ostervik Forestry Union.", [("organizer", "Ostervik Forestry Union")]),
    (FAIR + "The fair, launched by Halvard Messe in 2009, has grown every year.", [("organizer", "Halvard Messe")]),
    (FEST + "First launched in 1988 by the Marrowdale Town Council, the festival now draws 20,000 people.",
     [("organizer", "Marrowdale Town Council")]),
    (EXPO + "The expo is organized by the Quenby Ministry of Agriculture and executed by Tessaro Exhibitions Ltd.",
     [("organizer", "Quenby Ministry of Agriculture"), ("organizer", "Tessaro Exhibitions")]),
    (SUMMIT + "The summit, delivered by Corlan Events, runs for three days.", [("organizer", "Corlan Events")]),
    (EXPO + "The expo was established in 2011 by the Quenby Chamber of Commerce.", [("organizer", "Quenby Chamber of Commerce")]),
    # 'sanctioned / accredited by A'
    (FEST + "The festival is sanctioned by the Marrowdale Arts Board.", [("supporter", "Marrowdale Arts Board")]),
    (FAIR + "The fair is accredited by the Ostervik Ministry of Industry.", [("supporter", "Ostervik Ministry of Industry")]),
    # 'has the (official) endorsement of A', 'a joint venture of / between A and B', 'receives sponsorship from A'
    (FAIR + "The fair has the endorsement of the Ostervik Ministry of Trade.", [("supporter", "Ostervik Ministry of Trade")]),
    (SUMMIT + "The summit has the official endorsement of the Tennant Ministry of Mines.",
     [("supporter", "Tennant Ministry of Mines")]),
    (FAIR + "The fair is a joint venture of Halvard Messe and the Ostervik Forestry Union.",
     [("organizer", "Halvard Messe"), ("organizer", "Ostervik Forestry Union")]),
    (SHOW + "The show is a joint venture between Corlan Events and the Calloway Marine Dealers Association.",
     [("organizer", "Corlan Events"), ("organizer", "Calloway Marine Dealers Association")]),
    (FEST + "The festival received sponsorship from Pellor Telecom and Halbrook Bank.",
     [("sponsor", "Pellor Telecom"), ("sponsor", "Halbrook Bank")]),
    # a company named in lower case: coined words no English word list knows, then a company word
    (SHOW + "The show is organised by nordhaven events.", [("organizer", "nordhaven events")]),
    (SHOW + "The show, organised by nordhaven events, runs until Sunday.", [("organizer", "nordhaven events")]),
    (SHOW + "nordhaven events, the organiser of the show, said visitor numbers rose.", [("organizer", "nordhaven events")]),
    (SHOW + "nordhaven events is organising the show for the third time.", [("organizer", "nordhaven events")]),
    (SHOW + "The show is produced and organised by nordhaven events.", [("organizer", "nordhaven events")]),
    (SHOW + "The show is co-hosted by nordhaven events and the Calloway Marine Dealers Association.",
     [("host", "nordhaven events"), ("host", "Calloway Marine Dealers Association")]),
    (SHOW + "The show is jointly hosted by the Calloway City Government and nordhaven events.",
     [("host", "Calloway City Government"), ("host", "nordhaven events")]),
    (SHOW + "The show is sponsored by tidewell media.", [("sponsor", "tidewell media")]),
    (SHOW + "The show is organised by nordhaven events (Calloway) Ltd.", [("organizer", "nordhaven events (Calloway)")]),
    (SHOW + "Organisers nordhaven events said the show had sold out.", [("organizer", "nordhaven events")]),
    (SHOW + "Show organiser nordhaven events said the show had grown.", [("organizer", "nordhaven events")]),
    (SHOW + "The show's official media partner is tidewell media.", [("partner", "tidewell media")]),
    # 'A teamed up with / joined forces with / partnered with B to organise <event>': B has the role too
    (FAIR + "Halvard Messe teamed up with the Ostervik Forestry Union to organise the fair.",
     [("organizer", "Halvard Messe"), ("organizer", "Ostervik Forestry Union")]),
    (SHOW + "Corlan Events joined forces with the Calloway Marine Dealers Association to stage the show.",
     [("organizer", "Corlan Events"), ("organizer", "Calloway Marine Dealers Association")]),
    (SUMMIT + "Corlan Events has joined forces with the Tennant Chamber of Mines to host the summit.",
     [("host", "Corlan Events"), ("host", "Tennant Chamber of Mines")]),
    (EXPO + "Tessaro Exhibitions partnered with the Quenby Farmers Union to organize the expo.",
     [("organizer", "Tessaro Exhibitions"), ("organizer", "Quenby Farmers Union")]),
    # 'organised by A on behalf of B': B is not part of A's name (and, as the earlier probes
    # decided, gets no role of its own)
    (SHOW + "The show is organised by brightwell events on behalf of the Calloway Marine Dealers Association.",
     [("organizer", "brightwell events")]),
    # 'the official airline / bank / car / broadcaster of <event> is A': a partner
    (SHOW + "The official airline of the show is Vantor Airways.", [("partner", "Vantor Airways")]),
    (SHOW + "Vantor Airways is the show's official airline.", [("partner", "Vantor Airways")]),
    (FAIR + "The official bank of the fair is Halbrook Bank.", [("partner", "Halbrook Bank")]),
    (FEST + "Pellor Telecom, the festival's official broadcaster, streamed every concert.", [("partner", "Pellor Telecom")]),
    # 'the show partners with A': the event's own partnership
    (SHOW + "The show partners with Halbrook Bank.", [("partner", "Halbrook Bank")]),
    (SHOW + "This year the show partners with Halbrook Bank and Pellor Telecom.",
     [("partner", "Halbrook Bank"), ("partner", "Pellor Telecom")]),
    (SUMMIT + "The summit will also partner with Vantor Airways.", [("partner", "Vantor Airways")]),
    # 'A founded / launched the festival', 'A, which owns and operates the show', 'started / created by A'
    (FEST + "Rennard Productions founded the festival in 1988.", [("organizer", "Rennard Productions")]),
    (FEST + "Rennard Productions launched the festival in 1988.", [("organizer", "Rennard Productions")]),
    (SHOW + "Corlan Events, which owns and operates the show, said sales rose.", [("organizer", "Corlan Events")]),
    (FEST + "The festival was started in 1988 by Rennard Productions.", [("organizer", "Rennard Productions")]),
    (FEST + "The festival was created by Rennard Productions in 1988.", [("organizer", "Rennard Productions")]),
    # 'a collaboration of A and B'
    (SHOW + "The show is a collaboration of Corlan Events and the Calloway Marine Dealers Association.",
     [("partner", "Corlan Events"), ("partner", "Calloway Marine Dealers Association")]),
    # a noun of support said of the event, and who gives it (rule support-noun)
    (FEST + "Funding for the festival comes from the Marrowdale Arts Board.", [("sponsor", "Marrowdale Arts Board")]),
    (FEST + "Support for the festival comes from the Marrowdale Arts Board and Halbrook Bank.",
     [("supporter", "Marrowdale Arts Board"), ("supporter", "Halbrook Bank")]),
    (FEST + "The Marrowdale Arts Board provides financial support to the festival.", [("supporter", "Marrowdale Arts Board")]),
    (FEST + "Halbrook Bank renewed its sponsorship of the festival.", [("sponsor", "Halbrook Bank")]),
    # 'for a third year' after a role noun is a time, not what the role is of
    (FEST + "Halbrook Bank is the festival's lead sponsor for a third year.", [("sponsor", "Halbrook Bank")]),
    # 'A co-organises the show with B': the parse hangs 'with' on the event noun
    (SHOW + "Corlan Events co-organises the show with the Calloway Marine Dealers Association.",
     [("coOrganizer", "Corlan Events"), ("coOrganizer", "Calloway Marine Dealers Association")]),
    # a list after a role noun that the sentence splitter cut at an initial ('Conservatory. K. Varan, ...')
    (FEST + "Partners of the festival are also the Arden Cultural Centre, the Marrowdale State Conservatory. "
     "K. Varan, the Ostervik Institute and the Embassy of Ruritania to Ostervik.",
     [("partner", "Arden Cultural Centre"), ("partner", "Marrowdale State Conservatory"),
      ("partner", "Ostervik Institute"), ("partner", "Embassy of Ruritania to Ostervik")]),
    # 'A was appointed as the organiser of <event>': a naming verb's passive subject
    (EXPO + "Tessaro Exhibitions was appointed as the organiser of the expo.", [("organizer", "Tessaro Exhibitions")]),
    # 'organised by A Events for the B Association': a company's name does not go on with 'for'
    (SHOW + "The show is organised by Corlan Events for the Calloway Marine Dealers Association.",
     [("organizer", "Corlan Events")]),
]

NEGATIVES: list[str] = [
    # a verb 'sponsors' with its object is no role noun before a name
    FAIR + "Pellor Telecom, which sponsors the Ostervik Football Club, showed a new phone.",
    # 'a sponsor of <another event>': that event's sponsor
    FAIR + "Halbrook Bank, a sponsor of the Ostervik Marathon, had a stand at the fair.",
    FAIR + "Halbrook Bank, the main sponsor of the Ostervik Marathon, had a stand at the fair.",
    # 'the forum on <topic>, hosted by A': a forum of the event's, not the event
    EXPO + "The forum on seed trade, hosted by the Quenby Seed Association, was held on Tuesday.",
    # 'a sponsor of many local events': a role of things in general, not of this event
    SHOW + "Halbrook Bank, a sponsor of many local events, had a stand.",
]


@pytest.mark.parametrize("text,expect", PROBES, ids=[f"p{i}" for i in range(len(PROBES))])
def test_probe(extract, text, expect):
    assert main_roles(extract(text)) == {(r, agent_key(a)) for r, a in expect}


@pytest.mark.parametrize("text", NEGATIVES, ids=[f"n{i}" for i in range(len(NEGATIVES))])
def test_negative(extract, text):
    assert main_roles(extract(text)) == set()


BOAT = "The 2026 Calloway Boat Show opened in Port Arlen on March 5."

#: (headline of the front matter, expected main-event roles): the body names no role
HEADLINES = [
    ("Corlan Events teams up with Calloway Marine Dealers Association to host Calloway Boat Show",
     [("host", "Corlan Events"), ("host", "Calloway Marine Dealers Association")]),
    ("Corlan Events, Calloway Marine Dealers Association join forces to stage Calloway Boat Show",
     [("organizer", "Corlan Events"), ("organizer", "Calloway Marine Dealers Association")]),
    ("Halbrook Bank named official partner of Calloway Boat Show", [("partner", "Halbrook Bank")]),
    ("Calloway Boat Show partners with Halbrook Bank", [("partner", "Halbrook Bank")]),
    ("Halbrook Bank returns as title sponsor of Calloway Boat Show", [("sponsor", "Halbrook Bank")]),
    ("Vantor Airways named official airline of Calloway Boat Show", [("partner", "Vantor Airways")]),
]


@pytest.mark.parametrize("title,expect", HEADLINES, ids=[f"h{i}" for i in range(len(HEADLINES))])
def test_headline(extract, title, expect):
    assert main_roles(extract(BOAT, title=title)) == {(r, agent_key(a)) for r, a in expect}
