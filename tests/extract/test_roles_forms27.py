"""Roles, round 27 (r-roles27): forms found by end-to-end probe releases of our own
(tests/extract/probes27r/: built with kg.build, scored as the scorer reads the main event),
in sentences of our own (invented names, never corpus text). Each probe failed before this
round (main 4d00a58). Roles are compared on the main event only; the guards are the negatives."""

import pytest

from kg.extract.common import agent_key


def main_roles(result) -> set[tuple[str, str]]:
    main = result.main_event.key if result.main_event else None
    return {(r.role, agent_key(r.agent)) for r in result.roles if r.event == main}


PROBES = [
    # the event called by its own head word, one EVENT_ANAPHORS lacks ('the weekend', 'the indaba')
    ("The Tarrow Valley Wine Weekend 2026 opens on Saturday in Tarrow.\n\nThe weekend is presented by "
     "Halcyon Motors in association with the Tarrow Vintners Guild.",
     [("sponsor", "Halcyon Motors"), ("partner", "Tarrow Vintners Guild")]),
    ("The Kelso Charity Run 2026 will take place on June 28 in Kelso. Sponsors for the run are Kelso Dairy "
     "and Brightway Pharmacy.", [("sponsor", "Kelso Dairy"), ("sponsor", "Brightway Pharmacy")]),
    ("The Dunmore Mining Indaba 2026 will be held on February 2-5 in Dunmore. Pell Minerals Council is "
     "the official host of the indaba.", [("host", "Pell Minerals Council")]),
    # a part word ('seminar', 'workshop') that is the main event's own head word is the event
    ("The Asia Tax Seminar 2026 will be held in Manila on June 3.\n\nThe seminar is organised by the "
     "Coral Tax Institute and sponsored by Reef Bank.",
     [("organizer", "Coral Tax Institute"), ("sponsor", "Reef Bank")]),
    ("The Corlay Jazz Workshop 2026 opens on Saturday.\n\nThe workshop is run by Halcyon Music.",
     [("organizer", "Halcyon Music")]),
    # a lower-case government 'of the <Name>' as a later item of a list (a wire's list of hosts)
    ("The Lanxi Commodity Expo 2026 opened on Thursday in Lanxi.\n\nThe expo is hosted by the Ministry of "
     "Commerce, the Trade Council and the people's government of the Lanxi Autonomous Region.",
     [("host", "Ministry of Commerce"), ("host", "Trade Council"),
      ("host", "people's government of the Lanxi Autonomous Region")]),
    ("The Lanxi Commodity Expo 2026 opened on Thursday in Lanxi.\n\nThe expo is organized by the Ministry of "
     "Trade and the government of the Sverdlovo Region.",
     [("organizer", "Ministry of Trade"), ("organizer", "government of the Sverdlovo Region")]),
    # a lower-case body after a lower-case name word ('municipal people's government', 'provincial
    # department of commerce'), the list going on after it
    ("The Smart Cities Expo 2026 opened in Lanxi on Thursday. The expo is hosted by the Lanxi municipal "
     "people's government and the Marvian Academy of Sciences.",
     [("host", "Lanxi municipal people's government"), ("host", "Marvian Academy of Sciences")]),
    ("The Smart Cities Expo 2026 opened in Lanxi on Thursday. The expo is organized by the Lanxi provincial "
     "department of commerce and Pell Events.",
     [("organizer", "Lanxi provincial department of commerce"), ("organizer", "Pell Events")]),
    # '<event>, the flagship event of A (AA), ...' where the parse takes the name's first word for a verb
    ("MADRID, Nov 11 -- Iberwind Forum 2026, the flagship event of the Iberian Wind Energy Association "
     "(AEIE), opened in Madrid on Wednesday.", [("organizer", "Iberian Wind Energy Association")]),
    # Romance and German name particles between a name's capitalized words
    ("The Pell Trade Expo 2026 opened in Pell on Thursday. The expo is organised by Fundación para el "
     "Desarrollo Rural and Cámara de Comercio de Lima.",
     [("organizer", "Fundación para el Desarrollo Rural"), ("organizer", "Cámara de Comercio de Lima")]),
    ("The Pell Trade Expo 2026 opened in Pell on Thursday. The expo is supported by the Ministerio de "
     "Comercio Exterior y Turismo.", [("supporter", "Ministerio de Comercio Exterior y Turismo")]),
    ("The Pell Trade Expo 2026 opened in Pell on Thursday. The expo is organised by the Verband der "
     "Pellischen Maschinenbauer.", [("organizer", "Verband der Pellischen Maschinenbauer")]),
    # 'A hosts <event>' where the tagger takes the verb for a plural noun after a name it does not know
    ("Pellburg hosts the 8th Pell Trade Expo from May 3 to 6.", [("host", "Pellburg")]),
    ("KORVALE, May 2 -- Korvale University hosts the 3rd Korvale Robotics Summit on Friday.",
     [("host", "Korvale University")]),
    # a described body as a later list item ('and the games association GAV'), and a description
    # that goes on after words the event rules took for an event's name ('Marvian games')
    ("The Playcon Games Fair 2026 opened in Kolden on Wednesday. The fair is organised by Messe Kolden and "
     "the games association GAV.", [("organizer", "Messe Kolden"), ("organizer", "GAV")]),
    ("The Playcon Games Fair 2026 opened in Kolden on Wednesday. The fair is organised by Messe Kolden and "
     "the Marvian crafts association BVK.",
     [("organizer", "Messe Kolden"), ("organizer", "Marvian crafts association BVK")]),
    ("The Playcon Games Fair 2026 opened in Kolden on Wednesday. The fair is organised by Messe Kolden in "
     "partnership with the Marvian games industry association GAV.",
     [("organizer", "Messe Kolden"), ("partner", "Marvian games industry association GAV")]),
    # '<event>, A's annual <any noun>, ...': the owner of the event said again in other words
    ("Pell Air Show 2026, PAF's annual fly-in, opened on Monday in Pell.", [("organizer", "PAF")]),
    ("The Tarrow Wine Days 2026, the Tarrow Vintners Guild's yearly get-together, open on Friday.",
     [("organizer", "Tarrow Vintners Guild")]),
    # a company's legal form after a comma is its name's ('Co., Ltd.', ', Inc.'), not another agent
    ("The Pell Trade Expo 2026 opened in Pell on Thursday. The expo is sponsored by Marvia Technology Co., "
     "Ltd., Pell Media, Inc. and Kelp Foods, LLC.",
     [("sponsor", "Marvia Technology Co., Ltd"), ("sponsor", "Pell Media, Inc"), ("sponsor", "Kelp Foods, LLC")]),
    # a web address in brackets after a name is stepped over, the list goes on
    ("The Pell Trade Expo 2026 opened in Pell on Thursday. The expo is organized by Pell Events "
     "(www.pellevents.example) and the Marvia Trade Council.",
     [("organizer", "Pell Events"), ("organizer", "Marvia Trade Council")]),
    # an inverted sentence opened by a gerund of no event-object verb ('Partnering (with) the expo are A and B')
    ("The Pell Trade Expo 2026 opened in Pell on Thursday. Partnering with the expo this year is Marvia Bank.",
     [("partner", "Marvia Bank")]),
    ("The Pell Trade Expo 2026 opened in Pell on Thursday. Backing the expo are the Ministry of Trade and "
     "Marvia Bank.", [("supporter", "Ministry of Trade"), ("supporter", "Marvia Bank")]),
    # key lines with a dash after the role ('Supported by – A')
    ("The Andes Coffee Congress 2026 will be held in Pereira Alta on August 12-14.\n\nOrganised by – Cafe "
     "Union\nSupported by – Halvey Ministry of Agriculture\nOfficial sponsor – Banco Cordillera",
     [("organizer", "Cafe Union"), ("supporter", "Halvey Ministry of Agriculture"), ("sponsor", "Banco Cordillera")]),
    # 'a project by A'; 'A is the company behind <event>'; 'A and B are behind <event>' (both)
    ("The Pell Trade Expo 2026 opened in Pell on Thursday. The expo is a project by the Pell Chamber.",
     [("organizer", "Pell Chamber")]),
    ("The Pell Trade Expo 2026 opened in Pell on Thursday. Pell Events is the company behind the expo.",
     [("organizer", "Pell Events")]),
    ("The Pell Trade Expo 2026 opened in Pell on Thursday. Marvia Bank and Pell Media are behind the expo.",
     [("organizer", "Marvia Bank"), ("organizer", "Pell Media")]),
    # 'it' as the object of a second role verb, after the event named as the first one's object
    ("The Pell Trade Expo 2026 opened in Pell on Thursday. Halden Fairs organises the expo, while Marvia Bank "
     "and Kestrel Media sponsor it.",
     [("organizer", "Halden Fairs"), ("sponsor", "Marvia Bank"), ("sponsor", "Kestrel Media")]),
    # a role verb whose object the parse makes the subject of the next clause
    ("The Pell Trade Expo 2026 opened in Pell on Thursday. Halden Fairs organises the Pell Trade Expo and "
     "Marvia Bank sponsors it.", [("organizer", "Halden Fairs")]),
    # 'it' after the event's own head word as a role verb's object; 'remains'/'has become' as a copula
    ("The Corlay Jazz Weekend 2026 will run July 10-12.\n\nThe Corlay Arts Trust organises the weekend, "
     "while Halden Bank and Kestrel Radio sponsor it.",
     [("organizer", "Corlay Arts Trust"), ("sponsor", "Halden Bank"), ("sponsor", "Kestrel Radio")]),
    ("The Pell Trade Expo 2026 opened in Pell on Thursday. Halden Bank remains the title sponsor of the expo.",
     [("sponsor", "Halden Bank")]),
    ("The Pell Trade Expo 2026 opened in Pell on Thursday. Halden Bank has become the official partner.",
     [("partner", "Halden Bank")]),
    # the members of a lower-case organizing committee ('comprises', 'is made up of')
    ("The Delta Youth Games 2026 will be held in Warri from April 2 to 9. The organizing committee of the games "
     "is made up of the Delta State Sports Commission, the Warri City Council and Pell Bank.",
     [("organizer", "Delta State Sports Commission"), ("organizer", "Warri City Council"), ("organizer", "Pell Bank")]),
    # a mission 'of X in Y' inside a list: the list goes on after it
    ("The Pell Jazz Festival 2026 will be held on July 28-31. Partners of the festival are the Goethe "
     "Centre, the Embassy of Ostrava in Marvia and the French Institute.",
     [("partner", "Goethe Centre"), ("partner", "Embassy of Ostrava in Marvia"), ("partner", "French Institute")]),
]

