"""Journal lines of a delivery (info / warning / error), shown by the Logs window.

A line is a message key with parameters (journal_messages.MESSAGES): the viewer reads it
in their language. `add(session, delivery_id, level, "send.paused_by", operator=name)`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from desktop.models import JournalLine
from desktop.models.enums import JournalLevel
from desktop.services.delivery.journal_messages import check, english


@dataclass(frozen=True)
class Line:
    """A line not written yet (a preparation collects its lines until it ends)."""

    level: JournalLevel
    key: str
    params: dict[str, Any] = field(default_factory=dict)

    @property
    def text(self) -> str:
        return english(self.key, self.params)


def line(level: JournalLevel, key: str, /, **params: Any) -> Line:
    """A line to write later; its key and parameters are checked now."""
    check(key, params)
    return Line(level, key, params)


def add(
    session: Session, delivery_id: int, level: JournalLevel, key: str, /, **params: Any
) -> JournalLine:
    """Writes a line; raises UnknownJournalLine when the key or its parameters do not match
    journal_messages.MESSAGES."""
    row = JournalLine(
        delivery_id=delivery_id,
        level=level,
        key=key,
        params=params,
        message=english(key, params),
    )
    session.add(row)
    return row


def add_line(session: Session, delivery_id: int, written: Line) -> JournalLine:
    return add(session, delivery_id, written.level, written.key, **written.params)


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
