"""kg.graph.query: the shipped example queries answer correctly on the sample, on both back ends."""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import date
from decimal import Decimal
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Dataset, Literal
from rich.console import Console

from kg.errors import KGError, QueryError
from kg.graph.export import load_graph
from kg.graph.query import (
    DEFAULT_LIMIT,
    EXAMPLE_QUERIES,
    QUERIES_DIR,
    Page,
    QueryResult,
    bind_parameters,
    describe_query,
    query_parameters,
    run_query,
    sparql_term,
)

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "sample.trig"
EKG = "https://w3id.org/event-kg/ns#"
ID = "https://w3id.org/event-kg/id/"
E2031 = f"{ID}event-2031-northern-lights-hydrogen-summit"  # to_records: IRIs as plain strings
E2032 = f"{ID}event-2032-northern-lights-hydrogen-summit"
S2031 = "2031 Northern Lights Hydrogen Summit"
S2032 = "2032 Northern Lights Hydrogen Summit"


@pytest.fixture(scope="module")
def sample() -> Dataset:
    return load_graph(SAMPLE)


@pytest.fixture(scope="module")
def store() -> ox.Store:
    s = ox.Store()
    s.load(path=str(SAMPLE), format=ox.RdfFormat.TRIG)
    return s


def records(result: QueryResult, *columns: str) -> list[tuple]:
    return [tuple(r[c] for c in columns) for r in result.to_records()]


def test_example_queries_are_shipped_with_headers() -> None:
    assert set(EXAMPLE_QUERIES) == {
        "hosts",
        "guest-of-honor",
        "statistics-about-place",
        "events",
        "topics",
        "sessions",
        "evidence",
    }
    for name, text in EXAMPLE_QUERIES.items():
        assert text.startswith(f"# {name}.rq — "), name


def test_example_queries_use_declared_terms_only() -> None:
    """Queries use contract terms and ekg: terms the ontology declares."""
    resources = pytest.importorskip("kg.rdf.resources")
    try:
        declared = {str(t) for t in resources.ontology_terms()}
    except KGError as err:  # ontology not there yet
        pytest.skip(f"ontology not available: {err}")
    for name, text in EXAMPLE_QUERIES.items():
        for local in re.findall(r"\bekg:(\w+)", text):
            assert EKG + local in declared, f"{name}: ekg:{local} is not in the ontology"


def test_hosts(sample: Dataset) -> None:
    result = run_query(sample, EXAMPLE_QUERIES["hosts"])
    assert records(result, "eventName", "role", "agentName") == [
        (S2031, f"{EKG}host", "Tromsø City Government"),
        (S2031, f"{EKG}organizer", "Arctic Hydrogen Alliance"),
        (S2032, "https://schema.org/sponsor", "Polar Energy Group"),
        (S2032, f"{EKG}host", "Tromsø City Government"),
        (S2032, f"{EKG}organizer", "Arctic Hydrogen Alliance"),
    ]


def test_guest_of_honor(sample: Dataset) -> None:
    result = run_query(sample, EXAMPLE_QUERIES["guest-of-honor"])
    assert records(result, "event", "start", "guestName", "code") == [
        (E2031, date(2031, 3, 14), "Iceland", "IS"),
        (E2032, date(2032, 3, 1), "Finland", "FI"),
    ]


def test_statistics_about_any_place(sample: Dataset) -> None:
    result = run_query(sample, EXAMPLE_QUERIES["statistics-about-place"])
    rows = records(
        result,
        "aboutName",
        "value",
        "unit",
        "period",
        "qualifier",
        "comparison",
        "baseValue",
        "baseUnit",
    )
    assert rows == [
        (
            "Norway",
            Decimal("4200000000"),
            "NOK",
            "2031-01/2031-07",
            f"{EKG}Exact",
            None,
            None,
            None,
        ),
        (
            "Norway",
            Decimal("35.8"),
            "percent",
            "2031-01/2031-07",
            f"{EKG}Exact",
            "year-on-year",
            Decimal("4200000000"),
            "NOK",
        ),
        ("Troms", Decimal("48000"), "tonne", "2030", f"{EKG}Exact", None, None, None),
        ("Troms", Decimal("61000"), "tonne", "2031", f"{EKG}Approximately", None, None, None),
        ("Tromsø", Decimal("500"), "MW", "2031", f"{EKG}UpTo", None, None, None),
    ]
    assert [r["measure"] for r in result.to_records()][:2] == [
        "investment in hydrogen projects"
    ] * 2


