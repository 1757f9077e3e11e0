"""Events named without an event word: brands and acronyms ("Innoprom-2017", "ADIHEX",
"Gitex Global", "Hannover Messe").

Such a name is an event when the release treats it as one: it is written with a year
("Innoprom-2017", "gamescom 2015"), or the headline names it and the body comes back to it
in an event's place in the sentence (the subject of "opened", "is held", "runs"; the object
of "attend", "visit", "at"; "X is the largest exhibition", "X, the annual show"). An acronym
written in brackets after an event's name ("... Exhibition (ADIHEX)") is that event when
used alone later, and so is an acronym of its name's initials; an acronym with a year
("WAS 2025", "XYZ'26") is a mention when repeated or in the headline. The cue words are
data: ``rules/events.json``.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from kg.extract.common import ascii_capital_tokens, doc_text, doc_tokens, is_titlecase, lemma, ordinal_value, token_range, sent_of, span_text
from kg.extract.context import Context
from kg.extract.event_dates import writes_day_date
from kg.extract.lexicon import EVENT_HEADS, ORG_WORDS, VENUE_WORDS
from kg.extract.rules import load_rules
from kg.normalize.dates import MONTHS
from kg.normalize.places import lookup_place
from kg.pipeline import patterns

_RULES = {r["name"]: r for r in load_rules("events")["rules"]}
_SUBJECT_VERBS = frozenset(_RULES["brand-in-event-position"]["subject_of"])
_OBJECT_VERBS = frozenset(_RULES["brand-in-event-position"]["object_of"])
_PREPS = frozenset(_RULES["brand-in-event-position"]["after"])
_NOUN_OF = frozenset(_RULES["brand-in-event-position"]["noun_of"])
#: "Tarsa launched the Korvo 12": with an object these verbs make their subject the doer
_AGENT_IF_OBJECT = frozenset(_RULES["brand-in-event-position"]["agent_if_object"])
_EVENT_OBJECTS = frozenset(_RULES["brand-in-event-position"]["event_objects"])
_SUFFIXES = frozenset(_RULES["brand-suffix"]["cues"])
#: without the headline's word, only these event positions count (not 'at X', 'X hosted ...')
_STRICT_NOT_VERBS = frozenset(_RULES["brand-without-headline"]["not_verbs"])
_STRICT_NOT_PREPS = frozenset(_RULES["brand-without-headline"]["not_after"])
#: a last resort when nothing else names an event: a brand as the subject of one of these verbs
#: in a lead sentence that gives a day's date ('GITEX Africa returns to Marrakech from April 14 to 16')
_DATED_VERBS = frozenset(_RULES["brand-with-a-date"]["cues"])
_DATED_LEAD_SENTENCES = int(_RULES["brand-with-a-date"]["lead_sentences"])
_HYPHEN_YEAR = patterns.compile(r"^[A-Z][\w&]*[A-Za-z]-(?:19|20)\d\d$")
_HYPHEN_YEAR_IN_TEXT = patterns.compile(r"(?<![\w-])[A-Z][\w&]*[A-Za-z]-(?:19|20)\d\d(?![\w-])")
_NOT_BRAND_ENTS = frozenset({"PERSON", "GPE", "LOC", "NORP", "DATE", "TIME", "MONEY", "PERCENT", "QUANTITY",
                             "CARDINAL", "ORDINAL", "LANGUAGE", "LAW"})
Raw = tuple[int, int, str, bool]
#: "the festival", "this year's show": the release refers back to an event it named
_ANAPHOR = re.compile(r"\b(?:[Tt]he|[Tt]his(?: year['’]s)?)\s+(?:" + "|".join(
    sorted({h for h, k in EVENT_HEADS.items() if not h.endswith("s") and k != "event"}, key=lambda h: (-len(h), h))) + r")\b")


def hyphen_year_mentions(doc: Doc) -> list[Raw]:
    """'Innoprom-2017': a brand and its year written as one word."""
    out: list[Raw] = []
    toks = doc_tokens(doc)
    text = doc_text(doc)
    if "-19" not in text and "-20" not in text:
        return out  # (every match writes a hyphen and then the year)
    for m in _HYPHEN_YEAR_IN_TEXT.finditer(text):
        at = token_range(doc, m.start(), m.end())
        if len(at) != 1:
            continue
        t = toks[at[0]]
        if _HYPHEN_YEAR.match(t.text) and t.ent_type_ not in ("DATE", "PERSON") and lookup_place(t.text) is None:
            out.append((t.i, t.i + 1, "event", False))
    return out


_APOSTROPHE_YEAR = re.compile(r"^([A-Z][\w&]*[A-Za-z])['’](\d\d)$")
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&]{1,7}$")
_FOUR_DIGIT_YEAR = re.compile(r"^(?:19|20)\d\d$")
#: "WAS2025", "GITEX2025": an acronym with its year written on (no space, no hyphen)
_GLUED_YEAR = patterns.compile(r"^([A-Z][A-Z&]{1,7})((?:19|20)\d\d)$")


def strip_glued_year(text: str) -> str:
    """'WAS2025' -> 'WAS' (an acronym with its year written on); anything else as it is."""
    m = _GLUED_YEAR.match(text)
    return m.group(1) if m else text


def _acronym(tok: Token) -> bool:
    """'WAS', 'AITF': two to eight capitals (the tagger may call one a verb or a place), no
    place the gazetteer knows, no person, and not a word of a sentence written in capitals."""
    if not _ACRONYM.match(tok.text) or sum(c.isupper() for c in tok.text) < 2 or tok.ent_type_ == "PERSON" \
            or tok.pos_ == "PRON":  # "IT"
        return False
    return not _capitals_sentence(sent_of(tok)) and lookup_place(tok.text) is None


def _capitals_sentence(sent: Span) -> bool:
    """A sentence with a third or more of its words in capitals (once per sentence)."""
    found = sent.doc.user_data.setdefault("ekg_capitals", {})
    key = (sent.start, sent.end)
    caps = found.get(key)
    if caps is None:
        toks = doc_tokens(sent.doc)[sent.start:sent.end]  # (iterating the Span makes a new Token per word)
        capitals = sum(t.is_alpha and t.is_upper and len(t.text) > 1 for t in toks)
        caps = found[key] = not 3 * capitals < max(sum(t.is_alpha for t in toks), 1)
    return caps


def _key(text: str) -> str:
    return re.sub(r"\s+(?=['’])", "", text).replace("’", "'").lower()


def acronym_year_mentions(doc: Doc, title: str, taken: set[int]) -> list[Raw]:
    """'WAS 2025', "XYZ'26", "XYZ '26", "Gitex'26": an acronym with a year, or a brand with a
    two-digit year after an apostrophe, that the release writes at least twice or the headline
    names (once in passing, 'ABC 2025 targets', it is no event)."""
    toks = doc_tokens(doc)
    found: list[tuple[int, int]] = []
    for i in ascii_capital_tokens(doc):  # each form below starts with a capital A-Z
        if i in taken:
            continue
        t = toks[i]
        text = t.text
        second = text[1:2]
        if not ("A" <= second <= "Z" or "0" <= second <= "9" or second == "&" or "'" in text or "’" in text):
            continue  # 'The', 'Expo': no acronym (a second capital, digit or '&'), no apostrophe: no form below
        if _GLUED_YEAR.match(text) and not sent_of(t).text.isupper():  # (no person, whatever the tagger says)
            found.append((t.i, t.i + 1))  # "WAS2025"
            continue
        m = _APOSTROPHE_YEAR.match(text)
        if m:
            if t.ent_type_ not in ("PERSON", "DATE") and lookup_place(m.group(1)) is None:
                found.append((t.i, t.i + 1))
            continue
        if not _acronym(t) or t.i + 1 >= len(toks) or t.i + 1 in taken or t.whitespace_ == "":
            continue
        nxt = toks[t.i + 1]
        if _FOUR_DIGIT_YEAR.match(nxt.text) and not (t.i + 2 < len(toks) and toks[t.i + 2].text in ("-", "–", "/")):
            found.append((t.i, t.i + 2))  # (not "ABC 2025-2030": a plan's period)
        elif nxt.text in ("'", "’") and not nxt.whitespace_ and t.i + 2 < len(toks) \
                and re.fullmatch(r"\d\d", toks[t.i + 2].text):
            found.append((t.i, t.i + 3))
    headline = " " + _key(re.sub(r"[^\w&'’]+", " ", title)) + " "
    keys = [_key(doc[s:e].text) for s, e in found]
    return [(s, e, "event", False) for (s, e), k in zip(found, keys) if keys.count(k) >= 2 or f" {k} " in headline]


def initials_of(name: str) -> set[str]:
    """'World AI Show' -> {'WAS', 'WAIS'}; 'Forum of Arab Youth' -> {'FAY', 'FOAY'}: the
    acronyms a name's words give (first letters, or a short all-capitals word whole; with or
    without its inner words), years and ordinals left out."""
    words = [w for w in re.findall(r"[\w&]+", name) if not re.fullmatch(r"(?:19|20)\d\d|\d+(?:st|nd|rd|th)?", w)]
    if len(words) < 2:
        return set()
    out = set()
    for inner in (False, True):
        for whole in (False, True):
            letters = "".join(w if whole and w.isupper() and len(w) <= 3 else w[0] for w in words
                              if w[0].isupper() or (inner and w.lower() in ("of", "and", "for", "on", "in")))
            out.add(letters.upper().replace("&", ""))
    return {a for a in out if len(a) >= 2}


def _brand_token(tok: Token) -> bool:
    """A word that can be (part of) a brand: a proper noun or acronym, not a person, date or
    number, and not a place the gazetteer knows (the small model calls many brands GPE)."""
    lower_brand = tok.pos_ == "PROPN" and tok.is_lower and len(tok.text) > 3 and not tok.is_stop  # "gamescom"
    if not (((tok.pos_ == "PROPN" or tok.text.isupper()) and is_titlecase(tok) or lower_brand)
            and tok.is_alpha and len(tok.text) > 1):
        return False
    if tok.ent_type_ in ("GPE", "LOC"):
        return lookup_place(tok.text) is None
    return tok.ent_type_ == "PERSON" or tok.ent_type_ not in _NOT_BRAND_ENTS  # persons: by majority, below


def _place_word(tok: Token) -> bool:
    """'Cannes' in 'Cannes Lions': a known place that may open a brand's name."""
    return tok.ent_type_ in ("GPE", "LOC") and tok.text[:1].isupper() and tok.is_alpha


