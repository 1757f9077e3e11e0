"""A national capital whose name is also a word in use is still the capital (issue 10, class 2)."""

from kg.normalize.places import known_city, lookup_place


def test_regression_a_capital_whose_name_is_a_word_is_the_city() -> None:
    # "Wellington" is flagged as a word in use (the boot): below 600,000 it was no place at all
    place = lookup_place("Wellington")
    assert place is not None and place.kind == "city" and place.country == "New Zealand"
    assert known_city("Wellington") is not None


def test_a_small_capital_whose_name_is_a_word_stays_a_word() -> None:
    assert lookup_place("Male") is None  # (the Maldives' capital, about 100,000: "Male visitors ...")
    assert lookup_place("Male", country_hint="MV") is not None


def test_a_city_that_is_a_word_and_no_capital_stays_a_word() -> None:
    assert lookup_place("Reading") is None and lookup_place("Split") is None


def test_regression_st_is_saint_and_the_most_populous_wins() -> None:
    # "St. Petersburg" matched only St. Petersburg, Florida (the gazetteer spells Saint Petersburg)
    for name in ("St. Petersburg", "St Petersburg"):
        place = lookup_place(name)
        assert place is not None and place.country == "Russia"
    assert lookup_place("St. Petersburg", country_hint="US").country == "United States"
    assert lookup_place("St. Louis").country == "United States"
