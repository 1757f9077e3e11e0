"""The ``kg`` command's last resort and exit codes (issue 11), and ``--jobs`` workers that
do not outlive a killed build. Real processes: ``python -m kg.cli``."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "corpus"))
from feeds import write_feed  # noqa: E402

pytestmark = pytest.mark.slow

# a kg command with one function replaced by a bug (an unexpected exception), then run as
# the console script runs it
BUGGED = """
import sys
import {module} as m

def bug(*args, **kwargs):
    raise ZeroDivisionError("an injected bug")

m.{name} = bug
from kg.cli import main
sys.argv = ["kg", *sys.argv[1:]]
main()
"""


def kg_with_bug(module: str, name: str, *args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", BUGGED.format(module=module, name=name), *args],
                          capture_output=True, text=True, env={**os.environ, **(env or {})}, cwd=ROOT)


def test_unexpected_error_is_one_line_exit_9_and_an_error_log_entry(tmp_path: Path) -> None:
    root = write_feed(tmp_path / "feed", 2, triggers=False, always_bad=False)
    log = tmp_path / "errors.jsonl"
    env = {k: v for k, v in os.environ.items() if k != "KG_DEBUG"}
    r = subprocess.run([sys.executable, "-c", BUGGED.format(module="kg.corpus.batch", name="_run_memory_build"),
                        "build", str(root), "--error-log", str(log)], capture_output=True, text=True, env=env)
    assert r.returncode == 9, r.stderr
    assert "Traceback" not in r.stderr
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and "internal error: ZeroDivisionError: an injected bug" in lines[0]
    assert "KG_DEBUG=1" in lines[0]
    entry = json.loads(log.read_text().splitlines()[-1])
    assert entry["stage"] == "internal" and "ZeroDivisionError" in entry["reason"]


def test_kg_debug_shows_the_traceback_of_an_internal_error(tmp_path: Path) -> None:
    root = write_feed(tmp_path / "feed", 1, triggers=False, always_bad=False)
    r = kg_with_bug("kg.corpus.batch", "_run_memory_build", "build", str(root), env={"KG_DEBUG": "1"})
    assert r.returncode == 9
    assert "Traceback" in r.stderr and "ZeroDivisionError: an injected bug" in r.stderr


def test_unexpected_error_in_any_command_is_exit_9(tmp_path: Path) -> None:
    """Not only build: a reading command meeting a bug (here in loading the graph)."""
    graph = tmp_path / "g.ttl"
    graph.write_text("<urn:x:a> <urn:x:b> <urn:x:c> .\n", encoding="utf-8")
    r = kg_with_bug("kg.graph.export", "load_graph", "show", str(graph),
                    env={"KG_DEBUG": ""})
    assert r.returncode == 9 and "Traceback" not in r.stderr
    assert "internal error: ZeroDivisionError" in r.stderr


def test_usage_errors_are_still_exit_2_not_internal(tmp_path: Path) -> None:
    r = subprocess.run([sys.executable, "-m", "kg.cli", "build", "--no-such-option", "x"],
                       capture_output=True, text=True)
    assert r.returncode == 2 and "internal error" not in r.stderr


def _children(pid: int) -> set[int]:
    kids = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid and fields[0] != "Z":
            kids.add(int(stat.parent.name))
    return kids


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state not in ("Z", "X")


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads processes from /proc (Linux)")
def test_jobs_workers_exit_when_the_build_is_killed(tmp_path: Path) -> None:
    """kill -9 of `kg build --jobs 2` once left both workers (~430 MB each) running forever."""
    root = write_feed(tmp_path / "feed", 100, triggers=False, always_bad=False)
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "build", str(root), "--jobs", "2", "--batch-size", "1",
                             "--store", str(tmp_path / "store"), "-q"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    workers: set[int] = set()
    try:
        deadline = time.monotonic() + 120
        while len(workers) < 2 and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.2)
            workers = _children(proc.pid)
        assert len(workers) >= 2, f"no workers seen: {proc.poll()} {proc.stderr.read() if proc.poll() is not None else ''}"
        time.sleep(1.0)  # they are building
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        deadline = time.monotonic() + 10
        while any(_alive(w) for w in workers) and time.monotonic() < deadline:
            time.sleep(0.1)
        left = [w for w in workers if _alive(w)]
        assert not left, f"workers outlived the build: {left}"
    finally:
        for w in workers:
            if _alive(w):
                os.kill(w, signal.SIGKILL)
        if proc.poll() is None:
            proc.kill()


def test_exit_codes_table_in_the_readme_names_every_code() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = readme.split("## Exit codes", 1)[1].split("\n## ", 1)[0]
    codes = {int(m) for m in re.findall(r"^\| (\d) \|", table, flags=re.M)}
    assert codes == set(range(10))
    from kg.corpus.endpoint import EndpointError
    from kg.errors import InternalError, Unavailable

    assert (Unavailable.exit_code, InternalError.exit_code, EndpointError.exit_code) == (8, 9, 8)
