"""Whether the database can be reached: which errors mean it cannot, news of each such
error as it happens, and a probe that asks again.

A PostgreSQL server restarting or a network gone makes every query fail for a while; the
GUI says so once, and probes until it answers, rather than reporting each failed query.
"Database is locked" (SQLite) or a refused constraint is no such error: the database
answered.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from sqlalchemy import Engine, event, text
from sqlalchemy.engine import ExceptionContext
from sqlalchemy.exc import DBAPIError

from desktop.services.runtime.busy_retry import is_busy

# admin_shutdown, crash_shutdown, cannot_connect_now
_SHUTTING_DOWN = {"57P01", "57P02", "57P03"}


def is_unreachable_error(error: BaseException) -> bool:
    """Whether `error` says the database server could not be reached or dropped the
    connection (whether the last transaction committed is then unknown), as opposed to an
    answer of the database: SQLite's lock, a refused constraint, a cancelled statement.

    PostgreSQL only: a SQLite file does not go away. SQLAlchemy marks a connection it found
    broken as invalidated; a connection that cannot be opened at all fails with the
    driver's OperationalError and no SQLSTATE; a server shutting down says so with SQLSTATE
    class 08 or 57P01-57P03."""
    if not isinstance(error, DBAPIError) or is_busy(error):
        return False
    if isinstance(error.orig, sqlite3.Error):
        return False
    if error.connection_invalidated:
        return True
    state = getattr(error.orig, "sqlstate", None)
    if state is None:
        return type(error.orig).__name__ == "OperationalError"
    return state.startswith("08") or state in _SHUTTING_DOWN


def reason_of(error: BaseException) -> str:
    """The driver's own words, first line, without SQLAlchemy's wrapping."""
    original = getattr(error, "orig", None) or error
    words = str(original).strip()
    return words.splitlines()[0] if words else type(original).__name__


def watch_unreachable(engine: Engine, on_unreachable: Callable[[str], None]) -> Callable[[], None]:
    """Calls `on_unreachable(reason)` each time a statement or a connection of `engine`
    fails because the database cannot be reached, in whatever thread that happened (the
    callback must only hand the news over). Returns what stops the watch."""

    def handle_error(context: ExceptionContext) -> None:
        if context.is_pre_ping:
            return  # a dead pooled connection, replaced at once: not news
        error = context.sqlalchemy_exception or context.original_exception
        if context.is_disconnect or (error is not None and is_unreachable_error(error)):
            on_unreachable(reason_of(context.original_exception))

    event.listen(engine, "handle_error", handle_error)
    return lambda: event.remove(engine, "handle_error", handle_error)


def probe(engine: Engine) -> str | None:
    """Asks the database for `SELECT 1` (the pool replaces a dead connection first, as it
    pings each before handing it out): None when it answered, the
    reason when it could not be reached. Any other error is raised."""
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except DBAPIError as exc:
        if is_unreachable_error(exc):
            return reason_of(exc)
        raise
    return None
