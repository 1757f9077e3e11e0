"""The release itself: headline, dateline, publication date, wire service, source organization.

Datelines follow a few well-known wire conventions, so they are read with patterns over
the opening text: "YIBIN, China, Sept. 03, 2024 (GLOBE NEWSWIRE) --",
"CITY, Oct. 9 (Agency) --", "City [Country], December 15 (A/B):".
"""

from __future__ import annotations

import re

from kg.extract.common import clean_name, doc_ents, doc_text, source_span
from kg.extract.context import Context
from kg.extract.records import SourceRecord
from kg.extract.rules import load_rules
from kg.normalize.dates import parse_date
from kg.normalize.places import lookup_place
from kg.pipeline import patterns

_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
          r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
#: upper-case and all letters, accented ones too: 'TROMSØ, Norway --', 'ÅLESUND (NTB) --'
_UP = "A-ZÀ-ÖØ-Þ"
_AL = "A-Za-zÀ-ÖØ-öø-ÿ"
_DATELINE = patterns.compile(
    rf"(?:^|\n|\)\s*)(?P<place>[{_UP}][{_AL}.'\-/ ]{{1,40}}?(?:\s*\[[^\]\n]{{1,30}}\])?(?:,\s*[{_UP}][{_AL}.'\- ]{{1,30}}?){{0,2}})"
    rf"(?:,\s*(?P<date>{_MONTH}\s+\d{{1,2}}(?:,\s*\d{{4}})?|\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}})?)"
    # "MOSCOW, July 8. /TASS/." puts a full stop after the date and the agency
    rf"\.?\s*(?:/(?P<wire3>[A-Za-z][\w .-]{{1,30}})/\.?|\((?P<wire>[^)\n]{{2,40}})\))?\s*(?:--|—|–|-|:|(?<=\))|(?<=/)|(?<=/\.))"
    rf"|\s*--\s*\((?P<wire2>[A-Z][^)\n]{{2,40}})\)\s*--"
    # "Ulaanbaatar /MONTSAME/ The ...": a place and the agency, no date
    rf"|\s+/(?P<wire5>[A-Z][\w .-]{{1,30}})/\s*(?=[A-Z])"
    # "OUYEN, Victoria – ...", "MILWAUKEE -- ...", "TAIPEI (Taiwan News) — ..."
    rf"|(?<=[{_UP}]{{3}})(?:,\s*(?P<outer>[{_UP}][{_AL}.' ]{{1,30}}))?(?:\s*\((?P<wire4>[^)\n]{{2,40}})\))?"
    rf"\s+(?:[–—]|--)\s+(?=[A-Z]))",
)
#: "Abu Dhabi: Sheikh ..." -- a place and a colon opening a paragraph (many Gulf and South
#: Asian papers); the gazetteer must know the place ("Update:", "Photo:" are no places)
#: "HEXHAM was buzzing ...": a local paper opens its first sentence with the town in capitals
_CAPS_OPENING = patterns.compile(rf"\A\s*(?P<place>[{_UP}]{{3,}}(?: [{_UP}]{{3,}})?)\s+(?=[a-z])")
_COLON_DATELINE = patterns.compile(
    r"(?:^|\n)[ \t]*(?P<place>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}(?:, [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2})?)"
    r"(?::|\s+[-–—]{1,2})[ \t]+(?=[A-Z\"“‘])")  # "Meknes - The 15th ...", "Dubai, UAE — ..." too


def _wire_forms() -> tuple[dict, list[tuple[str, re.Pattern, bool]]]:
    """The dateline forms of ``rules/datelines.json`` (see its ``doc``), compiled: (month
    names of other languages -> English, [(name, pattern, check_place)])."""
    rules = load_rules("datelines")
    months = {k.lower(): v for k, v in rules.get("months", {}).items()}
    romance = "|".join(sorted(map(re.escape, months), key=len, reverse=True))
    ordinal = r"\d{1,2}(?:st|nd|rd|th)?"
    parts = {
        "PLACE": rf"[{_UP}][{_AL}.'’\-]*(?: [{_UP}][{_AL}.'’\-]*){{0,3}}",
        "COUNTRY": rf"(?:,\s*(?P<country>[{_UP}][{_AL}.'’\- ]{{1,30}}?))?",
        "DATE": (rf"\d{{1,2}}\s+de\s+(?:{romance})\s+(?:de\s+|del\s+)?\d{{4}}"
                 rf"|(?:{_MONTH}\s+{ordinal}|{ordinal}\s+(?:of\s+)?{_MONTH})(?:,?\s*\d{{4}})?"),
        "AGENCY": r"[A-Z][A-Za-z]*[A-Z][A-Za-z]*\b",
        "SEP": r"(?:--|—|–|-|:)",
    }
    forms = []
    for form in rules["forms"]:
        rx = form["pattern"]
        for key, sub in parts.items():
            rx = rx.replace("{" + key + "}", sub)
        forms.append((form["name"], patterns.compile(rx, re.I if form.get("ignore_case") else 0),
                      bool(form.get("check_place"))))
    return months, forms


_MONTHS_ELSEWHERE, _WIRE_FORMS = _wire_forms()
#: bracketed words that name the medium or the story's state, not an agency ("(Photo) Paris -")
_NOT_WIRES = frozenset(w.lower() for w in load_rules("datelines").get("not_wires", {}).get("words", ()))


def _agency(wire: str | None) -> str | None:
    """The agency a dateline's bracket names, or None for "Photo", "UPDATED:" and their like
    (``datelines.json`` ``not_wires``): such a bracket is no publisher."""
    if not wire:
        return None
    wire = wire.strip()
    return None if wire.rstrip(":.").strip().lower() in _NOT_WIRES else wire or None
