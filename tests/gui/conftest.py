"""What the GUI tests share: Qt settings in a temporary folder, the source language
again after each test, and application contexts whose running work has ended before the
test's database goes away."""

from __future__ import annotations

import gc
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, QTranslator
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from desktop.app import configure_application
from desktop.services.access.rights import Actor
from desktop.services.settings.setup import open_database
from desktop.views.app_context import AppContext

WORK_END_MS = 30_000  # a stopped preparation or a detached send ends well within this


@pytest.fixture(autouse=True)
def _settings_in_tmp(qapp, tmp_path: Path) -> None:
    """The application's names, and QSettings in the test's folder: a test never reads or
    writes a developer's settings, nor another test's."""
    configure_application(qapp)
    for settings_format in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(settings_format, QSettings.Scope.UserScope, str(tmp_path / "qt"))


@pytest.fixture(autouse=True)
def _source_language_after(qapp) -> Iterator[None]:
    """Whatever a test installs (the start-up path installs the language's translators on
    the application), the next test reads the source texts again: otherwise it would see,
    say, English plural forms where it expects the source's "address(es)"."""
    before = set(qapp.findChildren(QTranslator))
    yield
    for translator in set(qapp.findChildren(QTranslator)) - before:
        qapp.removeTranslator(translator)
        translator.deleteLater()
    QLocale.setDefault(QLocale("en_US"))


# A driver connection left in the pool of an engine a GUI test dropped (with its windows
# and contexts) is closed whenever a collection frees it, in whichever later test that
# happens: its ResourceWarning is about the tests' own engines, not the product's.
DROPPED_POOL_CONNECTION = pytest.mark.filterwarnings(
    "ignore:.*was deleted while still open:ResourceWarning"
)
GUI_TESTS = Path(__file__).resolve().parent


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if GUI_TESTS in Path(item.path).resolve().parents:
            item.add_marker(DROPPED_POOL_CONNECTION)


@pytest.fixture(autouse=True)
def _qt_garbage_collected_in_gui_thread() -> Iterator[None]:
    """A test's Qt objects left in reference cycles are freed here, in the GUI thread, and
    not by a collection that a later test's worker thread happens to trigger: a QObject with
    a timer deleted outside its thread brings the process down. A driver connection left
    in the pool of an engine the test dropped is closed by this collection: that is the
    collection's work here, not a leak of the product's, so its warning is not raised."""
    yield
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)
        gc.collect()


@pytest.fixture
def elsewhere(db_url: str) -> Iterator[sessionmaker[Session]]:
    """Another workstation on the test's database: an engine and sessions of its own."""
    engine, sessions = open_database(db_url)
    yield sessions
    engine.dispose()


@pytest.fixture
def context_for(
    sessions: sessionmaker[Session], engine: Engine, db_url: str
) -> Iterator[Callable[[Actor], AppContext]]:
    """context_for(actor): an application context on the test's database. Its work still
    running at the end of the test is asked to end, and waited for."""
    contexts: list[AppContext] = []

    def make(actor: Actor) -> AppContext:
        context = AppContext(sessions=sessions, engine=engine, actor=actor, db_url=db_url)
        contexts.append(context)
        return context

    yield make
    for context in contexts:
        context.work.end_all()
        assert context.work.wait(WORK_END_MS), "work of the test still runs"
        context.close()  # its change listener and database watch
