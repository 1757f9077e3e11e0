"""Issue 13 (round 26): a bulk load is two Oxigraph loads, the union first, with the quads one
N-Quads load of both gave."""

from __future__ import annotations

import pyoxigraph as ox
from rdflib import Literal, URIRef

from kg.corpus.store import document_graph, document_nquads, load_documents, ntriples

_SDO = "https://schema.org/"
_ID = "https://example.org/id/"


def _doc(n: int) -> tuple[str, bytes]:
    shared = URIRef(_ID + "place-invented-harbour-town")
    ev = URIRef(f"{_ID}event-2031-made-up-lantern-expo-{n}")
    nt = ntriples([(ev, URIRef(_SDO + "name"), Literal(f"Made-up Lantern Expo {n}", lang="en")),
                   (ev, URIRef(_SDO + "location"), shared),
                   (shared, URIRef(_SDO + "name"), Literal("Invented Harbour Town \"Old\"\n", lang="en"))])
    return document_graph(f"{n:064x}"), nt


def test_bulk_load_holds_the_quads_of_one_nquads_load() -> None:
    docs = [_doc(n) for n in range(5)]
    split, whole = ox.Store(), ox.Store()
    assert load_documents(split, docs, bulk=True) == 15
    whole.bulk_load(b"".join(document_nquads(g, nt) for g, nt in docs), format=ox.RdfFormat.N_QUADS)
    assert sorted(map(str, split)) == sorted(map(str, whole))
    assert len(list(split.quads_for_pattern(None, None, None, ox.DefaultGraph()))) == 11  # the union, deduplicated


def test_the_union_is_loaded_before_the_graphs_so_a_kill_between_leaves_no_graph_without_its_union() -> None:
    class StopsAfterFirst:
        def __init__(self) -> None:
            self.store, self.formats = ox.Store(), []

        def bulk_load(self, data, **kw):
            self.formats.append(kw["format"])
            if len(self.formats) > 1:
                raise OSError(28, "No space left on device")  # killed between the two loads
            self.store.bulk_load(data, **kw)

    target = StopsAfterFirst()
    docs = [_doc(n) for n in range(3)]
    try:
        load_documents(target, docs, bulk=True)
    except OSError:
        pass
    assert target.formats == [ox.RdfFormat.N_TRIPLES, ox.RdfFormat.N_QUADS]
    assert not any(target.store.contains_named_graph(ox.NamedNode(g)) for g, _ in docs)  # rebuilt next run
    assert not list(target.store.named_graphs())
