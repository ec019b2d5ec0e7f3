"""How many deliveries may prepare or send at once (option NmsOperation_LimitConcurrency),
asked before a preparation starts and before a confirmed send starts."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.models import Delivery
from desktop.models.enums import DeliveryStatus
from desktop.services.settings.options import get_value

LIMIT_CONCURRENCY = "NmsOperation_LimitConcurrency"
# A delivery in these holds a place (a paused send waits without working).
BUSY_STATES = (DeliveryStatus.PREPARING, DeliveryStatus.IN_PROGRESS)


def concurrency_refusal(session: Session, delivery_id: int) -> str | None:
    """Why one more delivery may not start working now, or None when it may: the others
    preparing or sending already fill the option's limit (0 or less: no limit)."""
    limit = int(get_value(session, LIMIT_CONCURRENCY, default=0) or 0)
    if limit <= 0:
        return None
    busy = session.scalar(
        select(func.count()).where(Delivery.status.in_(BUSY_STATES), Delivery.id != delivery_id)
    )
    if busy is None or busy < limit:
        return None
    return (
        f"{busy} deliveries are preparing or sending: at most {limit} at once"
        f" (option {LIMIT_CONCURRENCY})"
    )
