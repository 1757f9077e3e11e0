"""Roles probe (issue 10): the common English ways a release states who hosts, organizes,
co-organizes, sponsors, supports, partners or is guest of honour at an event, on sentences
of our own; each gives exactly the (role, agent) pairs listed, the negatives give none."""

import pytest

from kg.extract.common import agent_key

FAIR = "The 2025 Amber Coast Trade Fair opened on Monday. "

PROBES: list[tuple[str, list[tuple[str, str]]]] = [
    # passive participles
    ("The 2025 Amber Coast Trade Fair is organised by Tidewater Events.", [("organizer", "Tidewater Events")]),
    ("The 2025 Amber Coast Trade Fair is organized by the Amber Traders Union.",
     [("organizer", "Amber Traders Union")]),
    ("The 2025 Amber Coast Trade Fair, hosted by the Ministry of Trade, the Amber Chamber of Commerce and "
     "Kelpwave Media, opened on Monday.",
     [("host", "Ministry of Trade"), ("host", "Amber Chamber of Commerce"), ("host", "Kelpwave Media")]),
    ("The 2025 Amber Coast Trade Fair is co-hosted by the Amber City Council and the Coral Institute.",
     [("host", "Amber City Council"), ("host", "Coral Institute")]),
    ("The 2025 Amber Coast Trade Fair is co-organised by the Amber Traders Union.",
     [("coOrganizer", "Amber Traders Union")]),
    ("The 2025 Amber Coast Trade Fair is co-organized by Tidewater Events and the Coral Institute.",
     [("coOrganizer", "Tidewater Events"), ("coOrganizer", "Coral Institute")]),
    ("The 2025 Amber Coast Trade Fair is jointly organised by the Amber Traders Union and Tidewater Events.",
     [("organizer", "Amber Traders Union"), ("organizer", "Tidewater Events")]),
    ("The 2025 Amber Coast Trade Fair was sponsored by Kelpwave Bank.", [("sponsor", "Kelpwave Bank")]),
    ("The 2025 Amber Coast Trade Fair is supported by the Ministry of Culture.",
     [("supporter", "Ministry of Culture")]),
    ("The 2025 Amber Coast Trade Fair, presented by Goldleaf Cider, drew 9,000 visitors.",
     [("sponsor", "Goldleaf Cider")]),
    ("The 2025 Amber Coast Trade Fair, powered by Kelpwave Bank, drew 9,000 visitors.",
     [("sponsor", "Kelpwave Bank")]),
    (FAIR + "It is organised by Tidewater Events with the support of the Ministry of Culture.",
     [("organizer", "Tidewater Events"), ("supporter", "Ministry of Culture")]),
    (FAIR + "The fair is owned and run by Tidewater Events.", [("organizer", "Tidewater Events")]),
    (FAIR + "The event was organised by Amber Fairs GmbH on behalf of the Amber Traders Union.",
     [("organizer", "Amber Fairs GmbH")]),
    # acronyms, possessives, appositions inside the agent
    (FAIR + "The fair is organised by the Amber crafts industry association ACIA.",
     [("organizer", "Amber crafts industry association ACIA")]),
    (FAIR + "The fair is organised by the German crafts industry association BVK.",
     [("organizer", "German crafts industry association BVK")]),
    (FAIR + "The fair is hosted by Ruritania's Ministry of Food and Agriculture and the Amber Traders Union.",
     [("host", "Ruritania's Ministry of Food and Agriculture"), ("host", "Amber Traders Union")]),
    (FAIR + "The fair is organised by the Amber Traders Union (ATU) and Tidewater Events.",
     [("organizer", "Amber Traders Union"), ("organizer", "Tidewater Events")]),
    (FAIR + "The fair is organised by ATU, the Amber Traders Union.", [("organizer", "Amber Traders Union")]),
    # active voice
    ("Tidewater Events organises the 2025 Amber Coast Trade Fair.", [("organizer", "Tidewater Events")]),
    ("Tidewater Events and the Coral Institute jointly organise the 2025 Amber Coast Trade Fair.",
     [("organizer", "Tidewater Events"), ("organizer", "Coral Institute")]),
    ("The Amber City Council will host the 2025 Amber Coast Trade Fair in May.",
     [("host", "Amber City Council")]),
    ("Kelpwave Bank sponsors the 2025 Amber Coast Trade Fair.", [("sponsor", "Kelpwave Bank")]),
    ("The Amber Traders Union and Tidewater Events co-organise the 2025 Amber Coast Trade Fair.",
     [("coOrganizer", "Amber Traders Union"), ("coOrganizer", "Tidewater Events")]),
    ("Tidewater Events, which organises the 2025 Amber Coast Trade Fair, reported record sales.",
     [("organizer", "Tidewater Events")]),
    ("Tidewater Events has organised the 2025 Amber Coast Trade Fair since 1990.",
     [("organizer", "Tidewater Events")]),
    # role nouns
    (FAIR + "Tidewater Events, the organiser of the fair, said sales were strong.",
     [("organizer", "Tidewater Events")]),
    (FAIR + "Tidewater Events, the organizer of the show, expects 9,000 visitors.",
     [("organizer", "Tidewater Events")]),
    (FAIR + "The fair's organiser, Tidewater Events, expects 9,000 visitors.", [("organizer", "Tidewater Events")]),
    (FAIR + "The event's organiser Tidewater Events expects 9,000 visitors.", [("organizer", "Tidewater Events")]),
    (FAIR + "Organiser Tidewater Events expects 9,000 visitors.", [("organizer", "Tidewater Events")]),
    (FAIR + "Tidewater Events is the organiser of the fair.", [("organizer", "Tidewater Events")]),
    (FAIR + "Kelpwave Bank is the main sponsor of the fair.", [("sponsor", "Kelpwave Bank")]),
    (FAIR + "Title sponsor Kelpwave Bank hosted a reception.", [("sponsor", "Kelpwave Bank")]),
    (FAIR + "The official sponsor of the fair is Kelpwave Bank.", [("sponsor", "Kelpwave Bank")]),
    (FAIR + "The fair's sponsors include Kelpwave Bank and Tidewater Insurance.",
     [("sponsor", "Kelpwave Bank"), ("sponsor", "Tidewater Insurance")]),
    (FAIR + "Partners of the fair are Kelpwave Bank, Tidewater Insurance and the Coral Institute.",
     [("partner", "Kelpwave Bank"), ("partner", "Tidewater Insurance"), ("partner", "Coral Institute")]),
    (FAIR + "Co-organisers of the fair are the Coral Institute and Tidewater Events.",
     [("coOrganizer", "Coral Institute"), ("coOrganizer", "Tidewater Events")]),
    (FAIR + "Tidewater Events, the owner of the fair, expects 9,000 visitors.", [("organizer", "Tidewater Events")]),
    (FAIR + "The fair is an initiative of the Amber Traders Union.", [("organizer", "Amber Traders Union")]),
    # role phrases
    (FAIR + "The fair is held under the patronage of the Ministry of Culture.",
     [("supporter", "Ministry of Culture")]),
    (FAIR + "The fair is held under the auspices of the Amber City Council.",
     [("supporter", "Amber City Council")]),
    (FAIR + "The fair is held with the support of the Ministry of Culture and Kelpwave Bank.",
     [("supporter", "Ministry of Culture"), ("supporter", "Kelpwave Bank")]),
    (FAIR + "The fair is organised in partnership with the Coral Institute.", [("partner", "Coral Institute")]),
    (FAIR + "The fair is held in collaboration with Tidewater Media.", [("partner", "Tidewater Media")]),
    (FAIR + "The fair is held in cooperation with the Amber Traders Union.", [("partner", "Amber Traders Union")]),
    (FAIR + "The fair is run in partnership with Ruritania's Brightline railway.", [("partner", "Ruritania's Brightline")]),
    (FAIR + "The fair's organisers announced a partnership with Ruritania's Brightline railway.",
     [("partner", "Ruritania's Brightline")]),
    # guests of honour
    (FAIR + "Portugal is the partner country of the fair.", [("guestOfHonor", "Portugal")]),
    (FAIR + "The partner country of this year's fair is Portugal.", [("guestOfHonor", "Portugal")]),
    (FAIR + "Partner country Portugal brought 90 companies.", [("guestOfHonor", "Portugal")]),
    (FAIR + "Portugal is this year's country of honour.", [("guestOfHonor", "Portugal")]),
    (FAIR + "This year's focus country is Portugal.", [("guestOfHonor", "Portugal")]),
    (FAIR + "Portugal has been named the guest country of the fair.", [("guestOfHonor", "Portugal")]),
    (FAIR + "Portugal was the guest of honour.", [("guestOfHonor", "Portugal")]),
    # the owner of the event
    ("The Northern Dental Association's annual convention, the 2025 Northern Dental Congress, opened in Oslo.",
     [("organizer", "Northern Dental Association")]),
    ("The 2025 Lagoon Water Summit, the flagship event of the Coral Institute, opened on Monday.",
     [("organizer", "Coral Institute")]),
    # lists
    ("The 2025 Amber Coast Trade Fair is hosted by the Ministry of Trade, the Ministry of Culture and Ruritania's "
     "Export Agency (REA).",
     [("host", "Ministry of Trade"), ("host", "Ministry of Culture"), ("host", "Ruritania's Export Agency")]),
    ("The 2025 Amber Coast Trade Fair is organized by the Amber Traders Union, with Tidewater Events as "
     "co-organiser.",
     [("organizer", "Amber Traders Union"), ("coOrganizer", "Tidewater Events")]),
    (FAIR + "The fair is hosted by the Amber City Council and organised by Tidewater Events.",
     [("host", "Amber City Council"), ("organizer", "Tidewater Events")]),
    # other event kinds, anaphors, tenses
    ("The 2025 Lagoon Water Summit will be organised by the Lagoon Basin Commission.",
     [("organizer", "Lagoon Basin Commission")]),
    ("The 2025 Lagoon Water Summit opened on Monday. The summit is being hosted by the Coral Institute.",
     [("host", "Coral Institute")]),
    ("The 2025 Lagoon Water Summit opened on Monday. The event has been organised by the Coral Institute since 2002.",
     [("organizer", "Coral Institute")]),
    ("The 2025 Northern Dental Congress opened on Monday. The congress was organised by the Department of "
     "Surgery of Amber Medical College.",
     [("organizer", "Department of Surgery of Amber Medical College")]),
    ("Hosted by the Amber City Council, the 2025 Amber Coast Trade Fair drew 9,000 visitors.",
     [("host", "Amber City Council")]),
    ("Organised by Tidewater Events, the 2025 Amber Coast Trade Fair drew 9,000 visitors.",
     [("organizer", "Tidewater Events")]),
    ("Supported by the Ministry of Culture and Kelpwave Bank, the 2025 Amber Coast Trade Fair drew 9,000 visitors.",
     [("supporter", "Ministry of Culture"), ("supporter", "Kelpwave Bank")]),
    ("The 2025 Amber Coast Trade Fair, which is organised by Tidewater Events, drew 9,000 visitors.",
     [("organizer", "Tidewater Events")]),
    ("The 2025 Amber Coast Trade Fair was organized by the Amber Traders Union in collaboration with Tidewater Media.",
     [("organizer", "Amber Traders Union"), ("partner", "Tidewater Media")]),
    ("The 2025 Amber Coast Trade Fair was organized by the Amber Traders Union and supported by Kelpwave Bank.",
     [("organizer", "Amber Traders Union"), ("supporter", "Kelpwave Bank")]),
    ("The 2025 Amber Coast Trade Fair is organized by the Amber Traders Union under the aegis of the Ministry of "
     "Trade.", [("organizer", "Amber Traders Union"), ("supporter", "Ministry of Trade")]),
    ("The 2025 Amber Coast Trade Fair is co-hosted by the Ministry of Trade and the Amber Provincial Government, "
     "and organized by Tidewater Events.",
     [("host", "Ministry of Trade"), ("host", "Amber Provincial Government"), ("organizer", "Tidewater Events")]),
    ("The 2025 Amber Coast Trade Fair is organised by the Ministry of Foreign Affairs of the Republic of Ruritania.",
     [("organizer", "Ministry of Foreign Affairs of the Republic of Ruritania")]),
    ("The 2025 Amber Coast Trade Fair is hosted by the Government of Ruritania.",
     [("host", "Government of Ruritania")]),
    ("The 2025 Amber Coast Trade Fair is organized by the Amber Traders Union, Tidewater Events, and the "
     "Coral Institute.",
     [("organizer", "Amber Traders Union"), ("organizer", "Tidewater Events"), ("organizer", "Coral Institute")]),
    ("The 2025 Amber Coast Trade Fair is organized by the Amber Traders Union as well as Tidewater Events.",
     [("organizer", "Amber Traders Union"), ("organizer", "Tidewater Events")]),
    ("The 2025 Amber Coast Trade Fair is held by the Amber City Council.", [("host", "Amber City Council")]),
    ("The 2025 Amber Coast Trade Fair is put on by Tidewater Events.", [("organizer", "Tidewater Events")]),
    ("The 2025 Amber Coast Trade Fair is produced by Tidewater Events.", [("organizer", "Tidewater Events")]),
    ("The 2025 Amber Coast Trade Fair is organised by the city's tourism bureau.",
     [("organizer", "city's tourism bureau")]),
    # more role nouns and appositions
    (FAIR + "Tidewater Events and the Coral Institute are the organisers of the fair.",
     [("organizer", "Tidewater Events"), ("organizer", "Coral Institute")]),
    (FAIR + "Kelpwave Bank and Tidewater Insurance are co-sponsors of the fair.",
     [("sponsor", "Kelpwave Bank"), ("sponsor", "Tidewater Insurance")]),
    (FAIR + "Event organiser Tidewater Events expects 9,000 visitors.", [("organizer", "Tidewater Events")]),
    (FAIR + "Sales were strong, said Tidewater Events, the organiser of the fair.",
     [("organizer", "Tidewater Events")]),
    (FAIR + "The fair is a joint initiative of the Amber Traders Union and the Coral Institute.",
     [("organizer", "Amber Traders Union"), ("organizer", "Coral Institute")]),
    (FAIR + "Sponsors: Kelpwave Bank, Tidewater Insurance.",
     [("sponsor", "Kelpwave Bank"), ("sponsor", "Tidewater Insurance")]),
    (FAIR + "The main partner of the fair is Kelpwave Bank.", [("partner", "Kelpwave Bank")]),
    (FAIR + "Kelpwave Bank is the fair's official partner.", [("partner", "Kelpwave Bank")]),
    # more honours
    (FAIR + "Portugal is the Country of Honour at this year's fair.", [("guestOfHonor", "Portugal")]),
    (FAIR + "This year, Portugal is the guest of honour.", [("guestOfHonor", "Portugal")]),
    (FAIR + "The fair's guest of honour is Portugal.", [("guestOfHonor", "Portugal")]),
    (FAIR + "Portugal and Brazil are the partner countries of the fair.",
     [("guestOfHonor", "Portugal"), ("guestOfHonor", "Brazil")]),
    (FAIR + "The fair welcomes Portugal as its partner country.", [("guestOfHonor", "Portugal")]),
    # country possessives and acronyms in lists
    ("The 2025 Amber Coast Trade Fair is organized by Chile's Ministry of Mining, the Chilean Mining Association "
     "(CMA) and Andes Events.",
     [("organizer", "Chile's Ministry of Mining"), ("organizer", "Chilean Mining Association"),
      ("organizer", "Andes Events")]),
    ("The 2025 Amber Coast Trade Fair is co-organized by Kenya's Ministry of Trade and KEPSA.",
     [("coOrganizer", "Kenya's Ministry of Trade"), ("coOrganizer", "KEPSA")]),
    ("The 2025 Amber Coast Trade Fair is hosted by Norway's Ministry of Fisheries and the Norwegian Seafood "
     "Council.", [("host", "Norway's Ministry of Fisheries"), ("host", "Norwegian Seafood Council")]),
    ("The 2025 Amber Coast Trade Fair is organised by the Kenya National Chamber of Commerce and Industry "
     "(KNCCI), the Kenya Tourism Board (KTB) and the Ministry of Trade.",
     [("organizer", "Kenya National Chamber of Commerce and Industry"), ("organizer", "Kenya Tourism Board"),
      ("organizer", "Ministry of Trade")]),
    ("The 2025 Amber Coast Trade Fair is organised by the Federation of Amber Chambers of Commerce and Industry "
     "(FACCI) in association with the Ministry of Trade.",
     [("organizer", "Federation of Amber Chambers of Commerce and Industry"), ("partner", "Ministry of Trade")]),
    ("The 2025 Amber Coast Trade Fair is organized by the Chilean mining association Sonami.",
     [("organizer", "Chilean mining association Sonami")]),
    ("The 2025 Amber Coast Trade Fair is organized by trade fair company Tidewater Events.",
     [("organizer", "Tidewater Events")]),
    ("The 2025 Amber Coast Trade Fair is organized by the Norwegian Seafood Council and sponsored by DNB and "
     "Equinor.", [("organizer", "Norwegian Seafood Council"), ("sponsor", "DNB"), ("sponsor", "Equinor")]),
    # more shapes of the same roles
    ("Tidewater Events organises the 2025 Amber Coast Trade Fair together with the Amber Traders Union.",
     [("organizer", "Tidewater Events"), ("organizer", "Amber Traders Union")]),
    ("The 2025 Amber Coast Trade Fair is owned by Tidewater Events.", [("organizer", "Tidewater Events")]),
    (FAIR + "Sales were strong, said Anna Berg, managing director of Tidewater Events, organiser of the fair.",
     [("organizer", "Tidewater Events")]),
    (FAIR + "Tidewater Events, organisers of the event, expect 9,000 visitors.",
     [("organizer", "Tidewater Events")]),
    (FAIR + "It is organized by the Amber Traders Union.", [("organizer", "Amber Traders Union")]),
    ("The 2025 Amber Coast Trade Fair is organised by the Amber Traders Union in conjunction with Tidewater Events.",
     [("organizer", "Amber Traders Union"), ("partner", "Tidewater Events")]),
    (FAIR + "The Coral Institute, the host of the fair, expects 9,000 visitors.", [("host", "Coral Institute")]),
    (FAIR + "Organizers include the Amber Traders Union, Tidewater Events and the Coral Institute.",
     [("organizer", "Amber Traders Union"), ("organizer", "Tidewater Events"), ("organizer", "Coral Institute")]),
    (FAIR + "The organizers are the Amber Traders Union and Tidewater Events.",
     [("organizer", "Amber Traders Union"), ("organizer", "Tidewater Events")]),
    ("Tidewater Events is organising the 2025 Amber Coast Trade Fair with the Coral Institute.",
     [("organizer", "Tidewater Events"), ("organizer", "Coral Institute")]),
    ("The 2025 Amber Coast Trade Fair is presented by Kelpwave Bank in partnership with Tidewater Media.",
     [("sponsor", "Kelpwave Bank"), ("partner", "Tidewater Media")]),
    ("The 2025 Lagoon Water Summit is being convened by the Lagoon Basin Commission, in collaboration with the "
     "Coral Institute.", [("organizer", "Lagoon Basin Commission"), ("partner", "Coral Institute")]),
    ("The 2025 Amber Coast Trade Fair is hosted by the Kingdom of Ruritania.", [("host", "Kingdom of Ruritania")]),
    ("The 2025 Amber Coast Trade Fair will be held by the Amber City Council.", [("host", "Amber City Council")]),
    ("Under the guidance of the Ministry of Trade, the 2025 Amber Coast Trade Fair is hosted by the Amber "
     "Provincial Government and undertaken by Tidewater Events.",
     [("supporter", "Ministry of Trade"), ("host", "Amber Provincial Government"), ("organizer", "Tidewater Events")]),
    ("The 2025 Amber Coast Trade Fair is co-sponsored by the Ministry of Trade and the Amber Provincial Government.",
     [("sponsor", "Ministry of Trade"), ("sponsor", "Amber Provincial Government")]),
    ("The 2025 Amber World Expo opened on Monday. The expo is organized by the Amber Association for the 2025 "
     "World Expo.", [("organizer", "Amber Association for the 2025 World Expo")]),
    (FAIR + "The fair is organized by the Amberton Department of Industry and Trade and the municipal Trade and "
     "Investment Promotion Center (ITPC).",
     [("organizer", "Amberton Department of Industry and Trade"),
      ("organizer", "municipal Trade and Investment Promotion Center")]),
    # more honours
    (FAIR + "Spain, this year's guest of honour, brought 90 companies.", [("guestOfHonor", "Spain")]),
    (FAIR + "Spain has been chosen as the guest of honour.", [("guestOfHonor", "Spain")]),
    (FAIR + "Spain will be the guest country.", [("guestOfHonor", "Spain")]),
    (FAIR + "The fair welcomes Spain as Guest of Honour.", [("guestOfHonor", "Spain")]),
    (FAIR + "The guest of honour of the 2025 fair is Spain.", [("guestOfHonor", "Spain")]),
    # support, partnership and honour phrasings
    (FAIR + "The fair is held with strong support from the Ministry of Trade.", [("supporter", "Ministry of Trade")]),
    (FAIR + "The fair is held thanks to the support of the Ministry of Trade.", [("supporter", "Ministry of Trade")]),
    (FAIR + "The fair is held in close cooperation with the Coral Institute.", [("partner", "Coral Institute")]),
    (FAIR + "The fair is held with the financial support of the Ministry of Trade and Kelpwave Bank.",
     [("supporter", "Ministry of Trade"), ("supporter", "Kelpwave Bank")]),
    (FAIR + "The fair is backed by the Ministry of Trade.", [("supporter", "Ministry of Trade")]),
    (FAIR + "The fair is endorsed by the Amber Traders Union.", [("supporter", "Amber Traders Union")]),
    (FAIR + "The fair is arranged by Tidewater Events.", [("organizer", "Tidewater Events")]),
    (FAIR + "The chief guest, President Amina Njoroge, opened the fair.",
     [("guestOfHonor", "President Amina Njoroge")]),
    (FAIR + "Amina Njoroge, who was the chief guest, opened the fair.", [("guestOfHonor", "Amina Njoroge")]),
    (FAIR + "The guests of honour were Portugal and Brazil.",
     [("guestOfHonor", "Portugal"), ("guestOfHonor", "Brazil")]),
    (FAIR + "Amberton is the partner city of the fair.", [("guestOfHonor", "Amberton")]),
    (FAIR + "Portugal is the country in focus this year.", [("guestOfHonor", "Portugal")]),
    (FAIR + "Japan, the partner country, brought 90 companies.", [("guestOfHonor", "Japan")]),
    # organisers named with the event, possessives and relatives
    ("The 2025 Amber World Expo opened on Monday. The Amber Association for the 2025 World Expo, which is "
     "organizing the event, said 1 million people visited.",
     [("organizer", "Amber Association for the 2025 World Expo")]),
    ("The 2025 Amber World Expo opened on Monday. The organizer, the Amber Association for the 2025 World Expo, "
     "said 1 million people visited.", [("organizer", "Amber Association for the 2025 World Expo")]),
    (FAIR + "Its organisers, Tidewater Events and the Coral Institute, expect 9,000 visitors.",
     [("organizer", "Tidewater Events"), ("organizer", "Coral Institute")]),
    (FAIR + "The fair is organised by the U.S. Department of Commerce.", [("organizer", "U.S. Department of Commerce")]),
    (FAIR + "The fair is organised by Amber Fairs Pvt. Ltd. and Kelp Inc.",
     [("organizer", "Amber Fairs Pvt. Ltd"), ("organizer", "Kelp Inc")]),
    (FAIR + "The fair is hosted by the Amber Ministry of Trade, Industry and Tourism.",
     [("host", "Amber Ministry of Trade, Industry and Tourism")]),
    ("The Amber Investment Forum opened on Tuesday as part of the 2025 Amber Coast Trade Fair, which is hosted by "
     "the Ministry of Trade.", [("host", "Ministry of Trade")]),
]

