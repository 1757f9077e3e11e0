"""A short human summary of a graph: each main event, when and where, who, sessions,
topics, and a table of its statistics. Read from the graph alone (contract terms), so it
works on any file ``kg build`` wrote."""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import Graph, Literal
from rdflib.namespace import PROV, RDF, SKOS

from kg.rdf.namespaces import EKG, SDO

_ROLE_LABELS = [
    (EKG.host, "hosted by"), (EKG.organizer, "organized by"), (EKG.coOrganizer, "co-organized by"),
    (SDO.sponsor, "sponsored by"), (EKG.supporter, "supported by"), (EKG.partner, "partners"),
    (EKG.guestOfHonor, "guest of honour"),
]
_QUAL = {"Exact": "", "MoreThan": ">", "AtLeast": "≥", "Approximately": "~", "Nearly": "≈<",
         "UpTo": "≤", "LessThan": "<"}


def _name(g: Graph, node) -> str:
    for p in (SDO.name, SKOS.prefLabel):
        v = g.value(node, p)
        if v is not None:
            return str(v)
    return str(node).rsplit("/", 1)[-1]


def _place_chain(g: Graph, node) -> str:
    names, seen = [], set()
    while node is not None and node not in seen:
        seen.add(node)
        names.append(_name(g, node))
        node = g.value(node, SDO.containedInPlace)
    return ", ".join(names)


def _fmt_value(v: Literal) -> str:
    x = v.toPython()
    try:
        f = float(x)
    except (TypeError, ValueError):
        return str(x)
    if f.is_integer():
        return f"{int(f):,}"
    return f"{f:,.3f}".rstrip("0").rstrip(".")


def main_events(g: Graph) -> list:
    """The events the releases are about (``?doc schema:about ?event``); for a graph
    without documents, every event that is not a session or part of another event."""
    mains = []
    for d in g.subjects(RDF.type, SDO.NewsArticle):
        mains += [e for e in g.objects(d, SDO.about) if e not in mains]
    if not mains:
        mains = sorted({e for e in g.subjects(RDF.type, SDO.Event)
                        if (e, RDF.type, EKG.Session) not in g and g.value(e, SDO.superEvent) is None},
                       key=str)
    return mains


def render(g: Graph, console=None) -> int:
    """Print the summary with rich (a panel per main event and a statistics table).
    Returns the number of events shown: 0 tells the caller the graph holds no event."""
    from rich.console import Console
    from rich.table import Table

    console = console or Console()
    mains = main_events(g)
    for e in mains:
        console.print(f"[bold]{_name(g, e)}[/bold]  ({', '.join(sorted(str(t).split('#')[-1] for t in g.objects(e, RDF.type) if str(t).startswith(str(EKG))) or ['Event'])})")
        start, end = g.value(e, SDO.startDate), g.value(e, SDO.endDate)
        when = f"{start}" + (f" – {end}" if end else "") if start else "date not stated"
        where = _place_chain(g, g.value(e, SDO.location)) if g.value(e, SDO.location) else "place not stated"
        console.print(f"  when:  {when}\n  where: {where}")
        for p in (EKG.theme, EKG.edition):
            v = g.value(e, p)
            if v is not None:
                console.print(f"  {str(p).split('#')[-1]}: {v}")
        for p, label in _ROLE_LABELS:
            agents = sorted({_name(g, a) for a in g.objects(e, p)})
            if agents:
                console.print(f"  {label}: " + "; ".join(agents))
        for sub in sorted(g.objects(e, SDO.subEvent), key=str):
            count = g.value(sub, EKG["count"])
            topics = sorted({_name(g, t) for t in g.objects(sub, SDO.about)})
            kind = "session" if (sub, RDF.type, EKG.Session) in g else "sub-event"
            line = f"  {kind}: {_name(g, sub)}" + (f" ×{count}" if count is not None else "")
            console.print(line + (f" — {', '.join(topics)}" if topics else ""))
        topics = sorted({_name(g, t) for t in g.objects(e, SDO.about)})
        if topics:
            console.print("  topics: " + "; ".join(topics))
    stats = list(g.subjects(RDF.type, EKG.Statistic))
    if stats:
        table = Table(title=f"{len(stats)} statistics", show_lines=False)
        for col in ("value", "unit", "measure", "about", "period", "change"):
            table.add_column(col, overflow="fold")
        rows = []
        for s in stats:
            q = g.value(s, EKG.qualifier)
            qual = _QUAL.get(str(q).split("#")[-1], "") if q is not None else ""
            base = g.value(s, EKG.changeOf)
            comp = g.value(s, EKG.comparison)
            change = ""
            if base is not None or comp is not None:
                change = (str(comp) if comp else "change") + (f" of {_fmt_value(g.value(base, SDO.value))}" if base is not None else "")
            ev = g.value(s, EKG.evidence)
            start = g.value(ev, EKG.start) if ev is not None else None
            rows.append((int(start) if start is not None else 0, [
                f"{qual}{_fmt_value(g.value(s, SDO.value))}", str(g.value(s, SDO.unitText) or ""),
                _name(g, g.value(s, SDO.measuredProperty)) if g.value(s, SDO.measuredProperty) else "",
                _name(g, g.value(s, SDO.observationAbout)) if g.value(s, SDO.observationAbout) else "",
                str(g.value(s, EKG.period) or ""), change,
            ]))
        for _, row in sorted(rows, key=lambda r: r[0]):
            table.add_row(*row)
        console.print(table)
    return len(mains)


