"""The compiled attribute table gives the model's attribute_ruler annotations, token by token."""

from __future__ import annotations

import pytest
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG
from spacy.tokens import Doc

from kg.pipeline.attribute_table import AttributeTable, NotCompilable
from kg.pipeline.nlp import load_nlp

# sentences of our own, with the ruler's exceptions in them: contractions, "'s", "there is",
# "do/have" as main verbs, determiners as pronouns, runs of whitespace, "y'all", "ain't"
SENTENCES = [
    "The 5th Harbour Lights Expo opens on 3 May in Porto Vell; it's held every year.",
    "There are 400 exhibitors.  Did they have stands?\n\nThey did, and that's that.",
    "Y'all ain't seen nothin' yet, said the organiser, who gets what she wants.",
    "Visitors rose 12% year-on-year to 48,500, and those who came spent more than ever.",
    "He's done it: the fair's owners do business in 30 countries (and have for years).",
    "",
    "   ",
    "Hall 4 — sessions (12) and workshops (8) — 2025/26 season.",
]

COLUMNS = [POS, TAG, DEP, MORPH, LEMMA, HEAD]


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


@pytest.mark.parametrize("text", SENTENCES)
def test_the_table_annotates_as_the_ruler(nlp, text):
    ruler = nlp.get_pipe("attribute_ruler")
    table = AttributeTable(ruler)
    doc = nlp(text, disable=["attribute_table", "attribute_ruler", "ner"])
    twin = Doc(doc.vocab).from_bytes(doc.to_bytes())
    ruler(doc)
    table(twin)
    assert (doc.to_array(COLUMNS) == twin.to_array(COLUMNS)).all()
    assert [str(t.morph) for t in doc] == [str(t.morph) for t in twin]


def test_the_pipeline_runs_the_table_and_keeps_the_ruler_disabled(nlp):
    assert "attribute_table" in nlp.pipe_names
    assert "attribute_ruler" in nlp.component_names and "attribute_ruler" not in nlp.pipe_names


def test_a_pattern_the_table_cannot_express_is_refused():
    class Ruler:
        vocab = load_nlp().vocab
        patterns = [{"patterns": [[{"LOWER": "fair", "OP": "+"}]], "attrs": {"POS": "NOUN"}, "index": 0}]
        attrs = [{}]

    with pytest.raises(NotCompilable):
        AttributeTable(Ruler())
