"""Send a proof (domain.md §4): the delivery's real, personalised message to each address of
its proof target, through the relay a send would use, the subject marked `[Proof 3]`.

A proof is numbered (the delivery's previous proof + 1) and written down: a Proof row
(who, when, the addresses and what the relay answered for each) and a journal line. It
never touches the delivery's counters, logs or status, and its links are not tracked
(services.proofs.messages). A message that cannot be rendered for one address is that
address's outcome; the others still go. Allowed in any status but Preparing; for direct
mail, the proof is the router's notification of the extraction file (services.direct_mail.
router_notification), sent while the delivery is To submit.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.errors import ConsoleError, NotFound
from desktop.models import Approval, Delivery, Operator, Proof, utcnow
from desktop.models.database import Sessions
from desktop.models.enums import (
    ApprovalKind,
    ApprovalStatus,
    Channel,
    DeliveryStatus,
    JournalLevel,
    Right,
)
from desktop.services.access import audit
from desktop.services.access.rights import Actor, require
from desktop.services.delivery import journal
from desktop.services.delivery.lifecycle import Action, ensure_allows
from desktop.services.direct_mail.extraction import provider_of
from desktop.services.direct_mail.router_notification import router_notification
from desktop.services.messages.rendering import RecipientRenderError, render_spec
from desktop.services.notifications import review_messages
from desktop.services.proofs.messages import ProofMessages, proof_mark
from desktop.services.proofs.target import (
    PROOF_TARGET_MAX,
    ensure_has_proofs,
    proof_recipients,
    proof_target_of,
)
from desktop.services.runtime import busy_retry
from desktop.services.sending.mailer import MailOutcome, OutgoingMessage, send_messages
from desktop.services.sending.message_pool import SenderFields
from desktop.services.sending.send_rights import ensure_may_use_relay
from desktop.services.sending.smtp_transmit import envelope_address_problem
from desktop.services.settings.relay_settings import RelayTarget

SENT = "sent"
PARTLY_SENT = "partly sent"
FAILED = "failed"


class ProofRefused(ConsoleError):
    """The delivery cannot have a proof as it stands; the message says what to fix."""


@dataclass(frozen=True)
class ProofOutcome:
    address: str
    ok: bool
    detail: str  # the relay's acceptance, its refusal, or why the message did not go

    def as_dict(self) -> dict[str, Any]:
        return {"address": self.address, "ok": self.ok, "detail": self.detail}


@dataclass(frozen=True)
class ProofResult:
    proof_id: int
    delivery_id: int
    number: int
    status: str  # sent / partly sent / failed
    sent_at: datetime
    relay: str
    outcomes: list[ProofOutcome]

    @property
    def accepted(self) -> int:
        return sum(1 for outcome in self.outcomes if outcome.ok)

    def as_dict(self) -> dict[str, Any]:
        return {
            "proof_id": self.proof_id,
            "delivery_id": self.delivery_id,
            "number": self.number,
            "status": self.status,
            "sent_at": self.sent_at,
            "relay": self.relay,
            "results": [outcome.as_dict() for outcome in self.outcomes],
        }


@dataclass(frozen=True)
class _Prepared:
    """A proof ready to go: its number, the messages, and what could not be built."""

    number: int
    sender: str
    target_list_id: int | None
    addresses: list[str]
    messages: list[OutgoingMessage]
    render_errors: dict[int, ProofOutcome]  # by position among the addresses


def status_of(outcomes: list[ProofOutcome]) -> str:
    accepted = sum(1 for outcome in outcomes if outcome.ok)
    if outcomes and accepted == len(outcomes):
        return SENT
    return PARTLY_SENT if accepted else FAILED


def _operator_language(session: Session, actor: Actor) -> str | None:
    if actor.operator_id is None:
        return None
    return session.scalar(select(Operator.language).where(Operator.id == actor.operator_id))


def _check_sendable(session: Session, delivery: Delivery) -> None:
    ensure_has_proofs(delivery, "send")
    if delivery.channel is Channel.DIRECT_MAIL:
        # The router's notification, once the file is extracted (and approved if asked).
        ensure_allows(delivery, Action.ROUTER_PROOF, "sending a proof of the router's e-mail")
    target = proof_target_of(session, delivery)
    if not target.is_set:
        raise ProofRefused(
            f"delivery {delivery.id} has no proof target: set a proof list or proof addresses first"
        )
    if target.size > PROOF_TARGET_MAX:
        raise ProofRefused(
            f"delivery {delivery.id}: its proof target has {target.size} addresses, "
            f"more than the {PROOF_TARGET_MAX} a proof may go to"
        )
    if not target.size:
        raise ProofRefused(f"delivery {delivery.id}: its proof list {target.list_label!r} is empty")
    if delivery.channel is Channel.DIRECT_MAIL:
        return  # its notification has its own subject and sender (router_notification)
    if not (delivery.subject or "").strip():
        raise ProofRefused(f"delivery {delivery.id} has no subject: write one first")
    sender = (delivery.sender_address or "").strip()
    if not sender:
        raise ProofRefused(f"delivery {delivery.id} has no sender address: set one first")
    problem = envelope_address_problem(sender)
    if problem is not None:
        raise ProofRefused(f"delivery {delivery.id}: sender address {sender!r}: {problem}")


def _prepare(session: Session, actor: Actor, delivery_id: int, language: str | None) -> _Prepared:
    delivery = session.get(Delivery, delivery_id)
    if delivery is None:
        raise NotFound("delivery", delivery_id)
    _check_sendable(session, delivery)
    previous = session.scalar(
        select(func.max(Proof.number)).where(Proof.delivery_id == delivery.id)
    )
    number = (previous or 0) + 1
    if language is None:
        language = _operator_language(session, actor)
    if delivery.channel is Channel.DIRECT_MAIL:
        return _router_proof(session, delivery, number, proof_mark(language, number))
    sender = SenderFields(delivery.sender_address, delivery.sender_name, delivery.reply_to)
    # Raises TemplateSyntaxProblem (a ConsoleError naming the part and line): no proof.
    factory = ProofMessages(render_spec(session, delivery), sender, proof_mark(language, number))
    recipients = proof_recipients(session, delivery)
    messages, render_errors = [], {}
    for position, recipient in enumerate(recipients):
        try:
            messages.append(OutgoingMessage(recipient.address, factory.build(recipient)))
        except RecipientRenderError as exc:
            render_errors[position] = ProofOutcome(
                recipient.address, False, f"cannot be rendered: {exc}"
            )
    return _Prepared(
        number=number,
        sender=delivery.sender_address.strip(),
        target_list_id=delivery.proof_list_id,
        addresses=[recipient.address for recipient in recipients],
        messages=messages,
        render_errors=render_errors,
    )


def _router_proof(session: Session, delivery: Delivery, number: int, mark: str) -> _Prepared:
    """A direct mail's proof: the notification its router will receive with the file."""
    provider = provider_of(session, delivery)
    notification = router_notification(session, delivery, provider.drop_folder)
    recipients = proof_recipients(session, delivery)
    return _Prepared(
        number=number,
        sender=notification.sender,
        target_list_id=delivery.proof_list_id,
        addresses=[recipient.address for recipient in recipients],
        messages=[
            OutgoingMessage(r.address, notification.message(r.address, delivery.id, mark))
            for r in recipients
        ],
        render_errors={},
    )


