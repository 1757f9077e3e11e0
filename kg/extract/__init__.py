"""Extractors, registered by versioned name so a pipeline is data.

Each extractor is a function ``Context -> records``; ``run_extractors`` calls them in
order and stores their results on the shared :class:`~kg.extract.records.Extraction`. Users add
or swap one with :func:`register` and choose them with ``kg build --extractors``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.tokens import Doc

from kg.extract.common import release_caches
from kg.extract.context import Context
from kg.extract.records import Extraction
from kg.pipeline.document import Document

#: name -> (field of Extraction it fills, function)
REGISTRY: dict[str, tuple[str, Callable[[Context], Any]]] = {}


def register(name: str, field: str) -> Callable[[Callable[[Context], Any]], Callable[[Context], Any]]:
    """Register an extractor under a versioned name ('ekg.statistics.v1')."""

    def deco(fn: Callable[[Context], Any]) -> Callable[[Context], Any]:
        REGISTRY[name] = (field, fn)
        return fn

    return deco


def _register_builtins() -> None:
    from kg.extract.event import extract_events
    from kg.extract.roles import extract_roles
    from kg.extract.sessions import extract_sessions
    from kg.extract.source import extract_source
    from kg.extract.statistics import extract_statistics
    from kg.extract.topics import extract_event_topics

    register("ekg.source.v1", "source")(extract_source)
    register("ekg.events.v1", "events")(extract_events)
    register("ekg.roles.v1", "roles")(extract_roles)
    register("ekg.sessions.v1", "sessions")(extract_sessions)
    register("ekg.topics.v1", "topics")(extract_event_topics)
    register("ekg.statistics.v1", "statistics")(extract_statistics)


_register_builtins()

DEFAULT_EXTRACTORS: tuple[str, ...] = tuple(REGISTRY)


def run_extractors(doc: Doc, document: Document, names: tuple[str, ...] = DEFAULT_EXTRACTORS) -> Extraction:
    """Run the named extractors over one parsed document."""
    ctx = Context(doc=doc, document=document)
    try:
        for name in names:
            try:
                field, fn = REGISTRY[name]
            except KeyError:
                raise KeyError(f"unknown extractor {name!r}; known: {', '.join(REGISTRY)}") from None
            setattr(ctx.result, field, fn(ctx))
    finally:
        release_caches(doc)
    return ctx.result


__all__ = ["REGISTRY", "DEFAULT_EXTRACTORS", "register", "run_extractors", "Context"]
