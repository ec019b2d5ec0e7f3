"""A delivery's cost lines: its provider's cost structures applied to a message count.

Calculated lines are written when a preparation ends (the count to deliver, for e-mail and
direct mail alike, so that the budget approval sees it) and again at extraction (the rows
of the file), which also writes the same amounts as committed lines; real lines from the
messages actually sent. One line per cost structure, labelled with it; figures by
category add them up. Committed counts while the delivery's status engages the money
without having spent it (see COMMITTED): a direct mailing's committed lines until it is
handed off, an e-mail send's calculated cost from its confirmation to its end.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from desktop.models import CostLine, CostStructure, Delivery
from desktop.models.enums import Channel, CostCategory, CostLineKind, DeliveryStatus
from desktop.services.costs.formulas import stored_formula, structure_amount

S = DeliveryStatus
ZERO = Decimal("0.00")
# Engaged, not yet spent: a direct mailing extracted and not yet handed off (back to
# extraction keeps its file, so its money), an e-mail send confirmed and not yet ended.
COMMITTED: dict[Channel, frozenset[DeliveryStatus]] = {
    Channel.DIRECT_MAIL: frozenset(
        {
            S.PENDING_EXTRACTION,
            S.FILE_TO_APPROVE,
            S.TO_SUBMIT,
            S.PROOFS_TO_VALIDATE,
            S.READY_TO_HAND_OFF,
        }
    ),
    Channel.EMAIL: frozenset({S.SCHEDULED, S.IN_PROGRESS, S.PAUSED}),
}
CATEGORIES = tuple(category.value for category in CostCategory)


@dataclass(frozen=True)
class CostFigures:
    """Amounts by category (every category present, zero when none) and their total."""

    by_category: dict[str, Decimal] = field(default_factory=dict)

    @property
    def total(self) -> Decimal:
        return sum(self.by_category.values(), ZERO)

    def __add__(self, other: CostFigures) -> CostFigures:
        return CostFigures({name: self.get(name) + other.get(name) for name in CATEGORIES})

    def get(self, category: str) -> Decimal:
        return self.by_category.get(category, ZERO)

    def as_json(self) -> dict[str, object]:
        return {
            "by_category": {name: str(self.get(name)) for name in CATEGORIES},
            "total": str(self.total),
        }


def figures(amounts: Iterable[tuple[str, Decimal]]) -> CostFigures:
    by_category = dict.fromkeys(CATEGORIES, ZERO)
    for category, amount in amounts:
        by_category[category] = by_category.get(category, ZERO) + amount
    return CostFigures(by_category)


NO_COST = figures(())


def structures_of(session: Session, delivery: Delivery) -> list[CostStructure]:
    if delivery.provider_id is None:
        return []
    return list(
        session.scalars(
            select(CostStructure)
            .where(CostStructure.provider_id == delivery.provider_id)
            .order_by(CostStructure.id)
        )
    )


def charges(structures: Iterable[CostStructure], count: int) -> list[tuple[CostStructure, Decimal]]:
    """Each structure's amount for `count` messages."""
    return [
        (
            structure,
            structure_amount(
                stored_formula(
                    structure.formula, structure.unit_price, structure.batch_size, structure.bands
                ),
                Decimal(structure.fixed_part or 0),
                count,
            ),
        )
        for structure in structures
    ]


def charge_figures(charged: Iterable[tuple[CostStructure, Decimal]]) -> CostFigures:
    return figures((structure.category.value, amount) for structure, amount in charged)


def replace_lines(
    session: Session,
    delivery_id: int,
    kind: CostLineKind,
    charged: list[tuple[CostStructure, Decimal]],
    note: str,
) -> CostFigures:
    """The delivery's lines of `kind` become one per structure charged; returns their figures."""
    session.execute(
        delete(CostLine).where(CostLine.delivery_id == delivery_id, CostLine.kind == kind)
    )
    session.add_all(
        CostLine(
            delivery_id=delivery_id,
            label=structure.label or structure.category.value,
            category=structure.category,
            kind=kind,
            amount=amount,
            note=note,
        )
        for structure, amount in charged
    )
    return charge_figures(charged)


def recalculate(
    session: Session, delivery: Delivery, count: int, kind: CostLineKind, note: str
) -> CostFigures:
    """Applies the delivery's cost structures to `count` messages and stores the lines."""
    return replace_lines(
        session, delivery.id, kind, charges(structures_of(session, delivery), count), note
    )


def line_figures(session: Session, delivery_ids: Iterable[int], kind: CostLineKind) -> CostFigures:
    ids = list(delivery_ids)
    if not ids:
        return NO_COST
    rows = session.execute(
        select(CostLine.category, CostLine.amount).where(
            CostLine.delivery_id.in_(ids), CostLine.kind == kind
        )
    )
    return figures(
        (category.value if category else CostCategory.EMAIL.value, Decimal(amount))
        for category, amount in rows
    )


def is_committed(delivery: Delivery) -> bool:
    return delivery.status in COMMITTED.get(delivery.channel, frozenset())


@dataclass(frozen=True)
class DeliveryCost:
    """What a delivery costs: calculated, committed (engaged, not yet spent) and real."""

    calculated: CostFigures
    committed: CostFigures
    real: CostFigures

    def __add__(self, other: DeliveryCost) -> DeliveryCost:
        return DeliveryCost(
            self.calculated + other.calculated,
            self.committed + other.committed,
            self.real + other.real,
        )

    def as_json(self) -> dict[str, object]:
        return {
            "calculated": self.calculated.as_json(),
            "committed": self.committed.as_json(),
            "real": self.real.as_json(),
        }


NOTHING = DeliveryCost(NO_COST, NO_COST, NO_COST)


def cost_of_deliveries(session: Session, deliveries: Iterable[Delivery]) -> DeliveryCost:
    deliveries = list(deliveries)
    ids = [delivery.id for delivery in deliveries]
    engaged = [delivery for delivery in deliveries if is_committed(delivery)]
    # A direct mailing's committed lines are written by its extraction (a mailing waiting
    # for its first extraction has none); an e-mail send engages its calculated cost.
    return DeliveryCost(
        calculated=line_figures(session, ids, CostLineKind.CALCULATED),
        committed=line_figures(
            session,
            [d.id for d in engaged if d.channel is Channel.DIRECT_MAIL],
            CostLineKind.COMMITTED,
        )
        + line_figures(
            session,
            [d.id for d in engaged if d.channel is not Channel.DIRECT_MAIL],
            CostLineKind.CALCULATED,
        ),
        real=line_figures(session, ids, CostLineKind.REAL),
    )