@dataclass(frozen=True)
class CorpusCounts:
    """What a corpus holds, for the summary of a build of many releases."""

    documents: int
    events: int
    sessions: int
    statistics: int
    places: int
    agents: int
    topics: int
    triples: int


def corpus_counts(g: Graph) -> CorpusCounts:
    """Count documents, events (sessions apart), statistics, places, agents and topics."""
    def count(cls) -> int:
        return len(set(g.subjects(RDF.type, cls)))

    sessions = set(g.subjects(RDF.type, EKG.Session))
    events = set(g.subjects(RDF.type, SDO.Event)) - sessions
    agents = set(g.subjects(RDF.type, SDO.Organization)) | set(g.subjects(RDF.type, SDO.Person))
    return CorpusCounts(
        documents=count(SDO.NewsArticle), events=len(events), sessions=len(sessions),
        statistics=count(EKG.Statistic), places=count(SDO.Place), agents=len(agents),
        topics=len(set(g.subjects(RDF.type, SKOS.Concept)) - set(g.objects(None, SDO.measuredProperty))),
        triples=len(g),
    )


_COUNT_QUERY = """
SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { ?x a %s %s }
"""


def store_counts(store) -> CorpusCounts:
    """:func:`corpus_counts` for a ``pyoxigraph.Store``, by SPARQL COUNTs (no copy)."""
    from kg.graph.query import run_query

    def count(cls: str, extra: str = "") -> int:
        return int(run_query(store, _COUNT_QUERY % (cls, extra)).terms[0][0])

    return CorpusCounts(
        documents=count("schema:NewsArticle"),
        events=count("schema:Event", "FILTER NOT EXISTS { ?x a ekg:Session }"),
        sessions=count("ekg:Session"), statistics=count("ekg:Statistic"),
        places=count("schema:Place"),
        agents=int(run_query(store, "SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { VALUES ?c "
                                    "{ schema:Organization schema:Person } ?x a ?c }").terms[0][0]),
        topics=count("skos:Concept", "FILTER NOT EXISTS { ?s schema:measuredProperty ?x }"),
        triples=int(run_query(store, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").terms[0][0]),
    )


def render_corpus(g: Graph | None, console=None, *, failed: int = 0, violations: int = 0,
                  largest: int = 5, counts: CorpusCounts | None = None,
                  name: str | None = None) -> CorpusCounts:
    """A summary of many releases in a few lines: counts, the events with the most
    statistics, failures and violations (``kg build`` prints it for more than one
    document; ``kg show`` prints every event). ``counts`` given (e.g. :func:`store_counts`)
    and ``g`` None: the counts only."""
    from rich.console import Console
    from rich.markup import escape

    console = console or Console()
    c = counts or corpus_counts(g)
    console.print(
        f"[bold]{c.documents:,} documents[/bold]: {c.events:,} events, {c.sessions:,} session groups, "
        f"{c.statistics:,} statistics, {c.places:,} places, {c.agents:,} organizations and people, "
        f"{c.topics:,} topics ({c.triples:,} triples)", highlight=False)
    per_event: dict = {}
    for stat in g.subjects(RDF.type, EKG.Statistic) if g is not None else ():
        doc = g.value(stat, PROV.wasDerivedFrom)
        for e in g.objects(doc, SDO.about) if doc is not None else ():
            per_event[e] = per_event.get(e, 0) + 1
    top = sorted(per_event.items(), key=lambda kv: (-kv[1], _name(g, kv[0])))[:largest]
    if top:
        console.print("  most statistics: " + "; ".join(f"{_name(g, e)} ({n})" for e, n in top),
                      highlight=False)
    if failed:
        console.print(f"  [red]{failed:,} document{'s' if failed != 1 else ''} failed[/red] (listed above)",
                      highlight=False)
    if violations:
        console.print(f"  [yellow]{violations:,} shape violation{'s' if violations != 1 else ''}[/yellow]"
                      " (listed above)", highlight=False)
    target = escape(name) if name else "FILE"
    console.print(f"  kg show {target} prints every event; kg query {target} --example events lists them",
                  highlight=False)
    return c


def summary_text(g: Graph, width: int = 100) -> str:
    from rich.console import Console

    console = Console(record=True, width=width, force_terminal=False, color_system=None)
    with console.capture() as cap:
        render(g, console)
    return cap.get()


def print_conflicts(conflicts: list, console) -> None:
    """The conflicts between documents (:mod:`kg.graph.conflicts`) for ``kg build``'s
    summary: each event, property and value, with its document and evidence."""
    if not conflicts:
        return
    from rich.markup import escape

    from kg.graph.conflicts import conflicts_text

    console.print("[yellow]" + escape(conflicts_text(conflicts)) + "[/yellow]", highlight=False)
