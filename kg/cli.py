"""The ``kg`` command: build, validate, query, export, show, views, info.

Every command is a thin shell over one public function (``kg.build``, ``kg.graph.validate.validate``,
``kg.graph.query.run_query``, ``kg.graph.export.serialize``, ``kg.graph.summary.render``, ``kg.graph.views``).
Errors print one clear line and exit with the documented code (see ``kg.errors``); a
misused command line (an unknown name, a bad value) exits 2.

Heavy libraries (rdflib's SPARQL, pyshacl, spaCy, networkx) are imported inside the
commands that need them, so ``kg --help`` and ``kg --version`` start fast.
"""

from __future__ import annotations

import os
import sys
from datetime import date
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.markup import escape
from typer.core import DEFAULT_MARKUP_MODE, TyperCommand, TyperGroup

from kg.errors import BadInput, InternalError, KGError, NoEventFound, NotConforming


class _Command(TyperCommand):
    """Flags show no ``<bool>`` type in ``--help`` (they take no value)."""

    def get_params(self, ctx):
        params = super().get_params(ctx)
        for p in params:
            if getattr(p, "is_flag", False):
                p.metavar = ""
        return params


def _click_control() -> tuple[type[BaseException], ...]:
    """The exceptions click and typer use to end a command on purpose (exit, usage errors,
    abort): not unexpected, so not the last resort's. Typer vendors click (``typer._click``);
    the classes of both are taken."""
    found: list[type[BaseException]] = [typer.Exit, typer.Abort]
    for module in ("typer._click.exceptions", "click.exceptions"):
        try:
            mod = __import__(module, fromlist=["ClickException"])
        except ImportError:
            continue
        found += [getattr(mod, n) for n in ("Exit", "Abort", "ClickException") if hasattr(mod, n)]
    try:
        from typer.exceptions import TyperException

        found.append(TyperException)
    except ImportError:  # an older typer
        pass
    return tuple(found)


_CLICK_CONTROL = _click_control()


