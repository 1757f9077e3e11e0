"""The start-up and exit of one ``kg build`` (issue 13, row 1): what the process imports
lazily, and the fast exit after an in-memory build, must change no output and no exit
code. Real processes (``python -m kg``), as a user runs them."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "data" / "wpbc-2024-seed.txt"

pytestmark = pytest.mark.slow


def kg(*args: str, stdin: bytes | None = None, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg", *args], input=stdin, capture_output=True, cwd=ROOT,
                          env={**os.environ, **(env or {})}, timeout=300)


NO_EVENT = b"The weather was fine on Tuesday. Nothing else happened in town that day.\n"


def test_fast_exit_writes_the_same_bytes_and_exit_codes(tmp_path) -> None:
    fast, slow = tmp_path / "fast.ttl", tmp_path / "slow.ttl"
    a = kg("build", str(EXAMPLE), "-o", str(fast), "-q")
    b = kg("build", str(EXAMPLE), "-o", str(slow), "-q", env={"KG_FAST_EXIT": "0"})
    assert (a.returncode, b.returncode) == (0, 0), (a.stderr, b.stderr)
    assert fast.read_bytes() == slow.read_bytes() and fast.stat().st_size > 1000
    # standard output and standard input, and a release with no event (exit 4)
    a = kg("build", "-", "-q", stdin=EXAMPLE.read_bytes())
    b = kg("build", "-", "-q", stdin=EXAMPLE.read_bytes(), env={"KG_FAST_EXIT": "0"})
    assert a.returncode == b.returncode == 0
    assert a.stdout == b.stdout == fast.read_bytes()
    a = kg("build", "-", "-q", stdin=NO_EVENT)
    b = kg("build", "-", "-q", stdin=NO_EVENT, env={"KG_FAST_EXIT": "0"})
    assert a.returncode == b.returncode == 4
    assert a.stderr == b.stderr and b"no event" in a.stderr


def test_fast_exit_runs_the_exit_functions(tmp_path) -> None:
    """The regex cache (kg.pipeline.patterns) is written by an atexit function."""
    cache = tmp_path / "cache"
    r = kg("build", str(EXAMPLE), "-o", str(tmp_path / "o.ttl"), "-q", env={"EKG_CACHE_DIR": str(cache)})
    assert r.returncode == 0, r.stderr
    assert list(cache.glob("regex-*.marshal"))


def test_fast_exit_only_for_the_command_itself(tmp_path) -> None:
    """A program that calls kg.cli.main() gets control back (SystemExit), as before."""
    prog = ("import sys\nfrom kg.cli import main\nsys.argv = ['kg', 'build', sys.argv[1], '-o', sys.argv[2], '-q']\n"
            "try:\n    main()\nexcept SystemExit as e:\n    print('came back', e.code)\n")
    r = subprocess.run([sys.executable, "-c", prog, str(EXAMPLE), str(tmp_path / "o.ttl")], capture_output=True,
                       cwd=ROOT, timeout=300)
    assert r.stdout.strip() == b"came back 0", r.stderr


def run_python(code: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, cwd=ROOT, timeout=300, text=True)


def test_html5rdf_is_loaded_on_first_use() -> None:
    """import kg defers html5rdf; rdflib still sees it installed, and rdf:HTML literals
    read and write as before."""
    r = run_python(
        "import sys\nimport kg\nfrom rdflib import Graph, Literal\nimport rdflib.term as t\n"
        "print(t._HAS_HTML5RDF, 'html5rdf.html5parser' in sys.modules)\n"
        "from rdflib.namespace import RDF\n"
        "lit = Literal('<p>a <b>b</b></p>', datatype=RDF.HTML)\n"
        "g = Graph().parse(data='<urn:a> <urn:b> ' + lit.n3() + ' .', format='nt')\n"
        "print(type(lit.value).__name__, next(iter(g))[2] == lit, lit.n3())\n")
    assert r.returncode == 0, r.stderr
    first, second = r.stdout.splitlines()
    assert first == "True False"
    plain = run_python("from rdflib import Literal\nfrom rdflib.namespace import RDF\n"
                       "lit = Literal('<p>a <b>b</b></p>', datatype=RDF.HTML)\nprint(lit.n3())\n")
    assert second == f"DocumentFragment True {plain.stdout.strip()}"


def test_a_build_imports_neither_yaml_nor_the_html_parser() -> None:
    """A release with flat front matter: no PyYAML, no html5rdf, no pySHACL, no SPARQL engine."""
    r = run_python(
        "import sys\nimport kg\n"
        f"g = kg.build({str(EXAMPLE)!r})\n"
        "print(sorted(m for m in ('yaml', 'html5rdf.html5parser', 'pyshacl', 'rdflib.plugins.sparql') "
        "if m in sys.modules))\n")
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "[]"


def test_help_and_version_start_without_the_model() -> None:
    r = run_python("import sys\nfrom kg.cli import main\nsys.argv = ['kg', '--help']\n"
                   "try:\n    main()\nexcept SystemExit as e:\n    code = e.code\n"
                   "print('CODE', code, 'spacy' in sys.modules)\n")
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines()[-1] == "CODE 0 False" and "build" in r.stdout
