"""Topics: what an event or a session group covers, read from cue phrases.

"cover topics such as A, B, and C", "focus on showcasing X, as well as Y such as A and B",
"covering the fields of A, B and C", "special areas for A, B and C", "aims to ... in the
field of X", "from A to B". Items are short noun phrases as written.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from kg.extract.common import span_text, clean_item, doc_text, source_span, split_list
from kg.extract.context import Context
from kg.records import EventTopicRecord, TopicRecord

_LEAD = re.compile(
    r"^(?:mainly\s+|primarily\s+|especially\s+|also\s+)?(?:on\s+)?(?:showcasing|showing|presenting|displaying|"
    r"exhibiting|discussing|exploring|highlighting|demonstrating|featuring|promoting|covering)?\s*"
    r"(?:topics|themes|issues|areas|fields|sectors|subjects)?\s*(?:such as|including|like|of)?\s*"
    r"(?:the\s+(?:fields?|areas?|sectors?)\s+of\s+)?",
    re.I,
)
_FROM_TO = re.compile(r"\bfrom\s+(?:an?\s+|the\s+)?([^,]+?)\s+to\s+(?:an?\s+|the\s+)?([^,]+?)$", re.I)
_EVENT_CUES = re.compile(
    r"\b(?:in the fields? of|in the areas? of|focus(?:es|ed|ing)? on|dedicated to|aimed at|"
    r"look(?:s|ing)? into|centred on|centered on|celebrating|themed on|under the theme of)\s+(.+)",
    re.I,
)
_STOP_AT = re.compile(r"[.;]|,\s+(?:which|while|and\s+will|as\s+(?!well)|where|with|it|who)\b|\s+(?:and will|to be|which)\b")


def topics_from_text(text: str) -> list[str]:
    """Topic labels in a stretch of text that follows a cue ('such as', 'focus on', ...)."""
    text = _STOP_AT.split(text, maxsplit=1)[0]
    text = _LEAD.sub("", text.strip(), count=1)
    m = _FROM_TO.search(text)
    if m and "," not in m.group(0):  # "developments, from a X to a Y"
        return [clean_item(m.group(1)), clean_item(m.group(2))]
    out: list[str] = []
    for part in re.split(r",?\s+as well as\s+", text):
        if re.search(r"\bsuch as\b|\bincluding\b", part):
            part = re.split(r"\bsuch as\b|\bincluding\b", part, maxsplit=1)[1]
            out.extend(split_list(part))
        else:
            part = _LEAD.sub("", part.strip(), count=1)
            items = split_list(part) if part.count(",") >= 1 else [clean_item(part)]
            out.extend(items)
    return [t for t in out if _plausible(t)]


def _plausible(label: str) -> bool:
    words = label.split()
    return 1 <= len(words) <= 12 and not label[:1].isdigit() and label.lower() not in {"it", "them", "more"}


def topic_records(text: str, start_char: int, doc_text: str) -> tuple[TopicRecord, ...]:
    """Topic records with their spans, found in ``doc_text[start_char:]`` as written."""
    out = []
    cursor = start_char
    for label in topics_from_text(text):
        i = doc_text.find(label, cursor)
        if i < 0:
            i = doc_text.find(label, start_char)
        span = None
        if i >= 0:
            from kg.records import SourceSpan

            span = SourceSpan(i, i + len(label), label)
            cursor = i + len(label)
        out.append(TopicRecord(label, span))
    return tuple(out)


def extract_event_topics(ctx: Context) -> list[EventTopicRecord]:
    """Topics attributed to an event directly ('aims to ... in the field of X')."""
    out: list[EventTopicRecord] = []
    session_sents = {s.span.start for s in ctx.result.sessions if s.span} if ctx.result.sessions else set()
    for sent in ctx.doc.sents:
        mentions = ctx.mentions_in(sent)
        if not mentions:
            continue
        if any(sent.start_char <= s < sent.end_char for s in session_sents):
            continue
        for m in _EVENT_CUES.finditer(span_text(sent)):
            event = ctx.event_for_sentence(sent, before=ctx.doc[mentions[0].start])
            start = sent.start_char + m.start(1)
            for rec in topic_records(m.group(1), start, doc_text(ctx.doc)):
                out.append(EventTopicRecord(event, rec))
    return out


def sentence_topics(sent: Span, after_char: int) -> tuple[TopicRecord, ...]:
    text = doc_text(sent.doc)[after_char:sent.end_char]
    return topic_records(text, after_char, doc_text(sent.doc))


__all__ = ["topics_from_text", "topic_records", "extract_event_topics", "sentence_topics", "source_span"]
