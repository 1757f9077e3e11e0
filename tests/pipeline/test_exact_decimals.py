"""Regression tests: figures are written as exact, finite xsd:decimal literals (issue 11)."""

from __future__ import annotations

import warnings
from decimal import Decimal

import pytest

from kg.normalize.numbers import fraction_percent, parse_number, parse_range, ratio_percent
from kg.rdf.mapper import _decimal, exact_decimal


@pytest.mark.parametrize("text, value", [
    ("12345678901234567890123456789012345", "12345678901234567890123456789012345"),
    ("32.3 billion", "32300000000"), ("9.587 million", "9587000"), ("0.1", "0.1"),
    ("1,112,000", "1112000"), ("1.234,5", "1234.5"), ("3.5bn", "3500000000"),
    ("one and a half million", "1500000"), ("two thousand", "2000"),
])
def test_parse_number_is_exact(text, value):
    got = parse_number(text)
    assert isinstance(got, Decimal) and got == Decimal(value)


def test_35_digit_figure_keeps_its_digits_through_floats():
    lit = _decimal(parse_number("12345678901234567890123456789012345"))
    assert str(lit) == "12345678901234567890123456789012345"


def test_float_rounded_billions_are_written_exactly():
    assert str(_decimal(parse_number("32.3 billion"))) == "32300000000"


def test_shares_in_words_keep_their_rounding():
    assert fraction_percent("a third") == Decimal("33.3")
    assert fraction_percent("two-thirds") == Decimal("66.7")
    assert ratio_percent("1 in 3") == Decimal("33.3")
    assert str(_decimal(fraction_percent("three quarters"))) == "75"


def test_non_terminating_quotient_is_rounded_not_endless():
    assert parse_number("two-thirds") == Decimal("0.666666666666667")
    assert parse_number("1/3") == Decimal("0.333333333333333")


def test_range_is_exact():
    assert parse_range("3-5 billion") == (Decimal(3 * 10**9), Decimal(5 * 10**9))


@pytest.mark.parametrize("value", [float("inf"), float("-inf"), float("nan"), Decimal("Infinity"),
                                   Decimal("NaN"), Decimal("1" + "0" * 400), Decimal(10) ** 40])
def test_infinite_or_implausible_decimal_is_not_written(value):
    assert exact_decimal(value) is None and _decimal(value) is None


def test_decimal_literal_has_no_exponent():
    for value in (Decimal("9.587E+6"), Decimal("1E-7"), Decimal("12000.000")):
        text = str(_decimal(value))
        assert "E" not in text and Decimal(text) == value


def test_floats_are_written_as_before():
    assert str(_decimal(12000.0)) == "12000" and str(_decimal(33.3)) == "33.3"


def test_overlong_numeral_is_not_a_number():
    assert parse_number("9" * 1001) is None


@pytest.mark.slow
def test_one_followed_by_400_zeros_is_no_infinity_decimal():
    import kg

    text = ("The Harbour Robotics Expo 2031 will be held in Porto, Portugal, from May 6 to 8, 2031. "
            f"The expo expects 1{'0' * 400} visitors and 450 exhibitors.\n")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        g = kg.build(text)
    values = [str(r[0]) for r in g.query("SELECT ?v WHERE { ?s <https://schema.org/value> ?v }", limit=None)]
    assert values and not any("Infinity" in v or "NaN" in v or len(v) > 60 for v in values)
    assert any("not a finite, plausible number" in str(w.message) for w in caught)
    assert g.validate().conforms
