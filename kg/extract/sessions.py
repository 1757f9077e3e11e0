"""Session groups: counted (or listed) meetings, forums, pavilions, zones within an event.

"6 special meetings, 2 online live high-end interviews, and achievements exhibitions were
held" -> three groups; "Special areas for A, B and C have been set up" -> one group with
three topics; "the event will include 10 themed exhibition areas covering A and B".
Topics come from the group's own phrase ("for ...", "covering ...", "which will
demonstrate ...") or from a later sentence about it ("the special meetings mainly cover
topics such as ...").
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Span, Token

from kg.extract.common import (
    is_titlecase,
    sent_of,
    doc_lower,
    doc_text,
    doc_tokens,
    _token_offsets,
    factored_alternation,
    finditer_lower,
    lemma,
    small_cardinal,
    source_span,
    token_range,
    tokens_matching,
    tokens_matching_lower,
    word_pattern,
)
from kg.extract.context import Context
from kg.extract.lexicon import EVENT_ANAPHORS, EVENT_HEADS
from kg.extract.records import SessionRecord, TopicRecord
from kg.extract.rules import load_rules
from kg.extract.topics import (
    IRREGULAR_PLURALS,
    TOPIC_VERBS,
    programme_singular,
    topic_records,
    topic_verb_object,
    verb_scope_end,
)
from kg.normalize.numbers import parse_number
from kg.normalize.places import country_of_demonym, is_country
from kg.pipeline import patterns

_DATA = load_rules("sessions")
#: (the Latin plurals of programme nouns and the singular with them: one definition, in topics)
singularize = programme_singular

RULES: dict[str, dict] = {r["name"]: r for r in _DATA["rules"]}
#: nouns that name programme parts ("6 special meetings", "workshops")
SESSION_NOUNS = frozenset(_DATA["session_nouns"])
#: verbs by which a release says session groups took place ("were held", "set up")
SESSION_VERBS = frozenset(RULES["counted-group"]["cues"])
_START_VERBS = frozenset(RULES["held-item"]["cues"])
_SINGULAR = frozenset(_DATA["singular_nouns"])
#: 'a photo exhibition will be held': singular only with a common noun before it
_SINGULAR_COMPOUND = frozenset(RULES["held-item"]["singular_with_noun_modifier"])
#: ... of which these are programme parts only with a modifier, also in the plural ('12 villages')
_MODIFIED_ONLY = frozenset(RULES["held-item"].get("modified_only", ()))
_NOT_NOUN_MODIFIERS = frozenset(RULES["held-item"]["not_noun_modifiers"])
#: 'a special exhibition', 'a parallel conference': adjectives that set a part apart from the event
_PART_ADJECTIVES = frozenset(RULES["held-item"]["part_adjectives"])
_GENERIC = frozenset(_DATA["generic_labels"])
#: nouns that name a programme part only with a count ('more than 100 activities')
_COUNTED_ONLY = frozenset(_DATA["counted_only"])
_DROP_WORDS = frozenset(_DATA["label_drop_words"])
_OF_A_SUBJECT = frozenset(_DATA["of_a_subject"])
_OF_A_SUBJECT_NOUNS = frozenset(_DATA["of_a_subject_nouns"])
_SUBJECT_AREAS = _DATA["subject_areas"]
_LABEL_STOP_VERBS = frozenset(_DATA["label_stop_verbs"])
#: "a variety of workshops", "a series of forums": a listed, uncounted group
_GROUP_WORDS = frozenset(RULES["listed-group"]["cues"])
_LIST_CUES = frozenset(RULES["list-mates"]["cues"])
#: 'two-week', 'three-day': a duration before a label is no part of it
_DURATIONS = frozenset({"minute", "hour", "day", "night", "week", "weekend", "month", "year"})
_PRE_EVENT_ITEMS = frozenset(RULES["pre-event-item"]["cues"])
_OTHER_EDITION = frozenset(RULES["other-edition"]["cues"])
_EDITION_WORDS = frozenset({"year", "edition", "session", "fair", "expo", "show", "festival", "event"})
_COMPARISON = frozenset({"from", "than", "over", "with", "to", "compared", "versus", "vs", "vs.", "against"})
_YEAR_RE = patterns.compile(r"(?:19|20)\d\d")
_HABITUAL = patterns.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, RULES["other-edition"]["habitual"])) + r")(?![\w-])")
_PROMOTES = frozenset(RULES["pre-event-item"]["promotes"])
_BEFORE = frozenset(RULES["pre-event-item"]["before"])
_EARLIER = patterns.compile(r"\b(?:" + "|".join(map(re.escape, RULES["pre-event-item"]["earlier"])) + r")\b", re.I)
_PORTFOLIO = RULES["organizer-portfolio"]
_PORTFOLIO_RE = patterns.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, _PORTFOLIO["elsewhere"])) + r")(?![\w-])")
_STANDS = frozenset(RULES["exhibitor-stand"]["cues"])
_DOERS = frozenset(RULES["exhibitor-stand"]["doers"])
#: 'solar panels', 'control panels': a programme noun with one of these modifiers is a product
_PRODUCT_MODS: dict[str, frozenset[str]] = {
    k: frozenset(v) for k, v in RULES["counted-group"]["product_modifiers"].items() if k != "doc"}
_HIGHLIGHTS = frozenset(RULES["highlight-list"]["cues"])
_COUNT_VERBS = frozenset(RULES["count-verb"]["cues"])
_MULTIPLIERS = RULES["dozen-count"]["cues"]
_VAGUE_MULTIPLIERS = frozenset(RULES["dozen-count"]["vague"])
_BRACKETS = {open_: close for open_, close in RULES["bracket-count"]["cues"]}
_BRACKET_QUALIFIERS = sorted(RULES["bracket-count"]["qualifiers"], key=lambda w: -len(w.split()))
_NUMBER_VERBS = frozenset(RULES["count-verb"]["number_of"])
_OFFICIAL = RULES["official-talks"]
_OFFICIAL_NOUNS = frozenset(_OFFICIAL["nouns"])
_OFFICIAL_MODS = frozenset(_OFFICIAL["cues"])
_OFFICIALS = frozenset(_OFFICIAL["officials"])
_NOT_OFFICIAL_MODS = frozenset(_OFFICIAL["business"])
_GROUP_INCLUDES = frozenset(RULES["group-includes"]["cues"])
_HOST_VERBS = frozenset(RULES["other-host"]["cues"])
_HOST_PLACES = frozenset(RULES["other-host"]["places"])
_RECORD_RE = patterns.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, RULES["other-host"]["record"])) + r")(?![\w-])")

_TOPIC_VERBS = frozenset({"cover", "focus", "include", "feature", "showcase", "address",
                          "discuss", "explore", "present", "display", "demonstrate", "highlight"})


def _forms(noun: str) -> set[str]:
    """'ceremony' -> ceremony, ceremonys, ceremonies; 'masterclass' -> ..., masterclasses."""
    out = {noun, noun + "s", noun + "es"}
    if noun.endswith("y"):
        out.add(noun[:-1] + "ies")
    return out


#: session nouns, singular and plural, to find candidates fast ("meetings", "ceremonies")
_SESSION_RE = word_pattern({f for n in SESSION_NOUNS for f in _forms(n)} | set(IRREGULAR_PLURALS))
#: the same nouns as the last part of a hyphenated word ('side-events', 'round-tables')
_SESSION_HYPHEN_RE = patterns.compile(r"(?<=[a-z]-)(?:" + "|".join(sorted(
    (re.escape(f) for n in SESSION_NOUNS for f in _forms(n)), key=lambda w: (-len(w), w))) + r")(?![\w-])")


def _session_tokens(doc) -> list[Token]:
    """Tokens of session nouns, alone or ending a hyphenated word ('side-events': 'side' '-'
    'events'), in text order; found once per document (extract_sessions reads them twice)."""
    found = doc.user_data.get("ekg_session_tokens")
    if found is not None:
        return found
    found = tokens_matching(doc, _SESSION_RE)
    if "-" in doc_text(doc):
        have = {t.i for t in found}
        extra = [t for t in tokens_matching_lower(doc, _SESSION_HYPHEN_RE) if t.i not in have]
        if extra:
            found = sorted(found + extra, key=lambda t: t.i)
    doc.user_data["ekg_session_tokens"] = found  # (dropped with the other caches: release_caches)
    return found


#: single programme items named in passing ("the opening ceremony", "site visits")
#: (the cues joined with factored_alternation: the same matches as "|".join, found faster)
_PROGRAMME_ITEMS = patterns.compile(r"(?<![\w-])(?:" + factored_alternation(RULES["programme-item"]["cues"]) + r")(?![\w-])")
_PAIRED = frozenset(RULES["programme-item"]["paired"])
_OPENING_WORDS = sorted({c.split()[-1] for c in RULES["opening-of-event"]["cues"]})
_OPENING_RE = patterns.compile(r"(?<![\w-])(?:(?:official|grand|formal)\s+)?(" + "|".join(_OPENING_WORDS) + r")\s+of\s+")
_BARE_OPENING_RE = patterns.compile(r"(?<![\w-])((?:(?:official|grand|formal)\s+)?(?:opening|inauguration))"
                                     r"(?!\s+(?:of|to|for|hours?|times?|day|night|week|date|ceremony|session|remarks?|"
                                     r"speech|address|plenary|gala|reception|concert|up)\b)(?![\w-])")
_BESIDES_RE = patterns.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, RULES["in-addition-to"]["cues"]))
                         + r")\s+(?:the|a|an)\s+")
_NOT_AFTER = patterns.compile(r"\b(?:" + "|".join(map(re.escape, _DATA["not_after"])) + r")\s+(?:the\s+|a\s+|an\s+|its\s+)?"
                        r"(?:[\w-]+\s+){0,3}$", re.I)
#: 'a press conference (held) to announce the fair', '... before the opening': not a programme part
_PRE_EVENT = patterns.compile(r"\s*(?:(?:was|is|will be)?\s*(?:held|given|organi[sz]ed)\s+)?(?:\w+\s+){0,3}?"
                        r"(?:to announce|ahead of|before|prior to|in the run-up to)\b", re.I)
_UNCOUNTED_VERBS = frozenset({"hold", "set", "include", "feature", "organize", "organise", "stage", "witness",
                              "host", "offer", "arrange", "launch", "plan", "schedule", "conduct", "present"})
#: 'top chefs will give masterclasses': verbs of a programme part given by people, and the parts
_GIVE_VERBS = frozenset(RULES["counted-group"]["given"]["verbs"])
_GIVEN = frozenset(RULES["counted-group"]["given"]["nouns"])


def _given(noun: Token, verb: Token | None) -> bool:
    return verb is not None and lemma(verb) in _GIVE_VERBS and singularize(noun.lower_) in _GIVEN \
        and noun.dep_ == "dobj" and noun.head.i == verb.i
#: verbs of a programme list whose other items are programme parts too
_LIST_VERBS = frozenset({"include", "feature", "offer", "comprise", "consist", "hold", "host", "organize", "organise",
                         "stage", "present", "have", "see", "arrange", "plan", "boast"})


def _governing_verb(tok: Token) -> Token | None:
    t = tok
    for _ in range(6):
        if t.pos_ in ("VERB", "AUX") and not _plural_verb_tag(t):  # not 'hosts roundtables' (VBZ)
            return t
        if t.head.i == t.i:
            return _misparsed_verb(t)
        t = t.head
    return None


def _misparsed_verb(root: Token) -> Token | None:
    """'The fair hosted an investment conference': the tagger takes 'fair' for an adjective
    and hangs the verb on the object as a modifier, the object the root. A finite verb form
    (VBD / VBZ) modifying the root noun from its left, or a verb form of 'label_stop_verbs'
    compounded onto it ('the fair hosts pavilions'), is the verb of the clause."""
    if root.pos_ != "NOUN":
        return None
    for c in root.children:
        if c.i < root.i and (c.dep_ == "amod" and c.tag_ in ("VBD", "VBZ")
                             or c.dep_ in ("amod", "compound") and c.lower_ in _LABEL_STOP_VERBS):
            return c
    return None


def _object_of_misparsed(root: Token, verb: Token | None) -> bool:
    """Is ``root`` the object of a verb the parser hung on it as a modifier (_misparsed_verb)?"""
    return verb is not None and verb.head.i == root.i and verb.i < root.i and root.dep_ == "ROOT"


def _compound_start(noun: Token) -> int:
    """Index of the first word of a hyphenated noun ('sub-forums' -> 'sub')."""
    doc = noun.doc
    j = noun.i
    while j - 2 >= sent_of(noun).start and doc[j - 1].text == "-" and not doc[j - 1].whitespace_ \
            and not doc[j - 2].whitespace_ and doc[j - 2].is_alpha:
        j -= 2
    return j


def _multiplied_count(noun: Token) -> tuple[int | None, list[Token]] | None:
    """'two dozen panels' (24), 'a dozen workshops' (12), 'a score of forums' (20) (rule
    dozen-count); None where no multiplier word counts the noun."""
    mult = next((c for c in noun.children if c.i < noun.i and c.dep_ in ("compound", "nummod", "amod")
                 and c.lower_ in _MULTIPLIERS), None)
    if mult is None and noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ in _MULTIPLIERS \
            and noun.head.head.i < noun.i:
        mult = noun.head.head
        if not any(c.lower_ in ("a", "one") or c.like_num for c in mult.children if c.i < mult.i):
            return None  # 'the score of forums' is no count
    if mult is None:
        return None
    nums = [c for c in mult.children if c.i < mult.i and c.like_num]
    factor = parse_number(" ".join(t.text for t in nums[0].subtree if t.like_num)) if nums else 1
    doc = noun.doc
    if not nums and mult.i >= 2 and doc[mult.i - 1].lower_ == "a" and doc[mult.i - 2].lower_ == "half":
        factor = 0.5  # 'half a dozen'
    value = float(factor) * _MULTIPLIERS[mult.lower_] if factor is not None else None
    if value is None or not value.is_integer() or value < 1:
        return None
    toks = [t for t in mult.subtree if t.i <= mult.i]
    if factor == 0.5:
        toks = [doc[mult.i - 2]] + toks
    return int(value), toks


def _count(noun: Token) -> tuple[int | None, list[Token]]:
    doc = noun.doc
    multiplied = _multiplied_count(noun)
    if multiplied is not None:
        return multiplied
    # the noun, the words of a hyphenated noun, and the nouns compounded onto it ('Forty side events')
    heads = list(doc[_compound_start(noun):noun.i + 1])
    # not a duration compounded on ('a 48-hour hackathon', 'a two-day workshop': no count)
    # ('50 investment promotion and trade matchmaking activities': the count on the first noun)
    heads += [c for c in noun.children if c.dep_ in ("compound", "nmod") and c.i < noun.i and c.pos_ == "NOUN"
              and singularize(c.lower_) not in _DURATIONS]
    for head in heads:
        # the count nearest the noun: 'two plenary sessions, four technical and three poster sessions'
        for c in sorted(head.children, key=lambda c: -c.i):
            # 'Forty side events': the parser may hang a spelled count on as a compound
            compound = c.dep_ == "compound" and c.tag_ == "CD" and not _YEAR_RE.fullmatch(c.text)
            if (c.dep_ == "nummod" or compound) and c.i < head.i and not _duration_after(c) and not _naming_number(c) \
                    and not _in_hyphenated_word(c) and not any(t.is_space and "\n" in t.text for t in doc[c.i:head.i]):
                # (not a number on an earlier line: '... opens at 8am\nDay 2 - exhibition halls')
                toks = [t for t in c.subtree if t.i < head.i]
                # not number words hung on after it ('800 one-on-one meetings': 'one' under '800')
                words = [t for t in toks if (t.like_num or t.lower_ in ("million", "thousand", "hundred", "dozen"))
                         and not (t.i > c.i and _in_hyphenated_word(t))]
                value = parse_number(" ".join(t.text for t in words)) if words else None
                if value is not None and float(value).is_integer() and value >= 1:
                    return int(value), toks
    verb_count = _verb_count(noun)
    if verb_count[0] is None and _plural(noun):
        bracketed = _bracket_count(noun)
        return bracketed if bracketed[0] is not None else _surface_count(noun)  # a count the parser hung elsewhere
    return verb_count


def _bracket_count(noun: Token) -> tuple[int | None, list[Token]]:
    """'workshops (12)': the count in brackets right after the plural noun (rule bracket-count)."""
    doc = noun.doc
    j = noun.i + 1
    if j + 1 >= len(doc) or doc[j].text not in _BRACKETS:
        return None, []
    close = _BRACKETS[doc[j].text]
    k = j + 1
    for q in _BRACKET_QUALIFIERS:  # 'workshops (over 300)': the qualifier leaves the count
        n = len(q.split())
        if k + n < len(doc) and " ".join(t.lower_ for t in doc[k:k + n]) == q:
            k += n
            break
    num = doc[k]
    if num.text.endswith(close) and len(num.text) > 1:  # '(8)' tokenized '(' '8)'
        text = num.text[:-1]
    elif k + 1 < len(doc) and doc[k + 1].text == close:
        text = num.text
    else:
        return None, []
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+", text):
        text = text.replace(",", "")  # 'meetings (1,200)'
    elif text.isalpha() and small_cardinal(text) is not None:
        text = str(small_cardinal(text))  # 'forums (eight)'
    if not text.isdigit() or _YEAR_RE.fullmatch(text):
        return None, []
    value = parse_number(text)
    if value is None or not float(value).is_integer() or value < 2:  # '(1)' opens an enumerated list
        return None, []
    return int(value), [num]


def _surface_count(noun: Token) -> tuple[int | None, list[Token]]:
    """The count written right before a programme noun, read from the words, not the parse:
    '12 sub-forums', 'three technical sessions' (at most three words between, no
    punctuation, article or preposition)."""
    doc = noun.doc
    sent = sent_of(noun)
    k = _compound_start(noun) - 1
    words = 0
    while k >= sent.start and words <= 3:
        t = doc[k]
        if t.is_alpha and _in_hyphenated_word(t):  # 'one-on-one': one word, no count
            while k - 2 >= sent.start and doc[k - 1].text in ("-", "–") and not doc[k - 1].whitespace_:
                k -= 2
            k -= 1
            words += 1
            continue
        if t.like_num:
            if t.tag_ != "CD" or _YEAR_RE.fullmatch(t.text) or _duration_after(t) \
                    or t.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT"):
                return None, []
            if _naming_number(t):
                return None, []
            value = parse_number(t.text)
            if value is not None and float(value).is_integer() and value >= 1:
                return int(value), [t]
            return None, []
        if t.text == "-" and not t.whitespace_ and k > sent.start and not doc[k - 1].whitespace_:
            k -= 1  # 'high-level'
            continue
        if t.pos_ == "VERB" and t.tag_ in ("VBD", "VBN") and t.lower_.endswith("ed") and k - 1 >= sent.start \
                and doc[k - 1].like_num:
            k -= 1  # 'Nine themed pavilions': 'themed' tagged a verb right after the count
            continue
        if not t.is_alpha or t.pos_ in ("DET", "ADP", "CCONJ", "SCONJ", "PRON", "AUX", "VERB", "PART") \
                or t.lower_ in _LABEL_STOP_VERBS:
            return None, []
        k -= 1
        words += 1
    return None, []


def _in_hyphenated_word(tok: Token) -> bool:
    """'one-on-one', 'one-to-one': a number word inside a hyphenated word with other words in
    it is no count ('Forty-five', numbers only, and '20-plus', '30-odd' are one)."""
    doc = tok.doc
    lo = hi = tok.i
    while lo - 2 >= 0 and doc[lo - 1].text in ("-", "–") and not doc[lo - 1].whitespace_ \
            and not doc[lo - 2].whitespace_:
        lo -= 2
    while hi + 2 < len(doc) and doc[hi + 1].text in ("-", "–") and not doc[hi].whitespace_ \
            and not doc[hi + 1].whitespace_:
        hi += 2
    return hi > lo and any(not doc[x].like_num and doc[x].lower_ not in ("plus", "odd") for x in range(lo, hi + 1, 2))


def _number_word_kept(doc, j: int) -> bool:
    """Does the hyphenated word that starts with the number word ``doc[j]`` hold a word other
    than a duration or a drop word ('one-on-one' yes; 'two-week', 'first-ever' no)?"""
    k = j
    while k + 2 < len(doc) and doc[k + 1].text in ("-", "–") and not doc[k].whitespace_ \
            and not doc[k + 1].whitespace_:
        k += 2
        w = doc[k]
        if w.is_alpha and not w.like_num and singularize(w.lower_) not in _DURATIONS and w.lower_ not in _DROP_WORDS:
            return True
    return False


def _naming_number(num: Token) -> bool:
    """'Day 2 sessions', 'Hall 4 seminars': a number written after a noun names it, no count."""
    doc = num.doc
    prev = doc[num.i - 1] if num.i > sent_of(num).start else None
    return prev is not None and num.text.isdigit() and prev.is_alpha and prev.pos_ in ("NOUN", "PROPN") \
        and (prev.text[:1].isupper() or singularize(prev.lower_) in _DURATIONS)


def _duration_after(num: Token) -> bool:
    """'48-hour', 'two-day': a number written onto a duration word is a length, no count."""
    doc = num.doc
    j = num.i + 1
    return j + 1 < len(doc) and doc[j].text in ("-", "–") and not doc[j].whitespace_ \
        and singularize(doc[j + 1].lower_) in _DURATIONS


def _number_value(tok: Token) -> tuple[int | None, list[Token]]:
    """The whole number ``tok`` (a cardinal, with its 'more than' / 'some') stands for."""
    toks = list(tok.subtree)
    words = [t for t in toks if t.like_num or t.lower_ in ("million", "thousand", "hundred", "dozen")]
    value = parse_number(" ".join(t.text for t in words)) if words else None
    if value is not None and float(value).is_integer() and value >= 1:
        return int(value), toks
    return None, []


def _verb_count(noun: Token) -> tuple[int | None, list[Token]]:
    """'the sessions numbered 30', 'business meetings totalled more than 300': the count is the
    object of a counting verb the group is the subject of (rule count-verb)."""
    subj, verbs = noun, _COUNT_VERBS
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and lemma(noun.head.head) == "number" \
            and not any(c.lower_ == "a" for c in noun.head.head.children):
        subj, verbs = noun.head.head, _NUMBER_VERBS  # 'the number of sessions reached 50'
    verb = subj.head
    if subj.dep_ != "nsubj" or verb.i == subj.i or lemma(verb) not in verbs:
        return None, []
    num = next((c for c in verb.children if c.dep_ in ("dobj", "npadvmod", "attr") and c.i > verb.i
                and c.tag_ == "CD" and not _YEAR_RE.fullmatch(c.text)), None)
    return _number_value(num) if num is not None else (None, [])


def _listed_appositions(noun: Token) -> list[Token]:
    """"cooking demonstrations, a chefs' competition and a series of side events": the parser
    may hang the next item of a list on the first as an apposition; one that opens with an
    article after the comma and goes on with 'and' is an item of the list (rule list-mates),
    with its own conjuncts."""
    doc = noun.doc
    out = []
    for a in noun.children:
        if a.dep_ != "appos" or a.i < noun.i or a.left_edge.i < 1 or doc[a.left_edge.i - 1].text != "," \
                or doc[a.left_edge.i].lower_ not in ("a", "an") or not any(c.dep_ == "cc" for c in a.children) \
                or not _session_noun(a):
            continue
        out += [a] + [c for c in a.conjuncts if c.i > a.i]
    return out


def _people_possessor(tok: Token, noun: Token) -> bool:
    """'children' of "a children's corner", 'chefs' of "a chefs' competition": a plural
    common noun of people whose possessive names whom a programme part is for; not a time
    ('two years' time') nor the event ("the fairs' workshops")."""
    return tok.dep_ == "poss" and tok.head.i == noun.i and tok.tag_ == "NNS" and tok.pos_ == "NOUN" \
        and tok.text.islower() and singularize(tok.lower_) not in _DURATIONS \
        and lemma(tok) not in EVENT_HEADS and tok.lower_ not in EVENT_ANAPHORS


def _label(noun: Token, with_of: bool = False) -> tuple[str, int]:
    """'online live high-end interviews' -> ('online live high-end interview', start char):
    the modifiers left of the noun inside its own phrase, the noun singular; with
    ``with_of``, a plain 'of' phrase after it too ('meeting of intergovernmental commissions')."""
    doc = noun.doc
    j = _compound_start(noun)
    first = j
    while j - 1 >= sent_of(noun).start:
        t = doc[j - 1]
        if t.text in ("-", "–") and j - 2 >= sent_of(noun).start and not t.whitespace_ \
                and not doc[j - 2].whitespace_ and doc[j - 2].is_alpha and doc[j].is_alpha:
            j -= 2  # 'face-to-face meetings', 'ride-and-drive events': one hyphenated word
            continue
        if t.is_alpha and t.lower_ not in _DROP_WORDS and j - 3 >= sent_of(noun).start \
                and doc[j - 2].text in ("-", "–") \
                and not doc[j - 2].whitespace_ and not doc[j - 3].whitespace_ and doc[j - 3].is_alpha:
            # 'break-out sessions', 'one-on-one meetings': a hyphenated word ending in a particle
            # or a number word is one modifier; not a spelled count ('Forty-five sessions')
            m = j - 1
            while m - 2 >= sent_of(noun).start and doc[m - 1].text in ("-", "–") and not doc[m - 1].whitespace_ \
                    and not doc[m - 2].whitespace_ and doc[m - 2].is_alpha:
                m -= 2
            if any(not doc[x].like_num for x in range(m, j, 2)):
                j = m
                continue
        if t.dep_ == "case" and t.lower_ in ("'s", "'", "’s", "’") and j - 2 >= sent_of(noun).start \
                and _people_possessor(doc[j - 2], noun):
            j -= 2  # "a children's programme", "a chefs' competition": who it is for, as written
            continue
        if t.like_num or t.is_space or t.dep_ in ("det", "nummod", "quantmod", "poss", "case", "cc") \
                or t.pos_ in ("DET", "NUM", "ADP", "CCONJ", "AUX", "PRON", "SCONJ") \
                or t.text in (",", ";", "(", ")", ":") or t.lower_ in ("more", "than", "over", "about") \
                or t.lower_ in _MULTIPLIERS or t.lower_ in _VAGUE_MULTIPLIERS \
                or t.lower_ in _LABEL_STOP_VERBS and t.tag_ != "NNP":  # 'the fair hosts pavilions'
            break
        if noun not in t.ancestors and doc[first] not in t.ancestors:
            break
        j -= 1
    while j < first and (doc[j].lower_ in _DROP_WORDS or doc[j].text in ("-", "–")
                         or doc[j + 1].text == "-" and doc[j].like_num and not _number_word_kept(doc, j)):
        j += 1  # 'various', '-week' of 'two-week'
    while j < first and j > 0 and doc[j - 1].text in ("-", "–") and doc[j].lower_ in _DURATIONS:
        j += 1  # 'two-week educational program': the duration is no part of the label
    words = [w.lower_ if not w.text.isupper() else w.text for w in doc[j:noun.i]]
    label = " ".join(words + [singularize(noun.lower_)])
    if with_of:
        of = doc[noun.i + 1] if noun.i + 1 < len(doc) and doc[noun.i + 1].lower_ == "of" else None
        obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if obj is not None and obj.pos_ == "NOUN" and not any(c.dep_ in ("det", "poss") for c in obj.children):
            label += " of " + " ".join(t.lower_ for t in doc[obj.left_edge.i:obj.i + 1])
    label = re.sub(r"\s*-\s*", "-", label)
    label = re.sub(r" (['’]s?)(?= )", r"\1", label)  # "children's programme": the possessive as written
    return label, doc[j].idx


def _product(noun: Token) -> bool:
    """'solar panels', 'LED panels', 'rocket stages': the noun names a product here (rule
    counted-group, 'product_modifiers')."""
    mods = _PRODUCT_MODS.get(singularize(noun.lower_))
    if not mods:
        return False
    doc = noun.doc
    left = doc[noun.i - 1] if noun.i > sent_of(noun).start else None
    return left is not None and left.lower_ in mods or any(
        c.dep_ in ("amod", "compound", "nmod") and c.i < noun.i and c.lower_ in mods for c in noun.children)


_NOMINAL_DEPS = frozenset({"dobj", "nsubj", "nsubjpass", "pobj", "conj", "attr", "appos"})


def _plural_verb_tag(tok: Token) -> bool:
    """'The event hosts roundtables on X': a plural noun the tagger took for a verb (VBZ), in
    a noun's place in the parse (an object, a subject, after a preposition)."""
    return tok.tag_ == "VBZ" and tok.dep_ in _NOMINAL_DEPS and tok.lower_.endswith("s") \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "dobj", "aux") for c in tok.children)


