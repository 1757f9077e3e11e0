"""Topics: what an event or a session group covers, read from cue phrases.

"cover topics such as A, B, and C", "focus on showcasing X, as well as Y such as A and B",
"covering the fields of A, B and C", "special areas for A, B and C", "aims to ... in the
field of X", "from A to B", "exhibitors from the fields of A", "keynote speeches on A",
"there will be a focus on A". Items are short noun phrases as written: list tails ("and much
more"), brackets and leads ("the latest in", "the country's achievements in") trimmed,
one-field pairs ("research and development") kept whole; earlier editions' topics and the
organisers' own goals left out.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.attrs import IS_QUOTE
from spacy.tokens import Doc, Span

from kg.extract.common import (
    sent_of,
    doc_indices,
    doc_tokens,
    indices_between,
    factored_alternation,
    clean_item,
    doc_lower,
    doc_sents,
    doc_text,
    lemma,
    source_span,
    split_list,
    token_range,
    tokens_matching,
    word_pattern,
)
from kg.extract.context import Context
from kg.extract.lexicon import EVENT_ANAPHORS, ORG_WORDS
from kg.extract.records import EventTopicRecord, SourceSpan, TopicRecord
from kg.extract.rules import load_rules
from kg.normalize.units import singularize
from kg.pipeline import patterns

#: 'symposia' -> 'symposium', 'colloquia' -> 'colloquium': Latin plurals of programme nouns
#: (sessions.json; the sessions extractor writes its labels singular with them too)
IRREGULAR_PLURALS: dict[str, str] = {k: v for k, v in load_rules("sessions")["irregular_plurals"].items()
                                     if k != "doc"}


def programme_singular(word: str) -> str:
    """The unit normalizer's singular, and the Latin plurals of programme nouns ('symposia')."""
    return IRREGULAR_PLURALS.get(word.lower()) or singularize(word)

_DATA = load_rules("topics")
RULES: dict[str, dict] = {r["name"]: r for r in _DATA["rules"]}
#: verbs whose object lists topics, with the particle that must follow them
TOPIC_VERBS: dict[str, tuple[str, ...]] = {k: tuple(v) for k, v in RULES["verb-object"]["cues"].items()}
#: subjects that stand for the event's programme ("the programme covers ...", "delegates will discuss ...")
PROGRAMME_WORDS = frozenset(RULES["verb-object"]["subjects"])
_INCLUDE_SUBJECTS = frozenset(RULES["topic-subject-include"]["cues"])
_CH = RULES["topic-subject-include"]["compound_heads"]
_COMPOUND_HEADS = frozenset(_CH["heads"])
_COMPOUND_MODIFIERS = frozenset(_CH["modifiers"])
_PASSIVE_VERBS = frozenset(RULES["passive-subject"]["cues"])
_BE_SUBJECTS = frozenset(RULES["topic-subject-be"]["cues"])
_BE_FORMS = word_pattern({"are", "were", "be", "is", "was"})
_ON_THE = frozenset(RULES["topic-subject-be"]["on_the"])
_ON_DISPLAY = frozenset(RULES["topic-subject-be"]["on_display"])
#: words too generic to be a topic on their own ("showcase their products and markets")
_GENERIC_TOPICS = frozenset(_DATA["generic_topics"])
#: words no topic on their own, though a modifier may make one ('discussed ways'; 'key challenges' stays)
_GENERIC_ALONE = frozenset(_DATA["generic_alone"]["words"])
_GENERIC_MODIFIERS = patterns.compile(r"^(?:(?:" + "|".join(map(re.escape, sorted(_DATA["generic_modifiers"]["words"], key=len, reverse=True)))
                                + r")(?:\s+|,\s*|\s+and\s+))+", re.I)
_AGENT_HEADS = frozenset(_DATA["agent_heads"]["words"])
#: heads that single nouns before them share ('robotics and drone companies')
_SHARED_NOUN_HEADS = _AGENT_HEADS | frozenset(_DATA["shared_head"]["noun_heads"])
_HEAD_END = patterns.compile(r"\s+(?:from|by|of|in|at)\s+", re.I)
_LEAD_QUANTITY = patterns.compile(r"^(?:" + "|".join(_DATA["lead_quantities"]) + r")\s+", re.I)
_NOT_TOPIC_START = patterns.compile(r"^(?:" + "|".join(map(re.escape, _DATA["not_topics_starting"])) + r")\b", re.I)
#: 'how AI is changing healthcare': a clause, no topic ('how to finance X' stays)
_CLAUSE_START = patterns.compile(r"^(?:" + "|".join(map(re.escape, _DATA["clause_starts"])) + r")\b(?!\s+to\b)", re.I)
_SESSION_NOUNS = frozenset(load_rules("sessions")["session_nouns"])
#: 'marine protected areas', 'coastal zones': an area a cue lists is a subject, unless a
#: programme word modifies it ('exhibition areas'); the words are the sessions extractor's
_SUBJECT_AREAS = load_rules("sessions")["subject_areas"]
#: session nouns that, heading a topic item, name a subject ('the challenges facing publishers')
_TOPIC_SESSION_NOUNS = frozenset(_DATA["topic_session_nouns"]["words"])
#: programme parts that head no topic ('keynote speeches', 'a pavilion for China'): sessions (convention 10)
_PROGRAMME_HEADS = frozenset(_DATA["programme_heads"]["words"])
#: 'how to build X', 'ways to boost Y': 'to' completes the item, no purpose ends the list
_INFINITIVE_HEADS = frozenset(_DATA["infinitive_heads"]["words"])
_POSSESSIVE_LEAD = patterns.compile(r"^\S+(?:'s|’s|'|’)\s+")
#: 'one session of X', 'a panel on X', 'one X', 'two X' before a singular: the count is trimmed
_COUNTED_LEAD = patterns.compile(r"^(?:" + "|".join(
    p.replace("SESSION", "|".join(sorted(_SESSION_NOUNS, key=lambda w: (-len(w), w))))
    for p in _DATA["counted_leads"]["patterns"]) + r")", re.I)
#: a person or a date named alone is no topic (places are left in: the tagger calls too many
#: subjects places)
_NOT_TOPIC_ENTS = frozenset({"PERSON", "NORP", "DATE", "TIME"})
_NAMED = _DATA["named_items"]
#: 'topics such as', 'key themes:', 'issues including': the text calls the items topics
_EXPLICIT = _NAMED["explicit"]
_EXPLICIT_HEAD = patterns.compile(r"^(?:" + "|".join(_EXPLICIT["patterns"]) + r")", re.I)
_NAME_ENTS = frozenset(_NAMED["entity_labels"])
_FIELD_WORDS = frozenset(_NAMED["field_words"])
_FIRM_WORDS = frozenset(_NAMED["firm_words"]["words"]) - _FIELD_WORDS
_FIELD_SUFFIX = patterns.compile(r"(?:" + "|".join(_NAMED["field_suffixes"]) + r")$")

_LEAD = patterns.compile(
    r"^(?:mainly\s+|primarily\s+|especially\s+|also\s+)?(?:on\s+)?(?:(?:showcasing|showing|presenting|displaying|"
    r"exhibiting|discussing|exploring|highlighting|demonstrating|featuring|promoting|covering)(?![\w-]))?\s*"
    r"(?:such\s+(?:topics|themes|issues|areas|fields|sectors|subjects)\s+as\s+)?"
    # 'dedicated to the themes of A and B': the topic noun that names the list is no item
    r"(?:the\s+(?:(?:main|key|central|core)\s+)?(?=(?:topics|themes|subjects)\s+of\s))?"
    # (whole words only: not the 'of' of 'offshore wind', the 'like' of 'likelihood')
    r"(?:(?:topics|themes|issues|areas|fields|sectors|subjects)(?![\w-]))?\s*(?:(?:such as|including|like|of"
    r"|related to|relating to|concerning|regarding|pertaining to)(?![\w-]))?\s*"
    r"(?:the\s+(?:fields?|areas?|sectors?)\s+of\s+)?",
    re.I,
)
_FROM_TO = patterns.compile(r"\bfrom\s+(?:an?\s+|the\s+|its\s+|their\s+)?([^,]+?)\s+to\s+(?:an?\s+|the\s+|its\s+|their\s+)?"
                      r"([^,]+?)$", re.I)
_EVENT_CUES = patterns.compile(r"(?<![\w-])(?:" + factored_alternation(RULES["cue-phrase"]["cues"]) + r")(?:\s+|(?=:))(.+)")
_FREE_CUES = patterns.compile(r"(?<![\w-])(?:" + factored_alternation(RULES["cue-phrase"]["cues_any_sentence"]) + r")(?:\s+|(?=:))(.+)")
_STOP_AT = patterns.compile(
    r"[.;]|,?\s+(?:along with|together with|followed by|alongside)\b|,\s+(?:besides|in addition to|apart from)\b"
    r"|,\s+and\s+(?:(?:many|most|some|all|several|none|each)\s+of|they|it|we)\b"
    r"|,\s+(?:which|while|and\s+will|as\s+(?!well)|where|with|it|who|running|bringing|drawing)\b"
    r"|,\s+(?:an?\s+)?(?:increase|decrease|rise|drop|growth|up|down|plus)\b"
    r"|\s+(?:and will|to be|which|amid|are|is|were|was|will|have|has|had)\b|\s+with\s+(?:\d|[a-z]+\s+\d)"
    r"|\s+(?:for the (?:first|second|third|\w+th) time|as part of|in line with|in a bid to)\b"
    # '... exports," he said': the quotation ends, and with it the list
    r"|,?\s*[\"”]\s*,?\s*(?:he|she|they|we|it|[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3}|(?:the|its|their|our)(?:\s+[\w-]+){1,3})\s+(?:said|says|added|noted|told|stressed|explained|remarked)\b"
    r"|,?\s*[\"”]\s*,?\s*(?:said|says|added|noted|told|stressed|explained|remarked)\b"
    # '... will be discussed, organisers said': a reporting clause after the list ends it
    r"|,\s+(?:(?:the|its|their|an?)\s+)?(?:[\w-]+\s+){0,3}?(?:said|says|added|noted|told|announced|stated)(?=[\s.,;]|$)"
)
_SENTENCE_END = patterns.compile(r"(?<![A-Z])\.(?:\s|$)")


