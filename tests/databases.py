"""Where the suite's databases live: a SQLite file in the test's folder, or, when
CAMPAIGN_CONSOLE_TEST_DB names a PostgreSQL server (scripts/test_postgresql.py sets it),
a database of that server per test.

On PostgreSQL a test's database is made with `CREATE DATABASE ... TEMPLATE`, from an empty
template or from the migrated, initialised one built once per run: a copy of its files,
about as cheap as the SQLite file copy.
"""

from __future__ import annotations

import itertools
import json
import os
import shutil
import subprocess
import time

from sqlalchemy import Engine, MetaData, create_engine, select, text
from sqlalchemy.engine import make_url

SERVER_URL = os.environ.get("CAMPAIGN_CONSOLE_TEST_DB", "")
ON_POSTGRESQL = SERVER_URL.startswith("postgresql")

_names = itertools.count(1)


def backend_name() -> str:
    return "postgresql" if ON_POSTGRESQL else "sqlite"


class PostgresqlDatabases:
    """Creates and drops databases on the test server (names made here, never from input)."""

    def __init__(self, server_url: str) -> None:
        self.server = make_url(server_url)
        self.admin = create_engine(
            self.server.set(database="postgres"),
            isolation_level="AUTOCOMMIT",
            pool_pre_ping=True,  # a test may restart the server (restart_server)
        )
        self.prefix = f"cc{os.getpid()}_"
        self._left: list[str] = []

    def url(self, name: str) -> str:
        return self.server.set(database=name).render_as_string(hide_password=False)

    def new_name(self) -> str:
        return f"{self.prefix}{next(_names)}"

    def create(self, name: str, template: str = "template0") -> str:
        with self.admin.connect() as connection:
            # FILE_COPY: ~25 ms a database on the test cluster (no fsync), WAL_LOG ~200 ms.
            connection.execute(
                text(f'CREATE DATABASE "{name}" TEMPLATE "{template}" STRATEGY FILE_COPY')
            )
        return self.url(name)

    def drop(self, name: str) -> None:
        """Drops it even while a test's process still holds a connection to it."""
        with self.admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))

    def drop_at_end(self, names: list[str]) -> None:
        self._left.extend(names)

    def close(self) -> None:
        for name in self._left:
            self.drop(name)
        self.admin.dispose()


def database_dump(engine: Engine) -> str:
    """Every row of every table (the migrations' bookkeeping included), in a stable order,
    as text: what a test compares before and after, or searches, on either backend."""
    tables = MetaData()
    tables.reflect(engine)
    lines = []
    with engine.connect() as connection:
        for table in tables.sorted_tables:
            rows = sorted(repr(tuple(row)) for row in connection.execute(select(table)))
            lines.append(f"{table.name}: " + "\n".join(rows))
    return "\n".join(lines)


def copy_database(source_url: str, target_url: str, databases: PostgresqlDatabases | None) -> None:
    """Makes the target database a copy of the source (no connection may be open on the
    source: PostgreSQL copies only an idle template)."""
    if not source_url.startswith("postgresql"):
        shutil.copyfile(make_url(source_url).database or "", make_url(target_url).database or "")
        return
    assert databases is not None
    target = make_url(target_url).database or ""
    databases.drop(target)
    databases.create(target, template=make_url(source_url).database or "")


_shared: list[PostgresqlDatabases] = []


def shared_databases() -> PostgresqlDatabases:
    """The run's one PostgresqlDatabases (fixtures and helpers without fixtures share it)."""
    if not _shared:
        _shared.append(PostgresqlDatabases(SERVER_URL))
    return _shared[0]


def stop_server() -> None:
    """Stops the test run's PostgreSQL server (fast shutdown: connections are cut)."""
    subprocess.run(
        json.loads(os.environ["CAMPAIGN_CONSOLE_TEST_PG_STOP"]),
        check=True,
        stdout=subprocess.DEVNULL,
    )


def start_server() -> None:
    """Starts the test run's PostgreSQL server again, on the same port and data."""
    subprocess.run(
        json.loads(os.environ["CAMPAIGN_CONSOLE_TEST_PG_START"]),
        check=True,
        stdout=subprocess.DEVNULL,
    )


def restart_server(down_seconds: float = 0.0) -> None:
    """Stops the server, leaves it down for `down_seconds`, starts it again: every open
    connection is lost, as when the database server restarts during work."""
    stop_server()
    try:
        time.sleep(down_seconds)
    finally:
        start_server()