def _in_order(prepared: _Prepared, sent: list[MailOutcome]) -> list[ProofOutcome]:
    """One outcome per address, in the target's order."""
    relayed = iter(sent)
    outcomes = []
    for position in range(len(prepared.addresses)):
        if position in prepared.render_errors:
            outcomes.append(prepared.render_errors[position])
        else:
            outcome = next(relayed)
            outcomes.append(ProofOutcome(outcome.recipient, outcome.accepted, outcome.detail))
    return outcomes


def _journal_line(
    actor: Actor, number: int, outcomes: list[ProofOutcome], relay: str, level: JournalLevel
) -> journal.Line:
    params: dict[str, Any] = {
        "number": number,
        "operator": actor.name,
        "relay": relay,
        "accepted": sum(1 for outcome in outcomes if outcome.ok),
        "count": len(outcomes),
    }
    refused = [f"{o.address}: {o.detail}" for o in outcomes if not o.ok]
    if not refused:
        return journal.line(level, "proof.sent", **params)
    shown = "; ".join(refused[:3])
    more = f" (+{len(refused) - 3})" if len(refused) > 3 else ""
    return journal.line(level, "proof.sent_some_refused", refused=shown + more, **params)


def _tell_proofs_reviewers(session: Session, actor: Actor, delivery_id: int, number: int) -> None:
    """A proof that reached someone, while the proofs step waits: its reviewers can now
    decide it (services.notifications.review_messages)."""
    delivery = session.get(Delivery, delivery_id)
    waiting = session.scalar(
        select(Approval.id).where(
            Approval.delivery_id == delivery_id,
            Approval.kind == ApprovalKind.PROOFS,
            Approval.status == ApprovalStatus.PENDING,
        )
    )
    if delivery is not None and delivery.status is DeliveryStatus.PENDING_APPROVAL and waiting:
        review_messages.proof_to_review(session, delivery, number, actor.name)


