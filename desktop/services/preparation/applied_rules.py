"""Which typology rules a delivery's last preparation applied: its typology's active rules
then. An edit of one of them sends the deliveries it prepared, not yet confirmed, back to
Being edited (services.delivery.typology_invalidation)."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from desktop.models import delivery_applied_rule

T = delivery_applied_rule


def record(session: Session, delivery_id: int, rule_ids: Iterable[int]) -> None:
    """Replaces what the delivery's last preparation applied."""
    clear(session, delivery_id)
    rows = [{"delivery_id": delivery_id, "rule_id": rule_id} for rule_id in set(rule_ids)]
    if rows:
        session.execute(insert(T), rows)


def clear(session: Session, delivery_id: int) -> None:
    session.execute(delete(T).where(T.c.delivery_id == delivery_id))


def applied(session: Session, delivery_id: int) -> list[int]:
    return sorted(session.scalars(select(T.c.rule_id).where(T.c.delivery_id == delivery_id)))
