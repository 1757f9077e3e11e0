"""Unit tests for kg.normalize.units."""

from __future__ import annotations

import pytest

from kg.normalize.units import (
    currency_code,
    currency_prefix,
    is_currency_unit,
    normalize_unit,
    singularize,
    split_money,
)


@pytest.mark.parametrize(
    ("token", "code"),
    [
        ("yuan", "CNY"), ("RMB", "CNY"), ("renminbi", "CNY"), ("CNY", "CNY"), ("¥", "CNY"),
        ("$", "USD"), ("US$", "USD"), ("USD", "USD"), ("dollars", "USD"), ("dollar", "USD"),
        ("U.S. dollars", "USD"), ("US  dollars", "USD"),
        ("HK$", "HKD"), ("S$", "SGD"), ("A$", "AUD"), ("C$", "CAD"),
        ("€", "EUR"), ("euros", "EUR"), ("Euro", "EUR"), ("EUR", "EUR"),
        ("£", "GBP"), ("pounds sterling", "GBP"), ("pound", "GBP"),
        ("Dh", "AED"), ("Dhs", "AED"), ("AED", "AED"), ("dirhams", "AED"),
        ("SAR", "SAR"), ("riyals", "SAR"), ("yen", "JPY"), ("won", "KRW"),
        ("rupees", "INR"), ("Rs", "INR"), ("₹", "INR"), ("ruble", "RUB"),
        ("reais", "BRL"), ("R$", "BRL"), ("francs", "CHF"),
        ("XAF", "XAF"), ("ALL", "ALL"),
    ],
)
def test_currency_code(token: str, code: str) -> None:
    assert currency_code(token) == code


@pytest.mark.parametrize("token", ["", "all", "ABC", "apples", "percent", "m"])
def test_currency_code_rejects(token: str) -> None:
    assert currency_code(token) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dh2.8", ("AED", "2.8")),
        ("Dhs 4 billion", ("AED", "4 billion")),
        ("US$2.5", ("USD", "2.5")),
        ("$762.3", ("USD", "762.3")),
        ("€40", ("EUR", "40")),
        ("£1,250", ("GBP", "1,250")),
        ("RMB100", ("CNY", "100")),
        ("HK$7.8bn", ("HKD", "7.8bn")),
        ("CNY 3.5", ("CNY", "3.5")),
        ("Rs.500", ("INR", "500")),
        ("40€", ("EUR", "40")),
        ("2.8", (None, "2.8")),
        ("ABC12", (None, "ABC12")),
        ("hello", (None, "hello")),
    ],
)
def test_split_money(text: str, expected: tuple[str | None, str]) -> None:
    assert split_money(text) == expected


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("%", "percent"), ("per cent", "percent"), ("percent", "percent"), ("pct", "percent"),
        ("percentage points", "percentage point"),
        ("yuan", "CNY"), ("U.S. dollars", "USD"), ("dirhams", "AED"),
        ("square meters", "square metre"), ("sq m", "square metre"), ("sqm", "square metre"),
        ("m2", "square metre"), ("m²", "square metre"), ("square metres", "square metre"),
        ("square-meters", "square metre"), ("square feet", "square foot"),
        ("sq km", "square kilometre"), ("hectares", "hectare"),
        ("GWh", "GWh"), ("gigawatt hours", "GWh"), ("gigawatt-hours", "GWh"),
        ("kWh", "kWh"), ("MWh", "MWh"), ("TWh", "TWh"), ("terawatt hours", "TWh"),
        ("GW", "GW"), ("MW", "MW"), ("kW", "kW"), ("megawatts", "MW"), ("kilowatt", "kW"),
        ("tons", "ton"), ("tonnes", "ton"), ("metric tons", "ton"),
        ("km/h", "km/h"), ("kilometres per hour", "km/h"),
        ("kilometers", "kilometre"), ("km", "kilometre"), ("TEUs", "TEU"),
        ("vehicles", "vehicle"), ("Exhibitors", "exhibitor"), ("countries", "country"),
        ("boxes", "box"), ("people", "person"), ("persons", "person"),
        ("companies", "company"), ("enterprises", "enterprise"), ("visitors", "visitor"),
        ("healthcare professionals", "healthcare professional"),
        ("countries and regions", "country and region"),
        ("buyers, sellers and brokers", "buyer, seller and broker"),
        ("SMEs", "SME"), ("startups", "startup"), ("exhibition booths", "exhibition booth"),
    ],
)
def test_normalize_unit(text: str, label: str) -> None:
    assert normalize_unit(text) == label


@pytest.mark.parametrize(
    ("word", "singular"),
    [
        # irregular and invariant
        ("people", "person"), ("children", "child"), ("men", "man"), ("women", "woman"),
        ("data", "data"), ("media", "media"), ("criteria", "criterion"),
        ("analyses", "analysis"), ("series", "series"), ("species", "species"),
        ("news", "news"), ("chairmen", "chairman"), ("specimen", "specimen"),
        ("lives", "life"), ("halves", "half"),
        # -ies / -ses / -xes / -ches / -shes
        ("countries", "country"), ("activities", "activity"), ("ties", "tie"),
        ("movies", "movie"), ("classes", "class"), ("businesses", "business"),
        ("boxes", "box"), ("taxes", "tax"), ("matches", "match"), ("dishes", "dish"),
        ("headaches", "headache"), ("quizzes", "quiz"), ("waltzes", "waltz"),
        ("buses", "bus"), ("viruses", "virus"), ("bonuses", "bonus"),
        ("causes", "cause"), ("houses", "house"), ("uses", "use"), ("excuses", "excuse"),
        ("cases", "case"), ("purposes", "purpose"), ("enterprises", "enterprise"),
        ("heroes", "hero"), ("shoes", "shoe"), ("archives", "archive"),
        # words that are already singular
        ("glass", "glass"), ("status", "status"), ("campus", "campus"),
        ("basis", "basis"), ("analysis", "analysis"), ("premises", "premises"),
        # case is kept
        ("Countries", "Country"), ("SMEs", "SME"), ("NGOs", "NGO"), ("USA", "USA"),
    ],
)
def test_singularize(word: str, singular: str) -> None:
    assert singularize(word) == singular


@pytest.mark.parametrize(
    ("label", "expected"), [("CNY", True), ("USD", True), ("cny", False), ("ABC", False),
                            ("percent", False), ("US", False)]
)
def test_is_currency_unit(label: str, expected: bool) -> None:
    assert is_currency_unit(label) is expected


def test_square_units_spelled_with_sq_or_a_hyphen():
    from kg.normalize.units import measurement_unit

    assert measurement_unit("sq. metres") == "square metre"
    assert measurement_unit("sq feet") == "square foot"
    assert measurement_unit("square-feet") == "square foot"


@pytest.mark.parametrize("word, singular", [("MoUs", "MoU"), ("PhDs", "PhD"), ("SMEs", "SME"), ("NGOs", "NGO")])
def test_mixed_case_acronym_plurals_lose_their_s(word: str, singular: str) -> None:
    assert singularize(word) == singular
    assert normalize_unit(word) == singular


@pytest.mark.parametrize("word, code", [("leva", "BGN"), ("tugriks", "MNT"), ("lari", "GEL"), ("tenge", "KZT"),
                                        ("gh¢", "GHS"), ("BGN", "BGN"), ("HRK", "HRK")])
def test_currency_words_and_withdrawn_codes(word: str, code: str) -> None:
    assert currency_code(word) == code


def test_withdrawn_iso_codes_are_currencies() -> None:
    assert is_currency_unit("BGN") and is_currency_unit("HRK")
    assert currency_prefix("GH¢") == "GHS"
