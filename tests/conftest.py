"""Shared fixtures: a real database per test (a SQLite file, or a PostgreSQL database when
CAMPAIGN_CONSOLE_TEST_DB names a server: see tests/databases.py), migrated, with the three
kinds of people."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

# Before Qt is imported anywhere: no screen is needed to run the suite.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from desktop.models import Operator
from desktop.services.access.passwords import hash_password
from desktop.services.access.rights import Actor, load_actor
from desktop.services.settings.setup import ensure_standard_groups, initialize, open_database
from tests.databases import (
    ON_POSTGRESQL,
    PostgresqlDatabases,
    backend_name,
    copy_database,
    shared_databases,
)

ADMIN_PASSWORD = "admin-secret-1"
MANAGER_PASSWORD = "manager-secret-1"
REVIEWER_PASSWORD = "reviewer-secret-1"


def pytest_report_header() -> str:
    return f"database: {backend_name()}"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Tests about one database's own machinery run only on it: on PostgreSQL the tests
    marked `sqlite_only` are deselected, on SQLite those marked `postgresql_only`
    (LISTEN/NOTIFY, SKIP LOCKED across machines, a server restart)."""
    other = "postgresql_only" if not ON_POSTGRESQL else "sqlite_only"
    kept = [item for item in items if item.get_closest_marker(other) is None]
    if len(kept) != len(items):
        config.hook.pytest_deselected(items=[i for i in items if i not in kept])
        items[:] = kept


@pytest.fixture(scope="session")
def postgresql_databases() -> Iterator[PostgresqlDatabases]:
    databases = shared_databases()
    yield databases
    databases.close()


def _build_template(url: str) -> None:
    engine, sessions = open_database(url)
    with sessions.begin() as session:
        initialize(session, ADMIN_PASSWORD)
        groups = ensure_standard_groups(session)
        session.add_all(
            [
                Operator(
                    name="manager",
                    label="Campaign manager",
                    password_hash=hash_password(MANAGER_PASSWORD),
                    groups=[groups["campaign_managers"]],
                ),
                Operator(
                    name="reviewer",
                    label="Reviewer",
                    password_hash=hash_password(REVIEWER_PASSWORD),
                    groups=[groups["reviewers"]],
                ),
            ]
        )
    engine.dispose()  # SQLite: the last connection closing checkpoints the WAL into the file


@pytest.fixture(scope="session")
def template_database(tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest):
    """Migrated and initialised once per run; each test gets its own copy: a SQLite file
    (this fixture is its path) or, on PostgreSQL, a database made from this template (this
    fixture is its name)."""
    if ON_POSTGRESQL:
        databases: PostgresqlDatabases = request.getfixturevalue("postgresql_databases")
        name = databases.new_name()
        _build_template(databases.create(name))
        yield name
        databases.drop(name)
        return
    path = tmp_path_factory.mktemp("template") / "console.db"
    _build_template(f"sqlite:///{path}")
    yield path


@pytest.fixture(scope="session")
def run_database(
    tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest
) -> Callable[..., str]:
    """run_database(initialised=True): the URL of a new database that lasts the whole run
    (a module's shared world), empty or a copy of the initialised template."""

    def make(initialised: bool = True) -> str:
        if not ON_POSTGRESQL:
            path = tmp_path_factory.mktemp("database") / "console.db"
            if initialised:
                shutil.copyfile(request.getfixturevalue("template_database"), path)
            return f"sqlite:///{path}"
        databases: PostgresqlDatabases = request.getfixturevalue("postgresql_databases")
        template = request.getfixturevalue("template_database") if initialised else "template0"
        name = databases.new_name()
        databases.drop_at_end([name])
        return databases.create(name, template)

    return make


@pytest.fixture(scope="session")
def database_copy(request: pytest.FixtureRequest) -> Callable[[str, str], None]:
    """database_copy(source_url, target_url): the target becomes a copy of the source."""
    databases = request.getfixturevalue("postgresql_databases") if ON_POSTGRESQL else None
    return lambda source, target: copy_database(source, target, databases)


@pytest.fixture
def new_database(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Callable[..., str]]:
    """new_database(name, initialised=False): the URL of a new database of the run's
    backend: empty (the console's `init` or open_database migrates it), or a copy of the
    initialised template. SQLite: `name`.db in the test's folder."""
    made: list[str] = []

    def make(name: str, initialised: bool = False) -> str:
        if not ON_POSTGRESQL:
            path = tmp_path / f"{name}.db"
            if initialised:
                shutil.copyfile(request.getfixturevalue("template_database"), path)
            return f"sqlite:///{path}"
        databases: PostgresqlDatabases = request.getfixturevalue("postgresql_databases")
        template = request.getfixturevalue("template_database") if initialised else "template0"
        database_name = databases.new_name()
        made.append(database_name)
        return databases.create(database_name, template)

    yield make
    if made:
        databases = request.getfixturevalue("postgresql_databases")
        if "gui" in request.node.path.parts:
            # Windows of a GUI test may outlive it, their refresh timers reading its database
            # during the next tests (on SQLite its file stays): dropped at the end of the run.
            databases.drop_at_end(made)
        else:
            for name in made:
                databases.drop(name)


@pytest.fixture
def db_url(request: pytest.FixtureRequest, new_database: Callable[..., str]) -> str:
    """The test's database: a copy of the initialised template when the test also uses
    `database` (or what builds on it), else a new empty one (for `init` to fill)."""
    return new_database("console", initialised="database" in request.fixturenames)


@pytest.fixture
def database(db_url: str) -> Iterator[tuple[Engine, sessionmaker[Session]]]:
    engine, sessions = open_database(db_url)
    yield engine, sessions
    engine.dispose()


@pytest.fixture
def sessions(database: tuple[Engine, sessionmaker[Session]]) -> sessionmaker[Session]:
    return database[1]


@pytest.fixture
def engine(database: tuple[Engine, sessionmaker[Session]]) -> Engine:
    return database[0]


def _actor(sessions: sessionmaker[Session], name: str) -> Actor:
    with sessions() as session:
        return load_actor(session, name)


@pytest.fixture
def admin(sessions: sessionmaker[Session]) -> Actor:
    return _actor(sessions, "admin")


@pytest.fixture
def manager(sessions: sessionmaker[Session]) -> Actor:
    return _actor(sessions, "manager")


@pytest.fixture
def reviewer(sessions: sessionmaker[Session]) -> Actor:
    return _actor(sessions, "reviewer")


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests never read or write a developer's settings or data folder."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.delenv("CAMPAIGN_CONSOLE_DB", raising=False)
    monkeypatch.delenv("CAMPAIGN_CONSOLE_PASSWORD", raising=False)
