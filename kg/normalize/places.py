"""Offline place linking: city / region / country names to GeoNames ids and ISO 3166 codes.

Data comes from the compact tables in ``kg/resources/gazetteer/`` (built from PyPI-packaged
GeoNames and ISO data by ``scripts/build_gazetteer.py``). Countries and regions are read
lazily, once per process. The 34,000 cities are not: the first process indexes them into
an SQLite file cached per user (``~/.cache/event-kg``, named by a hash of the tables and
of this module), and every process after it looks a name up there on demand (a few
microseconds, memoized), instead of building the indexes in memory (~0.25 s at start-up,
~40 MB). Without a writable cache the indexes are built in memory as before; the answers
are the same either way (tested).

Matching is deliberately conservative, because the input is a span some extractor *thinks*
is a place: names must be capitalized as in text (``"china"`` is not matched), cities come
from GeoNames' >= 15,000-population list, and a city whose name is also an English word in
current use ("Reading", "Nice", "Mobile") needs a population of 600,000+ or a matching
country hint (a rare word, 'Saskatoon', does not; :func:`known_city` refuses both). Person names that are also city names ("Florence", "Jackson") cannot be told apart
here: that is the NER's job.
"""

from __future__ import annotations

import gzip
import hashlib
import os
import pickle
import re
import sqlite3
import sys
import threading
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from kg.pipeline import patterns

__all__ = [
    "Place",
    "another_town",
    "canonical_place_name",
    "capital_of",
    "country",
    "country_of_demonym",
    "is_country",
    "country_aliases",
    "known_city",
    "lookup_place",
    "names_city",
    "place_chain",
]

_DIR = Path(__file__).resolve().parents[1] / "resources" / "gazetteer"

# A city flagged as an ordinary English word is still accepted at or above this population.
_COMMON_WORD_MIN_POPULATION = 600_000
#: a national capital this big is the city even when its name is a word in use ("Wellington"),
#: as a bigger city is ("Reading" and "Male", the Maldives' capital of 100,000, stay words)
_CAPITAL_WORD_MIN_POPULATION = 200_000
#: the word flag of a city row: its name is no English word (0), a rare one ('saskatoon', a
#: berry; 'lakeland'), or one in current use ('reading', 'split'); see the gazetteer README
_NO_WORD, _RARE_WORD, _WORD_IN_USE = 0, 1, 2
#: a city named like a word in current use is still read from a name at this population
_BIG_CITY_POPULATION = 1_500_000


@dataclass(frozen=True)
class Place:
    """A linked place. ``iso_code`` is ISO 3166-1 alpha-2 (countries) or 3166-2 (regions)."""

    name: str
    kind: str  # "city" | "region" | "country"
    geonames_id: int | None
    country_code: str | None
    iso_code: str | None
    region: str | None
    country: str | None


# Common English names of countries that neither GeoNames nor ISO spell that way.
_COUNTRY_ALIASES: dict[str, str] = {
    "UAE": "AE", "U.A.E.": "AE", "Emirates": "AE",
    "US": "US", "U.S.": "US", "U.S.A.": "US", "USA": "US", "America": "US",
    "United States of America": "US",
    "UK": "GB", "U.K.": "GB", "Britain": "GB", "Great Britain": "GB",
    "PRC": "CN", "P.R.C.": "CN", "Mainland China": "CN", "Chinese mainland": "CN",
    "China's mainland": "CN", "People's Republic of China": "CN",
    "KSA": "SA", "Saudi": "SA",
    "Korea": "KR", "Republic of Korea": "KR", "ROK": "KR", "DPRK": "KP",
    "Russia": "RU", "Iran": "IR", "Syria": "SY", "Vietnam": "VN", "Viet Nam": "VN",
    "Laos": "LA", "Taiwan": "TW", "Czechia": "CZ", "Czech Republic": "CZ",
    "Turkey": "TR", "Türkiye": "TR", "Turkiye": "TR", "Holland": "NL",
    "Ivory Coast": "CI", "Cote d'Ivoire": "CI", "Macau": "MO", "Macao": "MO",
    "Hong Kong SAR": "HK", "Macao SAR": "MO", "Bolivia": "BO", "Venezuela": "VE",
    "Tanzania": "TZ", "Moldova": "MD", "Palestine": "PS", "Brunei": "BN",
    "Cape Verde": "CV", "Swaziland": "SZ", "Burma": "MM", "East Timor": "TL",
    "Vatican": "VA", "Micronesia": "FM", "Congo-Kinshasa": "CD", "DR Congo": "CD",
    "DRC": "CD", "Congo-Brazzaville": "CG",
}

