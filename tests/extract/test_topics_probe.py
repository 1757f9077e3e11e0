"""A probe list of release-like sentences of our own (issue 10): the common English cue
constructions for topics (convention 11) and for the theme (convention 13), with negatives.
Each positive must give exactly its topics; each negative none."""

import pytest

from kg.extract.rules import load_rules

E = "The 2031 Granite Valley Tech Expo opened in Halifax on June 2. "
F = "The 2031 Northern Seafood Fair opens in Bergen on Monday. "

POSITIVES = [
    (E + "The expo will cover robotics, cloud computing and cyber security.",
     ["robotics", "cloud computing", "cyber security"]),
    (E + "The event focuses on green hydrogen, battery storage and grid modernisation.",
     ["green hydrogen", "battery storage", "grid modernisation"]),
    (E + "This year the expo will focus on smart farming and food safety.", ["smart farming", "food safety"]),
    (E + "Focus areas include precision medicine, medical imaging and digital health.",
     ["precision medicine", "medical imaging", "digital health"]),
    (E + "Key focus areas of the expo include precision medicine and digital health.",
     ["precision medicine", "digital health"]),
    (E + "Discussions will centre on supply chain resilience and trade finance.",
     ["supply chain resilience", "trade finance"]),
    (E + "Discussions will center around carbon pricing and climate finance.", ["carbon pricing", "climate finance"]),
    (E + "Topics include port automation, cold chain logistics and customs digitization.",
     ["port automation", "cold chain logistics", "customs digitization"]),
    (E + "Topics to be discussed include water security, urban drainage and flood insurance.",
     ["water security", "urban drainage", "flood insurance"]),
    (E + "The topics covered include water security and urban drainage.", ["water security", "urban drainage"]),
    (E + "Panels will explore space debris, satellite broadband and launch costs.",
     ["space debris", "satellite broadband", "launch costs"]),
    (E + "Panel discussions will examine wage growth and labour mobility.", ["wage growth", "labour mobility"]),
    (E + "The expo is devoted to renewable energy and energy efficiency.", ["renewable energy", "energy efficiency"]),
    (E + "The expo is dedicated to additive manufacturing and industrial automation.",
     ["additive manufacturing", "industrial automation"]),
    (E + "Exhibits range from autonomous tractors to vertical farms.", ["autonomous tractors", "vertical farms"]),
    (E + "Speakers will address themes such as inclusive growth and digital trade.", ["inclusive growth", "digital trade"]),
    (E + "The expo brings together firms in areas including battery recycling, river shipping and smart ports.",
     ["battery recycling", "river shipping", "smart ports"]),
    (E + "Key sectors include aerospace, defence and maritime technology.", ["aerospace", "defence", "maritime technology"]),
    (E + "The expo showcases robotics, 3D printing and smart logistics.", ["robotics", "3D printing", "smart logistics"]),
    (E + "The expo showcases Artificial Intelligence, the Internet of Things and Blockchain.",
     ["Artificial Intelligence", "Internet of Things", "Blockchain"]),
    (E + "The expo will showcase Machine Learning, Cloud Computing and Cyber Security.",
     ["Machine Learning", "Cloud Computing", "Cyber Security"]),
    (E + "The conference sessions will discuss antimicrobial resistance and vaccine equity.",
     ["antimicrobial resistance", "vaccine equity"]),
    (E + "Delegates will discuss groundwater recharge, irrigation pricing and flood insurance.",
     ["groundwater recharge", "irrigation pricing", "flood insurance"]),
    (E + "The agenda covers ocean mapping, offshore logistics and coastal tourism.",
     ["ocean mapping", "offshore logistics", "coastal tourism"]),
    (E + "The programme will tackle youth unemployment and skills gaps.", ["youth unemployment", "skills gaps"]),
    (E + "Workshops will cover soil health and crop rotation.", ["soil health", "crop rotation"]),
    (E + "The expo features zones dedicated to e-sports, virtual reality and smart homes.",
     ["e-sports", "virtual reality", "smart homes"]),
    (E + "The expo will feature pavilions focusing on fintech and cyber security.", ["fintech", "cyber security"]),
    (E + "The expo, which focuses on clean technology, drew 300 exhibitors.", ["clean technology"]),
    (E + "The expo puts a special emphasis on biotechnology and life sciences.", ["biotechnology", "life sciences"]),
    (E + "The key themes of the expo include resilience, inclusion and innovation.", ["resilience", "inclusion", "innovation"]),
    (F + "The fair will showcase seafood processing equipment, cold storage and packaging.",
     ["seafood processing equipment", "cold storage", "packaging"]),
    (F + "Seminars will look at sustainable fishing and ocean plastics.", ["sustainable fishing", "ocean plastics"]),
    (F + "The fair will also host talks on aquaculture feed and fish health.", ["aquaculture feed", "fish health"]),
    (F + "The fair will run sessions covering aquaculture feed and fish health.", ["aquaculture feed", "fish health"]),
    (F + "The event aims to promote cooperation in the fields of aquaculture and marine research.",
     ["aquaculture", "marine research"]),
    (F + "The fair will cover topics such as traceability, food safety and ocean plastics.",
     ["traceability", "food safety", "ocean plastics"]),
    (E + "The exhibition showcases products ranging from solar lamps to electric buses.",
     ["solar lamps", "electric buses"]),
    (E + "The fair covers topics that range from cyber security to quantum computing.",
     ["cyber security", "quantum computing"]),
    (E + "The main topics of the expo are biotechnology and life sciences.", ["biotechnology", "life sciences"]),
    (E + "Among the topics on the agenda are biotechnology and marine science.", ["biotechnology", "marine science"]),
    (E + "The main sectors represented are aerospace and defence.", ["aerospace", "defence"]),
    (E + "Highlights include electric aircraft, drone deliveries and space tourism.",
     ["electric aircraft", "drone deliveries", "space tourism"]),
    (E + "Highlights of the expo include electric aircraft and drone deliveries.", ["electric aircraft", "drone deliveries"]),
    (E + "The programme includes sessions on quantum computing and edge AI.", ["quantum computing", "edge AI"]),
    (E + "There will be sessions on quantum computing, edge AI and data privacy.",
     ["quantum computing", "edge AI", "data privacy"]),
    (E + "The expo will host panels on quantum computing and edge AI.", ["quantum computing", "edge AI"]),
    (E + "On the agenda are climate finance and carbon markets.", ["climate finance", "carbon markets"]),
    (E + "Climate finance and carbon markets are also on the agenda.", ["Climate finance", "carbon markets"]),
    (E + "Key sectors represented at the expo include aerospace and maritime technology.",
     ["aerospace", "maritime technology"]),
    (E + "The expo is organised around five themes: climate finance, carbon markets and green bonds.",
     ["climate finance", "carbon markets", "green bonds"]),
    (E + "The programme is built around four key tracks: climate finance; carbon markets; green bonds; and insurance.",
     ["climate finance", "carbon markets", "green bonds", "insurance"]),
    (E + "Under discussion will be climate finance and carbon markets.", ["climate finance", "carbon markets"]),
    (E + "At the expo, ministers will exchange views on climate finance and carbon markets.",
     ["climate finance", "carbon markets"]),
    (E + "The expo will shed light on climate finance and carbon markets.", ["climate finance", "carbon markets"]),
    (E + "There will be discussions on climate finance and carbon markets.", ["climate finance", "carbon markets"]),
    (E + "The expo brought together 500 experts to discuss climate finance and carbon markets.",
     ["climate finance", "carbon markets"]),
    (E + "The discussions revolved around climate finance and carbon markets.", ["climate finance", "carbon markets"]),
    (E + "Issues such as climate finance and carbon markets were discussed.", ["climate finance", "carbon markets"]),
    (E + "The expo showcases Artificial Intelligence, Blockchain, Cloud Computing and Cyber Security.",
     ["Artificial Intelligence", "Blockchain", "Cloud Computing", "Cyber Security"]),
    (E + "The expo showcases Siemens, Bosch, robotics and smart logistics.", ["robotics", "smart logistics"]),
    (E + "The expo showcases green technologies, farm machinery and new energy vehicles.",
     ["green technologies", "farm machinery", "new energy vehicles"]),
    (E + "Electric tractors and irrigation drones will be on display at the expo.",
     ["Electric tractors", "irrigation drones"]),
    (E + "On display will be electric tractors and irrigation drones.", ["electric tractors", "irrigation drones"]),
    (E + "Among the exhibits are electric tractors and irrigation drones.", ["electric tractors", "irrigation drones"]),
    (E + "\"The expo focuses on robotics and AI,\" said Maria Lopez.", ["robotics", "AI"]),
    (E + "\"The expo focuses on robotics and AI,\" Maria Lopez said.", ["robotics", "AI"]),
    (E + "A seminar on climate finance will be held on the second day.", ["climate finance"]),
    (E + "The expo showcases leading manufacturers, smart logistics and supplier finance.",
     ["smart logistics", "supplier finance"]),
    (E + "The expo, which focuses on robotics and drones, opened on Monday.", ["robotics", "drones"]),
    (E + "The expo, which specializes in agricultural machinery and seed technology, drew 300 exhibitors.",
     ["agricultural machinery", "seed technology"]),
    (E + "The expo focuses on robotics and drones to boost local exports.", ["robotics", "drones"]),
    (E + "The expo focuses on robotics and drones in order to attract investors.", ["robotics", "drones"]),
    (E + "The expo covers robotics and drones, offering a platform for startups.", ["robotics", "drones"]),
    (E + "The expo covers robotics and drones this year.", ["robotics", "drones"]),
    (E + "The expo covers robotics and drones over three days.", ["robotics", "drones"]),
    (E + "The expo covers robotics and drones for the first time.", ["robotics", "drones"]),
    (E + "The expo covers robotics and drones as part of its mission.", ["robotics", "drones"]),
    (E + "The expo covers robotics, drones and access to finance.", ["robotics", "drones", "access to finance"]),
    (E + "The expo will cover both robotics and drones.", ["robotics", "drones"]),
    (E + "The expo will cover not only robotics but also drones.", ["robotics", "drones"]),
    (E + "The expo will cover robotics, drones and seed technology, among others.",
     ["robotics", "drones", "seed technology"]),
    (E + "The expo will cover robotics, drones, seed technology, etc.", ["robotics", "drones", "seed technology"]),
    (E + "The expo will cover robotics; drones; and seed technology.", ["robotics", "drones", "seed technology"]),
    (E + "Topics include:\n- robotics\n- drones\n- seed technology", ["robotics", "drones", "seed technology"]),
    (E + "The expo will cover such topics as robotics, drones and seed technology.",
     ["robotics", "drones", "seed technology"]),
    (E + "The expo will address such issues as water security and flood insurance.", ["water security", "flood insurance"]),
    (E + "Delegates at the expo held exchanges on climate finance and carbon markets.",
     ["climate finance", "carbon markets"]),
    (E + "The expo showcases robots from Japan and drones.", ["robots from Japan", "drones"]),
    (F + "The fair's programme revolves around sustainability and traceability.", ["sustainability", "traceability"]),
]