@pytest.mark.parametrize(
    "place, expected", [("Norway", 5), ("Troms", 3), ("Tromsø", 1), ("Iceland", 0)]
)
def test_statistics_about_a_named_place(sample: Dataset, store: ox.Store, place: str, expected: int) -> None:
    query = EXAMPLE_QUERIES["statistics-about-place"]
    assert len(run_query(sample, query, {"placeName": place})) == expected  # places inside count too
    assert len(run_query(store, query, {"placeName": place})) == expected


def test_every_example_query_declares_parameters_that_narrow_it(sample: Dataset, store: ox.Store) -> None:
    """Each shipped query has parameters; bound to a value taken from its own unbound
    answer, it returns exactly the rows with that value, on both back ends."""
    for name, text in EXAMPLE_QUERIES.items():
        params = query_parameters(text)
        assert params, f"{name}.rq declares no parameter"
        everything = run_query(sample, text).to_records()
        for param in params:
            if param not in everything[0]:
                continue  # a parameter that is not a result column (e.g. placeName)
            value = everything[0][param]
            expected = [r for r in everything if r[param] == value]
            for target in (sample, store):
                # the value as to_records() gives it: a full IRI as a plain string binds an IRI
                got = run_query(target, text, {param: str(value)})
                assert len(got) == len(expected), (name, param, value)


def test_bind_parameters() -> None:
    q = "SELECT * WHERE { VALUES ?a { UNDEF }\n VALUES ?b {UNDEF} ?s ?p ?o }"
    assert query_parameters(q) == ["a", "b"]
    bound = bind_parameters(q, {"a": 'say "hi"', "?b": "schema:Event"})
    assert 'VALUES ?a { "say \\"hi\\"" }' in bound and "VALUES ?b { <https://schema.org/Event> }" in bound
    assert sparql_term("<https://example.org/x>") == "<https://example.org/x>"
    assert sparql_term("<not an iri>") == '"<not an iri>"'
    assert sparql_term("nope:thing") == '"nope:thing"'
    with pytest.raises(QueryError, match="no parameter 'c'"):
        bind_parameters(q, {"c": "x"})


def test_events_with_place_chain(sample: Dataset) -> None:
    result = run_query(sample, EXAMPLE_QUERIES["events"])
    assert records(result, "event", "kind", "start", "end", "edition", "placeChain") == [
        (
            E2031,
            f"{EKG}Summit",
            date(2031, 3, 14),
            date(2031, 3, 16),
            None,
            "Tromsø, Troms, Norway",
        ),
        (E2032, f"{EKG}Summit", date(2032, 3, 1), date(2032, 3, 3), 2, "Tromsø, Troms, Norway"),
    ]


def test_topics(sample: Dataset) -> None:
    result = run_query(sample, EXAMPLE_QUERIES["topics"])
    assert records(result, "eventName", "topicLabel", "via") == [
        (S2031, "fuel cell shipping", "technical sessions"),
        (S2031, "green hydrogen production", "event"),
        (S2031, "hydrogen infrastructure", "roundtable forums"),
        (S2031, "maritime decarbonization", "event"),
        (S2032, "green hydrogen production", "event"),
    ]


def test_sessions(sample: Dataset) -> None:
    result = run_query(sample, EXAMPLE_QUERIES["sessions"])
    assert records(result, "event", "sessionName", "count", "topics") == [
        (E2031, "roundtable forums", 3, "hydrogen infrastructure"),
        (E2031, "technical sessions", 4, "fuel cell shipping"),
    ]


def test_evidence(sample: Dataset) -> None:
    rows = run_query(sample, EXAMPLE_QUERIES["evidence"]).to_records()
    assert len(rows) == 24  # every evidence node of the sample
    by_quote = {r["quote"]: r for r in rows}
    change = by_quote["an increase of 35.8% year-on-year"]
    assert (change["start"], change["end"]) == (671, 704)
    assert change["fact"] == "investment in hydrogen projects = 35.8 percent"
    assert change["doc"] == f"{ID}doc-551b99dff42ea36f"
    assert by_quote["sponsored by Polar Energy Group"]["fact"] == (
        "sponsor of 2032 Northern Lights Hydrogen Summit: Polar Energy Group"
    )
    assert by_quote["Clean Fuel for a Cold Coast"]["subject"] == E2031


