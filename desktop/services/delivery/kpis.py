"""The KPIs of a delivery (domain.md §3.2), read in one small query from its counters.

The counters live on the delivery row and move in the same transaction as the log rows
they summarise, so the dashboard can read them every second whatever the delivery's size,
and whichever process sends or records tracking hits.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.errors import NotFound
from desktop.models import Delivery
from desktop.models.enums import DeliveryStatus

KPI_NAMES = (
    "targeted",
    "to_deliver",
    "to_exclude",
    "delivered",
    "opens",
    "clicks",
    "failed",
    "hard_bounces",
    "soft_bounces",
    "unsubscriptions",
    "total_opens",
    "total_clicks",
    "cancelled",
    "processed",
)

# KPI -> the KPI its percentage is of: the "percentage of" column of domain.md §3.2, and
# only that (processed is the progress of a send, shown as a count of to_deliver).
PERCENT_OF = {
    "delivered": "targeted",
    "opens": "delivered",
    "clicks": "delivered",
    "failed": "to_deliver",
    "hard_bounces": "to_deliver",
    "soft_bounces": "to_deliver",
    "unsubscriptions": "delivered",
}


@dataclass(frozen=True)
class DeliveryKpis:
    delivery_id: int
    status: DeliveryStatus
    values: dict[str, int]
    started_at: datetime | None = None
    finished_at: datetime | None = None
    percentages: dict[str, float] = field(default_factory=dict)
    # When the counters were read (time.time()): of two readings, the later one is the
    # truth, whichever reaches a view first (a worker's report travels through a queue).
    read_at: float = field(default_factory=time.time, compare=False)

    def is_older_than(self, other: DeliveryKpis | None) -> bool:
        return other is not None and self.read_at < other.read_at

    def __getitem__(self, name: str) -> int:
        return self.values[name]

    def as_dict(self) -> dict[str, Any]:
        """The JSON shape of `delivery show --json` and `delivery send --json`."""
        return {
            **self.values,
            "percentages": self.percentages,
            "status": self.status.value,
        }


def percentage(part: int, whole: int) -> float:
    """`part` as a percentage of `whole`, to one decimal (as the dashboard shows it); 0 when
    there is no whole yet."""
    return round(100.0 * part / whole, 1) if whole else 0.0


def percentages(values: dict[str, int]) -> dict[str, float]:
    """{KPI: its percentage of the KPI PERCENT_OF names} for the KPIs of PERCENT_OF."""
    return {
        name: percentage(values.get(name, 0), values.get(base, 0))
        for name, base in PERCENT_OF.items()
    }


_COLUMNS = [getattr(Delivery, name) for name in KPI_NAMES]


def delivery_kpis(session: Session, delivery_id: int) -> DeliveryKpis:
    # Before the query: a statement started later sees at least what this one sees.
    read_at = time.time()
    row = session.execute(
        select(Delivery.status, Delivery.started_at, Delivery.finished_at, *_COLUMNS).where(
            Delivery.id == delivery_id
        )
    ).one_or_none()
    if row is None:
        raise NotFound("delivery", delivery_id)
    values = {name: int(row[3 + i] or 0) for i, name in enumerate(KPI_NAMES)}
    return DeliveryKpis(
        delivery_id=delivery_id,
        status=row[0],
        values=values,
        started_at=row[1],
        finished_at=row[2],
        percentages=percentages(values),
        read_at=read_at,
    )
