"""Long releases are parsed in segments with exact offsets (issue 11: a release between
2 and 5 million characters broke spaCy's max_length; 1.95 M took 195 s and 5.7 GB)."""

from __future__ import annotations

import warnings

import pytest

from kg.pipeline import nlp as nlp_mod
from kg.pipeline.nlp import segment_bounds


def _release(paragraphs: int) -> str:
    head = ("The Fjord Robotics Fair 2031 will be held in Bergen, Norway, from June 2 to 4, 2031, "
            "organized by Coastline Fairs AS. More than 6,000 visitors are expected.\n\n")
    return head + "".join(
        f"Exhibitor group {i} will show {i % 50 + 10} new machines in hall {i % 5 + 1}. "
        f"Its sales rose {i % 30 + 2} percent last year, the group said.\n\n" for i in range(paragraphs))


@pytest.mark.parametrize("text, size", [
    ("a" * 10_000, 1_000), ("word " * 3_000, 999), ("line\n" * 2_000, 1_024),
    ("One. Two! Three? " * 500, 700), (_release(200), 2_000), ("", 10), ("short", 10),
])
def test_segments_cover_the_text_exactly(text, size):
    bounds = segment_bounds(text, size)
    assert "".join(text[a:b] for a, b in bounds) == text
    assert all(b - a <= size for a, b in bounds)
    assert all(b1 == a2 for (_, b1), (a2, _) in zip(bounds, bounds[1:]))


def test_segments_cut_after_paragraph_breaks():
    text = _release(200)
    for _, end in segment_bounds(text, 2_000)[:-1]:
        assert text[end - 2:end] == "\n\n"


def test_parse_segmented_keeps_every_character_and_offset(nlp):
    text = _release(60)
    doc = nlp_mod.parse_segmented(nlp, text, size=1_500)
    assert doc.text == text
    for tok in doc:
        assert text[tok.idx:tok.idx + len(tok.text)] == tok.text
    for ent in doc.ents:
        assert text[ent.start_char:ent.end_char] == ent.text
    assert len(list(doc.sents)) > 60


@pytest.mark.slow
def test_long_release_is_built_in_segments_with_exact_evidence(monkeypatch):
    import kg

    text = _release(120)
    monkeypatch.setattr(nlp_mod, "SEGMENT_CHARS", 3_000)
    monkeypatch.setattr(nlp_mod, "SEGMENT_MAX", 2_000)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        g = kg.build(text)
    assert [e.name for e in g.events()] == ["Fjord Robotics Fair 2031"]
    spans = g.query("""SELECT ?q ?s ?e WHERE { ?x <https://w3id.org/event-kg/ns#quote> ?q ;
        <https://w3id.org/event-kg/ns#start> ?s ; <https://w3id.org/event-kg/ns#end> ?e }""", limit=None)
    rows = [(str(q), int(str(s)), int(str(e))) for q, s, e in spans]
    assert len(rows) > 200
    assert all(text[s:e] == q for q, s, e in rows)


def test_short_release_is_not_segmented(nlp, monkeypatch):
    from kg.pipeline.document import Document

    calls = []
    monkeypatch.setattr(nlp_mod, "parse_segmented", lambda *a, **k: calls.append(a))
    docs = [Document(text=_release(3)), Document(text="Another short text.")]
    out = list(nlp_mod.pipe_documents(nlp, docs, batch_size=8))
    assert [d for _, d in out] == docs and not calls
    assert out[0][0].text == docs[0].text


def test_a_document_that_fails_to_parse_loses_only_itself(nlp, monkeypatch):
    from kg.errors import KGError
    from kg.pipeline.document import Document

    class Boom:
        """Wraps the pipeline; fails on one text, in a batch or alone."""

        def __init__(self, real):
            self.real = real

        def pipe(self, items, **kw):
            items = list(items)
            if any("BOOM" in (i[0] if isinstance(i, tuple) else i) for i in items):
                raise ValueError("boom")
            return self.real.pipe(items, **kw)

        def __call__(self, text):
            if "BOOM" in text:
                raise ValueError("boom")
            return self.real(text)

    docs = [Document(text="First text here."), Document(text="BOOM text."), Document(text="Third text.")]
    out = list(nlp_mod.pipe_documents(Boom(nlp), docs, batch_size=8))
    assert [d for _, d in out] == docs
    assert isinstance(out[1][0], KGError) and not isinstance(out[0][0], KGError) and not isinstance(out[2][0], KGError)
