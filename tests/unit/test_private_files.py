"""The database files and the default data folder are readable by their owner only: the
recipients' addresses and the operators' password hashes are not for the other users of
the machine."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop.models.database import default_database_url
from desktop.services.settings.setup import open_database


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(params=[0o022, 0o000], ids=["umask 022", "umask 000"])
def umask(request: pytest.FixtureRequest) -> Iterator[int]:
    previous = os.umask(request.param)
    yield request.param
    os.umask(previous)


@pytest.mark.sqlite_only  # the modes of the SQLite file and its WAL
def test_a_new_sqlite_database_and_its_wal_and_shm_are_0600(tmp_path: Path, umask: int) -> None:
    path = tmp_path / "new.db"
    engine, sessions = open_database(f"sqlite:///{path}")
    try:
        with sessions.begin() as session:  # a write: SQLite opens its WAL and SHM files
            session.execute(text("CREATE TABLE scratch (x INTEGER)"))
            session.execute(text("INSERT INTO scratch VALUES (1)"))
        wal, shm = Path(f"{path}-wal"), Path(f"{path}-shm")
        assert wal.exists() and shm.exists()
        assert {p.name: mode(p) for p in (path, wal, shm)} == {
            "new.db": 0o600,
            "new.db-wal": 0o600,
            "new.db-shm": 0o600,
        }
    finally:
        engine.dispose()


@pytest.mark.sqlite_only  # the mode of the SQLite file
def test_an_existing_database_file_keeps_the_mode_its_owner_gave_it(tmp_path: Path) -> None:
    path = tmp_path / "shared.db"
    engine, _ = open_database(f"sqlite:///{path}")
    engine.dispose()
    path.chmod(0o640)  # a deliberate choice, say for a group that backs it up
    engine, _ = open_database(f"sqlite:///{path}")
    engine.dispose()
    assert mode(path) == 0o640


def test_the_default_database_folder_is_0700(tmp_path: Path, umask: int) -> None:
    url = default_database_url()  # XDG_DATA_HOME is the test's folder
    folder = Path(url.removeprefix("sqlite:///")).parent
    assert folder.is_relative_to(tmp_path) and mode(folder) == 0o700
    folder.chmod(0o755)  # as an earlier version left it
    default_database_url()
    assert mode(folder) == 0o700
