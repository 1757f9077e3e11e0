"""``kg serve`` from the command line: starts, answers, stops on Ctrl-C with its workers
gone; a bad graph or a taken port is one clear line and the documented exit code."""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow


def _children(pid: int) -> set[int]:
    out = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            out.add(int(stat.parent.name))
    return out


def _start(*args: str) -> tuple[subprocess.Popen, str]:
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", *args], stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    line = ""
    while time.monotonic() < deadline:
        line = proc.stderr.readline()
        m = re.search(r"(http://127\.0\.0\.1:\d+/) ", line)
        if m:
            return proc, m.group(1)
        if proc.poll() is not None:
            break
    proc.kill()
    raise AssertionError(f"kg serve did not start: {line}{proc.stderr.read()}")


def test_serve_a_graph_file_then_ctrl_c(web_graph_file):
    proc, url = _start(str(web_graph_file), "--port", "0", "--timeout", "3", "--workers", "2")
    try:
        with urllib.request.urlopen(url, timeout=30) as r:
            assert r.status == 200 and b"2024 World Power Battery Conference" in r.read()
        workers = _children(proc.pid)
        assert len(workers) == 2
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0
    assert "Traceback" not in err
    for pid in workers:
        assert not os.path.exists(f"/proc/{pid}") or Path(f"/proc/{pid}/stat").read_text().split()[2] == "Z"


def test_serve_a_store(web_graph_file, tmp_path):
    import pyoxigraph as ox

    path = tmp_path / "store"
    st = ox.Store(str(path))
    st.bulk_load(path=str(web_graph_file), format=ox.RdfFormat.TRIG)
    st.update("INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")  # the kg layout: the union by default
    st.flush()
    del st
    proc, url = _start("--store", str(path), "--port", "0", "--quiet")
    try:
        with urllib.request.urlopen(url + "event/event-2022-harbourline-boat-show", timeout=30) as r:
            assert b"23,900" in r.read()
        q = urllib.parse.urlencode({"query": "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a ekg:Show }"})
        with urllib.request.urlopen(f"{url}sparql?{q}&format=csv", timeout=30) as r:
            assert r.read().split() == [b"n", b"3"]
    finally:
        proc.terminate()
        proc.communicate(timeout=30)
    assert proc.returncode == 0


def test_bad_graph_file_is_exit_7(tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text("@prefix x: <http://x/> .\nx:a x:b ", encoding="utf-8")
    r = subprocess.run([sys.executable, "-m", "kg.cli", "serve", str(bad), "--port", "0"], check=False, capture_output=True,
                       text=True, timeout=60)
    assert r.returncode == 7 and "cannot parse as turtle" in r.stderr and "Traceback" not in r.stderr


def test_missing_graph_file_is_exit_3(tmp_path):
    r = subprocess.run([sys.executable, "-m", "kg.cli", "serve", str(tmp_path / "none.trig")], check=False, capture_output=True,
                       text=True, timeout=60)
    assert r.returncode == 3 and "no such file" in r.stderr


def test_taken_port_is_exit_2(web_graph_file):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        port = s.getsockname()[1]
        r = subprocess.run([sys.executable, "-m", "kg.cli", "serve", str(web_graph_file), "--port", str(port)],
                           check=False, capture_output=True, text=True, timeout=120)
    assert r.returncode == 2 and "cannot listen on" in r.stderr and "Traceback" not in r.stderr
