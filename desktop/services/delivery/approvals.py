"""The approvals a prepared delivery waits for (domain.md §4): which steps need one, their
pending rows, and who may approve each step.

The settings (steps and reviewers) are the campaign's, unless the delivery overrides them
or has no campaign: then its own. Who may approve a step: administrators always; the
reviewers named for that step or for every step (operators, or members of a named
group); when nobody is named for it, the delivery's owner. Being named is what grants
it: a reviewer needs no right.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, delete, exists, or_, select
from sqlalchemy.orm import Session

from desktop.models import Approval, Campaign, Delivery, Operator, Proof
from desktop.models.campaigns import ApprovalSettings
from desktop.models.enums import (
    ApprovalKind,
    ApprovalStatus,
    Channel,
    DeliveryStatus,
    JournalLevel,
    ReviewerRole,
)
from desktop.services.access.rights import Actor
from desktop.services.delivery import journal, reviewers

# The order in which the steps are requested, listed and shown.
STEP_ORDER = (
    ApprovalKind.TARGETING,
    ApprovalKind.BUDGET,
    ApprovalKind.CONTENT,
    ApprovalKind.EXTRACTION,
    ApprovalKind.PROOFS,
)

# The statuses a delivery waits in while a step of it is decided: the steps of its
# preparation, then, for direct mail, its extraction file and its router's proofs.
DECIDING_STATES = frozenset(
    {
        DeliveryStatus.PENDING_APPROVAL,
        DeliveryStatus.FILE_TO_APPROVE,
        DeliveryStatus.PROOFS_TO_VALIDATE,
    }
)


def proof_sent_since_preparation(delivery_id: Any, prepared_at: Any) -> ColumnElement[bool]:
    """A proof went out after the delivery's preparation (values, or columns of a query)."""
    return exists().where(Proof.delivery_id == delivery_id, Proof.sent_at >= prepared_at)


def ready_to_decide(step: Any, delivery_id: Any, prepared_at: Any) -> ColumnElement[bool]:
    """A step can be decided now: every step at once, but proofs only once a proof was sent
    since the preparation (the reviewers approve what they received). The decisions and
    the Pending approvals list both ask this."""
    return or_(step != ApprovalKind.PROOFS, proof_sent_since_preparation(delivery_id, prepared_at))


def approval_settings(session: Session, delivery: Delivery) -> ApprovalSettings:
    """The campaign's settings, unless the delivery overrides them or has no campaign."""
    if delivery.override_approvals or delivery.campaign_id is None:
        return delivery
    return session.get(Campaign, delivery.campaign_id) or delivery


def steps_of(settings: ApprovalSettings) -> list[ApprovalKind]:
    """The steps these settings ask to approve, in STEP_ORDER."""
    return [kind for kind in STEP_ORDER if getattr(settings, f"approve_{kind.value}")]


def required_approvals(session: Session, delivery: Delivery) -> list[ApprovalKind]:
    """The steps of a preparation that need approval: targeting, budget (only with
    targeting), content, and for an e-mail the proofs. Extraction and the router's proofs
    of direct mail come after the extraction, not after a preparation."""
    settings = approval_settings(session, delivery)
    kinds: list[ApprovalKind] = []
    if settings.approve_targeting:
        kinds.append(ApprovalKind.TARGETING)
        if settings.approve_budget:
            kinds.append(ApprovalKind.BUDGET)
    if settings.approve_content:
        kinds.append(ApprovalKind.CONTENT)
    if settings.approve_proofs and delivery.channel is Channel.EMAIL:
        kinds.append(ApprovalKind.PROOFS)
    return kinds


def request_approvals(session: Session, delivery: Delivery) -> list[ApprovalKind]:
    """Adds a pending approval row for each step that needs one; returns their kinds."""
    kinds = required_approvals(session, delivery)
    for kind in kinds:
        session.add(Approval(delivery_id=delivery.id, kind=kind))
    return kinds


def withdraw_approvals(session: Session, delivery: Delivery) -> list[ApprovalKind]:
    """Removes the approvals of the delivery's current preparation, pending and granted:
    they were given to results that are gone, and a new preparation asks again. The
    rejected rows stay (with the reason a reviewer gave); the decisions stay in the audit
    trail, and the journal says which approvals were withdrawn. Returns their steps."""
    granted = list(
        session.scalars(
            select(Approval.kind)
            .where(Approval.delivery_id == delivery.id, Approval.status == ApprovalStatus.APPROVED)
            .order_by(Approval.id)
        )
    )
    session.execute(
        delete(Approval).where(
            Approval.delivery_id == delivery.id,
            Approval.status.in_([ApprovalStatus.PENDING, ApprovalStatus.APPROVED]),
        )
    )
    if granted:
        journal.add(
            session,
            delivery.id,
            JournalLevel.WARNING,
            "review.approvals_withdrawn",
            steps=[kind.value for kind in granted],
        )
    return granted


# ---- who may approve (rule 3) ------------------------------------------------------------


def may_approve(
    session: Session, actor: Actor, delivery: Delivery | int, step: ApprovalKind
) -> bool:
    """Whether the actor may approve or reject that step of the delivery (rule 3)."""
    if actor.is_admin:
        return True
    if actor.operator_id is None:
        return False
    subject = reviewers.subject_of(session, reviewers.delivery_of(session, delivery))
    condition = reviewers.may_approve_condition(subject, step, actor.operator_id)
    return bool(session.scalar(select(condition)))


def approvers(session: Session, delivery: Delivery, step: ApprovalKind) -> list[int]:
    """The operators who may approve a step, administrators aside (whom to tell)."""
    subject = reviewers.subject_of(session, delivery)
    condition = reviewers.may_approve_condition(subject, step, Operator.id)
    return reviewers.operators_where(session, condition)


def who_may_approve(session: Session, delivery: Delivery | int, step: ApprovalKind) -> str:
    """'reviewer, group reviewers or an administrator'; with nobody named for the step,
    'its owner manager or an administrator'."""
    subject = reviewers.subject_of(session, reviewers.delivery_of(session, delivery))
    named = reviewers.named_reviewers(session, subject, ReviewerRole.APPROVAL, step)
    names = [str(reviewer) for reviewer in named]
    if not names:
        owner = reviewers.operator_name(session, subject.owner_id)
        if owner is not None:
            names.append(f"its owner {owner}")
    return reviewers.people([*names, "an administrator"])
