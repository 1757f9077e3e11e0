"""Finding figures in a Doc: candidate starts, shapes, fractions and the figure list of a document."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.extract.common import doc_text, doc_tokens, governing_verb, lemma, sent_of, token_range
from kg.extract.context import Context
from kg.extract.figures import cues, shape_matches
from kg.extract.lexicon import CHANGE_WORDS, DURATION_NOUNS, EVENT_HEADS
from kg.normalize.numbers import (
    fraction_percent,
    parse_multiple,
    parse_number,
    ratio_percent,
)
from kg.normalize.units import currency_prefix, split_unit
from kg.extract.statistics.base import (
    A_SCALES,
    DOT_GROUPED,
    FRACTION_WORDS,
    Figure,
    GLUED_PERCENT,
    REPORTING_VERBS,
    SCALES,
    SYMBOLS,
    UNITS_OF_MEASURE,
    YEAR,
)
from kg.extract.statistics.tokens import (
    is_number_token,
    qualifier_before,
    qualifier_after,
    number_run,
    not_a_figure,
)
from kg.extract.statistics.units import (
    MAYBE_FIGURE,
    counted_unit,
    plus_noun,
    unit_after,
    with_rate,
    ctx_dollar,
)
from kg.extract.statistics.counted import fallback_unit, labelled_count

#: the mixed-case abbreviation of a megatonne ("5 Mt"; upper- or lower-case "MT"/"mt" is metric tons)
_MEGA_TONNES = {"Mt": 1000000}


def _candidate_starts(doc: Doc) -> list[int]:
    """Token indices worth a closer look: those in words that hold a digit or a number word,
    and where a pattern of rules/statistics.json matched ('doubled', 'tenfold')."""
    text = doc_text(doc)
    starts = set()
    for m in MAYBE_FIGURE.finditer(text):
        starts.update(token_range(doc, m.start(), m.end()))
    starts.update(shape_matches(doc))
    return sorted(starts)


def _shape_figure(ctx: Context, i: int, blocked: set[int]) -> Figure | None:
    """A share written as a ratio ('one in two visitors') or a multiple ('ten times higher',
    'grew threefold', 'doubled') starting at token i."""
    doc = ctx.doc
    _tk = doc_tokens(doc)  # the cached tokens: doc[i] builds a new Token on every call
    found = shape_matches(doc).get(i)
    if found is None:
        return None
    name, a, b = found
    if any(k in blocked for k in range(a, b)) or ctx.is_mention_token(_tk[a]):
        return None
    if name == "ratio-share":
        if YEAR.match(_tk[b - 1].text) or (b < len(doc) and _tk[b].lower_ in DURATION_NOUNS):
            return None  # "one in 2024", "one in ten days"
        value = ratio_percent(doc[a:b].text)
        if value is None:
            return None
        noun = _tk[b] if b < len(doc) and _tk[b].pos_ == "NOUN" else None
        qual, qs = qualifier_before(doc, a)
        return Figure(a, b, value, "percent", False, noun, qs, qual)
    if name == "multiple-times":
        num = next((k for k in range(a, b) if _tk[k].like_num or _tk[k].lower_.endswith("fold")), a)
        last = next((k for k in range(num, b) if _tk[k].lower_ in ("times", "fold") or _tk[k].lower_.endswith("fold")), num)
        value = parse_multiple(doc[num:last + 1].text)
        if value is None:
            return None
        qual, qs = qualifier_before(doc, num)
        return Figure(num, last + 1, value, "times", False, None, qs, qual, change=True)
    if name == "multiple-verb":
        if b < len(doc) and _tk[b].lower_ in cues("multiple-verb", "not_after"):
            return None  # "doubled as a lecture hall"
        value = parse_multiple(_tk[a].text)
        if value is None:
            return None
        qual, qs = qualifier_before(doc, a)
        return Figure(a, b, value, "times", False, None, qs, qual, change=True)
    return None


_NUMERATORS = frozenset({"a", "an", "one", "two", "three", "four", "nine"})


def find_figures(ctx: Context, blocked: set[int]) -> list[Figure]:
    doc = ctx.doc
    _tk = doc_tokens(doc)  # the cached tokens: doc[i] builds a new Token on every call
    out: list[Figure] = []
    candidates = _candidate_starts(doc)
    k = 0
    i = 0
    while k < len(candidates) or i < len(doc):
        # jump to the next token that may start a figure; fractions look two tokens ahead
        while k < len(candidates) and candidates[k] < i:
            k += 1
        if k >= len(candidates):
            break
        i = max(i, candidates[k] - 2)
        tok = _tk[i]
        shaped = _shape_figure(ctx, i, blocked)
        if shaped is not None:
            out.append(shaped)
            i = shaped.end
            continue
        frac = _fraction(doc, i)
        if frac is None and i + 1 < len(doc) and tok.lower_ in _NUMERATORS and _tk[i + 1].lower_ in FRACTION_WORDS:
            frac = _fraction(doc, i + 1)  # "one third of"
            if frac is not None:
                i += 1
        if frac is None and i + 2 < len(doc) and _tk[i + 1].text in ("-", "–"):
            frac = _fraction(doc, i + 2)  # "two-thirds of"
            if frac is not None:
                i += 2
        if frac is not None and i not in blocked:
            start, value, noun = frac
            qual, qs = qualifier_before(doc, start)
            out.append(Figure(start, i + 1, value, "percent", False, noun, qs, qual))
            i += 1
            continue
        if not is_number_token(tok):
            i += 1
            continue
        end, text, glued = number_run(doc, i)
        glued_unit = split_unit(tok.text) if end == i + 1 else None  # "40,000sqm"
        if glued_unit is None and end == i + 1 and GLUED_PERCENT.match(tok.text):
            glued_unit = (GLUED_PERCENT.match(tok.text).group(1), "percent")  # "15pc"
        if glued_unit is not None:
            text = glued_unit[0]
        if not_a_figure(ctx, doc, i, end, text, blocked):
            i = end
            continue
        value = parse_number(text)
        if value is None:
            i = end
            continue
        currency = glued
        if glued == "USD" and tok.text.startswith("$") and ctx_dollar(ctx) != "USD":
            currency = ctx_dollar(ctx)
        prefix_end = i
        if currency is None and i > 0:
            prev = _tk[i - 1]
            if prev.text == "$" and ctx_dollar(ctx) != "USD":
                currency, prefix_end = ctx_dollar(ctx), i - 1
            elif currency_prefix(prev.text):
                currency = currency_prefix(prev.text)
                prefix_end = i - 1
            elif prev.text == "." and i > 1 and not _tk[i - 2].whitespace_ and _tk[i - 2].text.isalpha() \
                    and currency_prefix(_tk[i - 2].text):
                currency = currency_prefix(_tk[i - 2].text)  # "Rs. 250 crore": the abbreviation's stop
                prefix_end = i - 2
        # range "39-50 per cent", "3 to 5 million"
        between = prefix_end > 0 and _tk[prefix_end - 1].lower_ == "between"
        # "rose from 20,000 to 24,900": an old and a new level, not a range
        from_to = prefix_end > 0 and _tk[prefix_end - 1].lower_ == "from" and end < len(doc) and _tk[end].lower_ == "to" \
            and governing_verb(tok) is not None and (lemma(governing_verb(tok)) in CHANGE_WORDS
                                                    or lemma(governing_verb(tok)) in REPORTING_VERBS)
        # "fell by EUR 20 million to EUR 180 million": a past change and the new level, not a range
        # (a forecast "will grow by 3 to 5 percent", "growth by 3 to 5 percent" is one)
        by_to = prefix_end > 1 and _tk[prefix_end - 1].lower_ == "by" and end < len(doc) and _tk[end].lower_ == "to" \
            and _tk[prefix_end - 2].tag_ in ("VBD", "VBN") \
            and (lemma(_tk[prefix_end - 2]) in CHANGE_WORDS or lemma(_tk[prefix_end - 2]) in REPORTING_VERBS)
        from_to = from_to or by_to
        upper_at = end + 1
        if upper_at + 1 < len(doc) and (_tk[upper_at].text in SYMBOLS or currency_prefix(_tk[upper_at].text)) \
                and currency and is_number_token(_tk[upper_at + 1]):
            upper_at += 1  # "between $2 billion and $3 billion", "from €5 to €15"
        if end + 1 < len(doc) and (_tk[end].text in ("-", "–", "to") or between and _tk[end].lower_ == "and") \
                and not from_to and is_number_token(_tk[upper_at]) \
                and not YEAR.match(_tk[upper_at].text):
            end2, text2, _ = number_run(doc, upper_at)
            upper = parse_number(text2)
            if upper is not None and upper > value:
                unit, uend, is_cur, head = unit_after(doc, end2, _tk[end2 - 1])
                if currency:
                    unit, is_cur = currency, True
                if unit:
                    scale = next((w for w in text2.split()[1:] if w.lower() in SCALES), None)
                    if scale and not any(w.lower() in SCALES for w in text.split()[1:]):
                        value = parse_number(f"{text} {scale}") or value
                    qual, qs = qualifier_before(doc, prefix_end)
                    out.append(Figure(i, end, value, unit, is_cur, head, qs, "AtLeast"))
                    out.append(Figure(upper_at, uend, upper, unit, is_cur, head, end + 1, "UpTo"))
                    i = uend
                    continue
        plus = plus_noun(doc, end)  # "200+ speakers"
        if glued_unit is not None:
            unit, uend, is_cur, head = glued_unit[1], end, False, None
        elif plus is not None:
            unit, uend, is_cur, head = counted_unit(plus), plus.i + 1, False, plus
        else:
            unit, uend, is_cur, head = unit_after(doc, end, _tk[end - 1])
            if unit == "ton" and uend == end + 1 and _tk[end].text in _MEGA_TONNES and value is not None:
                value = value * _MEGA_TONNES[_tk[end].text]  # "5 Mt of steel": megatonnes ('MT', 'mt' are metric tons)
        if unit and not is_cur and unit not in ("percent", "percentage point") and head is None:
            unit, uend = with_rate(doc, unit, uend)
        if unit and head is not None and not is_cur:
            unit, uend = with_rate(doc, unit, uend)
        if currency:
            # a currency word after the scale ("2.5 billion US dollars") still ends the span
            if unit and is_cur:
                end = uend
            unit, is_cur, uend = currency, True, max(uend if is_cur else end, end)
        hint = None
        if unit is None:
            # the token of the run the parse hangs on the clause ("12 500": "500")
            root = next((_tk[k] for k in range(i, end) if not i <= _tk[k].head.i < end), tok)
            if root.dep_ == "nummod" and lemma(root.head) in EVENT_HEADS:
                i = end  # "hosted 85 festivals": a count of events, never another figure's unit
                continue
            unit, hint = labelled_count(doc, prefix_end) or fallback_unit(ctx, root, end, out)
            if unit is None:
                unit = _carried_currency(doc, i, end, out)
                is_cur = unit is not None
            if unit is None:
                i = end
                continue
            uend = end
        if DOT_GROUPED.match(text) and (head is not None and not is_cur and unit not in UNITS_OF_MEASURE
                                         or text.endswith(".000")):
            value = float(text.replace(".", ""))  # "2.500 exhibitors": no count has a fraction; "80.000 m²"
        qual, qs = qualifier_before(doc, prefix_end)
        if plus is not None or _tk[end - 1].text.endswith("-plus") or (end + 1 < len(doc) and _tk[end].text == "-" and _tk[end + 1].lower_ == "plus") \
                or (head is not None and end + 1 < len(doc) and _tk[end].lower_ == "plus" and head.i > end):
            qual = "AtLeast"  # "1,000-plus delegates", "300 plus exhibitors"
        elif end + 1 < len(doc) and _tk[end].text == "-" and _tk[end + 1].lower_ == "odd":
            qual = "Approximately"  # "40-odd countries"
        elif qual == "Exact" and qualifier_after(doc, end, uend) is not None:
            qual = qualifier_after(doc, end, uend)  # "20,000 or more visitors", "20,000 visitors or so"
        paren = i > 0 and (_tk[prefix_end - 1].text == "(" if prefix_end > 0 else False) or \
            (prefix_end > 1 and _tk[qs - 1].text == "(" if qs > 0 else False)
        out.append(Figure(i, uend, value, unit, is_cur, head, qs, qual, parenthetical=bool(paren), measure_hint=hint,
                           tail=_change_noun_end(doc, i, uend) if unit in ("percent", "percentage point") else None))
        i = uend
    return out


def _change_noun_end(doc: Doc, start: int, end: int) -> int | None:
    """'a 12-percent rise', 'a 35.8-per-cent increase', 'a 4% year-on-year drop': a percent
    written as the modifier of a change noun (rule 'adjectival-change'); returns the token
    after the noun. The parse must hang the figure on the noun, with only modifiers between."""
    _tk = doc_tokens(doc)  # the cached tokens: doc[i] builds a new Token on every call
    nouns = cues("adjectival-change", "nouns")
    for k in range(end, min(len(doc), end + 5)):
        t = _tk[k]
        if t.pos_ == "NOUN" and lemma(t) in nouns:
            if any(_tk[j].head.i == k or _tk[j].head.i in range(end, k) for j in range(start, end)) \
                    and all(w.pos_ in ("ADJ", "NOUN", "PUNCT", "ADV", "PROPN") and w.text not in (",", ";", ":", "(", ")")
                            for w in doc[end:k]):
                return k + 1
            return None
        if t.pos_ not in ("ADJ", "NOUN", "PUNCT", "ADV", "PROPN") or t.text in (",", ";", ":", "(", ")"):
            return None
    return None


def _fraction(doc: Doc, i: int) -> tuple[int, float, Token | None] | None:
    """'half of the exhibitors', 'a third of them', 'two-thirds of', 'more than half the
    stands' -> (start token, percent, the noun counted)."""
    _tk = doc_tokens(doc)  # the cached tokens: doc[i] builds a new Token on every call
    tok = _tk[i]
    low = tok.lower_
    if low not in FRACTION_WORDS or i + 1 >= len(doc):
        return None
    after = _tk[i + 1].lower_
    share = after == "of" or after in cues("fraction-share", "determiners_after") and low == "half"
    # "up a fifth on 2025", "fell by a quarter": the size of a change, whatever date follows
    change = not share and _after_a_change_word(doc, i) and _tk[i + 1].lower_ not in DURATION_NOUNS \
        and _tk[i + 1].lower_ not in ("an", "a", "hour", "mile", "point")
    if not share and not change:
        return None
    if tok.ent_type_ in ("DATE", "TIME") and not change and not (after == "of" and _tk[i + 1].ent_type_ != "DATE" and not any(
            t.lower_ in DURATION_NOUNS or t.lower_ in ("century", "decade") for t in doc[i + 2:i + 4])):
        return None  # "the first quarter"; but "nearly a quarter of the total" is a share
    if not change and i + 2 < len(doc) and (_tk[i + 2].ent_type_ == "DATE" or YEAR.match(_tk[i + 2].text)):
        return None  # "the first half of 2024" is a period
    start = i
    prev = _tk[i - 1] if i > 0 else None
    if prev is not None and prev.text in ("-", "–") and i > 1:
        start, prev = i - 2, _tk[i - 2]
    if prev is not None and prev.lower_ in ("first", "second", "last", "latter", "former", "other", "third", "fourth",
                                            "the", "this", "that"):
        return None  # "the second half of the programme", "the other half"
    numerator = prev.lower_ if prev is not None and prev.lower_ in _NUMERATORS else None
    value = fraction_percent(f"{numerator} {low}" if numerator else low)
    if value is None:
        return None
    if numerator:
        start = prev.i
    # the counted noun: 'of the exhibitors', 'half the stands'
    k = i + 1 if after != "of" else i + 2
    while k < len(doc) and k < i + 5 and (_tk[k].pos_ in ("DET", "ADJ", "PRON", "NUM") or _tk[k].text == ",") \
            and _tk[k].lower_ != "them":
        k += 1  # "a quarter of the 620 exhibitors"
    noun = _tk[k] if k < len(doc) and _tk[k].pos_ == "NOUN" and _tk[k].tag_ == "NNS" else None
    if after != "of" and noun is None and share:
        return None  # "half the price"
    return start, value, noun


