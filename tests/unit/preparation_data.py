"""Small, readable data sets for the preparation tests: recipients, deliveries, rules."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from desktop.models import (
    Delivery,
    DeliveryLog,
    Option,
    QuarantinedAddress,
    Recipient,
    Typology,
    TypologyRule,
    normalize_address,
)
from desktop.models.enums import LogStatus

HTML = (
    "<p>Hello {{ recipient.first_name }},</p>"
    '<p><a href="{{ unsubscribe_url }}">Unsubscribe</a> - '
    '<a href="{{ mirror_url }}">View online</a></p>'
)


def add_recipient(session: Session, email: str, **fields: Any) -> int:
    fields.setdefault("first_name", "Ann")
    fields.setdefault("last_name", "Smith")
    fields.setdefault("country", "FR")
    recipient = Recipient(email=email, email_key=normalize_address(email), **fields)
    session.add(recipient)
    session.flush()
    return recipient.id


def add_delivery(session: Session, **fields: Any) -> int:
    values: dict[str, Any] = {
        "label": "Spring newsletter",
        "subject": "News for {{ recipient.first_name }}",
        "sender_address": "news@example.com",
        "sender_name": "Example",
        "html": HTML,
        "text": "Hello {{ recipient.first_name }}. Unsubscribe: {{ unsubscribe_url }}",
        "audience_filter": {"and": []},
    }
    values.update(fields)
    delivery = Delivery(**values)
    session.add(delivery)
    session.flush()
    return delivery.id


def add_typology(session: Session, name: str, *rules: dict[str, Any]) -> int:
    typology = Typology(name=name, label=name)
    for rule in rules:
        typology.rules.append(TypologyRule(**rule))
    session.add(typology)
    session.flush()
    return typology.id


def quarantine(session: Session, address: str) -> None:
    session.add(QuarantinedAddress(address=normalize_address(address), reason="hard bounce"))
    session.flush()


def set_flag(session: Session, name: str, value: str) -> None:
    option = session.scalar(select(Option).where(Option.name == name))
    assert option is not None
    option.value = value


def add_sent_messages(
    session: Session, recipient_id: int, count: int, days_ago: float, label: str = "Earlier"
) -> None:
    """`count` earlier deliveries, each having sent one message to the recipient."""
    sent_at = datetime.now(UTC) - timedelta(days=days_ago)
    for number in range(count):
        earlier = add_delivery(session, label=f"{label} {number}")
        session.add(
            DeliveryLog(
                delivery_id=earlier,
                recipient_id=recipient_id,
                status=LogStatus.SENT,
                address="x@example.com",
                sent_at=sent_at,
            )
        )
    session.flush()


def log_rows(sessions: sessionmaker[Session], delivery_id: int) -> dict[int, DeliveryLog]:
    with sessions() as session:
        rows = session.scalars(select(DeliveryLog).where(DeliveryLog.delivery_id == delivery_id))
        return {row.recipient_id: row for row in rows}


def causes(sessions: sessionmaker[Session], delivery_id: int) -> dict[int, str | None]:
    """recipient id -> exclusion cause (None for a message to deliver)."""
    return {
        rid: (row.exclusion_cause.value if row.exclusion_cause else None)
        for rid, row in log_rows(sessions, delivery_id).items()
    }
