"""The application's work off the GUI thread: kept until its thread ends, found by what it
is about, never waited for with the window frozen, and finished at quit."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import QTimer, Signal

from desktop.views.main_window import MainWindow
from desktop.workers.background_work import BackgroundWork
from desktop.workers.gui_relay import RelayedWorker

HOLD_SECONDS = 10  # a test that never releases its worker fails instead of hanging


class GatedWorker(RelayedWorker):
    """Runs until end_soon() (or release()), then reports `finished`; `linger` keeps its
    thread running a moment after that last report."""

    finished = Signal(str)
    failed = Signal(str)

    def __init__(self, linger: threading.Event | None = None, report_end: bool = True) -> None:
        super().__init__()
        self.started = threading.Event()
        self.asked_to_end = threading.Event()
        self.linger = linger
        self.report_end = report_end

    def end_soon(self) -> None:
        self.asked_to_end.set()

    def release(self) -> None:
        self.asked_to_end.set()

    def run(self) -> None:
        self.started.set()
        self.asked_to_end.wait(HOLD_SECONDS)
        if self.report_end:
            self.reports.put("finished", "done")
        if self.linger is not None:
            self.linger.wait(HOLD_SECONDS)


class OtherWorker(GatedWorker):
    pass


@pytest.fixture
def work(qapp):
    work = BackgroundWork()
    yield work
    work.end_all()
    assert work.wait(HOLD_SECONDS * 1000)


def test_work_is_found_by_its_kind_and_subject_until_it_reports_its_end(qtbot, work) -> None:
    send, other, unkeyed = GatedWorker(), OtherWorker(), GatedWorker()
    work.start(send, subject=7)
    work.start(other, subject=8)
    work.start(unkeyed)
    assert len(work) == 3
    assert work.find(GatedWorker, 7) is send
    assert work.find(OtherWorker, 8) is other
    assert work.find(OtherWorker, 7) is None  # another kind of work about delivery 7

    with qtbot.waitSignal(send.finished, timeout=5000):
        send.release()
    assert work.find(GatedWorker, 7) is None  # said its last word: not running any more
    qtbot.waitUntil(lambda: len(work) == 2, timeout=5000)


def test_the_gui_never_waits_for_a_thread_that_lingers_after_its_last_report(qtbot, work) -> None:
    linger = threading.Event()
    worker = GatedWorker(linger=linger)
    work.start(worker)
    with qtbot.waitSignal(worker.finished, timeout=5000):
        worker.release()

    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(10)
    qtbot.waitUntil(lambda: len(ticks) >= 20, timeout=5000)  # the event loop runs on
    timer.stop()
    assert len(work) == 1  # the thread still runs: kept, neither waited for nor deleted

    linger.set()
    qtbot.waitUntil(lambda: len(work) == 0, timeout=5000)


def test_a_worker_ending_without_its_final_report_is_forgotten(qtbot, work) -> None:
    worker = GatedWorker(report_end=False)
    work.start(worker)
    worker.release()
    qtbot.waitUntil(lambda: len(work) == 0, timeout=5000)


def test_wait_returns_false_when_the_work_outlives_the_timeout(qtbot, work) -> None:
    worker = GatedWorker()
    work.start(worker)
    assert work.wait(100) is False
    worker.release()
    assert work.wait(5000) is True


def test_closing_the_window_ends_the_work_with_the_event_loop_running(
    qtbot, context_for, admin
) -> None:
    context = context_for(admin)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    linger = threading.Event()
    worker = GatedWorker(linger=linger)
    context.work.start(worker, subject=1)
    qtbot.waitUntil(worker.started.is_set, timeout=5000)

    ticks = 0

    def tick() -> None:
        nonlocal ticks
        ticks += 1
        if ticks == 20:  # the window is waiting: the thread may end now
            linger.set()

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(10)
    window.close()
    timer.stop()

    assert worker.asked_to_end.is_set()
    assert ticks >= 20  # the event loop ran while the window waited
    assert len(context.work) == 0
    assert not window.isVisible()
