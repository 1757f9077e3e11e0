"""Readers and writers of one on-disk store, across processes: ``<store>/kg.lock``.

Why: pyoxigraph 0.5 opens a store read-only by reading RocksDB's files as they are, and
says that doing so while another process writes is undefined behaviour (it has no
"secondary" mode). Measured with ``scripts/concurrent_readers.py`` (20 ``kg query --store``
processes during a build): tracebacks (``RuntimeError: Corruption ... .sst``), I/O errors,
a hang, and a read-only reopen loop growing by ~300 MB/s. So kg's readers and writers take
POSIX record locks (``fcntl``) on two bytes of ``<store>/kg.lock``:

* byte 0, **the gate**: a writer holds it exclusively for the whole build; a reader takes
  it shared for a moment, only to get past it;
* byte 1, **the data**: a reader holds it shared while it has the store open (until its
  process ends or a writer of the same process takes over); a writer takes it
  exclusively *after* the gate, so new readers queue at the gate while current ones finish.

A reader during a build therefore waits, and gets the finished store or, after
``KG_STORE_WAIT`` seconds (default 5), :class:`~kg.errors.StoreBusy` (exit 8, "try again
when the build has finished"); a build waits the same time for readers (a ``kg serve``,
``kg query`` or Python program with the store open) and then gives up with exit 8.
Nothing ever reads a store while a kg build writes to it.

Record locks belong to the process: they go when it ends, even by ``kill -9`` (no stale
lock to clear), forked workers do not inherit them, and a reader and a writer *in one
process* do not exclude each other (that process orders its own reads and writes). The file
itself stays (empty). Where ``fcntl`` is missing (Windows) there is no locking.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass
from pathlib import Path

from kg.errors import StoreBusy

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

__all__ = ["LOCK_NAME", "acquire_read", "acquire_write", "release_write", "wait_seconds"]

LOCK_NAME = "kg.lock"
_GATE, _DATA = 0, 1
DEFAULT_WAIT = 5.0


@dataclass
class _Lock:
    fd: int
    writable: bool
    reading: bool = False
    writing: bool = False


# one descriptor per lock file for the life of the process: closing *any* descriptor of a
# file drops all the process's record locks on it, so none is ever closed while locked
_LOCKS: dict[str, _Lock] = {}


def wait_seconds() -> float:
    """How long readers and writers wait for each other: ``KG_STORE_WAIT`` (seconds)."""
    try:
        return max(0.0, float(os.environ.get("KG_STORE_WAIT", DEFAULT_WAIT)))
    except ValueError:
        return DEFAULT_WAIT


def _key(store: Path) -> str:
    return os.path.realpath(store / LOCK_NAME)


def _open(store: Path, *, create: bool, writable: bool) -> _Lock | None:
    key = _key(store)
    lock = _LOCKS.get(key)
    if lock is not None and (lock.writable or not writable):
        return lock
    path = store / LOCK_NAME
    try:
        fd = os.open(path, os.O_RDWR | (os.O_CREAT if create else 0), 0o644)
        is_writable = True
    except FileNotFoundError:
        return None
    except PermissionError:
        if writable:
            raise
        try:
            fd = os.open(path, os.O_RDONLY)  # shared locks work on a read-only descriptor
        except OSError:
            return None  # a store on read-only media: no kg build can write to it
        is_writable = False
    if lock is not None:  # a read-only descriptor upgraded: its (shared) lock goes with it
        os.close(lock.fd)
    lock = _LOCKS[key] = _Lock(fd, is_writable)
    return lock


def _take(fd: int, kind: int, byte: int, deadline: float) -> bool:
    """Take a record lock on one byte, retrying until ``deadline``; False when it stays held."""
    pause = 0.02
    while True:
        try:
            fcntl.lockf(fd, kind | fcntl.LOCK_NB, 1, byte)
            return True
        except (BlockingIOError, PermissionError):  # EAGAIN / EACCES: held by another process
            if time.monotonic() >= deadline:
                return False
            time.sleep(pause)
            pause = min(pause * 1.5, 0.25)


def acquire_read(store: Path, wait: float | None = None) -> None:
    """Wait until no kg build writes to ``store``, then hold a reader's lock on it for the
    rest of this process. Raises :class:`StoreBusy` after ``wait`` seconds.

    A directory that holds neither ``kg.lock`` nor a RocksDB ``CURRENT`` file is no store:
    nothing is created in it (opening it fails with its own message)."""
    if fcntl is None:
        return
    create = (store / "CURRENT").exists()
    lock = _open(store, create=create, writable=False)
    if lock is None or lock.reading or lock.writing:
        return
    deadline = time.monotonic() + (wait_seconds() if wait is None else wait)
    if not _take(lock.fd, fcntl.LOCK_SH, _GATE, deadline):
        raise StoreBusy(f"store busy: a `kg build` is writing to it; try again when it has finished "
                        f"(waited {wait_seconds() if wait is None else wait:g} s; KG_STORE_WAIT sets how long)",
                        source=str(store))
    try:
        if not _take(lock.fd, fcntl.LOCK_SH, _DATA, deadline):
            raise StoreBusy("store busy: a `kg build` is writing to it; try again when it has finished",
                            source=str(store))
    finally:
        fcntl.lockf(lock.fd, fcntl.LOCK_UN, 1, _GATE)
    lock.reading = True


def acquire_write(store: Path, wait: float | None = None) -> None:
    """Hold the writer's lock on ``store`` (a directory, created when missing) until
    :func:`release_write` or the end of this process: waits for other writers and for
    readers, up to ``wait`` seconds, then raises :class:`StoreBusy`."""
    if fcntl is None:
        return
    store.mkdir(parents=True, exist_ok=True)
    lock = _open(store, create=True, writable=True)
    if lock is None or lock.writing:  # pragma: no cover - created above
        return
    waited = wait_seconds() if wait is None else wait
    deadline = time.monotonic() + waited
    if not _take(lock.fd, fcntl.LOCK_EX, _GATE, deadline):
        raise StoreBusy(f"store busy: another `kg build` is writing to it (waited {waited:g} s)",
                        source=str(store))
    if not _take(lock.fd, fcntl.LOCK_EX, _DATA, deadline):
        fcntl.lockf(lock.fd, fcntl.LOCK_UN, 1, _GATE)
        raise StoreBusy(f"store busy: it is open for reading (a `kg serve`, `kg query` or Python "
                        f"program); stop it or try again (waited {waited:g} s; KG_STORE_WAIT sets how long)",
                        source=str(store))
    lock.writing = True
    lock.reading = False  # a shared lock of this process on the data byte became the exclusive one


def release_write(store: Path) -> None:
    """Let readers in again (the data byte first, then the gate)."""
    lock = _LOCKS.get(_key(store))
    if fcntl is None or lock is None or not lock.writing:
        return
    fcntl.lockf(lock.fd, fcntl.LOCK_UN, 1, _DATA)
    fcntl.lockf(lock.fd, fcntl.LOCK_UN, 1, _GATE)
    lock.writing = False


def forget(store: Path) -> None:
    """Drop this process's locks and descriptor of ``store`` (before its directory is removed)."""
    lock = _LOCKS.pop(_key(store), None)
    if lock is not None:
        os.close(lock.fd)
