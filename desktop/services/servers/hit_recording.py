"""Recording tracking hits: their tracking-log rows and the delivery's counters, decided by
the database.

Two tracking servers may record into one database (the application's embedded one and
`campaign-console tracking serve`), and one hit may be recorded twice (a spool replayed
after a crash, services.servers.hit_spool). So nothing here trusts what a process has
seen: a hit's row is inserted once (its hit id is unique), a recipient's first open,
click and unsubscription once (models.TrackingFirst's key), each by an
`INSERT ... ON CONFLICT DO NOTHING ... RETURNING` through SQLAlchemy's SQLite and
PostgreSQL inserts; the counters move by the rows the database really inserted, in the
same transaction.
"""

from __future__ import annotations

import uuid
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Table, select, update
from sqlalchemy.orm import Session

from desktop.models import Delivery, Recipient, TrackingFirst, TrackingLog, utcnow
from desktop.models.enums import TrackingKind

_LOG = TrackingLog.__table__
_FIRST = TrackingFirst.__table__
_DELIVERY = Delivery.__table__
# Which first each kind of hit may be: a click proves the message was opened too
# (domain.md §3.2); a mirror page view is in the logs but counts for nothing.
_FIRSTS = {
    TrackingKind.OPEN: (TrackingKind.OPEN,),
    TrackingKind.CLICK: (TrackingKind.OPEN, TrackingKind.CLICK),
    TrackingKind.UNSUBSCRIBE: (TrackingKind.UNSUBSCRIBE,),
    TrackingKind.MIRROR: (),
}
_DISTINCT_COUNTERS = {
    TrackingKind.OPEN: "opens",
    TrackingKind.CLICK: "clicks",
    TrackingKind.UNSUBSCRIBE: "unsubscriptions",
}
_TOTAL_COUNTERS = {TrackingKind.OPEN: "total_opens", TrackingKind.CLICK: "total_clicks"}


def new_hit_id() -> str:
    return uuid.uuid4().hex


@dataclass(frozen=True)
class Hit:
    """One answered request of the tracking server."""

    delivery_id: int
    recipient_id: int
    kind: TrackingKind
    url: str
    user_agent: str
    at: datetime
    hit_id: str = field(default_factory=new_hit_id)


def _insert_ignoring_duplicates(session: Session, table: Table) -> Any:
    """INSERT ... ON CONFLICT DO NOTHING, in the session's dialect."""
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as dialect_insert
    else:
        from sqlalchemy.dialects.sqlite import insert as dialect_insert
    return dialect_insert(table).on_conflict_do_nothing()


def record_hits(session: Session, hits: list[Hit]) -> int:
    """Records the hits in the caller's transaction; returns how many were new (not
    recorded before, for a delivery and a recipient that still exist)."""
    known_deliveries = set(
        session.scalars(select(Delivery.id).where(Delivery.id.in_({h.delivery_id for h in hits})))
    )
    known_recipients = set(
        session.scalars(
            select(Recipient.id).where(Recipient.id.in_({h.recipient_id for h in hits}))
        )
    )
    # A token stays valid after its delivery or recipient is deleted: skip those.
    hits = [
        h for h in hits if h.delivery_id in known_deliveries and h.recipient_id in known_recipients
    ]
    if not hits:
        return 0
    inserted = session.execute(
        _insert_ignoring_duplicates(session, _LOG).returning(_LOG.c.delivery_id, _LOG.c.kind),
        [
            {
                "hit_id": h.hit_id,
                "delivery_id": h.delivery_id,
                "recipient_id": h.recipient_id,
                "kind": h.kind,
                "url": h.url,
                "user_agent": h.user_agent,
                "created_at": h.at,
            }
            for h in hits
        ],
    ).all()
    changes: Counter[tuple[int, str]] = Counter()
    for delivery_id, kind in inserted:
        if kind in _TOTAL_COUNTERS:
            changes[delivery_id, _TOTAL_COUNTERS[kind]] += 1

    firsts: dict[tuple[int, TrackingKind, int], datetime] = {}
    for h in hits:
        for kind in _FIRSTS[h.kind]:
            key = (h.delivery_id, kind, h.recipient_id)
            firsts[key] = min(h.at, firsts.get(key, h.at))
    if firsts:
        new_firsts = session.execute(
            _insert_ignoring_duplicates(session, _FIRST).returning(
                _FIRST.c.delivery_id, _FIRST.c.kind
            ),
            [
                {"delivery_id": d, "kind": kind, "recipient_id": r, "created_at": at}
                for (d, kind, r), at in firsts.items()
            ],
        ).all()
        for delivery_id, kind in new_firsts:
            changes[delivery_id, _DISTINCT_COUNTERS[kind]] += 1

    by_delivery: dict[int, dict[str, int]] = {}
    for (delivery_id, name), n in changes.items():
        by_delivery.setdefault(delivery_id, {})[name] = n
    for delivery_id, counts in by_delivery.items():
        session.execute(
            update(_DELIVERY)
            .where(_DELIVERY.c.id == delivery_id)
            .values({name: _DELIVERY.c[name] + n for name, n in counts.items()})
        )
    unsubscribed = {h.recipient_id for h in hits if h.kind is TrackingKind.UNSUBSCRIBE}
    if unsubscribed:
        # The opt-out follows the recipient (domain.md §3.1, denylisted).
        session.execute(
            update(Recipient)
            .where(Recipient.id.in_(unsubscribed))
            .values(denylisted=True, updated_at=utcnow())
        )
    return len(inserted)
