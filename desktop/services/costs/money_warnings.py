"""What the approval window and the dashboard warn about the money of one delivery: its
budget overrun, the stock lines it draws on that are below their alert level, and the
lines its messages to deliver would take below zero (before it is extracted)."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from desktop.errors import NotFound
from desktop.models import Delivery
from desktop.services.costs import delivery_costs
from desktop.services.costs.budgets import BudgetReport, budget_of_delivery
from desktop.services.costs.stock_consumption import StockShortfall, needs, shortfalls


@dataclass(frozen=True)
class LowStock:
    stock: str
    item: str
    in_stock: int
    alert_level: int


@dataclass(frozen=True)
class MoneyWarnings:
    over_budget: BudgetReport | None = None
    low_stock: list[LowStock] = field(default_factory=list)
    shortfalls: list[StockShortfall] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.over_budget or self.low_stock or self.shortfalls)


@dataclass(frozen=True)
class DeliveryMoney:
    """A delivery's cost as its dashboard shows it, with the warnings."""

    has_costs: bool  # its provider has cost structures, or it has cost lines
    cost: delivery_costs.DeliveryCost
    warnings: MoneyWarnings


def money_warnings(session: Session, delivery_id: int) -> MoneyWarnings:
    delivery = session.get(Delivery, delivery_id)
    if delivery is None:
        raise NotFound("delivery", delivery_id)
    budget = budget_of_delivery(session, delivery_id)
    structures = delivery_costs.structures_of(session, delivery)
    lines = needs(session, delivery.provider_id, structures, delivery.id, delivery.to_deliver)
    low = [
        LowStock(need.line.stock.label, need.item, need.line.level(), need.line.alert_level)
        for need in lines
        if need.line is not None and need.line.level() < need.line.alert_level
    ]
    # Once extracted, its consumption is in the levels: only the low-stock warning stays.
    extracted = any(need.taken_before for need in lines)
    short = [] if extracted else shortfalls(lines)
    return MoneyWarnings(budget if budget and budget.over_budget else None, low, short)


def delivery_money(session: Session, delivery_id: int) -> DeliveryMoney:
    delivery = session.get(Delivery, delivery_id)
    if delivery is None:
        raise NotFound("delivery", delivery_id)
    cost = delivery_costs.cost_of_deliveries(session, [delivery])
    has_costs = bool(delivery_costs.structures_of(session, delivery)) or bool(
        cost.calculated.total or cost.real.total
    )
    return DeliveryMoney(has_costs, cost, money_warnings(session, delivery_id))
