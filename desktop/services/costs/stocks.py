"""Stocks (domain.md §6): named, per provider, with lines (item, initial stock, consumed,
in stock, alert level, orders) and the operators told when a line crosses its alert level.

In stock = initial - consumed + the orders arrived: an order enters stock on its date, so
one dated in the future does not count yet. Creating and ordering are an administrator's
(ADMINISTRATION), as every Administration object; reading is everyone's.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from desktop.errors import NotFound, ValidationError
from desktop.models import Operator, Stock, StockConsumption, StockLine, StockOrder
from desktop.models.enums import Right
from desktop.services import entities
from desktop.services.access import audit
from desktop.services.access.rights import Actor, require
from desktop.services.entities.base import find_by

MAX_UNITS = 2**31 - 1  # what the integer columns hold on every database


def find_stock(session: Session, name: str | int) -> Stock:
    """A stock by its label (or, when no label matches, by its id written as digits); an
    int is an id."""
    if isinstance(name, int):
        stock = session.get(Stock, name)
        if stock is None:
            raise NotFound("stock", name)
        return stock
    found = session.scalars(select(Stock).where(Stock.label == name).order_by(Stock.id)).all()
    if len(found) > 1:
        ids = ", ".join(str(stock.id) for stock in found)
        raise ValidationError(
            "stock", f"several stocks are named so (ids {ids}); give the id", name
        )
    if found:
        return found[0]
    if name.isascii() and name.isdigit():
        stock = session.get(Stock, int(name))
        if stock is not None:
            return stock
    raise NotFound("stock", name)


def _line(stock: Stock, item: str) -> StockLine:
    for line in stock.lines:
        if line.item == item:
            return line
    known = ", ".join(repr(line.item) for line in stock.lines) or "none"
    raise ValidationError("--item", f"the stock {stock.label!r} has no such line (lines: {known})",
                          item)  # fmt: skip


def _units(value: int, field: str, minimum: int) -> int:
    if not minimum <= value <= MAX_UNITS:
        raise ValidationError(field, f"must be a whole number from {minimum} to {MAX_UNITS}", value)
    return value


def create_stock(
    session: Session, actor: Actor, name: str, provider: str, operators: list[str]
) -> Stock:
    """A stock of `provider` (its name), telling `operators` (names) about its alerts."""
    require(actor, Right.ADMINISTRATION, "create a stock")
    found = find_by(session, "service_provider", "name", provider)
    if found is None:
        raise NotFound("service provider", provider)
    operator_ids = []
    for operator_name in operators:
        operator = session.scalar(select(Operator).where(Operator.name == operator_name))
        if operator is None:
            raise NotFound("operator", operator_name)
        operator_ids.append(operator.id)
    return entities.create(
        session, actor, "stock",
        {"label": name, "provider_id": found.id, "operators": operator_ids},
    )  # fmt: skip


def add_line(
    session: Session, actor: Actor, stock_name: str, item: str, initial: int, alert_level: int
) -> StockLine:
    require(actor, Right.ADMINISTRATION, "add a stock line")
    stock = find_stock(session, stock_name)
    if any(line.item == item for line in stock.lines):
        raise ValidationError("--item", f"the stock {stock.label!r} already has this line", item)
    return entities.create(
        session, actor, "stock_line",
        {"stock_id": stock.id, "item": item, "initial_stock": _units(initial, "--initial", 0),
         "alert_level": _units(alert_level, "--alert", 0)},
    )  # fmt: skip


def order(
    session: Session, actor: Actor, stock_name: str, item: str, quantity: int, arrives_on: date
) -> StockOrder:
    """An order of `quantity` units of a line, entering stock on `arrives_on`."""
    require(actor, Right.ADMINISTRATION, "order stock")
    line = _line(find_stock(session, stock_name), item)
    placed = StockOrder(
        stock_line_id=line.id, quantity=_units(quantity, "--quantity", 1), arrives_on=arrives_on
    )
    session.add(placed)
    session.flush()
    audit.record(
        session, actor, "stock_line", line.id, "order",
        details={"quantity": quantity, "date": arrives_on.isoformat()},
    )  # fmt: skip
    return placed


@dataclass(frozen=True)
class LevelPoint:
    """The line's level from `day` on (a step chart); `planned`: after today."""

    day: date
    level: int
    planned: bool


def _day(moment: datetime | date) -> date:
    """The operator's local day of a moment (a naive one is UTC, as SQLite returns it)."""
    if not isinstance(moment, datetime):
        return moment
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone().date()


def level_series(session: Session, line_id: int, today: date | None = None) -> list[LevelPoint]:
    """A stock line's level over time: the initial stock (less what was consumed before the
    console kept track) when the stock was created, then each consumption and each order on
    its day; orders still to come are planned points."""
    today = today or date.today()
    line = session.get(StockLine, line_id, options=[selectinload(StockLine.orders)])
    if line is None:
        raise NotFound("stock line", line_id)
    consumptions = session.execute(
        select(StockConsumption.consumed_at, StockConsumption.quantity).where(
            StockConsumption.stock_line_id == line.id
        )
    ).all()
    tracked = sum(quantity for _, quantity in consumptions)
    start = _day(line.stock.created_at) if line.stock.created_at else today
    changes: dict[date, int] = {}
    for moment, quantity in consumptions:
        day = _day(moment)
        changes[day] = changes.get(day, 0) - quantity
    for placed in line.orders:
        changes[placed.arrives_on] = changes.get(placed.arrives_on, 0) + placed.quantity
    level = line.initial_stock - (line.consumed - tracked)
    start = min([start, *changes]) if changes else start
    # The start stays a point of its own, so that a change on its day shows as a step.
    points = [LevelPoint(start, level, start > today)]
    for day in sorted(changes):
        level += changes[day]
        points.append(LevelPoint(day, level, day > today))
    if all(point.day < today for point in points):
        points.append(LevelPoint(today, level, False))
    return points


def line_report(line: StockLine, today: date) -> dict[str, Any]:
    level = line.level(today)
    return {
        "id": line.id,
        "item": line.item,
        "initial": line.initial_stock,
        "consumed": line.consumed,
        "in_stock": level,
        "alert_level": line.alert_level,
        "below_alert": level < line.alert_level,
        "ordered": line.ordered(),
        "orders": [
            {
                "quantity": placed.quantity,
                "date": placed.arrives_on.isoformat(),
                "arrived": placed.arrives_on <= today,
            }
            for placed in line.orders
        ],
    }


def stock_report(session: Session, name: str | int, today: date | None = None) -> dict[str, Any]:
    """`stock show`: the stock, its provider and operators, and each line's figures."""
    today = today or date.today()
    stock = find_stock(session, name)
    provider = (
        entities.get(session, "service_provider", stock.provider_id) if stock.provider_id else None
    )
    return {
        "id": stock.id,
        "name": stock.label,
        "provider": provider.name if provider else None,
        "operators": sorted(operator.name for operator in stock.operators),
        "lines": [line_report(line, today) for line in stock.lines],
    }