def _nounish(tok: Token) -> bool:
    """A noun, or a programme noun the tagger took for a verb or an adjective in a noun's place
    ('hosts roundtables' VBZ, 'a roundtable on X was held' JJ)."""
    return tok.pos_ == "NOUN" or _plural_verb_tag(tok) or _initial_capital(tok) or (
        tok.tag_ == "JJ" and tok.dep_ in _NOMINAL_DEPS and singularize(tok.lower_) in SESSION_NOUNS
        and any(c.dep_ == "det" for c in tok.children))


def _initial_capital(tok: Token) -> bool:
    """'Competitions, seminars and product launches are planned': a programme noun that opens
    its sentence, capitalized only there, which the tagger took for a proper noun (NNPS)."""
    return tok.tag_ == "NNPS" and tok.i == sent_of(tok).start and tok.text[1:].islower() \
        and singularize(tok.lower_) in SESSION_NOUNS and tok.dep_ in _NOMINAL_DEPS \
        and not any(c.pos_ == "PROPN" for c in tok.children)


def _plural(tok: Token) -> bool:
    return tok.tag_ == "NNS" or _plural_verb_tag(tok) or _initial_capital(tok) or tok.lower_ in IRREGULAR_PLURALS


def _session_noun(noun: Token) -> bool:
    return _nounish(noun) and singularize(noun.lower_) in SESSION_NOUNS and not _product(noun)


