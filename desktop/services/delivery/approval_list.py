"""Approvals as rows: the Pending approvals view and its count badge, a dashboard's review
panel and `approval list`.

One query lists the approval rows (of one delivery, or every one), each with its
delivery, campaign, step, status, the step's reviewers, who decided, when and why, and
whether the acting operator may decide it now. "Mine" keeps the rows the operator may
approve now: pending steps of deliveries waiting for them (pending approval, a
direct mail's file to approve or proofs to validate) that they review
(administrators: all of them); `count_mine` counts those cheaply.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, and_, false, func, or_, select
from sqlalchemy.orm import Session, aliased

from desktop.models import Approval, Campaign, Delivery, Operator, OperatorGroup, Reviewer
from desktop.models.enums import ApprovalKind, ApprovalStatus, DeliveryStatus, ReviewerRole
from desktop.services.access.rights import Actor
from desktop.services.delivery import approvals, reviewers
from desktop.services.delivery.reviewers import NamedReviewer


@dataclass(frozen=True)
class ApprovalRow:
    approval_id: int
    delivery_id: int
    delivery_label: str
    delivery_status: DeliveryStatus
    campaign_id: int | None
    campaign_label: str | None
    step: ApprovalKind
    status: ApprovalStatus
    # Named for the step (or for every step); none named: `owner` reviews it.
    reviewers: tuple[NamedReviewer, ...]
    owner: str | None
    requested_at: datetime
    decided_by: str | None
    decided_at: datetime | None
    comment: str
    # The acting operator may approve or reject it now.
    may_decide: bool
    # The proofs step, pending with no proof sent since the preparation: nobody can decide
    # it until one goes out (approvals.ready_to_decide).
    waits_for_proof: bool = False

    @property
    def reviewer_names(self) -> list[str]:
        if self.reviewers:
            return [str(reviewer) for reviewer in self.reviewers]
        return [f"owner {self.owner}"] if self.owner else []

    def as_dict(self) -> dict[str, Any]:
        return {
            "delivery": self.delivery_id,
            "label": self.delivery_label,
            "campaign": self.campaign_label,
            "step": self.step.value,
            "status": self.status.value,
            "reviewers": self.reviewer_names,
            "requested_at": self.requested_at,
            "decided_by": self.decided_by,
            "decided_at": self.decided_at,
            "comment": self.comment,
            "may_decide": self.may_decide,
            "waits_for_proof": self.waits_for_proof,
        }


def _decidable(actor: Actor) -> ColumnElement[bool]:
    """Rows the actor may approve or reject now."""
    waiting = and_(
        Approval.status == ApprovalStatus.PENDING,
        Delivery.status.in_(approvals.DECIDING_STATES),
        approvals.ready_to_decide(Approval.kind, Delivery.id, Delivery.prepared_at),
    )
    if actor.is_admin:
        return waiting
    if actor.operator_id is None:
        return false()
    subject = reviewers.subject_columns()
    return and_(waiting, reviewers.may_approve_condition(subject, Approval.kind, actor.operator_id))


def _joined(query: Any) -> Any:
    return query.join(Delivery, Delivery.id == Approval.delivery_id).outerjoin(
        Campaign, Campaign.id == Delivery.campaign_id
    )


def approval_rows(
    session: Session,
    actor: Actor,
    *,
    delivery_id: int | None = None,
    mine: bool = False,
    limit: int | None = None,
) -> list[ApprovalRow]:
    """Approval rows, oldest request first: of one delivery if given; only those the actor
    may decide now when `mine`."""
    decidable = _decidable(actor)
    deciders = aliased(Operator)
    owners = aliased(Operator)
    subject = reviewers.subject_columns()
    query = (
        _joined(
            select(
                Approval,
                Delivery.label,
                Delivery.status,
                Delivery.campaign_id,
                Campaign.label,
                deciders.name,
                owners.name,
                subject.own_settings,
                decidable,
                approvals.ready_to_decide(Approval.kind, Delivery.id, Delivery.prepared_at),
            )
        )
        .outerjoin(deciders, deciders.id == Approval.reviewer_id)
        .outerjoin(owners, owners.id == subject.owner_id)
        .order_by(Approval.requested_at, Approval.id)
    )
    if delivery_id is not None:
        query = query.where(Approval.delivery_id == delivery_id)
    if mine:
        query = query.where(decidable)
    if limit is not None:
        query = query.limit(limit)
    found = session.execute(query).all()
    named = _named(session, [(row[0].delivery_id, row[3], bool(row[7])) for row in found])
    rows = []
    for approval, label, status, campaign_id, campaign, decider, owner, own, may, ready in found:
        source = ("delivery", approval.delivery_id) if own else ("campaign", campaign_id)
        step_reviewers = tuple(r for r in named.get(source, []) if r.step in (None, approval.kind))
        rows.append(
            ApprovalRow(
                approval_id=approval.id,
                delivery_id=approval.delivery_id,
                delivery_label=label,
                delivery_status=status,
                campaign_id=campaign_id,
                campaign_label=campaign,
                step=approval.kind,
                status=approval.status,
                reviewers=step_reviewers,
                owner=owner,
                requested_at=approval.requested_at,
                decided_by=decider,
                decided_at=approval.decided_at,
                comment=approval.comment,
                may_decide=bool(may),
                waits_for_proof=approval.status is ApprovalStatus.PENDING and not ready,
            )
        )
    return rows


def count_mine(session: Session, actor: Actor) -> int:
    """How many steps the actor may approve now (the Pending approvals badge)."""
    query = _joined(select(func.count()).select_from(Approval)).where(_decidable(actor))
    return int(session.scalar(query) or 0)


def _named(
    session: Session, subjects: list[tuple[int, int | None, bool]]
) -> dict[tuple[str, int | None], list[NamedReviewer]]:
    """The approval reviewers of each settings source the rows follow, in one query:
    {("delivery", id) or ("campaign", id): reviewers}."""
    delivery_ids = {d for d, _c, own in subjects if own}
    campaign_ids = {c for _d, c, own in subjects if not own and c is not None}
    if not delivery_ids and not campaign_ids:
        return {}
    rows = session.execute(
        select(
            Reviewer.delivery_id,
            Reviewer.campaign_id,
            Reviewer.step,
            Operator.name,
            OperatorGroup.name,
        )
        .outerjoin(Operator, Operator.id == Reviewer.operator_id)
        .outerjoin(OperatorGroup, OperatorGroup.id == Reviewer.group_id)
        .where(
            Reviewer.role == ReviewerRole.APPROVAL,
            or_(Reviewer.delivery_id.in_(delivery_ids), Reviewer.campaign_id.in_(campaign_ids)),
        )
    )
    named: dict[tuple[str, int | None], set[NamedReviewer]] = defaultdict(set)
    for delivery_id, campaign_id, step, operator, group in rows:
        source = ("delivery", delivery_id) if delivery_id is not None else ("campaign", campaign_id)
        named[source].add(NamedReviewer(operator or group, operator is None, step))
    return {source: reviewers.ordered(found) for source, found in named.items()}