NEGATIVES = [
    E + "The expo showcases Siemens, Bosch and ABB.",
    E + "The expo features the new Model X and the Aero 5.",
    E + "The expo will showcase Toyota, Honda, Nissan and Hyundai.",
    E + "The expo showcases Acer, Asus, Lenovo, HP, Dell, Samsung and LG.",
    E + "The expo showcases Sony's PlayStation 4, Microsoft's Xbox One and Nintendo's Wii U.",
    E + "The expo showcases the iPhone, the Galaxy S5, the Surface Pro and the Kindle.",
    E + "The expo showcases their products and solutions.",
    E + "Exhibitors will showcase their latest products and technologies.",
    E + "The expo opened under the theme of green growth.",
    E + "The expo showcases 400 exhibitors from 30 countries.",
    F + "The fair will feature Maria Lopez, John Smith and Ann Lee.",
    F + "The fair will showcase Norway, Iceland and the Faroe Islands.",
    F + "Visitors include students and engineers.",
    F + "The exhibition areas are open from 9 am.",
    E + "The expo highlights exhibitors from Germany, France and Italy.",
    F + "A session on Tuesday drew 300 delegates.",
    F + "A workshop on the island drew 300 delegates.",
    E + "\"We must focus on exports,\" he said at the expo.",
    F + "Nearly 1,000 boats will be on display.",
    F + "Tickets are on sale at the gate.",
    F + "Maria Lopez will be on show.",
    E + "The expo showcases cutting-edge technologies, innovative products and creative ideas.",
    E + "The expo showcases the latest innovations and advanced solutions.",
    E + "The expo showcases high-quality products and services.",
    E + "The expo showcases Acer, Asus, Huawei Technologies and Alibaba Cloud.",
    E + "The expo showcases Texas Instruments, Hewlett-Packard, General Motors and Procter & Gamble.",
    F + "Discussions on Monday drew 300 delegates.",
    F + "He held talks with the mayor about the weather.",
    F + "The fair has three halls: the halls open at 9 am.",
    F + "The fair drew 300 exhibitors in five sectors: 120 from fishing and 180 from retail.",
    F + "Details are on the programme page.",
    F + "The fair is on the agenda of many firms.",
    F + "The company also runs workshops on Monday and Tuesday.",
    F + "Highlights include a gala dinner, a fashion show and a fireworks display.",
    F + "Highlights include a keynote by Maria Lopez and a concert by the Halifax Symphony.",
    F + "The topics are important to everyone.",
    E + "The expo showcases works by Picasso, Monet and Dali.",
    E + "The expo showcases films from China, Japan, South Korea and India.",
    E + "The expo showcases the latest offerings from Sony, Nintendo and Microsoft.",
    F + "The fair will feature the Nordic Salmon Group, Bluewater Foods Ltd and Arctic Catch AS.",
]


