"""Journal lines of a delivery (info / warning / error), shown by the Logs window."""

from __future__ import annotations

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from desktop.models import JournalLine
from desktop.models.enums import JournalLevel


def add(session: Session, delivery_id: int, level: JournalLevel, message: str) -> None:
    session.add(JournalLine(delivery_id=delivery_id, level=level, message=message))


def lines(session: Session, delivery_id: int) -> list[JournalLine]:
    return list(
        session.scalars(
            select(JournalLine)
            .where(JournalLine.delivery_id == delivery_id)
            .order_by(JournalLine.id)
        )
    )


def clear(session: Session, delivery_id: int) -> None:
    session.execute(delete(JournalLine).where(JournalLine.delivery_id == delivery_id))