def _is_session_noun(noun: Token) -> bool:
    return _session_noun(noun) and _plural(noun)


def _has_modifier(ctx: Context, noun: Token) -> bool:
    return any(c.dep_ in ("amod", "compound", "nmod") and c.i < noun.i and not ctx.is_name_token(c)
               and c.lower_ not in _DROP_WORDS or _people_possessor(c, noun) for c in noun.children) \
        or _compound_start(noun) < noun.i


def _with_head(noun: Token) -> Token | None:
    """'opens with an exclusive preview gala': the word 'with' hangs on."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "with" and noun.head.head.i != noun.head.i:
        return noun.head.head
    return None


def _noun_modifier(ctx: Context, noun: Token) -> bool:
    """'a photo exhibition', 'an investment conference': a common noun before it sets it apart
    from the event (rule held-item, 'singular_with_noun_modifier'); not 'a press conference'."""
    return any(c.dep_ == "compound" and c.pos_ == "NOUN" and c.i < noun.i and not ctx.is_name_token(c)
               and c.lower_ not in _NOT_NOUN_MODIFIERS and not c.like_num
               or c.dep_ == "amod" and c.i < noun.i and c.lower_ in _PART_ADJECTIVES
               or _people_possessor(c, noun) for c in noun.children)  # "a children's exhibition"


def _size_of(noun: Token) -> bool:
    """'an exhibition area of 20,000 square meters': a size, not a part."""
    doc = noun.doc
    j = noun.i + 1
    return j + 1 < len(doc) and doc[j].lower_ == "of" and any(t.like_num for t in doc[j + 1:j + 4])


_TOPIC_ITEM = RULES["topic-item"]
_ALONE = frozenset(RULES["held-item"]["alone"])
_ACCOMPANY = frozenset(RULES["accompanied-by"]["cues"])
_SEQUENCE = frozenset(RULES["accompanied-by"]["sequence"])
_ALONG = RULES["along-with"]
_OWN = RULES["own-meetings"]


def _event_word(ctx: Context, noun: Token) -> bool:
    """Is the noun a word of an event's name ('a workshop' in a release about the X Workshop)?"""
    word = singularize(noun.lower_)
    return any(e.name and word in {singularize(w.lower()) for w in e.name.split()} for e in ctx.result.events)


def _alone_item(ctx: Context, noun: Token) -> bool:
    """'a concert will be held', 'the programme includes a banquet': nouns that are a programme
    part without a modifier, after 'a' / 'an' (rule held-item, 'alone'), unless a word of an
    event's name ('the concert was held' may be the event itself)."""
    return singularize(noun.lower_) in _ALONE and any(c.dep_ == "det" and c.lower_ in ("a", "an")
                                                       for c in noun.children) and not _event_word(ctx, noun)


def _accompanied(root: Token, verb: Token | None) -> bool:
    """'the show will be accompanied by a conference and workshops', 'the opening ceremony was
    followed by a ministerial roundtable' (rule accompanied-by: 'sequence' verbs only after a
    programme part)."""
    if verb is None or root.dep_ != "pobj" or root.head.dep_ != "agent" or root.head.head.i != verb.i:
        return False
    if lemma(verb) in _ACCOMPANY:
        return True
    if lemma(verb) not in _SEQUENCE:
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    return subj is not None and (singularize(subj.lower_) in SESSION_NOUNS and lemma(subj) != "event"
                                 or _programme_item(subj))


def _along_with(ctx: Context, root: Token, verb: Token | None) -> bool:
    """'the expo will feature cooking demonstrations, along with seminars on food exports', 'the
    fair offers talks, together with workshops', 'alongside masterclasses': a plural programme
    group added on to what the event holds (rule along-with): the verb a holding one whose
    subject is the event, its programme or unsaid."""
    if verb is None or root.dep_ != "pobj" or lemma(verb) not in SESSION_VERBS or lemma(verb) == "be":
        return False
    prep = root.head
    if prep.lower_ == "with" and prep.head.lower_ in _ALONG["cues"]:
        prep = prep.head
    elif not (prep.lower_ in _ALONG["single"] or prep.lower_ == "with" and any(
            c.dep_ == "advmod" and c.lower_ in _ALONG["cues"] for c in prep.children)):  # 'together' on 'with'
        return False
    # (on the verb, or on its programme object: 'holds live demonstrations alongside masterclasses')
    on = prep.head.i == verb.i or prep.head.dep_ == "dobj" and prep.head.head.i == verb.i and _session_noun(prep.head)
    return on and prep.i > verb.i and _programme_subject_or_none(ctx, verb)


def _topic_item(ctx: Context, noun: Token) -> bool:
    """'a roundtable on green shipping', 'a workshop about data protection': one programme part
    named by its topic, without a modifier (rule topic-item). Not the event itself (its own
    head noun: 'a forum on X' in a release about a forum), nor a time or a place after 'on'
    ('a seminar on Monday', 'a meeting on the sidelines')."""
    doc = noun.doc
    if singularize(noun.lower_) not in _TOPIC_ITEM["cues"] or not any(
            c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children):
        return False
    if _event_word(ctx, noun):
        return False  # 'a workshop on X' in a release about the X Workshop 2025: the event itself
    j = noun.i + 1
    if j + 1 >= len(doc) or doc[j].lower_ not in ("on", "about") or doc[j].head.i != noun.i:
        return False
    obj = next((c for c in doc[j].children if c.dep_ == "pobj"), None)
    return obj is not None and obj.pos_ in ("NOUN", "PROPN") and lemma(obj) not in _TOPIC_ITEM["not_topics"] \
        and obj.ent_type_ not in ("DATE", "TIME", "CARDINAL", "ORDINAL", "LOC", "FAC") \
        and not any(t.like_num for t in doc[j + 1:obj.i + 1])


def _appos_item(tok: Token) -> bool:
    """'hosted a hackathon, a pitch competition and an awards night': the parser may hang the
    second item of a list on the first as an apposition that keeps the list's 'and' (rule
    list-mates): an item of the list all the same."""
    return tok.dep_ == "appos" and tok.head.i < tok.i and any(c.dep_ == "cc" for c in tok.children) \
        and any(c.dep_ == "conj" for c in tok.children) and singularize(tok.head.lower_) in SESSION_NOUNS


def _list_root(noun: Token) -> Token:
    """The first item of the list ``noun`` is in (through 'conj' and list appositions); for a
    singular item only (held-item): a plural group keeps its own 'conj' root."""
    root = noun
    while (root.dep_ == "conj" or _appos_item(root)) and root.head.i != root.i:
        root = root.head
        if _topic_mate(root, noun):
            root = root.head.head  # 'a seminar on A and a workshop on B were held'
    return root


#: 'after two days of discussions': a duration after one of these says when, no group it holds
_TIME_PREPS = frozenset({"after", "following", "before", "for", "over", "during", "within", "in", "throughout"})


def _time_phrase(quantity: Token) -> bool:
    """'after two days of discussions': a duration quantity noun (listed-group) that is the
    object of a time preposition."""
    return singularize(quantity.lower_) in _DURATIONS and quantity.dep_ == "pobj" \
        and quantity.head.lower_ in _TIME_PREPS


def _topic_mate(root: Token, noun: Token) -> bool:
    """'a seminar on A and a workshop on B': the parser joins the second part to the first
    one's topic; a part with its own article and 'on' / 'about' is the first part's list-mate."""
    if root.dep_ != "pobj" or root.head.lower_ not in ("on", "about") or root.head.head.i == root.head.i:
        return False
    part = root.head.head
    return part.pos_ == "NOUN" and singularize(part.lower_) in SESSION_NOUNS \
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children) \
        and any(c.dep_ == "prep" and c.lower_ in ("on", "about") for c in noun.children)


def _held_item(ctx: Context, noun: Token, verb: Token | None) -> bool:
    """One uncounted programme part with a modifier: 'a joint training program will be held',
    'the fair opens with an exclusive preview gala' (rule held-item)."""
    word = singularize(noun.lower_)
    root = _list_root(noun)
    if _accompanied(root, verb) and word in _SINGULAR | _SINGULAR_COMPOUND and not _event_word(ctx, noun):
        return True  # 'the exhibition will be accompanied by a conference'
    if root is noun and _attended_role(root) and _singular_item(ctx, noun):
        return True  # 'ministers took part in a roundtable on energy security' (attended-group)
    if word in _SINGULAR:
        if not _has_modifier(ctx, noun) and not _topic_item(ctx, noun) and not _alone_item(ctx, noun) \
                and not _in_programme_list(ctx, noun, root):
            return False  # 'a joint training program'
    elif word not in _SINGULAR_COMPOUND or not _noun_modifier(ctx, noun) or _size_of(noun):
        return False
    opener = _with_head(root)
    if opener is not None and lemma(opener) in _START_VERBS | {"open", "kick"}:
        return True
    if verb is None or lemma(verb) not in SESSION_VERBS | _START_VERBS:
        return False
    if root.dep_ == "attr" and lemma(verb) == "be" and any(c.dep_ == "expl" for c in verb.children):
        return True  # 'there will also be a startup exhibition'
    return root.dep_ in ("nsubjpass", "dobj") or (root.dep_ == "nsubj" and lemma(verb) in ("take", "be")) \
        or _object_of_misparsed(root, verb)


def _singular_item(ctx: Context, tok: Token) -> bool:
    """One generic programme part in the singular, set apart from the event by a modifier
    ('a youth forum', 'a photo exhibition') or a noun that is a part alone ('a hackathon')
    (rules held-item, topic-item); not a name nor the event itself."""
    word = singularize(tok.lower_)
    if _plural(tok) or word not in SESSION_NOUNS or ctx.is_name_token(tok) or ctx.is_mention_token(tok) \
            or tok.ent_type_ or _product(tok):
        return False
    if word in _SINGULAR:
        return _has_modifier(ctx, tok) or _alone_item(ctx, tok) or _topic_item(ctx, tok)
    return word in _SINGULAR_COMPOUND and _noun_modifier(ctx, tok) and not _size_of(tok)


def _company_pavilion(noun: Token) -> bool:
    """'the Huawei pavilion', 'Kelvo Marine's pavilion': an exhibitor's own stand, not a
    country pavilion ('the German pavilion', 'the Hubei pavilion', 'the EU pavilion') (rule
    exhibitor-stand)."""
    for c in noun.children:
        if c.dep_ not in ("poss", "compound") or c.i > noun.i or c.pos_ != "PROPN":
            continue
        ent = c.ent_type_
        if ent in ("GPE", "NORP", "LOC", "FAC") or (c.text.isupper() and len(c.text) <= 6):
            continue
        if ent in ("ORG", "PERSON", "PRODUCT") or not ent:
            return True
    return False


def _after_of(last: Token) -> int | None:
    """The index of the word an 'of (the)' right after ``last`` governs, or None."""
    doc = last.doc
    j = last.i + 1
    if j >= len(doc) or doc[j].lower_ != "of":
        return None
    j += 1
    if j < len(doc) and doc[j].lower_ == "the":
        j += 1
    return j if j < len(doc) else None


def _other_body(ctx: Context, last: Token) -> bool:
    """'the second plenary session of the Council of X': a part of another body's meeting."""
    j = _after_of(last)
    doc = last.doc
    return j is not None and doc[j].ent_type_ == "ORG" and doc[j].text[:1].isupper() and not ctx.is_mention_token(doc[j])