_GL = _DATA["generic_lead"]
#: 'products spanning X', 'the latest developments in X': a generic word and a link before the topic
_GL_HEAD = "(?:" + "|".join(map(re.escape, sorted(set(_DATA["generic_topics"]) | set(_GL["heads"]), key=lambda w: (-len(w), w)))) + ")"
#: ... and 'new products and technologies in X': two generic words joined
_GENERIC_LEAD = patterns.compile(
    r"^(?:(?:the\s+)?[\w-]+(?:'s|’s)\s+)?(?:(?:" + "|".join(map(re.escape, sorted(_DATA["generic_modifiers"]["words"], key=len, reverse=True)))
    + r")\s+)*" + _GL_HEAD + r"(?:\s+(?:and|&)\s+" + _GL_HEAD + r")?\s+(?:" + "|".join(_GL["links"]) + r")\s+(?=\S)", re.I)


_LIST_PARTICIPLE_LEAD = patterns.compile(r"^(?:covering|including|featuring|spanning|encompassing|comprising|involving)\s+(?=\S)", re.I)


_AL = _DATA["area_lead"]
#: 'a dedicated zone for X', 'special areas for X': the floor word before what it shows (rule area_lead)
_AREA_LEAD = patterns.compile(r"^(?:(?:an?\s+|the\s+)(?:(?:" + "|".join(map(re.escape, _AL["modifiers"])) + r")\s+)*|(?:(?:"
                              + "|".join(map(re.escape, _AL["modifiers"])) + r")\s+)+)(?:"
                              + "|".join(map(re.escape, _AL["heads"])) + r")\s+(?:" + "|".join(map(re.escape, _AL["links"]))
                              + r")\s+(?=\S)", re.I)


@lru_cache(maxsize=4096)
def _strip_lead(item: str) -> str:
    """'a complete range of X' -> 'X', 'multiple X' -> 'X', 'one session of X' -> 'X',
    'products spanning X' -> 'X' (rule generic_lead). A pure function of its string, called
    for every list item and its parts: memoized (i13-speed26's measurement: 4,603 calls on
    400 releases, 61 distinct strings; 0.055 -> 0.001 ms a release)."""
    item = _LIST_PARTICIPLE_LEAD.sub("", item.strip(), count=1)  # '..., covering A, B and C'
    item = _AREA_LEAD.sub("", item, count=1)
    item = _LEAD_QUANTITY.sub("", item, count=1)
    led = _GENERIC_LEAD.sub("", item, count=1)
    if led != item:  # 'products in the field of X'
        led = re.sub(r"^(?:the\s+)?(?:fields?|areas?|sectors?|domains?)\s+of\s+(?=\S)", "", led, flags=re.I)
    item = led
    return _COUNTED_LEAD.sub("", item, count=1)


def _split_half(text: str) -> list[str]:
    """One side of 'from A and B to C': its items ('wildlife safaris and beaches' -> two)."""
    parts = split_list(text)
    if len(parts) == 1 and re.search(r"\s+and\s+", text) and len(text.split()) <= 8:
        parts = [clean_item(p) for p in re.split(r"\s+and\s+", text)]
    return parts


_LIST_TAIL = patterns.compile(r",?\s*(?:etc\.?|(?:among|amongst) (?:many )?others|and so on|and (?:so )?(?:many|much|a lot) more|and more"
                              r"|to name (?:a|but a|just a) few|and (?:many )?others|and the like|to mention (?:a|but a|just a) few)\s*[.]?\s*$",
                        re.I)
#: a bullet line's mark: '- A', '• A', '● A', '1. A', '(2) A' (one definition for _BULLET and _BULLET_BLOCK):
#: the marks of the sessions' bullet-list rule (its cues and its numbered form), so that one
#: bullet list gives a release's topics and its programme parts alike
_BULLET_RULE = next(r for r in load_rules("sessions")["rules"] if r["name"] == "bullet-list")
_BULLET_MARK = r"(?:[" + re.escape("".join(_BULLET_RULE["cues"])) + r"]|" + _BULLET_RULE["numbered"] + r")"
_BULLET = patterns.compile(r"[ \t]*" + _BULLET_MARK + r"[ \t]+(.+?)[ \t]*$")


def _bullet_items(text: str) -> list[str] | None:
    """'Topics include:\n- A\n- B': one item a bullet line, up to the first line that is no
    bullet (None when the list does not start with bullets on lines of their own)."""
    m = re.match(r":?[ \t]*\n", text)
    if m is None:
        return None
    out = []
    for line in text[m.end():].split("\n"):
        if not line.strip():
            continue
        b = _BULLET.match(line)
        if b is None:
            break
        out.append(clean_item(_strip_lead(b.group(1).rstrip(".;,"))))
    return [t for t in out if _plausible(t)] or None


#: 'research and development', 'mergers and acquisitions': pairs that name one field (rule one_field_pairs)
_ONE_FIELD = patterns.compile(r"(?<![\w-])(?:" + "|".join(
    r"\s+and\s+".join(re.escape(w) for w in p.split(" and ")) for p in _DATA["one_field_pairs"]["words"]) + r")(?![\w-])", re.I)
_KEEP_AND = "and\u2060"  # an 'and' no splitter reads (a word joiner after it), put back after the split


def topics_from_text(text: str) -> list[str]:
    """Topic labels in a stretch of text that follows a cue ('such as', 'focus on', ...); a pair
    that names one field ('research and development') stays one item."""
    guarded = _ONE_FIELD.sub(lambda m: re.sub(r"\band(?=\s)", _KEEP_AND, m.group(0)), text)
    if guarded == text:
        return _topics_from_text(text)
    return [t.replace(_KEEP_AND, "and") for t in _topics_from_text(guarded)]


#: 'renewable energy (solar, wind and hydrogen), storage', 'artificial intelligence (AI), robotics': what
#: brackets hold in a list details or shortens its item, no item of its own
_NESTED_BRACKETS = patterns.compile(r"\s*\([^()]*\)")


_EXAMPLES_CUE = patterns.compile(r"\bsuch as\b|\bincluding\b|(?<=[a-z])\s+like\s+(?=\w)")


def _topics_from_text(text: str) -> list[str]:
    """:func:`topics_from_text` once the one-field pairs are guarded."""
    text = _NESTED_BRACKETS.sub("", text)  # the item is kept alone
    head = text.lstrip()
    bullets = _bullet_items(head)
    if bullets is not None:
        return bullets
    lead = re.match(r"[^:;.]{1,60}(?=:)", head)
    if lead and ";" in head[lead.end():]:  # 'four tracks: A; B; and C': the list after the colon
        head = head[lead.end():]
    elif re.match(r"[^:.]+;\s+(?:and|or)\s", head):  # 'A; B; and C' without a colon
        head = ":" + head
    if head.startswith(":"):  # 'covered: A; B; and C' -> whole items between semicolons
        body = _SENTENCE_END.split(head[1:], maxsplit=1)[0]
        if ";" in body:
            items = [re.sub(r"^(?:and|or)\s+", "", p.strip(), flags=re.I) for p in body.split(";")]
            return [t for t in (clean_item(_strip_lead(i)) for i in items) if _plausible(t)]
        text = body
    text = _STOP_AT.split(text, maxsplit=1)[0]
    text = _LEAD.sub("", text.strip(), count=1)
    text = _LIST_TAIL.sub("", text)  # 'A, B and C, among others'
    text = re.sub(r"^(?:both|either)\s+", "", text, flags=re.I)
    text = re.sub(r"^not only\s+(.+?),?\s+but also\s+", r"\1 and ", text, flags=re.I)
    m = _FROM_TO.search(text)
    if m and "," not in m.group(0):  # "the range of X, from A and B to C and D"
        out = []
        # 'products ranging from A to B': the participle opens the range, it is no part of an item
        before = re.sub(r"\s*\b(?:ranging|that range|which range|spanning|varying)$", "",
                        text[:m.start()].strip().rstrip(",").strip(), flags=re.I)
        if before and "," not in before:
            out.append(clean_item(_strip_lead(before)))
        out += _split_half(m.group(1)) + _split_half(m.group(2))
        return [t for t in out if _plausible(t)]
    if ":" in text:  # "five tracks: A, B and C"
        text = text.split(":", 1)[1]
    namely = re.search(r",?\s+(?:namely|viz\.?)\s+", text, flags=re.I)
    if namely:  # "three key areas, namely A, B and C": the list is what 'namely' names
        text = text[namely.end():]
    out: list[str] = []
    for part in re.split(r",?\s+as well as\s+", text):
        # 'products from sectors like A, B and C': 'like' opens the examples as 'such as' does
        if _EXAMPLES_CUE.search(part):
            before, after = _EXAMPLES_CUE.split(part, maxsplit=1)
            if re.search(r",|\band\b", before.strip().rstrip(",").strip()):
                out.extend(split_list(before))  # "A, B and fuels such as X": X only exemplifies
            else:
                out.extend(split_list(after))
        else:
            part = _strip_lead(_LEAD.sub("", part.strip(), count=1))  # 'displays of A and B': the lead is no item's
            out.extend(split_list(part))
    out = _join_noun_heads(text, [clean_item(_strip_lead(t)) for t in _split_of_pairs(_split_determined(out))])
    return [t for t in out if _plausible(t)]


_OF_PAIR = patterns.compile(r"^(?P<p>\S+(?:\s+\S+)+?)\s+and\s+(?P<q>\S+(?:\s+\S+)+?\s+of\s+.+)$")


def _split_of_pairs(items: list[str]) -> list[str]:
    """'high tech developments and joint projects of local and foreign firms': an 'of' phrase
    belongs to the nearest noun; when that noun has a modifier of its own ('joint projects')
    and the first side is a phrase of two words or more with no 'of', the two sides are two
    items ('new technologies and products of X' and 'safe and efficient transport of X',
    whose 'of' both sides share, stay whole)."""
    out = []
    for item in items:
        m = _OF_PAIR.match(item)
        q_head = m.group("q").split(" of ", 1)[0] if m else ""
        if m and not re.search(r"\b(?:of|and|or|between)\b", m.group("p"), re.I) \
                and not re.search(r"\b(?:and|or)\b", q_head, re.I) \
                and len(m.group("p").split()) <= 4 and len(q_head.split()) <= 3 \
                and not re.match(r"(?:how|why|what|whether|where|when|ways?)\b", m.group("p"), re.I):
            # two noun phrases: short, no clause ('how the banking sector and insurers can support
            # the growth of X' is one question)
            out += [m.group("p"), m.group("q")]
        else:
            out.append(item)
    return out


