"""Normalize what a figure counts or measures: currencies (ISO 4217), measures, nouns.

``normalize_unit`` maps the many spellings of one unit to one label so figures can be
compared across documents: "per cent" / "pct" / "%" -> "percent", "sq m" -> "square metre",
"US dollars" -> "USD", "exhibitors" -> "exhibitor". Counted nouns are singularized with a
rule-based English singularizer (:func:`singularize`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.pipeline import patterns

__all__ = [
    "currency_code",
    "currency_prefix",
    "is_currency_unit",
    "measurement_unit",
    "normalize_unit",
    "rate_unit",
    "singularize",
    "split_money",
    "split_unit",
]

# Currency words, names and symbols -> ISO 4217. Keys are lower-case except symbols.
_CURRENCY_WORDS: dict[str, str] = {
    # Chinese yuan. A bare yen sign defaults to CNY (this corpus is mostly Chinese news).
    "yuan": "CNY", "rmb": "CNY", "renminbi": "CNY", "yuan renminbi": "CNY", "¥": "CNY",
    "cn¥": "CNY", "元": "CNY", "rmb¥": "CNY",
    "$": "USD", "us$": "USD", "u.s.$": "USD", "usd": "USD", "dollar": "USD", "dollars": "USD",
    "us dollar": "USD", "us dollars": "USD", "u.s. dollar": "USD", "u.s. dollars": "USD",
    "american dollar": "USD", "american dollars": "USD",
    "hk$": "HKD", "hong kong dollar": "HKD", "hong kong dollars": "HKD",
    "s$": "SGD", "singapore dollar": "SGD", "singapore dollars": "SGD",
    "a$": "AUD", "au$": "AUD", "australian dollar": "AUD", "australian dollars": "AUD",
    "c$": "CAD", "ca$": "CAD", "canadian dollar": "CAD", "canadian dollars": "CAD",
    "nz$": "NZD", "new zealand dollar": "NZD", "new zealand dollars": "NZD",
    "nt$": "TWD", "new taiwan dollar": "TWD", "new taiwan dollars": "TWD",
    "€": "EUR", "euro": "EUR", "euros": "EUR",
    "£": "GBP", "pound": "GBP", "pounds": "GBP", "pound sterling": "GBP",
    "pounds sterling": "GBP", "sterling": "GBP", "british pound": "GBP",
    "british pounds": "GBP",
    "dh": "AED", "dhs": "AED", "dh.": "AED", "dhs.": "AED", "dirham": "AED", "dirhams": "AED",
    "uae dirham": "AED", "uae dirhams": "AED", "emirati dirham": "AED",
    "riyal": "SAR", "riyals": "SAR", "saudi riyal": "SAR", "saudi riyals": "SAR",
    "qatari riyal": "QAR", "qatari riyals": "QAR",
    "yen": "JPY", "jp¥": "JPY", "円": "JPY",
    "won": "KRW", "₩": "KRW", "korean won": "KRW",
    "rupee": "INR", "rupees": "INR", "rs": "INR", "rs.": "INR", "₹": "INR",
    "indian rupee": "INR", "indian rupees": "INR",
    "ruble": "RUB", "rubles": "RUB", "rouble": "RUB", "roubles": "RUB", "₽": "RUB",
    "real": "BRL", "reais": "BRL", "r$": "BRL", "brazilian real": "BRL",
    "franc": "CHF", "francs": "CHF", "swiss franc": "CHF", "swiss francs": "CHF",
    "lira": "TRY", "liras": "TRY", "turkish lira": "TRY", "₺": "TRY",
    "baht": "THB", "฿": "THB", "ringgit": "MYR", "rand": "ZAR", "naira": "NGN", "₦": "NGN",
    "rupiah": "IDR", "dong": "VND", "₫": "VND", "peso": "MXN", "pesos": "MXN",
    "mexican peso": "MXN", "philippine peso": "PHP", "₱": "PHP",
    "soles": "PEN", "nuevos soles": "PEN", "peruvian soles": "PEN", "peruvian sol": "PEN",
    "shekel": "ILS", "shekels": "ILS", "₪": "ILS", "hryvnia": "UAH", "₴": "UAH",
    "zloty": "PLN", "krona": "SEK", "kronor": "SEK", "krone": "NOK", "kroner": "NOK",
    "dinar": "KWD", "kuwaiti dinar": "KWD", "egyptian pound": "EGP",
    "egyptian pounds": "EGP", "pataca": "MOP", "patacas": "MOP", "mop$": "MOP",
    "danish krone": "DKK", "danish kroner": "DKK", "norwegian krone": "NOK", "norwegian kroner": "NOK",
    "swedish krona": "SEK", "swedish kronor": "SEK", "icelandic krona": "ISK", "icelandic kronur": "ISK",
    "czech koruna": "CZK", "czech korunas": "CZK", "hungarian forint": "HUF", "forint": "HUF",
    "polish zloty": "PLN", "zlotys": "PLN", "south african rand": "ZAR", "nigerian naira": "NGN",
    "pakistani rupee": "PKR", "pakistani rupees": "PKR", "sri lankan rupee": "LKR",
    "sri lankan rupees": "LKR", "indonesian rupiah": "IDR", "malaysian ringgit": "MYR",
    "thai baht": "THB", "vietnamese dong": "VND", "argentine peso": "ARS", "argentine pesos": "ARS",
    "chilean peso": "CLP", "chilean pesos": "CLP", "colombian peso": "COP", "colombian pesos": "COP",
    "brazilian reais": "BRL", "japanese yen": "JPY", "chinese yuan": "CNY", "omani rial": "OMR",
    "omani rials": "OMR", "bahraini dinar": "BHD", "bahraini dinars": "BHD", "jordanian dinar": "JOD",
    "jordanian dinars": "JOD", "russian rouble": "RUB", "russian roubles": "RUB", "russian ruble": "RUB",
    "russian rubles": "RUB", "taiwan dollar": "TWD", "taiwan dollars": "TWD",
    "ugandan shilling": "UGX", "ugandan shillings": "UGX", "tanzanian shilling": "TZS",
    "tanzanian shillings": "TZS", "ghanaian cedi": "GHS", "moroccan dirham": "MAD", "moroccan dirhams": "MAD",
    "ksh": "KES", "kshs": "KES", "kenyan shilling": "KES", "kenyan shillings": "KES", "shilling": "KES",
    "shillings": "KES", "rp": "IDR", "rp.": "IDR", "n$": "NAD", "₵": "GHS", "cedi": "GHS", "cedis": "GHS",
    "birr": "ETB", "tk": "BDT", "taka": "BDT", "php": "PHP", "qr": "QAR", "sr": "SAR", "bd": "BHD",
    "ro": "OMR", "kd": "KWD", "e£": "EGP", "le": "EGP", "rm": "MYR", "gh₵": "GHS", "gh¢": "GHS", "sar": "SAR",
    "rupiahs": "IDR", "ringgits": "MYR", "nairas": "NGN", "takas": "BDT", "bahts": "THB",
    "lev": "BGN", "leva": "BGN", "levs": "BGN", "bulgarian lev": "BGN", "kuna": "HRK", "kunas": "HRK",
    "tugrik": "MNT", "tugriks": "MNT", "tögrög": "MNT", "togrog": "MNT", "tugrug": "MNT", "tugrugs": "MNT",
    "lari": "GEL", "manat": "AZN", "manats": "AZN", "tenge": "KZT", "koruna": "CZK", "korunas": "CZK",
    "czech crowns": "CZK", "riel": "KHR", "riels": "KHR", "kyat": "MMK", "kyats": "MMK", "lei": "RON",
    "forints": "HUF", "zlotys": "PLN", "kwacha": "ZMW", "dinars": "KWD",
    "jd": "JOD", "cfa franc": "XOF", "cfa francs": "XOF", "fcfa": "XOF", "cfa": "XOF",
    "rwandan franc": "RWF", "rwandan francs": "RWF", "rwf": "RWF", "frw": "RWF",
    "dram": "AMD", "drams": "AMD", "armenian dram": "AMD", "armenian drams": "AMD",
    "s/": "PEN", "s/.": "PEN", "nuevo sol": "PEN",
}

#: abbreviations written before a number that are currencies only in this spelling ("Tk 500
#: crore", "SR 5 billion"; but "tk", "Sr." and "le" are other words)
_PREFIX_SPELLINGS = frozenset({
    "Rs", "Rs.", "Rp", "Rp.", "Tk", "Tk.", "Dh", "Dh.", "Dhs", "Dhs.", "KSh", "Ksh", "Kshs", "KShs",
    "RM", "QR", "SR", "BD", "KD", "RO", "LE", "E£", "N$", "GH₵", "GH¢", "RMB", "JD", "FCFA", "Rwf", "Frw",
    "S/", "S/.",  # the Peruvian sol ("S/ 200 million", "S/.50")
})

# Currency prefixes glued to a number, longest first so "US$" wins over "$".
_PREFIXES = sorted(
    ["US$", "U.S.$", "HK$", "S$", "A$", "AU$", "C$", "CA$", "NZ$", "NT$", "R$", "MOP$",
     "CN¥", "JP¥", "RMB¥", "$", "€", "£", "¥", "₹", "₩", "₽", "₺", "₦", "₱", "₪", "₫", "฿",
     "RMB", "Dhs.", "Dhs", "Dh.", "Dh", "Rs.", "Rs", "Rp.", "Rp", "Tk.", "Tk", "KShs", "KSh", "Kshs",
     "Ksh", "RM", "QR", "SR", "E£", "N$", "GH₵", "GH¢", "₵", "BD", "KD", "RO", "JD", "LE", "FCFA", "Rwf", "Frw", "S/.", "S/"],
    key=len, reverse=True,
)
_MONEY = patterns.compile(
    r"^(?P<cur>" + "|".join(re.escape(p) for p in _PREFIXES) + r"|[A-Z]{3})\s?"
    r"(?P<num>[+-]?\.?\d[\d.,]*(?:\s*[A-Za-z]+)?)$"
)
_MONEY_TRAILING = patterns.compile(
    r"^(?P<num>[+-]?\.?\d[\d.,]*)\s?(?P<cur>[€£¥₹₩₽₺₦₱₪₫฿$元円])$"
)


@lru_cache(maxsize=1)
def _iso_currencies() -> frozenset[str]:
    """All ISO 4217 alphabetic codes known to pycountry (loaded once, on first need)."""
    import pycountry

    return frozenset(c.alpha_3 for c in pycountry.currencies) | _WITHDRAWN


#: codes withdrawn from ISO 4217 (newer pycountry drops them) that older releases still
#: write: the Bulgarian lev before the euro (2026), the Croatian kuna (2023), ...
_WITHDRAWN = frozenset({"BGN", "HRK", "LTL", "LVL", "EEK", "SKK", "SIT", "CYP", "MTL", "VEF", "ZMK", "MRO",
                        "STD", "SLL", "BYR", "GHC", "ZWL", "ANG"})


def is_currency_unit(label: str) -> bool:
    """True for a 3-letter upper-case ISO 4217 code ('CNY', 'AED')."""
    return len(label) == 3 and label.isupper() and label in _iso_currencies()


@lru_cache(maxsize=4096)
def currency_code(token: str) -> str | None:
    """ISO 4217 code for a currency word, name, symbol or code, else None.

    'yuan' / 'RMB' / '¥' -> 'CNY', 'US$' / 'dollars' -> 'USD', 'Dhs' -> 'AED'. A bare
    three-letter code must be upper case ('ALL' is the Albanian lek, 'all' is a word).
    """
    t = " ".join(token.split()).strip()
    if not t:
        return None
    if is_currency_unit(t):
        return t
    return _CURRENCY_WORDS.get(t.lower()) or _CURRENCY_WORDS.get(t)


@lru_cache(maxsize=4096)
def currency_prefix(token: str) -> str | None:
    """ISO 4217 code for a token written before a number as its currency, else None: a
    symbol ('$', '€', '₦', 'US$'), an upper-case ISO code ('SAR', 'AED') or an abbreviation
    in its own spelling ('Rs', 'Rp', 'Tk', 'Dh', 'KSh', 'RM'). Words that are currencies
    only after a number ('won', 'real', 'rand', 'pound') and other casings are not."""
    t = token.strip()
    if not t or t.isalpha() and t.islower():
        return None
    if t in _PREFIX_SPELLINGS or is_currency_unit(t) or (t in _PREFIXES and not t.isalpha()):
        return currency_code(t)
    return None


@lru_cache(maxsize=8192)
def split_money(text: str) -> tuple[str | None, str]:
    """Split a currency glued to a number: 'Dh2.8' -> ('AED', '2.8'), '2.8' -> (None, '2.8')."""
    s = text.strip()
    m = _MONEY.match(s)
    if m:
        code = currency_code(m.group("cur"))
        if code is not None:
            return code, m.group("num").strip()
    m = _MONEY_TRAILING.match(s)
    if m:
        code = currency_code(m.group("cur"))
        if code is not None:
            return code, m.group("num")
    return None, s


# ---------------------------------------------------------------------------------------
# Singularizer

_IRREGULAR: dict[str, str] = {
    "people": "person", "persons": "person", "children": "child", "men": "man",
    "women": "woman", "feet": "foot", "teeth": "tooth", "geese": "goose", "mice": "mouse",
    "oxen": "ox", "dice": "die", "criteria": "criterion", "phenomena": "phenomenon",
    "curricula": "curriculum", "memoranda": "memorandum", "bacteria": "bacterium",
    "strata": "stratum", "alumni": "alumnus", "stimuli": "stimulus", "fungi": "fungus",
    "cacti": "cactus", "nuclei": "nucleus", "radii": "radius", "foci": "focus",
    "indices": "index", "matrices": "matrix", "vertices": "vertex", "appendices": "appendix",
    "analyses": "analysis", "theses": "thesis", "crises": "crisis", "diagnoses": "diagnosis",
    "hypotheses": "hypothesis", "parentheses": "parenthesis", "syntheses": "synthesis",
    "emphases": "emphasis", "oases": "oasis", "axes": "axis", "prognoses": "prognosis",
    "lives": "life", "knives": "knife", "wives": "wife", "leaves": "leaf", "halves": "half",
    "shelves": "shelf", "wolves": "wolf", "thieves": "thief", "calves": "calf",
    "loaves": "loaf", "selves": "self", "elves": "elf", "scarves": "scarf",
    "quizzes": "quiz", "gases": "gas", "lenses": "lens", "biases": "bias",
    "aliases": "alias", "atlases": "atlas", "canvases": "canvas", "buses": "bus",
    "movies": "movie", "cookies": "cookie", "calories": "calorie", "zombies": "zombie",
    "rookies": "rookie", "selfies": "selfie", "smoothies": "smoothie", "brownies": "brownie",
    "hippies": "hippie", "goalies": "goalie", "newbies": "newbie", "freebies": "freebie",
    "species": "species", "series": "series",
}
# Words whose plural and singular coincide, or that are not plurals although they end in -s.
_INVARIANT = frozenset({
    "data", "media", "news", "means", "headquarters", "premises", "staff", "equipment",
    "sheep", "fish", "deer", "aircraft", "spacecraft", "police", "cattle", "personnel",
    "information", "research", "software", "hardware", "furniture", "logistics",
    "economics", "politics", "physics", "mathematics", "statistics", "athletics",
    "electronics", "aerobics", "crossroads", "barracks", "chassis", "corps", "species",
    "series", "yes", "this", "has", "was", "is", "its", "us", "gas", "lens", "bias",
    "always", "perhaps", "whereas", "plus", "thus", "across", "alias", "atlas", "canvas",
    "ethos", "pathos", "chaos", "kudos", "cosmos", "tennis", "diabetes", "measles",
    "rabies", "herpes", "mumps", "billiards", "innings", "offspring",
})
# Plurals in -ches/-oes/-uses that only drop the final -s.
_DROP_S = frozenset({
    "aches", "headaches", "toothaches", "stomachaches", "niches", "caches", "cliches",
    "moustaches", "avalanches", "psyches", "creches", "quiches",
    "shoes", "toes", "canoes", "oboes", "horseshoes", "tiptoes", "foes", "hoes", "floes",
    "excuses", "abuses", "fuses", "muses", "ruses", "misuses", "overuses", "recluses",
    "accuses", "refuses", "amuses", "diffuses", "infuses",
})
_MAN_EXCEPTIONS = frozenset({
    "specimen", "abdomen", "omen", "stamen", "semen", "hymen", "regimen", "acumen",
    "cyclamen", "bitumen", "albumen", "yemen", "amen",
})
_ACRONYM_PLURAL = patterns.compile(r"^(?:[A-Z][A-Z0-9&]+|[A-Z][a-z]?[A-Z][A-Z0-9&]?)s$")  # 'SMEs', 'MoUs', 'PhDs'
_VOWELS = frozenset("aeiou")


def _singular_lower(w: str) -> str:
    """Singular of a lower-case word (rules + exceptions)."""
    if w in _IRREGULAR:
        return _IRREGULAR[w]
    if w in _INVARIANT or len(w) < 3:
        return w
    if w.endswith("men") and w not in _MAN_EXCEPTIONS and len(w) > 4:
        return w[:-3] + "man"  # chairmen, businesswomen
    for suffix, repl in (("people", "person"), ("children", "child"), ("women", "woman")):
        if w.endswith(suffix):
            return w[: -len(suffix)] + repl
    if not w.endswith("s") or w.endswith(("ss", "us", "is", "'s")):
        return w
    if w in _DROP_S:
        return w[:-1]
    if w.endswith("ies"):
        return w[:-1] if len(w) <= 4 else w[:-3] + "y"  # ties -> tie; countries -> country
    if w.endswith("yses"):
        return w[:-4] + "ysis"  # paralyses
    if w.endswith(("sses", "xes", "zzes", "tzes", "ches", "shes")):
        return w[:-2]
    if w.endswith("uses"):
        # buses/viruses/campuses (-us) vs causes/houses (-use): a vowel before 'uses'
        return w[:-1] if len(w) <= 4 or w[-5] in _VOWELS else w[:-2]
    if w.endswith("oes"):
        return w[:-2]  # heroes, potatoes
    return w[:-1]


@lru_cache(maxsize=16384)
def singularize(word: str) -> str:
    """English singular of ``word``, keeping its capitalization: 'Countries' -> 'Country'.

    Handles irregulars (people, children, criteria, analyses), invariants (data, news,
    series, species) and the -ies/-ses/-xes/-ches/-shes/-ves/-oes rules, and leaves words
    ending in -ss/-us/-is alone. Acronym plurals lose their 's' ('SMEs' -> 'SME', 'MoUs' -> 'MoU').
    """
    if not word:
        return word
    if _ACRONYM_PLURAL.match(word):
        return word[:-1]
    if word.isupper() and len(word) > 1:
        return word
    out = _singular_lower(word.lower())
    if word[0].isupper():
        out = out[0].upper() + out[1:]
    return out


# ---------------------------------------------------------------------------------------
# Units

_PERCENT = {"%", "percent", "per cent", "pct", "pct.", "percentage", "per-cent", "pc"}
_PERCENT_POINT = {"percentage point", "percentage points", "pp", "ppt", "ppts",
                  "percent point", "percent points", "pts", "points"}

# Measurement units: lower-cased spelling (hyphens as spaces) -> label.
_MEASURES: dict[str, str] = {}


def _measures(label: str, *spellings: str) -> None:
    for s in spellings:
        _MEASURES[s] = label


_measures("square metre", "square metre", "square metres", "square meter", "square meters",
          "sq m", "sq. m", "sq. m.", "sqm", "sq.m", "sq.m.", "m2", "m²", "sq metres",
          "sq meters", "sq metre", "sq meter", "sq. metres", "sq. meters", "sq. metre", "sq. meter",
          "square-metre", "square-meter", "square-metres", "square-meters")
_measures("square kilometre", "square kilometre", "square kilometres", "square kilometer",
          "square kilometers", "sq km", "sq. km", "km2", "km²", "sqkm", "sq. km.")
_measures("square foot", "square foot", "square feet", "sq ft", "sq. ft", "sq. ft.",
          "sqft", "sf", "ft2", "ft²", "sq feet", "sq. feet", "square-foot", "square-feet")
_measures("square mile", "square mile", "square miles", "sq mi", "sq. mi.")
_measures("hectare", "hectare", "hectares", "ha")
_measures("acre", "acre", "acres")
_measures("mu", "mu")  # Chinese land unit
_measures("ton", "ton", "tons", "tonne", "tonnes", "metric ton", "metric tons",
          "metric tonne", "metric tonnes", "t", "mt")
_measures("kilogram", "kilogram", "kilograms", "kilogramme", "kilogrammes", "kg", "kgs")
_measures("gram", "gram", "grams", "gramme", "grammes", "g")
_measures("pound (mass)", "lb", "lbs")
_measures("kilometre", "kilometre", "kilometres", "kilometer", "kilometers", "km", "kms")
_measures("metre", "metre", "metres", "meter", "meters", "m")
_measures("centimetre", "centimetre", "centimetres", "centimeter", "centimeters", "cm")
_measures("millimetre", "millimetre", "millimetres", "millimeter", "millimeters", "mm")
_measures("mile", "mile", "miles", "mi")
_measures("foot", "foot", "feet", "ft")
_measures("km/h", "km/h", "kph", "kmh", "km/hr", "kilometres per hour",
          "kilometers per hour", "kilometre per hour", "kilometer per hour")
_measures("mph", "mph", "miles per hour")
_measures("litre", "litre", "litres", "liter", "liters", "l")
_measures("barrel", "barrel", "barrels", "bbl", "bbls")
_measures("TEU", "teu", "teus", "twenty-foot equivalent unit", "twenty foot equivalent units",
          "twenty-foot equivalent units")
_measures("hour", "hour", "hours", "hr", "hrs", "h")
_measures("minute", "minute", "minutes", "min", "mins")
_measures("day", "day", "days")
_measures("year", "year", "years", "yr", "yrs")

_SI_PREFIX = {"k": "k", "kilo": "k", "m": "M", "mega": "M", "g": "G", "giga": "G",
              "t": "T", "tera": "T"}
_POWER = patterns.compile(r"^(?P<p>[kmgt])w(?P<h>h|p)?$", re.IGNORECASE)
_POWER_WORDS = patterns.compile(r"^(?P<p>kilo|mega|giga|tera)watts?(?:[\s-]*(?P<h>hours?))?$")
_WATT = patterns.compile(r"^(?:watts?|w)(?:[\s-]*(?P<h>hours?|h))?$")
_CONJ = patterns.compile(r"(\s*,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+|\s*&\s*|\s*/\s*)")
_WS = patterns.compile(r"\s+")


def _energy(text: str) -> str | None:
    """'GWh' / 'gigawatt-hours' -> 'GWh', 'MW' -> 'MW' (case-preserving acronym labels)."""
    m = _POWER.match(text)
    if m:
        # a lower-case 'mw' is read as MW (megawatt), as news copy does; milliwatts are rare
        suffix = {"h": "h", "p": "p", None: ""}[m.group("h") and m.group("h").lower()]
        return _SI_PREFIX[m.group("p").lower()] + "W" + suffix
    low = text.lower()
    m = _POWER_WORDS.match(low)
    if m:
        return _SI_PREFIX[m.group("p")] + "W" + ("h" if m.group("h") else "")
    m = _WATT.match(low)
    if m:
        return "Wh" if m.group("h") else "W"
    return None


#: measures of time: a number glued to one is a duration ("three-day"), not a specification
_TIME_UNITS = frozenset({"hour", "minute", "day", "year"})
#: unit suffixes too ambiguous to read glued to a number: "5m" and "3b" are scales in news copy
_NOT_GLUED = frozenset({"m", "b", "t", "g", "l", "h", "mi", "min", "mins", "day", "days", "year", "years", "yr",
                        "yrs", "hr", "hrs", "sf", "ha"})
_GLUED_UNIT = patterns.compile(r"^(?P<num>\d[\d,]*(?:\.\d+)?)-?(?P<unit>[A-Za-z²/]+[A-Za-z²2]?)$")


@lru_cache(maxsize=4096)
def measurement_unit(text: str) -> str | None:
    """The label of a unit of measure (area, length, mass, volume, power, energy, speed),
    else None: 'tonne' -> 'ton', 'sqm' -> 'square metre', 'megawatt' -> 'MW'. Measures of
    time ('day', 'hours') are not units of a specification and give None."""
    s = _WS.sub(" ", text).strip()
    if not s:
        return None
    label = _energy(s) or _MEASURES.get(s.lower()) or _MEASURES.get(s.lower().replace("-", " "))
    return label if label is not None and label not in _TIME_UNITS else None


@lru_cache(maxsize=4096)
def split_unit(text: str) -> tuple[str, str] | None:
    """A number glued to a unit of measure: '40,000sqm' -> ('40,000', 'square metre'),
    '350km/h' -> ('350', 'km/h'), '5MW' -> ('5', 'MW'). None for scales ('5m', '3bn'),
    ambiguous one-letter units and anything else."""
    m = _GLUED_UNIT.match(text.strip())
    if not m or m.group("unit").lower() in _NOT_GLUED:
        return None
    label = measurement_unit(m.group("unit"))
    return (m.group("num"), label) if label is not None else None


_RATES = {("kilometre", "hour"): "km/h", ("mile", "hour"): "mph", ("metre", "second"): "m/s"}


def rate_unit(unit: str, per: str) -> str:
    """'kilometre' per 'hour' -> 'km/h'; otherwise '<unit> per <per>' ('ton per year')."""
    return _RATES.get((unit, per), f"{unit} per {per}")


@lru_cache(maxsize=16384)
def normalize_unit(text: str) -> str:
    """One label per unit: '%' -> 'percent', 'sq m' -> 'square metre', 'yuan' -> 'CNY',
    'gigawatt hours' -> 'GWh', 'healthcare professionals' -> 'healthcare professional'.

    Counted nouns are lower-cased and singularized on the last word of each conjunct
    ('countries and regions' -> 'country and region'); acronyms keep their case.
    """
    s = _WS.sub(" ", text).strip().strip(".,;:")
    if not s:
        return s
    code = currency_code(s)
    if code is not None:
        return code
    low = s.lower()
    if low in _PERCENT:
        return "percent"
    if low in _PERCENT_POINT:
        return "percentage point"
    energy = _energy(s)
    if energy is not None:
        return energy
    measure = _MEASURES.get(low) or _MEASURES.get(low.replace("-", " "))
    if measure is not None:
        return measure
    parts = _CONJ.split(s)
    out = []
    for i, part in enumerate(parts):
        if i % 2:  # separator
            sep = part.strip().lower()
            if sep.startswith(","):
                rest = sep[1:].strip()
                out.append(f", {rest} " if rest else ", ")
            else:
                out.append(f" {sep} ")
            continue
        words = part.split(" ")
        words = [w if (w.isupper() and len(w) > 1) or _ACRONYM_PLURAL.match(w) else w.lower()
                 for w in words]
        if words and words[-1]:
            words[-1] = singularize(words[-1])
        out.append(" ".join(words))
    return _WS.sub(" ", "".join(out)).strip()
