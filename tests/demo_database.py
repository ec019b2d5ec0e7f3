"""The demo database, built once per test run (it takes a few seconds): each test module
that reads it, and each test that plays its story forward, opens a copy of the file."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.orm import Session, sessionmaker

from desktop.demo.builder import create_demo_data
from desktop.services.runtime.cancellation import Progress
from desktop.services.settings.setup import initialize, open_database
from tests.conftest import ADMIN_PASSWORD

_built: list[tuple[Path, dict[str, Any]]] = []
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
    engine, sessions = open_database(f"sqlite:///{path}")
    try:
        yield sessions, summary
    finally:
        engine.dispose()