def _join_noun_heads(text: str, items: list[str]) -> list[str]:
    """'robotics and drone companies', 'automotive, rail and aerospace industries': single
    words before a last item headed by a word for participants or sectors share its head
    (rule shared_head): one item, as written."""
    for j in range(len(items) - 1, 0, -1):
        words = items[j].split()
        if len(words) < 2 or words[-1].lower() not in _SHARED_NOUN_HEADS:
            continue
        k = j
        while k > 0 and len(items[k - 1].split()) == 1:
            k -= 1
        if k == j:
            continue
        pattern = r"\s*,\s*".join(map(re.escape, items[k:j])) + r"\s*,?\s+(?:and|or)\s+" + re.escape(items[j])
        m = re.search(r"(?<![\w-])" + pattern, text)
        if m:
            return items[:k] + [m.group(0)] + items[j + 1:]
    return items


_AND_DET = patterns.compile(r"\s+(?:and|as well as)\s+(?=(?:the|its|their)\s)", re.I)


def _split_determined(items: list[str]) -> list[str]:
    """'the future of work and the role of AI': an 'and' before a new determiner, after a
    phrase with its own 'of', starts a new item ('between A and the B' stays whole)."""
    out = []
    for item in items:
        parts = _AND_DET.split(item, maxsplit=1)
        if len(parts) == 2 and re.search(r"\bof\b", parts[0]) and not re.search(r"\bbetween\b", parts[0], re.I):
            out += [parts[0], parts[1]]
        else:
            out.append(item)
    return out


_NUMBER_IN_LABEL = patterns.compile(r"(?<![\w-])\d[\d,.]*(?![\w-])")


_COUNT_WORDS = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                          "twelve", "fifteen", "twenty", "dozens", "hundreds", "several", "numerous"})


#: 'the theme "X"', 'the overarching theme of X', 'its slogan': the theme is no topic as well (convention 11)
_THEME_ITEM = patterns.compile(r"^(?i:(?:(?:the|its|their|a|an|this year['’]s)\s+)?(?:[\w-]+\s+)?(?:theme|slogan|motto))(?!\s+(?i:parks?|songs?)\b)"
                         r"(?:\s+(?i:of|for)\b|\s*[\"“‘'«]|\s+[A-Z]|$)")
#: 'participation from the Sharjah Charity International': who takes part, not a subject
_BY_SOMEONE = patterns.compile(r"\b(?:from|by) the [A-Z]")


def _plausible(label: str) -> bool:
    """A topic is a short noun phrase: no figures ('exhibition area of 20,000'), no pronouns,
    no counted things ('two high-level panels' is a session group, not a topic)."""
    words = label.split()
    return 1 <= len(words) <= 12 and not _NUMBER_IN_LABEL.search(label) \
        and words[0].lower() not in _COUNT_WORDS and not _BY_SOMEONE.search(label) \
        and label.lower() not in _GENERIC_TOPICS and label.lower() not in _GENERIC_ALONE \
        and not _NOT_TOPIC_START.match(label) and not _THEME_ITEM.match(label) and not _CLAUSE_START.match(label) \
        and _GENERIC_MODIFIERS.sub("", label.lower(), count=1) not in _GENERIC_TOPICS \
        and _GENERIC_MODIFIERS.sub("", _POSSESSIVE_LEAD.sub("", label.lower(), count=1), count=1) not in _GENERIC_TOPICS \
        and _HEAD_END.split(label, maxsplit=1)[0].split()[-1].lower() not in _AGENT_HEADS \
        and label.lower() not in {"it", "them", "more", "this", "that", "these", "those"}


def _field_word(tok) -> bool:
    """'Intelligence', 'Computing', 'Gynecology', 'Blockchain', 'AI': a word naming a field of
    activity, even capitalised (rule named_items)."""
    low = tok.lower_
    return low in _FIELD_WORDS or (len(low) >= 6 and tok.ent_type_ != "GPE" and bool(_FIELD_SUFFIX.search(low)))


def _is_name(words: list, roots: list) -> bool:
    """'Siemens', 'the Nordic Salmon Group', 'the new Model X', 'Norway': an exhibitor, brand,
    product, person or place named one by one, no subject (rule named_items)."""
    if not (roots[0].pos_ == "PROPN" or all(t.ent_type_ in _NAME_ENTS for t in words)):
        return False
    if all(t.text.islower() or not t.is_alpha for t in words) and not any(t.ent_type_ in ("GPE", "LOC") for t in words):
        return False  # 'smart meters' tagged PERSON: names are written with capitals
    if words[-1].lower_ in ORG_WORDS and words[-1].lower_ not in _FIELD_WORDS:
        return True
    return not any(_field_word(t) for t in _own_words(words, roots[0]))


def _names_follow(words: list, inside: set[int]) -> bool:
    """'works by Picasso, Monet and Dali', 'films from China, Japan and India': the item opens a
    list of names that runs past it (rule named_items): who or where, not a subject."""
    for t in words:
        if t.dep_ == "prep" and t.lower_ in ("by", "from"):
            obj = next((c for c in t.children if c.dep_ == "pobj"), None)
            if obj is not None and obj.pos_ == "PROPN" and any(
                    c.dep_ == "conj" and c.i not in inside for c in obj.children):
                return True
    return False


def _own_words(words: list, root) -> list:
    """The words of the head's own name, without what a preposition attaches ('Ann Lee' of
    'Ann Lee at the City Gallery')."""
    inside = {t.i for t in words}
    out = []
    for t in words:
        node, steps = t, 0
        while node.i != root.i and node.i in inside and node.dep_ != "prep" and steps < 12:
            node, steps = node.head, steps + 1
        if node.i == root.i:
            out.append(t)
    return out


#: programme nouns that also name a whole event ('a fair for furniture'): no programme part by the article alone
_EVENT_WORDS = frozenset({"exhibition", "show", "conference", "summit", "forum", "event", "program", "programme",
                          "showcase", "stage", "zone", "area", "hall", "pavilion", "track", "launch", "challenge"})


def _names_no_subject(doc: Doc, span: SourceSpan, explicit: bool = False) -> bool:
    """A person, a date, or an exhibitor, brand, product or place named on its own is not a
    topic, nor is a group of sessions ('B2B meetings'): the tokens of the span tell. In a
    list the text calls topics ('topics such as "Green Ports"'), a capitalised item is a
    topic's title, no name (rule named_items, explicit)."""
    toks = [doc[i] for i in token_range(doc, span.start, span.end)]
    words = [t for t in toks if not t.is_punct and t.pos_ != "DET"]
    if not words:
        return True
    inside = {t.i for t in words}
    roots = [t for t in words if t.head.i not in inside or t.head.i == t.i] or [words[-1]]
    if (_is_name(words, roots) and (not explicit or all(t.ent_type_ in ("GPE", "LOC") for t in words))) \
            or _names_follow(words, inside):  # a place is no topic, whatever the text calls it
        return True
    if all(t.ent_type_ in _NOT_TOPIC_ENTS for t in words) and not any(_field_word(t) for t in words) \
            and not all(t.ent_type_ == "PERSON" and t.text.islower() for t in words):
        # 'smart meters' tagged PERSON: a person is named with capitals, lower-case words are a subject
        return True
    if roots[0].lower_ in _PROGRAMME_HEADS:  # 'keynote speeches', 'a special pavilion for China'
        return True
    if len(words) == 1 and singularize(words[0].lower_) in _SESSION_NOUNS and words[0].i > 0 \
            and doc[words[0].i - 1].lower_ in ("a", "an"):
        return True  # 'three sessions: a plenary, a panel and a workshop': one programme part each
    if words[-1].tag_ == "NN" and words[-1].lower_ in _SESSION_NOUNS - _TOPIC_SESSION_NOUNS \
            and words[-1].lower_ not in _EVENT_WORDS and toks[0].i > 0 and doc[toks[0].i - 1].lower_ in ("a", "an") \
            and not any(t.lower_ in ("on", "about") for t in words):
        return True  # 'features 12 forums, a women in mining breakfast and ...': one programme part
    return any(t.tag_ == "NNS" and singularize(t.lower_) in _SESSION_NOUNS - _TOPIC_SESSION_NOUNS
               and not _subject_area(t, words) and not _product_noun(t) for t in roots[:1] + [words[-1]])


#: 'solar panels', 'rocket stages': a programme noun with one of these modifiers names a
#: product (counted-group product_modifiers of rules/sessions.json), a topic like any other
_PRODUCT_MODS = {k: frozenset(v) for k, v in next(
    r for r in load_rules("sessions")["rules"] if r["name"] == "counted-group")["product_modifiers"].items() if k != "doc"}


def _product_noun(tok) -> bool:
    mods = _PRODUCT_MODS.get(singularize(tok.lower_))
    return bool(mods) and any(c.i < tok.i and c.lower_ in mods for c in tok.children)


def _subject_area(head, words: list) -> bool:
    """'marine protected areas', 'rural areas': an area or zone with modifiers, none of them
    a programme word (subject_areas of rules/sessions.json), is a subject."""
    mods = [t for t in words if t.i < head.i]
    return singularize(head.lower_) in _SUBJECT_AREAS["nouns"] and bool(mods) \
        and not any(t.lower_ in _SUBJECT_AREAS["programme_modifiers"] for t in mods)


def topic_records(text: str, start_char: int, doc_text: str, doc: Doc | None = None,
                  explicit: bool = False) -> tuple[TopicRecord, ...]:
    """Topic records with their spans, found in ``doc_text[start_char:]`` as written (with
    ``doc``, places, people, dates and session groups named alone are left out; with
    ``explicit``, or a text that opens with 'topics such as', the text calls the items
    topics, and a capitalised one is a title, no name)."""
    explicit = explicit or bool(_EXPLICIT_HEAD.match(text.lstrip()))
    found: list[tuple[str, SourceSpan | None, SourceSpan | None]] = []
    cursor = start_char
    for label in topics_from_text(text):
        i = doc_text.find(label, cursor)
        if i < 0:
            i = doc_text.find(label, start_char)
        span = None
        if i >= 0:
            span = SourceSpan(i, i + len(label), label)
            cursor = i + len(label)
        found.append((label, span, span))
    if doc is not None:
        found = _join_shared_heads(doc, doc_text, [_trim_adverbs(doc, doc_text, f) for f in found])
    out = []
    names = firms = 0
    for label, span, head_span in found:
        if not _plausible(label):  # trimmed or joined
            continue
        # a joined item is a name or not as its last item is ('Korean cinema')
        if span is not None and doc is not None and _names_no_subject(doc, head_span, explicit):
            names += _capitalised(label)
            firms += _capitalised(label) and len(label.split()) >= 2 and label.split()[-1].lower() in _FIRM_WORDS
            continue
        out.append(TopicRecord(label, span))
    if not explicit and (names >= 2 and names >= len(out)
                         or firms and out and all(_capitalised(r.label) and len(r.label.split()) >= 2 for r in out)):
        # 'Acer, Asus, Huawei Technologies and Alibaba Cloud': in a list of names, a capitalised
        # item is one more name, whatever its last word; so it is in a list of capitalised items
        # one of which is a firm by its last word ('Acme Robotics, Borealis Energy and Cinder
        # Labs') (rule named_items)
        out = [r for r in out if not _capitalised(r.label)]
    return tuple(out)


