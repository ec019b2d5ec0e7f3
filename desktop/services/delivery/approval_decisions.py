"""Approving or rejecting a step of a delivery pending approval (domain.md §4).

Only those who may approve the step act (services.delivery.approvals: its reviewers, the
owner when nobody is named, administrators). One approval of a step is enough; when the
last pending step is approved, the delivery is ready: Pending confirmation (e-mail) or
Pending extraction (direct mail). A rejection needs a comment and sends the delivery back
to Being edited, its preparation cleared; the rejected row keeps the comment. A direct
mail's extraction file and router proofs are decided after its extraction
(services.direct_mail.after_decisions says where each decision leads). The proofs
step waits for a proof sent since the preparation. Every decision writes an audit row, a
journal line, and tells the owner (and, once ready, whoever may confirm).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from desktop.errors import InvalidState, NotEntitled, NotFound, ValidationError
from desktop.models import Approval, Delivery, utcnow
from desktop.models.base import LOCK_FOR_CHANGE
from desktop.models.enums import (
    ApprovalKind,
    ApprovalStatus,
    Channel,
    DeliveryStatus,
    JournalLevel,
)
from desktop.services.access import audit
from desktop.services.access.rights import Actor
from desktop.services.delivery import journal, lifecycle, reviewers
from desktop.services.delivery.approval_settings import parse_step
from desktop.services.delivery.approvals import (
    DECIDING_STATES,
    STEP_ORDER,
    may_approve,
    proof_sent_since_preparation,
    who_may_approve,
)
from desktop.services.direct_mail import after_decisions
from desktop.services.notifications import review_messages

S = DeliveryStatus


@dataclass(frozen=True)
class Decision:
    delivery_id: int
    step: ApprovalKind
    status: ApprovalStatus
    by: str
    at: datetime
    comment: str
    delivery_status: DeliveryStatus
    still_pending: tuple[ApprovalKind, ...]

    def as_dict(self) -> dict[str, Any]:
        return {
            "delivery_id": self.delivery_id,
            "step": self.step.value,
            "status": self.status.value,
            "by": self.by,
            "at": self.at,
            "comment": self.comment,
            "delivery_status": self.delivery_status.value,
            "still_pending": [step.value for step in self.still_pending],
        }


def approve(
    session: Session,
    actor: Actor,
    delivery_id: int,
    step: ApprovalKind | str,
    comment: str = "",
) -> Decision:
    """Approves a pending step; the last one makes the delivery ready."""
    delivery, row = _pending_step(session, actor, delivery_id, step, "approve")
    if row.kind is ApprovalKind.PROOFS and not _proof_sent_since_preparation(session, delivery):
        raise InvalidState(
            f"proofs of delivery {delivery.id} cannot be approved yet: no proof was sent since "
            f"its preparation (send one: delivery proof {delivery.id})"
        )
    _record(session, actor, delivery, row, ApprovalStatus.APPROVED, comment.strip())
    still_pending = _pending_steps(session, delivery)
    review_messages.step_decided(
        session,
        delivery,
        row.kind,
        ApprovalStatus.APPROVED,
        actor,
        row.decided_at or utcnow(),
        row.comment,
        still_pending,
    )
    if not still_pending and delivery.status is not S.PENDING_APPROVAL:
        # A direct mail's extraction file or router proofs: its next step.
        after_decisions.after_approval(session, actor, delivery, row.kind)
    elif not still_pending:
        email = delivery.channel is Channel.EMAIL
        ready = S.PENDING_CONFIRMATION if email else S.PENDING_EXTRACTION
        lifecycle.transition(session, actor, delivery, ready, reason="every step approved")
        if email:
            review_messages.ready_to_confirm(session, delivery)
    return _decision(actor, delivery, row, still_pending)


def reject(
    session: Session, actor: Actor, delivery_id: int, step: ApprovalKind | str, comment: str
) -> Decision:
    """Rejects a pending step, saying why: the delivery goes back to Being edited."""
    delivery, row = _pending_step(session, actor, delivery_id, step, "reject")
    if not comment.strip():
        raise ValidationError("comment", "a rejection needs a comment saying why")
    _record(session, actor, delivery, row, ApprovalStatus.REJECTED, comment.strip())
    review_messages.step_decided(
        session,
        delivery,
        row.kind,
        ApprovalStatus.REJECTED,
        actor,
        row.decided_at or utcnow(),
        row.comment,
        [],
    )
    session.flush()  # the rejected row is kept by clear_preparation, which asks the database
    if delivery.status is not S.PENDING_APPROVAL:
        # A direct mail's file goes back to extraction, its proofs back to To submit.
        after_decisions.after_rejection(session, actor, delivery, row.kind, row.comment)
        return _decision(actor, delivery, row, ())
    lifecycle.clear_preparation(session, delivery)
    lifecycle.transition_to_edit(
        session,
        actor,
        delivery,
        f"{row.kind.value} rejected",
        "preparation.invalidated_by_rejection",
        step=row.kind.value,
    )
    return _decision(actor, delivery, row, ())


# ---- the checks -------------------------------------------------------------------------


def _pending_step(
    session: Session, actor: Actor, delivery_id: int, step: ApprovalKind | str, verb: str
) -> tuple[Delivery, Approval]:
    """The delivery and its pending row for the step, once the actor may decide it."""
    kind = parse_step(step, "step")
    # Decisions on one delivery take turns (where the database locks rows): two reviewers
    # approving its last two steps at once must not each leave the other's pending.
    delivery = session.get(
        Delivery, delivery_id, with_for_update=LOCK_FOR_CHANGE, populate_existing=True
    )
    if delivery is None:
        raise NotFound("delivery", delivery_id)
    if not may_approve(session, actor, delivery, kind):
        raise NotEntitled(
            actor.name,
            f"{verb} {kind.value} of delivery {delivery.id}",
            who_may_approve(session, delivery, kind),
        )
    row = session.scalar(
        select(Approval)
        .where(
            Approval.delivery_id == delivery.id,
            Approval.kind == kind,
            Approval.status == ApprovalStatus.PENDING,
        )
        .order_by(Approval.id.desc())
        .limit(1)
        .with_for_update()
    )
    if row is not None and delivery.status in DECIDING_STATES:
        return delivery, row
    raise InvalidState(_why_not_pending(session, delivery, kind))


def _why_not_pending(session: Session, delivery: Delivery, kind: ApprovalKind) -> str:
    last = session.scalar(
        select(Approval)
        .where(Approval.delivery_id == delivery.id, Approval.kind == kind)
        .order_by(Approval.id.desc())
        .limit(1)
    )
    what = f"{kind.value} of delivery {delivery.id}"
    if last is not None and last.status is ApprovalStatus.APPROVED:
        return f"{what} was already approved by {_decider(session, last)}"
    if delivery.status not in DECIDING_STATES:
        text = (
            f"delivery {delivery.id} is {delivery.status.value}: "
            f"approving or rejecting needs {_decided_in(delivery, kind).value}"
        )
        if last is not None and last.status is ApprovalStatus.REJECTED:
            text += f" ({what} was rejected by {_decider(session, last)})"
        return text
    waiting = ", ".join(step.value for step in _pending_steps(session, delivery))
    return f"delivery {delivery.id} does not wait for approval of {kind.value} (only {waiting})"


def _decided_in(delivery: Delivery, kind: ApprovalKind) -> DeliveryStatus:
    """The status a delivery waits in while this step of it is decided."""
    if kind is ApprovalKind.EXTRACTION:
        return S.FILE_TO_APPROVE
    if kind is ApprovalKind.PROOFS and delivery.channel is Channel.DIRECT_MAIL:
        return S.PROOFS_TO_VALIDATE
    return S.PENDING_APPROVAL


def _decider(session: Session, row: Approval) -> str:
    name = reviewers.operator_name(session, row.reviewer_id) or "an operator since deleted"
    if row.decided_at is None:
        return name
    return f"{name} at {row.decided_at.strftime('%Y-%m-%d %H:%M')} UTC"


def _proof_sent_since_preparation(session: Session, delivery: Delivery) -> bool:
    condition = proof_sent_since_preparation(delivery.id, delivery.prepared_at)
    return delivery.prepared_at is not None and bool(session.scalar(select(condition)))


def _pending_steps(session: Session, delivery: Delivery) -> list[ApprovalKind]:
    kinds = set(
        session.scalars(
            select(Approval.kind).where(
                Approval.delivery_id == delivery.id, Approval.status == ApprovalStatus.PENDING
            )
        )
    )
    return [kind for kind in STEP_ORDER if kind in kinds]


# ---- writing ------------------------------------------------------------------------------


def _record(
    session: Session,
    actor: Actor,
    delivery: Delivery,
    row: Approval,
    status: ApprovalStatus,
    comment: str,
) -> None:
    # A compare-and-set on the row's status: of two reviewers deciding the step at once,
    # the second finds it decided (after the first's commit) and is told by whom.
    decided = {
        "status": status,
        "reviewer_id": actor.operator_id,
        "comment": comment,
        "decided_at": utcnow(),
    }
    changed = session.execute(
        update(Approval)
        .where(Approval.id == row.id, Approval.status == ApprovalStatus.PENDING)
        .values(**decided)
        .execution_options(synchronize_session=False)
    ).rowcount
    if changed != 1:
        session.expire_all()  # what the other decision left, not what this one read
        raise InvalidState(_why_not_pending(session, delivery, row.kind))
    for name, value in decided.items():
        set_committed_value(row, name, value)
    details: dict[str, Any] = {"step": row.kind.value}
    if comment:
        details["comment"] = comment
    verb = "approve" if status is ApprovalStatus.APPROVED else "reject"
    audit.record(
        session,
        actor,
        "delivery",
        delivery.id,
        verb,
        from_state=ApprovalStatus.PENDING.value,
        to_state=status.value,
        details=details,
    )
    step = row.kind.value
    if status is ApprovalStatus.REJECTED:
        journal.add(
            session,
            delivery.id,
            JournalLevel.WARNING,
            "review.rejected",
            step=step,
            operator=actor.name,
            comment=comment,
        )
    elif comment:
        journal.add(
            session,
            delivery.id,
            JournalLevel.INFO,
            "review.approved_with_comment",
            step=step,
            operator=actor.name,
            comment=comment,
        )
    else:
        journal.add(
            session,
            delivery.id,
            JournalLevel.INFO,
            "review.approved",
            step=step,
            operator=actor.name,
        )


def _decision(
    actor: Actor, delivery: Delivery, row: Approval, still_pending: Iterable[ApprovalKind]
) -> Decision:
    return Decision(
        delivery_id=delivery.id,
        step=row.kind,
        status=row.status,
        by=actor.name,
        at=row.decided_at or utcnow(),
        comment=row.comment,
        delivery_status=delivery.status,
        still_pending=tuple(still_pending),
    )
