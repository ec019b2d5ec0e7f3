"""A scheduled delivery starts by itself at its contact date while the scheduler runs."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from desktop.errors import InvalidState, PermissionDenied
from desktop.models import AuditEntry
from desktop.models.enums import DeliveryStatus
from desktop.services.sending import control
from desktop.services.sending.scheduler import Scheduler
from tests.integration.sending_support import (
    RecordingHandler,
    addresses,
    prepared_delivery,
    relay_of,
    smtp_server,
    status_of,
    wait_for,
)


def test_a_scheduled_delivery_starts_at_its_contact_date(sessions, manager) -> None:
    start_at = datetime.now(UTC) + timedelta(seconds=1.5)
    delivery_id = prepared_delivery(sessions, manager, 8, contact_date=start_at)
    with sessions.begin() as session:
        assert control.confirm(session, manager, delivery_id) is DeliveryStatus.SCHEDULED

    handler = RecordingHandler()
    with smtp_server(handler) as server:
        scheduler = Scheduler(sessions, lambda _s: relay_of(server), poll_seconds=0.2).start()
        try:
            assert scheduler.run_once(now=datetime.now(UTC)) == []  # not yet
            wait_for(lambda: status_of(sessions, delivery_id) is DeliveryStatus.FINISHED, 20)
        finally:
            scheduler.stop()

    assert datetime.now(UTC) >= start_at
    assert handler.by_rcpt() == {address: 1 for address in addresses(8)}
    with sessions() as session:
        states = session.execute(
            select(AuditEntry.operator_name, AuditEntry.to_state)
            .where(AuditEntry.entity == "delivery", AuditEntry.entity_id == delivery_id)
            .order_by(AuditEntry.id)
        ).all()
    assert [tuple(s) for s in states[-3:]] == [
        ("manager", "scheduled"),
        ("system", "in_progress"),
        ("system", "finished"),
    ]


def test_confirming_needs_the_owner_and_a_prepared_delivery(sessions, manager, reviewer) -> None:
    delivery_id = prepared_delivery(sessions, manager, 2)
    refusal = "only its owner manager or an administrator may"
    with sessions.begin() as session, pytest.raises(PermissionDenied, match=refusal):
        control.confirm(session, reviewer, delivery_id)
    with sessions.begin() as session:
        assert control.confirm(session, manager, delivery_id) is DeliveryStatus.IN_PROGRESS
    with (
        sessions.begin() as session,
        pytest.raises(InvalidState, match="already being sent: started by manager"),
    ):
        control.confirm(session, manager, delivery_id)
    with (
        sessions.begin() as session,
        pytest.raises(InvalidState, match="already being sent: started by manager"),
    ):
        control.resume(session, manager, delivery_id)
