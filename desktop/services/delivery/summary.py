"""A delivery at a glance: status, KPIs with their percentages, exclusions by cause.

What `delivery show` prints and what a dashboard can poll: two small queries, whatever
the size of the delivery (the counters live on the delivery row; the exclusions are one
GROUP BY over the delivery's log rows, served by its (delivery_id, status) index).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, and_, func, select
from sqlalchemy.orm import Session

from desktop.errors import NotFound
from desktop.models import COUNTER_COLUMNS, Delivery, DeliveryLog
from desktop.models.enums import Channel, DeliveryStatus, ExclusionCause, LogStatus
from desktop.services.delivery.kpis import percentages
from desktop.services.direct_mail.extraction_records import current_extraction

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
    shown = {
        "id": delivery.id,
        "label": delivery.label,
        "status": delivery.status.value,
        "channel": delivery.channel.value,
        "campaign_id": delivery.campaign_id,
        "kpis": kpis(delivery),
        "exclusions": exclusions(session, delivery.id),
        "error": delivery.error_message or "",
    }
    if delivery.channel is Channel.DIRECT_MAIL:
        # Its file, hand-off and results: what a mailing has instead of opens and clicks.
        extraction = current_extraction(session, delivery.id)
        shown["extraction"] = extraction.as_dict() if extraction is not None else None
    return shown


@dataclass(frozen=True)
class DeliveryOverview:
    """What a dashboard polls of a delivery: its state and preparation counters."""

    label: str
    status: DeliveryStatus
    channel: Channel
    targeted: int
    to_deliver: int
    to_exclude: int
    render_errors: int
    error: str
    prepared_at: datetime | None  # changes with each preparation: exclusions to read again


def overview(session: Session, delivery_id: int) -> DeliveryOverview | None:
    """The delivery's overview in one small query; None when it no longer exists."""
    row = session.execute(
        select(
            Delivery.label,
            Delivery.status,
            Delivery.channel,
            Delivery.targeted,
            Delivery.to_deliver,
            Delivery.to_exclude,
            Delivery.render_errors,
            Delivery.error_message,
            Delivery.prepared_at,
        ).where(Delivery.id == delivery_id)
    ).one_or_none()
    if row is None:
        return None
    return DeliveryOverview(
        label=row.label,
        status=row.status,
        channel=row.channel,
        targeted=row.targeted or 0,
        to_deliver=row.to_deliver or 0,
        to_exclude=row.to_exclude or 0,
        render_errors=row.render_errors or 0,
        error=row.error_message or "",
        prepared_at=row.prepared_at,
    )


def error_message(session: Session, delivery_id: int) -> str:
    """The delivery's last error ("" when none, or when the delivery no longer exists)."""
    query = select(Delivery.error_message).where(Delivery.id == delivery_id)
    return session.scalar(query) or ""
