"""Every example and negative of kg/extract/rules/statistics.json, run through the extractors."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kg.extract.rules import load_rules

RULES = load_rules("statistics")["rules"]
EXAMPLES = [(r["name"], ex) for r in RULES for ex in r.get("examples", [])]
NEGATIVES = [(r["name"], neg) for r in RULES for neg in r.get("negatives", [])]


def _matches(stat, want: dict) -> bool:
    if "value" in want and Decimal(str(stat.value)) != Decimal(want["value"]):
        return False
    if "unit" in want and stat.unit != want["unit"]:
        return False
    return all(getattr(stat, key) == want[key] for key in ("qualifier", "period", "about", "change_of") if key in want)


def _check(stat, want: dict) -> list[str]:
    wrong = []
    for key in ("qualifier", "period", "about", "change_of"):
        if key in want and getattr(stat, key) != want[key]:
            wrong.append(f"{key}: want {want[key]!r}, got {getattr(stat, key)!r}")
    if "measure" in want and want["measure"].lower() not in (stat.measure or "").lower():
        wrong.append(f"measure: want {want['measure']!r} in {stat.measure!r}")
    return wrong


def test_every_rule_has_examples():
    assert all(r.get("examples") for r in RULES)
    assert len({r["name"] for r in RULES}) == len(RULES)


@pytest.mark.parametrize("name, example", EXAMPLES, ids=[f"{n}-{i}" for i, (n, _) in enumerate(EXAMPLES)])
def test_rule_example(extract, name, example):
    got = extract(example["text"]).statistics
    for want in example["expect"]:
        hit = [s for s in got if _matches(s, want)]
        assert hit, f"{name}: no {want} in {[(s.value, s.unit) for s in got]}"
        assert not _check(hit[0], want), f"{name}: {_check(hit[0], want)}"


@pytest.mark.parametrize("name, negative", NEGATIVES, ids=[f"{n}-{i}" for i, (n, _) in enumerate(NEGATIVES)])
def test_rule_negative(extract, name, negative):
    if isinstance(negative, str):
        got = extract(negative).statistics
        assert got == [], f"{name}: {[(s.value, s.unit, s.span.text) for s in got]}"
        return
    got = extract(negative["text"]).statistics
    for absent in negative["absent"]:
        assert not [s for s in got if _matches(s, absent)], f"{name}: {absent} in {[(s.value, s.unit) for s in got]}"