#: AP-style abbreviations of US states ("Oshkosh, Wis.", "Mesa, Ariz."), written with their
#: period; two-letter postal codes are left out ("IN", "OR", "ME" are words).
_US_STATE_ABBREVIATIONS: dict[str, str] = {
    "Ala.": "AL", "Ariz.": "AZ", "Ark.": "AR", "Calif.": "CA", "Colo.": "CO", "Conn.": "CT",
    "Del.": "DE", "Fla.": "FL", "Ga.": "GA", "Ill.": "IL", "Ind.": "IN", "Kan.": "KS", "Kans.": "KS",
    "Ky.": "KY", "La.": "LA", "Md.": "MD", "Mass.": "MA", "Mich.": "MI", "Minn.": "MN", "Miss.": "MS",
    "Mo.": "MO", "Mont.": "MT", "Neb.": "NE", "Nebr.": "NE", "Nev.": "NV", "N.H.": "NH", "N.J.": "NJ",
    "N.M.": "NM", "N.Y.": "NY", "N.C.": "NC", "N.D.": "ND", "Okla.": "OK", "Ore.": "OR", "Pa.": "PA",
    "R.I.": "RI", "S.C.": "SC", "S.D.": "SD", "Tenn.": "TN", "Vt.": "VT", "Va.": "VA", "Wash.": "WA",
    "W.Va.": "WV", "Wis.": "WI", "Wyo.": "WY",
}
#: the same without the period, where the text's last word lost it to the sentence end
#: ("in Mesa, Ariz."); only those that are no English word or name
_US_STATE_BARE = ("Ariz.", "Calif.", "Colo.", "Conn.", "Fla.", "Kans.", "Mich.", "Minn.", "Nebr.", "Nev.",
                  "Okla.", "Tenn.", "Wis.", "Wyo.")

# Trailing words that say what kind of place a name is; the kind guides disambiguation.
_KIND_SUFFIX = patterns.compile(
    r"\s+(?P<kind>City|Municipality|Province|Prefecture|Autonomous Region|"
    r"(?:Zhuang|Hui|Uygur|Uyghur) Autonomous Region|Special Administrative Region|SAR|"
    r"State|Emirate|Region|Governorate|Oblast|"
    # written in lower case after the name, as many releases do ("Jilin city", "Lagos state")
    r"city|municipality|province|prefecture|state|emirate|region|governorate|oblast)$"
)
_KIND_PREFIX = patterns.compile(
    r"^(?P<kind>City|Municipality|Province|Prefecture|State|Emirate|Region|Kingdom|Republic|"
    r"Sultanate|Principality|Commonwealth)\s+of\s+(?:the\s+)?"
)
_SUFFIX_KIND = {"City": "city", "city": "city"}
#: the romanized kind word GeoNames writes after some Korean and Japanese city names
#: ('Goyang-si', 'Nara-shi', 'Kamigyō-ku'): the city's name is the part before it
_ADMIN_SUFFIX = re.compile(r"(?P<base>.+?)-(?:si|shi|gun|ku)")
_ADMIN_SUFFIX_COUNTRIES = frozenset({"KR", "KP", "JP"})  # every other suffix names a first-level region
_COMPASS = patterns.compile(
    r"^(?:(?:north|south|east|west|central|middle|mid|upper|lower|inner|outer)"
    r"(?:ern)?(?:[- ]?(?:north|south|east|west|central)(?:ern)?)?)\s+",
    re.IGNORECASE,
)
#: a compass word alone ("East", "Central") is a direction, not the region some country calls so
_COMPASS_ONLY = patterns.compile(
    r"(?:north|south|east|west|central|middle|upper|lower|inner|outer)(?:ern)?"
    r"(?:[- ]?(?:north|south|east|west)(?:ern)?)?", re.IGNORECASE)
#: "Hainan Island", "Jeju Islands": an island that is a region or country of the gazetteer
_ISLAND = patterns.compile(r"\s+Islands?$")
#: a last word in lower case after a capitalised name ("Brighton beach"), not a small word of a
#: name ("Stratford-upon-Avon" is one word; "Castellón de la Plana" ends in a capital)
_LOWER_TAIL = patterns.compile(r"(?<=[A-Za-z\u00c0-\u024f])\s+[a-z][a-z-]+$")
#: continents and world regions: no city, region or country of the gazetteer, alone or after a
#: compass word ('Asia' is also a Philippine town, 'South America' is no United States,
#: 'the Gulf' of a Gulf paper is no Papua New Guinea province)
_WORLD_REGIONS = frozenset({
    "Africa", "Americas", "Arctic", "Asia", "Asia Pacific", "Asia-Pacific", "Atlantic", "Australasia",
    "Balkans", "Caribbean", "Eurasia", "Europe", "Far East", "Gulf", "Latin America", "Levant",
    "Maghreb", "Mediterranean", "MENA", "Middle East", "Near East", "Oceania", "Pacific", "Sahel",
    "Scandinavia", "Sub-Saharan Africa",
})
#: 'America' alone is the United States; after a compass word it is a continent
_COMPASS_CONTINENTS = frozenset({"America"})
_POSSESSIVE = patterns.compile(r"^(?P<outer>.+?)['’]s\s+(?P<inner>.+)$")
_THE = patterns.compile(r"^the\s+", re.IGNORECASE)
_WS = patterns.compile(r"\s+")


#: letters that Unicode does not decompose into a base letter and a mark ('Tromsø', 'Wrocław')
_UNDECOMPOSED = str.maketrans({"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "æ": "ae", "Æ": "AE",
                               "ß": "ss", "ı": "i", "œ": "oe", "Œ": "OE", "þ": "th", "Þ": "Th", "ħ": "h", "Ħ": "H"})


def _fold(text: str) -> str:
    """ASCII-fold and lowercase, so 'Düsseldorf' and 'Dusseldorf', 'Tromsø' and 'Tromso',
    'Wrocław' and 'Wroclaw' share a key."""
    if text.isascii():
        return text.lower()
    norm = unicodedata.normalize("NFKD", text.translate(_UNDECOMPOSED))
    return "".join(c for c in norm if not unicodedata.combining(c)).lower()


