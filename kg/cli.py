"""The ``kg`` command: build, validate, query, export, show, views.

Every command is a thin shell over one public function (``kg.build``, ``kg.graph.validate.validate``,
``kg.graph.query.run_query``, ``kg.graph.export.serialize``, ``kg.graph.summary.render``, ``kg.graph.views``).
Errors print one clear line and exit with the documented code (see ``kg.errors``).
"""

from __future__ import annotations

import sys
from datetime import date
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console

from kg.errors import BadInput, KGError, NotConforming, QueryError

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Turn news releases about events into a validated RDF knowledge graph.",
    context_settings={"help_option_names": ["-h", "--help"]},
)
err_console = Console(stderr=True, soft_wrap=True)  # never hard-wrap messages: logs are grepped
out_console = Console()
TABLE_ROWS = 1000  # rows a table shows unless --limit says otherwise


def _fail(err: KGError) -> None:
    err_console.print(f"[red]error:[/red] {err}", highlight=False)
    raise typer.Exit(err.exit_code)


def _parse_date(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date (use YYYY-MM-DD)") from None


class ResultFormat(str, Enum):
    table = "table"
    csv = "csv"
    json = "json"


@app.command()
def build(
    inputs: Annotated[list[str], typer.Argument(help="Release files, directories, globs, .jsonl files, or - for stdin.")],
    output: Annotated[Optional[Path], typer.Option("-o", "--output", help="Graph file; format from suffix (.ttl .trig .nq .nt .jsonld). Default: Turtle on stdout.")] = None,
    fmt: Annotated[Optional[str], typer.Option("--format", "-f", help="Output format when writing to stdout: turtle, trig, nquads, nt, json-ld.")] = None,
    published: Annotated[Optional[str], typer.Option(help="Publication date YYYY-MM-DD (overrides front matter and dateline).")] = None,
    validate_: Annotated[bool, typer.Option("--validate/--no-validate", help="Validate against the SHACL shapes.")] = True,
    strict: Annotated[bool, typer.Option(help="Fail (exit 1) when the graph does not conform.")] = False,
    extractors: Annotated[Optional[str], typer.Option(help="Comma-separated extractor names (default: all).")] = None,
    error_log: Annotated[Optional[Path], typer.Option(help="Write failed documents as JSON Lines here.")] = None,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, help="Worker processes for parsing.")] = 1,
    store: Annotated[Optional[Path], typer.Option(help="Keep the graph in an on-disk Oxigraph store at this path.")] = None,
    endpoint: Annotated[Optional[str], typer.Option(help="Push each document's named graph to this SPARQL 1.1 Graph Store endpoint (docs/scale.md lists each server's URL).")] = None,
    endpoint_user: Annotated[Optional[str], typer.Option(envvar="KG_ENDPOINT_USER", show_envvar=True, help="User for the endpoint (HTTP Digest or Basic, as the server asks).")] = None,
    endpoint_password: Annotated[Optional[str], typer.Option(envvar="KG_ENDPOINT_PASSWORD", show_envvar=True, help="Password for --endpoint-user (prefer the environment variable: a command line is visible to other users).")] = None,
    force: Annotated[bool, typer.Option(help="Rebuild documents already in the store (same content hash).")] = False,
    batch_size: Annotated[int, typer.Option(min=1, help="Documents per spaCy batch.")] = 64,
    compact: Annotated[bool, typer.Option(help="After a --store build, compact the store: large "
                                               "query answers read about half as many files.")] = False,
    summary: Annotated[Optional[bool], typer.Option("--summary/--no-summary", help="Print a human summary (default: on a terminal).")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or summary.")] = False,
) -> None:
    """Build the knowledge graph of one or many releases."""
    from kg.corpus.batch import BuildOptions, run_build

    try:
        opts = BuildOptions(
            inputs=inputs, output=output, fmt=fmt, published=_parse_date(published),
            validate=validate_, strict=strict,
            extractors=tuple(e.strip() for e in extractors.split(",")) if extractors else None,
            error_log=error_log, jobs=jobs, store=store, endpoint=endpoint, force=force,
            endpoint_user=endpoint_user, endpoint_password=endpoint_password,
            batch_size=batch_size, quiet=quiet, compact=compact,
            summary=(sys.stdout.isatty() and output is not None) if summary is None else summary,
        )
        code = run_build(opts, out_console, err_console)
    except KGError as err:
        _fail(err)
    raise typer.Exit(code)


