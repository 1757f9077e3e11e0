"""Gazetteer gaps found by the issue-10 probes: a city known by an alternate name that is also
its own first-level region, and a city whose own name ends in a kind word."""

from kg.normalize.places import canonical_place_name, known_city, lookup_place


def test_city_that_is_its_region_by_alternate_name():
    p = lookup_place("Ulaanbaatar")
    assert p is not None and p.kind == "city" and p.country_code == "MN"
    # a bare region is still the region; a city that is its own region, the city
    assert lookup_place("Bavaria").kind == "region"
    assert lookup_place("Tianjin").kind == "city"


def test_kind_word_that_belongs_to_the_city_name_stays():
    assert canonical_place_name("Mexico City") == "Mexico City"
    assert canonical_place_name("Kuwait City") == "Kuwait City"
    assert canonical_place_name("Yibin City") == "Yibin"
    assert canonical_place_name("Jilin city") == "Jilin"
    assert canonical_place_name("Sichuan Province") == "Sichuan"


def test_korean_and_japanese_kind_suffix_is_no_part_of_the_name():
    for written in ("Goyang", "Goyang-si"):
        p = lookup_place(written)
        assert p is not None and p.kind == "city" and p.name == "Goyang" and p.country_code == "KR"
    assert known_city("Goyang").name == "Goyang"
    assert lookup_place("Seoul").name == "Seoul"