def _trim_adverbs(doc: Doc, text: str, item: tuple) -> tuple:
    """'discuss the matter further': an adverb that ends the item is no part of it."""
    label, span, _ = item
    if span is None:
        return item
    rng = token_range(doc, span.start, span.end)
    last = rng.stop - 1
    while last > rng.start and doc[last].tag_ in ("RB", "RBR", "RBS") and doc[last - 1].text != "-":
        last -= 1
    if last == rng.stop - 1:
        return item
    end = doc[last].idx + len(doc[last].text)
    trimmed = SourceSpan(span.start, end, text[span.start:end])
    return trimmed.text, trimmed, trimmed


_JOINER = patterns.compile(r"\s*,?\s*(?:(?:and|or|and/or)\s+)?")


def _modifiers_only(doc: Doc, span: SourceSpan) -> bool:
    """'Chinese', 'domestic', 'medium-sized': an item of adjectives alone, no noun of its own
    (rule shared_head)."""
    toks = [doc[i] for i in token_range(doc, span.start, span.end) if not doc[i].is_punct]
    return bool(toks) and all(
        t.pos_ == "ADJ" or t.dep_ == "amod" or (t.tag_ == "VBN" and t.dep_ in ("amod", "conj"))
        or (t.ent_type_ == "NORP" and t.tag_ in ("JJ", "NNP")) or t.pos_ == "ADV" for t in toks
    ) and any(t.pos_ != "ADV" for t in toks)


def _join_shared_heads(doc: Doc, text: str, found: list) -> list:
    """'Chinese, Japanese and Korean cinema', 'domestic and imported cars': adjectives
    coordinated before one shared noun are one item, as written (rule shared_head; the gold
    keeps 'project, antique and collector cars' whole)."""
    out: list = []
    k = 0
    while k < len(found):
        label, span, _ = found[k]
        j = k
        while (span is not None and j + 1 < len(found) and found[j + 1][1] is not None
               and _JOINER.fullmatch(text[span.end:found[j + 1][1].start])
               and _modifiers_only(doc, span)):
            nxt = found[j + 1][1]
            final = not _modifiers_only(doc, nxt)
            if final and not re.search(r"\b(?:and|or)\b", text[span.end:nxt.start]):
                break  # 'solar, wind and hydro power': a noun mid-list may be an item of its own
            span = SourceSpan(span.start, nxt.end, text[span.start:nxt.end])
            label = span.text
            j += 1
            if final:
                break
        if j > k and not _modifiers_only(doc, span):
            out.append((label, span, found[j][1]))
            k = j + 1
        else:
            out.append(found[k])
            k += 1
    return out


def _capitalised(label: str) -> bool:
    """'Huawei Technologies', 'GE Healthcare': every word of the label starts upper-case."""
    words = [w for w in label.split() if w.lower() not in ("of", "and", "the", "&", "for", "de")]
    return bool(words) and all(w[:1].isupper() or w[:1].isdigit() for w in words)


def topic_verb_object(verb) -> int | None:
    """Character offset where the topic list after a topic verb starts, or None."""
    particles = TOPIC_VERBS.get(_verb_lemma(verb))
    if particles is None:
        return None
    nxt = verb.nbor(1) if verb.i + 1 < len(verb.doc) else None
    if nxt is not None and nxt.lower_ == "by" and not particles:
        return None  # 'the sessions were addressed by Dr X': who spoke, not what about
    if particles:
        while nxt is not None and nxt.tag_ == "RB" and nxt.i + 1 < len(verb.doc):  # 'focuses primarily on'
            nxt = verb.doc[nxt.i + 1]
        if nxt is None or nxt.lower_ not in particles:
            return None
        return nxt.idx + len(nxt.text)
    return verb.idx + len(verb.text)


#: prepositions that, hung on the verb after its object, say where, when, to whom or by whom
_VERB_PREPS = frozenset({"to", "in", "at", "across", "under", "by", "during", "throughout", "within", "among",
                         "before", "after", "until", "for", "over"})


def _object_end(verb, at: int) -> int:
    """Where the verb's object ends: a phrase the parser hangs on the verb after it ('to
    visitors', 'in Halifax', 'at the Convention Centre') is no part of the list; without a
    plain object, where the verb's phrase ends."""
    end = verb_scope_end(verb)
    # 'spans three days and covers A': a verb joined after the object opens a clause of its own
    # (a finite verb: a list item the parser reads as a participle is none)
    nxt = next((c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and c.idx > at
                and (c.tag_ in ("VBZ", "VBD", "VBP") or any(k.dep_ == "aux" for k in c.children))), None)
    if nxt is not None:
        cut = nxt.left_edge
        if cut.i > 0 and verb.doc[cut.i - 1].dep_ == "cc" and verb.doc[cut.i - 1].head.i == verb.i:
            cut = verb.doc[cut.i - 1]
        # (no list before it: 'A, leak detection and B' reads a noun as a verb)
        if cut.idx > at and "," not in doc_text(verb.doc)[at:cut.idx] \
                and any(k.dep_ in ("dobj", "prep", "attr") for k in nxt.children):
            end = min(end, cut.idx)
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.idx >= at), None)
    if obj is None:
        prep = next((c for c in verb.children if c.dep_ == "prep" and c.idx + len(c.text) == at), None)
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if obj is None:
        return end
    last = obj.right_edge
    #: 'covers everything from A to B': the parser hangs 'to B' on the verb, yet it closes the range
    ranged = any(t.lower_ == "from" and t.dep_ == "prep" for t in obj.subtree)

    def says_where(c) -> bool:
        if c.dep_ == "advcl" and _noun_modifier(c, obj.left_edge.i):  # 'showcased A, charging piles and B'
            return False
        if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i == last.i + 1 and last.dep_ == "cc":
            return False  # 'a zone for A and charging stations': the object's 'and' goes on with the list
        if c.dep_ in ("npadvmod", "advcl"):
            return True
        if ranged and c.lower_ == "to" and c.i == last.i + 1:
            return False
        return c.dep_ in ("prep", "agent", "dative") and c.lower_ in _VERB_PREPS

    after = [c for c in verb.children if c.i > last.i and says_where(c)]
    if not after or any(c.dep_ == "prep" and not says_where(c) and c.i < after[0].i
                        for c in verb.children if c.i > last.i):
        # 'from A to B', 'including A' hung on the verb go on with the list
        return end  # nothing hung on the verb after the object: the parse of the list is kept whole
    return min(end, last.idx + len(last.text))


def verb_scope_end(verb) -> int:
    """Where the verb's own phrase ends: topics never run into the next clause."""
    if verb.dep_ in ("compound", "amod"):  # a verb parsed as a compound has no phrase of its own
        return sent_of(verb).end_char
    right = [t for t in verb.subtree if t.i > verb.i]
    if not right:
        return sent_of(verb).end_char
    last = max(right, key=lambda t: t.i)
    return last.idx + len(last.text)


def _event_word_before(verb):
    """'The fair features A', 'The fair highlights A': the small model often tags 'fair' an
    adjective of the verb (or of the noun after a verb it calls a noun), so no mention
    stands for the event; the event word right before the verb is its subject."""
    if verb.i < 2:
        return None
    prev, det = verb.doc[verb.i - 1], verb.doc[verb.i - 2]
    if prev.lower_ in EVENT_ANAPHORS and det.lower_ in ("the", "this") \
            and prev.tag_ not in ("NNS", "NNPS"):
        return prev
    return None


def _is_event_word_before(subj, verb) -> bool:
    word = _event_word_before(verb)
    return word is not None and word.i == subj.i


def _verb_subject(verb):
    """The subject of a topic verb, or the noun a participle hangs on ('zones covering'), or
    the noun a relative clause is about ('the forum, which explores')."""
    # ('NAIROBI, Kenya - The X Show will spotlight A': the parser may make a dateline a second
    # subject; the one nearest before the verb is its subject)
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) > 1:
        subjects = sorted(subjects, key=lambda c: (c.i > verb.i, -c.i))
    for c in subjects[:1]:
        if c.lower_ in ("which", "that", "who") and verb.dep_ == "relcl" and verb.head.i != verb.i:
            return verb.head
        return c
    if verb.dep_ in ("acl", "relcl", "advcl", "xcomp", "conj") and verb.head.i != verb.i:
        head = verb.head
        if head.pos_ in ("NOUN", "PROPN", "PRON"):
            return head
        if head.pos_ == "ADJ" and head.dep_ in ("nsubj", "nsubjpass") and verb.tag_ == "VBG":
            return head  # 'The fair, covering A and B, opens': the subject noun tagged an adjective
        return _verb_subject(head) if head.pos_ in ("VERB", "AUX") else None
    adj = _event_word_before(verb)
    if adj is not None:
        return adj
    # 'Exhibits range from A to B': the small model hangs the subject on as a compound
    return next((c for c in verb.lefts if c.dep_ in ("compound", "npadvmod", "dep") and c.pos_ == "NOUN"
                 and c.i == verb.i - 1), None)


_IRREGULAR = {"build": {"built"}, "deal": {"dealt"}, "span": {"spanned", "spanning"},
              "focus": {"focussed", "focussing", "focusses"}}


def _inflections(verb: str) -> set[str]:
    """'cover' -> cover, covers, covered, covering; 'showcase' -> ..., showcased, showcasing."""
    stem = verb[:-1] if verb.endswith("e") else verb
    return {verb, verb + "s", verb + "es", stem + "ed", stem + "ing"} | _IRREGULAR.get(verb, set())


