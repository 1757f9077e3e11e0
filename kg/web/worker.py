"""A query worker process: ``python -m kg.web.worker FD`` (started by :mod:`kg.web.pool`).

It reads what to open from the socket FD, opens it, and answers queries until the socket
closes. Ctrl-C belongs to the server: the worker ignores it and ends with its socket.
"""

from __future__ import annotations

import signal
import sys
from multiprocessing.connection import Connection

from kg.web.pool import worker_main

if __name__ == "__main__":
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    worker_main(Connection(int(sys.argv[1])))