def _topics(x) -> set[str]:
    return {t.topic.label for t in x.topics} | {t.label for s in x.sessions for t in s.topics}


@pytest.mark.parametrize("text,expect", POSITIVES, ids=[t.split(". ", 1)[1][:50] for t, _ in POSITIVES])
def test_probe_topics(extract, text, expect):
    assert _topics(extract(text)) == set(expect)


@pytest.mark.parametrize("text", NEGATIVES, ids=[t.split(". ", 1)[1][:50] for t in NEGATIVES])
def test_probe_no_topics(extract, text):
    assert _topics(extract(text)) == set()


NAMED = load_rules("topics")["named_items"]


@pytest.mark.parametrize("item,is_name", NAMED["examples"] + NAMED["negatives"])
def test_named_items_rule(extract, item, is_name):
    """rule named_items: a field stays a topic however it is capitalised; a name shown goes."""
    got = _topics(extract(E + f"The expo showcases {item}."))
    assert (got == set()) if is_name else (got == {item})


def test_regression_capitalised_fields_tagged_as_people_are_topics(extract):
    """The small model tags 'Artificial Intelligence' and 'Blockchain' as PERSON: they were dropped."""
    got = _topics(extract(E + "The expo showcases Artificial Intelligence, the Internet of Things and Blockchain."))
    assert {"Artificial Intelligence", "Blockchain"} <= got


