"""The one journal line of a stop, with the true counts.

A stop is told once, when it is over: the messages not yet handed out are cancelled at
once (sending.control.stop), but those on the wire finish first, in whichever processes
send the delivery. So the line is written by the last to leave: the stop itself when no
sender is live, else the last sender as it ends (its messages recorded, the rest
cancelled). The counts come from the delivery row's counters, read in that transaction:
what the dashboard shows, and what the line says, are the same numbers.

The stopped delivery's `finished_at` is set with the line: a stopped delivery without it
has a stop still to tell. If the last sender dies before it tells it (killed, its machine
gone), the next scheduler round tells it instead (settle_untold_stops), once that sender's
heartbeat is over: the rows it held are cancelled, and the line has the true counts.
"""

from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from desktop.models import Delivery, DeliveryLog, utcnow
from desktop.models.enums import DeliveryStatus, JournalLevel, LogStatus
from desktop.services.costs.extraction_effects import apply_results
from desktop.services.delivery import journal, status_history
from desktop.services.sending import send_sessions

S = DeliveryStatus


def stop_line(by: str, delivered: int, failed: int, cancelled: int) -> journal.Line:
    """The journal line of a stop (its counts in one place)."""
    return journal.line(
        JournalLevel.INFO,
        "send.stopped_by",
        operator=by,
        delivered=delivered,
        failed=failed,
        count=cancelled,
    )


def lock_delivery(session: Session, delivery_id: int) -> None:
    """Takes the delivery row's lock until the transaction ends: of the senders that leave
    at once, each sees the others' departures. A write that changes nothing does it on
    both databases (SQLite has no FOR UPDATE and one writer)."""
    session.execute(
        update(Delivery)
        .where(Delivery.id == delivery_id)
        .values(status=Delivery.status)
        .execution_options(synchronize_session=False)
    )


def cancel_queued(session: Session, delivery_id: int) -> int:
    """Cancels the rows nobody holds (to deliver) and counts them; returns how many."""
    cancelled = (
        session.execute(
            update(DeliveryLog)
            .where(
                DeliveryLog.delivery_id == delivery_id,
                DeliveryLog.status == LogStatus.TO_DELIVER,
            )
            .values(status=LogStatus.CANCELLED, next_attempt_at=None, updated_at=utcnow())
            .execution_options(synchronize_session=False)
        ).rowcount
        or 0
    )
    if cancelled:
        # Expressions, not a read-modify-write: a sender may be counting at the same time.
        session.execute(
            update(Delivery)
            .where(Delivery.id == delivery_id)
            .values(
                processed=Delivery.processed + cancelled,
                cancelled=Delivery.cancelled + cancelled,
            )
            .execution_options(synchronize_session=False)
        )
    return cancelled


def settle_untold_stops(session: Session) -> list[int]:
    """Tells the stops whose last sender died before telling them; returns those told.
    The rows a dead sender held are cancelled first (their messages may have left: at most
    its in-flight rows, counted as cancelled)."""
    untold = session.scalars(
        select(Delivery.id).where(Delivery.status == S.STOPPED, Delivery.finished_at.is_(None))
    ).all()
    told = []
    for delivery_id in untold:
        if send_sessions.live_sessions(session, delivery_id):
            continue  # a sender still finishes its messages on the wire; it tells the stop
        lock_delivery(session, delivery_id)
        send_sessions.release_dead_claims(session, delivery_id)
        cancel_queued(session, delivery_id)
        if tell_stop(session, delivery_id):
            told.append(delivery_id)
    return told


def tell_stop(session: Session, delivery_id: int, by: str | None = None) -> bool:
    """Writes the stop's journal line and end time once no sender of the stopped delivery
    is live; True when written. `by`: who stopped it (read from the audit trail when not
    given). Call with the delivery row locked (lock_delivery) or just stopped."""
    if send_sessions.live_sessions(session, delivery_id):
        return False
    session.flush()  # the counters moved by expressions in this transaction
    row = session.execute(
        select(
            Delivery.status, Delivery.finished_at, Delivery.delivered, Delivery.failed,
            Delivery.cancelled,
        ).where(Delivery.id == delivery_id)
    ).one_or_none()  # fmt: skip
    if row is None or row.status is not S.STOPPED or row.finished_at is not None:
        return False
    if by is None:
        move = status_history.last_move(session, delivery_id, S.STOPPED)
        by = move[0] if move is not None else "an operator"
    session.execute(
        update(Delivery)
        .where(Delivery.id == delivery_id)
        .values(finished_at=utcnow())
        .execution_options(synchronize_session=False)
    )
    # The real cost: the provider's formulas on the messages that went out before the stop.
    apply_results(session, delivery_id, row.delivered or 0)
    journal.add_line(
        session, delivery_id, stop_line(by, row.delivered or 0, row.failed or 0, row.cancelled or 0)
    )
    return True
