"""No-break and thin spaces read as plain ones (kg.normalize.spaces), quotes kept exact.

spaCy splits only on the plain space, so "World\u00a0Coffee Expo" was two names and a space
token, "September\u00a01-3" lost its days and "35\u202f000" its thousands. The parser now reads
them as plain spaces, offset for offset, and every evidence quote is still the release's own
text at its offsets (no-break spaces and all)."""

from __future__ import annotations

from datetime import date

import pytest

import kg
from kg.normalize.spaces import ODD_SPACES, for_parsing

NBSP, NNBSP, THIN = "\u00a0", "\u202f", "\u2009"

PLAIN = ("The 2026 Harbour Tea Expo will be held on October 14-16 at the Riverside Hall in "
         "Mombasa, Kenya. The expo is organised by the Coastal Growers Council. It expects "
         "42 500 visitors and 310 exhibitors.")
ODD = (f"The 2026 Harbour{NBSP}Tea Expo will be held on October{NBSP}14-16 at the Riverside{NBSP}Hall in "
       f"Mombasa, Kenya. The expo is organised by the Coastal{NBSP}Growers Council. It expects "
       f"42{NNBSP}500 visitors and 310{THIN}exhibitors.")


def _facts(g) -> set[tuple[str, str]]:
    rows = g.query("""PREFIX schema: <https://schema.org/>
        SELECT ?p ?o WHERE { ?s ?p ?o FILTER(?p IN (schema:name, schema:startDate, schema:endDate, schema:value)) }""")
    return {(str(r[0]).strip("<>"), " ".join(str(r[1]).split())) for r in rows}


def _quotes(g) -> list[tuple[int, int, str]]:
    rows = g.query("""PREFIX ekg: <https://w3id.org/event-kg/ns#>
        SELECT ?a ?b ?q WHERE { ?e ekg:quote ?q ; ekg:start ?a ; ekg:end ?b }""")
    return [(int(r[0]), int(r[1]), str(r[2])) for r in rows]


def test_for_parsing_keeps_the_length_and_only_changes_odd_spaces() -> None:
    text = f"a{NBSP}b{NNBSP}c{THIN}d\u3000e\u200bf g"
    out = for_parsing(text)
    assert len(out) == len(text)
    assert out == "a b c d e\u200bf g"  # (a zero-width space joins: it stays)
    assert all(c == " " for c, o in zip(out, text) if o in ODD_SPACES)


def test_for_parsing_gives_back_the_same_string_when_there_is_nothing_to_change() -> None:
    text = "Nothing odd here."
    assert for_parsing(text) is text


@pytest.mark.parametrize("odd", [NBSP, NNBSP, THIN, "\u2007"])
def test_regression_an_odd_space_in_a_name_gives_the_facts_of_a_plain_one(odd: str) -> None:
    g_plain = kg.build(PLAIN, published=date(2026, 5, 2))
    g_odd = kg.build(ODD.replace(NBSP, odd), published=date(2026, 5, 2))
    assert _facts(g_odd) == _facts(g_plain)
    assert ("https://schema.org/startDate", "2026-10-14") in _facts(g_odd)
    assert ("https://schema.org/name", "2026 Harbour Tea Expo") in _facts(g_odd)


def test_evidence_quotes_are_the_release_text_with_its_no_break_spaces() -> None:
    g = kg.build(ODD, published=date(2026, 5, 2))
    quotes = _quotes(g)
    assert quotes
    for a, b, q in quotes:
        assert ODD[a:b] == q
    assert any(NBSP in q for _, _, q in quotes)


def test_the_store_path_parses_odd_spaces_as_plain_ones(nlp) -> None:
    from kg.corpus.parallel import parse_isolated
    from kg.pipeline.document import parse_document

    document = parse_document(ODD, published=date(2026, 5, 2))
    [(_, doc)] = list(parse_isolated(nlp, [document], 4))
    assert doc.text == for_parsing(ODD)
    assert not any(t.is_space for t in doc)


def test_a_long_release_parsed_in_segments_reads_odd_spaces_as_plain_ones(nlp, monkeypatch) -> None:
    from kg.pipeline import nlp as nlp_module
    from kg.pipeline.document import parse_document

    monkeypatch.setattr(nlp_module, "SEGMENT_CHARS", 120)
    document = parse_document(ODD + "\n\n" + ODD, published=date(2026, 5, 2))
    [(doc, _)] = list(nlp_module.pipe_documents(nlp, [document]))
    assert doc.text == for_parsing(document.text)