def _own_meetings(ctx: Context, noun: Token, verb: Token | None) -> bool:
    """'the chamber's board held its quarterly meetings in Abuja', 'the council will hold its
    sessions': a group the subject holds as its own ('its' / 'their'), the subject no event, no
    programme part and no pronoun, is that body's, not a programme part of the event (rule
    own-meetings; convention 10: other events)."""
    if verb is None or singularize(noun.lower_) not in _OWN["nouns"] \
            or not any(c.dep_ == "poss" and c.lower_ in _OWN["cues"] or c.dep_ == "amod" and c.lower_ in _OWN["habitual"]
                       for c in noun.children):
        return False
    subj = _subject_of(verb)
    if subj is None or subj.pos_ not in ("NOUN", "PROPN") or ctx.is_mention_token(subj) \
            or subj.lower_ in EVENT_ANAPHORS or lemma(subj) in EVENT_ANAPHORS or _session_noun(subj) \
            or lemma(subj) in _ON_PROGRAMME:
        return False
    return not any(ctx.is_mention_token(t) for t in subj.subtree)


def _names_members(noun: Token, verb: Token | None) -> bool:
    """'Notable exhibitions include A at X and B at Y': a category whose members are named
    one by one (people, organizations), not a programme part of its own."""
    if verb is None or noun.dep_ != "nsubj" or lemma(verb) not in ("include", "feature"):
        return False
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return obj is not None and obj.ent_type_ in ("PERSON", "ORG", "GPE", "WORK_OF_ART")


def _negated(doc, start_char: int, sent_start: int) -> bool:
    """'without the formal inauguration', 'prior to the public opening'."""
    return bool(_NOT_AFTER.search(doc_text(doc)[max(sent_start, start_char - 60):start_char]))


def _before_event(ctx: Context, span: Span) -> bool:
    """'..., the organizers told a press conference' in a release published before the event
    starts: held before it, to announce it (rule pre-event-item). Not when its own sentence
    puts it at or during the event ('a press conference at the fair')."""
    main = ctx.result.main_event
    ref = ctx.ref_date
    if main is None or main.start is None or ref is None or ref >= main.start:
        return False
    return not _held_at_event(ctx, span)


def _held_at_event(ctx: Context, span: Span) -> bool:
    """'a press conference at the fair', '... held during the expo': its own sentence puts it
    at or during the event, right after it."""
    doc = span.doc
    end = sent_of(span).end
    for t in doc[span.end:end]:
        if t.lower_ in ("at", "during", "on") and any(
                ctx.is_mention_token(n) or n.lower_ in EVENT_ANAPHORS for n in doc[t.i + 1:min(t.i + 4, end)]):
            return True
    return False


def _announced_at(ctx: Context, span: Span) -> bool:
    """'At a press conference last month, the organisers announced the dates': its sentence
    dates it back or says what was announced at it: held before the event (pre-event-item).
    Not one its sentence holds at the event ('at a press conference held at the fair, the
    minister announced a fund'): what is announced there is news of the event."""
    sent = span.sent
    if _EARLIER.search(sent.text):
        return True
    return not _held_at_event(ctx, span) and any(t.pos_ == "VERB" and lemma(t) in _PROMOTES for t in sent)


def _clause(tok: Token) -> Span:
    """The tokens of the clause a group is named in: its verb's phrase, else its sentence."""
    verb = _governing_verb(tok)
    if verb is None:
        return sent_of(tok)
    doc = tok.doc
    return doc[verb.left_edge.i:verb.right_edge.i + 1]


def _clause_tokens(tok: Token) -> list[Token]:
    """The tokens of :func:`_clause`, from the cached list (iterating a Span makes new Tokens)."""
    clause = _clause(tok)
    return doc_tokens(tok.doc)[clause.start:clause.end]


def _compared(doc, i: int) -> bool:
    """'up from 25 last year', 'compared with 2023': a comparison, the figure is this edition's."""
    return any(t.lower_ in _COMPARISON for t in doc[max(sent_of(doc[i]).start, i - 2):i])


def _event_year(ctx: Context) -> int | None:
    main = ctx.result.main_event
    if main is not None and main.start is not None:
        return main.start.year
    # no date: the year in the event's own name ('2026 Harbour Expo'), before the release's date
    named = re.search(r"\b(?:19|20)\d\d\b", main.name or "") if main is not None else None
    if named:
        return int(named.group(0))
    return ctx.ref_date.year if ctx.ref_date is not None else None


def _attached(t: Token, tok: Token, verb: Token | None) -> bool:
    """Does ``t`` say something of the group ``tok`` (it hangs on the group or on the group's
    verb), not of a clause about something else ('the fair, first held in 2001, features ...')?"""
    crossed = False
    for a in [t, *t.ancestors]:
        if a.i == tok.i:
            return True
        if verb is not None and a.i == verb.i:
            return not crossed
        if a.dep_ in ("relcl", "acl", "advcl", "ccomp"):
            crossed = True
    return False


def _other_edition(ctx: Context, tok: Token) -> bool:
    """'In 2023, 30 forums were held', 'the previous edition hosted 40 workshops', 'next year,
    the organizers will hold 12 seminars', 'the organizer runs 15 exhibitions every year':
    another edition's programme, or a recurring one (rule other-edition); 'roadshows in Europe
    to promote the fair': before it (rule pre-event-item)."""
    doc = tok.doc
    year = _event_year(ctx)
    clause = _clause(tok)
    clause_tokens = doc_tokens(doc)[clause.start:clause.end]
    verb = _governing_verb(tok)
    low_text = doc_lower(doc)  # same offsets as the text
    for m in _HABITUAL.finditer(low_text, clause.start_char, clause.end_char):
        rng = token_range(doc, m.start(), m.end())
        if rng and _attached(doc[rng.stop - 1], tok, verb):
            return True
    for t in clause_tokens:
        # 'before the fair, a series of promotion events were held' (rule pre-event-item)
        if t.lower_ in _BEFORE and any(ctx.is_mention_token(n) or n.lower_ in EVENT_ANAPHORS
                                       for n in doc[t.i + 1:min(t.i + 4, clause.end)]) and _attached(t, tok, verb):
            return True
        if t.lower_ == "to" and t.i + 1 < len(doc) and lemma(doc[t.i + 1]) in _PROMOTES and any(
                ctx.is_mention_token(n) or n.lower_ in EVENT_ANAPHORS for n in doc[t.i + 2:t.i + 6]) \
                and _attached(doc[t.i + 1].head, tok, verb):
            return True
        if ctx.is_name_token(t):
            continue
        low = t.lower_
        if low in _OTHER_EDITION and t.i + 1 < len(doc) and lemma(doc[t.i + 1]) in _EDITION_WORDS \
                and (low != "past" or doc[t.i + 1].lower_ != "years") and not _compared(doc, t.i) \
                and _attached(t, tok, verb):
            return True
        if year is not None and t.ent_type_ == "DATE" and _YEAR_RE.fullmatch(t.text) and int(t.text) != year \
                and (t.head.lower_ in ("in", "during", "since") or lemma(t.head) in _EDITION_WORDS) \
                and t.head.i != tok.i and not _compared(doc, t.head.i if t.head.i < t.i else t.i) \
                and (t.head.head.i == tok.i or verb is not None and t.head.head.i == verb.i
                     or t.head.lower_ in ("in", "during") and t.head in tok.ancestors  # a broken parse
                     or lemma(t.head) in _EDITION_WORDS and t.head.head.dep_ == "prep"
                     and t.head.head.lower_ in ("at", "during", "in") and (t.head.head.head.i == tok.i
                     or verb is not None and t.head.head.head.i == verb.i)):
            return True  # 'twelve workshops were held at the 2024 edition'

    return False


_PROFILE = RULES["organizer-profile"]
_PROFILE_RE = patterns.compile(r"(?m)^[ \t]*(?:" + "|".join(map(re.escape, _PROFILE["cues"]))
                               + r")[ \t]+(\S[^\n.!?]{1,80}?)[ \t]*:?[ \t]*\n")


def _profile_starts(ctx: Context) -> list[tuple[int, int]]:
    """The character ranges of the release's 'About <organisation>' sections (rule
    organizer-profile): from a heading line 'About X' whose X names no event of the release,
    to the next such heading or the end. Not the release's first line."""
    doc = ctx.doc
    text = doc_text(doc)
    heads = []
    for m in _PROFILE_RE.finditer(text) if "\nabout " in doc_lower(doc) else ():
        if m.start() == 0:
            continue
        rng = token_range(doc, m.start(1), m.end(1))
        heads.append((m.start(), bool(rng) and any(ctx.is_mention_token(doc[i]) for i in rng)))
    return [(at, heads[k + 1][0] if k + 1 < len(heads) else len(text))
            for k, (at, of_event) in enumerate(heads) if not of_event]


def _organizer_portfolio(ctx: Context, tok: Token) -> bool:
    """'The organiser also runs 30 other exhibitions in Africa', 'the group organizes more than
    100 exhibitions worldwide': an organizer's other events, not this one's programme (rule
    organizer-portfolio)."""
    if lemma(tok) not in EVENT_HEADS:
        return False
    verb = _governing_verb(tok)
    if verb is None or lemma(verb) not in _PORTFOLIO["cues"]:
        return False
    subj = _subject_of(verb)
    if subj is None or ctx.is_mention_token(subj) or not (
            lemma(subj) in _PORTFOLIO["organizers"] or subj.ent_type_ == "ORG"):
        return False
    clause = _clause(tok)
    if any(ctx.is_mention_token(t) for t in doc_tokens(tok.doc)[clause.start:clause.end] if t.i != tok.i):
        return False
    return any(c.lower_ == "other" for c in tok.children) or bool(_PORTFOLIO_RE.search(clause.text.lower()))


def _an_official(ctx: Context, tok: Token) -> bool:
    """A person or an official: 'the minister', 'his counterpart', 'President Amina Bello', 'he'."""
    if ctx.is_mention_token(tok):
        return False
    return tok.ent_type_ == "PERSON" or lemma(tok) in _OFFICIALS or tok.lower_ in ("he", "she")


def _official_talks(ctx: Context, tok: Token) -> bool:
    """'The minister held talks with his counterpart', 'the two sides held bilateral talks': a
    meeting between officials, no programme part of the event (rule official-talks). Not
    'talks with authors', 'the programme includes talks', 'bilateral business meetings'."""
    if singularize(tok.lower_) not in _OFFICIAL_NOUNS:
        return False
    mods = {w.lower() for w in _label(tok)[0].split()[:-1]}  # 'high-level' stays one word
    if mods & _NOT_OFFICIAL_MODS:
        return False
    if mods & _OFFICIAL_MODS:
        # (not 'the forum will feature plenary sessions and bilateral meetings': the event's own)
        return _subject_event(ctx, tok) is None
    # 'talks with his counterpart', 'a meeting with the visiting delegation', 'meetings were held
    # between the two governments'
    verb = _governing_verb(tok)
    preps = list(tok.children)
    if verb is not None and tok.head.i == verb.i and tok.dep_ in ("dobj", "nsubjpass"):
        preps += [c for c in verb.children if c.i > tok.i]
    for prep in preps:
        if prep.dep_ == "prep" and prep.lower_ in ("with", "between"):
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                if any(_an_official(ctx, m) for m in [obj, *obj.conjuncts]):
                    return True
    # 'the minister held talks', 'President X had a meeting with ...'
    if verb is None or lemma(verb) not in _OFFICIAL["verbs"] or tok.dep_ != "dobj" or tok.head.i != verb.i:
        return False
    subj = _subject_of(verb)
    return subj is not None and any(_an_official(ctx, m) for m in [subj, *subj.conjuncts])


def _at_own_stand(tok: Token) -> bool:
    """'At its stand, X will run live demonstrations', 'the company will hold presentations':
    an exhibitor's own activity, no programme part of the event (rule exhibitor-stand)."""
    for t in _clause_tokens(tok):
        if t.lower_ in _STANDS and t.pos_ == "NOUN" and any(c.dep_ == "poss" for c in t.children):
            return True
    verb = _governing_verb(tok)
    if verb is None:
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and lemma(c) in _DOERS and c.i != tok.i
               for c in verb.children)


def _of_event(ctx: Context, last: Token) -> str | None:
    """'the opening ceremony of the Coastal Motor Show': the item of the event named after 'of'."""
    j = _after_of(last)
    m = next((m for m in ctx.mentions if m.start <= j < m.end), None) if j is not None else None
    return m.event if m is not None else None


def _subject_event(ctx: Context, tok: Token) -> str | None:
    """'The X Summit, held alongside the fair, included three panel discussions': the groups of
    the event that is the subject of their verb."""
    verb = _governing_verb(tok)
    if verb is None:
        return None
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i != tok.i), None)
    if subj is None:
        return None
    m = next((m for m in ctx.mentions if m.start <= subj.i < m.end), None)
    return m.event if m is not None else None


#: 'under the pillars of', 'under the themes of', 'under three headings:' after a group: its topics follow
_UNDER_HEADING = re.compile(r"under\s+(?:the\s+|its\s+|their\s+|\w+\s+)?(?:[\w-]+\s+)?(?:"
                            + "|".join(_TOPIC_ITEM["under"]) + r")(?:\s+of\s+|\s*:\s*)", re.I)


def _own_topics(noun: Token) -> tuple[TopicRecord, ...]:
    """Topics in the group's own phrase: 'areas for A, B', 'zones, covering A', 'sessions on
    A and B', 'talks, concentrated on A', 'which demonstrate A'."""
    doc = noun.doc
    text = doc_text(doc)
    j = noun.i + 1
    if j + 1 < len(doc) and doc[j].text == ":" and singularize(noun.lower_) in _DIVISIONS["cues"] \
            and (_plural(noun) or _count(noun)[0] is not None) and doc[j + 1].sent.start == sent_of(noun).start:
        # 'divided into five zones: A, B and C' (rule divided-into): the list after the colon
        at = doc[j].idx + 1
        return topic_records(text[at:sent_of(noun).end_char], at, text, doc)
    if j < len(doc) and doc[j].text == ",":
        j += 1
    if j < len(doc):
        nxt = doc[j]
        at = None
        if nxt.lower_ in ("on", "for", "about", "covering", "spanning") and not doc[j + 1:j + 2].text[:1].isdigit():
            at = nxt.idx + len(nxt.text)
        elif nxt.tag_ in ("VBG", "VBN", "VBD") and lemma(nxt) in TOPIC_VERBS:  # 'talks, concentrated on'
            at = topic_verb_object(nxt)
        elif nxt.lower_ == "under":  # '15 sessions under the pillars of A, B and C' (topic-item, 'under')
            m = _UNDER_HEADING.match(text, nxt.idx)
            at = m.end() if m else None
        if at is not None:
            first = next((t for t in doc[j + 1:] if t.idx >= at), None)
            if first is not None and first.ent_type_ not in ("DATE", "TIME", "GPE"):
                stop = sent_of(noun).end_char
                return topic_records(text[at:stop], at, text, doc)
    for c in noun.children:
        if c.dep_ in ("acl", "relcl") and lemma(c) in _TOPIC_VERBS | {"cover"}:
            at = c.idx + len(c.text)  # to the end of the sentence: parses often cut lists short
            return topic_records(text[at:sent_of(noun).end_char], at, text, doc)
    return ()