def test_regression_named_exhibitors_are_no_topics(extract):
    """'<event> showcases A, B, C' with companies or brands gave each name as a topic."""
    assert _topics(extract(E + "The expo showcases Siemens, Bosch and ABB.")) == set()


# Theme (convention 13): "X is this year's theme", "This year's theme is X", "The theme of this
# year's fair is X", with and without quotes, any quote style.
T = "The 2031 Fjord Cider Fair opened in Bergen on Monday. "
THEMES = [
    ("\"Apples for All\" is this year's theme.", "Apples for All"),
    ("“Apples for All” is this year’s theme.", "Apples for All"),
    ("‘Apples for All’ is this year’s theme.", "Apples for All"),
    ("'Apples for All' is this year's theme.", "Apples for All"),
    ("Apples for All is this year's theme.", "Apples for All"),
    ("Orchard biodiversity is this year's theme.", "Orchard biodiversity"),
    ("Apples for All will be this year’s theme.", "Apples for All"),
    ("This year's theme is \"Apples for All\".", "Apples for All"),
    ("This year’s theme is “Apples for All”.", "Apples for All"),
    ("This year's theme is 'Apples for All'.", "Apples for All"),
    ("This year's theme is Apples for All.", "Apples for All"),
    ("This year's theme is orchard biodiversity.", "orchard biodiversity"),
    ("This year, the theme is \"Apples for All\".", "Apples for All"),
    ("The theme this year is \"Apples for All\".", "Apples for All"),
    ("The fair's theme this year is \"Apples for All\".", "Apples for All"),
    ("This year’s fair theme is “Apples for All”.", "Apples for All"),
    ("The theme of this year's fair is \"Apples for All\".", "Apples for All"),
    ("The theme of this year’s fair is “Apples for All”.", "Apples for All"),
    ("The theme of this year's fair is Apples for All.", "Apples for All"),
    ("The theme of this year's fair is orchard biodiversity.", "orchard biodiversity"),
    ("The theme of this year’s edition is: “Apples for All”.", "Apples for All"),
    ("The theme for this year's fair is \"Apples for All\".", "Apples for All"),
    ("«Apples for All» is the theme of this year's fair.", "Apples for All"),
    ("Apples for All is the theme of this year's fair.", "Apples for All"),
    ("\"Apples for All\" was chosen as this year's theme.", "Apples for All"),
    ("\"Apples for All\" has been chosen as the theme of the fair.", "Apples for All"),
    ("This year's theme, \"Apples for All\", reflects the harvest.", "Apples for All"),
    ("The fair’s theme, Apples for All, was chosen by visitors.", "Apples for All"),
    ("The fair, whose theme is \"Apples for All\", drew 900 visitors.", "Apples for All"),
    ("This year’s theme — Apples for All — was chosen by visitors.", "Apples for All"),
    ("This year’s theme - Apples for All - was chosen by visitors.", "Apples for All"),
    ("The theme of this year's fair will be “Apples for All”.", "Apples for All"),
    ("“Apples for All” is the central theme of the fair.", "Apples for All"),
]
NO_THEME = [
    "The theme park next door drew 300 visitors.",
    "This year's theme song was written by a local band.",
    "Themes such as orchard biodiversity will be discussed.",
    "Visitors said the theme was well chosen.",
    "It is this year's theme.",
    "The theme - the organisers said - was chosen by visitors.",
]


