"""An event's neighbourhood for the graph view: its agents, places, series and the other
editions of the series, its super- and sub-events, and the other events its agents took
part in (a few, so that the drawing stays readable)."""

from __future__ import annotations

from collections.abc import Callable

from kg.web.data import EKG, ROLES, SDO, GraphView, Ref, place_chain

__all__ = ["neighbourhood"]


def neighbourhood(view: GraphView, event: str, href: Callable[[Ref], str | None],
                  max_related: int = 12) -> dict:
    """``{"nodes": [{id, label, kind, href, center?}], "edges": [{source, target, label}]}``;
    ``href`` gives each node's link (or None)."""
    nodes: dict[str, dict] = {}
    edges: dict[tuple[str, str, str], dict] = {}

    def node(r: Ref, **extra) -> str:
        if r.iri not in nodes:
            nodes[r.iri] = {"id": r.iri, "label": r.label, "kind": r.kind, "href": href(r), **extra}
        return r.iri

    def edge(a: str, b: str, label: str) -> None:
        edges.setdefault((a, b, label), {"source": a, "target": b, "label": label})

    centre = node(Ref(event, view.label(event), "event"), center=True)
    agents: list[tuple[str, str]] = []
    for predicate, label in ROLES:
        for agent in view.iris(event, predicate):
            kind = "place" if view.has_type(agent, SDO.Place) else "agent"
            edge(centre, node(Ref(agent, view.label(agent), kind)), label)
            agents.append((agent, predicate))
    location = view.iri(event, SDO.location)
    chain = place_chain(view, location)
    for i, place in enumerate(chain):
        node(place)
        edge(centre if i == 0 else chain[i - 1].iri, place.iri, "location" if i == 0 else "in")
    series = view.iri(event, EKG.inSeries)
    if series is not None:
        s = node(Ref(series, view.label(series), "series"))
        edge(centre, s, "edition of")
        for other in view.subjects(EKG.inSeries, series):
            if other != event:
                edge(node(Ref(other, view.label(other), "event")), s, "edition of")
    for sup in view.iris(event, SDO.superEvent):
        edge(centre, node(Ref(sup, view.label(sup), "event")), "part of")
    for sub in view.iris(event, SDO.subEvent):
        if not view.has_type(sub, EKG.Session):
            edge(node(Ref(sub, view.label(sub), "event")), centre, "part of")
    # other events of the same agents (the organiser's other fairs, the guest's other visits)
    related = 0
    for agent, _ in agents:
        for predicate, label in ROLES:
            for other in view.subjects(predicate, agent):
                if other == event:
                    continue
                if other in nodes:
                    edge(other, agent, label)
                elif (related < max_related and view.has_type(other, SDO.Event)
                      and not view.has_type(other, EKG.Session)):
                    edge(node(Ref(other, view.label(other), "event")), agent, label)
                    related += 1
    return {"nodes": list(nodes.values()), "edges": list(edges.values())}