_ROMANCE_DATE = re.compile(r"(\d{1,2})\s+de\s+(\w+)\s+(?:de\s+|del\s+)?(\d{4})", re.I)


def _known(place: str) -> bool:
    first = place.split(",")[0].strip()
    return lookup_place(first.title() if first.isupper() else first) is not None


def wire_dateline(head: str, before: int | None = None):
    """The first match of a ``datelines.json`` form in ``head`` that starts before ``before``
    (and reads a known place, for a form that asks it), else None."""
    best = None
    for _name, rx, check in _WIRE_FORMS:
        for m in rx.finditer(head):
            if before is not None and m.start() >= before or best is not None and m.start() >= best.start():
                break
            if check and not _known(m.group("place")):
                continue
            best = m
            break
    return best


def _english_date(text: str) -> str:
    """'7 de abril de 2026' -> '7 April 2026' (the months of ``datelines.json``)."""
    m = _ROMANCE_DATE.fullmatch(text.strip())
    if m and m.group(2).lower() in _MONTHS_ELSEWHERE:
        return f"{m.group(1)} {_MONTHS_ELSEWHERE[m.group(2).lower()]} {m.group(3)}"
    return text


_SOURCE_LINE = patterns.compile(r"^\s*Source\s*:\s*(?P<org>[^|\n]{2,120}?)\s*(?:\||$)", re.M | re.I)
_ISO_DATE = patterns.compile(r"\b(20\d{2}|19\d{2})-(\d{2})-(\d{2})\b")


def cut_entities_at(doc, boundary: int) -> None:
    """The dateline ends at its dash: an entity the recognizer ran across it (a DATE
    'May 10, 2024 - The 2024 Harbor Tech Expo', read as a range) keeps only its part before
    the dash, so that the name after it is found as in any other sentence."""
    made = "ekg_ents" not in doc.user_data  # (entities read before this are read as they were)
    found = doc_ents(doc) if made else doc.ents  # (the usual case: the entities every extractor reads next)
    crossing = [e for e in found if e.start_char < boundary < e.end_char]
    if not crossing:
        return
    if made:
        del doc.user_data["ekg_ents"]  # (the entities change below)
    ents = []
    for e in found:
        if e in crossing:
            head = doc.char_span(e.start_char, boundary, label=e.label_, alignment_mode="contract")
            while head is not None and len(head) and not head[-1].is_alpha and not head[-1].like_num:
                head = head[:-1]
            if head is not None and len(head):
                ents.append(head)
        else:
            ents.append(e)
    doc.ents = ents


def extract_source(ctx: Context) -> SourceRecord:
    """Read what the release says about itself."""
    text = doc_text(ctx.doc)  # (the text as parsed: odd spaces plain, same offsets)
    head = text[:2000]
    dateline = wire = None
    published = ctx.document.published
    span = dl_span = None
    m = _DATELINE.search(head)
    # (a form may start where the built-in one does: "ASTANA. KAZINFORM –", which the built-in
    # reads as one place, unknown to the gazetteer)
    w = wire_dateline(head, (m.start() + (0 if _known(m.group("place")) else 1)) if m else None)
    if w is not None:  # a wire form of datelines.json, before any built-in one
        m = None
        place = " ".join(w.group("place").split())
        end_place = w.end("place")
        if w.group("country"):
            place += ", " + " ".join(w.group("country").split())
            end_place = w.end("country")
        dateline = place
        wire = _agency(next((v for k, v in w.groupdict().items() if k.startswith("wire") and v and v.strip()), None))
        start = w.start() + len(w.group(0)) - len(w.group(0).lstrip())
        span = source_span(ctx.doc, w.start("place"), end_place)
        dl_span = source_span(ctx.doc, start, w.end())
        cut_entities_at(ctx.doc, w.end())
        if published is None and w.groupdict().get("date"):
            published = parse_date(_english_date(w.group("date")), None)
    elif m:
        place = " ".join(m.group("place").split())
        if m.group("outer"):  # "OUYEN, Victoria – ...": the region belongs to the dateline
            place += ", " + m.group("outer").strip()
        dateline = place
        wire = _agency(m.group("wire") or m.group("wire2") or m.group("wire3") or m.group("wire4") or m.group("wire5"))
        span = source_span(ctx.doc, m.start("place"), m.end("outer") if m.group("outer") else m.end("place"))
        dl_span = source_span(ctx.doc, m.start("place"), m.end())
        cut_entities_at(ctx.doc, m.end())
        if published is None and m.group("date"):
            published = parse_date(m.group("date"), None)
    if m is None and w is None:
        c = _COLON_DATELINE.search(head[:600])
        if c and lookup_place(c.group("place").split(",")[0]) is not None:
            dateline = c.group("place")
            span = dl_span = source_span(ctx.doc, c.start("place"), c.end("place"))
        c = None if dateline else _CAPS_OPENING.match(head)
        if c and lookup_place(c.group("place").title()) is not None:
            dateline = c.group("place")
            span = dl_span = source_span(ctx.doc, c.start("place"), c.end("place"))
    if published is None:
        iso = _ISO_DATE.search(head)
        if iso:
            from datetime import date

            try:
                published = date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
            except ValueError:
                published = None
    org = None
    for sm in _SOURCE_LINE.finditer(text):
        candidate = clean_name(sm.group("org"))
        if candidate and not candidate[0].isdigit():
            org = candidate
    headline = ctx.document.title
    if headline is None:
        first = text.strip().split("\n", 1)[0].strip()
        if 0 < len(first) <= 150 and not first.endswith("."):
            headline = first
    return SourceRecord(
        headline=headline,
        dateline=dateline,
        published=published,
        wire=wire,
        source_organization=org,
        url=ctx.document.source_url,
        span=span,
        dateline_span=dl_span,
    )