def _runs(doc: Doc, taken: set[int]) -> list[tuple[int, int]]:
    """Maximal runs of proper-noun tokens that are no person, place or date, outside known
    event names; a run ending in an organization, venue or event word is not a brand."""
    out, i, toks = [], 0, doc_tokens(doc)
    # "Cityscape opened ... exhibit at Cityscape": a brand that is also an English word the
    # tagger makes a common noun in one place and a proper noun in another is a name in both
    names = {t.text for t in toks if t.pos_ == "PROPN" and is_titlecase(t) and t.is_alpha and len(t.text) > 3
             and t.i != sent_of(t).start and not t.is_stop}

    def brand(tok: Token) -> bool:
        return _brand_token(tok) or (tok.pos_ == "NOUN" and tok.text in names and tok.ent_type_ not in _NOT_BRAND_ENTS)

    while i < len(toks):
        if i in taken or not (brand(toks[i]) or _place_word(toks[i])):
            i += 1
            continue
        j = i
        while j < len(toks) and j not in taken and (brand(toks[j]) or _place_word(toks[j])
                                                     or toks[j].lower_ in _SUFFIXES and is_titlecase(toks[j])) \
                and sent_of(toks[j]).start == sent_of(toks[i]).start:
            j += 1
        if not any(brand(t) for t in toks[i:j]):
            i = j  # places only ("Cape Town"): no brand
            continue
        last = toks[j - 1].lower_
        if j < len(toks) and toks[j].like_num and not re.fullmatch(r"(?:19|20)\d\d", toks[j].text):
            i = j  # "KSh 1.3 billion", "SAR 9.4": a currency or unit, not a brand
            continue
        if i == sent_of(toks[i]).start and toks[i].pos_ != "PROPN" and not toks[i].text.isupper() \
                and toks[i].text not in names:
            pass  # a capital that only starts the sentence
        elif (last in _SUFFIXES and j - i > 1) or (last not in ORG_WORDS and last not in VENUE_WORDS
                                                   and last not in EVENT_HEADS):
            out.append((i, j))
        i = j
    return out


