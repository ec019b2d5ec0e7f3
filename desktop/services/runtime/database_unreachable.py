"""Whether a database error means the server went away (a restart, the network), not that
the work was wrong: the work may be tried again once the server answers.

PostgreSQL only: a SQLite file does not go away. SQLAlchemy marks a connection it found
broken as invalidated (the pool then replaces it); a connection that cannot be opened at
all (the server is down) fails with the driver's OperationalError and no SQLSTATE; a
server shutting down says so with SQLSTATE class 08 or 57P01-57P03.
"""

from __future__ import annotations

import sqlite3

from sqlalchemy.exc import DBAPIError

from desktop.services.runtime.busy_retry import is_busy

# admin_shutdown, crash_shutdown, cannot_connect_now
_SHUTTING_DOWN = {"57P01", "57P02", "57P03"}


def is_unreachable(error: BaseException) -> bool:
    """True when `error` says the database server could not be reached or dropped the
    connection: whether the last transaction committed is unknown."""
    if not isinstance(error, DBAPIError) or is_busy(error):
        return False
    if isinstance(error.orig, sqlite3.Error):
        return False
    if error.connection_invalidated:
        return True
    state = getattr(error.orig, "sqlstate", None)
    if state is None:
        # The driver could not open a connection or lost it without a word from the server.
        return type(error.orig).__name__ == "OperationalError"
    return state.startswith("08") or state in _SHUTTING_DOWN


__all__ = ["is_unreachable"]
