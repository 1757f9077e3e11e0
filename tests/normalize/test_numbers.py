"""Unit tests for kg.normalize.numbers."""

from __future__ import annotations

import pytest

from kg.normalize.numbers import NUMBER_WORDS, SCALE_WORDS, parse_number, parse_range


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # numerals and grouping
        ("42", 42),
        ("1,112,000", 1_112_000),
        ("1,000.5", 1000.5),
        ("0.75", 0.75),
        (".5", 0.5),
        ("-3", -3),
        ("2024", 2024),
        # scale words and abbreviations
        ("9.587 million", 9_587_000),
        ("54.494 billion", 54_494_000_000),
        ("1.3 trillion", 1.3e12),
        ("3.5bn", 3.5e9),
        ("2.5b", 2.5e9),
        ("1.11M", 1_110_000),
        ("500k", 500_000),
        ("500K", 500_000),
        ("10 bn", 1e10),
        ("7 mn", 7e6),
        ("3 lakh", 300_000),
        ("1.5 crore", 15_000_000),
        ("2 thousand", 2000),
        # number words
        ("five", 5),
        ("one", 1),
        ("twenty-one", 21),
        ("twenty one", 21),
        ("ninety-nine thousand", 99_000),
        ("two thousand", 2000),
        ("one-million", 1_000_000),
        ("a million", 1_000_000),
        ("seven hundred million", 700_000_000),
        ("one hundred and five", 105),
        ("a dozen", 12),
        ("two dozen", 24),
        ("one and a half million", 1_500_000),
        ("Three", 3),
        # fractions
        ("half", 0.5),
        ("a third", 1 / 3),
        ("two-thirds", 2 / 3),
        ("three quarters", 0.75),
        ("1/3", 1 / 3),
        ("half a million", 500_000),
        # European grouping, only when unambiguous
        ("1.234.567", 1_234_567),
        ("1.234.567,8", 1_234_567.8),
        ("12,5", 12.5),
        ("1.234", 1.234),  # ambiguous: read the English way
    ],
)
def test_parse_number(text: str, expected: float) -> None:
    assert float(parse_number(text)) == pytest.approx(expected)  # values are exact Decimals


@pytest.mark.parametrize(
    "text",
    ["", "hello", "the", "a", "first", "million", "thousands", "dozens", "five five",
     "twelve twenty", "1/0", "3 apples", "1,23,4"],
)
def test_parse_number_rejects(text: str) -> None:
    assert parse_number(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("39-50", (39, 50)),
        ("39 to 50", (39, 50)),
        ("39–50", (39, 50)),
        ("from 10 to 20", (10, 20)),
        ("between 3 and 5 million", (3e6, 5e6)),
        ("3-5 billion", (3e9, 5e9)),
        ("3 million to 5 million", (3e6, 5e6)),
        ("500 to 5 million", (500, 5e6)),
        ("two to three", (2, 3)),
    ],
)
def test_parse_range(text: str, expected: tuple[float, float]) -> None:
    assert tuple(map(float, parse_range(text))) == pytest.approx(expected)


@pytest.mark.parametrize("text", ["42", "twenty-one", "5-3", "a to b", "one-million"])
def test_parse_range_rejects(text: str) -> None:
    assert parse_range(text) is None


def test_word_tables() -> None:
    assert {"one", "ninety", "hundred", "thousand", "million", "dozen", "half"} <= NUMBER_WORDS
    assert SCALE_WORDS["bn"] == SCALE_WORDS["billion"] == 10**9
    assert SCALE_WORDS["k"] == 1000 and SCALE_WORDS["crore"] == 10**7
    assert SCALE_WORDS["lakh"] == 10**5 and SCALE_WORDS["tn"] == 10**12


@pytest.mark.parametrize("text", ["-", "–", " - ", "(-)", "--"])
def test_regression_separators_alone_are_no_number(text):
    """Found by CI's Hypothesis run: '-' split into no tokens, and the number-word check read
    the first of them (IndexError)."""
    assert parse_number(text) is None
