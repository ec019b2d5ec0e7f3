"""A writer meets a database another process keeps locked: it waits, goes through once the
lock is released, or gives up at its deadline in one line with nothing changed."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from desktop.errors import ConsoleError, DatabaseRefused
from desktop.models import Campaign, QuarantinedAddress
from desktop.services import entities
from desktop.services.audience import quarantine
from desktop.services.runtime import busy_retry
from desktop.services.runtime.busy_retry import DatabaseBusy
from tests.integration.database_lock import database_locked


def _quarantined(sessions) -> int:
    with sessions() as session:
        return session.scalar(select(func.count()).select_from(QuarantinedAddress))


@pytest.mark.sqlite_only  # SQLite's write lock held by another process
def test_a_writer_waits_for_the_lock_and_then_writes(tmp_path: Path, sessions, manager) -> None:
    written = threading.Event()
    errors: list[BaseException] = []

    def add() -> None:
        try:
            busy_retry.write(
                sessions,
                lambda session: quarantine.add(session, manager, "late@example.org"),
                what="quarantine late@example.org",
                wait=60,
            )
            written.set()
        except BaseException as exc:  # shown by the assertion below
            errors.append(exc)

    with database_locked(tmp_path / "console.db") as lock:
        writer = threading.Thread(target=add)
        writer.start()
        assert not written.wait(1.5)  # held back by the lock, not failed
        assert not errors
        lock.release()
        writer.join(30)
    assert written.is_set(), errors
    assert _quarantined(sessions) == 1


@pytest.mark.sqlite_only  # SQLite's write lock held by another process
def test_past_its_deadline_a_writer_says_so_in_one_line_and_changes_nothing(
    tmp_path: Path, sessions, manager
) -> None:
    with database_locked(tmp_path / "console.db") as lock:
        with pytest.raises(DatabaseBusy) as busy:
            busy_retry.write(
                sessions,
                lambda session: quarantine.add(session, manager, "late@example.org"),
                what="quarantine late@example.org",
                wait=0.5,
            )
        # It gave up at its own deadline, not after SQLite's 30 s busy timeout.
        assert lock.held
    message = str(busy.value)
    assert "\n" not in message
    assert message.startswith("could not quarantine late@example.org: the database stayed locked")
    assert "nothing was changed" in message
    assert isinstance(busy.value, DatabaseRefused)  # what forms show as a refused change
    assert _quarantined(sessions) == 0


def test_an_error_that_is_not_a_lock_is_raised_at_once(sessions, manager) -> None:
    calls = []

    def duplicate(session) -> None:
        calls.append(1)
        session.add(QuarantinedAddress(address="same@example.org", reason="", error_count=1))
        session.add(QuarantinedAddress(address="same@example.org", reason="", error_count=1))
        session.flush()

    with pytest.raises(IntegrityError):
        busy_retry.write(sessions, duplicate, what="add twice", wait=30)
    assert calls == [1]


@pytest.mark.sqlite_only  # SQLite's write lock held by another process
def test_saving_a_form_under_a_lock_is_refused_with_the_reason(
    tmp_path: Path, sessions, manager
) -> None:
    with database_locked(tmp_path / "console.db"), pytest.raises(DatabaseRefused) as refused:
        entities.save(sessions, manager, "campaign", None, {"label": "Spring"}, wait=0.3)
    assert refused.value.reason.startswith("it stayed locked by another process for")
    with sessions() as session:
        assert session.scalar(select(func.count()).select_from(Campaign)) == 0


def test_the_wait_can_be_set_for_a_process(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(busy_retry.WAIT_ENV, "2.5")
    assert busy_retry.wait_seconds() == 2.5
    monkeypatch.setenv(busy_retry.WAIT_ENV, "soon")
    with pytest.raises(ConsoleError, match="must be a number of seconds"):
        busy_retry.wait_seconds()
