"""The endpoint client without a real triple store: URL layouts, credentials, messages, and
the protocol as a small in-process HTTP server sees it (Basic auth as Fuseki and GraphDB
ask for it, a result cap as Virtuoso applies one)."""

from __future__ import annotations

import base64
import json
import threading
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from kg.corpus.endpoint import Endpoint, EndpointError, _detail, _string, redact


def urls(ep: Endpoint) -> tuple[str, str, str]:
    return ep.gsp_url, ep.query_url, ep.update_url


def test_virtuoso_layouts() -> None:
    assert urls(Endpoint.from_url("http://h:8890/sparql-graph-crud-auth")) == (
        "http://h:8890/sparql-graph-crud-auth", "http://h:8890/sparql-auth", "http://h:8890/sparql-auth")
    assert urls(Endpoint.from_url("http://h:8890/sparql-graph-crud/")) == (
        "http://h:8890/sparql-graph-crud", "http://h:8890/sparql", "http://h:8890/sparql")
    assert urls(Endpoint.from_url("http://h:8890/sparql")) == (
        "http://h:8890/sparql-graph-crud", "http://h:8890/sparql", "http://h:8890/sparql")
    assert urls(Endpoint.from_url("http://h:8890/sparql-auth")) == (
        "http://h:8890/sparql-graph-crud-auth", "http://h:8890/sparql-auth", "http://h:8890/sparql-auth")
    # a Fuseki dataset's query service is not Virtuoso's
    assert urls(Endpoint.from_url("http://h:3030/ds"))[0] == "http://h:3030/ds/data"
    assert urls(Endpoint.from_url("http://h:3030/ds/data"))[1:] == ("http://h:3030/ds/query", "http://h:3030/ds/update")


def test_credentials_come_out_of_the_url() -> None:
    ep = Endpoint.from_url("http://kg:p%40ss%3Aw0rd@h:3030/ds")
    assert (ep.user, ep.password) == ("kg", "p@ss:w0rd")
    assert all("p%40ss" not in u and "@" not in u for u in urls(ep))
    assert "p@ss" not in repr(ep) and "p%40ss" not in repr(ep)
    # options win over the URL
    ep = Endpoint.from_url("http://kg:old@h:3030/ds", user="admin", password="new")
    assert (ep.user, ep.password) == ("admin", "new")
    ep = Endpoint.from_url("http://kg@[::1]:3030/ds", password="x")
    assert ep.gsp_url == "http://[::1]:3030/ds/data" and ep.user == "kg"
    with pytest.raises(EndpointError, match="no password"):
        Endpoint.from_url("http://kg@h:3030/ds")
    for bad in ("http://kg:pw@/ds", "http://kg:pw@h:port/ds"):
        with pytest.raises(EndpointError, match="not an http"):
            Endpoint.from_url(bad)


def test_redact_hides_only_the_password() -> None:
    assert redact("http://kg:s3cret@h:8890/sparql-graph-crud-auth") == "http://kg:***@h:8890/sparql-graph-crud-auth"
    assert redact("http://h:7878") == "http://h:7878"
    with pytest.raises(EndpointError) as err:
        Endpoint.from_url("ftp://kg:s3cret@h/")
    assert "s3cret" not in str(err.value)


def test_server_messages_become_one_line() -> None:
    page = (b"<!DOCTYPE HTML><html><head><title>request failed</title></head><body><h1>HTTP/1.1 403"
            b" Forbidden</h1>\n<xmp>SQ110: Permission &amp; denied</xmp></body></html>")
    assert _detail(page, "text/html; charset=UTF-8") == "HTTP/1.1 403 Forbidden SQ110: Permission & denied"
    assert _detail(b"Parse error:\n  line 1\n", "text/plain") == "Parse error: line 1"
    assert len(_detail(b"x" * 5000, "text/plain")) == 301


def test_sparql_strings_are_escaped() -> None:
    assert _string('a"b\\c\nd') == '"a\\"b\\\\c\\nd"'


# --------------------------------------------------------------------------- a tiny server