class _Group(TyperGroup, _Command):
    """The last resort for every command: anything unexpected is one line and exit 9."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except _CLICK_CONTROL:
            raise
        except Exception as exc:  # noqa: BLE001 - never a traceback (KG_DEBUG=1 shows it)
            internal_error(exc)


app = typer.Typer(
    cls=_Group,
    # off a terminal, usage errors print as one plain line (no box hard-wrapped at 80)
    rich_markup_mode=DEFAULT_MARKUP_MODE if sys.stderr.isatty() else None,
    add_completion=False,
    no_args_is_help=True,
    help="Turn news releases about events into a validated RDF knowledge graph.",
    context_settings={"help_option_names": ["-h", "--help"]},
)
TABLE_ROWS = 100  # rows `kg query` prints unless --limit/--all say otherwise (kg.graph.query.DEFAULT_LIMIT)
_WIDE = 100_000  # the width of output that is not a terminal: nothing is folded or wrapped


def _console(stderr: bool = False) -> Console:
    """A console that never hard-wraps: messages and tables piped to a file or ``grep``
    keep each line whole (a terminal still gets its own width)."""
    console = Console(stderr=stderr, soft_wrap=True)
    if not console.is_terminal:
        console.width = _WIDE
    return console


err_console = _console(stderr=True)
out_console = _console()


def _command(**kwargs):
    return app.command(cls=_Command, **kwargs)


class Misuse(KGError):
    """A bad command line: an unknown name or value, options that do not go together."""

    exit_code = 2


def _fail(err: KGError) -> None:
    hint = ""
    if isinstance(err, InternalError):
        _debug_traceback(err.__cause__ or err)
        hint = "" if _debug() else _DEBUG_HINT
    err_console.print(f"[red]error:[/red] {escape(str(err))}{hint}", highlight=False)
    raise typer.Exit(err.exit_code)


_DEBUG_HINT = " (KG_DEBUG=1 shows the traceback)"


def _debug() -> bool:
    """``KG_DEBUG=1`` (or yes, true, on): show the traceback of an internal error."""
    return os.environ.get("KG_DEBUG", "").strip().lower() in ("1", "yes", "true", "on")


def _debug_traceback(exc: BaseException) -> None:
    """The traceback of ``exc`` on stderr when ``KG_DEBUG`` asks for it."""
    if _debug():
        import traceback

        traceback.print_exception(type(exc), exc, exc.__traceback__, file=sys.stderr)


def internal_error(exc: BaseException) -> None:
    """Anything unexpected: one line (what and where to look), exit 9; the traceback
    with ``KG_DEBUG=1``."""
    from kg.corpus.isolation import failure_reason

    _debug_traceback(exc)
    hint = "" if _debug() else _DEBUG_HINT
    err_console.print(f"[red]error:[/red] {escape(failure_reason(exc))}{hint}", highlight=False)
    raise typer.Exit(InternalError.exit_code)


def _note(text: str) -> None:
    err_console.print(escape(text), highlight=False)


def _parse_date(value: str | None) -> date | None:
    if value is None:
        return None
    from kg.pipeline.document import parse_published

    try:
        date.fromisoformat(value)
    except ValueError:
        raise Misuse(f"--published {value!r} is not a date (use YYYY-MM-DD)") from None
    found, problem = parse_published(value)
    if problem:
        raise Misuse("--published " + problem.replace("`published: ", "").replace("`", ""))
    return found


def _version(value: bool) -> None:
    if value:
        from kg import __version__

        typer.echo(f"kg (event-kg) {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Print the version and exit.")] = False,
) -> None:
    """Turn news releases about events into a validated RDF knowledge graph."""


class ResultFormat(str, Enum):
    table = "table"
    csv = "csv"
    json = "json"
    turtle = "turtle"


class ReportFormat(str, Enum):
    text = "text"
    turtle = "turtle"
    json_ld = "json-ld"
    nt = "nt"


def _check_output(output: Path) -> None:
    """Fail before any work when ``output`` cannot be written: a directory, a folder that
    cannot be made, a read-only place, ``/proc``. Probes by opening the file (append, so an
    existing file is untouched; a file made by the probe is removed)."""
    if output.is_dir():
        raise BadInput("is a directory, not a file", source=str(output))
    existed = output.exists()
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        with open(output, "ab"):
            pass
    except OSError as err:
        raise BadInput(f"cannot write: {err.strerror or err}", source=str(output)) from None
    if not existed:
        try:
            output.unlink()
        except OSError:
            pass


def _check_extractors(names: tuple[str, ...]) -> None:
    """Unknown extractor names are a bad command line, told before the model loads."""
    from kg.extract import REGISTRY

    unknown = [n for n in names if n not in REGISTRY]
    if unknown:
        raise Misuse(f"unknown extractor {', '.join(map(repr, unknown))}; known: {', '.join(REGISTRY)}")


@_command()
def build(
    inputs: Annotated[list[str], typer.Argument(help="Release files, directories, globs, .jsonl files, or - for stdin.")],
    output: Annotated[Optional[Path], typer.Option("-o", "--output", help="Graph file; format from its suffix (.ttl .trig .nq .nt .jsonld) unless -f says. Default: stdout.")] = None,
    fmt: Annotated[Optional[str], typer.Option("--format", "-f", help="Output format: turtle, trig, nquads, nt, json-ld. Default: the -o suffix, else Turtle.")] = None,
    published: Annotated[Optional[str], typer.Option(metavar="YYYY-MM-DD", help="Publication date (overrides front matter and dateline).")] = None,
    validate_: Annotated[bool, typer.Option("--validate/--no-validate", help="Validate against the SHACL shapes.")] = True,
    strict: Annotated[bool, typer.Option("--strict", help="Fail (exit 1) when the graph does not conform.")] = False,
    extractors: Annotated[Optional[str], typer.Option(help="Comma-separated extractor names (default: all; kg info lists them).")] = None,
    error_log: Annotated[Optional[Path], typer.Option(help="Write failed documents as JSON Lines here.")] = None,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, help="Worker processes for parsing.")] = 1,
    store: Annotated[Optional[Path], typer.Option(help="Keep the graph in an on-disk Oxigraph store at this path.")] = None,
    endpoint: Annotated[Optional[str], typer.Option(help="Push each document's named graph to this SPARQL 1.1 Graph Store endpoint (docs/scale.md lists each server's URL).")] = None,
    endpoint_user: Annotated[Optional[str], typer.Option(envvar="KG_ENDPOINT_USER", show_envvar=True, help="User for the endpoint (HTTP Digest or Basic, as the server asks).")] = None,
    endpoint_password: Annotated[Optional[str], typer.Option(envvar="KG_ENDPOINT_PASSWORD", show_envvar=True, help="Password for --endpoint-user (prefer the environment variable: a command line is visible to other users).")] = None,
    force: Annotated[bool, typer.Option("--force", help="Rebuild documents already in the store (same content hash).")] = False,
    batch_size: Annotated[int, typer.Option(min=1, help="Documents per spaCy batch. With --store alone, a batch size of 64 or more also lets the writer gather 512 documents a bulk load; below 64 each batch is written as it comes (a kill loses less, loads cost more).")] = 64,
    compact: Annotated[bool, typer.Option("--compact", help="After a --store build, compact the store: large "
                                               "query answers read about half as many files.")] = False,
    summary: Annotated[Optional[bool], typer.Option("--summary/--no-summary", help="Print a human summary: each event for one document, corpus counts for more (default: on a terminal).")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or summary.")] = False,
) -> None:
    """Build the knowledge graph of one or many releases."""
    global _FAST_EXIT
    from kg.pipeline.nlp import paused_gc

    with paused_gc():  # spaCy, rdflib, the extractors: objects for the life of the process
        from kg.corpus.batch import BuildOptions, run_build

    try:
        names = tuple(e.strip() for e in extractors.split(",") if e.strip()) if extractors else None
        if names is not None:
            _check_extractors(names)
        if fmt is not None:
            from kg.graph.export import format_for

            fmt = format_for(fmt)  # an unknown name is exit 2 before any work
        if output is not None:
            if fmt is None:
                from kg.graph.export import format_for

                format_for(output)  # an unknown suffix, before any work
            _check_output(output)
        opts = BuildOptions(
            inputs=inputs, output=output, fmt=fmt, published=_parse_date(published),
            validate=validate_, strict=strict, extractors=names,
            error_log=error_log, jobs=jobs, store=store, endpoint=endpoint, force=force,
            endpoint_user=endpoint_user, endpoint_password=endpoint_password,
            batch_size=batch_size, quiet=quiet, compact=compact,
            summary=(sys.stdout.isatty() and output is not None) if summary is None else summary,
        )
        code = run_build(opts, out_console, err_console)
        _FAST_EXIT = not (store or endpoint or jobs > 1)  # in memory: all written when it returns
    except KGError as err:
        _fail(err)
    except Exception as exc:  # noqa: BLE001 - outside run_build's own last resort
        if error_log is not None:
            from kg.corpus.batch import Failure, write_error_log
            from kg.corpus.isolation import failure_reason

            try:
                write_error_log(error_log, [Failure("-", failure_reason(exc), InternalError.exit_code, "internal")],
                                append=True)
            except OSError:
                pass
        internal_error(exc)
    raise typer.Exit(code)


# --------------------------------------------------------------------------- reading graphs


def _graph_arg(graph: Optional[str], store: Optional[Path], *, what: str = "a graph file"):
    """What a reading command works on: the store (``--store``) or the graph (a file, or
    ``-`` for standard input). Returns ``(dataset_or_None, store_or_None)``."""
    if store is not None:
        if graph is not None:
            raise Misuse(f"give {what} or --store PATH, not both")
        from kg.corpus.store import open_store

        return None, open_store(store, read_only=True)
    if graph is None:
        raise Misuse(f"give {what} (or - for standard input) or --store PATH")
    from kg.graph.export import load_graph

    return load_graph(graph), None


def _dataset(graph: Optional[str], store: Optional[Path]):
    """An rdflib Dataset for the graph or the store (an oxrdflib view, no copy)."""
    ds, st = _graph_arg(graph, store)
    if st is not None:
        from kg.corpus.store import store_to_dataset

        return store_to_dataset(st)
    return ds


GRAPH_HELP = "A graph file (.ttl .trig .nq .nt .jsonld), or - for standard input (format from the text)."
STORE_HELP = "Read an on-disk Oxigraph store (kg build --store) instead of a file."


@_command()
def validate(
    graph: Annotated[Optional[str], typer.Argument(help=GRAPH_HELP, show_default=False)] = None,
    store: Annotated[Optional[Path], typer.Option(help=STORE_HELP)] = None,
    engine: Annotated[str, typer.Option(help="pyshacl (the reference) or compiled (fast, same verdicts).")] = "pyshacl",
    shapes: Annotated[Optional[Path], typer.Option("--shapes", "-s", help="Validate against these SHACL shapes (a graph file) instead of the project's.")] = None,
    report_format: Annotated[ReportFormat, typer.Option("--format", "-f", help="text (for people), or the SHACL validation report as a graph: turtle, json-ld, nt.")] = ReportFormat.text,
) -> None:
    """Validate a graph against the SHACL shapes; exit 1 when it does not conform."""
    from kg.graph.validate import ENGINES
    from kg.graph.validate import validate as run_validate

    try:
        if engine not in ENGINES:
            raise Misuse(f"unknown engine {engine!r}; choose from {', '.join(ENGINES)}")
        report = run_validate(_dataset(graph, store), engine=engine, shapes=shapes)
    except KGError as err:
        _fail(err)
    if report_format is ReportFormat.text:
        out_console.print(escape(report.text()), highlight=False)
    else:
        sys.stdout.write(report.serialize(report_format.value))
    if not report.conforms:
        raise typer.Exit(NotConforming.exit_code)


def _list_queries() -> None:
    from kg.graph.query import EXAMPLE_QUERIES, describe_query

    for name, text in EXAMPLE_QUERIES.items():
        info = describe_query(text, name)
        out_console.print(f"[bold]{name}[/bold]  {escape(info.description)}", highlight=False)
        for param, explanation in info.parameters.items():
            out_console.print(f"    -p {param}=...  {escape(explanation)}", highlight=False)
        if info.parameters and info.unbound:
            out_console.print(f"    [dim]({escape(info.unbound)})[/dim]", highlight=False)
    out_console.print("[dim]kg query --show NAME prints a query; kg query FILE --example NAME runs it[/dim]",
                      highlight=False)


def _example(name: str) -> str:
    from kg.graph.query import EXAMPLE_QUERIES

    try:
        return EXAMPLE_QUERIES[name]
    except KeyError as err:
        raise Misuse(str(err.args[0])) from None


def _print_graph_result(result, result_format: ResultFormat) -> None:
    """CONSTRUCT / DESCRIBE: the graph as Turtle (table, turtle), JSON-LD (json) or
    subject/predicate/object CSV (csv)."""
    from kg.graph.export import serialize

    if result_format is ResultFormat.csv:
        sys.stdout.write(result.to_csv())
    elif result_format is ResultFormat.json:
        sys.stdout.write(serialize(result.graph, "json-ld") or "")
    else:
        sys.stdout.write(serialize(result.graph, "turtle") or "")
    if not len(result):
        _note("0 triples")


@_command()
def query(
    graph: Annotated[Optional[str], typer.Argument(help=GRAPH_HELP, show_default=False)] = None,
    sparql: Annotated[Optional[str], typer.Argument(help="The SPARQL query text.", show_default=False)] = None,
    file: Annotated[Optional[Path], typer.Option("--file", help="Read the query from a .rq file.")] = None,
    example: Annotated[Optional[str], typer.Option(help="Run a shipped example query by name (see --list).")] = None,
    list_examples: Annotated[bool, typer.Option("--list", help="List the shipped example queries, what each answers and its parameters.")] = False,
    show_query: Annotated[Optional[str], typer.Option("--show", metavar="NAME", help="Print a shipped query's SPARQL (to copy and change).")] = None,
    store: Annotated[Optional[Path], typer.Option(help="Query an on-disk Oxigraph store instead of a file.")] = None,
    param: Annotated[Optional[list[str]], typer.Option(
        "--param", "-p", metavar="NAME=VALUE", help="Bind a query parameter (repeatable): "
        "a `VALUES ?NAME { UNDEF }` line of the query; see --list. IRIs as any output "
        "prints them (ekgid:doc-..., https://..., <https://...>); \"...\" forces a string.")] = None,
    result_format: Annotated[ResultFormat, typer.Option("--format", "-f", help="table, csv or json; "
        "CONSTRUCT/DESCRIBE print Turtle (json: JSON-LD).")] = ResultFormat.table,
    limit: Annotated[Optional[int], typer.Option(
        min=0, help=f"Print at most this many rows (0: all). Default: {TABLE_ROWS:,} (one page; "
        "a query with its own LIMIT prints what it asks for).")] = None,
    offset: Annotated[int, typer.Option(min=0, help="Skip this many rows first (the next page).")] = 0,
    all_rows: Annotated[bool, typer.Option("--all", help="Print every row (the same as --limit 0).")] = False,
) -> None:
    """Run a SPARQL query (project prefixes predeclared) and print the results: a SELECT
    prints its first 100 rows (--offset for the next page, --all for every row)."""
    from kg.graph.query import run_query

    try:
        if list_examples:
            _list_queries()
            return
        if show_query is not None:
            sys.stdout.write(_example(show_query))
            return
        if store is not None and graph is not None and sparql is None:
            sparql, graph = graph, None  # `kg query --store PATH "SELECT ..."`
        if sum(x is not None for x in (sparql, file, example)) != 1:
            raise Misuse("give exactly one of: the query text, --file q.rq, --example NAME")
        if file is not None:
            try:
                sparql = file.read_text(encoding="utf-8")
            except OSError as err:
                raise BadInput(f"cannot read: {err.strerror}", source=str(file)) from None
        elif example is not None:
            sparql = _example(example)
        params = {}
        for item in param or []:
            key, eq, value = item.partition("=")
            if not eq or not key.strip():
                raise Misuse(f"--param wants NAME=VALUE, got {item!r}")
            params[key.strip()] = value
        if all_rows and limit:
            raise Misuse("give --all or --limit N, not both")
        page = {"limit": None} if all_rows or limit == 0 else {} if limit is None else {"limit": limit}
        ds, st = _graph_arg(graph, store)
        result = run_query(st if st is not None else ds, sparql or "", params, offset=offset, **page)
        if result.graph is None and result_format is ResultFormat.turtle:
            raise Misuse("-f turtle is for CONSTRUCT and DESCRIBE queries; a SELECT prints table, csv or json")
    except KGError as err:
        _fail(err)
    if result.graph is not None:
        _print_graph_result(result, result_format)
        return
    if result.has_more:
        first, last = offset + 1, offset + len(result)
        shown = (f"the first {last:,} rows" if not offset else
                 f"rows {first:,}-{last:,}" if last > first else f"row {first:,}")
        _note(f"{shown} shown, more follow: --offset {offset + len(result)} for the next "
              "page, --all for every row")
    if result_format is ResultFormat.csv:
        sys.stdout.write(result.to_csv())
    elif result_format is ResultFormat.json:
        sys.stdout.write(result.to_json() + "\n")
    else:
        table = result.to_table()
        if result.boolean is None:
            n = len(result)
            table.caption = f"{n:,} row{'s' if n != 1 else ''}" + (", more follow" if result.has_more else "")
        out_console.print(table)
    if not len(result) and result_format is not ResultFormat.table:
        _note("0 rows")


@_command()
def export(
    graph: Annotated[Optional[str], typer.Argument(help=GRAPH_HELP, show_default=False)] = None,
    output: Annotated[Path, typer.Option("-o", "--output", help="Target file; format from suffix.")] = ...,
    store: Annotated[Optional[Path], typer.Option(help="Export from an on-disk Oxigraph store.")] = None,
) -> None:
    """Convert a graph to another format (.ttl .trig .nq .nt .jsonld)."""
    from kg.graph.export import format_for, serialize

    try:
        fmt = format_for(output)
        _check_output(output)
        ds, st = _graph_arg(graph, store)
        if st is not None:
            from kg.corpus.store import dump_store, store_to_dataset

            if fmt in ("nquads", "trig"):  # the document graphs, streamed by Oxigraph
                dump_store(st, fmt, output)
                _note(f"wrote {output}")
                return
            ds = store_to_dataset(st)
        serialize(ds, fmt, output)
    except KGError as err:
        _fail(err)
    _note(f"wrote {output}")


@_command()
def show(
    graph: Annotated[Optional[str], typer.Argument(help=GRAPH_HELP, show_default=False)] = None,
    store: Annotated[Optional[Path], typer.Option(help=STORE_HELP)] = None,
) -> None:
    """Print a short human summary: events, when and where, who, sessions, statistics.

    Exit 4 when the graph holds no event."""
    from kg.graph.summary import render

    try:
        ds = _dataset(graph, store)
        shown = render(ds, out_console)
        if not shown:
            n = len(ds)
            raise NoEventFound(f"no event in this graph ({n:,} triple{'s' if n != 1 else ''})",
                               source=str(store or graph))
    except KGError as err:
        _fail(err)


@_command()
def views(
    graph: Annotated[Optional[str], typer.Argument(help=GRAPH_HELP, show_default=False)] = None,
    store: Annotated[Optional[Path], typer.Option(help=STORE_HELP)] = None,
    view: Annotated[str, typer.Option(help="entities or statistics.")] = "entities",
    output: Annotated[Optional[Path], typer.Option("-o", "--output", help="Write the view: .graphml (yEd, Cytoscape) or .gexf (Gephi).")] = None,
    neighbours_of: Annotated[Optional[str], typer.Option("--neighbours", metavar="NODE", help="List the neighbours of this entity (name or IRI).")] = None,
    path: Annotated[Optional[tuple[str, str]], typer.Option("--path", metavar="NODE NODE", help="Paths between two entities (names or IRIs).")] = None,
    max_links: Annotated[int, typer.Option(min=1, help="The longest --path to look for, in links.")] = 4,
) -> None:
    """networkx views of a graph: GraphML / GEXF export, neighbours, paths between entities.

    A name that matches no node (or several) exits 2 and says which come closest; no path
    between two nodes is an answer, not an error: it is said on stderr and exits 0."""
    from kg.graph.views import (
        VIEW_WRITERS,
        VIEWS,
        NodeNotFound,
        UnknownViewFormat,
        neighbours,
        paths_between,
        write_view,
    )

    try:
        if view not in VIEWS:
            raise Misuse(f"unknown view {view!r}; choose from {', '.join(VIEWS)}")
        if output is not None:
            if output.suffix.lower() not in VIEW_WRITERS:
                raise Misuse(f"cannot write a view as {output.suffix or 'a file without suffix'!r}; "
                             f"choose one of: {', '.join(VIEW_WRITERS)}")
            _check_output(output)
        G = VIEWS[view](_dataset(graph, store))
        if neighbours_of:
            found = neighbours(G, neighbours_of)
            for n in found:
                out_console.print(f"{escape(str(G.nodes[n].get('label', n)))}  <{escape(n)}>", highlight=False)
            if not found:
                _note(f"{neighbours_of!r} has no neighbours in the {view} view")
        if path:
            found = paths_between(G, path[0], path[1], cutoff=max_links)
            for p in found:
                out_console.print(escape(" → ".join(str(G.nodes[n].get("label", n)) for n in p)), highlight=False)
            if not found:
                _note(f"no path between {path[0]!r} and {path[1]!r} within {max_links} links "
                      "(--max-links N looks further)")
        if output:
            write_view(G, output)
            _note(f"wrote {output} ({G.number_of_nodes()} nodes, {G.number_of_edges()} edges)")
        if not (neighbours_of or path or output):
            out_console.print(f"{view}: {G.number_of_nodes()} nodes, {G.number_of_edges()} edges")
    except (NodeNotFound, UnknownViewFormat) as err:
        _fail(Misuse(str(err.args[0]) if err.args else str(err)))
    except KGError as err:
        _fail(err)
    except OSError as err:
        _fail(BadInput(f"cannot write: {err.strerror or err}", source=str(output)))


def _distribution_version(name: str) -> str | None:
    from importlib import metadata

    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return None


def info_data() -> dict:
    """What ``kg info`` prints: versions, the spaCy model, resource paths, extractors."""
    import importlib.util
    import platform

    from kg import __version__
    from kg.rdf import resources

    chosen = os.environ.get("EKG_SPACY_MODEL")
    from kg.pipeline.nlp import MODEL_NAMES

    model = None
    for name in ((chosen,) if chosen else MODEL_NAMES):
        if importlib.util.find_spec(name) is not None:
            model = {"name": name, "version": _distribution_version(name)}
            break
    paths = {}
    for key, fn in (("ontology", resources.ontology_path), ("shapes", resources.shapes_path),
                    ("context", resources.context_path)):
        try:
            paths[key] = str(fn())
        except KGError as err:
            paths[key] = f"missing: {err}"
    from kg.graph.query import _PACKAGED_QUERIES_DIR, QUERIES_DIR

    paths["queries"] = str(QUERIES_DIR if QUERIES_DIR.is_dir() else _PACKAGED_QUERIES_DIR)
    from kg.extract import REGISTRY

    return {
        "event-kg": __version__,
        "python": platform.python_version(),
        "model": model or {"name": None, "missing": f"none of {', '.join((chosen,) if chosen else MODEL_NAMES)}"},
        "model_chosen_by": "EKG_SPACY_MODEL" if chosen else "first installed of " + ", ".join(MODEL_NAMES),
        "libraries": {name: _distribution_version(name)
                      for name in ("spacy", "rdflib", "pyoxigraph", "pyshacl", "networkx", "oxrdflib", "typer")},
        "resources": paths,
        "resources_from": f"${resources.ENV_VAR}" if os.environ.get(resources.ENV_VAR) else "the package",
        "extractors": list(REGISTRY),
    }


@_command()
def info(
    as_json: Annotated[bool, typer.Option("--json", help="Print it as JSON (for bug reports and scripts).")] = False,
) -> None:
    """The versions, spaCy model, shapes and ontology files, and extractors in use.

    Exit 5 when the model or a resource file is missing."""
    data = info_data()
    missing = data["model"].get("name") is None or any(v.startswith("missing") for v in data["resources"].values())
    if as_json:
        import json

        sys.stdout.write(json.dumps(data, indent=2) + "\n")
    else:
        model = data["model"]
        lines = [f"event-kg  {data['event-kg']}  (Python {data['python']})",
                 "model     " + (f"{model['name']} {model['version'] or ''}".rstrip()
                                 if model.get("name") else f"[red]{model['missing']}[/red]")
                 + f"  [dim]({data['model_chosen_by']})[/dim]"]
        lines += ["libraries " + ", ".join(f"{k} {v or '[red]missing[/red]'}" for k, v in data["libraries"].items())]
        for key, value in data["resources"].items():
            lines.append(f"{key:<9} {escape(value)}")
        lines.append("extractors " + ", ".join(data["extractors"]))
        for line in lines:
            out_console.print(line, highlight=False)
    if missing:
        raise typer.Exit(5)


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


#: set by a command whose work is all done and written when it returns (an in-memory
#: ``kg build``): the process may then end without the interpreter's teardown
_FAST_EXIT = False


def _end_now(code) -> None:
    """End the process with ``code`` at once, skipping the interpreter's teardown, when
    :data:`_FAST_EXIT` says the command left nothing to finish.

    Tearing down a process that has the spaCy model loaded frees millions of objects one by
    one: ~0.25 s of CPU after the graph is written, a sixth of a one-release ``kg build``.
    What a normal exit does that matters is done here first: the ``atexit`` functions (the
    regex cache file, logging), then both streams flushed. Nothing else may be pending:
    only the main thread runs, no profiler or tracer (coverage) is attached, and the process
    is the ``kg`` command itself (``kg`` or ``python -m kg``), not a program that called
    :func:`main`. If any of that does not hold, or a flush fails (a closed pipe), the normal
    exit runs. ``KG_FAST_EXIT=0`` turns it off."""
    if not _FAST_EXIT or os.environ.get("KG_FAST_EXIT", "1") == "0":
        return
    if sys.gettrace() is not None or sys.getprofile() is not None or not _is_entry_point():
        return
    import threading

    if threading.active_count() != 1:
        return
    import atexit

    atexit._run_exitfuncs()
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except Exception:  # noqa: BLE001 - the normal exit reports it as Python does
        return
    if code is None:
        code = 0
    elif not isinstance(code, int):
        return
    os._exit(code & 0xFF)


def _is_entry_point() -> bool:
    """Whether this process is the ``kg`` command (its console script or ``python -m kg``)."""
    top = sys.modules.get("__main__")
    spec = getattr(top, "__spec__", None)
    if spec is not None and spec.name in ("kg", "kg.__main__", "kg.cli"):
        return True
    return spec is None and Path(getattr(top, "__file__", "") or "").name in ("kg", "kg.exe", "kg-script.py")


#: the environment variables OpenBLAS reads for its thread count, in its order of precedence
_BLAS_THREAD_VARS = ("OPENBLAS_NUM_THREADS", "GOTO_NUM_THREADS", "OMP_NUM_THREADS")


def _one_blas_thread() -> None:
    """Give numpy's OpenBLAS one thread unless the environment says how many it gets.

    spaCy's small English model runs its matrix products through numpy, whose OpenBLAS
    starts a thread per core; on the model's small matrices the extra threads mostly wait
    for each other. Measured on 2 CPUs, 120 releases through raw ``nlp.pipe``: 4.0-4.8 s CPU
    and 5.9-7.4 s wall with the default threads, 3.6-3.9 s CPU and 3.6-5.3 s wall with one.
    OpenBLAS reads the variable when it is loaded, so this runs before any command imports
    numpy (every heavy import is inside a command); the ``--jobs`` workers, forked, inherit
    it. Setting any of :data:`_BLAS_THREAD_VARS` yourself keeps your number."""
    if not any(os.environ.get(name) for name in _BLAS_THREAD_VARS) and "numpy" not in sys.modules:
        os.environ["OPENBLAS_NUM_THREADS"] = "1"


def main() -> None:
    """Console entry point: never a traceback (``KG_DEBUG=1`` shows one for exit 9)."""
    _one_blas_thread()
    try:
        app()
    except KeyboardInterrupt:
        err_console.print("interrupted")
        sys.exit(130)
    except SystemExit as done:
        _end_now(done.code)
        raise
    except Exception as exc:  # noqa: BLE001 - outside any command (the command line itself)
        try:
            internal_error(exc)
        except typer.Exit as done:
            sys.exit(done.exit_code)


if __name__ == "__main__":
    main()
