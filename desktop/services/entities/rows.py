"""Objects as rows of plain values (ids, names, statuses, dates): what the command line's
`campaign list`, `operator list` and `delivery list` print, and scripts read as JSON."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from desktop.models import Campaign, Delivery, Operator
from desktop.models.enums import DeliveryStatus


def campaign_rows(session: Session) -> list[dict[str, Any]]:
    """Every campaign, by id, with its owner's operator name."""
    query = (
        select(
            Campaign.id,
            Campaign.label,
            Operator.name.label("owner"),
            Campaign.program_id,
            Campaign.start_date,
            Campaign.end_date,
        )
        .outerjoin(Operator, Operator.id == Campaign.owner_id)
        .order_by(Campaign.id)
    )
    return [dict(row._mapping) for row in session.execute(query)]


def operator_rows(session: Session) -> list[dict[str, Any]]:
    """Every operator, by name, with the names of its groups."""
    query = select(Operator).options(selectinload(Operator.groups)).order_by(Operator.name)
    return [
        {
            "id": op.id,
            "name": op.name,
            "label": op.label,
            "active": op.active,
            "groups": sorted(group.name for group in op.groups),
        }
        for op in session.scalars(query)
    ]


def delivery_rows(
    session: Session, status: DeliveryStatus | None = None, limit: int = 0
) -> list[dict[str, Any]]:
    """The newest deliveries first, `limit` of them at most (0: all), of one status if given."""
    query = select(
        Delivery.id,
        Delivery.label,
        Delivery.status,
        Delivery.channel,
        Delivery.campaign_id,
        Delivery.contact_date,
        Delivery.to_deliver,
        Delivery.delivered,
    ).order_by(Delivery.id.desc())
    if status is not None:
        query = query.where(Delivery.status == status)
    if limit > 0:
        query = query.limit(limit)
    return [dict(row._mapping) for row in session.execute(query)]
