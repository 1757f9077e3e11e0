"""Pure-function normalizers: numbers, units/currencies, dates/periods, places, and the
text the parser reads (odd spaces made plain).

All functions are side-effect free and cached; the place gazetteer loads lazily on first
use. Import from here: ``from kg.normalize import parse_number, lookup_place``.
"""

from kg.normalize.dates import (
    MONTH_PATTERN,
    MONTHS,
    WEEKDAY_PATTERN,
    WEEKDAYS,
    Direction,
    add_duration,
    month_number,
    parse_date,
    parse_date_range,
    parse_period,
    weekday_names,
)
from kg.normalize.numbers import NUMBER_WORDS, SCALE_WORDS, parse_number, parse_range
from kg.normalize.places import (
    Place,
    canonical_place_name,
    country,
    is_country,
    lookup_place,
    place_chain,
)
from kg.normalize.spaces import ODD_SPACES, for_parsing
from kg.normalize.units import (
    currency_code,
    is_currency_unit,
    normalize_unit,
    singularize,
    split_money,
)

__all__ = [
    "ODD_SPACES",
    "for_parsing",
    "MONTHS",
    "MONTH_PATTERN",
    "NUMBER_WORDS",
    "SCALE_WORDS",
    "WEEKDAYS",
    "WEEKDAY_PATTERN",
    "Direction",
    "Place",
    "add_duration",
    "canonical_place_name",
    "country",
    "currency_code",
    "is_country",
    "is_currency_unit",
    "lookup_place",
    "month_number",
    "normalize_unit",
    "parse_date",
    "parse_date_range",
    "parse_number",
    "parse_period",
    "parse_range",
    "place_chain",
    "singularize",
    "split_money",
    "weekday_names",
]
