"""Namespaces and IRI minting.

IRIs are flat (``…/id/stat-<doc>-3``, never ``…/doc/12/stat/3``) because path-like IRIs
make rdflib's Turtle writer super-linear (rdflib#1752), and stable: the same input always
mints the same IRIs, and names that denote the same thing (an agent, a place, a topic)
mint the same IRI in every document, so graphs of many releases merge on shared nodes.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from rdflib import Namespace, URIRef
from rdflib.namespace import OWL, PROV, RDF, RDFS, SKOS, XSD

from kg.pipeline import patterns


class _CachedNamespace(Namespace):
    """A Namespace that builds each term once: the mapper asks for ``SDO.name`` thousands
    of times per batch. (Names of ``str`` methods still need ``EKG["count"]``.)"""

    def __getattr__(self, name: str):
        if name.startswith("__"):
            raise AttributeError(name)
        term = super().__getattr__(name)
        self.__dict__[name] = term  # found as a plain attribute from now on
        return term


SDO = _CachedNamespace("https://schema.org/")
EKG = _CachedNamespace("https://w3id.org/event-kg/ns#")
ID = Namespace("https://w3id.org/event-kg/id/")
_ID_BASE = str(ID)
WD = Namespace("http://www.wikidata.org/entity/")
WDT = Namespace("http://www.wikidata.org/prop/direct/")
GEONAMES = Namespace("https://sws.geonames.org/")

PREFIXES = {
    "schema": SDO,
    "ekg": EKG,
    "ekgid": ID,
    "skos": SKOS,
    "prov": PROV,
    "xsd": XSD,
    "rdf": RDF,
    "rdfs": RDFS,
    "owl": OWL,
}

_NOT_SLUG = patterns.compile(r"[^a-z0-9]+")

__all__ = ["SDO", "EKG", "ID", "WD", "WDT", "GEONAMES", "PREFIXES", "slug", "mint", "bind_prefixes"]


def slug(text: str, max_len: int = 80) -> str:
    """Lower-case ASCII slug: 'People's Government of Yibin City' -> 'peoples-government-of-yibin-city'.
    (Memoized: the same names, places and topics come back in every release.)"""
    return _slug(text, max_len)


@lru_cache(maxsize=16384)
def _slug(text: str, max_len: int) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    text = text.lower().replace("'", "").replace("&", " and ")
    text = _NOT_SLUG.sub("-", text).strip("-")
    return text[:max_len].rstrip("-") or "x"


def mint(kind: str, *parts: object) -> URIRef:
    """A flat IRI in the instance namespace: ``mint('stat', doc_id, 3)`` -> ``…/id/stat-<doc>-3``.

    Built without rdflib's per-character IRI check (``URIRef.__new__``): a slug is
    ``[a-z0-9-]`` by construction, and the mapper mints tens of IRIs per release."""
    local = kind + "-" + "-".join(slug(str(p)) if not isinstance(p, int) else str(p) for p in parts)
    return str.__new__(URIRef, _ID_BASE + local)


def bind_prefixes(graph) -> None:
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns, override=True)
