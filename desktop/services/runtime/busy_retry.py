"""Writers that wait out a busy database: a unit of work retried with back-off up to a
deadline, then one clear error.

SQLite lets one process write at a time. Another writer waits for the lock (the busy
timeout, models.database) and gets "database is locked" when the holder keeps it longer:
a long import, a stuck process. On PostgreSQL two writers may deadlock, or wait on a lock
timeout, and one of them must start over. These helpers run a unit of work again from the
start, in a fresh transaction, until it goes through or the deadline passes; a failed
attempt leaves nothing behind (its transaction is rolled back). Past the deadline
DatabaseBusy says, in one line, what was not done and that nothing was changed.

The API, for every writer a user can meet::

    from desktop.services.runtime import busy_retry

    # a unit of work in a transaction of its own: the usual case
    row = busy_retry.write(sessions, lambda session: quarantine.add(session, actor, address),
                           what=f"quarantine {address}")

    # a function that opens its own transaction: called again from the start
    busy_retry.call(import_batch, rows, what="import rows 1-5000")

    @busy_retry.retried("record the tracking hits")
    def record(...): ...

`wait` is how long to keep trying, in seconds: wait_seconds() when not given (60 s, or the
CAMPAIGN_CONSOLE_BUSY_WAIT environment variable). The work must be safe to run again: it
may only change the database (its changes are rolled back with the failed attempt), or do
what it does outside the database idempotently.
"""

from __future__ import annotations

import functools
import os
import random
import sqlite3
import time
from collections.abc import Callable
from typing import ParamSpec, TypeVar

from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from desktop.errors import ConsoleError, DatabaseRefused
from desktop.models.database import busy_timeout

T = TypeVar("T")
P = ParamSpec("P")

WAIT_ENV = "CAMPAIGN_CONSOLE_BUSY_WAIT"
DEFAULT_WAIT_SECONDS = 60.0
# A window's action waits less: its user is looking at a frozen window, and can try again.
INTERACTIVE_WAIT_SECONDS = 5.0
# Pauses between attempts: the busy timeout already waits inside SQLite; these space out
# the attempts that fail at once (a deadlock on PostgreSQL, a stale snapshot on SQLite).
FIRST_PAUSE_SECONDS = 0.02
LONGEST_PAUSE_SECONDS = 1.0

_SQLITE_BUSY, _SQLITE_LOCKED = 5, 6
# serialization_failure, deadlock_detected, lock_not_available
_POSTGRESQL_BUSY = {"40001", "40P01", "55P03"}


class DatabaseBusy(DatabaseRefused):
    """Another process kept the database locked past the deadline; nothing was changed."""

    def __init__(self, what: str, waited: float) -> None:
        locked = f"locked by another process for {waited:.0f} s"
        ConsoleError.__init__(
            self,
            f"could not {what}: the database stayed {locked}; nothing was changed, "
            "try again once that work is done",
        )
        # As a form shows it, after "The database refused the change: ".
        self.reason = f"it stayed {locked}; nothing was saved, try again once that work is done"
        self.what = what
        self.waited = waited


def wait_seconds() -> float:
    """How long a writer keeps trying: CAMPAIGN_CONSOLE_BUSY_WAIT seconds, or 60."""
    text = os.environ.get(WAIT_ENV, "").strip()
    if not text:
        return DEFAULT_WAIT_SECONDS
    try:
        seconds = float(text)
    except ValueError:
        seconds = -1.0
    if not 0 <= seconds < float("inf"):
        raise ConsoleError(f"{WAIT_ENV} must be a number of seconds (got {text!r})")
    return seconds


def is_busy(error: BaseException) -> bool:
    """True when the database refused because another writer holds a lock: worth a retry."""
    orig = error.orig if isinstance(error, DBAPIError) else error
    if isinstance(orig, sqlite3.OperationalError):
        code = getattr(orig, "sqlite_errorcode", None)
        if code is not None:
            return code & 0xFF in (_SQLITE_BUSY, _SQLITE_LOCKED)
        return "locked" in str(orig) or "busy" in str(orig)
    state = getattr(orig, "sqlstate", None) or getattr(orig, "pgcode", None)
    return state in _POSTGRESQL_BUSY


def call(
    work: Callable[P, T], /, *args: P.args, what: str, wait: float | None = None, **kwargs: P.kwargs
) -> T:
    """`work(*args, **kwargs)`, run again while the database is busy, for `wait` seconds at
    most; then DatabaseBusy. Any other error is raised at once."""
    wait = wait_seconds() if wait is None else wait
    started = time.monotonic()
    deadline = started + wait
    pause = FIRST_PAUSE_SECONDS
    while True:
        try:
            # SQLite waits inside a statement: no longer than what is left of the deadline.
            with busy_timeout(deadline - time.monotonic()):
                return work(*args, **kwargs)
        except DBAPIError as error:
            if not is_busy(error):
                raise
            left = deadline - time.monotonic()
            if left <= 0:
                raise DatabaseBusy(what, time.monotonic() - started) from error
        time.sleep(min(left, pause * random.uniform(0.5, 1.0)))
        pause = min(LONGEST_PAUSE_SECONDS, pause * 2)


def write(
    sessions: sessionmaker[Session],
    work: Callable[[Session], T],
    *,
    what: str,
    wait: float | None = None,
) -> T:
    """`work(session)` in a transaction of its own, committed; started over in a new one
    while the database is busy (see call)."""

    def attempt() -> T:
        with sessions.begin() as session:
            return work(session)

    return call(attempt, what=what, wait=wait)


def retried(what: str, wait: float | None = None) -> Callable[[Callable[P, T]], Callable[P, T]]:
    """Decorator: the function (which opens its own transaction) is run through call()."""

    def decorate(function: Callable[P, T]) -> Callable[P, T]:
        @functools.wraps(function)
        def wrapper(*args: P.args, **kwargs: P.kwargs) -> T:
            return call(function, *args, what=what, wait=wait, **kwargs)

        return wrapper

    return decorate


__all__ = [
    "INTERACTIVE_WAIT_SECONDS",
    "DatabaseBusy",
    "call",
    "is_busy",
    "retried",
    "wait_seconds",
    "write",
]
