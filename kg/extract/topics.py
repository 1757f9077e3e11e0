"""Topics: what an event or a session group covers, read from cue phrases.

"cover topics such as A, B, and C", "focus on showcasing X, as well as Y such as A and B",
"covering the fields of A, B and C", "special areas for A, B and C", "aims to ... in the
field of X", "from A to B". Items are short noun phrases as written.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from kg.extract.common import clean_item, doc_text, lemma, source_span, span_text, split_list
from kg.extract.context import Context
from kg.extract.records import EventTopicRecord, SourceSpan, TopicRecord

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
_STOP_AT = re.compile(
    r"[.;]|,?\s+(?:along with|together with|followed by|alongside)\b"
    r"|,\s+and\s+(?:(?:many|most|some|all|several|none|each)\s+of|they|it|we)\b"
    r"|,\s+(?:which|while|and\s+will|as\s+(?!well)|where|with|it|who|running|bringing|drawing)\b"
    r"|,\s+(?:an?\s+)?(?:increase|decrease|rise|drop|growth|up|down|plus)\b"
    r"|\s+(?:and will|to be|which|amid|are|is|were|was|will|have|has|had)\b|\s+with\s+(?:\d|[a-z]+\s+\d)"
)
#: verbs whose object lists topics, with the particle that may follow them
TOPIC_VERBS: dict[str, tuple[str, ...]] = {
    "cover": (), "showcase": (), "focus": ("on", "upon"), "address": (), "explore": (),
    "deal": ("with",), "highlight": (), "span": (), "discuss": (), "tackle": (), "examine": (),
    "centre": ("on", "around"), "center": ("on", "around"), "revolve": ("around",),
    "build": ("around", "on"), "feature": (), "spotlight": (), "emphasize": (), "emphasise": (),
    "concentrate": ("on",), "dedicate": ("to",), "devote": ("to",),
}
#: subjects that stand for the event's programme ("the programme covers ...")
PROGRAMME_WORDS = frozenset({
    "program", "programme", "agenda", "exhibit", "exhibits", "exhibition", "it", "they",
    "exhibitor", "exhibitors", "enterprise", "enterprises", "company", "companies", "edition",
    "lineup", "line-up", "schedule", "content", "brand", "brands", "participant", "participants",
})


def topics_from_text(text: str) -> list[str]:
    """Topic labels in a stretch of text that follows a cue ('such as', 'focus on', ...)."""
    text = _STOP_AT.split(text, maxsplit=1)[0]
    text = _LEAD.sub("", text.strip(), count=1)
    m = _FROM_TO.search(text)
    if m and "," not in m.group(0):  # "developments, from a X to a Y"
        return [clean_item(m.group(1)), clean_item(m.group(2))]
    if ":" in text:  # "five tracks: A, B and C"
        text = text.split(":", 1)[1]
    out: list[str] = []
    for part in re.split(r",?\s+as well as\s+", text):
        if re.search(r"\bsuch as\b|\bincluding\b", part):
            before, after = re.split(r"\bsuch as\b|\bincluding\b", part, maxsplit=1)
            if re.search(r",|\band\b", before.strip()):
                out.extend(split_list(before))  # "A, B and fuels such as X": X only exemplifies
            else:
                out.extend(split_list(after))
        else:
            part = _LEAD.sub("", part.strip(), count=1)
            out.extend(split_list(part))
    return [t for t in out if _plausible(t)]


_NUMBER_IN_LABEL = re.compile(r"(?<![\w-])\d[\d,.]*(?![\w-])")


_COUNT_WORDS = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                          "twelve", "fifteen", "twenty", "dozens", "hundreds", "several", "numerous"})


#: words too generic to be a topic on their own ("showcase their products and markets")
_GENERIC_TOPICS = frozenset({"products", "product", "markets", "market", "services", "solutions", "technologies",
                             "technology", "innovations", "achievements", "results", "brands", "goods",
                             "exhibits", "latest products", "new products", "latest technologies"})
#: 'participation from the Sharjah Charity International': who takes part, not a subject
_BY_SOMEONE = re.compile(r"\b(?:from|by) the [A-Z]")


def _plausible(label: str) -> bool:
    """A topic is a short noun phrase: no figures ('exhibition area of 20,000'), no pronouns,
    no counted things ('two high-level panels' is a session group, not a topic)."""
    words = label.split()
    return 1 <= len(words) <= 12 and not _NUMBER_IN_LABEL.search(label) \
        and words[0].lower() not in _COUNT_WORDS and not _BY_SOMEONE.search(label) \
        and label.lower() not in _GENERIC_TOPICS \
        and label.lower() not in {"it", "them", "more", "this", "that", "these", "those"}


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
            from kg.extract.records import SourceSpan

            span = SourceSpan(i, i + len(label), label)
            cursor = i + len(label)
        out.append(TopicRecord(label, span))
    return tuple(out)


def topic_verb_object(verb) -> int | None:
    """Character offset where the topic list after a topic verb starts, or None."""
    particles = TOPIC_VERBS.get(lemma(verb))
    if particles is None:
        return None
    nxt = verb.nbor(1) if verb.i + 1 < len(verb.doc) else None
    if particles:
        if nxt is None or nxt.lower_ not in particles:
            return None
        return nxt.idx + len(nxt.text)
    return verb.idx + len(verb.text)


def verb_scope_end(verb) -> int:
    """Where the verb's own phrase ends: topics never run into the next clause."""
    right = [t for t in verb.subtree if t.i > verb.i]
    if not right:
        return verb.sent.end_char
    last = max(right, key=lambda t: t.i)
    return last.idx + len(last.text)


