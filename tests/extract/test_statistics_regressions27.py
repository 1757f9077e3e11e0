"""Regressions found by the snapshot diff of round 27 (sentences of our own)."""

from datetime import date


def test_regression_a_place_word_in_a_participle_of_a_plain_subject_is_the_releases_place(extract):
    # q-stats27 skipped place words inside any subject's clause; only an event subject's clause
    # ("The forum, which opened at the city's centre, ...") is meant
    text = ("The Quollar Water Expo opened in Chengdu, Sichuan, on 3 May 2026. Smart water meters installed "
            "in the region rose to 0.7 million units in 2025.")
    res = extract(text, published=date(2026, 5, 4))
    stat = next(s for s in res.statistics if s.value == 700000)
    assert stat.about is not None and "Sichuan" in str(stat.about)
