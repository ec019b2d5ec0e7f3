"""The router's proofs of a direct-mail delivery (domain.md §5): once its file is extracted
(and approved when asked), the delivery is To submit; proofs of the router's notification
go to its proof target (`delivery proof`, services.proofs.sending), as many as needed;
Submit proofs asks their reviewers (Proofs to validate); they accept it (Ready for
hand-off) or reject it (To submit again), through the approval decisions of the proofs
step (services.delivery.approval_decisions). From any step after the extraction, Back to
extraction returns to Pending extraction: the next extraction replaces the file.

Rights: submitting needs PREPARE DELIVERIES, as sending a proof does; accepting and
rejecting is for those who may approve the proofs step (its reviewers, else the owner,
and administrators); going back to extraction for either.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.errors import InvalidState, NotEntitled
from desktop.models import Approval, Delivery, Proof
from desktop.models.enums import ApprovalKind, DeliveryStatus, JournalLevel, Right
from desktop.services.access.rights import Actor, require
from desktop.services.delivery import approval_decisions, approvals, journal, lifecycle
from desktop.services.delivery.approval_decisions import Decision
from desktop.services.delivery.lifecycle import Action
from desktop.services.direct_mail import after_decisions
from desktop.services.direct_mail.extraction import direct_mail_delivery
from desktop.services.direct_mail.extraction_records import current_extraction_row
from desktop.services.notifications import review_messages
from desktop.services.proofs.sending import FAILED

S = DeliveryStatus
STEPS = ("submit", "accept", "reject", "back-to-extraction")


def router_proof_sent(session: Session, delivery: Delivery) -> bool:
    """A proof of the router's notification reached someone since the current file."""
    extraction = current_extraction_row(session, delivery.id)
    if extraction is None:
        return False
    return (
        session.scalar(
            select(Proof.id)
            .where(
                Proof.delivery_id == delivery.id,
                Proof.sent_at >= extraction.created_at,
                Proof.status != FAILED,
            )
            .limit(1)
        )
        is not None
    )


def submit_proofs(session: Session, actor: Actor, delivery_id: int) -> DeliveryStatus:
    """To submit -> Proofs to validate: the proofs step's reviewers are asked (and told)."""
    require(actor, Right.PREPARE_DELIVERIES, "submit the proofs of a delivery")
    delivery = direct_mail_delivery(session, delivery_id, "submitting proofs", lock=True)
    lifecycle.ensure_allows(delivery, Action.SUBMIT_PROOFS, "submitting proofs")
    if not router_proof_sent(session, delivery):
        raise InvalidState(
            f"delivery {delivery.id}: no proof of the router's notification reached anyone since"
            " its extraction; send one first (Send router proof, or"
            f" `delivery proof {delivery.id}`)"
        )
    session.add(Approval(delivery_id=delivery.id, kind=ApprovalKind.PROOFS))
    lifecycle.transition(session, actor, delivery, S.PROOFS_TO_VALIDATE, reason="proofs submitted")
    review_messages.steps_await(session, delivery, [ApprovalKind.PROOFS])
    journal.add(
        session,
        delivery.id,
        JournalLevel.INFO,
        "direct_mail.proofs_submitted",
        operator=actor.name,
        reviewers=approvals.who_may_approve(session, delivery, ApprovalKind.PROOFS),
    )
    return delivery.status


def accept_proofs(session: Session, actor: Actor, delivery_id: int, comment: str = "") -> Decision:
    """Proofs to validate -> Ready for hand-off."""
    direct_mail_delivery(session, delivery_id, "accepting proofs", lock=True)
    return approval_decisions.approve(session, actor, delivery_id, ApprovalKind.PROOFS, comment)


def reject_proofs(session: Session, actor: Actor, delivery_id: int, comment: str) -> Decision:
    """Proofs to validate -> To submit, saying why (the owner is told)."""
    direct_mail_delivery(session, delivery_id, "rejecting proofs", lock=True)
    return approval_decisions.reject(session, actor, delivery_id, ApprovalKind.PROOFS, comment)


def _waiting_step(status: DeliveryStatus) -> ApprovalKind | None:
    return {
        S.FILE_TO_APPROVE: ApprovalKind.EXTRACTION,
        S.PROOFS_TO_VALIDATE: ApprovalKind.PROOFS,
    }.get(status)


def back_to_extraction(
    session: Session, actor: Actor, delivery_id: int, reason: str = ""
) -> DeliveryStatus:
    """Any step after the extraction -> Pending extraction: the decisions about the file
    are withdrawn; its costs and stock stay until the next extraction replaces them."""
    delivery = direct_mail_delivery(session, delivery_id, "going back to extraction", lock=True)
    step = _waiting_step(delivery.status)
    if not actor.can(Right.PREPARE_DELIVERIES) and not (
        step is not None and approvals.may_approve(session, actor, delivery, step)
    ):
        raise NotEntitled(
            actor.name,
            f"send delivery {delivery.id} back to extraction",
            "an operator with PREPARE DELIVERIES, the reviewers of its waiting step, or an"
            " administrator",
        )
    lifecycle.ensure_allows(delivery, Action.BACK_TO_EXTRACTION, "going back to extraction")
    after_decisions.withdraw_after_extraction(session, delivery)
    lifecycle.transition(
        session, actor, delivery, S.PENDING_EXTRACTION, reason=reason or "back to extraction"
    )
    if reason.strip():
        journal.add(
            session,
            delivery.id,
            JournalLevel.WARNING,
            "direct_mail.back_to_extraction_because",
            operator=actor.name,
            reason=reason.strip(),
        )
    else:
        journal.add(
            session,
            delivery.id,
            JournalLevel.WARNING,
            "direct_mail.back_to_extraction",
            operator=actor.name,
        )
    return delivery.status