#: known gaps, kept as expected failures (strict: a fix turns them into failures to move up)
KNOWN_GAPS: list[tuple[str, list[tuple[str, str]], str]] = [
    ("The 2025 Amber Coast Trade Fair is organised by Tidewater Events and Kelp – the Amber Games Association.",
     [("organizer", "Tidewater Events"), ("organizer", "Kelp – the Amber Games Association")],
     "a name explained after a dash ('Kelp – the X Association') keeps only its first part"),
    ("The 2025 Amber Coast Trade Fair, organised by the Department of Marine Science at Amber University, drew "
     "900 visitors.", [("organizer", "Department of Marine Science at Amber University")],
     "'at <University>' is not read as part of a department's name"),
]

NEGATIVES: list[str] = [
    FAIR + "A spokesperson for Tidewater Events said sales were strong.",
    FAIR + "John Smith, a speaker at the fair, said sales were strong.",
    FAIR + "Kelpwave Bank, an exhibitor at the fair, showed new cards.",
    "The 2025 Amber Coast Trade Fair hosted 300 exhibitors from 40 countries.",
    "The 2025 Amber Coast Trade Fair is hosted at the Amber Exhibition Centre.",
    FAIR + "Tidewater Events, which also organises a boat show in June, expects 9,000 visitors.",
    FAIR + "The fair will host 300 exhibitors.",
    FAIR + "Visitors were welcomed by volunteers.",
    FAIR + "A seminar organised by Kelpwave Bank drew 90 people.",
    FAIR + "The organisers expect 9,000 visitors.",
    FAIR + "Kelpwave Bank is a partner of many local schools.",
    FAIR + "Portugal sent 90 companies to the fair.",
    FAIR + "Tidewater Events, which organised last year's boat show, expects 9,000 visitors.",
    FAIR + "The fair's organisers said sales were strong.",
    FAIR + "Kelpwave Bank hosted a reception for exhibitors.",
    FAIR + "The Coral Institute will host a workshop on Tuesday.",
    FAIR + "The fair was opened by Mayor Anna Berg.",
    FAIR + "The fair takes place at the Amber Exhibition Centre, which hosted the boat show in June.",
    FAIR + "Tidewater Events, founded in 1990, expects 9,000 visitors.",
    FAIR + "Spain sent a delegation led by its trade minister.",
    FAIR + "The fair's organisers thanked sponsors and partners.",
]


