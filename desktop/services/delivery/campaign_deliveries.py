"""A campaign's own dashboard: its deliveries, each with its status and KPIs, read in one
small query from the delivery rows' counters (never from their logs)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import Delivery
from desktop.models.enums import Channel, DeliveryStatus
from desktop.services.delivery.kpis import percentages

# A campaign holds a few deliveries, rarely a hundred: past this many the newest are shown.
SHOWN_AT_MOST = 500


@dataclass(frozen=True)
class CampaignDelivery:
    id: int
    label: str
    channel: Channel
    status: DeliveryStatus
    contact_date: datetime | None
    targeted: int
    to_deliver: int
    delivered: int
    opens: int
    clicks: int
    failed: int
    percentages: dict[str, float]


def campaign_deliveries(session: Session, campaign_id: int) -> list[CampaignDelivery]:
    """The campaign's deliveries, oldest first (the newest SHOWN_AT_MOST of them)."""
    rows = session.execute(
        select(
            Delivery.id,
            Delivery.label,
            Delivery.channel,
            Delivery.status,
            Delivery.contact_date,
            Delivery.targeted,
            Delivery.to_deliver,
            Delivery.delivered,
            Delivery.opens,
            Delivery.clicks,
            Delivery.failed,
        )
        .where(Delivery.campaign_id == campaign_id)
        .order_by(Delivery.id.desc())
        .limit(SHOWN_AT_MOST)
    ).all()
    found = []
    for row in reversed(rows):
        values = dict(row._mapping)
        counters = {name: int(values[name] or 0) for name in (
            "targeted", "to_deliver", "delivered", "opens", "clicks", "failed")}  # fmt: skip
        found.append(
            CampaignDelivery(
                id=row.id,
                label=row.label,
                channel=row.channel,
                status=row.status,
                contact_date=row.contact_date,
                percentages=percentages(counters),
                **counters,
            )
        )
    return found
