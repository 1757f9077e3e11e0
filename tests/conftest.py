"""Shared fixtures: the spaCy model and a helper that extracts from a sentence we wrote."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "data" / "wpbc-2024-seed.txt"


@pytest.fixture(scope="session")
def nlp():
    from kg.pipeline.nlp import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def extract(nlp):
    """extract(text, published=date(...)) -> Extraction (all extractors)."""
    from kg.extract import run_extractors
    from kg.normalize.spaces import for_parsing
    from kg.pipeline.document import parse_document

    def run(text: str, published: date | None = date(2025, 5, 20), title: str | None = None):
        doc_ = parse_document(text, published=published)
        doc_.title = title
        return run_extractors(nlp(for_parsing(doc_.text)), doc_)  # (as the pipeline parses)

    return run


@pytest.fixture(scope="session")
def example_graph():
    import kg

    return kg.build(EXAMPLE)