@pytest.mark.parametrize("text,theme", THEMES)
def test_probe_theme(extract, text, theme):
    assert extract(T + text).events[0].theme == theme


@pytest.mark.parametrize("text", NO_THEME)
def test_probe_no_theme(extract, text):
    assert extract(T + text).events[0].theme is None


def test_regression_theme_chosen_as_in_the_past_tense(extract):
    """'"X" was chosen as this year's theme' was not read (only 'has been chosen as')."""
    assert extract(T + "\"Apples for All\" was chosen as this year's theme.").events[0].theme == "Apples for All"


def test_regression_theme_was_well_chosen_is_no_theme(extract):
    """'the theme was well chosen' gave the theme 'well chosen' (an adjectival complement)."""
    assert extract(T + "Visitors said the theme was well chosen.").events[0].theme is None


def test_regression_ranging_is_no_part_of_an_item(extract):
    """'products ranging from A to B' gave the item 'products ranging'."""
    got = _topics(extract(E + "The exhibition showcases products ranging from solar lamps to electric buses."))
    assert not any("ranging" in t for t in got)


def test_regression_include_parsed_as_a_conjunct_keeps_its_subject(extract):
    """'Key sectors represented at the expo include A and B': the parser hangs 'include' on
    'represented' as a conjunct, with no subject of its own; nothing was read."""
    got = _topics(extract(E + "Key sectors represented at the expo include aerospace and maritime technology."))
    assert got == {"aerospace", "maritime technology"}