NEGATIVES_ROLES = [
    # 'in' after a mission's 'of' name begins a role phrase, not a place of the name
    ("The Pell Jazz Festival 2026 will be held on July 28-31. The festival is organized by the Embassy of "
     "Ostrava in cooperation with the Pell Music School.",
     [("organizer", "Embassy of Ostrava"), ("partner", "Pell Music School")]),
    # an 'in' after another body's name is the event's place, not the name's
    ("The Pell Jazz Festival 2026 will be held on July 28-31. The festival is organized by the Pell Music "
     "School in Marvia.", [("organizer", "Pell Music School")]),
]

NEGATIVES_ROLES.append(
    # an event named after the list's 'and' stays an event, no agent
    ("The Playcon Games Fair 2026 opened in Kolden on Wednesday. The fair is organised by Messe Kolden and "
     "the Kolden Boat Show follows in June.", [("organizer", "Messe Kolden")]))

NEGATIVES = [
    "The Delta Youth Games 2026 will be held in Warri from April 2 to 9. The organising committee comprises "
    "40 volunteers.",
    "The Delta Youth Games 2026 will be held in Warri from April 2 to 9. The organising committee of the "
    "school comprises Pell Bank.",
    "The Pell Trade Expo 2026 opened in Pell on Thursday. Jane Doe became a partner of Pell Law.",
    "The Pell Trade Expo 2026 opened in Pell on Thursday. Jane Doe visited the expo and said Marvia Bank would "
    "sponsor it next year.",
    "The Pell Trade Expo 2026 opened in Pell on Thursday. Pell Events is the firm behind the new hall at the expo.",
    "Skyfest Tarrow 2025, Jane Doe's annual party, opened on Monday.",
    "Skyfest Tarrow 2025, Portugal's annual fly-in, opened on Monday.",
    # a venue that 'hosts' the event is its place
    "The Pell Trade Expo 2026 opened on Thursday. The Pellburg Expo Centre hosts the Pell Trade Expo until Sunday.",
    # an apposition 'the ... event of' a place or a field names no organizer
    "MADRID, Nov 11 -- Iberwind Forum 2026, the largest event of Spain, opened in Madrid on Wednesday.",
    "MADRID, Nov 11 -- Iberwind Forum 2026, the annual event of the wind industry, opened on Wednesday.",
    # a part of the event stays a part when the event's own name is another kind
    "The Harlow Trade Conference 2026 opens on June 3 in Harlow. The seminar on tariffs is organised by "
    "Pell Consulting.",
    # an indefinite head word names another event
    "The Marrow Gardening Seminar 2026 opens on June 3. A seminar on roses, run by Pell Growers, followed "
    "last year.",
]


HEADLINE_BODY = "The Pell Trade Expo 2026 opened in Pell on Thursday with 300 exhibitors."

HEADLINES = [
    # a name's particles in a headline's agent ('bin', 'de'): the name is not cut at the first
    ("Pell Trade Expo 2026 kicks off under patronage of Sheikh Ali bin Saeed Al Nahyan",
     [("supporter", "Sheikh Ali bin Saeed Al Nahyan")]),
    ("Pell Trade Expo 2026 organised by Fundación del Libro de Pell opens", [("organizer", "Fundación del Libro de Pell")]),
]


@pytest.mark.parametrize("title,expect", HEADLINES)
def test_headline(extract, title, expect):
    got = main_roles(extract(HEADLINE_BODY, title=title))
    assert got == {(r, agent_key(a)) for r, a in expect}


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
