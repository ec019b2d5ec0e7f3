"""A worker thread's signals, emitted in the GUI thread.

A worker never emits a Qt signal from its own thread. With PySide6 that deadlocked now and
then: the emitting thread held the GIL while waiting for a Qt lock that the GUI thread held
while waiting for the GIL (deleting an earlier worker, for one). And a lambda connected to
a signal of an object living in the worker thread runs in that thread, where it must not
touch a widget. So the worker puts (signal name, arguments) on a queue, and a relay living
in the GUI thread emits them there, in order, a few times a second.

The worker object itself stays in the GUI thread (no moveToThread): only its run() executes
in the new thread, by a direct connection, and touches no Qt object there but the thread's
quit(). Its signals, emitted by the relay, reach every receiver in the GUI thread.
"""

from __future__ import annotations

import queue
from collections.abc import Callable, Collection
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, QTimer, Slot

RELAY_MS = 50  # how often the GUI thread passes the worker's reports on and looks for its end


class Reports:
    """What a worker thread has to say, for the relay (thread-safe)."""

    def __init__(self) -> None:
        self._queue: queue.SimpleQueue[tuple[str, tuple[Any, ...]]] = queue.SimpleQueue()

    def put(self, signal_name: str, *args: Any) -> None:
        self._queue.put((signal_name, args))

    def take(self) -> tuple[str, tuple[Any, ...]] | None:
        try:
            return self._queue.get_nowait()
        except queue.Empty:
            return None


class RelayedWorker(QObject):
    """A worker whose run() executes in another thread: run() tells what happens with
    self.reports.put(signal name, arguments...) and ends with a FINAL report; the relay
    emits them as this object's signals, in the GUI thread."""

    run: Callable[[], None]  # each worker's own

    def __init__(self, reports: Reports | None = None) -> None:
        super().__init__()  # stays in the GUI thread; only run() executes in the other
        self.reports = reports if reports is not None else Reports()
        self.reported_end = False  # its final report was emitted: it is all but over

    def end_soon(self) -> None:
        """Asks run() to end soon, leaving everything consistent (the application quits).
        Called in the GUI thread while run() goes on: it only sets what run() checks (a
        cancel token). By default the work runs to its end."""


FINAL = ("finished", "failed")


class _Relay(QObject):
    """Lives in the starting (GUI) thread: emits the worker's reports there, in order. Once
    the final report is out and the thread has ended, calls `ended`. It never waits for
    the thread, which would freeze the window: it looks at isFinished() on its timer.
    (QThread.finished is not relied on: with PySide6 its connections were seen to be
    skipped now and then.)"""

    def __init__(
        self,
        thread: QThread,
        worker: RelayedWorker,
        reports: Reports,
        final: Collection[str],
        ended: Callable[[], None],
    ) -> None:
        super().__init__(thread)  # owned by the thread object, deleted with it
        self._thread = thread
        self._worker = worker
        self._reports = reports
        self._final = final
        self._ended = ended
        self._relaying = False
        self._timer = QTimer(self)
        self._timer.setInterval(RELAY_MS)
        self._timer.timeout.connect(self.relay)
        self._timer.start()

    @Slot()
    def relay(self) -> None:
        # A receiver may run a nested event loop (a message box): the timer must not
        # emit the next report, or end the worker, from inside that receiver.
        if self._relaying:
            return
        self._relaying = True
        try:
            self._relay()
        finally:
            self._relaying = False

    def _relay(self) -> None:
        # Read first: every report of a thread that has ended is in the queue by now.
        thread_ended = self._thread.isFinished()
        worker = self._worker
        while not worker.reported_end and (report := self._reports.take()) is not None:
            name, args = report
            worker.reported_end = name in self._final
            getattr(worker, name).emit(*args)
        if thread_ended:  # a run() that died without its final report ends here too
            self._timer.stop()
            self._ended()


def start_relayed(worker: RelayedWorker, ended: Callable[[QThread], None]) -> QThread:
    """Runs worker.run() in a new thread; the GUI thread emits its reports as the worker's
    signals. Once its final report has been emitted and the thread has ended,
    ended(thread) is called in the GUI thread. The application starts its work through
    workers.background_work, which keeps both until then."""
    thread = QThread()

    def body() -> None:
        try:
            worker.run()
        finally:
            # Quit from inside the thread (thread-safe): a quit() queued to the GUI thread
            # was seen to get lost now and then, leaving the thread and its waiters hanging.
            thread.quit()

    thread.started.connect(body, Qt.ConnectionType.DirectConnection)
    _Relay(thread, worker, worker.reports, FINAL, lambda: ended(thread))
    thread.start()
    return thread
