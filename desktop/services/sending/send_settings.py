"""How one delivery is sent: connections, hourly limits, retries and the validity period."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from desktop.models import Delivery, utcnow
from desktop.services.sending.send_sessions import as_utc
from desktop.services.settings.options import get_value


@dataclass(frozen=True)
class SendSettings:
    connections: int
    messages_per_connection: int
    messages_per_hour: int | None
    messages_per_hour_per_domain: int | None
    retry_count: int
    retry_period: float
    validity_end: datetime

    def backoff(self, attempts: int) -> timedelta:
        """Spacing before retry number `attempts`: the retry period, doubled each time."""
        return timedelta(seconds=self.retry_period * (2 ** max(0, attempts - 1)))


def send_settings_of(session: Session, delivery: Delivery) -> SendSettings:
    """The delivery's own settings, with the retry and validity options where it has none."""
    validity = delivery.validity_seconds or int(
        get_value(session, "NmsBroadcast_MsgValidityDuration")
    )
    started = as_utc(delivery.started_at) if delivery.started_at else utcnow()
    return SendSettings(
        connections=max(1, delivery.max_connections or 1),
        messages_per_connection=max(1, delivery.messages_per_connection or 1000),
        messages_per_hour=delivery.messages_per_hour or None,
        messages_per_hour_per_domain=delivery.messages_per_hour_per_domain or None,
        retry_count=int(get_value(session, "NmsEmail_RetryCount")),
        retry_period=float(get_value(session, "NmsEmail_RetryPeriod")),
        validity_end=started + timedelta(seconds=validity),
    )
