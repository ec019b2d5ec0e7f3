"""Costs added up: a delivery's by category, a campaign's = the sum of its deliveries', a
program's = the sum of its campaigns' (domain.md §6)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.errors import NotFound
from desktop.models import Campaign, Delivery, Program
from desktop.services.costs.delivery_costs import (
    NOTHING,
    DeliveryCost,
    cost_of_deliveries,
)


@dataclass(frozen=True)
class CostReport:
    """What an object costs, and the parts it adds up (deliveries of a campaign, campaigns
    of a program), each as (id, label, cost)."""

    kind: str
    id: int
    label: str
    cost: DeliveryCost
    parts: tuple[tuple[int, str, DeliveryCost], ...] = ()

    def as_json(self) -> dict[str, Any]:
        shown: dict[str, Any] = {"kind": self.kind, "id": self.id, "label": self.label}
        shown.update(self.cost.as_json())
        if self.parts:
            part_kind = "deliveries" if self.kind == "campaign" else "campaigns"
            shown[part_kind] = [
                {"id": part_id, "label": label, **cost.as_json()}
                for part_id, label, cost in self.parts
            ]
        return shown


def _get(session: Session, model: type, key: int, what: str) -> Any:
    found = session.get(model, key)
    if found is None:
        raise NotFound(what, key)
    return found


def delivery_cost(session: Session, delivery_id: int) -> CostReport:
    delivery = _get(session, Delivery, delivery_id, "delivery")
    return CostReport(
        "delivery", delivery.id, delivery.label, cost_of_deliveries(session, [delivery])
    )


def _deliveries_of(session: Session, campaign_ids: Iterable[int]) -> list[Delivery]:
    ids = list(campaign_ids)
    if not ids:
        return []
    return list(
        session.scalars(select(Delivery).where(Delivery.campaign_id.in_(ids)).order_by(Delivery.id))
    )


def campaigns_cost(session: Session, campaign_ids: Iterable[int]) -> DeliveryCost:
    return cost_of_deliveries(session, _deliveries_of(session, campaign_ids))


def campaign_cost(session: Session, campaign_id: int) -> CostReport:
    campaign = _get(session, Campaign, campaign_id, "campaign")
    deliveries = _deliveries_of(session, [campaign.id])
    parts = tuple(
        (delivery.id, delivery.label, cost_of_deliveries(session, [delivery]))
        for delivery in deliveries
    )
    total = sum((cost for _, _, cost in parts), NOTHING)
    return CostReport("campaign", campaign.id, campaign.label, total, parts)


def program_cost(session: Session, program_id: int) -> CostReport:
    program = _get(session, Program, program_id, "program")
    campaigns = session.scalars(
        select(Campaign).where(Campaign.program_id == program.id).order_by(Campaign.id)
    ).all()
    parts = tuple(
        (campaign.id, campaign.label, campaign_cost(session, campaign.id).cost)
        for campaign in campaigns
    )
    total = sum((cost for _, _, cost in parts), NOTHING)
    return CostReport("program", program.id, program.label, total, parts)
