"""The preparation of one delivery, in a QThread, for the dashboard.

The worker owns no widget and no ORM object: it gets a session factory, the actor and a
delivery id, and runs services.preparation.prepare() in its thread. It never emits a Qt
signal from that thread: it queues its reports (throttled to a few a second, so a million
recipients never flood the event loop), and a relay in the GUI thread emits the signals
from there. Emitting from the worker thread deadlocked now and then with PySide6: the
emitting thread held the GIL while waiting for a Qt lock that the GUI thread held while
waiting for the GIL (deleting an earlier worker, for one).
"""

from __future__ import annotations

import os
import queue
import sys
import time
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, QTimer, Signal, Slot
from sqlalchemy.orm import Session, sessionmaker

from desktop.errors import ConsoleError
from desktop.services.cancellation import CancelToken, Progress
from desktop.services.preparation import PreparationSettings, prepare
from desktop.services.rights import Actor

PROGRESS_INTERVAL = 0.2  # seconds: at most five progress reports a second
RELAY_MS = 50  # how often the GUI thread passes the worker's reports on
THREAD_NICENESS = 5


class PrepareWorker(QObject):
    """Signals (emitted in the thread that started the worker), in order: started, then
    phase_changed(phase) once per phase with progress(phase, done, total) in between, then
    finished(result dict) or failed(error)."""

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
        super().__init__()
        self.sessions = sessions
        self.actor = actor
        self.delivery_id = delivery_id
        self.settings = settings
        self.token = CancelToken()
        self.own_thread: QThread | None = None  # set by start_prepare_worker
        # (signal name, arguments), put by the worker thread, taken by the relay.
        self.reports: queue.SimpleQueue[tuple[str, tuple[Any, ...]]] = queue.SimpleQueue()
        self._phase = ""
        self._last_report = 0.0

    def stop(self) -> None:
        """Thread-safe: the preparation stops at its next check, leaving nothing behind."""
        self.token.cancel()

    def _report(self, progress: Progress) -> None:
        now = time.monotonic()
        if progress.phase != self._phase:
            self._phase = progress.phase
            self.reports.put(("phase_changed", (progress.phase,)))
        elif now - self._last_report < PROGRESS_INTERVAL and progress.done < progress.total:
            return
        self._last_report = now
        self.reports.put(("progress", (progress.phase, progress.done, progress.total)))

    @Slot()
    def run(self) -> None:
        if sys.platform.startswith("linux"):
            # Linux gives each thread its own niceness: this one yields to the window's.
            os.nice(THREAD_NICENESS)
        self.reports.put(("started", ()))
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
            self.reports.put(("failed", (str(exc),)))
        except Exception as exc:  # a bug must reach the user, not kill the thread silently
            self.reports.put(("failed", (f"internal error: {exc!r}",)))
        else:
            self.reports.put(("finished", (result.as_dict(),)))
        finally:
            # Quit from inside the thread (thread-safe): a quit() queued to the GUI thread
            # was seen to get lost now and then, leaving the thread and its waiters hanging.
            if self.own_thread is not None:
                self.own_thread.quit()


class _Relay(QObject):
    """Lives in the starting (GUI) thread: emits the worker's reports there, in order, and
    once the worker ended, waits for its thread and deletes both. (QThread.finished is not
    relied on: with PySide6 its connections were seen to be skipped now and then.)"""

    def __init__(self, thread: QThread, worker: PrepareWorker) -> None:
        super().__init__(thread)  # owned by the thread object, deleted with it
        self._thread = thread
        self._worker = worker
        self._timer = QTimer(self)
        self._timer.setInterval(RELAY_MS)
        self._timer.timeout.connect(self.relay)
        self._timer.start()

    @Slot()
    def relay(self) -> None:
        worker = self._worker
        while True:
            try:
                name, args = worker.reports.get_nowait()
            except queue.Empty:
                return
            getattr(worker, name).emit(*args)
            if name in ("finished", "failed"):
                self._timer.stop()
                self._thread.wait(30000)
                worker.deleteLater()
                self._thread.deleteLater()
                return


def start_prepare_worker(worker: PrepareWorker, parent: QObject | None = None) -> QThread:
    """Runs the worker in a new thread; both are deleted once it ended.

    The worker object itself stays in the GUI thread (no moveToThread): only its run()
    executes in the new thread, by a direct connection, and touches no Qt object there but
    the thread's quit(). So its signals, emitted by the relay, reach every receiver
    (lambdas included, which PySide ties to the sender's thread) in the GUI thread."""
    thread = QThread(parent)
    worker.own_thread = thread
    # run() quits the thread when it ends.
    thread.started.connect(worker.run, Qt.ConnectionType.DirectConnection)
    _Relay(thread, worker)
    thread.start()
    return thread
