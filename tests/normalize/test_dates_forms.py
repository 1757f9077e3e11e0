"""Range forms of unseen releases (issue 10, class 7), written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from kg.normalize.dates import parse_date_range

REF = date(2024, 9, 1)


@pytest.mark.parametrize(("text", "want"), [
    ("from Wednesday, October 2, to Friday, October 4", (date(2024, 10, 2), date(2024, 10, 4))),
    ("October 2, to October 4", (date(2024, 10, 2), date(2024, 10, 4))),
    ("2 October, through 4 October 2024", (date(2024, 10, 2), date(2024, 10, 4))),
    ("May 22, until Sunday", (date(2024, 5, 22), date(2024, 5, 26))),
    ("Jan. 26-Feb. 7", (date(2025, 1, 26), date(2025, 2, 7))),  # nearest the reference
])
def test_regression_a_comma_before_a_word_of_range(text, want):
    assert parse_date_range(text, REF) == want


def test_a_comma_before_and_is_no_range():
    assert parse_date_range("October 2, and October 4", REF) == (None, None)
