"""Which processes are sending a delivery, and handing a dead sender's rows out again.

A send process registers a session and refreshes its heartbeat while it runs. A session is
dead when its process is gone (same machine: the pid no longer exists) or its heartbeat is
older than HEARTBEAT_TIMEOUT (another machine sharing a PostgreSQL database).
"""

from __future__ import annotations

import os
import socket
import uuid
from datetime import UTC, datetime, timedelta

from sqlalchemy import delete, select, update
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
    live = [row.id for row in sessions if row.id not in dead]
    claimed = (DeliveryLog.delivery_id == delivery_id) & (DeliveryLog.status == LogStatus.SENDING)
    if live:
        # Rows claimed by a session that no longer exists at all are orphans too.
        claimed &= DeliveryLog.send_session_id.not_in(live) | DeliveryLog.send_session_id.is_(None)
    released = session.execute(
        update(DeliveryLog)
        .where(claimed)
        .values(status=LogStatus.TO_DELIVER, send_session_id=None, updated_at=now)
        .execution_options(synchronize_session=False)
    ).rowcount
    if dead:
        session.execute(delete(SendSession).where(SendSession.id.in_(dead)))
    return released or 0
