"""The kg command as a new user meets it (issue 12): messages and tables that are never
hard-wrapped off a terminal, no traceback, misuse exits 2, the options and commands
that were missing."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import EXAMPLE, ROOT

SAMPLE = ROOT / "tests" / "data" / "sample.trig"
# no year anywhere: 'September 1-2' stays undated (with '2031' in the name it would be dated)
NO_DATE = """The Granite Valley Stone Fair opened in Denver on September 1-2.
More than 300 exhibitors from 12 countries attended the fair, hosted by the Granite Valley Guild.
"""


def kg(*args: str, stdin: bytes | None = None, env: dict | None = None, cwd: Path | None = None
       ) -> subprocess.CompletedProcess:
    environ = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES")}
    environ.update(env or {})
    return subprocess.run([sys.executable, "-m", "kg", *args], input=stdin, capture_output=True,
                          env=environ, cwd=cwd)


def ok(r: subprocess.CompletedProcess) -> subprocess.CompletedProcess:
    assert r.returncode == 0, r.stderr.decode()
    assert b"Traceback" not in r.stderr
    return r


def fails(r: subprocess.CompletedProcess, code: int, *words: bytes) -> None:
    assert r.returncode == code, (r.returncode, r.stderr.decode())
    assert b"Traceback" not in r.stderr and b"Traceback" not in r.stdout
    for w in words:
        assert w in r.stderr, (w, r.stderr.decode())


@pytest.fixture(scope="module")
def example_ttl(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("cli12") / "example.ttl"
    ok(kg("build", str(EXAMPLE), "-o", str(out), "-q"))
    return out


# --------------------------------------------------------------------------- never wrapped


def test_regression_long_temp_path_message_not_wrapped(tmp_path):
    """The README's test command failed: a message with a long path was hard-wrapped at 80
    columns off a terminal (b"no event" became b"no\\nevent"). With COLUMNS unset and a
    path of 300 characters, the message is one line."""
    deep = tmp_path / ("a-very-long-folder-name-" * 6) / ("and-another-one-" * 6)
    deep.mkdir(parents=True)
    f = deep / "weather.txt"
    f.write_text("The weather stayed mild and the harvest came early this year.", encoding="utf-8")
    assert len(str(f)) > 250
    r = kg("build", str(f), "-o", str(tmp_path / "o.ttl"))
    fails(r, 4, b"no event found in the text")
    lines = [ln for ln in r.stderr.decode().splitlines() if "no event" in ln]
    assert len(lines) == 1 and str(f) in lines[0]


def test_regression_piped_table_not_folded(example_ttl):
    """A table piped to grep keeps each row on one line, whole IRIs included."""
    r = ok(kg("query", str(example_ttl), "--example", "hosts"))
    text = r.stdout.decode()
    rows = [ln for ln in text.splitlines() if "ekgid:event-2024-world-power-battery-conference" in ln]
    assert rows and all("People's Government of Yibin City" in ln or "Sichuan" in ln for ln in rows)
    assert max(len(ln) for ln in text.splitlines()) > 80  # wider than the old wrap


# --------------------------------------------------------------------------- no traceback


def test_regression_sessions_query_with_a_topicless_session(example_ttl):
    """GROUP_CONCAT over an unbound topic raised in rdflib; the query now COALESCEs."""
    r = ok(kg("query", str(example_ttl), "--example", "sessions", "-f", "csv"))
    rows = r.stdout.decode().strip().splitlines()
    assert rows[0].endswith(",topics") and any(row.endswith(",") for row in rows[1:])  # no topic: ""


def test_regression_query_evaluation_error_is_exit_7(example_ttl):
    r = kg("query", str(example_ttl),
           "SELECT ?s (GROUP_CONCAT(DISTINCT ?nothing) AS ?x) "
           "WHERE { ?s a schema:Event OPTIONAL { ?s ekg:nope ?nothing } } GROUP BY ?s")
    fails(r, 7, b"the SPARQL query failed", b"COALESCE")


def test_regression_views_unknown_names(example_ttl):
    fails(kg("views", str(example_ttl), "--neighbours", "Atlantis"), 2, b"no node with IRI or label 'Atlantis'")
    fails(kg("views", str(example_ttl), "--path", "Atlantis", "China"), 2, b"'Atlantis'")
    fails(kg("views", str(example_ttl), "--neighbours", "batter"), 2, b"did you mean")


def test_regression_views_no_path_says_so(example_ttl):
    """No path is an answer (exit 0), said on stderr."""
    r = ok(kg("views", str(example_ttl), "--path", "United Arab Emirates", "Globe Newswire", "--max-links", "1"))
    assert r.stdout == b"" and b"no path between 'United Arab Emirates' and 'Globe Newswire' within 1 links" in r.stderr
    r = ok(kg("views", str(example_ttl), "--path", "United Arab Emirates", "2024 World Power Battery Conference"))
    assert "United Arab Emirates → 2024 World Power Battery Conference" in r.stdout.decode()


def test_regression_unwritable_output_exit_3_before_any_work(tmp_path):
    (tmp_path / "ro.ttl").mkdir()  # a folder named like a graph file
    r = kg("build", str(EXAMPLE), "-o", "/proc/x.ttl")
    fails(r, 3, b"/proc/x.ttl: cannot write")
    fails(kg("build", str(EXAMPLE), "-o", str(tmp_path / "ro.ttl")), 3, b"is a directory")
    fails(kg("export", str(SAMPLE), "-o", "/proc/x.nq"), 3, b"cannot write")


# --------------------------------------------------------------------------- exit codes


@pytest.mark.parametrize("args, words", [
    (["query", str(SAMPLE), "--example", "nope"], [b"no example query 'nope'", b"hosts"]),
    (["query", str(SAMPLE), "--example", "hosts", "-p", "colour=red"], [b"no parameter 'colour'"]),
    (["query", str(SAMPLE), "--example", "hosts", "-p", "colour"], [b"NAME=VALUE"]),
    (["query", "--show", "nope"], [b"no example query"]),
    (["validate", str(SAMPLE), "--engine", "fast"], [b"unknown engine 'fast'"]),
    (["views", str(SAMPLE), "--view", "nope"], [b"unknown view 'nope'"]),
    (["views", str(SAMPLE), "-o", "g.png"], [b".graphml, .gexf"]),
    (["build", str(EXAMPLE), "--extractors", "ekg.nope.v1"], [b"unknown extractor 'ekg.nope.v1'", b"ekg.events.v1"]),
    (["build", str(EXAMPLE), "-f", "docx"], [b"unknown RDF format"]),
    (["show"], [b"give a graph file"]),
])
def test_regression_misuse_exits_2(args, words, tmp_path):
    fails(kg(*args, cwd=tmp_path), 2, *words)


def test_regression_unknown_extractor_before_the_model():
    """Told before spaCy loads: a model that does not exist is never reached (exit 2, not 5)."""
    r = kg("build", str(EXAMPLE), "--extractors", "ekg.nope.v1", env={"EKG_SPACY_MODEL": "no_such_model_xyz"})
    fails(r, 2, b"unknown extractor")


# --------------------------------------------------------------------------- surprises


def test_regression_format_with_output_is_honoured(tmp_path):
    out = tmp_path / "graph.txt"
    ok(kg("build", str(EXAMPLE), "-o", str(out), "-f", "nquads", "-q"))
    first = out.read_text().splitlines()[0]
    assert first.startswith("<") and first.endswith(" .") and first.count("<") >= 3  # a quad line


def test_regression_views_gexf(example_ttl, tmp_path):
    import networkx as nx

    out = tmp_path / "g.gexf"
    r = ok(kg("views", str(example_ttl), "-o", str(out)))
    assert b"wrote" in r.stderr and out.read_text().lstrip().startswith("<?xml")
    G = nx.read_gexf(out)
    assert G.number_of_nodes() > 10 and "gexf" in out.read_text()[:300]


def test_regression_no_publication_date_warns(tmp_path):
    f = tmp_path / "undated.txt"
    f.write_text(NO_DATE, encoding="utf-8")
    r = ok(kg("build", str(f), "-o", str(tmp_path / "o.ttl")))
    assert b'warning:' in r.stderr and b'"September 1-2" could not be dated' in r.stderr
    assert b"--published" in r.stderr
    r = ok(kg("build", str(f), "-o", str(tmp_path / "o.ttl"), "--published", "2031-08-20"))
    assert b"warning" not in r.stderr


@pytest.mark.slow
@pytest.mark.parametrize("mode", [["--store", "{tmp}/store"], ["--jobs", "2", "-o", "{tmp}/o.nq"]])
def test_regression_no_publication_date_warns_on_the_corpus_path(tmp_path, mode):
    """The store and worker builds said nothing of the dates a release without a
    publication date loses; they warn as the in-memory build does."""
    f = tmp_path / "undated.txt"
    f.write_text(NO_DATE, encoding="utf-8")
    r = ok(kg("build", str(f), *(m.format(tmp=tmp_path) for m in mode)))
    assert b'"September 1-2" could not be dated' in r.stderr and b"--published" in r.stderr


def test_regression_empty_results_say_0_rows(example_ttl):
    query = "SELECT ?x WHERE { ?x a schema:NoSuchClass }"
    r = ok(kg("query", str(example_ttl), query))
    assert b"0 rows" in r.stdout
    r = ok(kg("query", str(example_ttl), query, "-f", "csv"))
    assert r.stdout.decode().strip() == "x" and b"0 rows" in r.stderr
    r = ok(kg("query", str(example_ttl), "--example", "hosts"))
    assert b" rows" in r.stdout


def test_regression_show_without_events(tmp_path):
    f = tmp_path / "plain.ttl"
    f.write_text("<http://example.org/a> <http://example.org/b> <http://example.org/c> .\n", encoding="utf-8")
    fails(kg("show", str(f)), 4, b"no event in this graph")


def test_regression_param_takes_the_iri_csv_prints(example_ttl):
    r = ok(kg("query", str(example_ttl), "--example", "evidence", "-f", "csv"))
    lines = r.stdout.decode().splitlines()
    doc = lines[1].split(",")[0]
    assert doc.startswith("https://w3id.org/event-kg/id/doc-")
    for form in (doc, f"<{doc}>", doc.replace("https://w3id.org/event-kg/id/", "ekgid:")):
        got = ok(kg("query", str(example_ttl), "--example", "evidence", "-f", "csv", "-p", f"doc={form}"))
        assert len(got.stdout.decode().splitlines()) == len(lines), form


# --------------------------------------------------------------------------- missing


def test_version_and_python_m_kg():
    from kg import __version__

    r = ok(kg("--version"))
    assert r.stdout.decode().strip() == f"kg (event-kg) {__version__}"


def test_info():
    r = ok(kg("info"))
    text = r.stdout.decode()
    for word in ("event-kg", "model", "en_core_web_sm", "rdflib", "pyoxigraph", "pyshacl", "spacy",
                 "shapes", "ontology", "ekg.statistics.v1"):
        assert word in text, word
    data = json.loads(ok(kg("info", "--json")).stdout)
    assert data["model"]["name"] and Path(data["resources"]["shapes"]).is_file()
    assert "ekg.events.v1" in data["extractors"]


def test_info_missing_model_exit_5():
    r = kg("info", env={"EKG_SPACY_MODEL": "no_such_model_xyz"})
    assert r.returncode == 5 and b"no_such_model_xyz" in r.stdout


def test_store_on_show_validate_views(tmp_path):
    store = tmp_path / "store"
    ok(kg("build", str(EXAMPLE), "--store", str(store), "-q"))
    assert b"2024 World Power Battery Conference" in ok(kg("show", "--store", str(store))).stdout
    assert b"conforms" in ok(kg("validate", "--store", str(store), "--engine", "compiled")).stdout
    r = ok(kg("views", "--store", str(store), "--neighbours", "United Arab Emirates"))
    assert b"2024 World Power Battery Conference" in r.stdout
    fails(kg("show", str(SAMPLE), "--store", str(store)), 2, b"not both")


def test_stdin_on_validate_query_show(example_ttl):
    data = example_ttl.read_bytes()
    assert b"conforms" in ok(kg("validate", "-", stdin=data)).stdout
    r = ok(kg("query", "-", "SELECT ?n WHERE { ?e a ekg:Conference ; schema:name ?n }", "-f", "csv", stdin=data))
    assert "2024 World Power Battery Conference" in r.stdout.decode()
    assert b"World Power Battery" in ok(kg("show", "-", stdin=data)).stdout
    from kg.graph.export import load_graph, serialize

    nquads = serialize(load_graph(SAMPLE), "nquads").encode()  # not TriG: read as N-Quads
    assert b"Northern Lights" in ok(kg("show", "-", stdin=nquads)).stdout
    fails(kg("validate", "-", stdin=b"this is { not RDF"), 7, b"<stdin>")


def test_query_show_and_list():
    r = ok(kg("query", "--show", "hosts"))
    assert r.stdout.decode().startswith("# hosts.rq") and b"SELECT" in r.stdout
    text = ok(kg("query", "--list")).stdout.decode()
    # full descriptions, not the first comment line cut mid-sentence
    assert "how many of each, and on what topics?" in text
    # each parameter explained
    assert "-p placeName=...  the place's exact name" in text and "-p agentName=...  an organization's" in text


def test_validate_report_as_graph_and_other_shapes(example_ttl, tmp_path):
    from rdflib import Graph
    from rdflib.namespace import SH

    r = ok(kg("validate", str(example_ttl), "-f", "turtle"))
    g = Graph().parse(data=r.stdout.decode(), format="turtle")
    assert (None, SH.conforms, None) in g
    shapes = tmp_path / "theme.ttl"
    shapes.write_text("""@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix ekg: <https://w3id.org/event-kg/ns#> .