@app.command()
def validate(
    graph: Annotated[Path, typer.Argument(help="A graph file (.ttl .trig .nq .nt .jsonld).")],
    engine: Annotated[str, typer.Option(help="pyshacl (the reference) or compiled (fast, same verdicts).")] = "pyshacl",
) -> None:
    """Validate a graph against the SHACL shapes; exit 1 when it does not conform."""
    from kg.graph.export import load_graph
    from kg.graph.validate import ENGINES
    from kg.graph.validate import validate as run_validate

    try:
        if engine not in ENGINES:
            raise QueryError(f"unknown engine {engine!r}; choose from {', '.join(ENGINES)}")
        report = run_validate(load_graph(graph), engine=engine)
    except KGError as err:
        _fail(err)
    out_console.print(report.text(), highlight=False)
    if not report.conforms:
        raise typer.Exit(NotConforming.exit_code)


def _open_target(graph: Optional[Path], store: Optional[Path]):
    if store is not None:
        from kg.corpus.store import open_store

        return open_store(store, read_only=True)
    if graph is None:
        raise BadInput("give a graph file or --store PATH")
    from kg.graph.export import load_graph

    return load_graph(graph)


@app.command()
def query(
    graph: Annotated[Optional[Path], typer.Argument(help="A graph file (or use --store).")] = None,
    sparql: Annotated[Optional[str], typer.Argument(help="The SPARQL query text.")] = None,
    file: Annotated[Optional[Path], typer.Option("--file", help="Read the query from a .rq file.")] = None,
    example: Annotated[Optional[str], typer.Option(help="Run a shipped example query by name (see --list).")] = None,
    list_examples: Annotated[bool, typer.Option("--list", help="List the shipped example queries.")] = False,
    store: Annotated[Optional[Path], typer.Option(help="Query an on-disk Oxigraph store instead of a file.")] = None,
    param: Annotated[Optional[list[str]], typer.Option(
        "--param", "-p", help="Bind a query parameter, NAME=VALUE (repeatable): "
        "a `VALUES ?NAME { UNDEF }` line of the query; see --list.")] = None,
    result_format: Annotated[ResultFormat, typer.Option("--format", "-f", help="Output: table, csv or json.")] = ResultFormat.table,
    limit: Annotated[Optional[int], typer.Option(
        min=0, help=f"Print at most this many rows (0: all). Default: all for csv/json, "
        f"{TABLE_ROWS:,} for a table.")] = None,
    offset: Annotated[int, typer.Option(min=0, help="Skip this many rows first (the next page).")] = 0,
) -> None:
    """Run a SPARQL query (project prefixes predeclared) and print the results."""
    from kg.graph.query import EXAMPLE_QUERIES, query_parameters, run_query

    try:
        if list_examples:
            for name, text in EXAMPLE_QUERIES.items():
                first = next((ln.lstrip("# ").strip() for ln in text.splitlines() if ln.startswith("#")), "")
                params = " ".join(f"-p {p}=..." for p in query_parameters(text))
                out_console.print(f"[bold]{name}[/bold]  {first}" + (f"  [dim]({params})[/dim]" if params else ""),
                                  highlight=False)
            return
        if store is not None and graph is not None and sparql is None:
            sparql, graph = str(graph), None  # `kg query --store PATH "SELECT ..."`
        if sum(x is not None for x in (sparql, file, example)) != 1:
            raise QueryError("give exactly one of: the query text, --file q.rq, --example NAME")
        if file is not None:
            try:
                sparql = file.read_text(encoding="utf-8")
            except OSError as err:
                raise BadInput(f"cannot read: {err.strerror}", source=str(file)) from None
        elif example is not None:
            try:
                sparql = EXAMPLE_QUERIES[example]
            except KeyError as err:
                raise QueryError(str(err.args[0])) from None
        params = {}
        for item in param or []:
            key, eq, value = item.partition("=")
            if not eq or not key.strip():
                raise QueryError(f"--param wants NAME=VALUE, got {item!r}")
            params[key.strip()] = value
        if limit is None and result_format is ResultFormat.table:
            limit = TABLE_ROWS
        result = run_query(_open_target(graph, store), sparql or "", params,
                           limit=limit or None, offset=offset)
    except KGError as err:
        _fail(err)
    if result.has_more:
        first, last = offset + 1, offset + len(result)
        shown = (f"the first {last:,} rows" if not offset else
                 f"rows {first:,}-{last:,}" if last > first else f"row {first:,}")
        err_console.print(f"{shown} shown, more follow: --offset {offset + len(result)} for the next "
                          "page, --limit 0 for all", highlight=False)
    if result_format is ResultFormat.csv:
        sys.stdout.write(result.to_csv())
    elif result_format is ResultFormat.json:
        sys.stdout.write(result.to_json() + "\n")
    else:
        out_console.print(result.to_table())


