"""The demo database, built once per test run (it takes a few seconds): each test module
that reads it, and each test that plays its story forward, opens a copy of the file, with
a copy of its tracking keys (they live outside the database)."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.orm import Session, sessionmaker

from desktop.demo.builder import create_demo_data
from desktop.services.access.tracking_keys import KEY_FILE_ENV, KeyFile, load_ring
from desktop.services.runtime.cancellation import Progress
from desktop.services.settings.setup import initialize, open_database
from tests.conftest import ADMIN_PASSWORD

_built: list[tuple[Path, dict[str, Any]]] = []
_keys: list[Path] = []  # the demo's tracking keys
# What create_demo_data reported while it built the demo (the first start shows it).
progress_reports: list[Progress] = []


def built_demo(factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    """The demo database's file, and what create_demo_data returned."""
    if not _built:
        path = factory.mktemp("demo") / "demo.db"
        engine, sessions = open_database(f"sqlite:///{path}")
        with sessions.begin() as session:
            initialize(session, ADMIN_PASSWORD)
        summary = create_demo_data(sessions, progress=progress_reports.append)
        with sessions.begin() as session:
            loaded = load_ring(session)
        assert isinstance(loaded.store, KeyFile)
        _keys.append(loaded.store.path)
        engine.dispose()  # the last connection closing checkpoints the WAL into the file
        _built.append((path, summary))
    return _built[0]


@contextmanager
def demo_copy(
    factory: pytest.TempPathFactory,
) -> Iterator[tuple[sessionmaker[Session], dict[str, Any]]]:
    """Sessions on a copy of the demo database of its own, and the demo's summary."""
    source, summary = built_demo(factory)
    path = factory.mktemp("demo-copy") / "demo.db"
    shutil.copyfile(source, path)
    # Its keys beside it, named by the environment for as long as the copy is open: a
    # module's copy outlives the data folder of the test that opened it.
    keys = path.with_name("tracking.keys")
    shutil.copyfile(_keys[0], keys)
    previous = os.environ.get(KEY_FILE_ENV)
    os.environ[KEY_FILE_ENV] = str(keys)
    engine, sessions = open_database(f"sqlite:///{path}")
    try:
        yield sessions, summary
    finally:
        engine.dispose()
        if previous is None:
            del os.environ[KEY_FILE_ENV]
        else:
            os.environ[KEY_FILE_ENV] = previous
