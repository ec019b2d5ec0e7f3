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
        line = f"Extraction file approved by {actor.name}."
    elif delivery.status is S.PROOFS_TO_VALIDATE and step is ApprovalKind.PROOFS:
        to = S.READY_TO_HAND_OFF
        line = f"Proofs accepted by {actor.name}."
    else:  # the decisions only reach here for those two
        return
    lifecycle.transition(session, actor, delivery, to, reason=f"{step.value} approved")
    journal.add(session, delivery.id, JournalLevel.INFO, line + _next_words(to))


def after_rejection(
    session: Session, actor: Actor, delivery: Delivery, step: ApprovalKind, comment: str
) -> None:
    if delivery.status is S.FILE_TO_APPROVE and step is ApprovalKind.EXTRACTION:
        to = S.PENDING_EXTRACTION
        line = f"Extraction file rejected by {actor.name}: {comment}"
        withdraw_after_extraction(session, delivery)
    elif delivery.status is S.PROOFS_TO_VALIDATE and step is ApprovalKind.PROOFS:
        to = S.TO_SUBMIT
        line = f"Proofs rejected by {actor.name}: {comment}"
    else:
        return
    lifecycle.transition(session, actor, delivery, to, reason=f"{step.value} rejected")
    journal.add(session, delivery.id, JournalLevel.WARNING, line + _next_words(to))


def _next_words(status: DeliveryStatus) -> str:
    return {
        S.TO_SUBMIT: " Next: send a proof of the router's notification, then submit it.",
        S.READY_TO_HAND_OFF: " Next: hand the file off to the provider.",
        S.PENDING_EXTRACTION: " Next: change the export format if needed, and extract again.",
    }.get(status, "")
