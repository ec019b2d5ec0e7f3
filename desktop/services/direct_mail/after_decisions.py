"""Where a direct-mail delivery goes once a reviewer decided its extraction file or its
router's proofs (domain.md §5), asked by services.delivery.approval_decisions.

- the file approved: To submit when the router's proofs are asked, else Ready for hand-off;
- the file rejected: back to Pending extraction (change the export format, extract again);
- the proofs accepted: Ready for hand-off; rejected: back to To submit (send another proof).
"""

from __future__ import annotations

from sqlalchemy import delete
from sqlalchemy.orm import Session

from desktop.models import Approval, Delivery
from desktop.models.enums import ApprovalKind, ApprovalStatus, DeliveryStatus, JournalLevel
from desktop.services.access.rights import Actor
from desktop.services.delivery import approvals, journal, lifecycle

S = DeliveryStatus
# The steps that come after the extraction: a new file asks them again.
AFTER_EXTRACTION_STEPS = (ApprovalKind.EXTRACTION, ApprovalKind.PROOFS)


def proofs_asked(session: Session, delivery: Delivery) -> bool:
    """Whether the router's proofs are asked (the campaign's or the delivery's settings)."""
    return bool(approvals.approval_settings(session, delivery).approve_proofs)


def file_approval_asked(session: Session, delivery: Delivery) -> bool:
    return bool(approvals.approval_settings(session, delivery).approve_extraction)


def after_file(session: Session, delivery: Delivery) -> DeliveryStatus:
    """Where an extracted (or approved) file leads: the router's proofs, else the hand-off."""
    return S.TO_SUBMIT if proofs_asked(session, delivery) else S.READY_TO_HAND_OFF


def withdraw_after_extraction(session: Session, delivery: Delivery) -> None:
    """Removes the pending and granted decisions of the steps after the extraction: they
    were about a file that is replaced. Rejections stay, with their reasons."""
    session.execute(
        delete(Approval).where(
            Approval.delivery_id == delivery.id,
            Approval.kind.in_(AFTER_EXTRACTION_STEPS),
            Approval.status.in_([ApprovalStatus.PENDING, ApprovalStatus.APPROVED]),
        )
    )


def after_approval(session: Session, actor: Actor, delivery: Delivery, step: ApprovalKind) -> None:
    if delivery.status is S.FILE_TO_APPROVE and step is ApprovalKind.EXTRACTION:
        to = after_file(session, delivery)
        key = "direct_mail.file_approved"
    elif delivery.status is S.PROOFS_TO_VALIDATE and step is ApprovalKind.PROOFS:
        to = S.READY_TO_HAND_OFF
        key = "direct_mail.proofs_accepted"
    else:  # the decisions only reach here for those two
        return
    lifecycle.transition(session, actor, delivery, to, reason=f"{step.value} approved")
    journal.add(session, delivery.id, JournalLevel.INFO, key, operator=actor.name)
    _say_next(session, delivery.id, to)


def after_rejection(
    session: Session, actor: Actor, delivery: Delivery, step: ApprovalKind, comment: str
) -> None:
    if delivery.status is S.FILE_TO_APPROVE and step is ApprovalKind.EXTRACTION:
        to = S.PENDING_EXTRACTION
        key = "direct_mail.file_rejected"
        withdraw_after_extraction(session, delivery)
    elif delivery.status is S.PROOFS_TO_VALIDATE and step is ApprovalKind.PROOFS:
        to = S.TO_SUBMIT
        key = "direct_mail.proofs_rejected"
    else:
        return
    lifecycle.transition(session, actor, delivery, to, reason=f"{step.value} rejected")
    journal.add(
        session, delivery.id, JournalLevel.WARNING, key, operator=actor.name, comment=comment
    )
    _say_next(session, delivery.id, to)


# What the mailing waits for next, after a decision moved it (journal_messages keys).
NEXT_LINES = {
    S.TO_SUBMIT: "direct_mail.next_router_proof",
    S.READY_TO_HAND_OFF: "direct_mail.next_hand_off",
    S.PENDING_EXTRACTION: "direct_mail.next_extraction",
}


def _say_next(session: Session, delivery_id: int, status: DeliveryStatus) -> None:
    key = NEXT_LINES.get(status)
    if key is not None:
        journal.add(session, delivery_id, JournalLevel.INFO, key)
