"""kg.pipeline.date_sentences: "14th May" stays in its sentence (the model read "May" as a
modal opening a new one, and the event lost its dates)."""

from datetime import date

from kg.pipeline.date_sentences import NAME
from kg.pipeline.nlp import load_nlp


def test_the_component_runs_before_the_parser():
    names = load_nlp().pipe_names
    assert names.index(NAME) < names.index("parser")


def test_regression_a_weekday_and_an_ordinal_day_of_may_stay_one_sentence():
    doc = load_nlp()("The Fell Running Festival will be held on Thursday, 14th May, in Kendal.")
    assert len(list(doc.sents)) == 1


def test_a_sentence_that_begins_with_may_after_a_full_stop_still_begins():
    # negative: only a month right after a day number is held in the sentence
    doc = load_nlp()("The fair ended on the 14th. May brought new visitors.")
    assert len(list(doc.sents)) == 2


def test_regression_the_event_keeps_both_dates_of_may(extract):
    ev = extract("The Fell Running Festival starts on Thursday 14th May and finishes on Sunday 17th May in "
                 "Kendal.", published=date(2026, 3, 1)).main_event
    assert ev is not None and (ev.start, ev.end) == (date(2026, 5, 14), date(2026, 5, 17))