@pytest.mark.parametrize("name", sorted(EXAMPLE_QUERIES))
def test_oxigraph_gives_the_same_answers(sample: Dataset, store: ox.Store, name: str) -> None:
    """Same rows on pyoxigraph (which canonicalizes decimals: compare values, not text)."""
    left = run_query(sample, EXAMPLE_QUERIES[name])
    right = run_query(store, EXAMPLE_QUERIES[name])
    assert left.columns == right.columns

    def normalize(rows: list[tuple]) -> list[tuple]:
        return [
            tuple(re.sub(r"(\d)\.0\b", r"\1", v) if isinstance(v, str) else v for v in r)
            for r in rows
        ]

    assert normalize(left.rows) == normalize(right.rows)


@pytest.mark.parametrize("backend", ["rdflib", "oxigraph"])
def test_bad_sparql_raises_query_error(sample: Dataset, store: ox.Store, backend: str) -> None:
    target = sample if backend == "rdflib" else store
    with pytest.raises(QueryError) as info:
        run_query(target, "SELECT ?x WHERE { ?x schema:name ")
    assert info.value.exit_code == 7
    assert "does not parse" in str(info.value)


@pytest.mark.parametrize("backend", ["rdflib", "oxigraph"])
def test_pages_of_an_answer(sample: Dataset, store: ox.Store, backend: str) -> None:
    """Pages, taken one after another, give the whole answer, each row once, in order."""
    target = sample if backend == "rdflib" else store
    every = run_query(target, EXAMPLE_QUERIES["hosts"])
    assert len(every) >= 5 and not every.has_more
    pages, offset = [], 0
    while True:
        page = run_query(target, EXAMPLE_QUERIES["hosts"], limit=2, offset=offset)
        pages.append(page)
        offset += 2
        if not page.has_more:
            break
    assert [t for p in pages for t in p.terms] == every.terms
    assert all(len(p) == 2 for p in pages[:-1]) and 1 <= len(pages[-1]) <= 2
    assert run_query(target, EXAMPLE_QUERIES["hosts"], limit=0).terms == []
    assert run_query(target, EXAMPLE_QUERIES["hosts"], offset=len(every)).terms == []
    with pytest.raises(QueryError, match="limit >= 0"):
        run_query(target, EXAMPLE_QUERIES["hosts"], limit=-1)


def test_a_page_takes_no_more_rows_than_it_needs() -> None:
    """The engine is not asked for rows past the page (plus one, to tell whether more follow)."""
    taken = []

    def rows():
        for i in range(1000):
            taken.append(i)
            yield i

    assert Page(limit=3, offset=5).take(rows()) == ([5, 6, 7], True)
    assert taken == list(range(9))
    assert Page(limit=3, offset=5).take(iter(range(8))) == ([5, 6, 7], False)
    assert Page().take(iter(range(4))) == ([0, 1, 2, 3], False)


def test_union_of_named_graphs_without_prefix_lines(sample: Dataset) -> None:
    plain = Dataset()  # default_union=False: run_query still sees every document graph
    for quad in sample.quads():
        plain.add(quad)
    result = run_query(plain, "SELECT ?n WHERE { ekgid:place-iso-is schema:name ?n }")
    assert result.rows == [("Iceland",)]


def test_ask_and_construct(sample: Dataset) -> None:
    ask = run_query(sample, "ASK { ?e ekg:guestOfHonor ekgid:place-iso-fi }")
    assert ask.boolean is True and json.loads(ask.to_json()) == {"head": {}, "boolean": True}
    built = run_query(
        sample, "CONSTRUCT { ?e schema:name ?n } WHERE { ?e a ekg:Summit ; schema:name ?n }"
    )
    assert built.graph is not None and len(built.graph) == 2


def test_output_formats(sample: Dataset) -> None:
    result = run_query(sample, EXAMPLE_QUERIES["guest-of-honor"])
    doc = json.loads(result.to_json())
    assert doc["head"]["vars"] == result.columns
    first = doc["results"]["bindings"][0]
    assert first["guestName"] == {"type": "literal", "value": "Iceland"}
    assert first["guest"] == {"type": "uri", "value": f"{ID}place-iso-is"}
    assert first["start"]["datatype"] == "http://www.w3.org/2001/XMLSchema#date"
    table = list(csv.reader(io.StringIO(result.to_csv())))
    assert table[0] == result.columns and table[1][3] == f"{ID}place-iso-is"
    console = Console(record=True, width=300)
    console.print(result.to_table())
    text = console.export_text()
    assert "ekgid:place-iso-is" in text and "Finland" in text