def _event_position(span: Span, strict: bool = False) -> str | None:
    """The kind of event the sentence makes of this name ('event' when it only puts it where
    events go), or None when it does not. ``strict``: only where a company's name does not
    go as well ('X opened on Monday', 'X is held', 'attend X', 'during X'; not 'X opened an
    office', 'X hosted', 'at X')."""
    root = span[-1]
    for child in root.children:  # "X, the annual trade show, ..."
        if child.dep_ == "appos" and child.lower_ in EVENT_HEADS:
            return EVENT_HEADS[child.lower_]
    if root.dep_ == "appos" and root.head.lower_ in EVENT_HEADS:
        return EVENT_HEADS[root.head.lower_]
    head = root.head
    if root.dep_ in ("nsubj", "nsubjpass"):
        if lemma(head) == "be":  # "X is the largest exhibition of its kind"
            attr = next((c for c in head.children if c.dep_ == "attr"), None)
            if attr is not None and attr.lower_ in EVENT_HEADS:
                return EVENT_HEADS[attr.lower_]
            return None
        if strict and (lemma(head) in _STRICT_NOT_VERBS or any(c.dep_ in ("dobj", "attr") for c in head.children)):
            return None
        if lemma(head) in _AGENT_IF_OBJECT and any(c.dep_ == "dobj" and c.lower_ not in _EVENT_OBJECTS
                                                   for c in head.children):
            return None  # "Tarsa launched the Korvo 12", "X opened an office" (not "X opened its doors")
        return "event" if lemma(head) in _SUBJECT_VERBS else None
    if root.dep_ == "dobj" and lemma(head) in _OBJECT_VERBS and not (strict and lemma(head) in _STRICT_NOT_VERBS):
        return "event"
    if root.dep_ == "pobj" and (head.lower_ in _PREPS and not (strict and head.lower_ in _STRICT_NOT_PREPS)
                                or head.lower_ in ("of", "to") and head.head.lower_ in _NOUN_OF):
        return "event"
    return None


