"""The preparation worker in its QThread: the signals a dashboard relies on, in order."""

from __future__ import annotations

import threading

import pytest

from desktop.models import Delivery
from desktop.models.enums import DeliveryStatus
from desktop.workers.background_work import BackgroundWork
from desktop.workers.prepare_worker import PrepareWorker
from tests.gui.held_reports import HeldReports
from tests.unit.preparation_data import add_delivery, add_recipient


@pytest.fixture
def work(qapp):
    work = BackgroundWork()
    yield work
    work.end_all()  # a failed test's preparation must not outlive its database
    assert work.wait(30000)


def _wait_for_end(qtbot, work: BackgroundWork) -> None:
    # The worker and its thread are deleted once the thread has ended.
    qtbot.waitUntil(lambda: len(work) == 0, timeout=5000)


def _delivery_with_recipients(sessions, count: int = 12) -> int:
    with sessions.begin() as s:
        for n in range(count):
            add_recipient(s, f"w{n}@example.com")
        add_recipient(s, "not-an-address")
        return add_delivery(s)


def test_signals_come_in_order_phase_by_phase_then_finished(qtbot, work, sessions, manager):
    delivery_id = _delivery_with_recipients(sessions)
    worker = PrepareWorker(sessions, manager, delivery_id)
    phases = ("targeting", "rules", "personalisation", "logs")
    signals = [worker.started] + [worker.phase_changed] * len(phases) + [worker.finished]
    checks = [None, *[(lambda p, e=phase: p == e) for phase in phases], None]

    with qtbot.waitSignals(signals, order="strict", check_params_cbs=checks, timeout=20000):
        work.start(worker)
    _wait_for_end(qtbot, work)

    with sessions() as s:
        delivery = s.get(Delivery, delivery_id)
        assert delivery.status is DeliveryStatus.PENDING_CONFIRMATION
        assert (delivery.targeted, delivery.to_deliver, delivery.to_exclude) == (13, 12, 1)


def test_finished_carries_the_kpis_and_exclusions(qtbot, work, sessions, manager):
    delivery_id = _delivery_with_recipients(sessions)
    worker = PrepareWorker(sessions, manager, delivery_id)

    with qtbot.waitSignal(worker.finished, timeout=20000) as finished:
        work.start(worker)
    _wait_for_end(qtbot, work)

    result = finished.args[0]
    assert result["status"] == "pending_confirmation"
    assert (result["targeted"], result["to_deliver"], result["to_exclude"]) == (13, 12, 1)
    assert result["exclusions"] == {"invalid_address": 1}


def test_stop_ends_with_a_stopped_result_and_nothing_kept(qtbot, work, sessions, manager):
    delivery_id = _delivery_with_recipients(sessions)
    # The worker waits at its personalisation report until stop() came from this thread,
    # as a click on Stop preparation would.
    held_at = ("phase_changed", ("personalisation",))
    reports = HeldReports(lambda name, args: (name, args) == held_at)
    worker = PrepareWorker(sessions, manager, delivery_id, reports=reports)

    with qtbot.waitSignal(worker.finished, timeout=20000) as finished:
        work.start(worker)
        qtbot.waitUntil(reports.reached.is_set, timeout=10000)
        worker.stop()
        reports.release()
    _wait_for_end(qtbot, work)

    assert finished.args[0]["stopped"] is True
    with sessions() as s:
        delivery = s.get(Delivery, delivery_id)
        assert delivery.status is DeliveryStatus.BEING_EDITED
        assert delivery.targeted == 0


def test_signals_arrive_in_the_thread_that_started_the_worker(qtbot, work, sessions, manager):
    delivery_id = _delivery_with_recipients(sessions)
    worker = PrepareWorker(sessions, manager, delivery_id)
    seen: list[bool] = []
    gui_thread = threading.get_ident()
    worker.progress.connect(lambda *_: seen.append(threading.get_ident() == gui_thread))

    with qtbot.waitSignal(worker.finished, timeout=20000):
        work.start(worker)
    _wait_for_end(qtbot, work)

    assert seen and all(seen)


def test_a_refused_preparation_emits_failed_with_the_reason(qtbot, work, sessions, reviewer):
    delivery_id = _delivery_with_recipients(sessions)
    worker = PrepareWorker(sessions, reviewer, delivery_id)

    with qtbot.waitSignal(worker.failed, timeout=20000) as failed:
        work.start(worker)
    _wait_for_end(qtbot, work)

    assert "PREPARE DELIVERIES" in failed.args[0]


def test_progress_signals_stay_few_for_many_chunks(qtbot, work, sessions, manager):
    from desktop.services.preparation.pipeline import PreparationSettings

    delivery_id = _delivery_with_recipients(sessions, count=300)
    worker = PrepareWorker(sessions, manager, delivery_id, PreparationSettings(chunk_size=1))
    progress: list[tuple[str, int, int]] = []
    worker.progress.connect(lambda *args: progress.append(args))

    with qtbot.waitSignal(worker.finished, timeout=30000):
        work.start(worker)
    _wait_for_end(qtbot, work)

    personalisation = [p for p in progress if p[0] == "personalisation"]
    # 300 chunks rendered, but progress is throttled: a handful of signals, the last complete.
    assert len(personalisation) < 60
    assert personalisation[-1][1:] == (300, 300)
