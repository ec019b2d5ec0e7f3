"""The preparation of one delivery, in a QThread, for the dashboard.

The worker owns no widget and no ORM object: it gets a session factory, the actor and a
delivery id, runs services.preparation.prepare(), and reports through signals that are
throttled to a few per second, so a million recipients never flood the event loop.
"""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QObject, QThread, Signal, Slot
from sqlalchemy.orm import Session, sessionmaker

from desktop.errors import ConsoleError
from desktop.services.cancellation import CancelToken, Progress
from desktop.services.preparation import PreparationSettings, prepare
from desktop.services.rights import Actor

PROGRESS_INTERVAL = 0.2  # seconds: at most five progress signals a second
THREAD_NICENESS = 5


class PrepareWorker(QObject):
    """Signals, in order: started, then phase_changed(phase) once per phase with
    progress(phase, done, total) in between, then finished(result dict) or failed(error)."""

    started = Signal()
    phase_changed = Signal(str)
    progress = Signal(str, int, int)
    finished = Signal(object)  # PreparationResult.as_dict()
    failed = Signal(str)

    def __init__(
        self,
        sessions: sessionmaker[Session],
        actor: Actor,
        delivery_id: int,
        settings: PreparationSettings | None = None,
    ) -> None:
        super().__init__()  # no parent: it moves to its own thread
        self.sessions = sessions
        self.actor = actor
        self.delivery_id = delivery_id
        self.settings = settings
        self.token = CancelToken()
        self._phase = ""
        self._last_emit = 0.0

    def stop(self) -> None:
        """Thread-safe: the preparation stops at its next check, leaving nothing behind."""
        self.token.cancel()

    def _report(self, progress: Progress) -> None:
        now = time.monotonic()
        if progress.phase != self._phase:
            self._phase = progress.phase
            self.phase_changed.emit(progress.phase)
        elif now - self._last_emit < PROGRESS_INTERVAL and progress.done < progress.total:
            return
        self._last_emit = now
        self.progress.emit(progress.phase, progress.done, progress.total)

    @Slot()
    def run(self) -> None:
        if sys.platform.startswith("linux"):
            # Linux gives each thread its own niceness: this one yields to the window's.
            os.nice(THREAD_NICENESS)
        self.started.emit()
        try:
            result = prepare(
                self.sessions,
                self.actor,
                self.delivery_id,
                token=self.token,
                progress=self._report,
                settings=self.settings,
            )
        except ConsoleError as exc:
            self.failed.emit(str(exc))
        except Exception as exc:  # a bug must reach the user, not kill the thread silently
            self.failed.emit(f"internal error: {exc!r}")
        else:
            self.finished.emit(result.as_dict())
        finally:
            # Quit from inside the thread: a quit() queued to the GUI thread was seen to
            # get lost now and then, leaving the thread (and whoever waits on it) hanging.
            QThread.currentThread().quit()


class _ThreadReaper(QObject):
    """Lives in the starting (GUI) thread: once the worker reports its end, waits for the
    thread to exit and deletes both. QThread.finished is not relied on: with PySide6 its
    connections were seen to be skipped now and then."""

    def __init__(self, thread: QThread, worker: PrepareWorker) -> None:
        super().__init__(thread)  # owned by the thread object, deleted with it
        self._thread = thread
        self._worker = worker

    @Slot()
    def reap(self) -> None:
        self._thread.wait(30000)
        self._worker.deleteLater()
        self._thread.deleteLater()


def start_prepare_worker(worker: PrepareWorker, parent: QObject | None = None) -> QThread:
    """Moves the worker to a new thread and starts it; both are deleted once it ended."""
    thread = QThread(parent)
    worker.moveToThread(thread)
    thread.started.connect(worker.run)  # run() quits the thread when it ends
    reaper = _ThreadReaper(thread, worker)
    worker.finished.connect(reaper.reap)
    worker.failed.connect(reaper.reap)
    thread.start()
    return thread
