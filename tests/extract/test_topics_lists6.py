"""Topic lists, round 6 (issue 10): the shared list splitter, topic cues and which event a
topic belongs to, on sentences of our own; one regression test for each defect fixed."""

import pytest

from kg.extract.common import split_list
from kg.extract.rules import load_rules

E = "The 2031 Granite Valley Tech Expo opened in Halifax on June 2. "


def _topics(x) -> set[str]:
    return {t.topic.label for t in x.topics} | {t.label for s in x.sessions for t in s.topics}


def _by_event(x) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for t in x.topics:
        out.setdefault(t.event, set()).add(t.topic.label)
    return out


# ---------------------------------------------------------------- split_list


@pytest.mark.parametrize("text,expect", [
    # an 'and' in an earlier comma part separates two items too
    ("drone maps and soil sensors, farm robots and grain silos",
     ["drone maps", "soil sensors", "farm robots", "grain silos"]),
    ("port cranes and harbour tugs, rail freight, river barges and air cargo",
     ["port cranes", "harbour tugs", "rail freight", "river barges", "air cargo"]),
    ("ocean mapping, deep sea mining and subsea cables, offshore wind and tidal power",
     ["ocean mapping", "deep sea mining", "subsea cables", "offshore wind", "tidal power"]),
    # unchanged forms
    ("robots, drones, and sensors", ["robots", "drones", "sensors"]),
    ("robots, drones and sensors", ["robots", "drones", "sensors"]),
    ("robots and drones", ["robots", "drones"]),
])
def test_split_list_and_in_any_part(text, expect):
    assert split_list(text) == expect


@pytest.mark.parametrize("text,expect", [
    # a pair of single words in an earlier part names one field: kept whole
    ("oil and gas, mining and energy", ["oil and gas", "mining", "energy"]),
    ("research and development, manufacturing, sales and service",
     ["research and development", "manufacturing", "sales", "service"]),
    # a side with 'of', or a long side, is one item
    ("the future of work and skills, housing and transport", ["future of work and skills", "housing", "transport"]),
    ("new technologies and products of electric vehicles", ["new technologies and products of electric vehicles"]),
    # an Oxford comma: the 'and' inside the last item stays
    ("robots, drones, and research and development", ["robots", "drones", "research and development"]),
])
def test_split_list_keeps_one_field_whole(text, expect):
    assert split_list(text) == expect


def test_regression_and_in_first_part_of_a_list_splits(extract):
    """'A and B, C, D and E' gave 'A and B' as one item: only the last comma part was split
    on 'and'."""
    got = _topics(extract(E + "The expo covers drone mapping and soil sensors, farm robots, irrigation "
                              "systems and grain storage."))
    assert got == {"drone mapping", "soil sensors", "farm robots", "irrigation systems", "grain storage"}


def test_split_in_first_part_keeps_shared_heads(extract):
    """Coordinated adjectives before one noun stay one item when the 'and' is in an earlier
    part (rule shared_head)."""
    got = _topics(extract(E + "The expo covers solar and wind power, energy storage and smart grids."))
    assert got == {"solar and wind power", "energy storage", "smart grids"}
    got = _topics(extract(E + "The expo showcases domestic and imported cars, trucks and buses."))
    assert got == {"domestic and imported cars", "trucks", "buses"}


# ---------------------------------------------------------------- which event


def _sub_and_main(x, sub_name: str) -> tuple[str, str]:
    main = x.main_event.key
    sub = next(e.key for e in x.events if e.name == sub_name)
    return main, sub


def test_regression_sub_event_topics_stay_with_the_sub_event(extract):
    """'The Blue Forum, held alongside the expo, focused on A and B' gave A and B to the expo
    too: the nearest mention before the verb ('the expo') was taken for its subject."""
    x = extract(E + "The Blue Ocean Forum, held alongside the expo, focused on marine plastics and overfishing.")
    main, sub = _sub_and_main(x, "Blue Ocean Forum")
    got = _by_event(x)
    assert got.get(sub) == {"marine plastics", "overfishing"}
    assert main not in got


def test_sub_event_subject_after_a_fronted_mention_of_the_expo(extract):
    """'At the expo, the Blue Forum focused on A': the cue phrase went to the first mention
    of the sentence, the expo."""
    x = extract(E + "At the expo, the Blue Ocean Forum focused on marine plastics and overfishing.")
    main, sub = _sub_and_main(x, "Blue Ocean Forum")
    got = _by_event(x)
    assert got.get(sub) == {"marine plastics", "overfishing"}
    assert main not in got


@pytest.mark.parametrize("sentence", [
    "The expo, which hosted the Blue Ocean Forum, focuses on port automation and smart shipping.",
    "The expo hosted the Blue Ocean Forum and focused on port automation and smart shipping.",
])
def test_main_event_subject_keeps_its_topics(extract, sentence):
    x = extract(E + sentence)
    main, sub = _sub_and_main(x, "Blue Ocean Forum")
    got = _by_event(x)
    assert got.get(main) == {"port automation", "smart shipping"}
    assert sub not in got


