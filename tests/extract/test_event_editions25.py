"""Edition numbers and one-day events in forms the earlier rules missed (issue 10), on
sentences of our own."""

from datetime import date

import pytest

EDITIONS = [
    ("The Lowland Wool Show returns for a 12th outing on 3 March 2026 in Perth.", 12),
    ("Lowland Wool Show XII opened in Perth on 3 March 2026.", 12),
    ("The Lowland Wool Show's 12th iteration opened in Perth on 3 March 2026.", 12),
    ("Now in its 12th iteration, the Lowland Wool Show opened in Perth on 3 March 2026.", 12),
]


@pytest.mark.parametrize("text,edition", EDITIONS)
def test_the_edition_is_read(extract, text, edition):
    assert extract(text, published=date(2026, 3, 4)).main_event.edition == edition


@pytest.mark.parametrize("text", [
    "The Lowland Wool Show opened in Perth on 3 March 2026. The first outing of the new shears was a success.",
    "The Lowland Wool Show opened in Perth on 3 March 2026. Team XL won the shearing relay.",
])
def test_no_edition_from_other_things(extract, text):
    assert extract(text, published=date(2026, 3, 4)).main_event.edition is None




@pytest.mark.parametrize("text,end", [
    ("The Lowland Wool Show, held every two years since 2002, opened in Perth on 3 March 2026.", None),
    ("The Lowland Wool Show was held in Perth on 3 March 2026.", date(2026, 3, 3)),
])
def test_a_one_day_event_is_one_held_on_the_date(extract, text, end):
    ev = extract(text, published=date(2026, 3, 4)).main_event
    assert ev.start == date(2026, 3, 3) and ev.end == end