#: every form of every cue verb, to find the few tokens worth a look
_VERB_FORMS = word_pattern({f for v in set(TOPIC_VERBS) | _PASSIVE_VERBS | {"include"} for f in _inflections(v)})


#: each form of a cue verb, to its verb ('tackled' tagged an adjective has no verb lemma)
_FORM_VERB = {f: v for v in sorted(set(TOPIC_VERBS) | _PASSIVE_VERBS | {"include"}) for f in _inflections(v)}


def _verb_lemma(tok) -> str:
    lem = lemma(tok)
    if tok.pos_ != "VERB" and lem not in TOPIC_VERBS:
        return _FORM_VERB.get(tok.lower_, lem)
    return lem


def _starts_with_event(ctx: Context, at: int) -> bool:
    """'the key focus on the exhibition': the event itself is no topic of the event."""
    toks = doc_tokens(ctx.doc)
    first = next((toks[i] for i in token_range(ctx.doc, at, at + 40) if toks[i].pos_ != "DET"), None)
    return first is not None and ctx.is_mention_token(first)


_QUOTE_MARKS = patterns.compile(r'["“”]')


def _speaker_voice(ctx: Context, text: str, sent_start: int, at: int) -> bool:
    """'"We must focus on exports," he said': a cue inside a quotation that does not name the
    event is a speaker's goal or opinion, no topic (convention 11)."""
    marks = list(_QUOTE_MARKS.finditer(text, sent_start, at))
    if len(marks) % 2 == 0:
        return False
    opened = marks[-1].end()
    return not any(ctx.is_mention_token(ctx.doc[i]) for i in token_range(ctx.doc, opened, at))


def _clause_end(doc: Doc, at: int, end: int, ctx: Context | None = None) -> int:
    """Where a list that starts at ``at`` ends before ``end``: at ', <finite verb>' ('..., drew
    300 exhibitors': the clause has ended), ', <participle>' ('..., aiming to'), a purpose
    ('to boost exports', 'in order to') or a time phrase ('this year', 'for the first time',
    'over three days')."""
    rng = token_range(doc, at, end)
    toks = doc_tokens(doc)  # (the cached tokens: doc[i] builds a new Token on every call)
    for i in rng:
        tok = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if tok.text == "," and nxt is not None and nxt.pos_ in ("VERB", "AUX") and (
                nxt.tag_ in ("VBD", "VBZ", "VBP", "MD") or (nxt.tag_ == "VBN" and nxt.dep_ == "ROOT")
                or (nxt.tag_ == "VBG" and nxt.lower_ not in _LIST_PARTICIPLES and not _gerund_item(nxt, rng.start))) \
                and not _noun_modifier(nxt, rng.start):
            return tok.idx
        if tok.text == "," and nxt is not None:
            # 'Focusing on A and B, the expo drew ...': the subject of the main clause follows
            subj = doc[nxt.i + 1] if nxt.pos_ == "DET" and nxt.i + 1 < len(doc) else nxt
            while subj.dep_ in ("compound", "amod") and subj.i + 1 < len(doc) and subj.head.i > subj.i:
                subj = subj.head
            if subj.dep_ in ("nsubj", "nsubjpass") and subj.head.i > subj.i and subj.head.pos_ in ("VERB", "AUX") \
                    and not _list_goes_on(doc, rng.start, tok.i, subj.head.i):
                return tok.idx
        if tok.i == rng.start:
            continue
        if tok.dep_ == "ROOT" and tok.pos_ == "VERB" and tok.tag_ in ("VBD", "VBZ", "VBP") and any(
                c.dep_ in ("nsubj", "nsubjpass") and c.left_edge.i < rng.start <= c.right_edge.i for c in tok.children):
            # 'Sessions on A and B drew large crowds': a list in the subject ends at the main verb
            # (and before the punctuation in front of it: '"... A and B," said X')
            j = i
            while j - 1 > rng.start and (doc[j - 1].is_punct or doc[j - 1].is_quote):
                j -= 1
            return doc[j].idx
        if tok.pos_ == "ADP" and tok.lower_ in _PLACE_PREPS and nxt is not None and _venue_place(tok):
            return tok.idx  # '... and haul trucks on the show floor': where they are (place_tails)
        if ctx is not None and tok.pos_ == "ADP" and tok.lower_ in ("at", "during", "throughout") and nxt is not None:
            obj = doc[nxt.i + 1] if nxt.pos_ == "DET" and nxt.i + 1 < len(doc) else nxt
            if ctx.is_mention_token(obj):  # '... A and B at the show': where, not what
                return tok.idx
        if tok.tag_ == "TO" and nxt is not None and nxt.tag_ == "VB" and doc[i - 1].lower_ not in _INFINITIVE_HEADS and not any(
                doc[j].lower_ == "from" for j in range(rng.start, i)):  # 'to boost exports', not 'from A to B'
            before = doc[i - 2:i]
            return before[0].idx if before.text.lower() in ("in order", "so as") else tok.idx
        if tok.ent_type_ in ("DATE", "TIME") and tok.ent_iob_ == "B":  # 'this year', 'over three days'
            prev = doc[i - 1]
            if prev.pos_ == "ADP" and prev.i > rng.start:
                return prev.idx
            if prev.lower_ == "the" and i >= 2 and doc[i - 2].pos_ == "ADP" and doc[i - 2].i > rng.start:
                return doc[i - 2].idx
            return tok.idx
    return end


_CLAUSE_PARTICIPLES = frozenset(_DATA["clause_participles"]["words"])
_PLACE_PREPS = frozenset(_DATA["place_tails"]["preps"])
_PLACE_NOUNS = frozenset(_DATA["place_tails"]["nouns"])


def _venue_place(prep) -> bool:
    """'on the show floor', 'in Hall 3', 'at their stands': the preposition's object is a place
    of the venue (place_tails)."""
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return obj is not None and obj.lower_ in _PLACE_NOUNS


def _noun_modifier(tok, start: int) -> bool:
    """'A, charging piles and B', 'A, leak detection and B': a gerund or a present-tense 'verb'
    after a comma, right before a noun, while the list has had no 'and' yet and has one to
    come, is the first word of the next item, no new clause ('A and B, attracting crowds':
    the list had its 'and'; 'A, offering a platform': no noun follows)."""
    doc = tok.doc
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if nxt is None or not tok.text.islower() or tok.lower_ in _CLAUSE_PARTICIPLES:
        return False
    if tok.tag_ == "VBG" and nxt.text in (",", "and", "or"):
        # 'A, signalling and B', 'A, printing, packaging and B': a bare gerund followed by the
        # list's joiner is one item (a clause's participle takes an object: 'A, attracting crowds')
        if tok.i == 0 or doc[tok.i - 1].text != "," or any(doc[j].lower_ in ("and", "or") for j in range(start, tok.i)):
            return False
        return nxt.text != "," or any(doc[j].lower_ in ("and", "or")
                                      for j in range(tok.i + 2, min(sent_of(tok).end, tok.i + 9)))
    if tok.tag_ not in ("VBG", "VBP", "VB", "VBN") or nxt.tag_ not in ("NN", "NNS"):
        # (VBN: 'A, translated literature and B', 'A, connected cars and B'; not VBD: 'A, drew buyers and B')
        return False
    if tok.i == 0 or doc[tok.i - 1].text != ",":
        return False
    if any(doc[j].lower_ in ("and", "or") for j in range(start, tok.i)):
        return False
    end = min(sent_of(tok).end, tok.i + 9)
    return any(doc[j].lower_ in ("and", "or") for j in range(tok.i + 2, end))


def _list_goes_on(doc: Doc, start: int, comma: int, verb: int) -> bool:
    """'on A, B and C will be held': the list has had no 'and' before the comma and has one
    after it, before the verb the parser gave a subject in the list: the comma parts items."""
    return not any(doc[j].lower_ in ("and", "or") for j in range(start, comma)) \
        and any(doc[j].lower_ in ("and", "or") for j in range(comma + 1, verb))


def _gerund_item(tok, start: int) -> bool:
    """'focus on improving A, reducing B and cutting C': a gerund conjoined to one earlier in
    the list is one more item, no new clause."""
    return tok.dep_ == "conj" and start <= tok.head.i < tok.i and tok.head.tag_ == "VBG" \
        and tok.head.dep_ in ("pcomp", "pobj", "dobj", "xcomp", "conj")


#: participles that go on with the list ('A, including B'), not a new clause
_LIST_PARTICIPLES = frozenset({"including", "featuring", "covering", "spanning", "ranging", "involving",
                               "encompassing", "comprising", "especially", "notably"})


#: a joiner left at the end of a list that a clause end cut
_DANGLING = patterns.compile(r"(?:,|\s)+(?:and|or|as well as|and/or)?\s*$", re.I)


def _records(ctx: Context, event: str | None, text: str, at: int, explicit: bool = False) -> list[EventTopicRecord]:
    if event is None:
        return []
    cut = _clause_end(ctx.doc, at, at + len(text), ctx)
    text = _DANGLING.sub("", text[:cut - at])  # 'A, B and' cut before a time word ('evening concerts')
    return [EventTopicRecord(event, rec) for rec in topic_records(text, at, doc_text(ctx.doc), ctx.doc, explicit)
            if rec.span is None or not all(ctx.is_mention_token(ctx.doc[i])
                                           for i in token_range(ctx.doc, rec.span.start, rec.span.end))]


#: verbs of showing: with participants as their subject, in a sentence about the event, they list its topics
_SHOW_VERBS = frozenset({"showcase", "display", "exhibit", "feature", "unveil", "demonstrate"})
#: a single exhibitor as the subject: what it shows is its own product, no topic of the event
_ONE_EXHIBITOR = frozenset({"company", "firm", "brand", "enterprise", "exhibitor", "manufacturer", "startup"})
_HIGHLIGHT_ITEMS = frozenset(RULES["topic-subject-include"]["highlight_programme_heads"])


def _programme_item(label: str) -> bool:
    """'gala dinner', 'fashion show', 'fireworks display': a part of the programme."""
    last = label.split()[-1].lower()
    return last in _HIGHLIGHT_ITEMS or singularize(last) in _SESSION_NOUNS or singularize(last) in _HIGHLIGHT_ITEMS


