"""Unit tests for kg.normalize.dates."""

from __future__ import annotations

from datetime import date

import pytest

from kg.normalize.dates import (
    add_duration,
    month_number,
    parse_date,
    parse_date_range,
    parse_period,
    weekday_names,
)

REF = date(2024, 9, 3)  # a Tuesday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sept. 03, 2024", date(2024, 9, 3)),
        ("Sept 24", date(2024, 9, 24)),
        ("October 27", date(2024, 10, 27)),
        ("27 October 2020", date(2020, 10, 27)),
        ("Oct. 9, 2018", date(2018, 10, 9)),
        ("2024-06-13", date(2024, 6, 13)),
        ("June 13, 2024", date(2024, 6, 13)),
        ("June 13 2024", date(2024, 6, 13)),
        ("on Monday, June 3", date(2024, 6, 3)),
        ("the 24th of October", date(2024, 10, 24)),
        ("Nov. 2nd", date(2024, 11, 2)),
        ("May 5", date(2024, 5, 5)),
        ("today", REF),
        ("yesterday", date(2024, 9, 2)),
        ("tomorrow", date(2024, 9, 4)),
        ("Monday", date(2024, 9, 2)),  # nearest: yesterday
        ("Tuesday", REF),
        ("Sunday", date(2024, 9, 1)),
        ("Thursday", date(2024, 9, 5)),
        ("last Friday", date(2024, 8, 30)),
        ("next Tuesday", date(2024, 9, 10)),
    ],
)
def test_parse_date(text: str, expected: date) -> None:
    assert parse_date(text, REF) == expected


def test_missing_year_takes_nearest_year() -> None:
    assert parse_date("December 28", date(2024, 1, 5)) == date(2023, 12, 28)
    assert parse_date("Jan. 4", date(2023, 12, 20)) == date(2024, 1, 4)


@pytest.mark.parametrize(
    ("text", "direction", "expected"),
    [
        ("Sunday", "past", date(2024, 9, 1)),
        ("Sunday", "future", date(2024, 9, 8)),
        ("Monday", "future", date(2024, 9, 9)),
        ("Tuesday", "past", REF),
        ("October 27", "past", date(2023, 10, 27)),
        ("August 1", "future", date(2025, 8, 1)),
    ],
)
def test_parse_date_direction(text: str, direction: str, expected: date) -> None:
    assert parse_date(text, REF, direction) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "text",
    ["the 2024 conference", "2024", "June 2024", "may 5", "monday", "Feb 30", "hello",
     "", "13/14/2024", "the week"],
)
def test_parse_date_rejects(text: str) -> None:
    assert parse_date(text, REF) is None


def test_parse_date_needs_ref_for_relative() -> None:
    assert parse_date("Monday", None) is None
    assert parse_date("October 27", None) is None
    assert parse_date("October 27, 2021", None) == date(2021, 10, 27)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("September 1-2", date(2024, 9, 1), date(2024, 9, 2)),
        ("September 1-2, 2024", date(2024, 9, 1), date(2024, 9, 2)),
        ("Aug. 31 to Sept. 2", date(2024, 8, 31), date(2024, 9, 2)),
        ("Aug. 31-Sept. 2", date(2024, 8, 31), date(2024, 9, 2)),
        ("8-14 April 2019", date(2019, 4, 8), date(2019, 4, 14)),
        ("from June 20 to 23", date(2024, 6, 20), date(2024, 6, 23)),
        ("Oct. 10 to 14", date(2024, 10, 10), date(2024, 10, 14)),
        ("Oct. 26 to Sunday", date(2024, 10, 26), date(2024, 10, 27)),
        ("20–23 June", date(2024, 6, 20), date(2024, 6, 23)),
        ("June 20 through 23", date(2024, 6, 20), date(2024, 6, 23)),
        ("between 5 and 7 March", date(2024, 3, 5), date(2024, 3, 7)),
        ("30 August - 2 September 2024", date(2024, 8, 30), date(2024, 9, 2)),
        ("Dec. 30 to Jan. 2, 2025", date(2024, 12, 30), date(2025, 1, 2)),
        ("Monday, Sept. 9 to Thursday, Sept. 12", date(2024, 9, 9), date(2024, 9, 12)),
        ("2024-06-13 to 2024-06-16", date(2024, 6, 13), date(2024, 6, 16)),
        ("October 27", date(2024, 10, 27), None),
        ("Nov. 5 to Sunday", date(2024, 11, 5), date(2024, 11, 10)),
    ],
)
def test_parse_date_range(text: str, start: date, end: date | None) -> None:
    assert parse_date_range(text, REF) == (start, end)


