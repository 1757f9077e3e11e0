"""Dates written in figures: day first with full stops, and their ranges (kg.normalize.dates)."""

from datetime import date

import pytest

from kg.normalize.dates import parse_date, parse_date_range


@pytest.mark.parametrize("text,want", [
    ("03.03.2026", date(2026, 3, 3)), ("3.3.2026", date(2026, 3, 3)), ("31.12.2026", date(2026, 12, 31)),
    ("32.01.2026", None), ("03.13.2026", None), ("03/03/2026", None),
])
def test_day_first_dates_with_full_stops(text, want):
    assert parse_date(text) == want


@pytest.mark.parametrize("text,want", [
    ("from 03.03.2026 to 06.03.2026", (date(2026, 3, 3), date(2026, 3, 6))),
    ("03.03.2026 - 06.03.2026", (date(2026, 3, 3), date(2026, 3, 6))),
    ("03.03. - 06.03.2026", (date(2026, 3, 3), date(2026, 3, 6))),
    ("between 28.12.2026 and 02.01.2027", (date(2026, 12, 28), date(2027, 1, 2))),
    ("06.03.2026 to 03.03.2026", (date(2026, 3, 6), None)),
])
def test_ranges_of_such_dates(text, want):
    assert parse_date_range(text) == want