def test_queries_dir_is_the_repo_queries() -> None:
    assert (QUERIES_DIR / "hosts.rq").is_file()


def test_regression_to_records_gives_iris_as_plain_strings(sample: Dataset) -> None:
    """to_records() gave IRIs as '<https://...>'; now the plain IRI, as CSV prints it."""
    result = run_query(sample, "SELECT ?e ?n WHERE { ?e a ekg:Summit ; schema:name ?n } ORDER BY ?n")
    record = result.to_records()[0]
    assert record == {"e": E2031, "n": S2031}
    assert result.rows[0][0] == f"<{E2031}>"  # rows keep N3, terms the rdflib terms
    assert str(result.terms[0][0]) == E2031


def test_regression_param_accepts_every_iri_form(sample: Dataset, store: ox.Store) -> None:
    """-p doc=<the IRI as CSV prints it> matched nothing: full IRIs, <IRIs> and prefixed
    names all bind the IRI; a value in double quotes is a string."""
    doc = f"{ID}doc-551b99dff42ea36f"
    expected = len(run_query(sample, EXAMPLE_QUERIES["evidence"], {"doc": f"<{doc}>"}))
    assert expected > 0
    for form in (doc, f"<{doc}>", "ekgid:doc-551b99dff42ea36f", f"  {doc} "):
        for target in (sample, store):
            assert len(run_query(target, EXAMPLE_QUERIES["evidence"], {"doc": form})) == expected, form
    assert sparql_term(doc) == f"<{doc}>"
    assert sparql_term("urn:isbn:0451450523") == "<urn:isbn:0451450523>"
    assert sparql_term(f'"{doc}"') == json.dumps(doc)
    assert sparql_term("Reef Science Council") == '"Reef Science Council"'
    assert sparql_term("https://bad iri") == '"https://bad iri"'


def test_regression_unknown_parameter_is_misuse() -> None:
    from kg.graph.query import UnknownParameter

    with pytest.raises(UnknownParameter) as info:
        bind_parameters("SELECT * WHERE { VALUES ?a { UNDEF } }", {"b": "x"})
    assert info.value.exit_code == 2 and isinstance(info.value, QueryError)


def test_regression_group_concat_over_unbound_is_a_query_error(sample: Dataset) -> None:
    """rdflib raises while iterating the rows (NotBoundError): a QueryError, never a traceback."""
    q = ("SELECT ?s (GROUP_CONCAT(DISTINCT ?x) AS ?c) WHERE { ?s a schema:Event "
         "OPTIONAL { ?s ekg:nothing ?x } } GROUP BY ?s")
    with pytest.raises(QueryError, match="COALESCE"):
        run_query(sample, q)


def test_regression_sessions_query_with_a_session_without_topics(sample: Dataset, store: ox.Store) -> None:
    g = load_graph(SAMPLE)
    from rdflib import Literal, URIRef

    about = URIRef("https://schema.org/about")
    for session in list(g.subjects(URIRef("https://schema.org/name"), Literal("roundtable forums"))):
        g.remove((session, about, None))  # from every document graph
    rows = records(run_query(g, EXAMPLE_QUERIES["sessions"]), "sessionName", "topics")
    assert ("roundtable forums", "") in rows and ("technical sessions", "fuel cell shipping") in rows


def test_evidence_returns_the_sentence_of_statistics(sample: Dataset) -> None:
    rows = run_query(sample, EXAMPLE_QUERIES["evidence"]).to_records()
    stat = next(r for r in rows if r["quote"] == "an increase of 35.8% year-on-year")
    assert stat["quote"] in stat["sentence"]
    assert all(r["sentence"] is None or r["quote"] in r["sentence"] for r in rows)


def test_describe_query_reads_every_header() -> None:
    from kg.graph.query import describe_query

    for name, text in EXAMPLE_QUERIES.items():
        info = describe_query(text, name)
        assert info.description and not info.description.startswith(name), name
        assert info.description.endswith((".", "?")), name  # the whole first paragraph
        assert set(info.parameters) == set(query_parameters(text)), name
        assert all(info.parameters.values()), name  # each parameter explained
    info = describe_query(EXAMPLE_QUERIES["statistics-about-place"])
    assert info.parameters["placeName"].startswith("the place's exact name")
    assert "change of" in info.description
    own = describe_query("# mine.rq — Counts things.\n#\n# Parameter (kg query; any):\n"
                         "#   x   the thing,\n#       continued\nSELECT * WHERE { VALUES ?x { UNDEF } VALUES ?y { UNDEF } }")
    assert own.description == "Counts things." and own.parameters == {"x": "the thing, continued", "y": ""}


