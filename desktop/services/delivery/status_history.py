"""Who moved a delivery to its status, and when: read from the audit trail, so that an
action refused because someone else acted first can say who did ("delivery 12 is
already being prepared: started by bob at 14:02")."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import AuditEntry
from desktop.models.enums import DeliveryStatus
from desktop.services.runtime.local_time import shown_time

S = DeliveryStatus

# A status the action that leads to it finds when someone pressed it first: what the
# delivery is doing, and the verb for who did it.
ALREADY: dict[DeliveryStatus, tuple[str, str]] = {
    S.PREPARING: ("being prepared", "started"),
    S.IN_PROGRESS: ("being sent", "started"),
    S.SCHEDULED: ("confirmed and scheduled", "confirmed"),
    S.PAUSED: ("paused", "paused"),
    S.STOPPED: ("stopped", "stopped"),
    S.BEING_EDITED: ("back in edition", "sent back"),
}


def last_move(
    session: Session, delivery_id: int, to: DeliveryStatus
) -> tuple[str, datetime] | None:
    """The operator's name and the moment of the last move of the delivery to `to`."""
    row = session.execute(
        select(AuditEntry.operator_name, AuditEntry.at)
        .where(
            AuditEntry.entity == "delivery",
            AuditEntry.entity_id == delivery_id,
            AuditEntry.action == "status",
            AuditEntry.to_state == to.value,
        )
        .order_by(AuditEntry.id.desc())
        .limit(1)
    ).first()
    return (row[0] or "an operator", row[1]) if row is not None else None


def by_whom(session: Session, delivery_id: int, to: DeliveryStatus) -> str:
    """'bob at 14:02' for the last move to `to` ('' when the trail has none)."""
    move = last_move(session, delivery_id, to)
    if move is None:
        return ""
    name, at = move
    when = shown_time(at)
    return f"{name} at {when}" if when else name


def already(session: Session, delivery_id: int, status: DeliveryStatus) -> str:
    """'delivery 12 is already being prepared: started by bob at 14:02', for an action
    that finds the status it leads to."""
    doing, verb = ALREADY.get(status, (status.value, "moved there"))
    text = f"delivery {delivery_id} is already {doing}"
    who = by_whom(session, delivery_id, status)
    return f"{text}: {verb} by {who}" if who else text