def _verb_subject(verb):
    """The subject of a topic verb, or the noun a participle hangs on ('zones covering')."""
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            return c
    if verb.dep_ in ("acl", "relcl", "advcl", "xcomp", "conj") and verb.head.i != verb.i:
        head = verb.head
        if head.pos_ in ("NOUN", "PROPN", "PRON"):
            return head
        return _verb_subject(head) if head.pos_ in ("VERB", "AUX") else None
    return None


def extract_event_topics(ctx: Context) -> list[EventTopicRecord]:
    """Topics attributed to an event directly ('aims to ... in the field of X', 'the
    programme covers A, B and C', '<event> opened ..., showcasing A and B')."""
    out: list[EventTopicRecord] = []
    doc = ctx.doc
    text = doc_text(doc)
    session_heads = {s.label.split()[-1] for s in ctx.result.sessions}
    for ev in ctx.result.events:
        # a theme stated as a plain noun phrase ("broadened the theme to mobility") is a
        # topic too; a quoted slogan ("See Sharjah") is not
        if ev.theme and ev.theme.islower() and len(ev.theme.split()) <= 4:
            i = text.find(ev.theme)
            span = SourceSpan(i, i + len(ev.theme), ev.theme) if i >= 0 else None
            out.append(EventTopicRecord(ev.key, TopicRecord(ev.theme, span)))
    for m in ctx.mentions:
        head = doc[m.end - 1]
        nxt = doc[m.end] if m.end < len(doc) else None
        if nxt is None or nxt.lower_ not in ("for", "on", "dedicated") or head.lower_ not in (
                "fair", "expo", "exhibition", "show", "conference", "forum", "summit", "congress", "festival"):
            continue
        if not m.anaphor or m.end + 1 >= len(doc) or doc[m.end + 1].ent_type_ in ("DATE", "TIME", "GPE", "CARDINAL"):
            continue
        at = nxt.idx + len(nxt.text) + (len(" to") if nxt.lower_ == "dedicated" else 0)
        sent = head.sent
        for rec in topic_records(text[at:sent.end_char], at, text):
            out.append(EventTopicRecord(m.event, rec))
    for sent in doc.sents:
        low = span_text(sent).lower()
        if not any(v in low for v in ("cover", "showcas", "focus", "address", "explor", "deal", "highlight",
                                       "span", "discuss", "tackl", "examin", "cent", "revolv", "built",
                                       "build", "featur", "spotlight", "emphasi")):
            continue
        for verb in sent:
            if verb.pos_ not in ("VERB",) or lemma(verb) not in TOPIC_VERBS:
                continue
            at = topic_verb_object(verb)
            if at is None:
                continue
            subj = _verb_subject(verb)
            if subj is None:
                continue
            subj_lemma = lemma(subj)
            if subj_lemma in session_heads or subj.lower_ in session_heads:
                continue  # the sessions extractor attaches these to their group
            is_event = ctx.is_mention_token(subj) or subj_lemma in PROGRAMME_WORDS or subj.lower_ in PROGRAMME_WORDS
            if not is_event:
                continue
            event = ctx.event_for_sentence(sent, before=verb)
            if event is None:
                continue
            for rec in topic_records(text[at:verb_scope_end(verb)], at, text):
                out.append(EventTopicRecord(event, rec))
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