def _after_ordinal(doc: Doc, start: int) -> bool:
    """'The 12th Korvo', "this year's third Korvo": an edition ordinal right before a name."""
    toks = doc_tokens(doc)
    if start < 1 or ordinal_value(toks[start - 1].text) is None or start - 1 < sent_of(toks[start - 1]).start:
        return False
    before = start - 2
    return before < sent_of(toks[start - 1]).start or toks[before].lower_ in ("the", "its", "this", "their") \
        or toks[before].tag_ == "POS"


def named_brand_mentions(ctx: Context, taken: set[int]) -> list[Raw]:
    """Mentions of a brand-named event the headline does not name: a proper name that ends in
    a brand suffix ('Tarsa Messe', 'Vexara Global') or follows an edition ordinal ('the 12th
    Korvo'), written at least twice (however the recognizer tags each), once where only an
    event goes (:func:`_event_position`, strict). A phrase with no proper noun never is."""
    doc, text = ctx.doc, doc_text(ctx.doc)
    toks = doc_tokens(doc)
    out: list[Raw] = []
    seen: set[str] = set()
    for s, e in _runs(doc, taken):
        suffixed = e - s > 1 and toks[e - 1].lower_ in _SUFFIXES
        if not (suffixed or _after_ordinal(doc, s)) or not any(toks[k].pos_ == "PROPN" for k in range(s, e)):
            continue
        name = doc[s:e].text
        if name in seen or all(lookup_place(t.text) for t in doc[s:e]):
            continue
        seen.add(name)
        occ = []
        for m in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text):
            span = doc.char_span(m.start(), m.end())
            if span is None or any(i in taken for i in range(span.start, span.end)):
                continue
            nxt = toks[span.end] if span.end < len(doc) else None
            if nxt is not None and is_titlecase(nxt) and nxt.pos_ in ("PROPN", "NOUN"):
                continue  # part of a longer name ("Tarsa Global Holdings")
            occ.append((span.start, span.end))
        if len(occ) < 2 or not suffixed and 2 * sum(toks[a].ent_type_ == "PERSON" for a, _ in occ) > len(occ):
            continue
        kinds = [k for a, b in occ if (k := _event_position(doc[a:b], strict=True) or ("event" if _after_ordinal(doc, a) else None))]
        if kinds:
            kind = next((k for k in kinds if k != "event"), "event")
            out.extend((a, b, kind, False) for a, b in occ)
    return out


