"""The demo database, built once per test run (it takes a few seconds): each test module
that reads it, and each test that plays its story forward, opens a copy of it (a file, or
a PostgreSQL database made from it), with a copy of its tracking keys (they live outside
the database)."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from desktop.demo.builder import create_demo_data
from desktop.services.access.tracking_keys import KEY_FILE_ENV, KeyFile, load_ring
from desktop.services.runtime.cancellation import Progress
from desktop.services.settings.setup import initialize, open_database
from tests.conftest import ADMIN_PASSWORD
from tests.databases import ON_POSTGRESQL, copy_database, shared_databases

_built: list[tuple[str, dict[str, Any]]] = []
_keys: list[Path] = []  # the demo's tracking keys
# What create_demo_data reported while it built the demo (the first start shows it).
progress_reports: list[Progress] = []


def built_demo(factory: pytest.TempPathFactory) -> tuple[str, dict[str, Any]]:
    """The demo database's URL, and what create_demo_data returned."""
    if not _built:
        if ON_POSTGRESQL:
            databases = shared_databases()
            name = databases.new_name()
            databases.drop_at_end([name])
            url = databases.create(name)
        else:
            url = f"sqlite:///{factory.mktemp('demo') / 'demo.db'}"
        engine, sessions = open_database(url)
        with sessions.begin() as session:
            initialize(session, ADMIN_PASSWORD)
        summary = create_demo_data(sessions, progress=progress_reports.append)
        with sessions.begin() as session:
            loaded = load_ring(session)
        assert isinstance(loaded.store, KeyFile)
        _keys.append(loaded.store.path)
        engine.dispose()  # the last connection closing checkpoints the WAL into the file
        _built.append((url, summary))
    return _built[0]


@contextmanager
def demo_copy(
    factory: pytest.TempPathFactory,
) -> Iterator[tuple[sessionmaker[Session], dict[str, Any]]]:
    """Sessions on a copy of the demo database of its own, and the demo's summary."""
    source, summary = built_demo(factory)
    folder = factory.mktemp("demo-copy")
    if ON_POSTGRESQL:
        databases = shared_databases()
        name = databases.new_name()
        databases.drop_at_end([name])
        url = databases.create(name, template=make_url(source).database or "")
    else:
        url = f"sqlite:///{folder / 'demo.db'}"
        copy_database(source, url, None)
    # Its keys beside it, named by the environment for as long as the copy is open: a
    # module's copy outlives the data folder of the test that opened it.
    keys = folder / "tracking.keys"
    shutil.copyfile(_keys[0], keys)
    previous = os.environ.get(KEY_FILE_ENV)
    os.environ[KEY_FILE_ENV] = str(keys)
    engine, sessions = open_database(url)
    try:
        yield sessions, summary
    finally:
        engine.dispose()
        if previous is None:
            del os.environ[KEY_FILE_ENV]
        else:
            os.environ[KEY_FILE_ENV] = previous
