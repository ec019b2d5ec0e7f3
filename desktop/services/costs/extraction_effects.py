"""What an extraction does to the money (domain.md §5-6): the contract the direct-mail
flow calls, inside its own transaction.

- `preview_extraction`: before the file is written, the cost it would have and the stock
  lines it would take below zero (a warning the flow shows before it runs);
- `apply_extraction`: the delivery's calculated cost lines replaced, by structure and
  category, for the rows extracted; stock consumed (one unit per message of each item its
  provider's cost structures name); alert e-mails queued to the stock's operators for
  each line that crosses its alert level;
- `apply_results`: the real cost, for the messages actually sent (at hand-off when the
  provider returns no results file, from that file when it does);
- `committed_amount`: what is extracted and not yet handed off.

E-mail deliveries with a provider get the same calculation when their preparation ends
(`calculate_after_preparation`) and their real cost when their send ends.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from sqlalchemy.orm import Session

from desktop.errors import NotFound
from desktop.models import Delivery
from desktop.models.base import LOCK_FOR_CHANGE
from desktop.models.enums import CostLineKind, JournalLevel
from desktop.services.costs import delivery_costs
from desktop.services.costs.stock_consumption import (
    StockAlert,
    StockShortfall,
    consume,
    needs,
    shortfalls,
)
from desktop.services.delivery import journal

__all__ = [
    "ExtractionEffects",
    "ExtractionPreview",
    "StockAlert",
    "StockShortfall",
    "apply_extraction",
    "apply_results",
    "calculate_after_preparation",
    "committed_amount",
    "preview_extraction",
]


@dataclass(frozen=True)
class ExtractionPreview:
    cost_by_category: dict[str, Decimal]
    total: Decimal
    stock_shortfalls: list[StockShortfall] = field(default_factory=list)


@dataclass(frozen=True)
class ExtractionEffects:
    cost_by_category: dict[str, Decimal]
    total: Decimal
    alerts: list[StockAlert] = field(default_factory=list)
    stock_shortfalls: list[StockShortfall] = field(default_factory=list)


def _delivery(session: Session, delivery_id: int, *, lock: bool = False) -> Delivery:
    delivery = session.get(Delivery, delivery_id, with_for_update=LOCK_FOR_CHANGE if lock else None)
    if delivery is None:
        raise NotFound("delivery", delivery_id)
    return delivery


def _by_category(figures: delivery_costs.CostFigures) -> dict[str, Decimal]:
    """Only the categories the provider charges (a dashboard lists no empty ones)."""
    return {name: amount for name, amount in figures.by_category.items() if amount}


def preview_extraction(
    session: Session, delivery_id: int, message_count: int, *, today: date | None = None
) -> ExtractionPreview:
    """The cost and stock shortfalls of extracting `message_count` rows; changes nothing."""
    delivery = _delivery(session, delivery_id)
    structures = delivery_costs.structures_of(session, delivery)
    figures = delivery_costs.charge_figures(delivery_costs.charges(structures, message_count))
    lines = needs(session, delivery.provider_id, structures, delivery.id, message_count)
    return ExtractionPreview(_by_category(figures), figures.total, shortfalls(lines, today))


def apply_extraction(
    session: Session,
    delivery_id: int,
    message_count: int,
    *,
    actor_id: int | None,
    today: date | None = None,
) -> ExtractionEffects:
    """Costs and stock of an extraction of `message_count` rows, in the caller's
    transaction; an extraction run again replaces the previous one's lines and consumption.
    A line taken below zero is not refused (the file is written; the preview warned) but is
    said in the journal."""
    delivery = _delivery(session, delivery_id)
    structures = delivery_costs.structures_of(session, delivery)
    charged = delivery_costs.charges(structures, message_count)
    note = f"extraction of {message_count} rows"
    figures = delivery_costs.replace_lines(
        session, delivery.id, CostLineKind.CALCULATED, charged, note
    )
    # Engaged until the file is handed off (delivery_costs.COMMITTED).
    delivery_costs.replace_lines(session, delivery.id, CostLineKind.COMMITTED, charged, note)
    lines = needs(session, delivery.provider_id, structures, delivery.id, message_count, lock=True)
    short = shortfalls(lines, today)
    for shortfall in short:
        journal.add(
            session, delivery.id, JournalLevel.WARNING, "stock.below_zero",
            stock=shortfall.stock or "(none)", item=shortfall.item,
            in_stock=shortfall.in_stock, needed=shortfall.needed,
        )  # fmt: skip
    alerts = consume(session, delivery.id, lines, today)
    journal.add(
        session, delivery.id, JournalLevel.INFO, "costs.calculated",
        count=message_count, total=str(figures.total),
    )  # fmt: skip
    return ExtractionEffects(_by_category(figures), figures.total, alerts, short)


def apply_results(session: Session, delivery_id: int, sent_count: int) -> Decimal:
    """The real cost: the formulas applied to the `sent_count` messages actually sent,
    stored as the delivery's real cost lines (replacing earlier ones); returns the total."""
    delivery = _delivery(session, delivery_id)
    figures = delivery_costs.recalculate(
        session, delivery, sent_count, CostLineKind.REAL, note=f"{sent_count} messages sent"
    )
    return figures.total


def calculate_after_preparation(session: Session, delivery: Delivery) -> Decimal:
    """The calculated cost of the messages to deliver, when a preparation ends (so that the
    budget approval sees it); direct mail recalculates it at extraction."""
    figures = delivery_costs.recalculate(
        session, delivery, delivery.to_deliver, CostLineKind.CALCULATED,
        note=f"preparation: {delivery.to_deliver} to deliver",
    )  # fmt: skip
    return figures.total


def committed_amount(session: Session, delivery_id: int) -> Decimal:
    """Extracted and not yet handed off (or, for e-mail, confirmed and not yet sent): the
    delivery's calculated cost while its status engages the money, else zero."""
    delivery = _delivery(session, delivery_id)
    return delivery_costs.cost_of_deliveries(session, [delivery]).committed.total
