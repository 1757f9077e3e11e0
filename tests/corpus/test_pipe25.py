"""Speed changes of issue 13 (the corpus rows) that must not change a verdict, a byte or a graph:
the compiled SHACL engine, the N-Triples / N-Quads writers, the batch plumbing."""

from __future__ import annotations

import json
import random

import pyoxigraph as ox
import pytest
from rdflib import BNode, Literal, URIRef
from rdflib.namespace import RDF, XSD

from kg.corpus.batch import _Lookahead
from kg.corpus.parallel import MIN_TAIL_CHUNK, balanced_chunks, chunked
from kg.graph import compiled_shacl as cs
from kg.graph.compiled_shacl import Index, compiled_shapes
from kg.rdf.namespaces import EKG, ID, SDO


def _sizes(n: int, size: int, jobs: int) -> list[list[int]]:
    docs = _Lookahead(range(n), size * jobs)
    return list(balanced_chunks(docs, size, jobs, lambda: len(docs) if docs.ended else None))


def test_balanced_chunks_keep_every_item_in_order():
    for n in (0, 1, 15, 64, 65, 128, 300, 1000, 1037):
        for jobs in (2, 3):
            chunks = _sizes(n, 64, jobs)
            assert [x for c in chunks for x in c] == list(range(n))
            assert all(0 < len(c) <= 64 for c in chunks)
            assert all(len(c) >= MIN_TAIL_CHUNK for c in chunks[:-1])


def test_balanced_chunks_cut_the_end_finer():
    assert [len(c) for c in chunked(range(300), 64)] == [64, 64, 64, 64, 44]
    assert [len(c) for c in _sizes(300, 64, 2)] == [64, 64, 64, 27, 21, 16, 16, 16, 12]


def _finish_time(sizes: list[int], jobs: int) -> int:
    """When the last of ``jobs`` workers ends, each taking the next chunk when free."""
    free = [0] * jobs
    for s in sizes:
        free[free.index(min(free))] += s
    return max(free)


def test_two_workers_end_closer_together():
    for n in (300, 1000):
        whole = _finish_time([len(c) for c in chunked(range(n), 64)], 2)
        balanced = _finish_time([len(c) for c in _sizes(n, 64, 2)], 2)
        assert balanced <= whole and balanced <= n / 2 + MIN_TAIL_CHUNK
    assert _finish_time([len(c) for c in chunked(range(300), 64)], 2) == 172


# --------------------------------------------------------------------------- whole builds


_CITIES = ["Bergen", "Lisbon", "Geneva", "Porto", "Turin", "Lyon", "Ghent", "Basel"]


def _feed(path, n: int, bad: int) -> list[str]:
    """``n`` invented one-paragraph releases as JSON Lines; number ``bad`` names no event."""
    names = []
    with open(path, "w", encoding="utf-8") as out:
        for i in range(n):
            city = _CITIES[i % len(_CITIES)]
            text = (f"{city.upper()}, Norway, March 3, 2031 -- The 2031 Invented Kite Fair {i} will be held "
                    f"from May 10 to May 12, 2031 in {city}. It is organized by the Invented Kite Guild {i % 7}, "
                    f"and {100 + i} exhibitors are expected.\n")
            if i == bad:
                text = "The weather was mild and the shops stayed open late on Tuesday.\n"
            out.write(json.dumps({"id": f"kite-{i:04d}", "text": text, "published": "2031-03-03"}) + "\n")
            names.append(f"kite-{i:04d}")
    return names


def _dump(store) -> list[str]:
    return sorted(str(q) for q in store)


@pytest.fixture(scope="module")
def feed(tmp_path_factory):
    path = tmp_path_factory.mktemp("feed") / "kites.jsonl"
    _feed(path, 150, bad=141)  # the bad one in the balanced end
    return path


