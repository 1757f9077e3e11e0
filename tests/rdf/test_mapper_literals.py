"""The mapper's fast literals are the ones rdflib makes: plain strings (mapper._text) and
dates made once per day (mapper._date)."""

from __future__ import annotations

from datetime import date

import pytest
from rdflib import Literal
from rdflib.namespace import XSD

from kg.rdf.mapper import _date, _text

TEXTS = ["Harbour Fair", "", "2024", "12.0", "true", " spaced  out ", "a\u00e9\u4e2d\U0001f600", "line\nbreak",
         "<b>", '"quoted"', "lone \ud800 surrogate", "İstanbul ſ K"]


@pytest.mark.parametrize("text", TEXTS)
def test_text_literal_is_rdflibs(text: str) -> None:
    fast, slow = _text(text), Literal(text)
    assert type(fast) is Literal
    assert fast == slow and hash(fast) == hash(slow) and fast.eq(slow)
    assert (str(fast), fast.value, fast.language, fast.datatype, fast.ill_typed, fast.n3()) == (
        str(slow), slow.value, slow.language, slow.datatype, slow.ill_typed, slow.n3())


def test_text_of_anything_else_is_literal() -> None:
    for value in (7, 2.5, Literal("x", lang="en"), date(2025, 5, 20)):
        assert _text(value).eq(Literal(value)) and _text(value).datatype == Literal(value).datatype


def test_date_literal_is_rdflibs_and_made_once() -> None:
    d = date(2025, 5, 20)
    slow = Literal(d.isoformat(), datatype=XSD.date)
    assert _date(d).eq(slow) and _date(d).n3() == slow.n3() and _date(d).value == d
    assert _date(d) is _date(date(2025, 5, 20))
