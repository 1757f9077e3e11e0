"""Flat front matter ('key: value' lines) is read without PyYAML; the dict must be the one
PyYAML's loader gives, and anything PyYAML might read otherwise must go to PyYAML."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.pipeline.document import _flat_front_matter, _front_matter_loader, load_front_matter


def by_yaml(text: str):
    loader = _front_matter_loader()(text)
    try:
        return loader.get_single_data()
    finally:
        loader.dispose()


COMMON = [
    'title: "2024 Ocean Robotics Summit Opens In Halifax"\nsource: https://example.org/news/ors-2024\npublished: 2024-09-03',
    "title: Lake Fair closes\npublished: 2023-5-7",
    "title: 'A Fair of Many Things'\nsource: http://example.com/a?b=c#d",
    "title: 3rd Annual Expo Draws Crowds, Vendors\npublished: 2021-01-30T10:00:00Z",
    "published: 2024-02-30",
]

TRICKY_VALUES = [
    "yes", "No", "ON", "off", "true", "FALSE", "null", "Null", "~", "", " ", "2024", "0x1F", "017", "1_000",
    "3.14", ".5", "1e5", "1.0e+5", "12:30", "1:20:30", "190:20:30.15", "-7", "+3", ".inf", ".NaN", "<<", "=", "!",
    "&a", "*a", "- x", "-x", "? x", "[a, b]", "{a: b}", "a: b", "a:b", "a #b", "a#b", "a:", "#x", "|", ">", "%x",
    "@x", "`x", '"q"', "'q'", '"a\\nb"', "'it''s'", '"unclosed', "'unclosed", '"a" b', "x ", " x", "x\ty", "Dubai's",
    '2024 "Best" Fair', "Ünïcödé fair", "é", "naïve: x", "über", "a\u2028b", "a\x85b", "a\ufeffb", "a\x7fb",
    "2024 World Fair", "2024-09-03", "2024-09-03 10:00:00", "y", "n", "Y", "N", "=x", "<<x", "0b101", "0o17",
    "1,000", "1.000,5", "x, y", "x [y]", "x {y}", "http://a.b/c#d", "a:/b", "😀 fair",
]
TRICKY_KEYS = ["title", "source", "published", "on", "yes", "null", "_x", "a-b", "2x", "Title", "x1"]


def check(text: str) -> None:
    flat = _flat_front_matter(text)
    if flat is not None:
        assert flat == by_yaml(text), text
        assert all(type(k) is str and type(v) is str for k, v in flat.items()), text
        assert list(flat) == list(by_yaml(text)), text


def test_common_front_matter_needs_no_yaml() -> None:
    for text in COMMON:
        flat = _flat_front_matter(text)
        assert flat is not None and flat == by_yaml(text), text
        assert load_front_matter(text) == (flat, [])


def test_tricky_values_and_keys_agree_with_yaml() -> None:
    for key in TRICKY_KEYS:
        for value in TRICKY_VALUES:
            for text in (f"{key}: {value}", f"title: x\n{key}: {value}", f"{key}:{value}", f"{key}:  {value}"):
                check(text)


def test_what_yaml_reads_otherwise_goes_to_yaml() -> None:
    for text in ["on: x", "title: yes", "title: 2024", "title: 3.5", "title: x\n\nsource: y", "title: x\r\nb: y",
                 "title: x # note", "title: a: b", "title: x\ntitle: y", "title: x\n  more", "title:", "# c\ntitle: x",
                 "title: \"a\\\"b\"", "title: x\tb"]:
        assert _flat_front_matter(text) is None, text


def test_random_lines_agree_with_yaml() -> None:
    rng = random.Random(13)
    for _ in range(3000):
        lines = [f"{rng.choice(TRICKY_KEYS)}: {rng.choice(TRICKY_VALUES)}{rng.choice(['', '', ' ', ':', ' #c'])}"
                 for _ in range(rng.randint(1, 4))]
        check("\n".join(lines))


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(TRICKY_KEYS), st.text(min_size=1, max_size=12)), min_size=1, max_size=3))
def test_any_text_agrees_with_yaml(pairs) -> None:
    text = "\n".join(f"{k}: {v}" for k, v in pairs)
    try:
        expected = by_yaml(text)
    except Exception:  # noqa: BLE001 - PyYAML refuses it: the fast path must not take it
        assert _flat_front_matter(text) is None, text
        return
    flat = _flat_front_matter(text)
    if flat is not None:
        assert flat == expected and list(flat) == list(expected), text
