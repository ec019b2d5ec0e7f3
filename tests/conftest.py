"""Shared fixtures: a real SQLite file per test, migrated, with the three kinds of people."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
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

ADMIN_PASSWORD = "admin-secret-1"
MANAGER_PASSWORD = "manager-secret-1"
REVIEWER_PASSWORD = "reviewer-secret-1"


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'console.db'}"


def _build_template(path: Path) -> None:
    engine, sessions = open_database(f"sqlite:///{path}")
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
    engine.dispose()  # the last connection closing checkpoints the WAL into the file


@pytest.fixture(scope="session")
def template_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Migrated and initialised once per run; each test gets its own copy of the file."""
    path = tmp_path_factory.mktemp("template") / "console.db"
    _build_template(path)
    return path


@pytest.fixture
def database(
    db_url: str, tmp_path: Path, template_database: Path
) -> Iterator[tuple[Engine, sessionmaker[Session]]]:
    shutil.copyfile(template_database, tmp_path / "console.db")
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
