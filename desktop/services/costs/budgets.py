"""Budgets: the allocated amount (typed) against what its campaigns' deliveries cost,
calculated, committed and real (computed, never typed; domain.md §6). Over budget is a
warning on the delivery's dashboard and in its budget approval, never a refusal."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.errors import NotFound
from desktop.models import Budget, Campaign, Delivery
from desktop.services.costs.delivery_costs import DeliveryCost
from desktop.services.costs.rollups import CostReport, campaign_cost, campaigns_cost


@dataclass(frozen=True)
class BudgetReport:
    id: int
    label: str
    allocated: Decimal
    cost: DeliveryCost
    campaigns: tuple[tuple[int, str], ...]

    @property
    def calculated(self) -> Decimal:
        return self.cost.calculated.total

    @property
    def committed(self) -> Decimal:
        return self.cost.committed.total

    @property
    def real(self) -> Decimal:
        return self.cost.real.total

    @property
    def over_by(self) -> Decimal:
        """How far the larger of calculated and real goes past the allocation (0: within)."""
        return max(max(self.calculated, self.real) - self.allocated, Decimal("0.00"))

    @property
    def over_budget(self) -> bool:
        return self.over_by > 0

    def warning(self) -> str:
        """One sentence for the dashboard and the budget approval, or "" within budget."""
        if not self.over_budget:
            return ""
        return (
            f"Over budget: {self.label} allocates {self.allocated}, its campaigns' "
            f"calculated cost is {self.calculated} (real {self.real}), {self.over_by} over."
        )

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "label": self.label,
            "allocated": str(self.allocated),
            "calculated": str(self.calculated),
            "committed": str(self.committed),
            "real": str(self.real),
            "over_budget": self.over_budget,
            "over_by": str(self.over_by),
            "by_category": {
                name: {
                    "calculated": str(self.cost.calculated.get(name)),
                    "committed": str(self.cost.committed.get(name)),
                    "real": str(self.cost.real.get(name)),
                }
                for name in self.cost.calculated.by_category
            },
            "campaigns": [{"id": key, "label": label} for key, label in self.campaigns],
        }


def budget_report(session: Session, budget_id: int) -> BudgetReport:
    budget = session.get(Budget, budget_id)
    if budget is None:
        raise NotFound("budget", budget_id)
    campaigns = tuple(
        (key, label)
        for key, label in session.execute(
            select(Campaign.id, Campaign.label)
            .where(Campaign.budget_id == budget.id)
            .order_by(Campaign.id)
        )
    )
    cost = campaigns_cost(session, [key for key, _ in campaigns])
    return BudgetReport(budget.id, budget.label, Decimal(budget.allocated or 0), cost, campaigns)


def budget_of_delivery(session: Session, delivery_id: int) -> BudgetReport | None:
    """The budget of the delivery's campaign, if it has one."""
    budget_id = session.scalar(
        select(Campaign.budget_id)
        .join(Delivery, Delivery.campaign_id == Campaign.id)
        .where(Delivery.id == delivery_id)
    )
    return budget_report(session, budget_id) if budget_id is not None else None


def over_budget_warning(session: Session, delivery_id: int) -> str:
    """The over-budget sentence for a delivery's dashboard and budget approval, or ""."""
    report = budget_of_delivery(session, delivery_id)
    return report.warning() if report is not None else ""


@dataclass(frozen=True)
class CampaignBudget:
    """A campaign's Budget tab: its own cost, and the budget it draws on (if any)."""

    campaign: CostReport
    budget: BudgetReport | None


def campaign_budget(session: Session, campaign_id: int) -> CampaignBudget:
    report = campaign_cost(session, campaign_id)
    budget_id = session.scalar(select(Campaign.budget_id).where(Campaign.id == campaign_id))
    return CampaignBudget(report, budget_report(session, budget_id) if budget_id else None)