def _after_a_change_word(doc: Doc, i: int) -> bool:
    """'up a fifth', 'jumped by a third', 'fell by half', 'down by one quarter': a fraction
    that is the size of a change (the word before it, or before its 'a' / 'one')."""
    _tk = doc_tokens(doc)
    k = i - 1
    if k >= 1 and _tk[k].text in ("-", "–") and not _tk[k].whitespace_ and _tk[k - 1].lower_ in _NUMERATORS:
        k -= 1  # "rose by one-third", "up two-thirds"
    if k >= 0 and _tk[k].lower_ in ("a", "an", "one") or k >= 0 and _tk[k].lower_ in _NUMERATORS and k < i - 1:
        k -= 1
    if k < 0:
        return False
    word = _tk[k]
    if word.lower_ in ("up", "down"):
        return True
    if word.lower_ == "by" and k > 0:
        verb = _tk[k - 1]
        return lemma(verb) in CHANGE_WORDS or verb.pos_ == "VERB" and lemma(verb) in cues("change-direction", "verbs")
    return lemma(word) in cues("change-direction", "verbs") and word.pos_ == "VERB"


def _carried_currency(doc: Doc, start: int, end: int, prior: list[Figure]) -> str | None:
    """The currency of a scaled sum written without one after a sum in the same sentence:
    'exports were 1.1 billion dollars in 2022, 1.4 billion in 2023 and 1.9 billion in 2024',
    'sales reached 3.4 billion yuan, 2.1 billion of which ...'. Only when the run has a scale
    word and the nearest figure before it in the sentence is that sum."""
    _tk = doc_tokens(doc)
    if not any(_tk[k].lower_ in A_SCALES or _tk[k].lower_ in ("bn", "mn") for k in range(start, end)):
        return None
    sent = sent_of(_tk[start])
    before = [f for f in prior if sent.start <= f.start and f.end <= start]
    return before[-1].unit if before and before[-1].currency else None
