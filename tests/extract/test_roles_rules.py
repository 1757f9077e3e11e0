"""Every rule of kg/extract/rules/roles.json on its own examples and negatives."""

import pytest

from kg.extract.common import agent_key
from kg.extract.rules import load_rules

RULES = load_rules("roles")["rules"]
EXAMPLES = [(r["name"], ex["text"], ex["expect"]) for r in RULES for ex in r.get("examples", [])]
NEGATIVES = [(r["name"], text) for r in RULES for text in r.get("negatives", [])]


def test_every_rule_has_examples_and_negatives():
    for rule in RULES:
        assert rule.get("doc") and rule.get("cues"), rule["name"]
        assert rule.get("examples") and rule.get("negatives"), rule["name"]


@pytest.mark.parametrize("rule,text,expect", EXAMPLES, ids=[f"{n}-{i}" for i, (n, _, _) in enumerate(EXAMPLES)])
def test_rule_example(extract, rule, text, expect):
    got = {(r.role, agent_key(r.agent)) for r in extract(text).roles}
    for role, agent in expect:
        assert (role, agent_key(agent)) in got, f"{rule}: {role} {agent!r} not in {sorted(got)}"


@pytest.mark.parametrize("rule,text", NEGATIVES, ids=[f"{n}-{i}" for i, (n, _) in enumerate(NEGATIVES)])
def test_rule_negative(extract, rule, text):
    assert [(r.role, r.agent) for r in extract(text).roles] == []