def _verb_topics(ctx: Context, sent: Span, verbs: list, session_heads: set[str]) -> list[EventTopicRecord]:
    """Rules verb-object, topic-subject-include and passive-subject."""
    out: list[EventTopicRecord] = []
    text = doc_text(ctx.doc)
    for verb in verbs:
        lem = _verb_lemma(verb)
        if lem in _PASSIVE_VERBS and any(c.dep_ == "auxpass" for c in verb.children):
            # 'drones and farm robots will be showcased at the fair'
            subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
            if subj is not None and subj.pos_ != "PRON" and not ctx.is_mention_token(subj) and ctx.mentions_in(sent):
                start, end = subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge.text)
                for more in (c for c in verb.children if c.dep_ == "nsubjpass" and subj.i < c.i < verb.i):
                    # 'A and e-mobility will be discussed': the parser may split a hyphenated
                    # word and make its last part a second subject; the subject runs to it
                    end = max(end, more.right_edge.idx + len(more.right_edge.text))
                out += _records(ctx, ctx.event_for_sentence(sent, before=verb), text[start:end], start)
            continue
        if lem == "include":
            # 'Topics include A, B and C', 'Exhibitions include: A; B'
            subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subj is None and verb.dep_ in ("conj", "prep", "dep", "xcomp", "ccomp") \
                    and verb.head.tag_ in ("VBN", "VBD") and verb.head.i < verb.i:
                # 'Key sectors represented at the expo include A', 'Sectors represented include A': the
                # parser makes 'include' a conjunct (or a preposition) of the participle
                subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
            if subj is None:  # 'The sectors represented at the expo include A': or the participle a clause of 'include'
                part = next((c for c in verb.children if c.dep_ in ("ccomp", "csubj", "advcl")
                             and c.tag_ in ("VBN", "VBD") and c.i < verb.i), None)
                subj = next((c for c in part.children if c.dep_ == "nsubj"), None) if part is not None else None
            if subj is None or (lemma(subj) not in _INCLUDE_SUBJECTS and not _compound_topic_noun(subj)) \
                    or lemma(subj) in session_heads:
                continue
            at = verb.idx + len(verb.text)
            block = _BULLET_BLOCK.match(text, at)  # 'Topics include:\n1. A\n2. B': the list may pass the sentence end
            end = max(sent.end_char, block.end()) if block is not None else sent.end_char
            recs = _records(ctx, ctx.event_for_sentence(sent, before=verb), text[at:end], at,
                            lemma(subj) in _EXPLICIT["include_subjects"])
            if lemma(subj) == "highlight":  # 'Highlights include a gala dinner': a session, no subject
                recs = [r for r in recs if not _programme_item(r.topic.label)]
            out += recs
            continue
        if lem not in TOPIC_VERBS:
            continue
        if verb.tag_ == "VBN" and verb.dep_ == "acl" and verb.head.lower_ in _BE_SUBJECTS \
                and verb.head.i < verb.i and verb.i + 1 < len(verb.doc) and lemma(verb.doc[verb.i + 1]) == "include":
            continue  # 'the topics covered include A': a participle of its noun, with no object of its own
        at = topic_verb_object(verb)
        if at is None or _starts_with_event(ctx, at):
            continue
        subj = _verb_subject(verb) if verb.pos_ == "VERB" else verb.doc[verb.i - 1]
        if subj is None:
            continue
        if not ctx.is_mention_token(subj) and subj.ent_type_ == "GPE" and subj.i == sent.start:
            # 'NAIROBI, Kenya - The X Show will spotlight A': the parser may hang the event on the
            # dateline as an apposition and make the dateline the subject
            subj = _appos_mention(ctx, subj) or subj
        subj_lemma = lemma(subj)
        if subj.tag_ == "NN" and subj.lower_ in _ONE_EXHIBITOR:
            continue  # 'The company will showcase its new tractor': one exhibitor's product (convention 11)
        if subj_lemma in session_heads or subj.lower_ in session_heads:
            continue  # the sessions extractor attaches these to their group
        if not (ctx.is_mention_token(subj) or subj_lemma in PROGRAMME_WORDS or subj.lower_ in PROGRAMME_WORDS
                or subj_lemma in _SESSION_NOUNS or _is_event_word_before(subj, verb)
                or (lem in _SHOW_VERBS and subj.tag_ == "NNS" and subj.lower_ in _AGENT_HEADS and ctx.mentions_in(sent))):
            # 'publishers showcasing A at the fair': what the participants show is what the event shows
            continue
        if _past_edition(subj) or _other_year_edition(ctx, subj) or subj.lower_ in _ORGANISER_WORDS:
            continue  # "last year's edition focused on A": another edition; 'the organisers focus on': a goal
        if lem in _EVENT_SUBJECT_ONLY and not _celebrated_subject(ctx, subj, verb):
            continue  # 'visitors celebrated the new year', 'the fair celebrates its 10th anniversary'
        event = _mention_event(ctx, subj) or ctx.event_for_sentence(sent, before=verb)
        end = _object_end(verb, at)
        recs = _records(ctx, event, text[at:end], at)
        if lem in _PART_LIST_VERBS:
            recs = _without_odd_part(ctx, recs, at, end)
        out += recs
    return out


#: verbs whose object may be a list of programme parts ('the show features A, B and C')
_PART_LIST_VERBS = frozenset(RULES["verb-object"]["part_lists"]["verbs"])


def _without_odd_part(ctx: Context, recs: list[EventTopicRecord], at: int, end: int) -> list[EventTopicRecord]:
    """'The show features livestock judging, tractor demonstrations and farmer training
    sessions': in a list of two or more programme parts the sessions extractor took, the one
    item left over is a programme part it did not know, no topic (rule verb-object, part_lists)."""
    starts = sorted({s.span.start for s in ctx.result.sessions if s.span is not None and at <= s.span.start < end})
    if len(starts) < 2:
        return recs
    carried = {t.label.lower() for s in ctx.result.sessions for t in s.topics}  # 'sessions on A': A's
    odd = [r for r in recs if r.topic.label.lower() not in carried and (r.topic.span is None or not any(
        r.topic.span.start <= a < r.topic.span.end for a in starts))]
    if len(odd) != 1 or odd[0].topic.span is None:
        return recs
    return [r for r in recs if r is not odd[0]]


def _appos_mention(ctx: Context, tok):
    """A mention of the event in the chain of appositions hung on ``tok``, or None."""
    todo = [c for c in tok.children if c.dep_ == "appos"]
    while todo:
        t = todo.pop(0)
        if ctx.is_mention_token(t):
            return t
        todo += [c for c in t.children if c.dep_ == "appos"]
    return None


_ESO = RULES["verb-object"]["event_subject_only"]
_EVENT_SUBJECT_ONLY = frozenset(_ESO["verbs"])
_OCCASION_HEADS = frozenset(_ESO["not_heads"])


def _celebrated_subject(ctx: Context, subj, verb) -> bool:
    """'The festival celebrates A, B and C': the event itself is the subject, and the object is
    no occasion ('its 10th anniversary', 'the winners') (rule verb-object, event_subject_only)."""
    if not (ctx.is_mention_token(subj) or _is_event_word_before(subj, verb)):
        return False
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return obj is None or obj.lower_ not in _OCCASION_HEADS


def _mention_event(ctx: Context, tok) -> str | None:
    """The event a token names, when it is part of a mention of one."""
    return next((m.event for m in ctx.mentions if m.start <= tok.i < m.end), None)


_PAST_WORDS = frozenset({"previous", "past", "last", "prior", "earlier", "former"})
#: who runs the event: what they focus on is their goal, no subject of the event (convention 11)
_ORGANISER_WORDS = frozenset({"organizer", "organizers", "organiser", "organisers", "host", "hosts"})


def _past_edition(subj) -> bool:
    """'last year's edition', 'the previous expo', 'past editions': the subject is an earlier
    edition, whose topics are not this one's (other editions are no events, convention 6)."""
    if lemma(subj) not in EVENT_ANAPHORS and singularize(subj.lower_) not in EVENT_ANAPHORS:
        return False  # 'the last session will discuss A': a part of this edition
    return any(t.lower_ in _PAST_WORDS for t in subj.subtree if t.i < subj.i)


_YEAR = patterns.compile(r"(?:19|20)\d\d")


def _other_year_edition(ctx: Context, subj) -> bool:
    """'The 2025 edition featured A' in a release about the 2026 event: another edition, whose
    topics are not this one's (convention 6)."""
    if lemma(subj) not in EVENT_ANAPHORS and singularize(subj.lower_) not in EVENT_ANAPHORS:
        return False
    years = [int(t.text) for t in subj.children if t.i < subj.i and _YEAR.fullmatch(t.text)]
    if not years:
        return False
    main = ctx.result.main_event
    year = main.start.year if main is not None and main.start is not None else None
    if year is None and main is not None:
        named = _YEAR.search(main.name or "")
        year = int(named.group(0)) if named else None
    return year is not None and years[0] != year


def _cue_subject(tok):
    """The subject of the verb a cue hangs on (up a few heads), or None."""
    node = tok
    for _ in range(4):
        subj = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            return subj
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def _subject_event(ctx: Context, tok) -> str | None:
    """'The Blue Forum, held alongside the expo, focused on A': the event named by the
    subject of the verb a cue hangs on (up a few heads), not the nearest mention before
    the cue; None when no such subject names an event."""
    node = tok
    for _ in range(4):
        for c in node.children:
            if c.dep_ in ("nsubj", "nsubjpass"):
                if c.lower_ in ("which", "that") and node.dep_ == "relcl" and node.head.i != node.i:
                    return _mention_event(ctx, node.head)
                return _mention_event(ctx, c)
        if node.head.i == node.i:
            return None
        node = node.head
    return None


_FOCUS_ATTRS = frozenset(RULES["topic-subject-be"]["focus_attributes"])
_FOCUS_SUBJECTS = frozenset(RULES["topic-subject-be"]["focus_subjects"])
_A_FOCUS = frozenset(RULES["topic-subject-be"]["indefinite_focus_attributes"])


