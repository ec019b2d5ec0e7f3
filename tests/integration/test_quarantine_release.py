"""A quarantine written by mistake is undone in bulk: "release every address quarantined
by delivery N" (service and command line)."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from desktop.cli import main
from desktop.errors import NotFound
from desktop.models import AuditEntry, HardBounceCount, QuarantinedAddress
from desktop.models.enums import DeliveryStatus
from desktop.services.audience import quarantine
from desktop.services.sending import control
from desktop.services.sending.engine import send_delivery
from desktop.services.settings.relay_settings import RelayTarget
from tests.conftest import MANAGER_PASSWORD
from tests.integration.postfix_like import PostfixLike, Stages, relay_kwargs
from tests.integration.sending_support import addresses, prepared_delivery

USER_UNKNOWN = "550 5.1.1 <{}>: Recipient address rejected: User unknown"


def _bounced_delivery(sessions, actor, count: int = 5) -> int:
    """A delivery every recipient of which hard-bounced: all quarantined by it."""
    delivery_id = prepared_delivery(sessions, actor, count)
    with sessions.begin() as session:
        assert control.confirm(session, actor, delivery_id) is DeliveryStatus.IN_PROGRESS
    with PostfixLike(Stages(rcpt=USER_UNKNOWN.format)) as server:
        report = send_delivery(sessions, actor, delivery_id, RelayTarget(**relay_kwargs(server)))
    assert report.status is DeliveryStatus.FINISHED
    return delivery_id


def _quarantine(sessions) -> dict[str, int | None]:
    with sessions() as session:
        rows = session.execute(select(QuarantinedAddress.address, QuarantinedAddress.delivery_id))
        return {address: delivery for address, delivery in rows}


def test_releasing_a_delivery_takes_out_only_the_addresses_it_quarantined(
    sessions, manager
) -> None:
    with sessions.begin() as session:
        # Quarantined by hand before the send: it stays, even though it bounces again.
        quarantine.add(session, manager, "person0@example.org", "550 by hand")
        quarantine.add(session, manager, "someone@else.example", "by hand")
    delivery_id = _bounced_delivery(sessions, manager)
    before = _quarantine(sessions)
    assert before["person0@example.org"] is None
    assert {a for a, d in before.items() if d == delivery_id} == addresses(5) - {
        "person0@example.org"
    }

    with sessions() as session:
        assert quarantine.count_by_delivery(session, delivery_id) == 4
    with sessions.begin() as session:
        released = quarantine.release_delivery(session, manager, delivery_id)
    assert released == 4
    assert _quarantine(sessions) == {"person0@example.org": None, "someone@else.example": None}
    with sessions() as session:
        assert session.scalars(select(HardBounceCount)).all() == []
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "release_delivery")
        ).one()
    assert entry.operator_name == "manager"
    assert entry.details["delivery_id"] == delivery_id
    assert entry.details["released"] == 4
    assert entry.details["addresses"] == sorted(addresses(5) - {"person0@example.org"})

    with sessions.begin() as session:  # again: nothing left to release
        assert quarantine.release_delivery(session, manager, delivery_id) == 0
    with sessions.begin() as session, pytest.raises(NotFound):
        quarantine.release_delivery(session, manager, 999)


def test_quarantine_release_on_the_command_line(sessions, manager, db_url, monkeypatch, capsys):
    delivery_id = _bounced_delivery(sessions, manager, 3)
    monkeypatch.setenv("CAMPAIGN_CONSOLE_PASSWORD", MANAGER_PASSWORD)
    code = main(
        [
            *("--db", db_url, "--operator", "manager"),
            *("quarantine", "release", "--delivery", str(delivery_id), "--json"),
        ]
    )
    out = capsys.readouterr().out
    assert code == 0
    assert json.loads(out) == {"delivery_id": delivery_id, "released": 3}
    assert _quarantine(sessions) == {}

    code = main(
        ["--db", db_url, "--operator", "manager", "quarantine", "release", "--delivery", "x"]
    )
    assert code == 2
    assert "delivery" in capsys.readouterr().err
