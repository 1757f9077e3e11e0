"""kg build --endpoint: pushing named graphs to a real Oxigraph server (started here)."""

from __future__ import annotations

import io
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from rich.console import Console

from kg.corpus.batch import BuildOptions, run_build
from kg.corpus.endpoint import Endpoint, EndpointError

pytestmark = pytest.mark.slow

# on PATH, or beside this Python (a venv used without activating it)
OXIGRAPH = shutil.which("oxigraph") or shutil.which("oxigraph", path=os.path.dirname(sys.executable))

RELEASES = {
    "lagoon.txt": """---
title: "2031 Blue Lagoon Aquaculture Summit In Split"
published: 2031-09-14
---
SPLIT, Croatia, Sept. 14, 2031 -- On September 12-13, the 2031 Blue Lagoon Aquaculture Summit, hosted by the Split Marine Institute and organized by the Adriatic Fish Farmers Union, opened in Split, Croatia. Slovenia was invited as the guest of honor for the summit. According to data released at the summit, sea bass production in the region reached 41,000 tonnes in 2030, an increase of 7.5% year-on-year.
""",
    "quarry.txt": """---
title: "Granite Valley Stone Fair 2030 Held In Porto"
published: 2030-03-08
---
PORTO, Portugal, March 8, 2030 -- The 2030 Granite Valley Stone Fair, organized by the Porto Stone Chamber, was held in Porto, Portugal, from March 6 to March 8. The fair was sponsored by Lusitania Quarries. More than 6,100 visitors attended the fair.
""",
}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    if OXIGRAPH is None:
        pytest.skip("the `oxigraph` server binary is not installed (pip install oxigraph)")
    port = _free_port()
    location = tmp_path_factory.mktemp("oxigraph-server")
    proc = subprocess.Popen([OXIGRAPH, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                urllib.request.urlopen(url + "/query?query=ASK%7B%7D", timeout=1).read()
                break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"oxigraph serve did not start: {proc.stderr.read().decode()[:500]}")
                time.sleep(0.1)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> list[str]:
    root = tmp_path_factory.mktemp("releases")
    for name, text in RELEASES.items():
        (root / name).write_text(text, encoding="utf-8")
    return [str(root / n) for n in RELEASES]


def build(**kw) -> tuple[int, str]:
    err = io.StringIO()
    code = run_build(BuildOptions(**kw), Console(file=io.StringIO()), Console(file=err, width=200))
    return code, err.getvalue()


def local_quads(corpus: list[str], tmp: Path) -> set[str]:
    out = tmp / "local.nq"
    assert build(inputs=corpus, output=out)[0] == 0
    return {line for line in out.read_text().splitlines() if line}


def dump(url: str) -> set[str]:
    req = urllib.request.Request(url + "/store", headers={"Accept": "application/n-quads"})
    with urllib.request.urlopen(req, timeout=10) as resp:
        return {line for line in resp.read().decode().splitlines() if line}


def test_pushed_graphs_are_what_the_server_answers(server: str, corpus: list[str], tmp_path: Path) -> None:
    code, err = build(inputs=corpus, endpoint=server)
    assert code == 0, err
    assert dump(server) == local_quads(corpus, tmp_path)
    ep = Endpoint.from_url(server)
    rows = ep.select("SELECT ?name WHERE { GRAPH ?g { ?e a <https://schema.org/Event> ; "
                     "<https://schema.org/name> ?name } } ORDER BY ?name")
    assert [r["name"] for r in rows] == ["2030 Granite Valley Stone Fair", "2031 Blue Lagoon Aquaculture Summit"]
    assert len(ep.graph_names("https://w3id.org/event-kg/id/doc-")) == 2
    # a second run skips both (their graphs are on the server); --force pushes again and
    # PUT replaces, so nothing is duplicated
    code, err = build(inputs=corpus, endpoint=server)
    assert code == 0 and "2 skipped" in err
    code, err = build(inputs=corpus, endpoint=server, force=True)
    assert code == 0 and "2 of 2 documents" in err
    assert dump(server) == local_quads(corpus, tmp_path)


def test_sparql_update_fallback_when_there_is_no_graph_store(server: str) -> None:
    ep = Endpoint.from_url(server)
    ep.gsp_url = server + "/no-graph-store-here"  # answers 404
    g = "https://w3id.org/event-kg/id/doc-00000000000f4a11"
    ep.put_graph(g, b'<urn:x:a> <urn:x:p> "fallback .\\n works" .\n')
    assert ep.use_update
    ep.put_graph(g, b'<urn:x:a> <urn:x:p> "replaced" .\n')
    rows = ep.select(f"SELECT ?o WHERE {{ GRAPH <{g}> {{ ?s ?p ?o }} }}")
    assert [r["o"] for r in rows] == ["replaced"]
    ep.update(f"DROP GRAPH <{g}>")


def test_clear_errors(server: str) -> None:
    with pytest.raises(EndpointError, match="not an http"):
        Endpoint.from_url("ftp://example.org/")
    dead = Endpoint.from_url(f"http://127.0.0.1:{_free_port()}", timeout=2)
    with pytest.raises(EndpointError, match="cannot reach the server"):
        dead.put_graph("urn:x:g", b"<urn:x:a> <urn:x:p> <urn:x:o> .\n")
    with pytest.raises(EndpointError, match="HTTP 400"):
        Endpoint.from_url(server).update("THIS IS NOT SPARQL")


def test_service_urls_of_known_servers() -> None:
    ox_ = Endpoint.from_url("http://h:7878")
    assert (ox_.gsp_url, ox_.query_url, ox_.update_url) == ("http://h:7878/store", "http://h:7878/query", "http://h:7878/update")
    fu = Endpoint.from_url("http://h:3030/ds/")
    assert (fu.gsp_url, fu.query_url, fu.update_url) == ("http://h:3030/ds/data", "http://h:3030/ds/query", "http://h:3030/ds/update")
    gd = Endpoint.from_url("http://h:7200/repositories/kg")
    assert gd.gsp_url.endswith("/repositories/kg/rdf-graphs/service") and gd.update_url.endswith("/kg/statements")