def brand_mentions(ctx: Context, taken: set[int]) -> list[Raw]:
    """Mentions of a brand-named event: a proper name in the headline that the body names at
    least twice, once where events go in a sentence (see :func:`_event_position`)."""
    title = ctx.document.title or ctx.result.source.headline or ""
    title_words = {w.lower() for w in re.findall(r"[\w&]+", title)}
    if not title_words:
        return []
    # "NEW PRODUCTS ..." under "New products on show": a word the headline writes in lower
    # case is a common word, not part of a name (unless the body's tagger makes it a proper
    # noun as written: "gamescom")
    common = {w for w in re.findall(r"[\w&]+", title)[1:] if w[:1].islower()} - {
        t.text for t in doc_tokens(ctx.doc) if t.text[:1].islower() and t.pos_ == "PROPN"}
    doc = ctx.doc
    toks = doc_tokens(doc)
    groups: dict[str, list[tuple[int, int]]] = {}
    for s, e in _runs(doc, taken):
        while s < e and toks[s].lower_ not in title_words:
            s += 1  # "African Mining Indaba" under the headline "Mining Indaba kicks off": the part it names
        words = [t.text for t in doc[s:e]]
        if words and all(w.lower() in title_words for w in words) and not all(lookup_place(w) for w in words) \
                and not any(w.lower() in common for w in words):
            groups.setdefault(" ".join(words).lower(), []).append((s, e))
    out: list[Raw] = []
    referred = bool(_ANAPHOR.search(doc_text(doc)))
    for spans in groups.values():
        persons = sum(toks[s].ent_type_ == "PERSON" for s, _ in spans)
        ordinal = any(_after_ordinal(doc, s) for s, _ in spans)  # "The 12th Korvo" under "12th Korvo opens"
        if (len(spans) < 2 and not referred and not ordinal) or 2 * persons > len(spans):
            continue  # once and never referred to ("the festival"), or mostly a person
        kinds = [k for k in (_event_position(doc[s:e]) or ("event" if _after_ordinal(doc, s) else None)
                             for s, e in spans) if k]
        if kinds:
            kind = next((k for k in kinds if k != "event"), "event")
            out.extend((s, e, kind, False) for s, e in spans)
    return out


def event_acronyms(doc: Doc, spans: list[tuple[int, int]]) -> set[str]:
    """'the ... Exhibition (ADIHEX)': acronyms in brackets right after one of ``spans``."""
    toks = doc_tokens(doc)
    found = set()
    for _s, e in spans:
        if e + 2 >= len(toks) or toks[e].text != "(":
            continue
        close = e + 2 if toks[e + 2].text == ")" else e + 3  # "(WAS 2025)": the acronym with its year
        if close != e + 2 and not (close < len(toks) and toks[close].text == ")" and _FOUR_DIGIT_YEAR.match(toks[e + 2].text)):
            continue
        word = re.sub(r"(?:-(?:19|20)\d\d|['’]\d\d)$", "", strip_glued_year(toks[e + 1].text))  # "(AITF-2025)", "(XYZ'26)", "(WAS2025)"
        if re.fullmatch(r"[A-Z][A-Za-z&]{1,9}", word) and sum(c.isupper() for c in word) >= 2:
            found.add(word)
    return found


def acronym_mentions(doc: Doc, acronyms: set[str], taken: set[int]) -> list[tuple[int, int]]:
    """Wherever one of an event's ``acronyms`` is used ('ADIHEX is the largest ...')."""
    if not acronyms:
        return []
    return [(t.i, t.i + 1) for t in doc_tokens(doc) if strip_glued_year(t.text) in acronyms and t.i not in taken]


def _day_date(sent: Span) -> bool:
    """Does a sentence give a day's date ('from April 14 to 16', 'on 3 March', '9-10 September')?
    A date the event's own date reader finds (:func:`event_dates.writes_day_date`), or a DATE
    entity with a month name and a day number."""
    if writes_day_date(span_text(sent)):
        return True
    for ent in sent.ents:
        if ent.label_ != "DATE":
            continue
        words = [t.lower_.rstrip(".") for t in ent]
        if any(w in MONTHS for w in words) and any(t.like_num and t.text.isdigit() and 1 <= int(t.text) <= 31
                                                          for t in ent):
            return True
    return False


