"""Which processes are sending a delivery, and handing a dead sender's rows out again.

A send process registers a session and refreshes its heartbeat while it runs (with each
outcome batch, and every HEARTBEAT_INTERVAL while it waits: paused, or for other senders'
last rows). A session is dead when its process is gone (same machine: the pid no longer
exists) or its heartbeat is older than HEARTBEAT_TIMEOUT (another machine sharing a
PostgreSQL database). A database outage longer than that makes every sender look dead to
the first one back: the rows the others held are then handed out again, and those on the
wire at the outage may reach their recipients twice, as after a crash.
"""

from __future__ import annotations

import os
import socket
import uuid
from datetime import UTC, datetime, timedelta

from sqlalchemy import delete, exists, select, update
from sqlalchemy.orm import Session

from desktop.models import DeliveryLog, SendSession, utcnow
from desktop.models.enums import LogStatus

HEARTBEAT_INTERVAL = timedelta(seconds=3)
HEARTBEAT_TIMEOUT = timedelta(seconds=30)
HOSTNAME = socket.gethostname()[:255]


def as_utc(moment: datetime) -> datetime:
    """SQLite gives back naive UTC datetimes, PostgreSQL aware ones: compare them as aware."""
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment


def _process_exists(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def is_alive(row: SendSession, now: datetime | None = None) -> bool:
    now = now or utcnow()
    if row.hostname == HOSTNAME and row.pid != os.getpid() and not _process_exists(row.pid):
        return False
    return now - as_utc(row.heartbeat_at) < HEARTBEAT_TIMEOUT


def register(session: Session, delivery_id: int) -> str:
    session_id = uuid.uuid4().hex
    session.add(
        SendSession(id=session_id, delivery_id=delivery_id, hostname=HOSTNAME, pid=os.getpid())
    )
    return session_id


def heartbeat(session: Session, session_id: str) -> None:
    session.execute(
        update(SendSession).where(SendSession.id == session_id).values(heartbeat_at=utcnow())
    )


def keep_alive(session: Session, session_id: str, delivery_id: int) -> None:
    """Refreshes the heartbeat; registers the session again if another sender removed it
    as dead (its heartbeat stopped while the database was unreachable)."""
    refreshed = session.execute(
        update(SendSession).where(SendSession.id == session_id).values(heartbeat_at=utcnow())
    ).rowcount
    if not refreshed:
        session.add(
            SendSession(id=session_id, delivery_id=delivery_id, hostname=HOSTNAME, pid=os.getpid())
        )


def unregister(session: Session, session_id: str) -> None:
    session.execute(delete(SendSession).where(SendSession.id == session_id))


def live_sessions(session: Session, delivery_id: int) -> list[SendSession]:
    rows = session.scalars(select(SendSession).where(SendSession.delivery_id == delivery_id))
    now = utcnow()
    return [row for row in rows if is_alive(row, now)]


def release_dead_claims(session: Session, delivery_id: int) -> int:
    """Rows a dead sender held go back to `to_deliver`; its session rows are removed.

    Returns how many rows were handed back (their messages may have left: at most the
    dead sender's in-flight rows can reach a recipient twice)."""
    sessions = list(
        session.scalars(select(SendSession).where(SendSession.delivery_id == delivery_id))
    )
    now = utcnow()
    dead = [row.id for row in sessions if not is_alive(row, now)]
    if dead:
        session.execute(delete(SendSession).where(SendSession.id.in_(dead)))
    # One statement decides which rows have no live owner (no session row any more: dead,
    # or an orphan), so a sender that registers and claims meanwhile keeps its rows.
    owned = exists().where(SendSession.id == DeliveryLog.send_session_id)
    released = session.execute(
        update(DeliveryLog)
        .where(
            DeliveryLog.delivery_id == delivery_id,
            DeliveryLog.status == LogStatus.SENDING,
            DeliveryLog.send_session_id.is_(None) | ~owned,
        )
        .values(status=LogStatus.TO_DELIVER, send_session_id=None, updated_at=now)
        .execution_options(synchronize_session=False)
    ).rowcount
    return released or 0


def release_own_claims(session: Session, delivery_id: int, session_id: str) -> int:
    """Rows still `sending` under this session go back to `to_deliver`: after the database
    came back, a claim whose commit was not confirmed may have taken rows this sender never
    received. Only called while it holds none in memory."""
    return (
        session.execute(
            update(DeliveryLog)
            .where(
                DeliveryLog.delivery_id == delivery_id,
                DeliveryLog.status == LogStatus.SENDING,
                DeliveryLog.send_session_id == session_id,
            )
            .values(status=LogStatus.TO_DELIVER, send_session_id=None, updated_at=utcnow())
            .execution_options(synchronize_session=False)
        ).rowcount
        or 0
    )


def still_held(session: Session, session_id: str, row_ids: list[int]) -> set[int]:
    """Which of these rows are still `sending` under this session: the others' outcomes
    were written already (a commit whose confirmation the connection lost)."""
    held: set[int] = set()
    for start in range(0, len(row_ids), 1000):
        chunk = row_ids[start : start + 1000]
        held.update(
            session.scalars(
                select(DeliveryLog.id).where(
                    DeliveryLog.id.in_(chunk),
                    DeliveryLog.status == LogStatus.SENDING,
                    DeliveryLog.send_session_id == session_id,
                )
            )
        )
    return held
