"""Roles, round 26 (r-roles26): forms found by end-to-end probe releases of our own
(tests/extract/probes26r/: built with kg.build, scored as the scorer reads the main event),
in sentences of our own (invented names, never corpus text). Each failed before this round.
Roles are compared on the main event only; the guards are the negatives below."""

import pytest

from kg.extract.common import agent_key

SHOW = "The 2026 Wendmoor Farm Show opened in Wendmoor on May 4. "
EXPO = "The Corvo Tourism Expo 2026 opened on Tuesday at the Corvo Hall. "


def main_roles(result) -> set[tuple[str, str]]:
    main = result.main_event.key if result.main_event else None
    return {(r.role, agent_key(r.agent)) for r in result.roles if r.event == main}


PROBES = [
    # a wire's dateline is no subject: the parse makes its place a second subject of the lead verb
    ("TORVIK, May 3 (Wire) -- The Torvik Port Authority will host the Torvik Maritime Week 2026 from June 1 "
     "to 4.", [("host", "Torvik Port Authority")]),
    ("ORVALE, Sept. 20 -- The 30th Orvale International Book Fair opened on Saturday with Tarsania as the "
     "country of honour.", [("guestOfHonor", "Tarsania")]),
    # a Gulf wire's 'under the directives of' a ruler: patronage
    ("DELMA, 20th July, 2026 (Wire) -- Organised under the directives of Sheikh Saif bin Hamad Al Amin, the "
     "12th Delma Date Festival kicked off today.", [("supporter", "Sheikh Saif bin Hamad Al Amin")]),
    (SHOW + "The show is held under the instructions of the Ruler of Delma.", [("supporter", "Ruler of Delma")]),
    # an 'About A' boilerplate: 'A organises N shows, including <event>'
    (SHOW + "\n\nAbout Pell Events\nPell Events organises 20 shows a year, including the Wendmoor Farm Show "
     "and the Dorne Garden Show.", [("organizer", "Pell Events")]),
    (SHOW + "\n\nAbout Pell Events\nPell Events runs trade fairs such as the Wendmoor Farm Show.",
     [("organizer", "Pell Events")]),
    # a fronted 'As the <role noun> (of <event>), A ...'
    (SHOW + "As the organiser of the show, the Wendmoor Agricultural Society welcomed 500 exhibitors.",
     [("organizer", "Wendmoor Agricultural Society")]),
    (SHOW + "\"As organisers of the show, Reddle Events and the Farmers Guild are proud to welcome you,\" "
     "said Tom Reddle.", [("organizer", "Reddle Events"), ("organizer", "Farmers Guild")]),
    (SHOW + "As the show's title sponsor, Reddle Bank will award the prizes.", [("sponsor", "Reddle Bank")]),
    (SHOW + "As the media partner, the Wendmoor Gazette will cover the show.", [("partner", "Wendmoor Gazette")]),
    # a sentence that names another edition: a participle said of the main event by its own name is its
    ("The 2026 Kessel Boat Show, organised by Marlin Fairs, will be larger than the 2025 edition, with 500 boats.",
     [("organizer", "Marlin Fairs")]),
    (EXPO + "The 2026 expo is organised by the Corvo Chamber, which also organised the 2025 expo.",
     [("organizer", "Corvo Chamber")]),
    (EXPO + "This year's expo is organised by the Corvo Chamber, which also organised the 2025 expo.",
     [("organizer", "Corvo Chamber")]),
    # a fronted role phrase's names end where the main clause's subject begins
    ("In partnership with the Arland Film Institute, Vesna Pictures will present the Vesna Film Festival 2026.",
     [("partner", "Arland Film Institute"), ("sponsor", "Vesna Pictures")]),
    ("With the support of the Ministry of Culture, Arland Bank will sponsor the Vesna Film Festival 2026.",
     [("supporter", "Ministry of Culture"), ("sponsor", "Arland Bank")]),
    # 'organisers with / at / from A' (US press): A organises the event
    (SHOW + "Organizers with the Wendmoor Horticultural Society said 40,000 visitors are expected.",
     [("organizer", "Wendmoor Horticultural Society")]),
    (SHOW + "Organisers at Pell Events said tickets are selling fast.", [("organizer", "Pell Events")]),
    # 'A puts on the show': the parse hangs the event on the particle
    (SHOW + "The Wendmoor Horticultural Society puts on the show each spring.",
     [("organizer", "Wendmoor Horticultural Society")]),
    # 'a <body> production / initiative / event', said of the event
    (SHOW + "The show is a Pell Events production.", [("organizer", "Pell Events")]),
    (SHOW + "The show, an Amber Traders Union initiative, runs until Sunday.", [("organizer", "Amber Traders Union")]),
    # key lines on one line: a separator before the next label ends the list
    (SHOW + "\n\nOrganizer: Pell Events | Venue: Wendmoor Park", [("organizer", "Pell Events")]),
    (SHOW + "\n\nOrganizer: Pell Events | Media partner: Bloom Weekly",
     [("organizer", "Pell Events"), ("partner", "Bloom Weekly")]),
    # guests of honour: an apposition with the event's possessive; the honour as a title before a
    # name that is the clause's subject; a fronted participle 'Speaking as the chief guest, A said'
    (EXPO + "Portugal, the expo's partner country, brought 40 firms.", [("guestOfHonor", "Portugal")]),
    (EXPO + "Chief guest Minister Tom Reddle said tourism is growing.", [("guestOfHonor", "Minister Tom Reddle")]),
    (EXPO + "Speaking as the chief guest, Governor Tom Reddle said tourism is growing.",
     [("guestOfHonor", "Governor Tom Reddle")]),
    # a Japanese place's body named in lower case ('prefectural', 'metropolitan' government)
    (SHOW + "The show is held with the backing of the Kyora prefectural government.",
     [("supporter", "Kyora prefectural government")]),
    (SHOW + "The show is supported by the Tokyo metropolitan government.",
     [("supporter", "Tokyo metropolitan government")]),
    # Chinese English 'units': host / organizing / undertaking / co-organizing / supporting / guiding unit
    (EXPO + "Supporting units of the expo include the Corvo Battery Association and the Corvo Energy Society.",
     [("supporter", "Corvo Battery Association"), ("supporter", "Corvo Energy Society")]),
    (EXPO + "The host units are the Ministry of Industry and the Corvo Provincial Government.",
     [("host", "Ministry of Industry"), ("host", "Corvo Provincial Government")]),
    (EXPO + "The co-organizing units are the Corvo Battery Association and Pell Events.",
     [("coOrganizer", "Corvo Battery Association"), ("coOrganizer", "Pell Events")]),
    (EXPO + "The Corvo Municipal Bureau of Commerce is the undertaker of the expo.",
     [("organizer", "Corvo Municipal Bureau of Commerce")]),
    (EXPO + "\n\nHost unit: Corvo Provincial Government\nUndertaking units: Corvo Expo Center, Pell Events",
     [("host", "Corvo Provincial Government"), ("organizer", "Corvo Expo Center"), ("organizer", "Pell Events")]),
    # the main event under a shorter name that the event rules take for an event of its own
    ("The Velora International Fashion Week 2026 opens on April 20.\n\nVelora Fashion Week is organised by the "
     "Velora Fashion Council.", [("organizer", "Velora Fashion Council")]),
]

