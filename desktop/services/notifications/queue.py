"""Notifications queued in the caller's transaction, one e-mail per operator.

Queued, not sent: the change (an approval, a preparation) commits whether or not the
relay works, and a queued e-mail goes out afterwards (services.notifications.sender).
An operator without an e-mail address cannot be told: that is a journal warning on the
delivery, never a refusal of the change.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import Notification, Operator
from desktop.models.enums import JournalLevel
from desktop.services.delivery import journal


def notify(
    session: Session,
    operator_ids: Iterable[int],
    subject: str,
    body: str,
    *,
    delivery_id: int | None = None,
) -> list[str]:
    """Queues the e-mail for each active operator (once each); returns the names of those
    who have no address, also named in the delivery's journal."""
    ids = sorted(set(operator_ids))
    if not ids:
        return []
    operators = session.scalars(
        select(Operator).where(Operator.id.in_(ids), Operator.active.is_(True))
    ).all()
    unreachable = []
    for operator in operators:
        address = (operator.email or "").strip()
        if not address:
            unreachable.append(operator.name)
            continue
        session.add(
            Notification(
                delivery_id=delivery_id,
                operator_id=operator.id,
                address=address,
                subject=subject,
                body=body,
            )
        )
    if unreachable and delivery_id is not None:
        journal.add(
            session,
            delivery_id,
            JournalLevel.WARNING,
            "notification.no_address",
            operators=sorted(unreachable),
            subject=subject,
        )
    return sorted(unreachable)