def test_a_balanced_two_worker_build_writes_what_one_process_writes(nlp, feed, tmp_path):
    from kg.corpus.batch import BuildOptions, build_corpus
    from kg.corpus.store import open_store

    got = {}
    for jobs in (1, 2):
        store = open_store(tmp_path / f"s{jobs}")
        failures: list = []
        stats = build_corpus(BuildOptions(inputs=[str(feed)], jobs=jobs, quiet=True), failures, store=store)
        got[jobs] = (stats.n_ok, [(f.source, f.stage) for f in failures], _dump(store))
        del store
    assert got[1][0] == got[2][0] == 149
    assert got[1][1] == got[2][1] and len(got[2][1]) == 1 and got[2][1][0][1] == "extract"
    assert got[1][2] == got[2][2]


def test_a_store_that_stops_in_a_balanced_build_names_every_document(nlp, feed, tmp_path):
    """Each document landed, failed or not attempted, once: none lost in the held tail."""
    from kg.corpus.batch import BuildOptions, build_corpus

    class Failing:
        def __init__(self) -> None:
            self.store, self.loads = ox.Store(), 0

        def bulk_load(self, data, **kw):
            if kw.get("format") == ox.RdfFormat.N_TRIPLES:  # the union half of a load (load_documents)
                return self.store.bulk_load(data, **kw)
            self.loads += 1
            if self.loads > 1:
                raise OSError(28, "No space left on device")
            self.store.bulk_load(data, **kw)

        def __getattr__(self, name):
            return getattr(self.store, name)

    import kg.corpus.batch

    target = Failing()
    failures: list = []
    # gather fewer documents a load, so that the first load lands and the second fails
    original = kg.corpus.batch.STORE_LOAD_DOCS
    kg.corpus.batch.STORE_LOAD_DOCS = 64
    try:
        stats = build_corpus(BuildOptions(inputs=[str(feed)], jobs=2, quiet=True), failures, store=target)
    finally:
        kg.corpus.batch.STORE_LOAD_DOCS = original
    assert stats.unavailable is not None
    landed = {g.value for g in target.store.named_graphs()}
    named = [f.source for f in failures] + list(stats.not_attempted)
    assert len(named) == len(set(named))
    assert stats.n_ok == len(landed) > 0
    assert stats.n_ok + len(named) == 150


# --------------------------------------------------------------------------- SHACL and writers


_DATATYPES = [XSD.string, XSD.integer, XSD.date, XSD.gYear, XSD.decimal, URIRef(str(XSD.integer))]
_NODES = [
    Literal("plain"), Literal("tagged", lang="en"), Literal("typed", datatype=XSD.string),
    Literal(3), Literal("3", datatype=XSD.integer), Literal("three", datatype=XSD.integer),
    Literal("2024-05-01", datatype=XSD.date), Literal("2024-13-45", datatype=XSD.date),
    Literal("2024", datatype=XSD.gYear), Literal("1.50", datatype=XSD.decimal),
    URIRef("https://example.org/x"), BNode(), Literal("", datatype=URIRef("https://example.org/dt")),
]


@pytest.mark.parametrize("dt", _DATATYPES)
def test_datatype_test_answers_as_datatype_ok(dt):
    test = cs._datatype_test(dt)
    for node in _NODES:
        assert test(node) == cs._datatype_ok(node, dt), (node, dt)


def _invented_documents(seed: int) -> list[list[tuple]]:
    """Two invented documents with evidence, roles and statistics, some of them broken."""
    rnd = random.Random(seed)
    docs = []
    for d in range(2):
        doc = ID[f"doc-t{d}"]
        ev, role, agent = ID[f"ev-t{d}-1-9"], ID[f"role-t{d}-1"], ID["agent-invented-guild"]
        event = ID["event-2031-invented-fair"]
        triples = [
            (ev, RDF.type, EKG.Evidence), (ev, EKG.quote, Literal("A quote")), (ev, EKG.start, Literal(1)),
            (ev, EKG.end, Literal(9)), (ev, URIRef("http://www.w3.org/ns/prov#wasDerivedFrom"), doc),
            (event, RDF.type, SDO.Event), (event, SDO.name, Literal("Invented Fair")),
            (event, EKG.host, agent), (agent, RDF.type, SDO.Organization), (agent, SDO.name, Literal("Guild")),
            (role, RDF.type, EKG.RoleAssignment), (role, EKG.agent, agent), (role, EKG.evidence, ev),
        ]
        for _ in range(rnd.randint(0, 6)):  # break a few
            i = rnd.randrange(len(triples))
            s, p, o = triples[i]
            triples[i] = rnd.choice([(s, p, Literal(str(o), datatype=XSD.integer)), (s, p, BNode()),
                                     (s, p, Literal("x", lang="en")), (s, RDF.type, URIRef("https://example.org/C"))])
            if rnd.random() < 0.3:
                triples.append((s, p, Literal(-2)))
                triples.append(triples[0])  # a repeat
        docs.append(triples)
    return docs