NEGATIVES = [
    SHOW + "As a partner of the bank, Reddle Insurance showed a new policy.",
    SHOW + "As a sponsor, we are proud to be here.",
    SHOW + "\n\nAbout Pell Events\nPell Events organises 20 shows a year in six countries.",
    SHOW + "Pell Events sells tractors in 20 countries, including Wendmoor.",
    "KELDAR, March 30 (Wire) -- The Keldar Halal Expo 2026 opened on Monday with 800 exhibitors.",
    "The 2026 Kessel Boat Show opens in May. The 2025 edition was organised by Marlin Fairs.",
    SHOW + "Organisers at the venue said tickets are selling fast.",
    EXPO + "The 2025 expo was organised by the Corvo Chamber, which also organised the 2024 expo.",
    SHOW + "The show is a Wendmoor Park event.",
    SHOW + "The show is an event for gardeners.",
    SHOW + "Pell Events puts on a good display for gardeners.",
    EXPO + "Speaking as the guest of honour, the speaker said hello.",
    EXPO + "Chief guest arrivals were delayed by rain.",
    EXPO + "The army unit guarded the hall, and every exhibitor unit has a booth.",
    "The Velora International Fashion Week 2026 opens on April 20.\n\nVelora Fashion Week 2025 was organised by "
    "the Velora Fashion Council.",
    "The Velora International Fashion Week 2026 opens on April 20.\n\nThe Velora Fashion Week Awards are "
    "sponsored by Pell Cosmetics.",
]


@pytest.mark.parametrize("text,expect", PROBES)
def test_probe(extract, text, expect):
    got = main_roles(extract(text))
    assert got == {(r, agent_key(a)) for r, a in expect}


@pytest.mark.parametrize("text", NEGATIVES)
def test_negative(extract, text):
    assert not main_roles(extract(text))
