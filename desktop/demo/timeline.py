"""The demo's story took weeks; the services that write it take seconds. This moves what
they wrote for one event (a preparation, a confirmation, a decision) to its time in the
story: the audit rows, the journal lines, the approvals asked for, the e-mails queued.

An event of the story's past was told when it happened: its e-mails went out then (sent,
not waiting in the queue), so only what happens as the demo is made is still to be sent
at the first start.

Usage: take a `mark` before the service call, then `shift_since` (everything moves by the
same amount: a preparation keeps its own pace; `date_preparation` does it for one) or
`date_since` (everything at one moment).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.models import Approval, AuditEntry, Delivery, JournalLine, Notification
from desktop.services.sending.send_sessions import as_utc

# When a past event's e-mails left, after the event.
TOLD_AFTER = timedelta(seconds=20)


@dataclass(frozen=True)
class Mark:
    """The newest row of each kind a service writes about an event: what it writes next
    comes after."""

    audit: int
    journal: int
    approval: int
    notification: int


def mark(session: Session) -> Mark:
    def newest(column: object) -> int:
        return int(session.scalar(select(func.max(column))) or 0)

    return Mark(
        audit=newest(AuditEntry.id),
        journal=newest(JournalLine.id),
        approval=newest(Approval.id),
        notification=newest(Notification.id),
    )


def shift_since(session: Session, since: Mark, by: timedelta) -> None:
    """What was written after `since` happened `by` later (earlier, when negative)."""
    _move(session, since, lambda moment: moment + by)


def date_since(session: Session, since: Mark, at: datetime) -> None:
    """What was written after `since` happened at `at`."""
    _move(session, since, lambda _moment: at)


def date_preparation(session: Session, delivery_id: int, since: Mark, ended: datetime) -> None:
    """The delivery's preparation, written after `since`, ended at `ended`: it moves there
    whole, at its own pace."""
    delivery = session.get(Delivery, delivery_id)
    assert delivery is not None and delivery.prepared_at is not None
    shift_since(session, since, as_utc(ended) - as_utc(delivery.prepared_at))
    delivery.prepared_at = ended


def _move(session: Session, since: Mark, moved: Callable[[datetime], datetime]) -> None:
    session.flush()
    for entry in session.scalars(select(AuditEntry).where(AuditEntry.id > since.audit)):
        entry.at = moved(entry.at)
    for line in session.scalars(select(JournalLine).where(JournalLine.id > since.journal)):
        line.created_at = moved(line.created_at)
    for approval in session.scalars(select(Approval).where(Approval.id > since.approval)):
        approval.requested_at = moved(approval.requested_at)
        if approval.decided_at is not None:
            approval.decided_at = moved(approval.decided_at)
    for notification in session.scalars(
        select(Notification).where(Notification.id > since.notification)
    ):
        notification.created_at = moved(notification.created_at)
        notification.sent_at = notification.created_at + TOLD_AFTER
        notification.attempts = 1
        notification.error = ""
    session.flush()
