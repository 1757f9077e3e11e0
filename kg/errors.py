"""Errors users can meet, each with the documented exit code of the ``kg`` command.

| code | meaning |
|------|---------|
| 0 | success (for ``build``: every document landed; violations only reported) |
| 1 | the graph does not conform to the shapes (``kg validate``, ``kg build --strict``) |
| 2 | bad command line (unknown option, missing argument) |
| 3 | bad input: empty, binary, not UTF-8, too large, unreadable |
| 4 | no event found in the text |
| 5 | set-up problem: spaCy model or shapes/ontology file missing |
| 6 | some documents of a batch failed (the others landed; see the error log) |
| 7 | a SPARQL query or graph file could not be parsed |
| 8 | a store or server is unavailable or busy (the summary says how many documents landed and how to resume) |
| 9 | internal error: a fault of ours, reported in one line (``KG_DEBUG=1`` shows the traceback) |
"""

from __future__ import annotations


class KGError(Exception):
    """Base class: a message meant for the user and the exit code of the command."""

    exit_code = 1

    def __init__(self, message: str, *, source: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.source = source

    def __str__(self) -> str:
        return f"{self.source}: {self.message}" if self.source else self.message


class NotConforming(KGError):
    exit_code = 1


class BadInput(KGError):
    """The input is empty, binary, not UTF-8, too large or unreadable."""

    exit_code = 3


class NoEventFound(KGError):
    """The text parsed fine but names no event."""

    exit_code = 4


class SetupError(KGError):
    """A missing model, ontology or shapes file; the message says how to fix it."""

    exit_code = 5


class BatchFailures(KGError):
    exit_code = 6


class QueryError(KGError):
    exit_code = 7


class Unavailable(KGError):
    """The store or the SPARQL server stopped answering during a build: what landed is
    kept; re-running the same command resumes (documents already there are skipped)."""

    exit_code = 8


class InternalError(KGError):
    """Something kg did not expect (a bug): one line for the user, the traceback with
    ``KG_DEBUG=1``."""

    exit_code = 9


class StoreBusy(Unavailable):
    """The store cannot be read or written now: a ``kg build`` is writing to it, or readers
    hold it while a build waits (see docs/scale.md, "Readers and writers"). Try again later."""

    exit_code = 8
