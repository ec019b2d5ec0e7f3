"""Engines and sessions: the default SQLite file, pragmas, and migrations at start-up."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import Any, TypeAlias

from platformdirs import user_data_dir
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.orm import Session, sessionmaker

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
    folder = Path(user_data_dir(APP_NAME, appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{folder / 'console.db'}"


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


def make_engine(url: str) -> Engine:
    """An engine for any SQLAlchemy URL; SQLite gets WAL, foreign keys and a busy timeout."""
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise ConsoleError(f"not a database URL: {url!r}") from exc
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database
        if database and database != ":memory:":
            parent = Path(database).expanduser().parent
            if not parent.is_dir():
                raise ConsoleError(f"database folder does not exist: {parent}")
        engine = create_engine(parsed, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "checkout", _sqlite_busy_timeout)
        return engine
    try:
        return create_engine(parsed, pool_pre_ping=True)
    except ImportError as exc:
        raise ConsoleError(f"no driver for {parsed.drivername}: {exc}") from exc


def make_session_factory(engine: Engine) -> Sessions:
    # expire_on_commit=False: objects read in a unit of work stay readable after it.
    return sessionmaker(engine, expire_on_commit=False)


def url_without_password(url: str) -> str:
    """The database URL as it can be shown (a status bar, a log): its password hidden."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # any unparsable URL is shown as given, minus nothing secret
        return url.split("@")[-1]