@pytest.mark.parametrize("text,expect", PROBES, ids=[f"probe-{i}" for i in range(len(PROBES))])
def test_probe(extract, text, expect):
    got = {(r.role, agent_key(r.agent)) for r in extract(text).roles}
    assert got == {(role, agent_key(agent)) for role, agent in expect}


@pytest.mark.parametrize("text,expect", [pytest.param(t, e, marks=pytest.mark.xfail(reason=why, strict=True))
                                         for t, e, why in KNOWN_GAPS], ids=[f"gap-{i}" for i in range(len(KNOWN_GAPS))])
def test_probe_known_gap(extract, text, expect):
    got = {(r.role, agent_key(r.agent)) for r in extract(text).roles}
    assert got == {(role, agent_key(agent)) for role, agent in expect}


@pytest.mark.parametrize("text", NEGATIVES, ids=[f"negative-{i}" for i in range(len(NEGATIVES))])
def test_probe_negative(extract, text):
    assert [(r.role, r.agent) for r in extract(text).roles] == []


def roles(x):
    return {(r.role, r.agent) for r in x.roles}


def test_regression_described_association_is_one_agent(extract):
    """'the German crafts industry association BVK' used to give the agent 'German': the run
    of names stopped at the first lower-case word."""
    x = extract(FAIR + "The fair is organised by the German crafts industry association BVK.")
    assert roles(x) == {("organizer", "German crafts industry association BVK")}