@pytest.mark.parametrize("text", ["hello", "the 2024 conference", "2019-2023", "may 1-3", ""])
def test_parse_date_range_rejects(text: str) -> None:
    assert parse_date_range(text, REF) == (None, None)


@pytest.mark.parametrize(
    ("text", "end"),
    [
        ("four-day", date(2024, 9, 4)),
        ("4-day", date(2024, 9, 4)),
        ("three days", date(2024, 9, 3)),
        ("a five-day event", date(2024, 9, 5)),
        ("the two-week festival", date(2024, 9, 14)),
        ("a week-long fair", date(2024, 9, 7)),
        ("one day", date(2024, 9, 1)),
    ],
)
def test_add_duration(text: str, end: date) -> None:
    assert add_duration(date(2024, 9, 1), text) == end


@pytest.mark.parametrize("text", ["daily", "the fair", "zero-day exploit"])
def test_add_duration_rejects(text: str) -> None:
    assert add_duration(date(2024, 9, 1), text) is None


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("in 2023", "2023"),
        ("2016", "2016"),
        ("in July 2024", "2024-07"),
        ("From January to July this year", "2024-01/2024-07"),
        ("January-July 2024", "2024-01/2024-07"),
        ("between March and May last year", "2023-03/2023-05"),
        ("the first half of 2024", "2024-01/2024-06"),
        ("H1 2024", "2024-01/2024-06"),
        ("the second half of last year", "2023-07/2023-12"),
        ("the first quarter", "2024-01/2024-03"),
        ("Q1 2023", "2023-01/2023-03"),
        ("Q1-Q3 2024", "2024-01/2024-09"),
        ("the third quarter of 2022", "2022-07/2022-09"),
        ("in the first three quarters", "2024-01/2024-09"),
        ("the first eight months of 2024", "2024-01/2024-08"),
        ("last year", "2023"),
        ("this year", "2024"),
        ("next year", "2025"),
        ("since 2018", "2018/2024"),
        ("from 2019 to 2023", "2019/2023"),
        ("by the end of 2025", "2025"),
        ("in the past five years", "2019/2024"),
        ("over the past decade", "2014/2024"),
        ("in July", "2024-07"),
        ("in October", "2023-10"),  # latest October by the reference month
        ("last month", "2024-08"),
        ("on Sept. 3, 2024", "2024-09-03"),
        ("Dec. 2023-Feb. 2024", "2023-12/2024-02"),
        ("in the 2022-23 season", "2022/2023"),  # a season or financial year
        ("FY2023/24", "2023/2024"),
        ("the 1999-00 harvest", "1999/2000"),
    ],
)
def test_parse_period(text: str, period: str) -> None:
    assert parse_period(text, REF) == period


@pytest.mark.parametrize(
    "text", ["", "up 5.2 percent year on year", "US$2024 million", "the fair", "in 1,2024", "ref. 2024-17"]
)
def test_parse_period_rejects(text: str) -> None:
    assert parse_period(text, REF) is None


def test_parse_period_without_ref() -> None:
    assert parse_period("since 2018", None) == "2018/.."
    assert parse_period("in 2021", None) == "2021"
    assert parse_period("last year", None) is None


def test_helpers() -> None:
    assert month_number("Sept.") == 9 and month_number("dec") == 12
    assert month_number("Smarch") is None
    assert weekday_names[0] == "Monday" and len(weekday_names) == 7
