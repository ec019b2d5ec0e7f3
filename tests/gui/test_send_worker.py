"""Sending from the GUI: the QThread worker, and Pause / Resume / Stop on the dashboard."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select, update

from desktop.models import Delivery, DeliveryLog
from desktop.models.enums import DeliveryStatus, LogStatus
from desktop.services.delivery.kpis import PERCENT_OF
from desktop.services.sending import control
from desktop.services.settings.relay_settings import RelaySettings, save_relay_settings
from desktop.views.app_context import AppContext
from desktop.views.dashboard.sending_panel import SendingPanel
from desktop.views.finish_work import finish_work
from desktop.workers.send_worker import SendWorker
from tests.integration.sending_support import (
    RecordingHandler,
    addresses,
    prepared_delivery,
    relay_of,
    smtp_server,
    status_of,
)


@pytest.fixture
def context(context_for, manager) -> AppContext:
    return context_for(manager)


def _use_relay(sessions, admin, server) -> None:
    with sessions.begin() as session:
        save_relay_settings(session, admin, RelaySettings(host=server.host, port=server.port))


def _count(sessions, delivery_id: int, status: LogStatus) -> int:
    with sessions() as session:
        return session.scalar(
            select(func.count()).where(
                DeliveryLog.delivery_id == delivery_id, DeliveryLog.status == status
            )
        )


def test_the_worker_sends_in_its_thread_and_reports_kpis(
    qtbot, qapp, sessions, manager, context
) -> None:
    delivery_id = prepared_delivery(sessions, manager, 25)
    with sessions.begin() as session:
        control.confirm(session, manager, delivery_id)
    handler = RecordingHandler()
    seen = []
    with smtp_server(handler) as server:
        worker = SendWorker(sessions, manager, delivery_id, lambda _s: relay_of(server))
        worker.kpis.connect(seen.append)
        # Receivers without a thread of their own (lambdas) run in the GUI thread too: the
        # dashboard refreshes its widgets from them.
        threads = []
        worker.kpis.connect(lambda _kpis: threads.append(QThread.currentThread()))
        with qtbot.waitSignal(worker.finished, timeout=30000) as finished:
            context.work.start(worker, subject=delivery_id)
    assert finished.args == ["finished", "finished"]
    assert threads and all(thread is qapp.thread() for thread in threads)
    assert handler.by_rcpt() == {address: 1 for address in addresses(25)}
    assert seen and seen[-1].values["delivered"] == 25
    qtbot.waitUntil(lambda: len(context.work) == 0)


def _settled(sessions, delivery_id: int, handler: RecordingHandler) -> bool:
    """The engine hands out nothing and every message the relay took is recorded."""
    return (
        _count(sessions, delivery_id, LogStatus.SENDING) == 0
        and _count(sessions, delivery_id, LogStatus.SENT) == handler.count()
    )


def test_send_pause_resume_and_stop_from_the_dashboard(
    qtbot, monkeypatch, sessions, admin, manager, context
) -> None:
    delivery_id = prepared_delivery(sessions, manager, 150)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    handler = RecordingHandler(delay=0.03)
    with smtp_server(handler) as server:
        _use_relay(sessions, admin, server)  # the relay of Administration, not --smtp
        panel = SendingPanel(context, delivery_id)
        qtbot.addWidget(panel)
        assert panel.send_button.isEnabled() and not panel.pause_button.isEnabled()

        panel.send_button.click()  # confirmed (dialog answered Yes), the worker starts
        qtbot.waitUntil(lambda: handler.count() >= 10, timeout=20000)
        assert status_of(sessions, delivery_id) is DeliveryStatus.IN_PROGRESS
        worker = context.work.find(SendWorker, delivery_id)
        assert worker is not None

        panel.pause_button.click()
        qtbot.waitUntil(lambda: panel.resume_button.isEnabled(), timeout=5000)
        qtbot.waitUntil(lambda: _settled(sessions, delivery_id, handler), timeout=10000)
        paused_at = handler.count()
        qtbot.wait(800)  # paused: nothing more reaches the relay meanwhile
        assert handler.count() == paused_at < 150
        assert _count(sessions, delivery_id, LogStatus.SENDING) == 0
        qtbot.waitUntil(lambda: panel.values["delivered"].text() == str(paused_at), timeout=3000)

        panel.resume_button.click()
        qtbot.waitUntil(lambda: handler.count() > paused_at + 5, timeout=10000)

        with qtbot.waitSignal(worker.finished, timeout=30000) as finished:
            panel.stop_button.click()
        sent = handler.count()  # the engine has ended: every message on the wire is in

    assert finished.args[0] == "stopped"
    assert max(handler.by_rcpt().values()) == 1
    assert _count(sessions, delivery_id, LogStatus.SENT) == sent
    assert _count(sessions, delivery_id, LogStatus.CANCELLED) == 150 - sent > 0
    panel.refresh()
    assert panel.status is DeliveryStatus.STOPPED
    assert not panel.resume_button.isEnabled() and not panel.send_button.isEnabled()
    assert panel.charts.sample_count > 0
    qtbot.waitUntil(lambda: len(context.work) == 0)


def test_the_dashboard_shows_kpis_written_by_another_process(
    qtbot, sessions, manager, context
) -> None:
    delivery_id = prepared_delivery(sessions, manager, 4)
    panel = SendingPanel(context, delivery_id)
    qtbot.addWidget(panel)
    assert panel.progress.total == 4  # messages to deliver
    # Another process's counters: written straight to the row, seen on the next tick.
    with sessions.begin() as session:
        session.execute(
            update(Delivery)
            .where(Delivery.id == delivery_id)
            .values(delivered=4, opens=3, clicks=1, processed=4)
        )
    qtbot.waitUntil(lambda: panel.values["opens"].text() == "3", timeout=3000)
    assert panel.percents["opens"].text().startswith("75.0%")
    assert panel.percents["clicks"].text().startswith("25.0%")
    # Every percentage of the KPIs' table is shown, as the service computed it.
    kpis = panel.last_kpis
    assert set(panel.percents) == set(PERCENT_OF)
    for name, label in panel.percents.items():
        assert label.text().startswith(f"{kpis.percentages[name]:.1f}%")


def test_quitting_while_sending_detaches_the_send(
    qtbot, monkeypatch, sessions, admin, manager, context
) -> None:
    delivery_id = prepared_delivery(sessions, manager, 150)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    handler = RecordingHandler(delay=0.03)
    with smtp_server(handler) as server:
        _use_relay(sessions, admin, server)
        panel = SendingPanel(context, delivery_id)
        qtbot.addWidget(panel)
        panel.send_button.click()
        qtbot.waitUntil(lambda: handler.count() >= 10, timeout=20000)

        finish_work(context.work, panel)  # what the main window does when it closes
        sent = handler.count()

    assert len(context.work) == 0
    # Detached, not paused or stopped: `delivery send` or the Send button carries on.
    assert status_of(sessions, delivery_id) is DeliveryStatus.IN_PROGRESS
    assert _count(sessions, delivery_id, LogStatus.SENDING) == 0
    assert _count(sessions, delivery_id, LogStatus.SENT) == sent < 150


def test_closing_the_dashboard_mid_send_leaves_the_send_running_to_its_end(
    qtbot, monkeypatch, sessions, admin, manager, context
) -> None:
    delivery_id = prepared_delivery(sessions, manager, 40)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    handler = RecordingHandler(delay=0.01)
    with smtp_server(handler) as server:
        _use_relay(sessions, admin, server)
        panel = SendingPanel(context, delivery_id)
        panel.send_button.click()
        qtbot.waitUntil(lambda: handler.count() >= 5, timeout=20000)
        panel.deleteLater()  # the tab closes; the send is the application's, not the tab's
        qtbot.waitUntil(lambda: len(context.work) == 0, timeout=30000)

    # The worker's last signals reached no deleted panel (pytest-qt fails on any error).
    assert status_of(sessions, delivery_id) is DeliveryStatus.FINISHED
    assert _count(sessions, delivery_id, LogStatus.SENT) == handler.count() == 40
