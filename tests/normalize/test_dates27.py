"""Days before one dotted month ('12-14.05.2026'), as German, Russian and Polish releases write them."""

from datetime import date

from kg.normalize.dates import parse_date_range


def test_days_before_one_dotted_month() -> None:
    assert parse_date_range("12-14.05.2026") == (date(2026, 5, 12), date(2026, 5, 14))
    assert parse_date_range("12.-14.05.2026") == (date(2026, 5, 12), date(2026, 5, 14))
    assert parse_date_range("30 - 31.10.2026") == (date(2026, 10, 30), date(2026, 10, 31))


def test_no_month_thirteen() -> None:
    assert parse_date_range("1-2.13.2026") == (None, None)
