"""What both probe runners share: the probe module named on the command line, the model,
the heading sentence every probe follows, and extraction of one probe."""
import importlib
import os
import sys
from datetime import date

sys.path.insert(0, os.path.dirname(__file__))
from kg.extract import run_extractors  # noqa: E402
from kg.pipeline.document import parse_document  # noqa: E402
from kg.pipeline.nlp import load_nlp  # noqa: E402

mod = importlib.import_module(sys.argv[1])
nlp = load_nlp()
HEAD = "The 2026 Harbourside Trade Fair opened in Valletta on June 3. "


def extract(text):
    d = parse_document(text, published=date(2025, 5, 20)); d.title = None
    return run_extractors(nlp(d.text), d)
