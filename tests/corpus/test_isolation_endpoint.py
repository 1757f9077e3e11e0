"""kg build --endpoint (issue 11): one bad document never stops the push, and a server that
dies mid-push is exit 8 with what landed, failed and was not attempted, not exit 6
("all others landed") with hundreds never attempted. A real Oxigraph server, started here."""

from __future__ import annotations

from pathlib import Path

import pytest
from feeds import write_feed
from servers import OXIGRAPH, oxigraph_server
from test_isolation import assert_injected, build, inject, log_entries, write_injected  # noqa: F401

from kg.corpus.endpoint import Endpoint
from kg.corpus.store import DOC_GRAPH_PREFIX

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(OXIGRAPH is None, reason="the `oxigraph` server binary is not installed")]


def graphs_on(url: str) -> set[str]:
    return Endpoint.from_url(url).graph_names(DOC_GRAPH_PREFIX)


def test_one_bad_document_at_any_stage_never_stops_the_endpoint_push(tmp_path: Path, inject) -> None:  # noqa: F811
    inputs, log = write_injected(tmp_path / "feed", 8), tmp_path / "errors.jsonl"
    with oxigraph_server(tmp_path / "server") as server:
        code, err = build(inputs=inputs, endpoint=server.url, error_log=log, batch_size=3)
        assert_injected(code, err, log, 8)
        assert len(graphs_on(server.url)) == 8


def test_a_graph_the_server_refuses_fails_alone(tmp_path: Path, monkeypatch) -> None:
    """A 4xx for one graph is that document's failure (stage write); the push goes on."""
    from kg.corpus.endpoint import EndpointError

    real = Endpoint.put_graph

    def refuse_boom(self, graph, nt):
        if b"Boomwrite" in nt:
            raise EndpointError("PUT ...: HTTP 400 Bad Request: an injected refusal", unavailable=False)
        return real(self, graph, nt)

    monkeypatch.setattr(Endpoint, "put_graph", refuse_boom)
    root = write_feed(tmp_path / "feed", 5, triggers=False, always_bad=False)
    (root / "boom-write.txt").write_text((root / "good-000.txt").read_text().replace("Council", "Boomwrite Council"))
    log = tmp_path / "errors.jsonl"
    with oxigraph_server(tmp_path / "server") as server:
        code, err = build(inputs=[str(root)], endpoint=server.url, error_log=log, batch_size=2)
        assert code == 6 and "5 of 6 documents landed, 1 failed" in err
        failed = log_entries(log)
        assert list(failed) == ["boom-write.txt"] and failed["boom-write.txt"]["stage"] == "write"
        assert len(graphs_on(server.url)) == 5


def test_server_killed_mid_push_is_exit_8_with_counts_and_the_rerun_resumes(tmp_path: Path, monkeypatch) -> None:
    root = write_feed(tmp_path / "feed", 20, triggers=False, always_bad=False)
    log = tmp_path / "errors.jsonl"
    real, pushed = Endpoint.put_graph, []
    with oxigraph_server(tmp_path / "server") as server:
        def put_then_die(self, graph, nt):
            if len(pushed) == 5 and server.proc.poll() is None:
                server.proc.kill()  # the server dies between two pushes
                server.proc.wait()
            real(self, graph, nt)
            pushed.append(graph)

        monkeypatch.setattr(Endpoint, "put_graph", put_then_die)
        code, err = build(inputs=[str(root)], endpoint=server.url, error_log=log, batch_size=2)
    assert code == 8, err
    assert "the SPARQL server stopped answering" in err and "cannot reach the server" in err
    assert "5 landed, 0 failed, 15 not attempted" in err and "run the same command again" in err
    entries = log_entries(log)
    assert len(entries) == 15 and {e["stage"] for e in entries.values()} == {"not attempted"}
    landed = {f"good-{i:03d}.txt" for i in range(20)} - set(entries)
    assert len(landed) == 5
    monkeypatch.setattr(Endpoint, "put_graph", real)
    with oxigraph_server(tmp_path / "server") as server:  # the same data, back up
        assert len(graphs_on(server.url)) == 5
        code, err = build(inputs=[str(root)], endpoint=server.url, error_log=log, batch_size=2)
        assert code == 0 and "15 of 15 documents landed, 0 failed, 5 skipped" in err, err
        assert len(graphs_on(server.url)) == 20