def send_proof(
    sessions: Sessions,
    actor: Actor,
    delivery_id: int,
    relay: RelayTarget,
    *,
    language: str | None = None,
) -> ProofResult:
    """Sends the next proof of a delivery to its proof target; returns each address's
    outcome. `language` chooses the proof word (None: the operator's language, else
    English). Refused (ProofRefused, InvalidState, PermissionDenied) before anything goes:
    it needs PREPARE DELIVERIES, and ADMINISTRATION for a relay chosen instead of the
    settings (services.sending.send_rights)."""
    require(actor, Right.PREPARE_DELIVERIES, "send a proof")
    ensure_may_use_relay(actor, relay)
    # Both transactions wait out a database another process keeps busy; the messages go
    # between them, once, whatever the writes around them had to wait for.
    prepared = busy_retry.write(  # may create the tracking key: a transaction
        sessions,
        lambda session: _prepare(session, actor, delivery_id, language),
        what=f"prepare a proof of delivery {delivery_id}",
    )
    # No transaction is held while the relay answers.
    sent = send_messages(relay, prepared.sender, prepared.messages)
    outcomes = _in_order(prepared, sent)
    status = status_of(outcomes)
    relay_name = relay.described

    def record(session: Session) -> ProofResult:
        proof = Proof(
            delivery_id=delivery_id,
            number=prepared.number,
            target_list_id=prepared.target_list_id,
            sent_by_id=actor.operator_id,
            recipients=len(outcomes),
            status=status,
            sent_at=utcnow(),
            addresses=prepared.addresses,
            results=[outcome.as_dict() for outcome in outcomes],
        )
        session.add(proof)
        session.flush()
        level = JournalLevel.INFO if status == SENT else JournalLevel.WARNING
        journal.add_line(
            session,
            delivery_id,
            _journal_line(actor, prepared.number, outcomes, relay_name, level),
        )
        audit.record(
            session,
            actor,
            "delivery",
            delivery_id,
            "proof",
            details={"number": prepared.number, "status": status, "addresses": len(outcomes)},
        )
        if status != FAILED:
            _tell_proofs_reviewers(session, actor, delivery_id, prepared.number)
        return ProofResult(
            proof_id=proof.id,
            delivery_id=delivery_id,
            number=prepared.number,
            status=status,
            sent_at=proof.sent_at,
            relay=relay_name,
            outcomes=outcomes,
        )

    went_out = f"proof {prepared.number} of delivery {delivery_id} (its messages went out)"
    return busy_retry.write(sessions, record, what=f"record {went_out}")
