"""A send's statements on its delivery-log rows: claims, outcomes, what remains, cancellation.

A claim turns up to n due `to_deliver` rows into `sending` rows tagged with the send
session, in one statement (on PostgreSQL with FOR UPDATE SKIP LOCKED: senders on other
machines skip the rows being claimed), so no two senders get the same row and a sender
holds at most the rows it asked for. Outcomes go back in batches: one UPDATE per kind of
outcome, built and compiled once, run for all its rows by the driver's executemany
(services.runtime.driver_executemany), with the delivery's counters, the hard-bounce
quarantine and the session's heartbeat in the same transaction. Each function runs in the
caller's transaction.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, func, select, update
from sqlalchemy.orm import Session

from desktop.models import Delivery, DeliveryLog
from desktop.models.enums import LogStatus
from desktop.services.audience.quarantine import record_hard_bounce
from desktop.services.messages.rendering import RECIPIENTS_BY_ID
from desktop.services.runtime.driver_executemany import DriverExecutemany
from desktop.services.sending import send_sessions
from desktop.services.sending.classify import COUNTER_NAMES, Classified
from desktop.services.sending.jobs import Job
from desktop.services.sending.send_sessions import as_utc

LOG_TABLE = DeliveryLog.__table__
_DELIVERY_TABLE = Delivery.__table__


def _claim_statement(skip_locked: bool) -> Any:
    """Claims up to :n due rows of delivery :d for send session :sid, in one statement."""
    c = LOG_TABLE.c
    due = (
        select(c.id)
        .where(
            c.delivery_id == bindparam("d"),
            c.status == LogStatus.TO_DELIVER.value,
            c.next_attempt_at.is_(None) | (c.next_attempt_at <= bindparam("now")),
        )
        .order_by(c.id)
        .limit(bindparam("n"))
    )
    if skip_locked:
        # PostgreSQL: senders on other machines skip rows being claimed. The rows are locked
        # once, in a materialized CTE: as a plain IN subquery the planner may rescan it for
        # each row (a nested-loop semi-join), each rescan skipping the rows locked before
        # and locking n more, and one claim would take every due row.
        locked = due.with_for_update(skip_locked=True).cte("due").prefix_with("MATERIALIZED")
        due = select(locked.c.id)
    return (
        update(LOG_TABLE)
        .where(c.id.in_(due.scalar_subquery()), c.status == LogStatus.TO_DELIVER.value)
        .values(
            status=LogStatus.SENDING.value,
            send_session_id=bindparam("sid"),
            updated_at=bindparam("now"),
        )
        .returning(c.id, c.recipient_id, c.address, c.attempts)
    )


_CLAIMS = {False: _claim_statement(False), True: _claim_statement(True)}


def _outcome_update(status: LogStatus, **values: Any) -> DriverExecutemany:
    """UPDATE of one row's outcome, built and compiled once: building statements and
    processing their parameters cost more than running them, and the connection threads
    wait for the GIL meanwhile. Its parameters are named as in services.sending.classify."""
    return DriverExecutemany(
        update(LOG_TABLE)
        .where(LOG_TABLE.c.id == bindparam("_id"))
        .values(status=status, send_session_id=None, updated_at=bindparam("now"), **values)
    )


_OUTCOME_UPDATES = {
    "sent": _outcome_update(
        LogStatus.SENT,
        smtp_code=bindparam("code"),
        smtp_message=bindparam("msg"),
        message_id=bindparam("mid"),
        sent_at=bindparam("at"),
        attempts=bindparam("n"),
        next_attempt_at=None,
    ),
    "failed": _outcome_update(
        LogStatus.FAILED,
        smtp_code=bindparam("code"),
        smtp_message=bindparam("msg"),
        error=bindparam("err"),
        attempts=bindparam("n"),
        next_attempt_at=None,
    ),
    "retry": _outcome_update(
        LogStatus.TO_DELIVER,
        smtp_code=bindparam("code"),
        smtp_message=bindparam("msg"),
        next_attempt_at=bindparam("next"),
        attempts=bindparam("n"),
    ),
    "render": _outcome_update(LogStatus.RENDER_ERROR, error=bindparam("err")),
    "release": _outcome_update(LogStatus.TO_DELIVER, next_attempt_at=bindparam("next")),
    "cancel": _outcome_update(LogStatus.CANCELLED),
}
_COUNTERS_UPDATE = (
    update(_DELIVERY_TABLE)
    .where(_DELIVERY_TABLE.c.id == bindparam("d"))
    .values({name: _DELIVERY_TABLE.c[name] + bindparam(name) for name in COUNTER_NAMES})
)


def claim_due_rows(
    session: Session, delivery_id: int, session_id: str, count: int, now: datetime
) -> list[Job]:
    """Claims up to `count` due rows for the send session, with their recipients' fields,
    in row order: no two senders get the same row."""
    connection = session.connection()
    statement = _CLAIMS[connection.dialect.name == "postgresql"]
    claimed = connection.execute(
        statement, {"d": delivery_id, "now": now, "n": count, "sid": session_id}
    ).all()
    if not claimed:
        return []
    result = connection.execute(RECIPIENTS_BY_ID, {"ids": [row.recipient_id for row in claimed]})
    keys = list(result.keys())
    people = {row[0]: dict(zip(keys, row, strict=True)) for row in result}
    return [
        Job(row.id, row.recipient_id, row.address, row.attempts, people.get(row.recipient_id))
        for row in sorted(claimed, key=lambda r: r.id)
    ]


def write_outcomes(session: Session, delivery_id: int, session_id: str, batch: Classified) -> None:
    """Writes a classified batch: its rows, the delivery's counters, the hard bounces for
    the quarantine, and the send session's heartbeat."""
    connection = session.connection()
    for kind, params in batch.rows.items():
        if params:
            _OUTCOME_UPDATES[kind].run(connection, params)
    if any(batch.counters.values()):
        connection.execute(_COUNTERS_UPDATE, {"d": delivery_id, **batch.counters})
    for address, reason in batch.hard_bounces:
        record_hard_bounce(session, address, reason, delivery_id=delivery_id)
    send_sessions.heartbeat(session, session_id)