def test_regression_as_well_as_splits_the_list(extract):
    """'A as well as B' used to give one agent 'A well B'."""
    x = extract("The 2025 Amber Coast Trade Fair is organized by the Amber Traders Union as well as Tidewater Events.")
    assert roles(x) == {("organizer", "Amber Traders Union"), ("organizer", "Tidewater Events")}


def test_regression_event_name_inside_an_organizer_name(extract):
    """'the Amber Association for the 2025 World Expo': the run of names used to stop at the
    event's name ('Amber Association'), and an apposition the parse hung on the event's name
    gave the event itself as its organizer."""
    x = extract("The 2025 Amber World Expo opened on Monday. The expo is organized by the Amber Association for "
                "the 2025 World Expo.")
    assert roles(x) == {("organizer", "Amber Association for the 2025 World Expo")}
    x = extract("The 2025 Amber World Expo opened on Monday. The Amber Association for the 2025 World Expo, "
                "the organizer, expects 28 million visitors.")
    assert roles(x) == {("organizer", "Amber Association for the 2025 World Expo")}


def test_regression_place_adjective_opens_a_later_list_item(extract):
    """'A and the municipal X Center': the list used to end at 'municipal', losing X."""
    x = extract(FAIR + "The fair is organized by the Amberton Department of Industry and Trade and the municipal "
                "Trade and Investment Promotion Center (ITPC).")
    assert ("organizer", "municipal Trade and Investment Promotion Center") in roles(x)