def test_regression_semicolon_list_after_a_colon_in_a_verb_object(extract):
    """'built around four key tracks: A; B; and C' gave only A (the list was cut at the first ';')."""
    got = _topics(extract(E + "The programme is built around four key tracks: climate finance; carbon markets; "
                              "green bonds; and insurance."))
    assert got == {"climate finance", "carbon markets", "green bonds", "insurance"}


def test_regression_brand_with_a_field_word_in_a_list_of_brands(extract):
    """'Acer, Asus, Huawei Technologies and Alibaba Cloud': the names ending in a field word were kept."""
    assert _topics(extract(E + "The expo showcases Acer, Asus, Huawei Technologies and Alibaba Cloud.")) == set()


GENERIC = load_rules("topics")["generic_modifiers"]


@pytest.mark.parametrize("item,generic", GENERIC["examples"] + GENERIC["negatives"])
def test_generic_modifiers_rule(item, generic):
    """rule generic_modifiers: praise or novelty before a generic word leaves it generic."""
    from kg.extract.topics import topics_from_text

    assert topics_from_text(item + ".") == ([] if generic else [item])


def test_regression_speakers_goal_in_a_quotation_is_no_topic(extract):
    """'"We must focus on exports," he said at the expo' gave 'exports' and 'he said at the expo'."""
    assert _topics(extract(E + "\"We must focus on exports,\" he said at the expo.")) == set()


def test_regression_list_stops_at_the_speech_tag(extract):
    """'"The expo focuses on A and B," said X' gave the item 'said X'."""
    got = _topics(extract(E + "\"The expo focuses on robotics and AI,\" said Maria Lopez."))
    assert not any("said" in t for t in got)


AGENTS = load_rules("topics")["agent_heads"]


@pytest.mark.parametrize("item,agent", AGENTS["examples"] + AGENTS["negatives"])
def test_agent_heads_rule(item, agent):
    """rule agent_heads: who takes part ('exhibitors from Germany') is no subject."""
    from kg.extract.topics import topics_from_text

    assert topics_from_text(item + ".") == ([] if agent else [item])


def test_regression_list_stops_where_the_main_clause_resumes(extract):
    """'The expo, which focuses on A and B, opened on Monday' gave 'A and B' and 'opened on Monday'."""
    got = _topics(extract(E + "The expo, which focuses on robotics and drones, opened on Monday."))
    assert got == {"robotics", "drones"}


def test_regression_purpose_and_time_phrases_end_the_list(extract):
    """'focuses on A and B to boost exports', '... this year', '..., offering a platform': the tail
    was read into the last item ('robotics and drones to boost local exports')."""
    for tail in ("to boost local exports", "this year", "over three days", ", offering a platform for startups"):
        sep = "" if tail.startswith(",") else " "
        assert _topics(extract(E + f"The expo focuses on robotics and drones{sep}{tail}.")) == {"robotics", "drones"}, tail


def test_regression_list_words_are_no_items(extract):
    """'both A and B' gave 'both A'; ', among others' and ', etc.' were items of their own and kept
    the last 'and' from splitting ('drones and seed technology')."""
    assert _topics(extract(E + "The expo will cover both robotics and drones.")) == {"robotics", "drones"}
    got = _topics(extract(E + "The expo will cover robotics, drones and seed technology, among others."))
    assert got == {"robotics", "drones", "seed technology"}


def test_regression_bullet_list_gives_one_item_a_line(extract):
    """'Topics include:' followed by bullet lines gave one item with the dashes in it."""
    got = _topics(extract(E + "Topics include:\n- robotics\n- drones\n- seed technology"))
    assert got == {"robotics", "drones", "seed technology"}
