"""kg build over a batch: corpus path (store, --jobs), failures, idempotence, strict."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pyoxigraph as ox
import pytest
from rich.console import Console

from kg.corpus.batch import BuildOptions, run_build
from kg.corpus.store import open_store, stored_document_ids

pytestmark = pytest.mark.slow

# Invented releases about invented events (not from any real corpus).
RELEASES = {
    "fjordland.txt": """---
title: "2032 Fjordland Seafood Forum Opens In Bergen"
published: 2032-04-12
---
BERGEN, Norway, April 12, 2032 -- On April 10-11, the 2032 Fjordland Seafood Forum, hosted by the Bergen Fisheries Council and organized by the West Coast Aquaculture Association, opened in Bergen, Norway. Iceland was invited as the guest of honor for the forum. According to data released at the forum, salmon exports from the region reached 1.4 million tonnes in 2031, an increase of 6.2% year-on-year.
""",
    "sahel.txt": """---
title: "Sahel Solar Expo 2030 Held In Dakar"
published: 2030-11-03
---
DAKAR, Senegal, Nov. 3, 2030 -- The 2030 Sahel Solar Expo, organized by the Dakar Energy Chamber, was held in Dakar, Senegal, from November 1 to November 3. The expo was sponsored by Baobab Panels. More than 4,200 visitors attended the expo.
""",
    "tatra.txt": """---