<http://example.org/NeedsTheme> a sh:NodeShape ; sh:targetClass ekg:Conference ;
    sh:property [ sh:path ekg:theme ; sh:minCount 1 ; sh:message "a conference states a theme" ] .
""", encoding="utf-8")
    for engine in ("pyshacl", "compiled"):
        r = kg("validate", str(example_ttl), "-s", str(shapes), "--engine", engine)
        assert r.returncode == 1 and b"a conference states a theme" in r.stdout, engine
    r = kg("validate", str(example_ttl), "-s", str(shapes), "-f", "json-ld")
    assert r.returncode == 1
    doc = json.loads(r.stdout)
    assert "sh:ValidationReport" in json.dumps(doc) and "a conference states a theme" in json.dumps(doc)


def test_construct_prints_turtle(example_ttl):
    from rdflib import Graph

    r = ok(kg("query", str(example_ttl), "CONSTRUCT { ?e schema:name ?n } WHERE { ?e a ekg:Conference ; schema:name ?n }"))
    g = Graph().parse(data=r.stdout.decode(), format="turtle")
    assert len(g) == 1 and "2024 World Power Battery Conference" in r.stdout.decode()
    r = ok(kg("query", str(example_ttl), "DESCRIBE ekgid:place-iso-ae", "-f", "json"))
    assert "@context" in json.loads(r.stdout)
    fails(kg("query", str(example_ttl), "SELECT * WHERE { ?s ?p ?o }", "-f", "turtle"), 2, b"CONSTRUCT")


def test_help_shows_no_bool_metavar():
    for command in ([], ["build"], ["query"], ["validate"], ["views"], ["info"]):
        r = ok(kg(*command, "--help"))
        assert b"<bool>" not in r.stdout, command


# --------------------------------------------------------------------------- builds


def test_regression_store_rerun_nothing_new_exit_0(tmp_path):
    feed = tmp_path / "feed"
    feed.mkdir()
    (feed / "a.txt").write_text(EXAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    (feed / "b.txt").write_text("---\npublished: 2031-08-20\n---\n" + NO_DATE, encoding="utf-8")
    store = tmp_path / "store"
    ok(kg("build", str(feed), "--store", str(store), "-q"))
    r = ok(kg("build", str(feed), "--store", str(store)))
    assert b"nothing new: 2 skipped" in r.stderr
    # one failing document among skipped ones is a batch's failure (6), not a single one's
    (feed / "c.txt").write_text("The weather stayed mild all week.", encoding="utf-8")
    fails(kg("build", str(feed), "--store", str(store)), 6, b"no event found")


def test_corpus_summary_instead_of_every_document(tmp_path):
    feed = tmp_path / "feed"
    feed.mkdir()
    (feed / "a.txt").write_text(EXAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    (feed / "b.txt").write_text("---\npublished: 2031-08-20\n---\n" + NO_DATE, encoding="utf-8")
    r = ok(kg("build", str(feed), "-o", str(tmp_path / "all.trig"), "--summary"))
    text = r.stdout.decode()
    assert "2 documents: 2 events" in text and "statistics" in text
    assert "when:" not in text  # not each document's summary
    r = ok(kg("build", str(EXAMPLE), "-o", str(tmp_path / "one.trig"), "--summary"))
    assert "when:" in r.stdout.decode()  # one release: its own summary


@pytest.mark.parametrize("value, words", [("foo", b"is not a date"), ("2024-02-30", b"is not a date"),
                                          ("9999-12-31", b"not a plausible publication date")])
def test_regression_bad_published_option_is_misuse(tmp_path, value, words):
    """`--published foo` was an internal error (exit 9): typer's BadParameter raised outside
    option parsing. A bad or implausible date is misuse (exit 2), before the model loads."""
    fails(kg("build", str(EXAMPLE), "--published", value, "-o", str(tmp_path / "o.ttl")), 2, words)
    assert not (tmp_path / "o.ttl").exists()
