"""common.factored_alternation: the same matches as "|".join of the same alternatives (issue 13)."""

import random
import re

import pytest

from kg.extract import roles, topics
from kg.extract.common import factored_alternation

_ALTS = [
    ["hosts", "host", "honour", "co\\-host", "partners", "partner", "patron"],
    ["(?:in|from) the fields? of", "(?:topics|themes)\\s+(?:such as|including)", "dedicated (?:\\w+ly )?to",
     "(?:(?:key|main)\\s+)?(?:topics|themes)(?=:)", "aimed at", "a[)|]b", "(?:a|an|one)\\s+(?:[\\w-]+\\s+)?talk on"],
    ["ab", "a", "abc", "b+", "a?c", "(?:ab|a)c", "(?:|x)y", "\\ a", "\\sb"],
]
_WORDS = ["host", "hosts", "co-host", "honour", "partner", "in the field of", "from the fields of", "topics such as",
          "themes including", "key topics:", "main themes:", "aimed at", "a)b", "a|b", "an ai talk on", "abc", "ac",
          "abcc", "bbb", "xy", "y", " a", "\tb", "dedicated mainly to", "ghost", "-host"]


@pytest.mark.parametrize("alts", _ALTS)
def test_same_matches_as_the_plain_join(alts):
    rng = random.Random(13)
    plain = re.compile(r"(?<![\w-])(?:" + "|".join(alts) + r")(?![\w-])")
    merged = re.compile(r"(?<![\w-])(?:" + factored_alternation(alts) + r")(?![\w-])")
    assert plain.pattern != merged.pattern
    for _ in range(300):
        text = " ".join(rng.choice(_WORDS) for _ in range(rng.randint(1, 8)))
        assert [m.span() for m in plain.finditer(text)] == [m.span() for m in merged.finditer(text)], text
        for pos in range(0, len(text), 3):
            a, b = plain.search(text, pos, len(text) - 2), merged.search(text, pos, len(text) - 2)
            assert (a and a.span()) == (b and b.span()), text


def test_the_order_of_alternatives_is_kept():
    # 'host' before 'hosts' at one position: the first listed wins, as with '|'.join
    assert re.match("(?:" + factored_alternation(["host", "hosts"]) + ")", "hosts").group() == "host"
    assert re.match("(?:" + factored_alternation(["hosts", "host"]) + ")", "hosts").group() == "hosts"


def test_the_cue_patterns_are_factored():
    for rx in (roles._PHRASE_RE, roles._NOUN_RE, topics._EVENT_CUES):
        assert "(?:o(?:" in rx.pattern or "(?:e(?:" in rx.pattern or "(?:a(?:" in rx.pattern
