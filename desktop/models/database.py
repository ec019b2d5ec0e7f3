"""Engines and sessions: the default SQLite file, pragmas, and migrations at start-up.

A SQLite database holds the recipients' addresses and the operators' password hashes: its
file is created readable by its owner only (0600), and SQLite gives its WAL and shared-
memory files the mode of the database file. The default database's folder is 0700.
"""

from __future__ import annotations

import os
import time
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import Any, TypeAlias

from platformdirs import user_data_dir
from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.sql import sqltypes

from desktop.errors import ConsoleError

APP_NAME = "campaign-console"

# The session factory every layer is handed: one session per unit of work. Views, workers
# and the command line name it (and the engine) from here, without importing SQLAlchemy.
Sessions: TypeAlias = sessionmaker[Session]


def default_database_url() -> str:
    """A SQLite file in the user's data folder (CAMPAIGN_CONSOLE_DB overrides it)."""
    env = os.environ.get("CAMPAIGN_CONSOLE_DB")
    if env:
        return env
    return f"sqlite:///{private_data_folder() / 'console.db'}"


def private_data_folder() -> Path:
    """The user's data folder of the console (the default database, the tracking keys),
    created if needed and kept readable by its owner only."""
    folder = Path(user_data_dir(APP_NAME, appauthor=False))
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    if folder.stat().st_mode & 0o077:
        folder.chmod(0o700)  # made by an earlier version, or with a permissive umask
    return folder


def _create_private_file(path: Path) -> None:
    """Creates an empty database file 0600 before SQLite would create it with the umask's
    mode; leaves an existing one (or one that cannot be made: SQLite says why) alone."""
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except OSError:
        return
    os.fchmod(descriptor, 0o600)  # a umask such as 0277 would leave it read-only
    os.close(descriptor)


# How long a statement waits for another process's write lock before SQLite answers
# "database is locked". A unit of work that retries (services.runtime.busy_retry) lowers it,
# for the connections it checks out, to what is left of its own deadline.
BUSY_TIMEOUT_MS = 30_000
_busy_timeout_ms: ContextVar[int] = ContextVar("busy_timeout_ms", default=BUSY_TIMEOUT_MS)


@contextmanager
def busy_timeout(seconds: float) -> Iterator[None]:
    """SQLite connections checked out in this thread inside the block wait at most
    `seconds` (never more than BUSY_TIMEOUT_MS) for another writer."""
    wanted = max(1, min(BUSY_TIMEOUT_MS, int(seconds * 1000)))
    token = _busy_timeout_ms.set(wanted)
    try:
        yield
    finally:
        _busy_timeout_ms.reset(token)


def _sqlite_pragmas(dbapi_connection: Any, record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.close()
    record.info["busy_timeout_ms"] = BUSY_TIMEOUT_MS


def _sqlite_busy_timeout(dbapi_connection: Any, record: Any, _proxy: Any) -> None:
    """At checkout: the busy timeout the current context wants (a pragma only on change)."""
    wanted = _busy_timeout_ms.get()
    if record.info.get("busy_timeout_ms") != wanted:
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout={wanted}")
        cursor.close()
        record.info["busy_timeout_ms"] = wanted


def follow_busy_timeout(conn: Connection) -> None:
    """A connection checked out earlier (a preparation keeps one) takes the busy timeout
    the current context wants, as a connection checked out now would (see busy_timeout)."""
    if conn.dialect.name != "sqlite" or conn.invalidated or conn.closed:
        return
    proxied = conn.connection
    _sqlite_busy_timeout(proxied.dbapi_connection, proxied, None)


# The services read result.rowcount after INSERT ... SELECT (how many were added):
# SQLAlchemy closes the cursor of a statement that returns no rows, and psycopg's closed
# cursor says -1; kept, the count is the database's on every backend.
_EXECUTION_OPTIONS = {"preserve_rowcount": True}


def make_engine(url: str) -> Engine:
    """An engine for any SQLAlchemy URL; SQLite gets WAL, foreign keys and a busy timeout."""
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise ConsoleError(f"not a database URL: {url_without_password(url)!r}") from exc
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database
        if database and database != ":memory:" and not parsed.query.get("uri"):
            path = Path(database).expanduser()
            if not path.parent.is_dir():
                raise ConsoleError(f"database folder does not exist: {path.parent}")
            _create_private_file(path)
        engine = create_engine(
            parsed,
            connect_args={"timeout": BUSY_TIMEOUT_MS / 1000},
            execution_options=_EXECUTION_OPTIONS,
        )
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "checkout", _sqlite_busy_timeout)
        return engine
    try:
        engine = create_engine(parsed, pool_pre_ping=True, execution_options=_EXECUTION_OPTIONS)
    except (ImportError, NoSuchModuleError) as exc:
        raise ConsoleError(f"no driver for {parsed.drivername}: {exc}") from exc
    if engine.dialect.name == "postgresql":
        _integers_typed_by_value(engine)
    _ping_only_after_idle(engine)
    return engine


# A connection given back to the pool less than this long ago is handed out without a ping.
PING_AFTER_IDLE_SECONDS = 1.0


def _ping_only_after_idle(engine: Engine) -> None:
    """The pool pings a connection before handing it out (pool_pre_ping), so one the server
    dropped while it sat idle is replaced unseen. A ping is a round trip to the server: a
    send loop that takes a connection several times a second paid one per unit of work.
    A connection used within the last second skips it; if the server went away in that
    second, the statement fails as a lost connection, which the pool and the callers
    (services.runtime.reachability) handle."""
    returned_at: weakref.WeakKeyDictionary[Any, float] = weakref.WeakKeyDictionary()
    ping = engine.dialect.do_ping

    def remember_return(dbapi_connection: Any, _record: Any) -> None:
        if dbapi_connection is not None:  # None: invalidated on its way back
            returned_at[dbapi_connection] = time.monotonic()

    def ping_when_idle(dbapi_connection: Any) -> bool:
        last = returned_at.get(dbapi_connection)
        if last is not None and time.monotonic() - last < PING_AFTER_IDLE_SECONDS:
            return True
        return ping(dbapi_connection)

    event.listen(engine, "checkin", remember_return)
    engine.dialect.do_ping = ping_when_idle  # type: ignore[method-assign]


class _IntegerTypedByValue(sqltypes.Integer):
    render_bind_cast = False


def _integers_typed_by_value(engine: Engine) -> None:
    """PostgreSQL: an Integer parameter goes as the type its value needs (smallint, integer,
    bigint, numeric: psycopg's own choice) instead of being cast to 32 bits. An id from the
    outside (`delivery show 9223372036854775807`, a range's outer bound) then matches no
    row, as on SQLite, where the cast made the whole statement fail with "integer out of
    range"; comparing an integer column with a bigint still uses its index. BigInteger
    and SmallInteger parameters keep their casts."""
    dialect = engine.dialect
    dialect.colspecs = {**dialect.colspecs, sqltypes.Integer: _IntegerTypedByValue}


def make_session_factory(engine: Engine) -> Sessions:
    # expire_on_commit=False: objects read in a unit of work stay readable after it.
    return sessionmaker(engine, expire_on_commit=False)


def has_password(url: str) -> bool:
    """Whether the URL carries a password (which settings must not keep in clear: the
    driver reads it from PGPASSWORD or a 0600 password file instead)."""
    try:
        return bool(make_url(url).password)
    except ArgumentError:
        return False


def url_without_password(url: str) -> str:
    """The database URL as it can be shown (a status bar, a log): its password hidden."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # any unparsable URL is shown as given, minus nothing secret
        return url.split("@")[-1]
