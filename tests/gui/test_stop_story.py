"""Stop tells one story: one journal line with the true counts (delivered, failed,
cancelled), and a progress bar whose parts add up to the messages to deliver, for a stop
pressed while messages are on the wire (a real SMTP server holds them at DATA)."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop.models.enums import DeliveryStatus, LogStatus
from desktop.services.delivery import journal
from desktop.services.settings.relay_settings import RelaySettings, save_relay_settings
from desktop.views.dashboard.sending_panel import SendingPanel
from desktop.workers.send_worker import SendWorker
from tests.integration.sending_support import (
    RecordingHandler,
    log_statuses,
    prepared_delivery,
    smtp_server,
)

MESSAGES = 150
UNKNOWN = {"person3@example.org", "person7@example.org", "person11@example.org"}


def stop_lines(sessions, delivery_id: int) -> list[str]:
    with sessions() as session:
        return [
            line.message
            for line in journal.lines(session, delivery_id)
            if "stopped" in line.message.lower() or "cancelled" in line.message.lower()
        ]


@pytest.fixture
def context(context_for, manager):
    return context_for(manager)


def test_a_stop_mid_send_writes_one_line_with_the_true_counts_and_the_bar_adds_up(
    qtbot, monkeypatch, sessions, admin, manager, context
) -> None:
    delivery_id = prepared_delivery(sessions, manager, MESSAGES)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    handler = RecordingHandler(
        answer=lambda rcpt, _attempt: "550 5.1.1 No such user" if rcpt in UNKNOWN else None,
        hold_after=40,
    )
    with smtp_server(handler) as server:
        with sessions.begin() as session:
            save_relay_settings(session, admin, RelaySettings(host=server.host, port=server.port))
        panel = SendingPanel(context, delivery_id)
        qtbot.addWidget(panel)
        panel.show()
        panel.send_button.click()
        qtbot.waitUntil(lambda: handler.count() >= 40, timeout=20000)
        worker = context.work.find(SendWorker, delivery_id)
        assert worker is not None

        # Messages wait on the wire: the stop cancels what was not handed out, and the
        # sender records those on the wire before it leaves.
        panel.stop_button.click()
        handler.release()
        with qtbot.waitSignal(worker.finished, timeout=30000):
            pass
    qtbot.waitUntil(lambda: len(context.work) == 0)

    statuses = log_statuses(sessions, delivery_id)
    delivered = statuses.get(LogStatus.SENT, 0)
    failed = statuses.get(LogStatus.FAILED, 0)
    cancelled = statuses.get(LogStatus.CANCELLED, 0)
    assert delivered == handler.count() and failed == 3 and cancelled > 0
    assert delivered + failed + cancelled == MESSAGES

    lines = stop_lines(sessions, delivery_id)
    assert lines == [
        f"Stopped by manager: {delivered} delivered, {failed} failed, {cancelled} cancelled."
    ]

    panel.refresh()
    assert panel.status is DeliveryStatus.STOPPED
    parts = panel.progress.parts
    assert (parts.delivered, parts.failed, parts.cancelled) == (delivered, failed, cancelled)
    assert parts.total == MESSAGES and parts.to_send == 0
    words = panel.progress.plain_words()
    numbers = [int(n.replace(",", "")) for n in re.findall(r"\d[\d,]*", words)]
    assert numbers == [delivered, failed, cancelled, MESSAGES], words
    assert "delivered" in words and "failed" in words and "cancelled" in words
    assert panel.values["delivered"].text().replace(",", "") == str(delivered)


def test_an_unprepared_delivery_does_not_count_messages(qtbot, sessions, manager, context):
    from tests.unit.preparation_data import add_delivery

    with sessions.begin() as session:
        delivery_id = add_delivery(session, created_by_id=manager.operator_id)
    panel = SendingPanel(context, delivery_id)
    qtbot.addWidget(panel)
    words = panel.progress.plain_words()
    assert words == "Not prepared yet: nothing to send."
    assert not panel.progress.segments.isVisibleTo(panel)
    assert "0 of 1" not in words and "processed" not in words
