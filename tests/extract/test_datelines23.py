"""Wire dateline forms of ``rules/datelines.json`` (issue 10, 'any wire'): every example and
negative of the file, and whole releases of our own whose only city is the dateline's."""

from datetime import date

import pytest

from kg.extract.rules import load_rules
from kg.extract.source import _WIRE_FORMS, _english_date, wire_dateline

FORMS = load_rules("datelines")["forms"]


def _read(text):
    m = wire_dateline(text)
    if m is None:
        return None
    place = " ".join(m.group("place").split())
    if m.group("country"):
        place += ", " + m.group("country").strip()
    wire = next((v.strip() for k, v in m.groupdict().items() if k.startswith("wire") and v), None)
    return {"dateline": place, "wire": wire, "date": m.groupdict().get("date")}


@pytest.mark.parametrize("text,expect", [(ex["text"], ex["expect"]) for f in FORMS for ex in f["examples"]])
def test_rule_examples(text, expect):
    got = _read(text)
    assert got is not None, text
    for key, value in expect.items():
        assert got[key] == value, (text, key, got)


@pytest.mark.parametrize("text", [n for f in FORMS for n in f["negatives"]])
def test_rule_negatives(text):
    assert _read(text) is None, text


def test_every_form_compiles():
    assert len(_WIRE_FORMS) == len(FORMS)


def test_spanish_and_portuguese_months():
    assert _english_date("9 de março de 2026") == "9 March 2026"
    assert _english_date("12 de octubre del 2026") == "12 October 2026"


CASES = [
    ("ABU DHABI, 4th May, 2026 (WAM) -- The Falcon Heritage Forum 2026 will be held at the Grand Pearl Hall "
     "from 20 to 22 October.", "ABU DHABI", "WAM", date(2026, 5, 4), "Abu Dhabi"),
    ("DUBAI // The Gulf Water Technology Summit 2026 opens at the Marina Exhibition Hall on 9 November.",
     "DUBAI", None, None, "Dubai"),
    ("Riyadh, April 7, 2026, SPA -- The Saudi Date Palm Expo 2026 will take place at the Palm Pavilion "
     "from September 14 to 16.", "Riyadh", "SPA", date(2026, 4, 7), "Riyadh"),
    ("(MENAFN- Qatar Herald) Doha: The Pearl Diving Conference 2026 will be held at the Corniche Hall on 3 December.",
     "Doha", "MENAFN- Qatar Herald", None, "Doha"),
    ("Tashkent, Uzbekistan (SilkNews.uz) -- The Cotton Industry Fair 2026 will open at the Expo Hall on 12 October.",
     "Tashkent, Uzbekistan", "SilkNews.uz", None, "Tashkent"),
    ("Baku, April 7, AZERTAC The Caspian Oil Week 2026 will be held at the Seaside Convention Hall on 1 June.",
     "Baku", "AZERTAC", None, "Baku"),
    ("JAKARTA (Antara) - The Spice Route Trade Show 2026 will open at the Harbour Hall on 5 August.",
     "JAKARTA", "Antara", None, "Jakarta"),
    ("MEXICO CITY (Reuters) - The Latin Auto Parts Fair 2026 opens at the Grand Exhibition Hall on 10 September.",
     "MEXICO CITY", "Reuters", None, "Mexico City"),
    ("Kigali | The Rwanda Coffee Forum 2026 will be held at the Hillside Convention Hall on 18 July.",
     "Kigali", None, None, "Kigali"),
    ("Almaty. April 7. KazTAG - The Steppe Mining Congress 2026 will take place at the Mountain Hall on 22 September.",
     "Almaty", "KazTAG", None, "Almaty"),
    ("SÃO PAULO, 7 de abril de 2026 /PRNewswire/ -- The Brazilian Sugar Expo 2026 will be held at the Southern "
     "Pavilion on 9 October.", "SÃO PAULO", "PRNewswire", date(2026, 4, 7), "São Paulo"),
]


@pytest.mark.parametrize("text,dateline,wire,published,city", CASES)
def test_wire_dateline_gives_the_city(extract, text, dateline, wire, published, city):
    x = extract(text, published=None)
    assert x.source.dateline == dateline
    assert x.source.wire == wire
    assert x.source.published == published
    assert city in [p.name for p in x.main_event.places]


def test_dateline_date_is_not_the_event_date(extract):
    """'City, Month D, YYYY, AGENCY --': the date dates the release; the event has none here."""
    x = extract("Riyadh, April 7, 2026, SPA -- The Saudi Date Palm Expo 2026 opened today at the Palm Pavilion "
                "with growers from twelve countries.", published=None)
    assert x.source.published == date(2026, 4, 7)
    assert x.main_event.start in (None, date(2026, 4, 7))
    x = extract("Jeddah, April 7, 2026, SPA -- The Red Sea Boat Show 2026 will be held at the Marina Hall next month.",
                published=None)
    assert x.main_event.start is None  # (the old code took the dateline's April 7 for it)
    x = extract("Kigali, April 7, 2026, RNA -- The Rwanda Coffee Forum 2026 will be held at the Hillside Hall.",
                published=None)
    assert x.source.dateline == "Kigali" and x.source.wire == "RNA"
    assert x.main_event.start is None