def _subject_area(noun: Token) -> bool:
    """'areas of focus', 'zones of cooperation': a session noun whose 'of' names a subject
    (of_a_subject) is a field the event covers, not a programme part; so is an area or zone
    that a topic verb or preposition governs (subject_areas)."""
    word = singularize(noun.lower_)
    if word in _OF_A_SUBJECT_NOUNS and any(
            c.lower_ == "of" and any(g.dep_ == "pobj" and lemma(g) in _OF_A_SUBJECT for g in c.children) for c in noun.children):
        return True
    if word in _OF_A_SUBJECT_NOUNS and any(  # 'focus areas', 'priority zones': 'areas of focus'
            c.dep_ in ("compound", "amod") and c.i < noun.i and lemma(c) in _OF_A_SUBJECT
            and c.lower_ not in _SUBJECT_AREAS["programme_modifiers"] for c in noun.children):
        return True
    if word not in _SUBJECT_AREAS["nouns"]:
        return False
    # "the forum focused on protected areas and coastal zones": what it is about, no part of it
    if any(c.lower_ in _SUBJECT_AREAS["programme_modifiers"] for c in noun.children if c.i < noun.i):
        return False
    root = noun
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    head = root.head
    return root.dep_ == "pobj" and head.lower_ in _SUBJECT_AREAS["prepositions"] \
        or root.dep_ == "dobj" and lemma(head) in _SUBJECT_AREAS["verbs"]


_ATTEND_VERBS = frozenset(RULES["attended-group"]["cues"])
_IN_VERBS = frozenset(RULES["attended-group"]["in"])


def _attended(root: Token, noun: Token | None = None) -> bool:
    """'visitors can attend free seminars', 'take part in B2B meetings': a plural group that
    people attend, watch or take part in is a programme part (rule attended-group); a plural
    item listed after a singular one too ('attended the opening ceremony and seminars')."""
    if not _plural(noun if noun is not None else root):
        return False
    return _attended_role(root)


def _attended_role(root: Token) -> bool:
    """Is ``root`` what people attend, watch, take part or compete in (rule attended-group)?"""
    if root.dep_ == "dobj" and lemma(root.head) in _ATTEND_VERBS:
        return True
    if root.dep_ == "pobj" and root.head.lower_ == "in":
        above = root.head.head
        if lemma(above) == "take" and any(c.dep_ == "dobj" and c.lower_ == "part" for c in above.children):
            return True  # 'start-ups took part in pitch sessions': 'in' hangs on 'took'
        return lemma(above) in _IN_VERBS or (above.lower_ == "part" and lemma(above.head) == "take")
    if root.dep_ == "pobj" and root.head.lower_ == "to":  # 'visitors can look forward to readings'
        above = root.head.head
        return lemma(above) == "look" and any(c.lower_ == "forward" for c in above.children) \
            or above.lower_ == "forward" and lemma(above.head) == "look"
    return False


def _programme_list(ctx: Context, noun: Token, root: Token, verb: Token | None) -> bool:
    """'The summit, with its workshops and site visits, drew 2,000 delegates': a plural
    programme noun in a list of two or more programme nouns or items is a programme part,
    whatever verb the list hangs on (rule list-mates), unless the verb's subject is someone
    else (a person, a company, exhibitors)."""
    if not _plural(noun) or verb is not None and not _programme_subject_or_none(ctx, verb):
        return False
    return sum(bool(_session_noun(c) or _programme_item(c)) for c in [root, *root.conjuncts]) >= 2


def _in_programme_list(ctx: Context, noun: Token, root: Token) -> bool:
    """'The programme included a roundtable, a panel discussion and a networking lunch': a bare
    singular programme noun listed with at least two other programme nouns or items (list-mates)."""
    if ctx.is_mention_token(noun) or _event_word(ctx, noun):
        return False
    others = [c for c in [root, *root.conjuncts] if c.i != noun.i]
    return sum(bool(_session_noun(c) or _programme_item(c)) for c in others) >= 2


_BULLET = RULES["bullet-list"]
#: a bullet mark: one of the cues, or a number of a numbered list ('1.', '2)', '(3)') with a space after it
_BULLET_MARK = r"(?:[" + re.escape("".join(_BULLET["cues"])) + r"][ \t]*|" + _BULLET["numbered"] + r"[ \t]+)"
_BULLET_LINE_RE = re.compile(r"^[ \t]*" + _BULLET_MARK + r"(?:(?:an?|the)[ \t]+)?"
                             r"(?:(\d[\d,]*|" + "|".join(_BULLET["numbers"]) + r")\+?[ \t]+)?"
                             r"((?:[\w&'’-]+[ \t]+){0,4}?[\w&'’-]+?)[ \t]*[.;,]?[ \t]*$", re.M | re.I)
#: 'Day 1 - Opening keynote, panel debates and a networking dinner' (bullet-list, day_lines)
_DAY_LINE_RE = re.compile(r"^[ \t]*Day[ \t]+(?:" + "|".join(_BULLET["day_lines"]["days"])
                          + r")[ \t]*[-–—:][ \t]*([^\n]+)$", re.M | re.I)
_DAY_ITEM_RE = re.compile(r"(?:^|,|;|&|\band\b)[ \t]*(?:(?:an?|the)[ \t]+)?"
                          r"(?:(\d[\d,]*|" + "|".join(_BULLET["numbers"]) + r")\+?[ \t]+)?"
                          r"((?:[\w'’-]+[ \t]+){0,4}?[\w'’-]+?)[ \t]*(?=,|;|&|\band\b|[.]?[ \t]*$)", re.I)
_INTRO_RE = re.compile(r"\b(?:" + "|".join(_BULLET["intro"]) + r")\b[^\n]*:[ \t]*$", re.I)
#: a line that opens with a bullet mark (no such line: no bullet line is read)
_ANY_BULLET_RE = re.compile(r"^[ \t]*" + _BULLET_MARK, re.M)


def _bullet_programme_lines(text: str) -> list:
    """The bullet lines of a list that a line ending with ':' opens with a programme word
    ('The programme includes:', 'Highlights of the summit:'), or of a bullet block two of whose
    lines end in a programme noun (rule bullet-list)."""
    out = []
    if _ANY_BULLET_RE.search(text) is None:
        return out
    lines = text.split("\n")
    pos, intro, run = 0, False, []
    for line in lines + [""]:
        m = _BULLET_LINE_RE.match(line)
        if m is not None and intro:
            out.append(_Shifted(m, pos))
        elif m is not None:
            run.append(_Shifted(m, pos))
        else:
            if len(run) >= 2 and sum(_bullet_head(r.group(2)) for r in run) >= 2:
                out += run  # a bullet block under no intro line ('What's on'), two programme items in it at least
            run = []
            # (the intro pattern read only on a line that ends with ':', as each of its matches does)
            intro = line.rstrip(" \t").endswith(":") and bool(_INTRO_RE.search(line))
        pos += len(line) + 1
    return out


def _bullet_head(words: str) -> bool:
    """Does a bullet line's phrase end in a session noun ('Live cooking demonstrations')?"""
    last = words.split()[-1].lower() if words.split() else ""
    return singularize(last) in SESSION_NOUNS


def _day_line_items(text: str) -> list:
    """The items of the agenda's day lines ('Day 1 - A, B and C'), as bullet lines' matches."""
    out = []
    for line in _DAY_LINE_RE.finditer(text) if "day" in text.lower() else ():
        body = line.group(1)
        out += [_Shifted(m, line.start(1)) for m in _DAY_ITEM_RE.finditer(body)]
    return out


class _Shifted:
    """A line's match with offsets into the whole text."""

    def __init__(self, m: re.Match, offset: int) -> None:
        self.m, self.offset = m, offset

    def start(self, g: int) -> int:
        return self.m.start(g) + self.offset

    def end(self, g: int) -> int:
        return self.m.end(g) + self.offset

    def group(self, g: int) -> str | None:
        return self.m.group(g)


_KEY_FIGURE = RULES["key-figure-line"]
#: 'Sessions: 45', 'Side events | 120', 'Workshops – 18+': a line of its own, a plural
#: programme noun (with at most two words before it), a separator, a number and nothing else
_KEY_FIGURE_RE = re.compile(r"(?im)^[ \t]*(?:[" + re.escape("".join(_BULLET["cues"])) + r"][ \t]*)?"
                            r"((?:[A-Za-z][\w&'’-]*[ \t]+){0,2}[A-Za-z][\w'’-]*)[ \t]*(?:"
                            + "|".join(map(re.escape, _KEY_FIGURE["cues"])) + r")[ \t]*(?:(?:"
                            + "|".join(_KEY_FIGURE["qualifiers"]) + r")[ \t]+)?(\d[\d,]*)\+?[ \t]*$")
_KEY_FIGURE_HINT = re.compile(r"(?m)(?:" + "|".join(map(re.escape, _KEY_FIGURE["cues"])) + r")[ \t]*\S*\d[\d,]*\+?[ \t]*$")


_PROFILE_ORGANISERS = frozenset({"organizer", "organiser", "organizers", "organisers", "host", "hosts"})
_TEXT_LIST = RULES["text-programme-list"]
_TEXT_LIST_VERBS = frozenset(_TEXT_LIST["cues"])
_TEXT_LIST_STOPS = frozenset(_TEXT_LIST["stops"])
#: the words a verb of _TEXT_LIST_VERBS is written with start so ('includ', 'held', 'saw', 'stag'):
#: the tokens whose lemma is looked up
_TEXT_LIST_VERB_RE = patterns.compile(
    r"(?<![\w-])(?:" + "|".join(sorted({v[:-1] if v.endswith("e") and len(v) > 4 else v for v in _TEXT_LIST_VERBS} | {"held", "saw", "seen"}))
    + r")[a-z]*(?![\w-])", re.I)