def _subject_is_topic(ctx: Context, be, head) -> list[EventTopicRecord] | None:
    """'A and B were among the topics discussed', 'A and B are the focus of the expo', 'A and B
    are the main topics': the subject lists the topics; 'The focus of the expo is on A and B',
    'The focus this year is on A': the object of 'on' does."""
    subj = next((c for c in head.children if c.dep_ == "nsubj" and c.i < be.i), None)
    if subj is None or subj.pos_ not in ("NOUN", "PROPN"):
        return None
    sent, text = sent_of(be), doc_text(ctx.doc)
    after = [c for c in head.children if c.i > be.i]
    on = next((c for c in after if c.dep_ == "prep" and c.lower_ == "on" and c.i == _next_word(be).i), None)
    if on is not None and subj.lower_ in _FOCUS_SUBJECTS and not any(
            c.dep_ == "poss" and c.pos_ == "PRON" for c in subj.children):  # 'his focus is on': a person's
        at = on.idx + len(on.text)
        return _records(ctx, ctx.event_for_sentence(sent, before=be), text[at:sent.end_char], at)
    if ctx.is_mention_token(subj):
        return None
    target = None
    among = next((c for c in after if c.dep_ == "prep" and c.lower_ == "among"), None)
    attr = next((c for c in after if c.dep_ == "attr"), None)
    if attr is not None and on is None and subj.lower_ in _FOCUS_SUBJECTS and attr.pos_ in ("NOUN", "PROPN") \
            and not ctx.is_mention_token(attr) and attr.ent_type_ not in _NOT_TOPIC_ENTS \
            and any(_names_event(ctx, c) for c in subj.children if c.dep_ == "prep"):
        # 'The focus of the expo will be smart manufacturing' (focus_subjects, 'of' the event)
        at = attr.left_edge.idx
        return _records(ctx, ctx.event_for_sentence(sent, before=be), text[at:sent.end_char], at)
    if among is not None:
        target = next((c for c in among.children if c.dep_ == "pobj"), None)
    elif attr is not None and any(c.dep_ == "det" and c.lower_ == "the" for c in attr.children):
        target = attr
    elif attr is not None and attr.lower_ in _A_FOCUS and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in attr.children):
        target = attr  # 'A is a key focus of the show': with 'of'/'at' the event (below)
    elif attr is not None and attr.tag_ == "NNS" and not any(c.dep_ in ("det", "poss") for c in attr.children) \
            and any(_names_event(ctx, c) for c in attr.children if c.dep_ == "prep"):
        target = attr  # 'A and B are key themes of the show': plural, no article, 'of' the event
    if target is None or (target.lower_ not in _FOCUS_ATTRS and target.lower_ not in _A_FOCUS):
        return None
    if target.lower_ not in _BE_SUBJECTS and not any(  # 'the focus of the expo', 'the highlights at the fair'
            c.dep_ == "prep" and c.lower_ in ("of", "at") and any(ctx.is_mention_token(o) for o in c.children)
            for c in target.children):
        return None
    start, end = subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge.text)
    return _records(ctx, ctx.event_for_sentence(sent, before=be), text[start:end], start)


def _next_word(tok):
    """The next token, past an adverb ('is also on', 'is mainly on')."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else tok
    while nxt.pos_ == "ADV" and nxt.i + 1 < len(tok.doc):
        nxt = tok.doc[nxt.i + 1]
    return nxt


def _names_event(ctx: Context, prep) -> bool:
    """'of the expo', 'at the fair': a preposition whose object is the event."""
    return prep.lower_ in ("of", "at", "for") and any(
        c.dep_ == "pobj" and ctx.is_mention_token(c) for c in prep.children)


def _compound_topic_noun(subj) -> bool:
    """'Key discussion points', 'agenda items': a head of compound_heads named topics by its
    compound modifier (rule topic-subject-include)."""
    return lemma(subj) in _COMPOUND_HEADS and any(
        c.dep_ in ("compound", "amod", "nmod") and c.i < subj.i
        and (lemma(c) in _COMPOUND_MODIFIERS or c.lower_ in _COMPOUND_MODIFIERS)
        for c in subj.children)


def _be_topics(ctx: Context, be) -> list[EventTopicRecord]:
    """Rule topic-subject-be: 'The main topics of the expo are A and B', 'Among the topics on
    the agenda are A and B'."""
    if be.i + 1 >= len(be.doc) or lemma(be) != "be":
        return []
    head = be if be.dep_ in ("ROOT", "ccomp", "conj") or be.head.i == be.i else None
    if head is None:
        return []
    subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
    if subj is None:  # 'On the agenda are A and B': the parser may call the fronted subject an attribute
        subj = next((c for c in head.children if c.dep_ == "attr" and c.i > be.i), None)
    on_the = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "on" and any(
        o.dep_ == "pobj" and not any(k.dep_ == "compound" for k in o.children) and (
            (o.lower_ in _ON_THE and not any(k.dep_ == "prep" and not _names_event(ctx, k) for k in o.children))
            or (o.lower_ in _ON_DISPLAY and not any(k.dep_ in ("det", "poss") for k in o.children)))
        for o in c.children)), None)
    if on_the is not None and subj is not None and subj.pos_ in ("NOUN", "PROPN"):
        if on_the.i < be.i:  # 'On the agenda are A and B'
            at, end = be.doc[be.i + 1].idx, sent_of(be).end_char
        else:  # 'A and B are also on the agenda'
            at, end = subj.left_edge.idx, be.idx
        if not ctx.is_mention_token(subj):
            return _records(ctx, ctx.event_for_sentence(sent_of(be), before=be), doc_text(ctx.doc)[at:end], at)
        return []
    found = _subject_is_topic(ctx, be, head)
    if found is not None:
        return found
    subj = next((c for c in head.children if c.dep_ == "nsubj" and c.i < be.i), None)
    among = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "among" and c.i < be.i), None)
    if among is not None:
        subj = next((c for c in among.children if c.dep_ == "pobj"), None)
    if subj is None or (subj.lower_ not in _BE_SUBJECTS and not _compound_topic_noun(subj)) or subj.tag_ != "NNS" \
            or ctx.is_mention_token(subj):
        return []
    if among is None and not any((c.dep_ == "attr" or c.dep_ == "acomp" and c.tag_ == "VBG") and c.i > be.i
                                 for c in head.children):
        # ('Key focus areas are wind repowering and B': a gerund item parsed a complement)
        return []  # 'the topics are important to everyone': no list of subjects
    nxt = be.doc[be.i + 1]
    if nxt.lower_ in ("also", "mainly", "primarily", "chiefly"):
        nxt = be.doc[nxt.i + 1] if nxt.i + 1 < len(be.doc) else nxt
    sent = sent_of(be)
    at = nxt.idx
    return _records(ctx, ctx.event_for_sentence(sent, before=be), doc_text(ctx.doc)[at:sent.end_char], at)


_IN_FOCUS = frozenset(RULES["cue-phrase"]["in_focus"])
_STAGE = word_pattern({"stage", "spotlight"} | _IN_FOCUS)


def _centre_stage(ctx: Context, stage) -> list[EventTopicRecord]:
    """'A and B will take centre stage at the expo', 'A and B took the spotlight': the subject
    lists topics, in a sentence about an event (rule cue-phrase, take_centre_stage)."""
    verb = stage.head
    if stage.dep_ == "pobj" and verb.lower_ == "in" and stage.lower_ in _IN_FOCUS and verb.head.i != verb.i \
            and lemma(verb.head) == "be" and not any(c.dep_ == "poss" for c in stage.children):
        verb = verb.head  # 'A and B will be in focus at the expo', 'A was in the spotlight'
    elif stage.dep_ != "dobj" or lemma(verb) not in ("take", "steal", "occupy") or (
            stage.lower_ == "stage" and not any(c.lower_ in ("centre", "center") for c in stage.children)):
        return []
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ not in ("NOUN", "PROPN") or ctx.is_mention_token(subj):
        return []
    sent = sent_of(verb)
    if not ctx.mentions_in(sent):
        return []
    start, end = subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge.text)
    return _records(ctx, ctx.event_for_sentence(sent, before=verb), doc_text(ctx.doc)[start:end], start)


_SEE = RULES["visitors-see"]
_SEE_VERBS = frozenset(_SEE["cues"])
_SEE_FORMS = word_pattern(set(_SEE["forms"]))
_SEE_SUBJECTS = frozenset(_SEE["subjects"])
_SEE_BRIDGES = frozenset(_SEE["bridges"])


def _see_subject(verb):
    """The subject of 'see', past 'be able to', 'have the opportunity to', 'get a chance to'."""
    node = verb
    for _ in range(3):
        subj = next((c for c in node.children if c.dep_ == "nsubj"), None)
        if subj is not None:
            return subj
        if node.dep_ not in ("xcomp", "acl", "relcl") or node.head.i == node.i:
            return None
        node = node.head
        if node.pos_ in ("NOUN", "ADJ"):
            if node.lower_ not in _SEE_BRIDGES:
                return None
            node = node.head
    return None


def _visitors_see(ctx: Context, verb) -> list[EventTopicRecord]:
    """Rule visitors-see: 'Visitors can see A and B', 'attendees will have the opportunity to
    see A, B and C': what visitors get to see at the event is what it shows."""
    if verb.pos_ != "VERB" or lemma(verb) not in _SEE_VERBS:
        return []
    subj = _see_subject(verb)
    if subj is None or lemma(subj) not in _SEE_SUBJECTS:
        return []
    if not any(c.dep_ == "dobj" for c in verb.children):
        return []
    at, end = verb.idx + len(verb.text), verb_scope_end(verb)
    return _records(ctx, ctx.event_for_sentence(sent_of(verb), before=verb), doc_text(ctx.doc)[at:end], at)


def _mistagged_verb(ctx: Context, tok) -> bool:
    """'The fair highlights A, B and C': a topic verb in the present tense right after the
    event, which the small model tags as a noun."""
    if tok.tag_ == "JJ" and tok.lower_.endswith("ed") and tok.i > 0:
        # 'The fair tackled A, B and C': a past tense tagged an adjective, right after the event word
        return _event_word_before(tok) is not None and any(tok.lower_ in _inflections(v) for v in TOPIC_VERBS)
    if tok.i == 0 or tok.tag_ not in ("NNS", "NN") or not tok.lower_.endswith("s") or lemma(tok) not in TOPIC_VERBS:
        return False
    prev = tok.doc[tok.i - 1]
    # 'The programme spans A, B and C': a singular programme word with its determiner is the subject too
    programme = prev.tag_ == "NN" and prev.lower_ in PROGRAMME_WORDS and tok.i >= 2 \
        and tok.doc[tok.i - 2].lower_ in ("the", "this", "its", "their")
    return (ctx.is_mention_token(prev) or _event_word_before(tok) is not None or programme) \
        and tok.i + 1 < len(tok.doc) and not tok.doc[tok.i + 1].is_punct


#: 'for the third time', 'for three days': how often or how long, no subject after 'the fair for'
_TIME_NOUNS = frozenset({"time", "year", "day", "week", "month", "hour", "edition", "consecutive"})