_GATHERING_NOUNS = frozenset(_RULES["brand-with-a-date"]["appositive_nouns"])
_ANAPHOR_DETERMINERS = frozenset(_RULES["brand-with-a-date"]["anaphor_determiners"])


def _anaphor_verb(span: Span) -> Token | None:
    """The verb of happening of 'the show' when ``span`` stands where an event goes in the same
    sentence ('Organisers of Packvex Asia confirmed that the show will take place ...', 'Ahead
    of Korvix Live, the organisers said the event opens on 9 May'): the name is what the
    anaphor refers back to. None otherwise."""
    if _event_position(span) is None:
        return None
    for tok in sent_of(span.root):
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.lower_ in EVENT_HEADS and not tok.lower_.endswith("s") \
                and any(c.dep_ in ("det", "poss") and c.lower_ in _ANAPHOR_DETERMINERS for c in tok.children) \
                and lemma(tok.head) in _DATED_VERBS:
            return tok.head
    return None


def dated_brand_mentions(ctx: Context, taken: set[int]) -> list[Raw]:
    """The last resort when no event is named any other way (rule brand-with-a-date): a
    proper name that is the subject of a verb of happening ('returns', 'opens', 'takes place')
    in one of the first sentences of the body, which also gives a day's date. Not a person or
    a place; every later mention of the same words counts too. Without it the whole release
    is lost ('no event found')."""
    doc = ctx.doc
    toks = doc_tokens(doc)
    sents = list(doc.sents)[:_DATED_LEAD_SENTENCES]
    if not sents:
        return []
    end = sents[-1].end
    for s, e in _runs(doc, taken):
        if s >= end:
            break
        span = doc[s:e]
        root = span.root
        # its verb: the one it is the subject of, or the verb right after it (a dateline before
        # the name often breaks the parse: "CAIRO, May 2 -- KORVATEX MENA kicks off ...")
        subject = root.head if root.dep_ == "appos" and root.head.dep_ in ("nsubj", "nsubjpass") else root
        # ("The region's biggest farm gathering, Vexora Agri, returns ...": in apposition to it)
        verb = subject.head if subject.dep_ in ("nsubj", "nsubjpass") else (
            toks[e] if e < len(toks) and toks[e].pos_ in ("VERB", "AUX") else None)
        if verb is None and e + 1 < len(toks) and toks[e].text == "," and toks[e + 1].tag_ in ("VBG", "VBN"):
            # "Registration is open for Vexora Live, taking place on 9-10 September": a participle
            # of happening right after the name, in whatever clause the parser hangs it on
            verb = toks[e + 1]
        if verb is None or lemma(verb) not in _DATED_VERBS:
            # "Organisers of Packvex Asia confirmed that the show will take place on 16-18 June":
            # the name where an event goes, and the event's verb on an anaphor of the same sentence
            verb = _anaphor_verb(span)
        if verb is None or lemma(verb) not in _DATED_VERBS \
                or any(c.dep_ in ("dobj", "attr") and c.lower_ not in _EVENT_OBJECTS for c in verb.children):
            continue
        branded = any(t.text.isupper() and len(t.text) > 1 or _place_word(t) or lookup_place(t.text) is not None
                      or t.lower_ in _SUFFIXES for t in span)  # 'Vexora Africa', tagged a person
        # "Quollar Con, the world's largest gathering of ...": an appositive event noun says what it is
        branded = branded or any(c.dep_ == "appos" and (c.lower_ in EVENT_HEADS or c.lower_ in _GATHERING_NOUNS)
                                 for c in root.children)
        if any(t.ent_type_ == "PERSON" for t in span) and not branded or all(lookup_place(t.text) for t in span) \
                or not any(t.pos_ == "PROPN" or t.text.isupper() for t in span) or not _day_date(sent_of(verb)):
            continue
        name = re.escape(span.text)
        out: list[Raw] = [(s, e, "event", False)]
        for m in re.finditer(r"(?<![\w-])" + name + r"(?![\w-])", doc_text(doc)):
            other = doc.char_span(m.start(), m.end())
            if other is not None and other.start != s and not any(i in taken for i in range(other.start, other.end)):
                out.append((other.start, other.end, "event", False))
        return out
    return []
