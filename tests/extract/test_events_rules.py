"""Every rule of kg/extract/rules/events.json: its examples give what they expect, its
negatives leave the rule's field empty (sentences written for these tests)."""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract.rules import load_rules

RULES = load_rules("events")["rules"]
DEFAULT_PUBLISHED = "2025-05-20"


def _fields(x) -> dict:
    ev = x.main_event
    if ev is None:
        return {}
    places = {}
    for p in ev.places:
        places.setdefault(p.kind, p.name)
    return {
        "name": ev.name,
        "start": ev.start.isoformat() if ev.start else None,
        "end": ev.end.isoformat() if ev.end else None,
        "theme": ev.theme,
        "edition": ev.edition,
        "venue": places.get("venue"),
        "city": places.get("city"),
        "region": places.get("region"),
        "country": places.get("country"),
        "subevents": sorted(e.name for e in x.events if e.part_of == ev.key),
    }


def _run(extract, case: dict | str):
    case = {"text": case} if isinstance(case, str) else case
    published = case.get("published", DEFAULT_PUBLISHED)
    return extract(case["text"], published=date.fromisoformat(published) if published else None,
                   title=case.get("title"))


EXAMPLES = [(r["name"], i, ex) for r in RULES for i, ex in enumerate(r.get("examples", []))]
NEGATIVES = [(r["name"], r["field"], i, neg) for r in RULES for i, neg in enumerate(r.get("negatives", []))]


def test_every_rule_is_documented_and_has_an_example():
    names = [r["name"] for r in RULES]
    assert len(names) == len(set(names))
    for rule in RULES:
        assert rule.get("doc") and rule.get("field") and rule.get("examples"), rule["name"]


@pytest.mark.parametrize(("rule", "i", "example"), EXAMPLES, ids=[f"{r}-{i}" for r, i, _ in EXAMPLES])
def test_rule_example(extract, rule, i, example):
    got = _fields(_run(extract, example))
    for key, want in example["expect"].items():
        value = got.get(key)
        if key == "subevents":
            want = sorted(want)
        assert value == want, f"{rule} example {i}: {key} {value!r} != {want!r}"


@pytest.mark.parametrize(("rule", "field", "i", "negative"), NEGATIVES,
                         ids=[f"{r}-not-{i}" for r, _, i, _ in NEGATIVES])
def test_rule_negative(extract, rule, field, i, negative):
    got = _fields(_run(extract, negative))
    assert not got.get(field), f"{rule} negative {i}: {field} = {got.get(field)!r}"
