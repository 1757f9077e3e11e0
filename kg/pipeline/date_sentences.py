"""A pipeline component that keeps a date in one sentence: "on Thursday, 14th May, in Leeds".

The small English model reads "May" after a day number as a modal verb opening a new
sentence ("... on Thursday, 14th" | "May, in Leeds."); the date is then cut in two and
neither half names a month with its day, so the event loses its dates. Before the parser,
a month name written right after a day number ("14th May", "3 May") is marked as no
sentence start, which the parser respects; nothing else about the parse is set.
The search is one regular expression over the text (no loop over tokens), so a release
without such a date costs a few microseconds.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

#: a day number (or ordinal), spaces, then a month name that is also an English word. Only
#: "May" is read so by the model (measured: "14th March", "14th June" stay one sentence)
_DAY_THEN_MONTH = re.compile(r"(?<![\d.,])(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\s+(May)\b")

NAME = "ekg_date_sentences"


@Language.component(NAME)
def keep_dates_whole(doc: Doc) -> Doc:
    """Mark the month of "14th May" as no sentence start (see the module's docstring)."""
    text = doc.text
    if "May" not in text:
        return doc
    for m in _DAY_THEN_MONTH.finditer(text):
        span = doc.char_span(m.start(1), m.end(1))
        if span is not None and span.start > 0:
            doc[span.start].is_sent_start = False
    return doc


def add_to(nlp: Language) -> None:
    """Put the component right before the parser (once)."""
    if NAME not in nlp.pipe_names and "parser" in nlp.pipe_names:
        nlp.add_pipe(NAME, before="parser")