def _events_store(n: int) -> ox.Store:
    st = ox.Store()
    for i in range(n):
        e = ox.NamedNode(f"https://example.org/e{i:03d}")
        st.add(ox.Quad(e, ox.NamedNode("https://example.org/name"), ox.Literal(f"Fair {i % 37:02d}"), ox.DefaultGraph()))
    return st


def test_regression_a_select_is_paged_by_default() -> None:
    """Issue 13: a SELECT gives its first 100 rows unless asked for more; a query with its
    own LIMIT gives what it asks for; ASK is not paged."""
    st = _events_store(150)
    text = "SELECT ?e ?n WHERE { ?e <https://example.org/name> ?n } ORDER BY ?n ?e"
    first = run_query(st, text)
    assert len(first) == DEFAULT_LIMIT == 100 and first.has_more
    every = run_query(st, text, limit=None)
    assert len(every) == 150 and not every.has_more and every.terms[:100] == first.terms
    assert len(run_query(st, text + " LIMIT 120")) == 120
    assert len(run_query(st, text + " LIMIT 120", limit=10)) == 10
    assert run_query(st, "ASK { ?s ?p ?o }").boolean is True


@pytest.mark.parametrize("name", ["events", "evidence", "guest-of-honor", "hosts", "sessions",
                                  "statistics-about-place", "topics"])
def test_page_key_pages_are_slices_of_the_whole_answer(store: ox.Store, name: str) -> None:
    """A listing with a page key gives, page by page, exactly the rows of its whole answer."""
    from kg.graph.query import page_key

    text = EXAMPLE_QUERIES[name]
    assert page_key(text) and "Page key" not in describe_query(text, name).notes
    every = run_query(store, text, limit=None).terms
    assert every
    from kg.graph import query as q
    from kg.graph.ordering import split_order_by

    unordered, keys = split_order_by(q.prepare_query(text))
    keyed = q._keyed_page(store, q.prepare_query(text), unordered, keys, Page(2, 1))
    # statistics: the sample's periods mix years and intervals (ordered as the engine does)
    assert keyed is not None
    for limit in (1, 2, 3, 100):
        for offset in range(0, len(every) + 1):
            page = run_query(store, text, limit=limit, offset=offset)
            assert page.terms == every[offset:offset + limit], (limit, offset)
            assert page.has_more == (offset + limit < len(every))


def test_page_key_that_does_not_fit_the_order_is_ignored() -> None:
    """A page key whose keys are not the ORDER BY's first keys is not used: the rows are
    still those of the whole answer."""
    st = _events_store(40)
    text = ("# Page key:\n#   SELECT ?e ?e2 WHERE { ?e <https://example.org/name> ?e2 }\n"
            "SELECT ?e ?n WHERE { ?e <https://example.org/name> ?n } ORDER BY ?n ?e")
    every = run_query(st, text, limit=None).terms
    assert run_query(st, text, limit=5, offset=3).terms == every[3:8]
    good = text.replace("?e2 WHERE", "?n WHERE").replace("> ?e2 }", "> ?n }")
    assert run_query(st, good, limit=5, offset=3).terms == every[3:8]
    assert [t for o in range(0, 40, 7) for t in run_query(st, good, limit=7, offset=o).terms] == every


@pytest.mark.parametrize("text", ["Fiji", "", "2024", "12.0", "true", " spaced  out ", "a\u00e9\u4e2d\U0001f600",
                                  "line\nbreak", "<b>", '"quoted"'])
def test_plain_literals_from_the_store_are_rdflib_literals(text: str) -> None:
    """The fast conversion of a plain string is the Literal rdflib makes: same text, value,
    language, datatype, equality and hash."""
    from kg.graph.query import _from_ox, _plain_literal

    fast, slow = _plain_literal(text), Literal(text)
    assert fast == slow and hash(fast) == hash(slow) and fast.eq(slow)
    assert (str(fast), fast.value, fast.language, fast.datatype, fast.ill_typed, fast.n3()) == (
        str(slow), slow.value, slow.language, slow.datatype, slow.ill_typed, slow.n3())
    assert _from_ox(ox.Literal(text)) == slow