def test_sub_event_relative_clause(extract):
    x = extract(E + "The expo also hosted the Coastal Investment Summit, which discussed port finance and "
                    "shipping insurance.")
    main, sub = _sub_and_main(x, "Coastal Investment Summit")
    got = _by_event(x)
    assert got.get(sub) == {"port finance", "shipping insurance"}
    assert main not in got


# ---------------------------------------------------------------- generic lead

GENERIC_LEAD = load_rules("topics")["generic_lead"]


@pytest.mark.parametrize("item,expect", GENERIC_LEAD["examples"] + GENERIC_LEAD["negatives"])
def test_generic_lead_rule(item, expect):
    """rule generic_lead: a generic word and a link before the topic are no part of it."""
    from kg.extract.topics import _strip_lead

    assert _strip_lead(item) == expect


def test_regression_generic_head_with_participle_is_no_item(extract):
    """'products spanning A, B and C' gave 'products spanning A' as the first item."""
    got = _topics(extract(E + "The expo showcased products spanning smart home devices, wearables and audio "
                              "equipment."))
    assert got == {"smart home devices", "wearables", "audio equipment"}


def test_regression_latest_developments_in_is_no_part_of_the_topic(extract):
    """'the latest developments in A, B and C' gave 'latest developments in A'."""
    got = _topics(extract(E + "The expo highlighted the latest developments in 3D printing, robotics and machine "
                              "vision."))
    assert got == {"3D printing", "robotics", "machine vision"}


def test_generic_lead_before_a_field_of(extract):
    got = _topics(extract(E + "The fair will showcase new products in the field of precision farming."))
    assert got == {"precision farming"}


# ---------------------------------------------------------------- gerund lists


def test_regression_a_list_of_gerunds_is_not_cut_at_the_second(extract):
    """'focus on improving A, reducing B and cutting C' gave only 'improving A': ', <gerund>'
    was read as a new clause ('..., drawing 300 visitors')."""
    got = _topics(extract(E + "The expo will focus on improving water quality, reducing waste and cutting "
                              "emissions."))
    assert got == {"improving water quality", "reducing waste", "cutting emissions"}


def test_gerund_list_after_such_as(extract):
    got = _topics(extract(E + "The sessions covered topics such as building resilient supply chains, financing "
                              "small businesses, and training young workers."))
    assert got == {"building resilient supply chains", "financing small businesses", "training young workers"}


@pytest.mark.parametrize("sentence,expect", [
    ("The expo focused on robotics and drones, drawing 300 visitors.", {"robotics", "drones"}),
    ("The expo focused on improving water quality, attracting buyers from 30 countries.",
     {"improving water quality"}),
    ("The expo will focus on improving water quality and reducing waste, bringing together 200 firms.",
     {"improving water quality", "reducing waste"}),
])
def test_a_participle_clause_after_the_list_still_ends_it(extract, sentence, expect):
    assert _topics(extract(E + sentence)) == expect


# ---------------------------------------------------------------- showcase of


@pytest.mark.parametrize("sentence,expect", [
    ("The expo is a showcase of electric boats and sailing gear.", {"electric boats", "sailing gear"}),
    ("The expo offers a showcase for electric boats and sailing gear.", {"electric boats", "sailing gear"}),
    # who or where is no topic
    ("The expo provides a marketplace for buyers and sellers.", set()),
    ("The expo will be a showcase of the region.", set()),
    ("The expo is a showcase of Norway, Sweden and Finland.", set()),
])
def test_showcase_of(extract, sentence, expect):
    """'is / offers a showcase of A' gave nothing: only 'is a showcase for' was a cue."""
    assert _topics(extract(E + sentence)) == expect


# ---------------------------------------------------------------- the text calls them topics

EXPLICIT = load_rules("topics")["named_items"]["explicit"]


@pytest.mark.parametrize("text,expect", EXPLICIT["examples"] + EXPLICIT["negatives"])
def test_explicit_topics_rule(extract, text, expect):
    """rule named_items, explicit: capitalised items the text calls topics are titles."""
    assert _topics(extract(text)) == set(expect)


def test_regression_quoted_titles_after_topics_such_as(extract):
    """"topics such as 'Smart Shipping' and 'Digital Customs'" gave only 'Smart Shipping':
    the capitalised item was read as an exhibitor's name."""
    got = _topics(extract(E + "The summit will focus on topics such as 'Smart Shipping' and 'Digital Customs'."))
    assert got == {"Smart Shipping", "Digital Customs"}


def test_regression_key_topics_colon(extract):
    """'Key topics: A, B and C' gave nothing: only a counted noun before a colon opened a list."""
    got = _topics(extract(E + "Key topics: ship design, port services and marine insurance."))
    assert got == {"ship design", "port services", "marine insurance"}


def test_its_theme_colon_is_no_topic_list(extract):
    assert _topics(extract(E + "Its theme: port automation.")) == set()


def test_regression_namely_opens_the_list(extract):
    """'three key areas, namely A, B and C' gave 'namely A' as an item."""
    got = _topics(extract(E + "The conference will focus on three key areas, namely ship design, port services "
                              "and marine insurance."))
    assert got == {"ship design", "port services", "marine insurance"}
