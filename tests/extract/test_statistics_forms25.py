"""Figure forms of the q-stats25 round, found by the probe releases of tests/extract/probes25q
(our own wording). Sentences written for these tests, one regression test per defect (each
fails on the code before the round), with their negatives inside."""

from __future__ import annotations

from tests.extract.test_statistics_forms8 import by_value, figures



# ---------------------------------------------------------------- "In <place>, the sector employs ..."

def test_regression_a_sector_subject_after_the_events_own_place_is_about_the_place(extract):
    got = by_value(figures(extract, "In Portugal, the textile sector employs 130,000 people."), 130000)
    assert got.about == "Portugal"
    got = by_value(figures(extract, "In Porto, hotel establishments received 2.1 million guests in 2025."), 2100000)
    assert got.about == "Porto"
    # the counted are the event's: attendance, and what organisers expect
    assert by_value(figures(extract, "In Porto, 600 exhibitors took part."), 600).about != "Porto"
    assert by_value(figures(extract, "In Porto, the organisers expect 30,000 visitors."), 30000).about != "Porto"


# ---------------------------------------------------------------- "between N and M <adjective> <noun>"

def test_regression_a_range_before_a_modified_noun_is_a_range(extract):
    got = figures(extract, "The carnival is expected to draw between 30,000 and 40,000 foreign tourists.")
    assert [(s.value, s.qualifier) for s in got] == [(30000, "AtLeast"), (40000, "UpTo")]
    assert {s.unit for s in got} == {"tourist"}
    got = figures(extract, "Between 200 and 300 local firms took part.")
    assert [(s.value, s.qualifier, s.unit) for s in got] == [(200, "AtLeast", "firm"), (300, "UpTo", "firm")]
    # two figures joined by 'and' without 'between' stay two exact figures
    got = figures(extract, "The fair hosted 120 and 80 exhibitors.")
    assert [(s.value, s.qualifier) for s in got] == [(120, "Exact"), (80, "Exact")]
