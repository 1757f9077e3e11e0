"""Every rule of kg/extract/rules/sessions.json on its own examples and negatives."""

import pytest

from kg.extract.rules import load_rules

DATA = load_rules("sessions")
RULES = DATA["rules"]
EXAMPLES = [(r["name"], ex["text"], ex["expect"]) for r in RULES for ex in r.get("examples", [])]
NEGATIVES = [(r["name"], text) for r in RULES for text in r.get("negatives", [])]


def test_every_rule_has_examples_and_negatives():
    for rule in RULES:
        assert rule.get("doc") and rule.get("cues"), rule["name"]
        assert rule.get("examples") and rule.get("negatives"), rule["name"]


@pytest.mark.parametrize("rule,text,expect", EXAMPLES, ids=[f"{n}-{i}" for i, (n, _, _) in enumerate(EXAMPLES)])
def test_rule_example(extract, rule, text, expect):
    got = {(s.label, s.count) for s in extract(text).sessions}
    for label, count in expect:
        assert (label, count) in got, f"{rule}: {label!r} ({count}) not in {sorted(got, key=str)}"


@pytest.mark.parametrize("rule,text", NEGATIVES, ids=[f"{n}-{i}" for i, (n, _) in enumerate(NEGATIVES)])
def test_rule_negative(extract, rule, text):
    assert [(s.label, s.count) for s in extract(text).sessions] == []


def test_generic_labels_alone_are_not_sessions(extract):
    x = extract("The 2025 Harbour Trade Fair will feature various events and activities for families.")
    assert x.sessions == []
