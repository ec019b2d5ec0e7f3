"""An import meets a database another process keeps locked between two of its batches: it
waits and goes on, or, past its deadline, stops in one line saying where to resume, every
committed batch whole."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from desktop.models.enums import ImportStatus
from desktop.services.audience import import_runs
from desktop.services.audience.import_runs import FileFacts
from desktop.services.audience.recipient_import import (
    ImportProgress,
    ImportStopped,
    ResumeChoice,
    import_recipients,
    inspect_file,
)
from desktop.services.runtime.busy_retry import WAIT_ENV
from tests.integration.database_lock import HeldLock, database_locked
from tests.unit.test_recipient_import_resume import (
    BATCH,
    people_file,
    recipient_count,
    run_row,
)


class LockAfterFirstBatch:
    """A progress callback: after the first batch, another process takes the write lock
    and keeps it `seconds` long."""

    def __init__(self, database: Path, seconds: float) -> None:
        self.database = database
        self.seconds = seconds
        self.lock: HeldLock | None = None
        self.taken_at = 0.0
        self.batches_after: list[float] = []
        self._context = database_locked(database)

    def __call__(self, progress: ImportProgress) -> None:
        if self.lock is None:
            self.lock = self._context.__enter__()
            self.taken_at = time.monotonic()
            threading.Timer(self.seconds, self.release).start()
        else:
            self.batches_after.append(time.monotonic() - self.taken_at)

    def release(self) -> None:
        self._context.__exit__(None, None, None)


@pytest.mark.sqlite_only  # SQLite's write lock held by another process
def test_an_import_waits_for_another_writer_between_batches_and_goes_on(
    sessions, manager, tmp_path
) -> None:
    locker = LockAfterFirstBatch(tmp_path / "console.db", seconds=1.0)
    report = import_recipients(
        sessions, manager, people_file(tmp_path), batch_rows=BATCH, progress=locker
    )
    assert report.complete and report.imported == 47 == recipient_count(sessions)
    assert locker.batches_after[0] >= 0.9  # the second batch waited for the lock


@pytest.mark.sqlite_only  # SQLite's write lock held by another process
def test_past_its_deadline_an_import_stops_in_one_line_and_resumes_later(
    sessions, manager, tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(WAIT_ENV, "0.5")
    path = people_file(tmp_path)
    # Kept past the batch's deadline, released before the run's interruption is given up.
    locker = LockAfterFirstBatch(tmp_path / "console.db", seconds=1.5)
    with pytest.raises(ImportStopped) as stopped:
        import_recipients(sessions, manager, path, batch_rows=BATCH, progress=locker)
    message = str(stopped.value)
    assert "\n" not in message
    assert f"could not import lines {BATCH + 2:,} to " in message
    assert "the database stayed locked by another process" in message
    assert "--resume" in message
    report = stopped.value.report
    assert report.line == BATCH + 1 and report.imported == recipient_count(sessions) == 9
    assert run_row(sessions, report.import_id).status == ImportStatus.INTERRUPTED

    resumed = import_recipients(sessions, manager, path, resume=ResumeChoice.RESUME)
    assert resumed.complete and resumed.resumed_from_line == BATCH + 1
    assert recipient_count(sessions) == 47


def test_a_run_left_running_by_an_ended_import_of_this_process_is_resumed(
    sessions, manager, tmp_path
) -> None:
    """When even marking the run interrupted met a busy database, the window that ran it
    can import the file again, resuming it (its import has ended, the process lives)."""
    path = people_file(tmp_path)
    facts: FileFacts = inspect_file(path)
    owner = import_runs.new_owner()
    run = import_runs.start(sessions, manager, facts, ["email", "first_name", "country"],
                            owner, 1, len("email,first_name,country\n"), [])  # fmt: skip
    import_runs.release_owner(owner)
    assert run_row(sessions, run.id).status == ImportStatus.RUNNING

    resumed = import_recipients(sessions, manager, path, resume=ResumeChoice.RESUME)
    assert resumed.complete and resumed.import_id == run.id
    assert recipient_count(sessions) == 47