class FakeStore(BaseHTTPRequestHandler):
    """Graph Store PUT at /ds/data, URL-encoded SPARQL POST at /ds/query and /ds/update,
    Basic auth for kg:pw, SELECT answers capped at ``cap`` rows."""

    graphs: dict[str, bytes] = {}
    cap = 3
    requests: list[tuple[str, str]] = []

    def log_message(self, *args) -> None:  # keep pytest's output clean
        pass

    def _authorized(self) -> bool:
        want = "Basic " + base64.b64encode(b"kg:pw").decode()
        if self.headers.get("Authorization") == want:
            return True
        self.send_response(401)
        self.send_header("WWW-Authenticate", 'Basic realm="ds"')
        self.send_header("Content-Length", "0")
        self.end_headers()
        return False

    def _body(self) -> bytes:
        return self.rfile.read(int(self.headers.get("Content-Length") or 0))

    def _reply(self, status: int, body: bytes = b"", ctype: str = "text/plain") -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_PUT(self) -> None:
        body = self._body()
        if not self._authorized():
            return
        url = urllib.parse.urlsplit(self.path)
        graph = urllib.parse.parse_qs(url.query)["graph"][0]
        self.requests.append(("PUT", self.headers.get("Content-Type")))
        self.graphs[graph] = body
        self._reply(201)

    def do_POST(self) -> None:
        body = self._body()
        if not self._authorized():
            return
        self.requests.append(("POST", self.headers.get("Content-Type")))
        form = urllib.parse.parse_qs(body.decode())
        if "query" not in form:
            return self._reply(400, b"only queries here")
        # the one query the client sends: graph names, by prefix, after a name, ordered, limited
        query = form["query"][0]
        names = sorted(self.graphs)
        if 'STRSTARTS(STR(?g), "' in query:
            prefix = query.split('STRSTARTS(STR(?g), "', 1)[1].split('"')[0]
            names = [n for n in names if n.startswith(prefix)]
        if 'STR(?g) > "' in query:
            after = query.split('STR(?g) > "', 1)[1].split('"')[0]
            names = [n for n in names if n > after]
        limit = int(query.rsplit("LIMIT", 1)[1])
        rows = [{"g": {"type": "uri", "value": n}} for n in names[:min(limit, self.cap)]]
        self._reply(200, json.dumps({"head": {"vars": ["g"]}, "results": {"bindings": rows}}).encode(),
                    "application/sparql-results+json")


@pytest.fixture()
def fake():
    FakeStore.graphs, FakeStore.requests = {}, []
    server = ThreadingHTTPServer(("127.0.0.1", 0), FakeStore)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/ds"
    server.shutdown()
    server.server_close()


def test_basic_auth_answers_the_challenge(fake: str) -> None:
    ep = Endpoint.from_url(fake, user="kg", password="pw", timeout=5)
    ep.put_graph("urn:x:g1", b"<urn:x:a> <urn:x:p> <urn:x:o> .\n")
    assert FakeStore.graphs == {"urn:x:g1": b"<urn:x:a> <urn:x:p> <urn:x:o> .\n"}
    assert ("PUT", "application/n-triples") in FakeStore.requests
    assert ep.graph_names("urn:x:") == {"urn:x:g1"}
    assert ("POST", "application/x-www-form-urlencoded; charset=UTF-8") in FakeStore.requests


def test_wrong_or_missing_credentials_are_one_clear_error(fake: str) -> None:
    with pytest.raises(EndpointError, match=r"HTTP 401.*refused the credentials of 'kg'") as err:
        Endpoint.from_url(fake, user="kg", password="nope", timeout=5).put_graph("urn:x:g", b"")
    assert "nope" not in str(err.value)
    with pytest.raises(EndpointError, match=r"HTTP 401.*asks for Basic credentials.*--endpoint-user"):
        Endpoint.from_url(fake, timeout=5).put_graph("urn:x:g", b"")


def test_graph_names_survive_a_result_cap(fake: str) -> None:
    ep = Endpoint.from_url(fake.replace("http://", "http://kg:pw@"), timeout=5)
    names = {f"urn:doc:{i:02d}" for i in range(10)} | {"urn:other:1"}
    for n in names:
        ep.put_graph(n, b"")
    # the server answers at most 3 rows a query, whatever the LIMIT: pages until one is empty
    assert ep.graph_names("urn:doc:") == {n for n in names if n.startswith("urn:doc:")}
    assert ep.graph_names("urn:doc:", page=2) == {n for n in names if n.startswith("urn:doc:")}
