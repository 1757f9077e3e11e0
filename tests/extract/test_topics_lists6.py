"""Topic lists, round 6 (issue 10): the shared list splitter, topic cues and which event a
topic belongs to, on sentences of our own; one regression test for each defect fixed."""

import pytest

from kg.extract.common import split_list

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
