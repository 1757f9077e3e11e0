"""Oxigraph terms as the rdflib terms they denote, for every reader of a store or of a file
Oxigraph parsed (SPARQL results, the listing index, conflicts, the shapes). It imports
nothing of kg's and nothing heavy, so that reading the shapes at the start of a build does
not pull in the query module."""

from __future__ import annotations

from typing import Any

from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def plain_literal(text: str) -> Literal:
    """``Literal(text)``, made the way rdflib makes it for a plain string (its value is the
    text, no language, no datatype: tested), without rdflib's search for a datatype that
    fits a Python value (8 us a literal, a third of converting a row of names)."""
    inst = str.__new__(Literal, text)
    inst._language = None
    inst._datatype = None
    inst._value = text
    inst._ill_typed = None
    return inst


def from_ox(term: Any, error: type[Exception] = ValueError) -> Node | None:
    """A pyoxigraph term (or None, an unbound variable) as the rdflib term it denotes; an
    unknown kind of term raises ``error``."""
    import pyoxigraph as ox

    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return str.__new__(URIRef, term.value)  # Oxigraph has checked the IRI already
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        datatype = term.datatype.value
        if datatype == XSD_STRING:
            return plain_literal(term.value)
        return Literal(term.value, datatype=str.__new__(URIRef, datatype))
    raise error(f"unsupported term: {term!r}")
