"""Fixtures for the web layer: a graph of four releases (the example and three editions of
a series written for these tests), and a running ``kg serve`` over it."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "data" / "wpbc-2024-seed.txt"
EDITIONS = sorted((ROOT / "tests" / "data" / "web").glob("*.txt"))


@pytest.fixture(scope="session")
def web_graph_file(tmp_path_factory) -> Path:
    """TriG of the example release and three editions of the Harbourline Boat Show."""
    import kg

    path = tmp_path_factory.mktemp("web") / "releases.trig"
    g = kg.build([EXAMPLE, *EDITIONS])
    assert not g.errors
    g.serialize("trig", path)
    return path


@pytest.fixture(scope="session")
def web_server(web_graph_file):
    """``kg serve`` on a free loopback port: 2 query workers, a 2 s time limit."""
    from kg.web.server import make_server

    server = make_server(web_graph_file, host="127.0.0.1", port=0, timeout=2.0, workers=2)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.close()
    thread.join(5)
