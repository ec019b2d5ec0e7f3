"""The work an application runs off the GUI thread, kept in one registry it owns.

Every long task (a send, a preparation, an export, the audience simulation, the first
start) is a RelayedWorker started here. Its QThread and the worker are kept until the
thread has ended, whatever window started them: a send outlives its tab, and a dashboard
opened again on a delivery finds its running preparation. At quit the application asks
every work to end and waits with its event loop running, so the window never freezes
and nothing is destroyed while its thread runs.

The registry is an object, held by the application's context, not module state: each
test's context has its own, and nothing leaks from one test to the next.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypeVar

from PySide6.QtCore import QEventLoop, QThread, QTimer

from desktop.workers.gui_relay import RelayedWorker, start_relayed

W = TypeVar("W", bound=RelayedWorker)


@dataclass(frozen=True)
class _Running:
    worker: RelayedWorker
    thread: QThread
    subject: int | None  # the object the work is about (a delivery), if any


class BackgroundWork:
    """The running work of one application (use it from the GUI thread only)."""

    def __init__(self) -> None:
        self._running: list[_Running] = []
        self._waiting: list[QEventLoop] = []

    def start(self, worker: RelayedWorker, subject: int | None = None) -> QThread:
        """Runs worker.run() in a new thread, its reports emitted as the worker's signals
        in the GUI thread (workers.gui_relay); both are deleted once the thread ended."""
        thread = start_relayed(worker, self._ended)
        self._running.append(_Running(worker, thread, subject))
        return thread

    def find(self, kind: type[W], subject: int) -> W | None:
        """The running work of this kind about this subject (the send of a delivery); not
        one that has reported its end and only has its thread to finish."""
        for running in self._running:
            worker = running.worker
            if running.subject == subject and isinstance(worker, kind) and not worker.reported_end:
                return worker
        return None

    def __len__(self) -> int:
        return len(self._running)

    def end_all(self) -> None:
        """Asks every running work to end soon (sends detach, preparations stop)."""
        for running in self._running:
            running.worker.end_soon()

    def wait(self, timeout_ms: int | None = None) -> bool:
        """Runs a local event loop until every work has ended, or until the timeout;
        True when nothing runs any more. Windows stay alive meanwhile."""
        if not self._running:
            return True
        loop = QEventLoop()
        self._waiting.append(loop)
        if timeout_ms is not None:
            QTimer.singleShot(timeout_ms, loop, loop.quit)
        try:
            loop.exec()
        finally:
            self._waiting.remove(loop)
        return not self._running

    def _ended(self, thread: QThread) -> None:
        ended = [running for running in self._running if running.thread is thread]
        self._running = [running for running in self._running if running.thread is not thread]
        for running in ended:
            running.worker.deleteLater()
            running.thread.deleteLater()
        if not self._running:
            for loop in self._waiting:
                loop.quit()
