"""What the fuzz tests share: a fresh copy of the initialised database per example."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from desktop.services.settings.setup import open_database
from tests.databases import ON_POSTGRESQL


@pytest.fixture(scope="module")
def fresh_database(template_database, tmp_path_factory: pytest.TempPathFactory, request):
    """fresh_database(): a context giving (engine, sessions) on a new copy of the migrated,
    initialised database; one per example, so that each starts from the same state."""
    folder = tmp_path_factory.mktemp("fuzz")
    counter = iter(range(10**9))

    @contextmanager
    def make() -> Iterator[tuple[Engine, sessionmaker[Session]]]:
        if ON_POSTGRESQL:
            databases = request.getfixturevalue("postgresql_databases")
            name = databases.new_name()
            url = databases.create(name, template_database)
        else:
            path = folder / f"example{next(counter)}.db"
            shutil.copyfile(template_database, path)
            url = f"sqlite:///{path}"
        engine, sessions = open_database(url)
        try:
            yield engine, sessions
        finally:
            engine.dispose()
            if ON_POSTGRESQL:
                databases.drop(name)
            else:
                for suffix in ("", "-wal", "-shm"):
                    Path(f"{path}{suffix}").unlink(missing_ok=True)

    return make
