"""Find and load the project's ontology, SHACL shapes and JSON-LD context.

The files live in the source checkout, beside the ``kg`` package::

    ontology/event-kg.ttl      the ekg: ontology (single source of terms)
    ontology/context.jsonld    JSON-LD 1.1 context for compact output
    shapes/event-kg.ttl        SHACL Core shapes

They are looked up, in order:

1. in ``$EKG_RESOURCES`` (a directory holding ``ontology/`` and ``shapes/``), when set;
2. in the source checkout (``<checkout>/ontology``, ``<checkout>/shapes``): the case for
   ``pip install -e .``;
3. as package data under ``kg/resources/`` (for builds that copy them there).

A missing file raises :class:`kg.errors.SetupError` (exit code 5) that says how to fix it.
"""

from __future__ import annotations

import json
import os
from functools import lru_cache
from pathlib import Path
from typing import Any

from rdflib import Graph, URIRef
from rdflib.namespace import RDF

from kg.errors import SetupError
from kg.rdf.namespaces import EKG, bind_prefixes

__all__ = [
    "ENV_VAR",
    "ontology_path",
    "shapes_path",
    "context_path",
    "load_context",
    "load_ontology",
    "ontology_terms",
]

ENV_VAR = "EKG_RESOURCES"

_ONTOLOGY = Path("ontology") / "event-kg.ttl"
_CONTEXT = Path("ontology") / "context.jsonld"
_SHAPES = Path("shapes") / "event-kg.ttl"

_PACKAGE_DIR = Path(__file__).resolve().parents[1]  # kg/
_CHECKOUT_DIR = _PACKAGE_DIR.parent


def _candidates() -> list[tuple[Path, str]]:
    """Base directories to search, each with a short description for error messages."""
    override = os.environ.get(ENV_VAR)
    if override:
        # An explicit override is the only place looked at: silently falling back to
        # another copy would hide a typo in the variable.
        return [(Path(override).expanduser(), f"${ENV_VAR}")]
    return [
        (_CHECKOUT_DIR, "the source checkout"),
        (_PACKAGE_DIR / "resources", "the installed package data"),
    ]


def _locate(relative: Path) -> Path:
    tried = []
    for base, where in _candidates():
        path = base / relative
        if path.is_file():
            return path
        tried.append(f"{path} ({where})")
    if os.environ.get(ENV_VAR):
        fix = (
            f"set {ENV_VAR} to a directory that contains ontology/ and shapes/, "
            f"or unset it to use the copy in the project checkout"
        )
    else:
        fix = "reinstall with `pip install -e .` from the project checkout"
    raise SetupError(f"cannot find {relative.as_posix()}; looked in: {', '.join(tried)}. Fix: {fix}.")


def ontology_path() -> Path:
    """Path of ``ontology/event-kg.ttl``."""
    return _locate(_ONTOLOGY)


def shapes_path() -> Path:
    """Path of ``shapes/event-kg.ttl``."""
    return _locate(_SHAPES)


def context_path() -> Path:
    """Path of ``ontology/context.jsonld``."""
    return _locate(_CONTEXT)


@lru_cache(maxsize=1)
def load_context() -> dict[str, Any]:
    """The JSON-LD context document as a dict (``{"@context": {...}}``).

    Cached: treat the result as read-only (copy it before changing it).
    """
    path = context_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise SetupError(f"cannot read JSON-LD context {path}: {exc}") from exc
    if not isinstance(data, dict) or "@context" not in data:
        raise SetupError(f"{path} is not a JSON-LD context document (no top-level @context)")
    return data


@lru_cache(maxsize=1)
def load_ontology() -> Graph:
    """The ontology as an rdflib Graph, parsed once per process. Treat it as read-only."""
    path = ontology_path()
    graph = Graph()
    try:
        graph.parse(path, format="turtle")
    except Exception as exc:  # rdflib raises several parser-specific exception types
        raise SetupError(f"cannot parse ontology {path}: {exc}") from exc
    bind_prefixes(graph)
    return graph


def ontology_terms() -> set[URIRef]:
    """Every ``ekg:`` IRI the ontology declares (gives a type to), classes, properties and
    individuals alike."""
    graph = load_ontology()
    return {
        s for s in graph.subjects(RDF.type, None) if isinstance(s, URIRef) and s.startswith(str(EKG))
    }