def count_to_deliver(session: Session, delivery_id: int) -> int:
    """Rows not claimed yet."""
    return session.scalar(
        select(func.count())
        .select_from(LOG_TABLE)
        .where(
            LOG_TABLE.c.delivery_id == delivery_id,
            LOG_TABLE.c.status == LogStatus.TO_DELIVER.value,
        )
    )


def remaining(session: Session, delivery_id: int) -> tuple[int, datetime | None]:
    """Rows still to send by anyone (a dead sender's rows handed out again first), and the
    earliest retry time among them."""
    send_sessions.release_dead_claims(session, delivery_id)
    c = LOG_TABLE.c
    count, earliest = session.execute(
        select(func.count(), func.min(c.next_attempt_at)).where(
            c.delivery_id == delivery_id,
            c.status.in_((LogStatus.TO_DELIVER.value, LogStatus.SENDING.value)),
        )
    ).one()
    return int(count or 0), as_utc(earliest) if earliest else None


def cancel_unsent(session: Session, delivery_id: int, reason: str, now: datetime) -> int:
    """Cancels the rows not sent (stop, validity over): rows never tried are cancelled,
    rows already tried fail as soft bounces. Counts them as processed; returns how many."""
    c = LOG_TABLE.c
    unsent = (c.delivery_id == delivery_id) & (c.status == LogStatus.TO_DELIVER.value)
    connection = session.connection()
    failed = connection.execute(
        update(LOG_TABLE)
        .where(unsent, c.attempts > 0)
        .values(
            status=LogStatus.FAILED.value,
            updated_at=now,
            next_attempt_at=None,
            error=f"soft bounce, not delivered: {reason}",
        )
    ).rowcount
    cancelled = connection.execute(
        update(LOG_TABLE)
        .where(unsent, c.attempts == 0)
        .values(status=LogStatus.CANCELLED.value, updated_at=now, next_attempt_at=None)
    ).rowcount
    if failed or cancelled:
        d = _DELIVERY_TABLE.c
        connection.execute(
            update(_DELIVERY_TABLE)
            .where(d.id == delivery_id)
            .values(
                processed=d.processed + (failed + cancelled),
                cancelled=d.cancelled + cancelled,
                failed=d.failed + failed,
                soft_bounces=d.soft_bounces + failed,
            )
        )
    return failed + cancelled
