"""Every rule of kg/extract/rules/topics.json on its own examples and negatives."""

import pytest

from kg.extract.rules import load_rules

RULES = load_rules("topics")["rules"]
EXAMPLES = [(r["name"], ex["text"], ex["expect"]) for r in RULES for ex in r.get("examples", [])]
NEGATIVES = [(r["name"], text) for r in RULES for text in r.get("negatives", [])]


def _topics(x) -> set[str]:
    """Topics of the events and of their sessions (what the graph says each event is about)."""
    return {t.topic.label for t in x.topics} | {t.label for s in x.sessions for t in s.topics}


def test_every_rule_has_examples_and_negatives():
    for rule in RULES:
        assert rule.get("doc") and rule.get("cues"), rule["name"]
        assert rule.get("examples") and rule.get("negatives"), rule["name"]


@pytest.mark.parametrize("rule,text,expect", EXAMPLES, ids=[f"{n}-{i}" for i, (n, _, _) in enumerate(EXAMPLES)])
def test_rule_example(extract, rule, text, expect):
    got = _topics(extract(text))
    missing = [t for t in expect if t not in got]
    assert not missing, f"{rule}: {missing} not in {sorted(got)}"


@pytest.mark.parametrize("rule,text", NEGATIVES, ids=[f"{n}-{i}" for i, (n, _) in enumerate(NEGATIVES)])
def test_rule_negative(extract, rule, text):
    assert sorted(_topics(extract(text))) == []


def test_dates_after_from_are_no_topics():
    from kg.extract.topics import topics_from_text

    assert topics_from_text("93 international galleries from April 10 to 13.") == []


def test_semicolon_items_after_a_colon_stay_whole():
    from kg.extract.topics import topics_from_text

    assert topics_from_text(": a complete range of wind and solar parks; grid storage; and heat pumps.") == [
        "wind and solar parks", "grid storage", "heat pumps"]