def test_index_of_the_target_predicates_validates_as_the_full_index():
    shapes = compiled_shapes()
    assert shapes is not None
    for seed in range(25):
        triples = [t for doc in _invented_documents(seed) for t in doc]
        full = shapes.validate(Index(triples))
        assert full  # every seed breaks something
        assert shapes.validate(triples) == full
        assert shapes.validate(Index(triples, pos_predicates=shapes.pos_predicates)) == full
        assert shapes.validate(Index(list(dict.fromkeys(triples)), distinct=True,
                                     pos_predicates=shapes.pos_predicates)) == full


def test_an_index_without_a_target_predicate_is_refused():
    shapes = compiled_shapes()
    with pytest.raises(ValueError):
        shapes.validate(Index([], pos_predicates=()))


def test_index_keeps_the_first_of_repeats_in_order():
    s, p = ID["x"], SDO.name
    a, b = Literal("a"), Literal("b")
    idx = Index([(s, p, a), (ID["y"], p, b), (s, p, b), (s, p, a)])
    assert idx.values(s, p) == [a, b]
    assert idx.values(ID["y"], p) == [b]
    assert idx.values(ID["z"], p) == []


def test_ntriples_writes_each_term_as_nt_term_does():
    """The writer's inlined fast paths give _nt_term's text for every kind of term."""
    from rdflib.term import RDFLibGenid

    from kg.corpus.store import _nt_term, ntriples

    ev = ID["event-invented-fair"]
    texts = [chr(i) for i in range(0x80)] + ["plain words", 'a "quote"', "back\\slash", "é \u2028", ""]
    objects = [Literal(t) for t in texts] + [Literal(t, lang="EN-gb") for t in texts[:40]] + [
        Literal("35.80", datatype=XSD.decimal), Literal("x", datatype=XSD.string), Literal(7),
        BNode("b1"), ID["place-invented"], RDFLibGenid("https://example.org/.well-known/genid/rdflib/x")]
    triples = [(ev, SDO.description, o) for o in objects] + [(BNode("b2"), SDO.name, Literal("n"))]
    expected = "".join(f"{_nt_term(s)} {_nt_term(p)} {_nt_term(o)} .\n" for s, p, o in triples).encode("utf-8")
    assert ntriples(triples) == expected
    with pytest.raises(ValueError):
        ntriples([(ev, SDO.name, object())])


def test_nquads_bytes_are_the_text_as_the_file_holds_it(tmp_path):
    from kg.corpus.batch import _write_bytes
    from kg.errors import BadInput
    from kg.graph.export import write_text
    from kg.rdf.quads import DocumentGraphs

    graphs = DocumentGraphs()
    ev = ID["event-invented-fair"]
    graphs.add(ID["doc-t1"], [(ev, SDO.name, Literal("Fair é")), (ev, SDO.description, Literal("lone \ud800 half")),
                             (ev, SDO.alternateName, Literal('a "q"\n', lang="en"))])
    graphs.add(ID["doc-t2"], [(ev, SDO.name, Literal("Fair é"))])
    text = graphs.nquads()
    write_text(tmp_path / "a.nq", text)
    _write_bytes(tmp_path / "b.nq", graphs.nquads_bytes())
    assert (tmp_path / "a.nq").read_bytes() == (tmp_path / "b.nq").read_bytes() == graphs.serialize_bytes("nquads")
    with pytest.raises(UnicodeEncodeError):  # as rdflib's N-Triples writer (and ntriples()) raise
        graphs.serialize_bytes("nt")
    with pytest.raises(BadInput) as err:
        _write_bytes(tmp_path, b"x")  # a directory
    assert err.value.exit_code == 3 and err.value.source == str(tmp_path)
