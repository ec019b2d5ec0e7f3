"""A stop says what happened in one journal line: told at once when nobody sends, and the
delivery's counters (delivered, failed, cancelled) add up to the messages to deliver."""

from __future__ import annotations

from desktop.models.enums import DeliveryStatus
from desktop.services.delivery import journal
from desktop.services.delivery.kpis import delivery_kpis
from desktop.services.sending import control
from tests.integration.sending_support import prepared_delivery, status_of


def test_a_stop_with_nobody_sending_tells_it_at_once_with_every_count(sessions, manager):
    delivery_id = prepared_delivery(sessions, manager, 12)
    with sessions.begin() as session:
        control.confirm(session, manager, delivery_id)
        control.pause(session, manager, delivery_id)
    with sessions.begin() as session:
        assert control.stop(session, manager, delivery_id) == 12

    assert status_of(sessions, delivery_id) is DeliveryStatus.STOPPED
    with sessions() as session:
        lines = [line.message for line in journal.lines(session, delivery_id)]
        kpis = delivery_kpis(session, delivery_id)
    assert [line for line in lines if line.startswith("Stopped")] == [
        "Stopped by manager: 0 delivered, 0 failed, 12 cancelled."
    ]
    assert kpis["cancelled"] == kpis["processed"] == kpis["to_deliver"] == 12
    assert kpis.finished_at is not None