class _Gazetteer:
    """In-memory indexes over the gazetteer tables (built once per process)."""

    def __init__(self, root: Path, db: Path | None = None) -> None:
        self.root = root
        self.countries: dict[str, Place] = {}
        self.country_pop: dict[str, int] = {}
        self.capitals: dict[str, str] = {}  # ISO alpha-2 -> capital city name
        self.country_index: dict[str, str] = {}  # exact spelling -> ISO alpha-2
        self.country_folded: dict[str, str] = {}  # folded spelling -> ISO alpha-2
        self.regions_by_code: dict[tuple[str, str], Place] = {}
        self.region_index: dict[str, list[Place]] = defaultdict(list)
        self.region_folded: dict[str, list[Place]] = defaultdict(list)
        # City rows (geonameid, name, country, admin1, population, word), most
        # populous first; indexes map a name to row numbers, so ascending = most populous.
        self.city_rows: list[tuple[int, str, str, str, int, int]] = []
        self.city_index: dict[str, list[int]] = defaultdict(list)
        self._city_places: dict[int, Place] = {}
        self._city_short: list[tuple[int, str]] = []
        self._city_alts: list[tuple[int, str]] = []
        self._city_folded: dict[str, list[int]] | None = None
        self._city_alt_index: dict[str, list[int]] | None = None
        if db is None or not self._read_tables(db):
            self._load_countries()
            self._load_regions()
            if db is not None:
                self._write_tables(db)
        if db is not None:
            # city rows and indexes looked up in the cached SQLite file, on demand
            cities = _CityDB(db)
            self.city_rows = cities.rows  # type: ignore[assignment]
            self.city_index = cities.index(_EXACT)  # type: ignore[assignment]
            self._city_folded = cities.index(_FOLDED)  # type: ignore[assignment]
            self._city_alt_index = cities.index(_ALTERNATE)  # type: ignore[assignment]
        else:
            self._load_cities()

    #: the country and region tables, kept beside the city cache (one pickle: ~3x faster to
    #: read than the TSV files are to index, and the same objects: shared Places stay shared)
    _TABLES = ("countries", "country_pop", "capitals", "country_index", "country_folded",
               "regions_by_code", "region_index", "region_folded")

    @staticmethod
    def _tables_path(db: Path) -> Path:
        return db.with_name(db.name.removesuffix(".sqlite") + ".tables.pickle")

    def _read_tables(self, db: Path) -> bool:
        """The tables from the cached pickle of ``db`` (named by the same hash); False when
        there is none or it cannot be read."""
        try:
            tables = pickle.loads(self._tables_path(db).read_bytes())
        except Exception:  # noqa: BLE001 - missing, damaged: index the TSV files instead
            return False
        if not isinstance(tables, tuple) or len(tables) != len(self._TABLES):
            return False
        for name, value in zip(self._TABLES, tables):
            setattr(self, name, value)
        return True

    def _write_tables(self, db: Path) -> None:
        path = self._tables_path(db)
        tmp = path.with_name(f"{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
        try:
            tmp.write_bytes(pickle.dumps(tuple(getattr(self, name) for name in self._TABLES),
                                         protocol=pickle.HIGHEST_PROTOCOL))
            os.replace(tmp, path)
        except (OSError, pickle.PicklingError):
            tmp.unlink(missing_ok=True)

    @staticmethod
    def _rows(text: str) -> Iterable[list[str]]:
        for line in text.splitlines():
            if line and not line.startswith("#"):
                yield line.split("\t")

    def _load_countries(self) -> None:
        text = (self.root / "countries.tsv").read_text(encoding="utf-8")
        for iso2, iso3, name, gid, pop, capital, alts in self._rows(text):
            self.countries[iso2] = Place(name, "country", int(gid), iso2, iso2, None, name)
            self.country_pop[iso2] = int(pop)
            self.capitals[iso2] = capital
            for key in (name, iso3, *filter(None, alts.split("|"))):
                self.country_index.setdefault(key, iso2)
                if len(key) > 3:  # "us" must not fold onto "US"
                    self.country_folded.setdefault(_fold(key), iso2)
        for alias, iso2 in _COUNTRY_ALIASES.items():
            self.country_index.setdefault(alias, iso2)
            if len(alias) > 3:
                self.country_folded.setdefault(_fold(alias), iso2)
        for iso2 in self.countries:  # alpha-2 codes only in exact upper case
            self.country_index.setdefault(iso2, iso2)

    def _load_regions(self) -> None:
        text = (self.root / "regions.tsv").read_text(encoding="utf-8")
        for cc, code, name, iso, gid, alts in self._rows(text):
            country_place = self.countries.get(cc)
            place = Place(name, "region", int(gid) if gid else None, cc, iso or None, None,
                          country_place.name if country_place else None)
            self.regions_by_code[(cc, code)] = place
            keys = {name, *filter(None, alts.split("|"))}
            for key in keys:
                self.region_index[key].append(place)
            for key in {_fold(k) for k in keys}:
                self.region_folded[key].append(place)
        by_iso = {p.iso_code: p for (cc, _code), p in self.regions_by_code.items() if cc == "US" and p.iso_code}
        for abbr, state in _US_STATE_ABBREVIATIONS.items():
            if f"US-{state}" in by_iso:
                for key in (abbr, abbr[:-1]) if abbr in _US_STATE_BARE else (abbr,):
                    self.region_index[key].append(by_iso[f"US-{state}"])

    def _load_cities(self) -> None:
        with gzip.open(self.root / "cities.tsv.gz", "rt", encoding="utf-8") as fh:
            text = fh.read()
        rows, index = self.city_rows, self.city_index
        short_names, alt_names = self._city_short, self._city_alts
        for i, (gid, name, cc, admin1, pop, common, short, alts) in enumerate(self._rows(text)):
            m = _ADMIN_SUFFIX.fullmatch(name) if cc in _ADMIN_SUFFIX_COUNTRIES else None
            if m:  # "Goyang-si" is the city Goyang; its GeoNames name stays a short name of it
                short = "|".join(filter(None, (name, short)))
                name = m.group("base")
            rows.append((int(gid), name, cc, admin1, int(pop), int(common)))
            index[name].append(i)
            if short:  # "Frankfurt" for "Frankfurt am Main", "New York" for "New York City"
                short_names.append((i, short))
                for key in short.split("|"):
                    index[key].append(i)
            if alts:
                alt_names.append((i, alts))

    def city(self, i: int) -> Place:
        """The Place of city row ``i`` (built on first use)."""
        place = self._city_places.get(i)
        if place is None:
            gid, name, cc, admin1, _pop, _common = self.city_rows[i]
            region = self.regions_by_code.get((cc, admin1))
            country_place = self.countries.get(cc)
            place = Place(name, "city", gid, cc, None, region.name if region else None,
                          country_place.name if country_place else None)
            self._city_places[i] = place
        return place

    def city_region(self, place: Place) -> Place | None:
        """The first-level region of a city Place, if the gazetteer knows it."""
        for i in self.city_index.get(place.name, ()):
            gid, _name, cc, admin1, _pop, _common = self.city_rows[i]
            if gid == place.geonames_id:
                return self.regions_by_code.get((cc, admin1))
        return None

    def city_folded(self) -> dict[str, list[int]]:
        """Accent- and case-folded name index ('dusseldorf'), built on first need only."""
        if self._city_folded is None:
            idx: dict[str, list[int]] = defaultdict(list)
            for i, row in enumerate(self.city_rows):
                idx[_fold(row[1])].append(i)
            for i, short in self._city_short:
                for key in short.split("|"):
                    idx[_fold(key)].append(i)
            for rows in idx.values():
                rows.sort()
            self._city_folded = idx
        return self._city_folded

    def city_alt_index(self) -> dict[str, list[int]]:
        """Alternate-name index (exonyms such as 'Peking'), built on first need only."""
        if self._city_alt_index is None:
            idx: dict[str, list[int]] = defaultdict(list)
            for i, alts in self._city_alts:
                for alt in alts.split("|"):
                    idx[alt].append(i)
            self._city_alt_index = idx
        return self._city_alt_index


# --------------------------------------------------------------------------- city cache

_EXACT, _FOLDED, _ALTERNATE = 0, 1, 2  # the three city name indexes, as stored
#: bump when the cached file's layout changes (its name also hashes this module and the tables)
_CACHE_FORMAT = 1
_MEMO_LIMIT = 100_000  # memoized answers per index before the memo starts afresh


class _CityDB:
    """Read-only access to a cached city file, safe across ``fork`` (a worker process opens
    its own connection) and threads (one lock); every answer is memoized."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._pid = -1
        self._conn: sqlite3.Connection | None = None
        self._lock = threading.Lock()
        self.rows = _CityRows(self)

    def fetch(self, sql: str, args: tuple) -> list[tuple]:
        with self._lock:
            if self._conn is None or self._pid != os.getpid():
                self._conn = sqlite3.connect(f"file:{self.path}?mode=ro&immutable=1", uri=True,
                                             check_same_thread=False)
                self._pid = os.getpid()
            return self._conn.execute(sql, args).fetchall()

    def index(self, kind: int) -> _CityIndex:
        return _CityIndex(self, kind)


class _CityRows:
    """``rows[i]``: city row ``i`` as the in-memory table has it."""

    def __init__(self, db: _CityDB) -> None:
        self.db = db
        self.memo: dict[int, tuple[int, str, str, str, int, int]] = {}

    def __getitem__(self, i: int) -> tuple[int, str, str, str, int, int]:
        row = self.memo.get(i)
        if row is None:
            found = self.db.fetch("SELECT gid, name, cc, admin1, pop, common FROM city WHERE i = ?", (i,))
            if not found:
                raise IndexError(i)
            gid, name, cc, admin1, pop, common = found[0]
            row = (gid, name, cc, admin1, pop, int(common))
            if len(self.memo) >= _MEMO_LIMIT:
                self.memo.clear()
            self.memo[i] = row
        return row

    def __len__(self) -> int:
        return self.db.fetch("SELECT count(*) FROM city", ())[0][0]


class _CityIndex:
    """``index.get(name)``: the city row numbers of a name (most populous first), as the
    in-memory dict of lists answers."""

    def __init__(self, db: _CityDB, kind: int) -> None:
        self.db, self.kind = db, kind
        self.memo: dict[str, list[int] | None] = {}

    def get(self, key: str, default=None):
        if key in self.memo:
            rows = self.memo[key]
        else:
            found = self.db.fetch("SELECT rows FROM name WHERE kind = ? AND key = ?", (self.kind, key))
            rows = [int(x) for x in found[0][0].split(",")] if found else None
            if len(self.memo) >= _MEMO_LIMIT:
                self.memo.clear()
            self.memo[key] = rows
        return default if rows is None else rows

    def __len__(self) -> int:
        return self.db.fetch("SELECT count(*) FROM name WHERE kind = ?", (self.kind,))[0][0]


#: the per-user cache directory, shared with the pattern cache
_cache_dir = patterns.cache_dir


def city_cache_path(root: Path = _DIR) -> Path | None:
    """The cached city file of ``root``'s tables, or None without a cache directory. Its
    name hashes the tables and this module (the index code), so an edited gazetteer or a
    new version of the code never reads a stale file."""
    base = _cache_dir()
    if base is None:
        return None
    digest = hashlib.sha1(f"{_CACHE_FORMAT} {sqlite3.sqlite_version}".encode())
    try:
        for path in (Path(__file__), root / "countries.tsv", root / "regions.tsv", root / "cities.tsv.gz"):
            digest.update(path.read_bytes())
    except OSError:
        return None
    return base / f"cities-{digest.hexdigest()[:16]}.sqlite"


def write_city_cache(gaz: _Gazetteer, path: Path) -> None:
    """Write the city rows and the three name indexes of an in-memory gazetteer to ``path``
    (atomically: a concurrent process sees no file or the whole file)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f"{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    tmp.unlink(missing_ok=True)
    conn = sqlite3.connect(tmp)
    try:
        conn.execute("CREATE TABLE city (i INTEGER PRIMARY KEY, gid INTEGER, name TEXT, cc TEXT, "
                     "admin1 TEXT, pop INTEGER, common INTEGER)")
        conn.execute("CREATE TABLE name (kind INTEGER, key TEXT, rows TEXT, PRIMARY KEY (kind, key)) WITHOUT ROWID")
        conn.executemany("INSERT INTO city VALUES (?, ?, ?, ?, ?, ?, ?)",
                         ((i, *row) for i, row in enumerate(gaz.city_rows)))
        for kind, index in ((_EXACT, gaz.city_index), (_FOLDED, gaz.city_folded()),
                            (_ALTERNATE, gaz.city_alt_index())):
            conn.executemany("INSERT INTO name VALUES (?, ?, ?)",
                             ((kind, key, ",".join(map(str, rows))) for key, rows in index.items() if rows))
        conn.commit()
    finally:
        conn.close()
    os.replace(tmp, path)


def load_gazetteer(root: Path = _DIR) -> _Gazetteer:
    """The gazetteer of ``root``'s tables, its cities in the per-user cache file (written
    by the first process that needs it: ~0.5 s once). A cache that cannot be written or
    read falls back to the in-memory indexes."""
    path = city_cache_path(root)
    if path is not None and not path.exists():
        try:
            write_city_cache(_Gazetteer(root), path)
        except (OSError, sqlite3.Error):
            path = None
    if path is not None:
        try:
            gaz = _Gazetteer(root, db=path)
            gaz.city_rows[0]  # opens the file: a broken one falls back below
            return gaz
        except (OSError, sqlite3.Error, IndexError, ValueError):
            pass
    return _Gazetteer(root)


@lru_cache(maxsize=1)
def _gaz() -> _Gazetteer:
    """The process-wide gazetteer, loaded on first use."""
    return load_gazetteer(_DIR)


def _clean(name: str) -> str:
    """Collapse whitespace and strip punctuation/articles around a name."""
    name = _WS.sub(" ", name).strip().strip(",;:\"“”'‘’")
    if name.startswith("(") and name.endswith(")"):
        name = name[1:-1].strip()
    name = _THE.sub("", name)
    return name.strip()


@lru_cache(maxsize=8192)
def canonical_place_name(name: str) -> str:
    """Name without article and kind words: 'Yibin City' -> 'Yibin', 'the UAE' -> 'UAE'."""
    name = _clean(name)
    m = _KIND_PREFIX.match(name)
    if m and len(name) > m.end():
        name = name[m.end():]
    m = _KIND_SUFFIX.search(name)
    if m and m.start() > 0 and not _named_with_kind_word(name):
        name = name[: m.start()]
    return name.strip()


def _named_with_kind_word(name: str) -> bool:
    """'Mexico City', 'Kuwait City': the kind word is part of the city's own gazetteer name
    (not 'Yibin City', whose city is 'Yibin'), so it stays."""
    found = _lookup_exact(name, None, None)
    return found is not None and found.kind == "city" and found.name == name


def _resolve_hint(hint: str | None) -> str | None:
    """Country hint (ISO alpha-2 or a country name) as an ISO alpha-2 code."""
    if not hint:
        return None
    if len(hint) == 2 and hint.isupper():
        return hint
    found = _country_code(_clean(hint))
    return found


def _country_code(name: str) -> str | None:
    gaz = _gaz()
    code = gaz.country_index.get(name)
    if code is None and not name.islower():
        code = gaz.country_folded.get(_fold(name))
    return code


def _pick_region(name: str, hint: str | None) -> Place | None:
    gaz = _gaz()
    cands = gaz.region_index.get(name) or (
        gaz.region_folded.get(_fold(name)) if not name.islower() else None)
    if not cands:
        return None
    if hint:
        for p in cands:
            if p.country_code == hint:
                return p
    return max(cands, key=lambda p: gaz.country_pop.get(p.country_code or "", 0))


def _pick_city(name: str, hint: str | None, *, alternates: bool = False) -> Place | None:
    gaz = _gaz()
    cands = (gaz.city_alt_index() if alternates else gaz.city_index).get(name)
    if not cands and not alternates and not name.islower():
        cands = gaz.city_folded().get(_fold(name))
    saint = _SAINT.match(name) if not alternates else None
    if saint:  # "St. Petersburg" is Saint Petersburg (5 million) before St. Petersburg, Florida
        other = gaz.city_index.get("Saint " + saint.group(1)) or []
        cands = sorted({*(cands or ()), *other}, key=lambda i: -gaz.city_rows[i][4])
    if not cands:
        return None
    if hint:
        for i in cands:
            if gaz.city_rows[i][2] == hint:
                return gaz.city(i)
    _gid, _name, _cc, _admin1, pop, common = gaz.city_rows[cands[0]]
    if common == _WORD_IN_USE and (pop < _COMMON_WORD_MIN_POPULATION or len(name) < 4) \
            and not _big_capital(gaz, _cc, _name, pop):
        return None  # "Reading", "Split" (a rare word, 'Saskatoon', is the city the text names)
    return gaz.city(cands[0])


_SAINT = patterns.compile(r"St\.?\s+(\S.*)$")


def _capital_of(gaz: _Gazetteer, code: str | None, name: str) -> bool:
    """Is the city of this name its country's (ISO ``code``) capital?"""
    return gaz.capitals.get(code or "") == name


def _big_capital(gaz: _Gazetteer, code: str, name: str, population: int) -> bool:
    """Is the city its country's capital, of :data:`_CAPITAL_WORD_MIN_POPULATION` or more?"""
    return population >= _CAPITAL_WORD_MIN_POPULATION and _capital_of(gaz, code, name)


def _lookup_exact(name: str, kind: str | None, hint: str | None) -> Place | None:
    """Look one already-cleaned name up, preferring ``kind`` when given."""
    if not name or not name[0].isupper() and not name[0].isdigit():
        return None
    if kind == "city":
        return _pick_city(name, hint) or _pick_city(name, hint, alternates=True)
    if kind == "region":
        region = _pick_region(name, hint)
        if region is not None:
            return region
        code = _country_code(name)  # "Hong Kong SAR", city-states written as regions
        return _gaz().countries[code] if code else _pick_city(name, hint)
    code = _country_code(name)
    if code is not None:
        return _gaz().countries[code]
    region = _pick_region(name, hint)
    city = _pick_city(name, hint)
    if hint and (region is None or region.country_code != hint) and (city is None or city.country_code != hint):
        # "Hanover" in a release about Germany: the exonym of a city of the country the text
        # names outranks a namesake elsewhere (a Jamaican parish, towns in the United States)
        other = _pick_city(name, hint, alternates=True)
        if other is not None and other.country_code == hint:
            return other
    if region and city:
        # A city that is its own first-level region (Tianjin, Dubai, Hamburg) is the city;
        # otherwise a bare region name (Sichuan, Bavaria) means the region.
        same = city.region == region.name and city.country_code == region.country_code
        if same and _fold(city.name) != _fold(name) and _city_population(city) < 1_000_000:
            same = False  # "Iowa" is the state, not Iowa City (but "New York" is the city)
        capital = _gaz().capitals.get(city.country_code or "") == city.name
        if same or capital or (hint and city.country_code == hint and region.country_code != hint):
            return city
        return region
    if region is not None and city is None:
        # "Ulaanbaatar": a city that is its own first-level region, written by one of its
        # alternate names, is the city (as "Tianjin" is above)
        other = _pick_city(name, hint, alternates=True)
        if other is not None and other.region == region.name and other.country_code == region.country_code:
            return other
    return region or city or _pick_city(name, hint, alternates=True)


@lru_cache(maxsize=16384)
def lookup_place(name: str, country_hint: str | None = None) -> Place | None:
    """Link a place name to a city, region or country, or None when it is not a known place.

    Handles articles ('the UAE'), kind words ('Yibin City', 'Sichuan Province',
    'Tianjin Municipality'), compass adjectives ('southwestern China'), possessive chains
    ("north China's Tianjin" -> Tianjin) and 'City, Country' pairs. Among same-named
    cities the most populous wins, unless ``country_hint`` (ISO alpha-2 or a country name)
    selects another.

    A city whose name is also an English word in current use ("Reading", "Split") needs
    600,000 people, or to be a national capital of 200,000 ("Wellington"), or a matching
    country hint (the gazetteer README tells how it is flagged).
    """
    text = _clean(name)
    if not text or _COMPASS_ONLY.fullmatch(text) or _world_region(text):
        return None
    hint = _resolve_hint(country_hint)
    m = _LOWER_TAIL.search(text)
    if m and not _KIND_SUFFIX.search(text):
        # "Brighton beach", "Bondi beach": a common noun in lower case after the name is no part
        # of it (the gazetteer's "Brighton Beach" in New York is another place)
        return lookup_place(text[:m.start()], country_hint)
    found = _lookup_exact(text, None, hint)
    if found is not None:
        return found

    m = _POSSESSIVE.match(text)
    if m:  # "north China's Tianjin": the inner name, hinted by the outer one
        outer = lookup_place(m.group("outer"), country_hint)
        inner_hint = outer.country_code if outer is not None else country_hint
        return lookup_place(m.group("inner"), inner_hint)
    if "," in text:  # "Munich, Germany" / "Yibin, Sichuan"
        parts = [p.strip() for p in text.split(",") if p.strip()]
        if len(parts) >= 2:
            outer = lookup_place(parts[-1], country_hint)
            inner = lookup_place(parts[0], outer.country_code if outer else country_hint)
            return inner or outer

    kind: str | None = None
    base = text
    m = _KIND_PREFIX.match(base)
    if m and len(base) > m.end():
        kind = _SUFFIX_KIND.get(m.group("kind"), "region")
        base = base[m.end():]
    m = _KIND_SUFFIX.search(base)
    if m and m.start() > 0:
        kind = _SUFFIX_KIND.get(m.group("kind"), "region")
        base = base[: m.start()]
    if base != text:
        found = _lookup_exact(base, kind, hint)
        if found is not None:
            return found
    m = _ISLAND.search(base)
    if m and m.start() > 0:  # "Hainan Island" is the province Hainan; an island alone is no city
        island = base[: m.start()]
        region = _pick_region(island, hint)
        code = None if region else _country_code(island)
        return region or (_gaz().countries[code] if code else None)
    m = _COMPASS.match(base)
    if m and len(base) > m.end():
        return lookup_place(base[m.end():], country_hint)
    return None


def _world_region(text: str) -> bool:
    """'Asia', 'Southeast Asia', 'the Middle East', 'Latin America', 'North America': a
    continent or world region, alone or after compass words."""
    if text in _WORLD_REGIONS:
        return True
    if _country_code(text) is not None:
        return False  # "South Africa", "Central African Republic"
    m = _COMPASS.match(text)
    return m is not None and (text[m.end():] in _WORLD_REGIONS or text[m.end():] in _COMPASS_CONTINENTS)


def is_capital(place: Place) -> bool:
    """Is the city its country's capital?"""
    return place.kind == "city" and _capital_of(_gaz(), place.country_code, place.name)


def city_population(place: Place) -> int:
    """The gazetteer's population of a city (0 when it has none)."""
    return _city_population(place)


def _city_population(place: Place) -> int:
    gaz = _gaz()
    for i in gaz.city_index.get(place.name, ()):
        if gaz.city_rows[i][0] == place.geonames_id:
            return gaz.city_rows[i][4]
    return 0


@lru_cache(maxsize=4096)
def known_city(name: str, country_hint: str | None = None, min_population: int = 50_000) -> Place | None:
    """A city written exactly as the gazetteer spells it (or its short name: 'Frankfurt'),
    of ``min_population`` or more (any size in the table, >= 15,000, when it lies in the
    country ``country_hint`` names and no other city shares its name: 'Sopot' in a release
    about Poland) and not an English word (a rare one, 'Saskatoon', counts in the country
    ``country_hint`` names), else None. Stricter than :func:`lookup_place`, for a word that is not marked as a place by the text itself
    ('Chicago' in 'the Chicago Auto Show'): no alternate names ('Lion' is no Lyon), no kind
    words ('International' is no 'International City'), no regions."""
    text = _clean(name)
    if not text or not text[0].isupper() or _COMPASS_ONLY.fullmatch(text):
        return None
    gaz = _gaz()
    rows = gaz.city_index.get(text) or gaz.city_folded().get(_fold(text)) or []
    hint = _resolve_hint(country_hint)
    if hint:
        rows = sorted(rows, key=lambda i: gaz.city_rows[i][2] != hint)
    for i in rows:
        _gid, name_, _cc, _admin1, pop, common = gaz.city_rows[i]
        if name_.endswith(" City") and _fold(name_) != _fold(text) and pop < 1_000_000:
            continue  # "International" is not International City (but "New York" is New York City)
        # a smaller city counts in the country the text names, when no other city shares its name
        # a rare word ('Saskatoon') counts in the country the text names; a word in current use
        # only for a city of millions ('Shanghai', 'Barcelona'; not 'Pest' nor 'Boston')
        if (not common or common == _RARE_WORD and hint is not None and _cc == hint
                or common == _WORD_IN_USE and (pop >= _BIG_CITY_POPULATION or _big_capital(gaz, _cc, name_, pop))) \
                and (pop >= min_population or hint is not None and _cc == hint and len(rows) == 1):
            return gaz.city(i)
    return None


#: below this population, a city named with another region of its country is another town
_TOWN_POPULATION = 100_000


def another_town(city: Place, region_name: str | None) -> bool:
    """Is the gazetteer's ``city`` not the town the text means, because the text places it
    in another first-level region of the same country ('Boone, Iowa': GeoNames' Boone is in
    North Carolina; Iowa's is under its 15,000 floor)? Only for towns under 100,000 people: a
    big city named with the region around it ('Kuala Lumpur, Selangor') is that city."""
    if city.kind != "city" or not region_name or city.region is None:
        return False
    region = lookup_place(region_name, country_hint=city.country_code)
    if region is None or region.kind != "region" or region.country_code != city.country_code:
        return False
    return region.name != city.region and _city_population(city) < _TOWN_POPULATION


def names_city(text: str, place: Place, *, spelling: bool = False) -> bool:
    """Is ``text`` written as one of the city's own names: its name, a short name
    ('Frankfurt') or an alternate ('Seville' for Sevilla), accents and case aside?
    ``spelling``: an alternate only when it spells the name's first four letters alike
    ('Seville' for Sevilla, not 'Lion' for Lyon)."""
    if place.kind != "city" or place.geonames_id is None:
        return False
    gaz = _gaz()
    text = _clean(text)
    if spelling and _fold(text)[:4] != _fold(place.name)[:4]:
        return False
    rows = [*(gaz.city_index.get(text) or ()), *(gaz.city_folded().get(_fold(text)) or ()),
            *(gaz.city_alt_index().get(text) or ())]
    return any(gaz.city_rows[i][0] == place.geonames_id for i in rows)


def place_chain(place: Place) -> list[Place]:
    """The place and its parents from the gazetteer: [city, region, country] (as known)."""
    gaz = _gaz()
    chain = [place]
    if place.kind == "city" and place.geonames_id is not None:
        region = gaz.city_region(place)
        if region is not None:
            chain.append(region)
    if place.kind != "country" and place.country_code in gaz.countries:
        chain.append(gaz.countries[place.country_code])  # type: ignore[index]
    return chain


@lru_cache(maxsize=4096)
def country(name: str) -> Place | None:
    """The country a name (or alias, or ISO alpha-2/alpha-3 code) denotes, else None."""
    text = _clean(name)
    if not text:
        return None
    code = _country_code(text) or _country_code(canonical_place_name(text))
    return _gaz().countries[code] if code else None


def country_aliases(code: str) -> list[str]:
    """Common short names of a country ('UAE', 'U.A.E.' for AE), for ``schema:alternateName``."""
    return [alias for alias, iso2 in _COUNTRY_ALIASES.items() if iso2 == code]


def is_country(name: str) -> bool:
    """True when ``name`` denotes a country."""
    return country(name) is not None


#: nationality adjectives -> ISO 3166-1 alpha-2 ("Italian hospitality groups" -> Italy)
_DEMONYMS: dict[str, str] = {
    "Afghan": "AF", "Albanian": "AL", "Algerian": "DZ", "American": "US", "Angolan": "AO", "Argentine": "AR",
    "Argentinian": "AR", "Armenian": "AM", "Australian": "AU", "Austrian": "AT", "Azerbaijani": "AZ",
    "Bahraini": "BH", "Bangladeshi": "BD", "Belarusian": "BY", "Belgian": "BE", "Bolivian": "BO",
    "Bosnian": "BA", "Brazilian": "BR", "British": "GB", "Bulgarian": "BG", "Cambodian": "KH",
    "Cameroonian": "CM", "Canadian": "CA", "Chilean": "CL", "Chinese": "CN", "Colombian": "CO",
    "Congolese": "CD", "Croatian": "HR", "Cuban": "CU", "Cypriot": "CY", "Czech": "CZ", "Danish": "DK",
    "Dominican": "DO", "Dutch": "NL", "Ecuadorian": "EC", "Egyptian": "EG", "Emirati": "AE",
    "Estonian": "EE", "Ethiopian": "ET", "Filipino": "PH", "Finnish": "FI", "French": "FR",
    "Georgian": "GE", "German": "DE", "Ghanaian": "GH", "Greek": "GR", "Guatemalan": "GT",
    "Hungarian": "HU", "Icelandic": "IS", "Indian": "IN", "Indonesian": "ID", "Iranian": "IR",
    "Iraqi": "IQ", "Irish": "IE", "Israeli": "IL", "Italian": "IT", "Ivorian": "CI", "Jamaican": "JM",
    "Japanese": "JP", "Jordanian": "JO", "Kazakh": "KZ", "Kazakhstani": "KZ", "Kenyan": "KE",
    "Korean": "KR", "Kuwaiti": "KW", "Kyrgyz": "KG", "Lao": "LA", "Latvian": "LV", "Lebanese": "LB",
    "Libyan": "LY", "Lithuanian": "LT", "Luxembourgish": "LU", "Malagasy": "MG", "Malawian": "MW",
    "Malaysian": "MY", "Maltese": "MT", "Mauritian": "MU", "Mexican": "MX", "Moldovan": "MD",
    "Mongolian": "MN", "Montenegrin": "ME", "Moroccan": "MA", "Mozambican": "MZ", "Namibian": "NA",
    "Nepali": "NP", "Nepalese": "NP", "Nigerian": "NG", "Norwegian": "NO", "Omani": "OM",
    "Pakistani": "PK", "Palestinian": "PS", "Panamanian": "PA", "Paraguayan": "PY", "Peruvian": "PE",
    "Polish": "PL", "Portuguese": "PT", "Qatari": "QA", "Romanian": "RO", "Russian": "RU",
    "Rwandan": "RW", "Saudi": "SA", "Senegalese": "SN", "Serbian": "RS", "Singaporean": "SG",
    "Slovak": "SK", "Slovenian": "SI", "Somali": "SO", "South African": "ZA", "South Korean": "KR",
    "Spanish": "ES", "Sri Lankan": "LK", "Sudanese": "SD", "Swedish": "SE", "Swiss": "CH",
    "Syrian": "SY", "Taiwanese": "TW", "Tajik": "TJ", "Tanzanian": "TZ", "Thai": "TH",
    "Tunisian": "TN", "Turkish": "TR", "Turkmen": "TM", "Ugandan": "UG", "Ukrainian": "UA",
    "Uruguayan": "UY", "Uzbek": "UZ", "Venezuelan": "VE", "Vietnamese": "VN", "Yemeni": "YE",
    "Zambian": "ZM", "Zimbabwean": "ZW",
}


def country_of_demonym(word: str) -> Place | None:
    """The country a nationality adjective names: 'Italian' -> Italy, 'Omani' -> Oman."""
    code = _DEMONYMS.get(word.strip())
    return _gaz().countries.get(code) if code else None


def capital_of(country_place: Place) -> Place | None:
    """The capital city of a country Place ('the Saudi capital' -> Riyadh), if known."""
    if country_place.kind != "country" or not country_place.country_code:
        return None
    name = _gaz().capitals.get(country_place.country_code)
    return lookup_place(name, country_hint=country_place.country_code) if name else None
