"""A stop says what happened in one journal line: told at once when nobody sends, and the
delivery's counters (delivered, failed, cancelled) add up to the messages to deliver."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import select, update

from desktop.models import Delivery, DeliveryLog, ServiceProvider
from desktop.models.enums import DeliveryStatus, LogStatus
from desktop.services.costs.provider_setup import add_cost_structure, create_provider
from desktop.services.costs.rollups import delivery_cost
from desktop.services.delivery import journal
from desktop.services.delivery.kpis import delivery_kpis
from desktop.services.sending import control
from desktop.services.sending.engine import SendEngine
from tests.integration.sending_support import (
    RecordingHandler,
    prepared_delivery,
    relay_of,
    smtp_server,
    status_of,
)


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


def _priced_email_delivery(sessions, admin, manager, recipients: int) -> int:
    """A delivery whose provider charges 0.01 per e-mail."""
    with sessions.begin() as session:
        create_provider(session, admin, "Mailer")
        add_cost_structure(session, admin, "Mailer", "email", {"linear": "0.01"})
    delivery_id = prepared_delivery(sessions, manager, recipients)
    with sessions.begin() as session:
        delivery = session.get(Delivery, delivery_id)
        delivery.provider_id = session.scalar(select(ServiceProvider.id))
    return delivery_id


def test_a_finished_send_sets_the_real_cost_of_the_messages_delivered(sessions, admin, manager):
    delivery_id = _priced_email_delivery(sessions, admin, manager, 7)
    with sessions.begin() as session:
        control.confirm(session, manager, delivery_id)
    with smtp_server(RecordingHandler()) as server:
        SendEngine(sessions, manager, delivery_id, relay_of(server)).run()

    assert status_of(sessions, delivery_id) is DeliveryStatus.FINISHED
    with sessions() as session:
        assert delivery_cost(session, delivery_id).cost.real.total == Decimal("0.07")


def test_a_stop_sets_the_real_cost_of_the_messages_delivered_before_it(sessions, admin, manager):
    delivery_id = _priced_email_delivery(sessions, admin, manager, 12)
    with sessions.begin() as session:
        control.confirm(session, manager, delivery_id)
        control.pause(session, manager, delivery_id)
        # Five went out before the pause (as a sender records them: rows and counters).
        sent = session.scalars(
            select(DeliveryLog.id).where(DeliveryLog.delivery_id == delivery_id).limit(5)
        ).all()
        session.execute(
            update(DeliveryLog).where(DeliveryLog.id.in_(sent)).values(status=LogStatus.SENT)
        )
        session.execute(
            update(Delivery).where(Delivery.id == delivery_id).values(delivered=5, processed=5)
        )
    with sessions.begin() as session:
        assert control.stop(session, manager, delivery_id) == 7

    with sessions() as session:
        assert delivery_cost(session, delivery_id).cost.real.total == Decimal("0.05")