def extract_event_topics(ctx: Context) -> list[EventTopicRecord]:
    """Topics attributed to an event directly ('aims to ... in the field of X', 'the
    programme covers A, B and C', '<event> opened ..., showcasing A and B', 'topics include
    A and B', 'A and B will be showcased at the fair')."""
    out: list[EventTopicRecord] = []
    doc = ctx.doc
    text = doc_text(doc)
    # (a group that took no topics leaves a sentence about its noun to the rules here: 'Expert
    # talks will delve into A' before '60 expert talks' is named)
    session_heads = {s.label.split()[-1] for s in ctx.result.sessions if s.topics}
    # the theme is never a topic as well (convention 11), not even a plain noun phrase
    # ("broadened the theme to mobility")
    for m in ctx.mentions:
        head = doc[m.end - 1]
        nxt = doc[m.end] if m.end < len(doc) else None
        if nxt is None or nxt.lower_ not in ("for", "on", "dedicated") or head.lower_ not in (
                "fair", "expo", "exhibition", "show", "conference", "forum", "summit", "congress", "festival"):
            continue
        if not m.anaphor or m.end + 1 >= len(doc) or doc[m.end + 1].ent_type_ in ("DATE", "TIME", "GPE", "CARDINAL"):
            continue
        if nxt.lower_ != "dedicated" and (
                nxt.head.i != head.i and nxt.head.pos_ in ("VERB", "AUX")
                or head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.pos_ == "NOUN"
                and lemma(head.head.head) not in EVENT_ANAPHORS):
            continue  # 'stressed the importance of the fair for the economy': whom it serves, no topic
        after = doc[m.end + 1]
        if nxt.lower_ == "for" and any(lemma(t) in _TIME_NOUNS for t in doc[m.end + 1:min(m.end + 4, len(doc))]):
            continue  # 'hosting the fair for the third time'
        at = nxt.idx + len(nxt.text) + (len(" to") if nxt.lower_ == "dedicated" else 0)
        end = sent_of(head).end_char
        for t in doc[after.i + 1:sent_of(head).end]:
            if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "compound", "conj", "acl"):
                end = t.idx  # 'the fair for furniture and design opened in March': the clause's verb ends it
                break
        out += _records(ctx, m.event, text[at:end].rstrip(), at)
    for be in tokens_matching(doc, _BE_FORMS):
        out += _be_topics(ctx, be)
    for stage in tokens_matching(doc, _STAGE):
        out += _centre_stage(ctx, stage)
    for verb in tokens_matching(doc, _SEE_FORMS):
        out += _visitors_see(ctx, verb)
    # a sentence whose session group has topics of its own is the sessions extractor's; one whose
    # groups have none ('keynote speeches on A and B' it did not read) is read here
    session_sents = {s.span.start for s in ctx.result.sessions if s.span and s.topics} if ctx.result.sessions else set()
    verbs = [t for t in tokens_matching(doc, _VERB_FORMS) if t.pos_ == "VERB" or _mistagged_verb(ctx, t)]
    k = 0
    for sent in doc_sents(doc):
        mine = []
        while k < len(verbs) and verbs[k].i < sent.end:
            mine.append(verbs[k])
            k += 1
        if mine:
            out += _verb_topics(ctx, sent, mine, session_heads)
        mentions = ctx.mentions_in(sent)
        if any(sent.start_char <= s < sent.end_char for s in session_sents):
            continue
        if not mentions:  # 'There will be sessions on A and B': the main event's programme
            # 'Exhibitors come from sectors such as A', 'Halls are devoted to A': a subject that
            # stands for the programme makes the sentence one about the event
            cues = _EVENT_CUES if _programme_subject(sent) else _FREE_CUES
            for m in _cue_matches(cues, doc_lower(doc), sent.start_char, sent.end_char):
                out += _records(ctx, ctx.main_key, text[m.start(1):_list_end(text, m)], m.start(1),
                                bool(_EXPLICIT_HEAD.match(m.group(0))))
            continue
        for m in _cue_matches(_EVENT_CUES, doc_lower(doc), sent.start_char, sent.end_char):
            start = m.start(1)
            if _starts_with_event(ctx, start) or _speaker_voice(ctx, text, sent.start_char, m.start()):
                continue
            cue = doc.char_span(m.start(), m.start() + 1, alignment_mode="expand")
            subj = _cue_subject(cue.root) if cue is not None and len(cue) else None
            if subj is not None and (_past_edition(subj) or subj.lower_ in _ORGANISER_WORDS):
                continue
            event = (_subject_event(ctx, cue.root) if cue is not None and len(cue) else None) \
                or ctx.event_for_sentence(sent, before=doc[mentions[0].start])
            out += _records(ctx, event, text[start:_list_end(text, m)], start, bool(_EXPLICIT_HEAD.match(m.group(0))))
    return _deduplicated(ctx, out)


_PART_JOINER = patterns.compile(r"(?:\s*,)?\s*(?:\band\b|\bor\b|\bas well as\b)?\s*(?:\b(?:an?|the)\s*)?$", re.I)




def _deduplicated(ctx: Context, found: list[EventTopicRecord]) -> list[EventTopicRecord]:
    """One record per topic of an event: not the same label twice (two rules reading one
    list), nor a label that a session of the event already carries from the same sentence
    ('The fair covers A, and its seminars discuss A': the event's topics are the union of its
    own and its sessions', convention 11)."""
    doc = ctx.doc
    carried = set()
    for s in ctx.result.sessions:
        for t in s.topics:
            toks = token_range(doc, t.span.start, t.span.end) if t.span is not None else range(0)
            if toks:
                carried.add((s.event, t.label.lower(), sent_of(doc[toks[0]]).start))
    # 'The programme features a chefs' competition': a list item the sessions extractor took
    # as a programme part is no topic as well (convention 10 / 11)
    parts = {(s.label.lower(), s.span.start) for s in ctx.result.sessions if s.span is not None}
    part_labels = {label for label, _ in parts}
    starts = sorted(at for _, at in parts)
    seen, out = set(), []
    for rec in found:
        if starts and rec.topic.span is not None:
            # 'a seminar on soil health and a workshop about drones': a topic ends where the next
            # programme part starts
            cut = next((a for a in starts if rec.topic.span.start < a < rec.topic.span.end), None)
            if cut is not None:
                label = _PART_JOINER.sub("", doc_text(doc)[rec.topic.span.start:cut])
                if not _plausible(label):
                    continue
                rec = EventTopicRecord(rec.event, TopicRecord(label, SourceSpan(
                    rec.topic.span.start, rec.topic.span.start + len(label), label)))
        key = (rec.event, rec.topic.label.lower())
        if key in seen:
            continue
        # (the part's label has its head noun singular: 'investment pitches' is part 'investment pitch')
        words = key[1].split()
        single = " ".join(words[:-1] + [programme_singular(words[-1])]) if words else key[1]
        if (key[1] in part_labels or single in part_labels) and rec.topic.span is not None and any(
                label in (key[1], single) and rec.topic.span.start <= at < rec.topic.span.end for label, at in parts):
            continue
        # 'a conference program spanning A, B and C': an item that opens with a programme part
        # taken there is that part and what it covers, no topic of its own ('A', 'B' are read after it)
        if rec.topic.span is not None and any(at == rec.topic.span.start and len(key[1]) > len(label)
                                              and key[1].startswith(label + " ") for label, at in parts):
            continue
        if carried and rec.topic.span is not None:
            toks = token_range(doc, rec.topic.span.start, rec.topic.span.end)
            if toks and (rec.event, key[1], sent_of(doc[toks[0]]).start) in carried:
                continue
        seen.add(key)
        out.append(rec)
    return out


def _quote_tokens(doc: Doc) -> list[int]:
    """The indices of the quotation marks (``tok.is_quote``), once per document."""
    return doc_indices(doc, "ekg_topics_quotes", lambda d: d.to_array(IS_QUOTE) != 0)


def _programme_subject(sent: Span) -> bool:
    """The subject of the sentence's main verb is a word for the programme or its parts
    ('exhibitors', 'the agenda', 'halls'), outside a quotation."""
    root = sent.root
    if indices_between(_quote_tokens(sent.doc), sent.start, sent.end):
        return False
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.pos_ not in ("NOUN", "PROPN"):
        return False
    low = subj.lower_
    return low in _PROGRAMME_SUBJECTS or lemma(subj) in _PROGRAMME_SUBJECTS or (
        subj.tag_ == "NNS" and singularize(low) in _SESSION_NOUNS)


#: programme words that, as the subject, tie a sentence to the event without naming it (not 'companies',
#: 'brands', 'products': firms and goods are written about outside any event too)
_PROGRAMME_SUBJECTS = PROGRAMME_WORDS - {"it", "they", "which", "enterprise", "enterprises", "company", "companies",
                                         "brand", "brands", "products", "issues", "topic", "topics", "subjects",
                                         "content", "edition", "stakeholder", "stakeholders", "expert", "experts"}


#: 'Key topics:' closing its line, then one bullet line an item: the cue's list is the bullet block
_BULLET_BLOCK = patterns.compile(r":[ \t]*\n(?:[ \t]*\n)*(?:[ \t]*" + _BULLET_MARK + r"[ \t]+[^\n]*(?:\n|$))+")


def _list_end(text: str, m) -> int:
    """Where a cue's list ends: at the end of its line (the cue pattern's ``.+``), or, where the
    cue closes its line with a colon and bullet lines follow ('Key topics:\n- A\n- B'), at the
    end of the bullet block."""
    if text[m.start(1):m.end(1)].strip() == ":":
        b = _BULLET_BLOCK.match(text, m.start(1))
        if b is not None:
            return b.end()
    return m.end(1)


def _cue_matches(pattern, lower: str, start: int, end: int):
    """Every cue of the sentence: a cue's list runs to the sentence end, so the next search
    starts inside it ('focus on A, with sessions on B and C': 'sessions on' is a cue too)."""
    pos = start
    while True:
        m = pattern.search(lower, pos, end)
        if m is None:
            return
        yield m
        pos = max(m.start(1), m.start() + 1)


def sentence_topics(sent: Span, after_char: int) -> tuple[TopicRecord, ...]:
    text = doc_text(sent.doc)[after_char:sent.end_char]
    return topic_records(text, after_char, doc_text(sent.doc), sent.doc)


__all__ = ["topics_from_text", "topic_records", "extract_event_topics", "sentence_topics", "source_span"]
