"""kg.pipeline.document.printable_count: the fast count of a body's printable characters
gives the character-by-character count (issue 13: reading costs less)."""

from __future__ import annotations

import pytest

from kg.errors import BadInput
from kg.pipeline.document import parse_document, printable_count


def _slow(sample: str) -> int:
    return sum(ch.isprintable() or ch.isspace() for ch in sample)


@pytest.mark.parametrize("text", [
    "A made-up fair opens on Tuesday.\nIt closes on Friday.\r\n\tIndented line.",
    "Vertical tab\x0bform feed\x0c and NBSP\u00a0here",
    "Control \x01\x02 characters \x7f in it\n",
    "Line separator\u2028paragraph separator\u2029end",
    "",
    "\n\n\t\r",
    "Zero width\u200bspace and soft\u00adhyphen",
])
def test_the_fast_count_is_the_slow_count(text: str) -> None:
    assert printable_count(text) == _slow(text)


def test_a_body_of_control_characters_is_still_refused() -> None:
    with pytest.raises(BadInput, match="does not look like text"):
        parse_document("The 2031 Made-up Lantern Expo opens.\n" + "\x01\x02\x03" * 50, "x.txt")