title: "2029 Tatra Mountain Rescue Conference In Zakopane"
published: 2029-02-20
---
ZAKOPANE, Poland, Feb. 20, 2029 -- On February 18-19, the 2029 Tatra Mountain Rescue Conference, hosted by the Zakopane Rescue Service, opened in Zakopane, Poland. During the conference, 3 workshops were held. Slovakia was invited as the guest of honor for the conference.
""",
}


def write_corpus(root: Path, corrupt: bool = True) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    for name, text in RELEASES.items():
        (root / name).write_text(text, encoding="utf-8")
    if corrupt:
        (root / "binary.txt").write_bytes(b"\x00\x01\x02\x03PK\x00 not a release")
        (root / "latin1.txt").write_bytes("Caf\xe9 Expo 2030 in S\xe3o Paulo".encode("latin-1"))
        (root / "empty.txt").write_text("  \n", encoding="utf-8")
        (root / "no-event.txt").write_text("The weather was mild and the river was calm all week.\n", encoding="utf-8")
    return root


def consoles():
    out, err = io.StringIO(), io.StringIO()
    return Console(file=out, width=200), Console(file=err, width=200), out, err


def build(**kw) -> tuple[int, str]:
    out_c, err_c, _, err = consoles()
    code = run_build(BuildOptions(quiet=False, **kw), out_c, err_c)
    return code, err.getvalue()


def quads(store: ox.Store) -> set[str]:
    return set(store.dump(format=ox.RdfFormat.N_QUADS).decode().splitlines())


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    return write_corpus(tmp_path_factory.mktemp("corpus"))


def test_corrupt_files_among_good_ones_land_every_good_document(corpus: Path, tmp_path: Path) -> None:
    store_path, log = tmp_path / "store", tmp_path / "errors.jsonl"
    code, err = build(inputs=[str(corpus)], store=store_path, error_log=log)
    assert code == 6  # some documents of the batch failed
    failed = {Path(json.loads(line)["source"]).name: json.loads(line) for line in log.read_text().splitlines()}
    assert set(failed) == {"binary.txt", "latin1.txt", "empty.txt", "no-event.txt"}
    assert failed["binary.txt"]["exit_code"] == 3 and "binary" in failed["binary.txt"]["reason"]
    assert "UTF-8" in failed["latin1.txt"]["reason"]
    assert failed["no-event.txt"]["exit_code"] == 4
    for name in failed:
        assert name in err  # listed in the summary too
    assert "3 of 7 documents" in err
    store = open_store(store_path, read_only=True)
    assert len(stored_document_ids(store)) == 3
    from kg.graph.query import run_query

    names = {r["name"] for r in run_query(store, "SELECT ?name WHERE { ?e a schema:Event ; schema:name ?name }", limit=None).to_records()}
    assert {"2032 Fjordland Seafood Forum", "2030 Sahel Solar Expo", "2029 Tatra Mountain Rescue Conference"} <= names


def test_rerun_is_idempotent_and_force_rebuilds(corpus: Path, tmp_path: Path) -> None:
    store_path = tmp_path / "store"
    good = [str(corpus / n) for n in RELEASES]
    assert build(inputs=good, store=store_path)[0] == 0
    s = open_store(store_path)
    first = quads(s)
    # a stale triple in a document graph: a skipped run keeps it, --force replaces the graph
    g = sorted(stored_document_ids(s))[0]
    stale = ox.Quad(ox.NamedNode("urn:x:s"), ox.NamedNode("urn:x:p"), ox.Literal("stale"),
                    ox.NamedNode(f"https://w3id.org/event-kg/id/doc-{g}"))
    s.add(stale)
    del s
    code, err = build(inputs=good, store=store_path)
    assert code == 0 and "nothing new: 3 skipped" in err  # exit 0: nothing failed
    s = open_store(store_path)
    assert stale in s
    del s
    code, err = build(inputs=good, store=store_path, force=True, compact=True)
    assert code == 0 and "3 of 3 documents" in err and "store compacted" in err
    s = open_store(store_path)
    assert stale not in s and quads(s) == first


def test_jobs_2_gives_the_same_graph_as_one_process(corpus: Path, tmp_path: Path) -> None:
    good = [str(corpus / n) for n in RELEASES]
    assert build(inputs=good, store=tmp_path / "one", batch_size=2)[0] == 0
    assert build(inputs=good, store=tmp_path / "two", jobs=2, batch_size=1)[0] == 0
    one, two = quads(open_store(tmp_path / "one", read_only=True)), quads(open_store(tmp_path / "two", read_only=True))
    assert one and one == two


def test_corpus_output_file_matches_in_memory_build(corpus: Path, tmp_path: Path) -> None:
    good = [str(corpus / n) for n in RELEASES]
    assert build(inputs=good, output=tmp_path / "mem.nq")[0] == 0
    assert build(inputs=good, output=tmp_path / "jobs.nq", jobs=2)[0] == 0
    mem = ox.Store()
    mem.load(path=str(tmp_path / "mem.nq"), format=ox.RdfFormat.N_QUADS)
    jobs = ox.Store()
    jobs.load(path=str(tmp_path / "jobs.nq"), format=ox.RdfFormat.N_QUADS)
    assert len(mem) > 100 and quads(mem) == quads(jobs)


def test_single_file_in_memory_path_is_unchanged(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "one.trig"
    code, err = build(inputs=[str(corpus / "sahel.txt")], output=out)
    assert code == 0 and "1 of 1 documents" in err
    assert "ekgid:event-2030-sahel-solar-expo" in out.read_text()
    assert build(inputs=[str(corpus / "no-event.txt")])[0] == 4


def test_violations_are_reported_per_batch_and_strict_fails(corpus: Path, tmp_path: Path, monkeypatch) -> None:
    from rdflib import URIRef
    from rdflib.namespace import SH

    import kg.graph.compiled_shacl as fastshacl

    calls = []

    class FakeShapes:  # builds validate with the compiled shapes (kg.graph.compiled_shacl)
        def validate(self, triples):
            calls.append(len(list(triples)))
            return [fastshacl.Violation(URIRef("https://w3id.org/event-kg/id/x"), None, None,
                                        "an invented problem", URIRef("urn:x:shape"), SH.MinCountConstraintComponent)]

    monkeypatch.setattr(fastshacl, "compiled_shapes", lambda: FakeShapes())
    monkeypatch.setenv("KG_BUILD_OVERLAP", "0")  # the calls are counted in this process
    good = [str(corpus / n) for n in RELEASES]
    code, err = build(inputs=good, store=tmp_path / "s", strict=True, batch_size=2)
    assert code == 1
    assert len(calls) == 2 and all(n > 50 for n in calls)  # one call per batch of 2 + 1 documents
    assert "2 problem(s)" in err and "an invented problem" in err and "does not conform" in err
    assert len(stored_document_ids(open_store(tmp_path / "s", read_only=True))) == 3  # still written