_INLINE_LIST_RE = re.compile(r"(?im)^[ \t]*(?:" + "|".join(_TEXT_LIST["headings"]) + r")[ \t]*:[ \t]*(?=\S)")
_TEXT_LIST_SPLIT = re.compile(r"\s*,\s*(?:and\s+|as well as\s+)?|\s+(?:and|as well as)\s+", re.I)
_SPELLED = {w: i + 1 for i, w in enumerate(("one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                                            "ten", "eleven", "twelve"))}


def _text_programme_items(ctx: Context, taken: set[int], labels: set[str]) -> list[tuple[Span, str, int | None]]:
    """Rule text-programme-list: (item span, label, count) of the programme lists after a list
    verb, split on the text, whose items the parse-based rules did not take."""
    doc = ctx.doc
    text = doc_text(doc)
    out = []
    starts: list[tuple[int, int, bool]] = []  # (list start, its sentence's end, held by the organisers)
    for verb in tokens_matching(doc, _TEXT_LIST_VERB_RE):  # (a cheap filter on the words first)
        lem = lemma(verb)
        if lem not in _TEXT_LIST_VERBS:
            continue
        if verb.pos_ not in ("VERB", "AUX") or ctx.is_mention_token(verb):
            continue
        subj = _subject_of(verb)
        programme = _programme_subject_or_none(ctx, verb)
        if not (programme or subj is not None and lemma(subj) in _PROFILE_ORGANISERS):
            continue
        sent = sent_of(verb)
        by_organiser = not programme
        if by_organiser and not ctx.mentions_in(sent):
            continue  # 'the organisers will hold ...': only in a sentence that names the event ('during the fair')
        at = verb.idx + len(verb.text)
        if lem == "consist":
            if verb.i + 1 >= sent.end or doc[verb.i + 1].lower_ != "of":
                continue
            at = doc[verb.i + 1].idx + 2
        starts.append((at, sent.end_char, by_organiser))
    # 'Programme: an opening ceremony, a CEO roundtable and a gala dinner' (a heading and its list on one line)
    for m in _INLINE_LIST_RE.finditer(text) if ":" in text else ():
        line_end = text.find("\n", m.end())
        starts.append((m.end(), line_end if line_end >= 0 else len(text), False))
    for at, end, by_organiser in starts:
        body = text[at:end]
        cut = re.search(r"[.;:!?]|\n", body)
        body = body[:cut.start()] if cut else body
        items = []
        pos = at
        for piece in _TEXT_LIST_SPLIT.split(body):
            i = text.find(piece, pos) if piece else -1
            if i < 0:
                continue
            pos = i + len(piece)
            items.append((i, piece))
        found, heads = [], 0
        for i, piece in items:
            rng = token_range(doc, i, i + len(piece))
            if not rng:
                continue
            toks = [doc[k] for k in rng]
            while toks and toks[0].lower_ in ("a", "an", "the", "its", "their", "several", "various", "many", "some"):
                toks = toks[1:]
            count = None
            if toks and (toks[0].like_num or toks[0].lower_ in _SPELLED) and len(toks) > 1:
                value = _SPELLED.get(toks[0].lower_) or parse_number(toks[0].text)
                count = int(value) if value is not None and float(value).is_integer() and value >= 1 else None
                toks = toks[1:]
            stop = next((k for k, t in enumerate(toks) if t.lower_ in _TEXT_LIST_STOPS), len(toks))
            if by_organiser and stop < len(toks) and toks[stop].lower_ == "with":
                continue  # 'talks with city officials, meetings with sponsors': the organisers' own business
            toks = toks[:stop]
            if not toks or len(toks) > _TEXT_LIST["max_words"]:
                continue
            head = toks[-1]
            if singularize(head.lower_) not in SESSION_NOUNS:
                continue
            heads += 1
            if any(not (t.is_alpha or t.text in ("-", "'s", "’s", "'")) or ctx.is_name_token(t) or ctx.is_mention_token(t)
                   or t.pos_ in ("PROPN", "AUX", "PRON", "ADP") and not t.text.isupper() for t in toks) \
                    or any(t.i in taken for t in toks) or _product(head):
                continue
            plural = _plural(head) or singularize(head.lower_) != head.lower_
            if not plural and not _singular_item(ctx, head) and not (
                    len(toks) >= 2 and singularize(head.lower_) in _SINGULAR and toks[0].lower_ not in _DROP_WORDS):
                continue  # 'a forum' alone: the event itself, or a generic word ('a CEO roundtable' is one)
            words = [t.text if t.text.isupper() else t.lower_ for t in toks[:-1]] + [singularize(head.lower_)]
            label = re.sub(r" (['’]s?)(?= )", r"\1", re.sub(r"\s*-\s*", "-", " ".join(words)))
            if label in labels or label in _GENERIC and count is None or label in _PRE_EVENT_ITEMS:
                continue
            found.append((doc[toks[0].i:head.i + 1], label, count))
        if heads >= 2:
            out += found
    return out


def _programme_subject_or_none(ctx: Context, verb: Token) -> bool:
    """Is the subject of ``verb`` the event, its programme, or left unsaid ('the summit, with
    its workshops and site visits, drew ...', 'workshops and talks were held')?"""
    subj = _subject_of(verb)
    return subj is None or ctx.is_mention_token(subj) or subj.lower_ in EVENT_ANAPHORS \
        or lemma(subj) in _ON_PROGRAMME or _session_noun(subj) or _programme_item(subj) \
        or _it_of_event(ctx, subj)


def _it_of_event(ctx: Context, subj: Token) -> bool:
    """'The X Summit will be held in May. It will feature A, B and C': 'it' opening a sentence
    right after one whose subject is the event or its programme stands for that subject."""
    if subj.lower_ != "it" or subj.i != sent_of(subj).start or sent_of(subj).start == 0:
        return False
    prev = sent_of(subj.doc[sent_of(subj).start - 1])
    while prev.text.isspace() and prev.start > 0:  # (a blank line between paragraphs)
        prev = sent_of(subj.doc[prev.start - 1])
    before = next((c for c in prev.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return before is not None and (ctx.is_mention_token(before) or before.lower_ in EVENT_ANAPHORS
                                   or lemma(before) in _ON_PROGRAMME)


def _programme_subject(ctx: Context, verb: Token) -> bool:
    """Is the subject of ``verb`` the event ('the fair', 'the X Summit')?"""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj is not None and (ctx.is_mention_token(subj) or subj.lower_ in EVENT_ANAPHORS
                                 or _it_of_event(ctx, subj))


def _uncounted_role(ctx: Context, noun: Token, root: Token, verb: Token | None) -> bool:
    """Is an uncounted plural group (its first conjunct ``root``) said to take place here:
    held, offered, set up ('the fair will feature seminars'), the subject of 'take place' or
    'run', after 'there will be' or 'consist of' (rule counted-group)?"""
    if verb is None:
        return False
    v = lemma(verb)
    if v in _UNCOUNTED_VERBS and (noun.dep_ in ("nsubj", "nsubjpass", "dobj") or _object_of_misparsed(root, verb)):
        return True  # the noun's own role: a list's later items are taken with its first
    if _given(root, verb):
        return True  # 'top chefs will give masterclasses and cooking demonstrations'
    if noun.dep_ == "conj" and root.dep_ == "dobj" and v in _LIST_VERBS and _programme_subject(ctx, verb):
        return True  # 'the event featured keynote speeches, panel discussions and workshops'
    if v in _LIST_VERBS and sum(_session_noun(c) or _programme_item(c) for c in [root, *root.conjuncts]) >= 2 \
            and _programme_subject_or_none(ctx, verb):
        return True  # 'the event consisted of three days of workshops and panel discussions' (list-mates)
    if root.dep_ == "attr" and v == "be" and any(c.dep_ == "expl" for c in verb.children):
        return True  # 'there will be workshops, concerts and talks with authors'
    if root.dep_ in ("attr", "nsubj") and v == "be" and any(
            c.dep_ == "prep" and c.lower_ == "on" and any(o.dep_ == "pobj" and lemma(o) in _ON_PROGRAMME for o in c.children)
            for c in verb.children):
        return True  # 'on the programme are workshops, film screenings and ...', 'workshops are on the agenda'
    if root.dep_ == "nsubj" and (v == "run" or v == "take" and any(
            c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children)):
        return True
    return root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.i == verb.i \
        and v in ("consist", "comprise")


_ON_PROGRAMME = frozenset(RULES["counted-group"]["on_programme"])
_DIVISIONS = RULES["divided-into"]
_HELD_ON = RULES["held-on"]


def _divided_into(root: Token) -> bool:
    """'The hall is divided into zones for A and B', 'the show is organised into themed areas':
    the parts an event or its space is divided into (rule divided-into)."""
    return root.dep_ == "pobj" and root.head.lower_ == "into" and lemma(root.head.head) in _DIVISIONS["verbs"] \
        and singularize(root.lower_) in _DIVISIONS["cues"]

_PRESUPPOSED = RULES["presupposed-group"]


def _presupposed(noun: Token) -> bool:
    """'During the forums, experts discussed AI', 'speakers at the seminars', 'the workshops were
    well attended': a definite plural group the text takes as given is a programme part (rule
    presupposed-group)."""
    if not _plural(noun) or not any(c.dep_ == "det" and c.lower_ in ("the", "these") for c in noun.children):
        return False
    if noun.dep_ == "pobj":
        return noun.head.lower_ in _PRESUPPOSED["cues"]
    return noun.dep_ == "nsubjpass" and lemma(noun.head) in _PRESUPPOSED["verbs"]


_ITEM_END = re.compile(r"(?<![\w-])(?:" + "|".join(RULES["programme-item"]["cues"]) + r")$")


def _programme_item(tok: Token) -> bool:
    """Does a programme item of rule programme-item end at ``tok`` ('keynote speeches')?"""
    doc = tok.doc
    return bool(_ITEM_END.search(doc[max(sent_of(tok).start, tok.i - 3):tok.i + 1].text.lower()))


_TOPIC_SUBJECT = RULES["topic-subject"]


def _topic_subject(noun: Token, root: Token, verb: Token | None) -> bool:
    """'Workshops will cover export finance', 'panel sessions will address AI': a plural group
    said to cover a subject is a programme part (rule topic-subject); not a size ('the
    zones cover 3,000 square metres') nor talks or meetings alone (often officials')."""
    if verb is None or root.dep_ != "nsubj" or root.head.i != verb.i or lemma(verb) not in _TOPIC_SUBJECT["cues"]:
        return False
    if not _plural(noun) or singularize(noun.lower_) in _OFFICIAL_NOUNS and not _has_modifier_plain(noun):
        return False
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    objs += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("on", "upon", "around", "with")
             for g in c.children if g.dep_ == "pobj"]
    return bool(objs) and not any(t.like_num for o in objs for t in o.subtree)


def _has_modifier_plain(noun: Token) -> bool:
    return any(c.dep_ in ("amod", "compound", "nmod") and c.i < noun.i for c in noun.children)


def _example_list(root: Token) -> bool:
    """'a packed agenda, including keynote speeches, workshops and a gala dinner', 'a rich
    programme including masterclasses and site visits': the examples a list gives after
    'including' / 'such as' / 'like', when at least two of them are programme parts, are
    programme parts (rule list-mates), whatever noun the list hangs on."""
    if root.dep_ != "pobj":
        return False
    cue = root.head.lower_
    if cue == "as" and any(c.lower_ == "such" for c in root.head.children):
        cue = "such as"
    if cue not in _LIST_CUES:
        return False
    return sum(_session_noun(c) or _programme_item(c) for c in [root, *root.conjuncts]) >= 2


def _highlight_list(root: Token, verb: Token | None) -> bool:
    """'Fountain shows, fireworks and concerts are other highlights', '... are among the
    attractions' (rule highlight-list)."""
    if verb is None or lemma(verb) != "be" or root.dep_ != "nsubj" or root.head.i != verb.i:
        return False
    for c in verb.children:
        if c.dep_ == "attr" and lemma(c) in _HIGHLIGHTS:
            return True
        if c.dep_ == "prep" and c.lower_ == "among" and any(
                g.dep_ == "pobj" and lemma(g) in _HIGHLIGHTS for g in c.children):
            return True
    return False


def _among_be(root: Token, verb: Token | None) -> bool:
    """'Among the (40) side events are A and B': a fronted 'among' group whose members 'be'
    names (rule group-includes)."""
    return verb is not None and root.dep_ == "pobj" and root.head.lower_ == "among" \
        and root.head.head.i == verb.i and root.head.i < verb.i and lemma(verb) == "be" \
        and any(c.dep_ in ("attr", "nsubj") and c.i > verb.i for c in verb.children)


def _included_members(ctx: Context, root: Token, verb: Token | None) -> list[Token]:
    """'Side events include a youth summit and a business forum': the programme nouns a group
    (the subject) is said to include (rule group-includes)."""
    if _among_be(root, verb):  # 'Among the side events are a youth forum and a hackathon'
        obj = next((c for c in verb.children if c.dep_ in ("attr", "nsubj") and c.i > verb.i), None)
    elif verb is None or root.dep_ != "nsubj" or root.head.i != verb.i or lemma(verb) not in _GROUP_INCLUDES:
        return []
    else:
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None:
        return []
    return [m for m in [obj, *obj.conjuncts] if _session_noun(m) and not ctx.is_mention_token(m)
            and not m.ent_type_ and (_plural(m) or _has_modifier(ctx, m) or _alone_item(ctx, m))]


def _subject_of(verb: Token) -> Token | None:
    """The subject of ``verb``: through 'which' to the noun it stands for, from a participle
    or a conjoined verb to the subject of the verb it hangs on."""
    for _ in range(3):
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            if subj.lower_ in ("which", "that", "who") and verb.dep_ == "relcl":
                return verb.head
            return subj
        if verb.dep_ not in ("advcl", "conj", "xcomp") or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def _other_host(ctx: Context, tok: Token) -> bool:
    """'The city hosted 120 conferences', 'Dubai, which hosts over 300 exhibitions a year', 'the
    venue has hosted 500 events since it opened': a place's own count, not the event's
    programme, unless the clause names the event ('... during the fair') (rule other-host)."""
    verb = _governing_verb(tok)
    if verb is None or lemma(verb) not in _HOST_VERBS:
        return False
    subj = _subject_of(verb)
    if subj is None or ctx.is_mention_token(subj) or subj.lower_ in EVENT_ANAPHORS:
        return False
    place = subj.ent_type_ in ("GPE", "LOC", "FAC") or lemma(subj) in _HOST_PLACES
    if not place:
        return False
    # only a record over time: 'has hosted', 'since 2010', 'to date', or a trait of the place
    # ('Dubai, which hosts ...', 'a hub, hosting ...'); 'the city will host 40 seminars' is this event's
    record = any(c.dep_ == "aux" and lemma(c) == "have" for c in verb.children) \
        or verb.dep_ == "relcl" or verb.tag_ == "VBG" and verb.dep_ in ("advcl", "acl") \
        or bool(_RECORD_RE.search(_clause(tok).text.lower()))
    if not record:
        return False
    group = {tok.i, *(c.i for c in tok.conjuncts)}
    for t in _clause_tokens(tok):
        if t.i in group or t.i == subj.i:
            continue
        if ctx.is_mention_token(t) or t.lower_ in EVENT_ANAPHORS and any(
                c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "its", "our") for c in t.children):
            return False
    return True


def _sibling_parent(ctx: Context, root: Token) -> str | None:
    """'the X Summit and 4 special promotion conferences will be held': groups coordinated
    with a named sub-event belong where it belongs (the main event), not to it."""
    m = next((m for m in ctx.mentions if m.start <= root.i < m.end and not m.anaphor), None)
    if m is None:
        return None
    ev = next((e for e in ctx.result.events if e.key == m.event), None)
    return ev.part_of if ev is not None else None



_COUNTRY_PAVILION = RULES["country-pavilion"]


def _country_words(words: list[Token]) -> bool:
    """'German', 'China', 'United Arab Emirates', 'EU': a country, its people's adjective or a
    group of countries."""
    text = " ".join(w.text for w in words)
    return is_country(text) or (len(words) == 1 and country_of_demonym(words[0].text) is not None) \
        or text.lower() in _COUNTRY_PAVILION["groups"] or all(w.ent_type_ in ("GPE", "NORP") for w in words)


def _country_pavilions(ctx: Context, seen: set[int]) -> list[tuple[SessionRecord, Token]]:
    """'the German Pavilion', 'the China Pavilion', 'the Pavilion of Japan': a country's
    pavilion written as a title is a country pavilion, a programme part (rule
    country-pavilion); not a company's ('the Huawei Pavilion')."""
    doc = ctx.doc
    out = []
    for tok in tokens_matching(doc, word_pattern(set(_COUNTRY_PAVILION["cues"]))):
        if tok.i in seen or not tok.text[:1].isupper() or ctx.is_mention_token(tok):
            continue
        sent = sent_of(tok)
        k = tok.i
        while k - 1 >= sent.start and doc[k - 1].text[:1].isupper() and doc[k - 1].is_alpha \
                and doc[k - 1].lower_ not in ("the", "a", "an") and tok.i - k < 3:
            k -= 1
        words = list(doc[k:tok.i])
        of = None
        if not words and tok.i + 2 < sent.end and doc[tok.i + 1].lower_ == "of":
            j = tok.i + 2 + (doc[tok.i + 2].lower_ == "the")
            m = j
            while m < sent.end and doc[m].text[:1].isupper() and doc[m].is_alpha and m - j < 3:
                m += 1
            of = list(doc[j:m])
        place = words or of
        if not place or not _country_words(place):
            continue
        name = " ".join(w.text for w in place)
        label = (name + " " + singularize(tok.lower_)) if words else (singularize(tok.lower_) + " of " + name)
        start, end = (doc[k].idx, tok.idx + len(tok.text)) if words else (tok.idx, of[-1].idx + len(of[-1].text))
        event = ctx.event_for_sentence(sent, before=tok)
        out.append((SessionRecord(event or ctx.main_key or "e0", label.lower() if not name.isupper() else label,
                                  None, (), source_span(doc, start, end)), tok))
    return out


def extract_sessions(ctx: Context) -> list[SessionRecord]:
    """Session groups of the release's events, with counts and topics."""
    doc = ctx.doc
    groups: list[tuple[SessionRecord, Token]] = []
    seen: set[int] = set()

    def add(member: Token, n: int | None, toks: list[Token], event: str | None, with_of: bool = False) -> None:
        seen.add(member.i)
        if _subject_area(member):
            return  # "Key areas of focus include A and B": what the event covers, not a part of it
        label, start_char = _label(member, with_of)
        start_char = min([start_char] + [t.idx for t in toks])
        end = max([member.i] + [t.i for t in toks])  # 'the sessions numbered 30': the count too
        if with_of and " of " in label:
            end = max(end, doc[member.i + 1].right_edge.i)
        span = source_span(doc, start_char, doc[end].idx + len(doc[end].text))
        groups.append((SessionRecord(event or ctx.main_key or "e0", label, n, _own_topics(member), span), member))

    for noun in _session_tokens(doc):
        if noun.i in seen or not _nounish(noun):
            continue
        word = singularize(noun.lower_)
        if word not in SESSION_NOUNS or (not _plural(noun) and word not in _SINGULAR | _SINGULAR_COMPOUND) \
                or ctx.is_mention_token(noun) \
                or _product(noun):
            continue
        if any(c.lower_ in ("consecutive", "successive", "straight") for c in noun.children):
            continue  # "three consecutive sessions" counts editions, not sessions
        if word in _MODIFIED_ONLY and not _noun_modifier(ctx, noun):
            continue  # "the population of 12 villages": no 'startup village' of the programme
        count, num_toks = _count(noun)
        verb = _governing_verb(noun)
        root = noun
        while root.dep_ == "conj" and root.head.i != root.i:
            root = root.head
        if root is not noun and root.dep_ == "amod" and root.head.i < root.i and root.head.pos_ == "NOUN":
            root = root.head  # 'includes a job fair, workshops and ...': 'fair' parsed an adjective (list-mates)
        listed = lemma(root) in _GROUP_WORDS or (
            root.dep_ == "pobj" and root.head.lower_ == "of" and lemma(root.head.head) in _GROUP_WORDS
            and not _time_phrase(root.head.head))
        pavilion = word == "pavilion" and not _company_pavilion(noun)
        listed = listed or _attended(root, noun)
        highlights = _highlight_list(root, verb)
        listed = listed or highlights or _presupposed(noun) or _example_list(root) or _accompanied(root, verb) \
            or _divided_into(root) or _among_be(root, verb) or _along_with(ctx, root, verb) \
            or _topic_subject(noun, root, verb) or _programme_list(ctx, noun, root, verb)
        if not _plural(noun):
            if not pavilion and not _held_item(ctx, noun, verb):
                continue
        elif not listed and not pavilion and not _given(root, verb) and (
                (count is None or lemma(noun) == "event") if verb is None
                else (lemma(verb) not in SESSION_VERBS and (count is None or lemma(noun) == "event"))):
            continue
        conjs = [noun] + [c for c in noun.conjuncts if c.i > noun.i]
        conjs += [a for a in _listed_appositions(noun) if a not in conjs]
        counted = count is not None or any(_count(c)[0] for c in conjs)
        if not counted and _plural(noun) and not pavilion:
            if not listed and not _uncounted_role(ctx, noun, root, verb):
                continue
        sent = sent_of(noun)
        if _other_body(ctx, noun) or (not counted and _names_members(noun, verb)) or _own_meetings(ctx, noun, verb):
            continue
        if any(ctx.is_name_token(t) for t in doc[max(sent.start, noun.i - 4):noun.i] if noun in t.ancestors):
            continue  # 'All <event> exhibits': the event's own name, not a programme part
        event = _sibling_parent(ctx, root) or _subject_event(ctx, root) or ctx.event_for_sentence(sent, before=noun)
        # the items listed with it are programme parts too ('includes dialogue sessions,
        # poetry evenings, plays and workshops'), rule list-mates
        mates = (highlights or verb is not None and lemma(verb) in _LIST_VERBS) \
            and sum(_session_noun(c) for c in conjs) >= 2
        if mates:  # earlier items of the list too ('readings, talks with authors and workshops')
            conjs = sorted({root, *root.conjuncts, *conjs}, key=lambda c: c.i)
        for member in conjs + _included_members(ctx, root, verb):
            if member.i in seen:
                continue
            if not _session_noun(member) and not (mates and _plural(member) and _nounish(member)
                                                  and not ctx.is_mention_token(member) and not member.ent_type_
                                                  and not _product(member) and not member.lower_.endswith("ics")):
                continue
            n, toks = _count(member) if member is not noun else (count, num_toks)
            add(member, n, toks, event)
        # 'more than 40 events, including sectional sessions, presentations and meetings of X'
        for prep in noun.children:
            cue = prep.lower_
            if cue == "as" and any(c.lower_ == "such" for c in prep.children):
                cue = "such as"  # 'activities such as seminars': 'such' hangs on 'as'
            if prep.dep_ == "prep" and cue in _LIST_CUES:
                first = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if first is None or not _nounish(first):
                    continue
                # 'side events including a youth forum and a hackathon': singular items, one by one
                single = not _plural(first)
                for member in [first] + [c for c in first.conjuncts if c.i > first.i]:
                    if single and not _singular_item(ctx, member):
                        continue
                    if _nounish(member) and member.i not in seen and not ctx.is_mention_token(member):
                        n, toks = _count(member)
                        add(member, n, toks, event, with_of=True)
    # 'the expo's 12 sub-forums, three matchmaking sessions and ...' tagged 'sub' NNS, 'forums' JJ:
    # a plural programme noun the tagger took for no noun, with a count written before it (counted-group)
    for tok in _session_tokens(doc):
        if tok.i in seen or _nounish(tok) or ctx.is_name_token(tok) or ctx.is_mention_token(tok):
            continue
        word = singularize(tok.lower_)
        if word == tok.lower_ or word not in SESSION_NOUNS or word in ("event", "activity"):
            continue
        n, toks = _surface_count(tok)
        if n is not None:
            add(tok, n, toks, ctx.event_for_sentence(sent_of(tok), before=tok))
    # 'the German Pavilion' (country-pavilion)
    have = {r.label for r, _ in groups}
    groups += [(r, tok) for r, tok in _country_pavilions(ctx, seen) if r.label not in have]
    # an uncounted generic label ('networking sessions' parsed 'networking' a verb: 'session')
    # is dropped at the end: it takes no words from the programme items below
    taken = {i for r, _ in groups if r.span and not _dropped(r) for i in token_range(doc, r.span.start, r.span.end)}
    labels = {r.label for r, _ in groups}

    def add_item(span: Span, label: str) -> None:
        labels.add(label)
        taken.update(range(span.start, span.end))
        event = _of_event(ctx, span[-1]) or ctx.event_for_sentence(sent_of(span), before=span[0])
        head = span[-1] if _plural(span[-1]) else span.root  # the item's last word is its noun
        n, toks = _count(head) if _plural(head) else (None, [])  # '12 parallel sessions'
        where = source_span(doc, min([span.start_char] + [t.idx for t in toks]),
                            max([span.end_char] + [t.idx + len(t.text) for t in toks]))
        groups.append((SessionRecord(event or ctx.main_key or "e0", label, n, _own_topics(span.root), where),
                       span.root))

    for m in finditer_lower(doc, _PROGRAMME_ITEMS):
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None or any(t.i in taken for t in span) or ctx.is_name_token(span[-1]):
            continue
        if span.start > 0 and doc[span.start - 1].text[:1].isupper() and doc[span.start - 1].pos_ == "PROPN":
            continue  # part of a name ("... Award ceremony" of a named event)
        if span.root.dep_ == "conj" and lemma(span.root.head) in EVENT_HEADS and span.root.head.i not in taken \
                and not _plural(span.root.head):
            continue  # "a promotion conference and signing ceremony": the event itself (not 'pitches, site visits')
        if _negated(doc, m.start(), sent_of(span).start_char) or _other_body(ctx, span[-1]) \
                or _PRE_EVENT.match(doc_text(doc), m.end(), sent_of(span).end_char) \
                or _own_meetings(ctx, span.root, _governing_verb(span.root)):
            continue
        words = m.group(0).lower().split()  # as written: only the head noun singular ('awards ceremony')
        label = " ".join(words[:-1] + [singularize(words[-1])])
        if len(words) == 1 and len(span) == 1:
            head = span[0].head
            if span[0].dep_ == "compound" and head.i > span[0].i and singularize(head.lower_) not in SESSION_NOUNS:
                continue  # 'fireworks manufacturers', 'the plenary hall'
            label = _label(span[0])[0]  # 'a high-level plenary': its modifiers as written
        if label in _PRE_EVENT_ITEMS and (_before_event(ctx, span) or _announced_at(ctx, span)):
            continue
        if label not in labels:
            add_item(span, label)
    # 'The Opening Ceremony was held on Monday', 'an Investment Summit on the second day': a
    # capitalized name of generic programme words only is a programme part (titled-programme-part)
    for span in _titled_parts(ctx, taken):
        if _negated(doc, span.start_char, sent_of(span).start_char) or _other_body(ctx, span[-1]) \
                or _PRE_EVENT.match(doc_text(doc), span.end_char, sent_of(span).end_char):
            continue
        label = "".join((w.text if w.text.isupper() else w.lower_) + (" " if w.whitespace_ else "")
                        for w in span[:-1]) + singularize(span[-1].lower_)
        if label in _PRE_EVENT_ITEMS and (_before_event(ctx, span) or _announced_at(ctx, span)):
            continue
        if label not in labels:
            add_item(span, label)
    # 'master classes, a hackathon and site visits' parsed with 'a' on 'visits' and 'hackathon'
    # a modifier of it: the article's own singular noun is a list item of its own (list-mates)
    for r, n in list(groups):
        art = next((c for c in n.children if c.dep_ == "det" and c.lower_ in ("a", "an")), None)
        if art is None or not _plural(n):
            continue
        for t in doc[art.i + 1:n.i]:
            # or the item ends at a comma ('a ministerial roundtable, 30 technical sessions and ...')
            listed = any(c.dep_ == "cc" for c in t.children) and any(c.dep_ == "conj" for c in t.children) \
                or t.i + 1 < n.i and doc[t.i + 1].text == "," and t.dep_ in ("amod", "nmod", "compound")
            if t.dep_ in ("nmod", "compound", "amod") and t.head.i == n.i and not _plural(t) and t.i not in taken \
                    and listed and singularize(t.lower_) in SESSION_NOUNS and not ctx.is_name_token(t):
                label = _label(t)[0]
                if label not in labels:
                    add_item(doc[art.i + 1:t.i + 1], label)
    # 'a series of sub-forums and B2B matchmaking sessions' parsed with 'forums' a modifier of
    # 'sessions' that keeps its 'and': a list item of its own (list-mates)
    for r, n in list(groups):
        for t in n.children:
            if t.dep_ == "nmod" and t.i < n.i and _plural(t) and _session_noun(t) and t.i not in taken \
                    and any(c.dep_ == "cc" and c.i > t.i for c in t.children) and not ctx.is_name_token(t):
                label, start = _label(t)
                if label not in labels:
                    add_item(doc[token_range(doc, start, start + 1).start:t.i + 1], label)
    # 'the opening and closing ceremonies': the first word's item too (rule programme-item)
    for r, n in list(groups):
        k = n.i - 1
        if k >= 2 and doc[k].lower_ in _PAIRED and doc[k - 1].lower_ in ("and", "&") and doc[k - 2].lower_ in _PAIRED:
            first = doc[k - 2].lower_ + " " + singularize(n.lower_)
            if first not in labels and not _negated(doc, doc[k - 2].idx, sent_of(n).start_char):
                add_item(doc[k - 2:n.i + 1], first)
    # 'the opening of the expo', 'during the inauguration of the convention' (opening-of-event)
    low = doc_lower(doc)
    openings = any(w + " of" in low for w in _OPENING_WORDS)
    for m in finditer_lower(doc, _OPENING_RE) if openings else ():
        rng = token_range(doc, m.start(1), m.end(1))
        after = token_range(doc, m.end(), m.end() + 80)
        if not rng or not after or any(i in taken for i in rng):
            continue
        sent = sent_of(doc[rng.start])
        ahead = [doc[i] for i in after if i < sent.end][:10]
        if not any(ctx.is_mention_token(t) or t.lower_ in EVENT_ANAPHORS for t in ahead):
            continue
        if _negated(doc, m.start(), sent.start_char):
            continue
        label = m.group(1).lower()
        if label not in labels:
            add_item(doc[rng.start:rng.stop], label)
    # 'speaking at the opening, the minister said', 'the fair's official opening took place on
    # Monday': the event's own opening, 'the' or the event's possessive before it, nothing after
    for m in finditer_lower(doc, _BARE_OPENING_RE) if "opening" in low or "inauguration" in low else ():
        rng = token_range(doc, m.start(1), m.end(1))
        if not rng or any(i in taken for i in rng):
            continue
        tok = doc[rng.stop - 1]
        det = doc[rng.start - 1] if rng.start > 0 else None
        if tok.pos_ != "NOUN" or tok.dep_ in ("compound", "amod") or det is None or not (
                det.lower_ == "the" or det.dep_ == "case" and det.i > 0
                and (ctx.is_mention_token(doc[det.i - 1]) or doc[det.i - 1].lower_ in EVENT_ANAPHORS)):
            continue
        if _negated(doc, m.start(), sent_of(tok).start_char):
            continue
        label = m.group(1).lower()
        if label not in labels:
            add_item(doc[rng.start:rng.stop], label)
    # 'The programme includes:\n- a ministerial roundtable\n- 30 technical sessions' (bullet-list)
    text = doc_text(doc)
    bullets = _bullet_programme_lines(text) if "\n" in text else []
    for line in bullets + _day_line_items(text):
        rng = token_range(doc, line.start(2), line.end(2))
        if not rng:
            continue  # (a line is an item of its own: a group the parse ran across lines does not take it)
        head = doc[rng.stop - 1]
        if singularize(head.lower_) not in SESSION_NOUNS or ctx.is_name_token(head) or ctx.is_mention_token(head) \
                or _product(head):  # '- Solar panels': a product
            continue
        words = [t for t in doc[rng.start:rng.stop] if not t.like_num and t.lower_ not in _DROP_WORDS]
        if not words or any(w.pos_ in ("VERB", "AUX", "ADP", "PRON") and w is not head for w in words):
            continue
        label = re.sub(r"\s*-\s*", "-", " ".join(
            [w.text if w.text.isupper() else w.lower_ for w in words[:-1]] + [singularize(head.lower_)]))
        k = next((k for k, (r, t) in enumerate(groups) if t.i == head.i), None) if head.i in taken else None
        if k is not None:
            # an item another rule took already ('matchmaking sessions'): its label as the line
            # writes it when that is longer ('3 keynote sessions' parsed 'session'); a group the
            # parse ran across lines does not take the line ('a ministerial roundtable\n- 30 ...')
            if label != groups[k][0].label and label.endswith(" " + groups[k][0].label) and label not in labels:
                r, t = groups[k]
                groups[k] = (SessionRecord(r.event, label, r.count, r.topics, r.span), t)
                labels.add(label)
            continue
        if label in labels or (label in _GENERIC and not line.group(1)):
            continue
        span = doc[rng.start:rng.stop]
        add_item(span, label)
        if line.group(1):  # '30 technical sessions': the count of the line
            rec, tok = groups[-1]
            value = parse_number(line.group(1))
            if value is not None and float(value).is_integer() and value >= 1:
                where = source_span(doc, line.start(1), line.end(2))
                groups[-1] = (SessionRecord(rec.event, rec.label, int(value), rec.topics, where), tok)
    # 'Sessions: 45', 'Conferences | 120': a key-figure line of a fact sheet (key-figure-line)
    for m in _KEY_FIGURE_RE.finditer(text) if _KEY_FIGURE_HINT.search(text) else ():
        rng = token_range(doc, m.start(1), m.end(1))
        value = parse_number(m.group(2).replace(",", ""))
        if not rng or value is None or not float(value).is_integer() or value < 1 or any(i in taken for i in rng):
            continue
        head = doc[rng.stop - 1]
        words = m.group(1).split()
        if not _plural(head) and not words[-1].lower().endswith("s") or ctx.is_name_token(head) or _product(head):
            continue
        label = " ".join([w if w.isupper() else w.lower() for w in words[:-1]] + [singularize(words[-1].lower())])
        if singularize(words[-1].lower()) not in SESSION_NOUNS or label in labels:
            continue
        add_item(doc[rng.start:rng.stop], label)
        rec, tok = groups[-1]
        groups[-1] = (SessionRecord(rec.event, rec.label, int(value), rec.topics,
                                    source_span(doc, m.start(1), m.end(2))), tok)
    # 'Its programme includes a short film competition, masterclasses with directors and ...' read
    # off the text where the parse lost the list (text-programme-list)
    for item, label, n in _text_programme_items(ctx, taken, labels):
        add_item(item, label)
        if n is not None:
            rec, tok = groups[-1]
            groups[-1] = (SessionRecord(rec.event, rec.label, n, rec.topics, rec.span), tok)
    # 'In addition to the main forum, ...' (in-addition-to)
    besides = any(w in low for w in RULES["in-addition-to"]["cues"])
    for m in finditer_lower(doc, _BESIDES_RE) if besides else ():
        rng = token_range(doc, m.end(), m.end() + 1)
        if not rng:
            continue
        head = doc[rng.start]
        while head.dep_ in ("amod", "compound", "nmod") and head.head.i > head.i:
            head = head.head
        if head.i == rng.start or head.i in seen or ctx.is_name_token(head) or head.pos_ not in ("NOUN", "ADJ"):
            continue
        if not (singularize(head.lower_) in SESSION_NOUNS or head.lower_ in EVENT_HEADS):
            continue
        n, toks = _count(head)
        add(head, n, toks, ctx.event_for_sentence(sent_of(head), before=head))
    # another edition's programme, an exhibitor's own stand (other-edition, exhibitor-stand)
    profiles = _profile_starts(ctx)  # an 'About <organiser>' section (organizer-profile)
    groups = [(r, n) for r, n in groups if not _other_edition(ctx, n) and not _at_own_stand(n)
              and not _other_host(ctx, n) and not _organizer_portfolio(ctx, n)
              and not _official_talks(ctx, n) and not any(a <= n.idx < b for a, b in profiles)]
    # topics from later sentences about a group: "the special meetings mainly cover ..."
    subjects: dict[str, list[Token]] = {}
    if groups:
        heads = {lemma(n) for _, n in groups}
        for tok in tokens_matching(doc, word_pattern({w for h in heads for w in (h, h + "s", h + "es")})):
            if tok.dep_ in ("nsubj", "nsubjpass") and lemma(tok) in heads:
                subjects.setdefault(lemma(tok), []).append(tok)
    out = []
    for rec, noun in groups:
        topics = list(rec.topics)
        head = lemma(noun)
        for tok in [noun] + subjects.get(head, []):
            if tok.i < noun.i or (tok.i == noun.i and topics):
                continue
            if tok.i != noun.i and _plural(noun) and not _plural(tok) \
                    and not any(c.lower_ in ("each", "every") for c in tok.children):
                continue  # 'meetings of A ... The upcoming meeting will discuss B': one meeting, another
            verb = tok.head
            at = topic_verb_object(verb) if verb.pos_ == "VERB" else None
            if at is None and lemma(verb) in _TOPIC_VERBS and not any(c.dep_ == "agent" for c in verb.children):
                at = verb.idx + len(verb.text)  # not 'were addressed by Dr X': who spoke
            if at is None and verb.pos_ in ("VERB", "AUX"):
                # 'five conferences will be held on the sidelines, dealing with A, B and C'
                part = next((c for c in verb.children if c.dep_ in ("advcl", "xcomp") and c.tag_ == "VBG"
                             and c.i > tok.i and topic_verb_object(c) is not None), None)
                if part is not None:
                    verb, at = part, topic_verb_object(part)
            if at is None and tok is noun and verb.pos_ == "VERB" and lemma(verb) in _HELD_ON["verbs"] \
                    and tok.dep_ in ("nsubjpass", "dobj"):
                # 'workshops will be held on export finance' (rule held-on): what they are on, not when
                prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("on", "about")
                             and c.i > tok.i), None)
                obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
                if obj is not None and obj.pos_ in ("NOUN", "PROPN") and lemma(obj) not in _HELD_ON["not_topics"] \
                        and obj.ent_type_ not in ("DATE", "TIME", "CARDINAL", "ORDINAL", "GPE", "LOC", "FAC", "EVENT") \
                        and not any(t.like_num for t in obj.subtree) and not ctx.is_mention_token(obj):
                    at = prep.idx + len(prep.text)
            if at is not None and at > tok.idx:
                # the group's own sentence: to its end (parses often cut a list short at a
                # noun taken for the root); the list's own stop words end it earlier
                end = sent_of(noun).end_char if tok is noun else verb_scope_end(verb)
                topics.extend(topic_records(doc_text(doc)[at:end], at, doc_text(doc), doc))
        out.append(SessionRecord(rec.event, rec.label, rec.count, tuple(topics), rec.span))
    # an uncounted label that is only a generic word ('various events') is no programme part
    # nor one whose noun names a programme part only with a count ('educational activities')
    kept = [g for g in _merge_repeats(out) if not _dropped(g)]
    # 'Side events include a finance seminar and a matching programme': an item that is a
    # programme part of its own is no topic of the group as well (rule list-mates)
    parts = {(g.label.lower(), g.span.start) for g in kept if g.span is not None}
    starts = sorted(g.span.start for g in kept if g.span is not None)
    out = []
    for g in kept:
        topics = []
        for t in g.topics:
            if t.span is not None and (t.label.lower(), t.span.start) in parts:
                continue
            t = _before_next_part(doc, t, starts)
            if t is not None:
                topics.append(t)
        out.append(g if tuple(topics) == g.topics else SessionRecord(g.event, g.label, g.count, tuple(topics), g.span))
    return out


_PART_JOINER = re.compile(r"(?:\s*,)?\s*(?:\band\b|\bor\b|\bas well as\b)?\s*(?:\b(?:an?|the)\s*)?$", re.I)


def _before_next_part(doc, topic: TopicRecord, starts: list[int]) -> TopicRecord | None:
    """'a seminar on soil health and a workshop about drones': a group's topic ends where the
    next programme part of the list starts ('soil health', not '... and a workshop about drones')."""
    if topic.span is None:
        return topic
    cut = next((a for a in starts if topic.span.start < a < topic.span.end), None)
    if cut is None:
        return topic
    text = _PART_JOINER.sub("", doc_text(doc)[topic.span.start:cut])
    if not text.strip():
        return None
    return TopicRecord(text, source_span(doc, topic.span.start, topic.span.start + len(text)))


_TITLED = RULES["titled-programme-part"]
_TITLED_WORDS = frozenset(w.lower() for w in _TITLED["cues"])
_TITLED_HEADS = frozenset(_TITLED["heads"])


def _titled_word(tok: Token) -> bool:
    low = tok.lower_
    return is_titlecase(tok) and (low in _TITLED_WORDS or singularize(low) in _TITLED_WORDS)


@lru_cache(maxsize=65536)
def _titled_head(low: str) -> bool:
    """``singularize(low) in _TITLED_HEADS``, remembered per lower-case word."""
    return singularize(low) in _TITLED_HEADS


def _titled_parts(ctx: Context, taken: set[int]) -> list[Span]:
    """Capitalized runs of generic programme words ending in a programme head ('Opening
    Ceremony', 'Awards Night', 'B2B Matchmaking Session') that are no event's name nor part of a
    longer name: no proper word or number right before or after them, no 'of' + a name that is
    no event after them ('the Business Forum of Kenya') (rule titled-programme-part)."""
    doc = ctx.doc
    toks = doc_tokens(doc)
    out = []
    text, starts = doc_text(doc), _token_offsets(doc)[0]
    # (a token's first character read off the text at its offset, not off a new string per token)
    for tok in [toks[i] for i, at in enumerate(starts) if text[at].isupper()]:
        if not _titled_head(tok.lower_) or not _titled_word(tok) \
                or tok.i in taken or ctx.is_mention_token(tok):
            continue
        if tok.i + 1 < len(doc) and toks[tok.i + 1].text[:1].isupper() and _titled_word(toks[tok.i + 1]):
            continue  # not the run's last word ('Plenary Session', at 'Plenary')
        sent = sent_of(tok)
        start, n = tok.i, 1
        while start - 1 >= sent.start:
            prev = toks[start - 1]
            if _titled_word(prev):
                start, n = start - 1, n + 1
            elif prev.text in ("-", "\u2013") and not prev.whitespace_ and start - 2 >= sent.start \
                    and not toks[start - 2].whitespace_ and _titled_word(toks[start - 2]):
                start -= 1
            else:
                break
        if n < 2 or any(i in taken or ctx.is_mention_token(toks[i]) for i in range(start, tok.i + 1)):
            continue
        if start > sent.start:
            prev = toks[start - 1]
            if prev.like_num or is_titlecase(prev) and prev.is_alpha and prev.pos_ in ("PROPN", "NOUN", "ADJ", "X") \
                    or prev.text in ("-", "\u2013") and not prev.whitespace_:
                continue  # 'the Asia Pacific Opening Summit', '2025 Business Forum': a longer name
        j = tok.i + 1
        if j < len(doc):
            nxt = toks[j]
            if nxt.like_num or is_titlecase(nxt) and nxt.is_alpha and nxt.pos_ in ("PROPN", "NOUN", "ADJ", "X") \
                    or nxt.text in ("-", "\u2013") and not tok.whitespace_:
                continue  # 'Business Forum 2025', 'Business Forum Asia'
            if nxt.text == "(" and j + 1 < len(doc) and toks[j + 1].text[:1].isupper():
                continue  # 'Business Forum (BFX)': an acronym of its own
            if nxt.lower_ in ("of", "for", "on"):
                k = j + 1
                while k < len(doc) and toks[k].pos_ == "DET":
                    k += 1
                if k < len(doc) and is_titlecase(toks[k]) and not ctx.is_mention_token(toks[k]):
                    continue  # 'the Business Forum of Kenya': a name of its own
        out.append(doc[start:tok.i + 1])
    return out


def _dropped(g: SessionRecord) -> bool:
    """An uncounted label that is only a generic word, or whose noun is a programme part only
    with a count ('educational activities'): no programme part."""
    return g.count is None and (g.label in _GENERIC or singularize(g.label.split()[-1]) in _COUNTED_ONLY)


def _merge_repeats(groups: list[SessionRecord]) -> list[SessionRecord]:
    """A group named twice ('6 special meetings ... the special meetings') is one group: the
    first count given, the topics of both."""
    merged: dict[tuple[str, str], SessionRecord] = {}
    for g in groups:
        key = (g.event, g.label)
        if key not in merged:
            merged[key] = g
            continue
        first = merged[key]
        labels = {t.label for t in first.topics}
        topics = first.topics + tuple(t for t in g.topics if t.label not in labels)
        merged[key] = SessionRecord(first.event, first.label, first.count if first.count is not None else g.count,
                                    topics, first.span)
    return list(merged.values())


__all__ = ["extract_sessions", "small_cardinal", "Span"]
