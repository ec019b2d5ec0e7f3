"""The approvals a prepared delivery waits for (domain.md §4): which steps need one, and
their pending rows."""

from __future__ import annotations

from sqlalchemy.orm import Session

from desktop.models import Approval, Campaign, Delivery
from desktop.models.campaigns import ApprovalSettings
from desktop.models.enums import ApprovalKind


def approval_settings(session: Session, delivery: Delivery) -> ApprovalSettings:
    """The campaign's settings, unless the delivery overrides them or has no campaign."""
    if delivery.override_approvals or delivery.campaign_id is None:
        return delivery
    return session.get(Campaign, delivery.campaign_id) or delivery


def required_approvals(session: Session, delivery: Delivery) -> list[ApprovalKind]:
    """The steps of a preparation that need approval: targeting, budget (only with
    targeting), content."""
    settings = approval_settings(session, delivery)
    kinds: list[ApprovalKind] = []
    if settings.approve_targeting:
        kinds.append(ApprovalKind.TARGETING)
        if settings.approve_budget:
            kinds.append(ApprovalKind.BUDGET)
    if settings.approve_content:
        kinds.append(ApprovalKind.CONTENT)
    return kinds


def request_approvals(session: Session, delivery: Delivery) -> list[ApprovalKind]:
    """Adds a pending approval row for each step that needs one; returns their kinds."""
    kinds = required_approvals(session, delivery)
    for kind in kinds:
        session.add(Approval(delivery_id=delivery.id, kind=kind))
    return kinds