LONG_LIST = ["Ministry of Commerce", "National Development and Reform Commission", "Ministry of Foreign Affairs",
             "Ministry of Culture and Tourism", "Amber Council for the Promotion of International Trade",
             "Amber Chamber of Commerce and Industry", "Ruritania Society for Maritime Trade and Commerce",
             "All-Amber Federation of Industry and Commerce", "People's Government of Amber Autonomous Region"]


def test_regression_a_long_list_of_hosts_is_read_to_its_end(extract):
    """Nine bodies with long names: the run of names used to stop after 60 tokens, losing
    the last, and 'the National Development and Reform Commission' was split in two."""
    x = extract("The 2025 Amber Coast Trade Fair is co-hosted by the " + ", the ".join(LONG_LIST[:-1])
                + ", and the " + LONG_LIST[-1] + ".")
    assert roles(x) == {("host", a) for a in LONG_LIST}


def test_regression_label_lines_one_a_line(extract):
    """'Supported by: A' and 'Partners: B' on the next line: A used to run into 'Partners',
    and a capitalized role noun at a line's start was not read."""
    x = extract(FAIR + "\nOrganised by: Tidewater Events\nSupported by: Ministry of Culture\nPartners: Kelpwave Bank")
    assert roles(x) == {("organizer", "Tidewater Events"), ("supporter", "Ministry of Culture"),
                        ("partner", "Kelpwave Bank")}


