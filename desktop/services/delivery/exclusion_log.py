"""The exclusion log of a prepared delivery: who was left out, why, and by which rule.

Rows are the delivery-log rows excluded with a cause, plus the messages that failed to
render (cause `render_error`, with the reason). Read a page at a time, sorted and
filtered in the database, and exported to CSV in batches: a million exclusions never sit
in memory at once. The export is safe to open in a spreadsheet (services.runtime.csv_export).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO, Any

from sqlalchemy import ColumnElement, Select, func, or_, select
from sqlalchemy.orm import Session

from desktop.errors import ValidationError
from desktop.models import DeliveryLog, Recipient
from desktop.models.enums import ExclusionCause, LogStatus, Right
from desktop.services.access.rights import Actor, require
from desktop.services.delivery.summary import prepared_logs
from desktop.services.runtime.csv_export import spreadsheet_safe_writer

RENDER_ERROR = "render_error"  # shown in the cause column for a message that failed to render
CAUSES = (*(c.value for c in ExclusionCause), RENDER_ERROR)

# Sortable columns: name -> SQL expression (ties broken by recipient id)
_NAME = func.trim(Recipient.first_name + " " + Recipient.last_name)
_CAUSE = func.coalesce(DeliveryLog.exclusion_cause, RENDER_ERROR)
SORT_KEYS: dict[str, Any] = {
    "recipient_id": DeliveryLog.recipient_id,
    "recipient": _NAME,
    "address": DeliveryLog.address,
    "cause": _CAUSE,
    "rule": DeliveryLog.rule_name,
    "reason": DeliveryLog.error,
}
CSV_COLUMNS = ("recipient_id", "recipient", "address", "cause", "rule", "reason")
EXPORT_BATCH = 5000


@dataclass(frozen=True)
class ExclusionRow:
    recipient_id: int
    recipient: str
    address: str
    cause: str
    rule: str
    reason: str

    def as_tuple(self) -> tuple[Any, ...]:
        return (self.recipient_id, self.recipient, self.address, self.cause, self.rule, self.reason)


@dataclass(frozen=True)
class ExclusionFilter:
    """Which rows: one cause (or all), and a text found in the name, address or rule."""

    cause: str | None = None
    search: str = ""

    def conditions(self) -> list[ColumnElement[bool]]:
        where: list[ColumnElement[bool]] = []
        if self.cause == RENDER_ERROR:
            where.append(DeliveryLog.status == LogStatus.RENDER_ERROR)
        elif self.cause:
            try:
                cause = ExclusionCause(self.cause)
            except ValueError:
                raise ValidationError(
                    "cause", f"must be one of {', '.join(CAUSES)}", self.cause
                ) from None
            where.append(DeliveryLog.exclusion_cause == cause)
        else:
            where.append(DeliveryLog.status.in_([LogStatus.EXCLUDED, LogStatus.RENDER_ERROR]))
        text = self.search.strip()
        if text:
            where.append(
                or_(
                    _NAME.contains(text, autoescape=True),
                    DeliveryLog.address.contains(text, autoescape=True),
                    DeliveryLog.rule_name.contains(text, autoescape=True),
                )
            )
        return where


def _query(delivery_id: int, where: ExclusionFilter) -> Select[Any]:
    return (
        select(
            DeliveryLog.recipient_id,
            _NAME,
            DeliveryLog.address,
            _CAUSE,
            func.coalesce(DeliveryLog.rule_name, ""),
            func.coalesce(DeliveryLog.error, ""),
        )
        .join(Recipient, Recipient.id == DeliveryLog.recipient_id)
        .where(prepared_logs(delivery_id), *where.conditions())
    )


def count(session: Session, delivery_id: int, where: ExclusionFilter | None = None) -> int:
    query = _query(delivery_id, where or ExclusionFilter())
    return session.scalar(select(func.count()).select_from(query.subquery())) or 0


def page(
    session: Session,
    delivery_id: int,
    where: ExclusionFilter | None = None,
    *,
    sort: str = "recipient_id",
    descending: bool = False,
    offset: int = 0,
    limit: int = 200,
) -> list[ExclusionRow]:
    """One page of the exclusion log, sorted by `sort` (a key of SORT_KEYS)."""
    if sort not in SORT_KEYS:
        raise ValidationError("sort", f"must be one of {', '.join(SORT_KEYS)}", sort)
    key = SORT_KEYS[sort]
    order = [key.desc() if descending else key.asc(), DeliveryLog.recipient_id]
    query = _query(delivery_id, where or ExclusionFilter()).order_by(*order)
    rows = session.execute(query.offset(offset).limit(limit))
    return [ExclusionRow(*row) for row in rows]


def _batches(session: Session, delivery_id: int, where: ExclusionFilter) -> Iterator[list[Any]]:
    """Every matching row by recipient id, a batch at a time (keyset: no growing OFFSET)."""
    last = 0
    query = _query(delivery_id, where).order_by(DeliveryLog.recipient_id)
    while True:
        batch = list(
            session.execute(query.where(DeliveryLog.recipient_id > last).limit(EXPORT_BATCH))
        )
        if not batch:
            return
        yield batch
        last = batch[-1][0]


def export_csv(
    session: Session,
    actor: Actor,
    delivery_id: int,
    out: IO[str],
    where: ExclusionFilter | None = None,
) -> int:
    """Writes the exclusion log as CSV (a header, then one line per row); returns the rows.
    Names, addresses and reasons that a spreadsheet would run as a formula are neutralised."""
    require(actor, Right.EXPORT, "export the exclusion log")
    writer = spreadsheet_safe_writer(out)
    writer.writerow(CSV_COLUMNS)
    written = 0
    for batch in _batches(session, delivery_id, where or ExclusionFilter()):
        writer.writerows(batch)
        written += len(batch)
    return written
