"""What a mailing takes from stock: one unit per message of each item its provider's cost
structures name, from the first line holding that item in the provider's stocks.

An extraction run again replaces its delivery's consumption (the line's `consumed` moves
by the difference), so a line is never charged twice for one mailing. Crossing a line's
alert level (from at or above it to below it) queues an e-mail to the stock's operators.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session, selectinload

from desktop.models import CostStructure, Stock, StockConsumption, StockLine
from desktop.models.base import LOCK_FOR_CHANGE
from desktop.models.enums import JournalLevel
from desktop.services.delivery import journal
from desktop.services.notifications.queue import notify


@dataclass(frozen=True)
class StockShortfall:
    """A line an extraction would take below zero: `needed` more units than `in_stock`."""

    stock: str
    item: str
    in_stock: int
    needed: int


@dataclass(frozen=True)
class StockAlert:
    """A line that crossed its alert level; `notified` names the operators told."""

    stock: str
    item: str
    in_stock: int
    alert_level: int
    notified: tuple[str, ...]


@dataclass(frozen=True)
class LineNeed:
    """What one mailing takes from one item: `line` is None when no stock holds it."""

    item: str
    line: StockLine | None
    taken_before: int  # by this delivery's previous extraction
    needed: int  # units of this extraction

    @property
    def more(self) -> int:
        return self.needed - self.taken_before


def items_named(structures: Iterable[CostStructure]) -> list[str]:
    """The stock items the structures name, each once, in their order."""
    return list(dict.fromkeys(s.stock_item.strip() for s in structures if s.stock_item.strip()))


def line_for_item(
    session: Session, provider_id: int, item: str, *, lock: bool = False
) -> StockLine | None:
    statement = (
        select(StockLine)
        .join(Stock, Stock.id == StockLine.stock_id)
        .where(Stock.provider_id == provider_id, StockLine.item == item)
        .order_by(StockLine.id)
        .limit(1)
        .options(selectinload(StockLine.orders), selectinload(StockLine.stock))
    )
    if lock:
        statement = statement.with_for_update(of=StockLine, **LOCK_FOR_CHANGE)
    return session.scalar(statement)


def taken_by(session: Session, line_id: int, delivery_id: int) -> int:
    return (
        session.scalar(
            select(func.coalesce(func.sum(StockConsumption.quantity), 0)).where(
                StockConsumption.stock_line_id == line_id,
                StockConsumption.delivery_id == delivery_id,
            )
        )
        or 0
    )


def needs(
    session: Session,
    provider_id: int | None,
    structures: Iterable[CostStructure],
    delivery_id: int,
    count: int,
    *,
    lock: bool = False,
) -> list[LineNeed]:
    if provider_id is None:
        return []
    found = []
    for item in items_named(structures):
        line = line_for_item(session, provider_id, item, lock=lock)
        before = taken_by(session, line.id, delivery_id) if line is not None else 0
        found.append(LineNeed(item, line, before, max(count, 0)))
    return found


def shortfalls(lines: Iterable[LineNeed], today: date | None = None) -> list[StockShortfall]:
    """The lines this mailing would take below zero (no stock at all counts as none)."""
    short = []
    for need in lines:
        if need.line is None:
            if need.needed > 0:
                short.append(StockShortfall("", need.item, 0, need.needed))
            continue
        level = need.line.level(today)
        if level - need.more < 0:
            short.append(StockShortfall(need.line.stock.label, need.item, level, need.more))
    return short


def consume(
    session: Session, delivery_id: int, lines: Iterable[LineNeed], today: date | None = None
) -> list[StockAlert]:
    """Takes each line's units for this delivery (replacing what its previous extraction
    took) and queues the alerts of the lines that cross their level."""
    alerts = []
    for need in lines:
        line = need.line
        if line is None:
            journal.add(session, delivery_id, JournalLevel.WARNING, "stock.no_line", item=need.item)
            continue
        before = line.level(today)
        session.execute(
            delete(StockConsumption).where(
                StockConsumption.stock_line_id == line.id,
                StockConsumption.delivery_id == delivery_id,
            )
        )
        if need.needed:
            session.add(
                StockConsumption(
                    stock_line_id=line.id, delivery_id=delivery_id, quantity=need.needed
                )
            )
        # A Core update: the running total is no edit, and must not move the version an
        # open form holds.
        session.execute(
            update(StockLine.__table__)
            .where(StockLine.__table__.c.id == line.id)
            .values(consumed=StockLine.__table__.c.consumed + need.more)
        )
        session.expire(line, ["consumed"])
        after = before - need.more
        if after < line.alert_level <= before:
            alerts.append(_alert(session, delivery_id, line, after))
    return alerts


def _alert(session: Session, delivery_id: int, line: StockLine, level: int) -> StockAlert:
    stock = line.stock
    operators = list(stock.operators)
    subject = f"Stock alert: {line.item} ({stock.label}) is below its alert level"
    body = (
        f"The stock line {line.item!r} of the stock {stock.label!r} holds {level} units, "
        f"below its alert level of {line.alert_level}.\n\n"
        "An extraction has just taken units from it; order more before the next mailing."
    )
    notify(session, [operator.id for operator in operators], subject, body, delivery_id=delivery_id)
    if not operators:
        journal.add(
            session, delivery_id, JournalLevel.WARNING, "stock.alert_unsent",
            item=line.item, stock=stock.label,
        )  # fmt: skip
    named = tuple(sorted(operator.name for operator in operators if operator.email.strip()))
    return StockAlert(stock.label, line.item, level, line.alert_level, named)
