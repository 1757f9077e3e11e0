"""Place look-ups of round 28: a lower-case common noun after a name is no part of it."""

from kg.normalize.places import lookup_place


def test_regression_brighton_beach_in_lower_case_is_brighton():
    # "returns to Brighton beach": the gazetteer's Brighton Beach is a place in New York
    place = lookup_place("Brighton beach")
    assert place is not None and (place.name, place.country) == ("Brighton", "United Kingdom")


def test_a_name_written_in_capitals_keeps_its_last_word():
    place = lookup_place("Brighton Beach")
    assert place is not None and place.country == "United States"


def test_a_kind_word_in_lower_case_still_names_the_kind():
    # negative: "Jilin city", "Lagos state" are read by the kind suffix, as before
    assert lookup_place("Jilin city").name == "Jilin"
    assert lookup_place("Lagos state").name == "Lagos"
