"""Real SPARQL servers on loopback for the endpoint tests and ``benchmarks/endpoint_push.py``.

Each launcher is a context manager that starts the server in its own temporary directory
on free ports, waits until it answers a query, yields what a client needs, and stops it
(SIGTERM, then SIGKILL) however the block ends. Nothing is left running.
"""

from __future__ import annotations

import os
import secrets
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

# on PATH, or beside this Python (a venv used without activating it)
OXIGRAPH = shutil.which("oxigraph") or shutil.which("oxigraph", path=os.path.dirname(sys.executable))
VIRTUOSO = shutil.which("virtuoso-t")  # Debian package virtuoso-opensource
ISQL = shutil.which("isql-vt")  # its SQL client, same package

VIRTUOSO_MISSING = ("the Virtuoso server is not installed (`virtuoso-t` and `isql-vt`; Debian: "
                    "apt-get install virtuoso-opensource, which .ci/run does)")


@dataclass
class Server:
    url: str  # what `kg build --endpoint` is given
    proc: subprocess.Popen
    directory: Path
    user: str | None = None
    password: str | None = field(default=None, repr=False)
    sql: list[str] | None = None  # Virtuoso: the isql command line (host:port dba password)

    def cpu_seconds(self) -> float:
        """User + system CPU time the server process has used so far (Linux /proc)."""
        fields = Path(f"/proc/{self.proc.pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_until_up(proc: subprocess.Popen, probe: str, seconds: float, log) -> None:
    deadline = time.monotonic() + seconds
    while True:
        try:
            urllib.request.urlopen(probe, timeout=2).read()
            return
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"the server did not start (exit {proc.poll()}): {log()[-800:]}")
            time.sleep(0.2)


def _stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@contextmanager
def oxigraph_server(directory: Path):
    """``oxigraph serve`` on a fresh store in ``directory``; yields a :class:`Server`."""
    port = free_port()
    proc = subprocess.Popen([OXIGRAPH, "serve", "--location", str(directory), "--bind", f"127.0.0.1:{port}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_until_up(proc, url + "/query?query=ASK%7B%7D", 30,
                       lambda: proc.stderr.read().decode("utf-8", "replace") if proc.poll() is not None else "")
        yield Server(url, proc, directory)
    finally:
        _stop(proc)


_VIRTUOSO_INI = """\
[Database]
DatabaseFile       = {d}/virtuoso.db
ErrorLogFile       = {d}/virtuoso.log
LockFile           = {d}/virtuoso.lck
TransactionFile    = {d}/virtuoso.trx
xa_persistent_file = {d}/virtuoso.pxa
ErrorLogLevel      = 7
FileExtend         = 200
Striping           = 0
TempStorage        = TempDatabase

[TempDatabase]
DatabaseFile       = {d}/virtuoso-temp.db
TransactionFile    = {d}/virtuoso-temp.trx
Striping           = 0

[Parameters]
ServerPort         = 127.0.0.1:{sql_port}
DisableUnixSocket  = 1
CheckpointInterval = 60
CaseMode           = 2
DirsAllowed        = .
NumberOfBuffers    = 10000
MaxDirtyBuffers    = 6000

[HTTPServer]
ServerPort         = 127.0.0.1:{http_port}
ServerRoot         = {d}
ServerThreads      = 10
Charset            = UTF-8

[SPARQL]
ResultSetMaxRows   = 10000
MaxQueryExecutionTime = 60
"""


@contextmanager
def virtuoso_server(directory: Path):
    """Virtuoso Open Source on a fresh database in ``directory`` (its own virtuoso.ini, free
    SQL and HTTP ports on 127.0.0.1). The ``dba`` password is changed to a random one and a
    user ``kg`` with only the SPARQL_UPDATE role is made, as one would for ``kg build``;
    yields a :class:`Server` whose ``url`` is the Graph Store service with HTTP Digest
    authentication (``/sparql-graph-crud-auth``) and whose ``user``/``password`` are kg's."""
    directory = Path(directory).resolve()
    sql_port, http_port = free_port(), free_port()
    ini = directory / "virtuoso.ini"
    ini.write_text(_VIRTUOSO_INI.format(d=directory, sql_port=sql_port, http_port=http_port), encoding="utf-8")
    log = directory / "virtuoso.log"
    proc = subprocess.Popen([VIRTUOSO, "+foreground", "+configfile", str(ini)], cwd=directory,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    root = f"http://127.0.0.1:{http_port}"
    try:
        # a fresh database takes some seconds to create
        _wait_until_up(proc, root + "/sparql?query=ASK%7B%7D", 120,
                       lambda: log.read_text("utf-8", "replace") if log.exists() else "")
        password, dba_password = secrets.token_hex(12), secrets.token_hex(12)
        # SQL on stdin, so no new password shows on a command line (the default one does)
        sql = (f"DB.DBA.USER_CREATE('kg', '{password}');\n"
               'GRANT SPARQL_UPDATE TO "kg";\n'
               f"USER_SET_PASSWORD('dba', '{dba_password}');\n")
        done = subprocess.run([ISQL, f"127.0.0.1:{sql_port}", "dba", "dba"], input=sql, text=True,
                              capture_output=True, timeout=60)
        if done.returncode != 0 or "Error" in done.stdout + done.stderr:
            raise RuntimeError(f"setting up Virtuoso's users failed: {(done.stdout + done.stderr)[-800:]}")
        yield Server(root + "/sparql-graph-crud-auth", proc, directory, "kg", password,
                     [ISQL, f"127.0.0.1:{sql_port}", "dba", dba_password])
    finally:
        _stop(proc)
