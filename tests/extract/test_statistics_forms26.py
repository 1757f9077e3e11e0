"""Figure forms of the q-stats26 round, found by the probe releases of tests/extract/probes26q
(our own wording). Sentences written for these tests, one regression test per defect (each
fails on the code before the round), with their negatives inside."""

from __future__ import annotations

from kg.extract.lexicon import MORE_THAN_VERBS
from tests.extract.test_statistics_forms8 import by_value, figures


# ---------------------------------------------------------------- "crosses", "crossing": one list of verbs

def test_regression_every_form_of_cross_is_more_than(extract):
    assert "cross" in MORE_THAN_VERBS
    got = figures(extract, "Daily footfall crosses 50,000 on weekends.")
    assert by_value(got, 50000).qualifier == "MoreThan"
    got = figures(extract, "Exports are crossing 2 million tonnes a year.")
    assert by_value(got, 2000000).qualifier == "MoreThan"
    # the threshold form and the past tense keep working
    assert by_value(figures(extract, "Sales crossed the EUR 5 million mark."), 5000000).qualifier == "MoreThan"
    assert by_value(figures(extract, "Footfall crossed 3 lakh."), 300000).qualifier == "MoreThan"
    # a plain count is exact
    assert by_value(figures(extract, "The fair hosted 300 exhibitors."), 300).qualifier == "Exact"
