"""A delivery at a glance: status, KPIs with their percentages, exclusions by cause.

What `delivery show` prints and what a dashboard can poll: two small queries, whatever
the size of the delivery (the counters live on the delivery row; the exclusions are one
GROUP BY over the delivery's log rows, served by its (delivery_id, status) index).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, and_, func, select
from sqlalchemy.orm import Session

from desktop.errors import NotFound
from desktop.models import COUNTER_COLUMNS, Delivery, DeliveryLog
from desktop.models.enums import DeliveryStatus, ExclusionCause, LogStatus
from desktop.services.delivery.kpis import percentages

PERCENT_SUFFIX = "_percent"


def kpis(delivery: Delivery) -> dict[str, Any]:
    values: dict[str, Any] = {name: getattr(delivery, name) or 0 for name in COUNTER_COLUMNS}
    for name, percent in percentages(values).items():
        values[name + PERCENT_SUFFIX] = percent
    return values


def prepared_logs(delivery_id: int) -> ColumnElement[bool]:
    """The delivery's log rows, unless it is being prepared: a new preparation deletes the
    last one's rows on a thread of its own (services.preparation.log_removal), and until it
    has, they are no longer this delivery's results."""
    status = select(Delivery.status).where(Delivery.id == delivery_id).scalar_subquery()
    return and_(DeliveryLog.delivery_id == delivery_id, status != DeliveryStatus.PREPARING)


def exclusions(session: Session, delivery_id: int) -> dict[str, int]:
    """{cause machine name: recipients excluded for it}, only the causes present, in the
    order in which the causes apply."""
    rows = session.execute(
        select(DeliveryLog.exclusion_cause, func.count())
        .where(
            prepared_logs(delivery_id),
            DeliveryLog.status == LogStatus.EXCLUDED,
            DeliveryLog.exclusion_cause.is_not(None),
        )
        .group_by(DeliveryLog.exclusion_cause)
    )
    counts = dict(rows.all())
    return {cause.value: counts[cause] for cause in ExclusionCause if cause in counts}


def summary(session: Session, delivery_id: int) -> dict[str, Any]:
    delivery = session.get(Delivery, delivery_id)
    if delivery is None:
        raise NotFound("delivery", delivery_id)
    return {
        "id": delivery.id,
        "label": delivery.label,
        "status": delivery.status.value,
        "channel": delivery.channel.value,
        "campaign_id": delivery.campaign_id,
        "kpis": kpis(delivery),
        "exclusions": exclusions(session, delivery.id),
        "error": delivery.error_message or "",
    }
