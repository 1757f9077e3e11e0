"""Time pushing documents' graphs to real SPARQL servers: Oxigraph server vs Virtuoso
(run by hand; not part of the test suite).

    python benchmarks/make_corpus.py 100 /tmp/b100.jsonl
    python benchmarks/endpoint_push.py data/wpbc-2024-seed.txt
    python benchmarks/endpoint_push.py /tmp/b100.jsonl --repeat 3

The releases are parsed once (``process_chunk``, as ``kg build`` does); then, for each
server and each repeat, a fresh server is started on loopback (``tests/corpus/servers.py``:
its own directory and free ports) and every document's graph is PUT with
:class:`kg.corpus.endpoint.Endpoint` one after the other, as ``kg build --endpoint``'s
writer thread does (Virtuoso through ``/sparql-graph-crud-auth`` with HTTP Digest, as a
user holding SPARQL_UPDATE; Oxigraph through ``/store``, no auth). Then the skip check
(``graph_names``) and one read-back query (quads per document graph) are timed.

Figures per run: wall seconds, this process's CPU seconds (client: HTTP, auth) and the
server process's CPU seconds (``/proc/<pid>/stat``; less noisy than wall time on a shared
machine). The best of ``--repeat`` runs is printed; every run goes to
``benchmarks/results/endpoint-push-<stamp>.json``.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT / "tests" / "corpus"))  # the server launchers the tests use

from servers import ISQL, OXIGRAPH, VIRTUOSO, oxigraph_server, virtuoso_server  # noqa: E402

from kg.corpus.endpoint import Endpoint  # noqa: E402
from kg.corpus.store import DOC_GRAPH_PREFIX  # noqa: E402

QUADS_PER_GRAPH = f"""SELECT ?g (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }}
  FILTER(STRSTARTS(STR(?g), "{DOC_GRAPH_PREFIX}")) }} GROUP BY ?g"""


def documents(inputs: list[str]) -> list[tuple[str, bytes]]:
    from kg.corpus.inputs import iter_documents
    from kg.corpus.parallel import chunked, process_chunk
    from kg.errors import KGError
    from kg.pipeline.nlp import load_nlp

    nlp = load_nlp()
    docs = [d for d in iter_documents(inputs) if not isinstance(d, KGError)]
    out = []
    for chunk in chunked(docs, 64):
        out += [(o.graph, o.nt) for o in process_chunk(chunk, nlp=nlp).outcomes if o.ok]
    return out


def one_run(launcher, docs: list[tuple[str, bytes]]) -> dict:
    with tempfile.TemporaryDirectory(prefix="kg-push-") as tmp, launcher(Path(tmp)) as server:
        ep = Endpoint.from_url(server.url, user=server.user, password=server.password, timeout=120)
        cpu0, srv0, t0 = time.process_time(), server.cpu_seconds(), time.perf_counter()
        for graph, nt in docs:
            ep.put_graph(graph, nt)
        push = {"wall": time.perf_counter() - t0, "client_cpu": time.process_time() - cpu0,
                "server_cpu": server.cpu_seconds() - srv0}
        t0 = time.perf_counter()
        names = ep.graph_names(DOC_GRAPH_PREFIX)
        t_names = time.perf_counter() - t0
        t0 = time.perf_counter()
        counts = {r["g"]: int(r["n"]) for r in ep.select(QUADS_PER_GRAPH)}
        t_read = time.perf_counter() - t0
        assert len(names) == len(docs) == len(counts), (len(names), len(docs), len(counts))
        return {"push": push, "graph_names_s": t_names, "read_back_s": t_read,
                "quads": sum(counts.values()), "graphs": len(counts)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("inputs", nargs="+")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--servers", default="oxigraph,virtuoso")
    args = ap.parse_args()
    launchers = {"oxigraph": (oxigraph_server, OXIGRAPH), "virtuoso": (virtuoso_server, VIRTUOSO and ISQL)}
    docs = documents(args.inputs)
    nbytes = sum(len(nt) for _, nt in docs)
    print(f"{len(docs)} documents, {nbytes / 1e6:.2f} MB of N-Triples")
    results = {"inputs": args.inputs, "documents": len(docs), "ntriples_bytes": nbytes, "runs": {}}
    for name in args.servers.split(","):
        launcher, binary = launchers[name]
        if not binary:
            print(f"{name}: not installed, skipped")
            continue
        runs = [one_run(launcher, docs) for _ in range(args.repeat)]
        results["runs"][name] = runs
        best = min(runs, key=lambda r: r["push"]["wall"])
        p = best["push"]
        print(f"{name:9s} push {p['wall']:6.2f} s wall ({len(docs) / p['wall']:6.1f} docs/s), "
              f"client CPU {p['client_cpu']:5.2f} s, server CPU {p['server_cpu']:5.2f} s "
              f"(min server CPU of {len(runs)}: {min(r['push']['server_cpu'] for r in runs):.2f} s); "
              f"graph names {best['graph_names_s'] * 1000:.0f} ms, read-back {best['read_back_s'] * 1000:.0f} ms, "
              f"{best['quads']:,} quads")
    out = HERE / "results" / f"endpoint-push-{time.strftime('%Y%m%d-%H%M%S')}.json"
    out.write_text(json.dumps(results, indent=2))
    print(f"→ {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