@app.command()
def export(
    graph: Annotated[Optional[Path], typer.Argument(help="A graph file (or use --store).")] = None,
    output: Annotated[Path, typer.Option("-o", "--output", help="Target file; format from suffix.")] = ...,
    store: Annotated[Optional[Path], typer.Option(help="Export from an on-disk Oxigraph store.")] = None,
) -> None:
    """Convert a graph to another format (.ttl .trig .nq .nt .jsonld)."""
    from kg.graph.export import format_for, serialize

    try:
        fmt = format_for(output)
        target = _open_target(graph, store)
        if store is not None:
            from kg.corpus.store import dump_store, store_to_dataset

            if fmt in ("nquads", "trig"):  # the document graphs, streamed by Oxigraph
                dump_store(target, fmt, output)
                err_console.print(f"wrote {output}")
                return
            target = store_to_dataset(target)
        serialize(target, fmt, output)
    except KGError as err:
        _fail(err)
    err_console.print(f"wrote {output}")


@app.command()
def show(
    graph: Annotated[Path, typer.Argument(help="A graph file.")],
) -> None:
    """Print a short human summary: events, when and where, who, sessions, statistics."""
    from kg.graph.export import load_graph
    from kg.graph.summary import render

    try:
        render(load_graph(graph), out_console)
    except KGError as err:
        _fail(err)


@app.command()
def views(
    graph: Annotated[Path, typer.Argument(help="A graph file.")],
    view: Annotated[str, typer.Option(help="entities or statistics.")] = "entities",
    output: Annotated[Optional[Path], typer.Option("-o", "--output", help="Write GraphML here.")] = None,
    neighbours_of: Annotated[Optional[str], typer.Option("--neighbours", help="List the neighbours of this entity (name or IRI).")] = None,
    path: Annotated[Optional[tuple[str, str]], typer.Option("--path", help="Paths between two entities (names or IRIs).")] = None,
) -> None:
    """networkx views of a graph: GraphML export, neighbours, paths between entities."""
    from kg.graph.export import load_graph
    from kg.graph.views import VIEWS, neighbours, paths_between, write_graphml

    try:
        if view not in VIEWS:
            raise QueryError(f"unknown view {view!r}; choose from {', '.join(VIEWS)}")
        G = VIEWS[view](load_graph(graph))
        if neighbours_of:
            for n in neighbours(G, neighbours_of):
                out_console.print(f"{G.nodes[n].get('label', n)}  <{n}>", highlight=False)
        if path:
            for p in paths_between(G, path[0], path[1]):
                out_console.print(" → ".join(str(G.nodes[n].get("label", n)) for n in p), highlight=False)
        if output:
            write_graphml(G, output)
            err_console.print(f"wrote {output} ({G.number_of_nodes()} nodes, {G.number_of_edges()} edges)")
        if not (neighbours_of or path or output):
            out_console.print(f"{view}: {G.number_of_nodes()} nodes, {G.number_of_edges()} edges")
    except (KGError, KeyError, ValueError) as err:
        if isinstance(err, KGError):
            _fail(err)
        _fail(QueryError(str(err)))


@app.command()
def serve(
    graph: Annotated[Optional[Path], typer.Argument(help="A graph file (or use --store).")] = None,
    store: Annotated[Optional[Path], typer.Option(help="Serve an on-disk Oxigraph store (read-only).")] = None,
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=0, max=65535, help="Port to listen on (0: any free port).")] = 7880,
    timeout: Annotated[float, typer.Option(min=0.1, help="Seconds a SPARQL query may run before it is stopped.")] = 10.0,
    workers: Annotated[Optional[int], typer.Option(min=1, help="Query worker processes (default: CPUs, at most 4).")] = None,
    rows: Annotated[int, typer.Option(min=1, help="Rows an HTML table shows (the endpoint gives all).")] = 200,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No request log.")] = False,
) -> None:
    """Browse the graph in a web browser, and serve it as a read-only SPARQL endpoint (/sparql)."""
    from kg.web.server import serve as run_server

    try:
        run_server(graph, store, host=host, port=port, timeout=timeout, workers=workers, rows=rows,
                   log=not quiet, announce=lambda text: err_console.print(text, highlight=False))
    except KGError as err:
        _fail(err)


@app.command()
def report(
    graph: Annotated[Optional[Path], typer.Argument(help="A graph file (or use --store).")] = None,
    output: Annotated[Path, typer.Option("-o", "--output", help="The HTML file to write.")] = Path("report.html"),
    store: Annotated[Optional[Path], typer.Option(help="Report on an on-disk Oxigraph store.")] = None,
) -> None:
    """Write the event pages, release texts, graph views and charts as one self-contained HTML file."""
    from kg.web.report import write_report

    try:
        stats = write_report(output, graph=graph, store=store)
    except KGError as err:
        _fail(err)
    err_console.print(f"wrote {output} ({stats})", highlight=False)


def main() -> None:
    """Console entry point: never a traceback for a user error."""
    try:
        app()
    except KeyboardInterrupt:
        err_console.print("interrupted")
        sys.exit(130)


if __name__ == "__main__":
    main()