def test_regression_role_noun_of_something_else(extract):
    """'A is a partner of many local schools' used to make A the fair's partner."""
    assert roles(extract(FAIR + "Kelpwave Bank is a partner of many local schools.")) == set()
    assert roles(extract(FAIR + "Kelpwave Bank is the main partner of the fair.")) == {("partner", "Kelpwave Bank")}


def test_regression_unclosed_parenthesis_is_cut_from_the_name(extract):
    """'the Ministry of Trade (MoT) of Ruritania' used to give 'Ministry of Trade (MoT'."""
    x = extract(FAIR + "The fair is organized by the Ministry of Trade (MoT) of Ruritania.")
    assert roles(x) == {("organizer", "Ministry of Trade")}


def test_regression_comma_inside_a_tagged_name_ends_a_list_item(extract):
    """The tagger spans 'the Ministry of Trade, Kelpwave Bank' as one name: it used to give
    one agent; a comma inside one body's name ('Ministry of Trade, Industry and Tourism')
    stays."""
    x = extract(FAIR + "The fair is supported by the Ministry of Trade, Kelpwave Bank and others.")
    assert roles(x) == {("supporter", "Ministry of Trade"), ("supporter", "Kelpwave Bank")}
    x = extract(FAIR + "The fair is hosted by the Amber Ministry of Trade, Industry and Tourism.")
    assert roles(x) == {("host", "Amber Ministry of Trade, Industry and Tourism")}


def test_regression_participle_cue_goes_to_the_event_its_verb_is_about(extract):
    """'the city will also host the X Hackathon Amberton, sponsored by A': the phrase rule
    used to give A to the main event as well as to the hackathon."""
    x = extract("The Amber Fintech Expo 2024 opened on Monday. In the same week, the city will also host the Open "
                "Finance Hackathon Amberton, sponsored by Kelpwave Bank, from Nov. 1 to 3 at the Amber Lab.")
    main = x.main_event
    assert [(r.role, r.agent) for r in x.roles if r.event == main.key] == []
    assert {(r.role, r.agent) for r in x.roles} == {("sponsor", "Kelpwave Bank")}
