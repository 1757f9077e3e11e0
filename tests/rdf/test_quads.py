"""kg.rdf.quads: an in-memory build writes N-Quads / N-Triples without an rdflib Dataset,
and the bytes are the Dataset's (rdflib's store iterates Python sets; the same sets built
the same way iterate the same way, whatever the hash seed)."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from rdflib import BNode, Dataset, Literal, URIRef
from rdflib.namespace import RDF, XSD

from kg.graph.export import nquads, ntriples
from kg.rdf.namespaces import EKG, ID, SDO
from kg.rdf.quads import DocumentGraphs

ROOT = Path(__file__).resolve().parents[2]


def _documents(n: int, seed: int = 0) -> list[tuple[URIRef, list[tuple]]]:
    """``n`` invented document graphs: shared nodes, a triple in several graphs, a triple
    twice in one graph, literals of every kind, one document given twice."""
    import random

    rnd = random.Random(seed)
    shared = [ID[f"place-{k}"] for k in range(7)]
    docs = []
    for i in range(n):
        d = ID[f"doc-{i:04d}{rnd.randrange(10**6):06d}"]
        ev = ID[f"event-{rnd.randrange(max(2, n // 3))}"]
        t = [(d, RDF.type, SDO.NewsArticle), (ev, RDF.type, SDO.Event), (ev, SDO.name, Literal(f"Fair {i % 5}")),
             (ev, SDO.location, rnd.choice(shared)), (d, SDO.text, Literal(f'Line "{i}"\nnext\tline é')),
             (ev, EKG.edition, Literal(i % 4, datatype=XSD.integer)),
             (ev, SDO.description, Literal("salon", lang="fr")), (BNode(f"b{i}"), SDO.name, Literal("x"))]
        t += [(ev, SDO.keywords, Literal(f"k{rnd.randrange(40)}")) for _ in range(rnd.randrange(30))]
        t.append(t[1])  # a triple twice in one document
        docs.append((d, t))
    if docs:
        docs.append(docs[len(docs) // 2])  # the same document (same content hash) twice
    return docs


def _both(docs):
    ds = Dataset(default_union=True)
    fast = DocumentGraphs()
    for name, triples in docs:
        g = ds.graph(URIRef(name))  # what kg.graph.facade.add_result does
        g.addN((s, p, o, g) for s, p, o in triples)
        fast.add(name, triples)
    list(ds.graphs())  # the build's conflict search lists every graph (adding the default one)
    fast.close()
    return ds, fast


@pytest.mark.parametrize("n", [1, 2, 9, 64, 300])
def test_the_same_bytes_as_the_dataset(n: int) -> None:
    ds, fast = _both(_documents(n, seed=n))
    assert fast.nquads() == nquads(ds)
    assert fast.ntriples() == ntriples(ds)
    assert len(fast) == len(ds)
    assert list(fast.union_triples()) == [(s, p, o) for s, p, o in ds.triples((None, None, None))]


def test_the_same_bytes_under_other_hash_seeds() -> None:
    """Set order depends on the hash seed: the replay must hold for any of them."""
    script = textwrap.dedent("""
        import sys
        sys.path.insert(0, %r)
        from test_quads import _both, _documents
        from kg.graph.export import nquads, ntriples
        for n in (3, 40, 200):
            ds, fast = _both(_documents(n, seed=n))
            assert fast.nquads() == nquads(ds), n
            assert fast.ntriples() == ntriples(ds), n
        print("ok")
    """) % str(Path(__file__).parent)
    for seed in ("1", "7", "4242"):
        out = subprocess.run([sys.executable, "-c", script], env={**os.environ, "PYTHONHASHSEED": seed},
                             capture_output=True, text=True, cwd=ROOT)
        assert out.stdout.strip() == "ok", out.stderr


def test_possible_conflicts_only_with_two_values_of_a_single_valued_fact() -> None:
    ev = ID["event-x"]
    fast = DocumentGraphs()
    fast.add(ID["doc-a"], [(ev, SDO.startDate, Literal("2031-05-10", datatype=XSD.date)), (ev, SDO.name, Literal("A"))])
    fast.add(ID["doc-b"], [(ev, SDO.startDate, Literal("2031-05-10", datatype=XSD.date)), (ev, SDO.name, Literal("B"))])
    assert not fast.possible_conflicts()  # two names are no conflict; one date twice neither
    fast.add(ID["doc-c"], [(ev, SDO.startDate, Literal("2031-05-09", datatype=XSD.date))])
    assert fast.possible_conflicts()


# --------------------------------------------------------------------------- kg build, end to end

#: invented releases: two about one edition that disagree on its dates (a conflict: the
#: build falls back to the Dataset), one without any event (a failure), two plain ones
RELEASES = {
    "stone-a.txt": "BERGEN, Norway, March 3, 2031 -- The 2031 Granite Valley Stone Fair will be held from "
                   "May 10 to May 12, 2031 at the Bergen Exhibition Centre in Bergen, Norway. The fair is "
                   "organized by the Norwegian Stone Association. More than 300 exhibitors from 25 countries "
                   "are expected.\n",
    "stone-b.txt": "OSLO, Norway, March 20, 2031 -- Organizers said the 2031 Granite Valley Stone Fair will run "
                   "from May 9 to May 12, 2031 in Bergen, Norway, with 320 exhibitors.\n",
    "none.txt": "The weather was mild and the shops stayed open late on Tuesday.\n",
    "kites.txt": "LISBON, Portugal, June 2, 2030 -- The Atlantic Kite Summit 2030 will take place on "
                 "September 14-16, 2030 at the Tagus Congress Hall in Lisbon. Hosted by the Portuguese "
                 "Kite Federation, the summit expects 1,200 visitors and 80 speakers.\n",
    "clocks.txt": "GENEVA, Switzerland, April 1, 2029 -- The Lakeside Clockmakers Expo 2029 opens on "
                  "October 3, 2029 in Geneva, Switzerland. The expo, organized by the Geneva Horology "
                  "Guild, covers 12,000 square meters and welcomes 150 exhibitors.\n",
}


def _build(inputs: list[str], output: Path, *, slow: bool) -> int:
    from rich.console import Console

    from kg.corpus.batch import BuildOptions, run_build

    quiet = Console(file=io.StringIO())
    # a summary needs the Dataset: the old path, for the comparison
    opts = BuildOptions(inputs=inputs, output=output, quiet=not slow, summary=slow)
    return run_build(opts, quiet, quiet)


@pytest.fixture(scope="module")
def releases(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("releases")
    for name, text in RELEASES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.mark.parametrize("suffix", ["nq", "nt", "ttl"])
@pytest.mark.parametrize("which", ["data", "invented", "no-conflict"])
def test_kg_build_writes_what_the_dataset_path_wrote(nlp, releases: Path, tmp_path: Path, suffix: str,
                                                     which: str, monkeypatch) -> None:
    """The Dataset-free writer, and the build overlapped with its parse (a forked process
    after the parse, kg.corpus.parallel.run_overlapped), against the one-process Dataset path."""
    inputs = {"data": [str(ROOT / "data")], "invented": [str(releases)],
              "no-conflict": [str(releases / "kites.txt"), str(releases / "clocks.txt"), str(ROOT / "data")]}[which]
    got = {}
    for overlap in ("0", "1"):
        monkeypatch.setenv("KG_BUILD_OVERLAP", overlap)
        for slow in (False, True):
            out = tmp_path / f"{overlap}-{slow}.{suffix}"
            got[(overlap, slow)] = (_build(inputs, out, slow=slow), out.read_bytes())
    reference = got[("0", True)]
    assert reference[1] and len(reference[1]) > 1000
    for key, value in got.items():
        assert value == reference, key


def test_an_overlapped_build_prints_what_a_one_process_build_prints(nlp, releases: Path, monkeypatch,
                                                                    capsys) -> None:
    """Output to standard output, failures and counts on standard error: the forked
    process's prints reach the parent's streams, in order (a test runner's too)."""
    from kg.corpus.batch import BuildOptions, run_build
    from rich.console import Console

    printed = {}
    for overlap in ("0", "1"):
        monkeypatch.setenv("KG_BUILD_OVERLAP", overlap)
        code = run_build(BuildOptions(inputs=[str(releases)], fmt="nquads"), Console(), Console(stderr=True))
        out, err = capsys.readouterr()
        printed[overlap] = (code, out, err.replace("triples in", "").split(" s ")[0])
    assert printed["1"][0] == printed["0"][0] == 6  # one release has no event
    assert printed["1"][1] == printed["0"][1] and "<https://w3id.org/event-kg/id/" in printed["1"][1]
    assert "none.txt" in printed["1"][2] and "1 conflict(s)" in printed["1"][2]


@pytest.mark.parametrize("bad", [
    (ID["doc-x"], SDO.url, URIRef("not an iri")),
    (ID["doc-x"], SDO.name, Literal("half \ud800 a pair")),
    (ID["doc-x"], SDO.name, Literal("x", datatype=URIRef("bad datatype"))),
    (ID["doc-x"], SDO.name, "a plain str"),
])
def test_check_terms_raises_what_the_store_writer_raises(bad) -> None:
    from kg.corpus.store import ntriples

    from kg.rdf.quads import check_terms

    good = [(ID["doc-x"], RDF.type, SDO.NewsArticle), (ID["doc-x"], SDO.name, Literal("fine", lang="en"))]
    check_terms(good)
    for triples in ([*good, bad], [bad, *good], [bad, (ID["doc-y"], SDO.url, URIRef("also bad"))]):
        with pytest.raises(Exception) as expected:
            ntriples(triples)
        with pytest.raises(type(expected.value)) as got:
            check_terms(triples)
        assert str(got.value) == str(expected.value)
