"""Whom a pre-flight check builds the message for: the first recipient to deliver once the
delivery is prepared (exactly whom the send starts with), else the first address of its
proof target (whom a proof goes to), else the first recipient of its audience with an
address. With none, an address alone, as a proof to an unknown address is rendered."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.models import Delivery, DeliveryLog, Recipient, list_member
from desktop.models.enums import LogStatus
from desktop.services.audience.conditions import compile_condition
from desktop.services.messages.rendering import RECIPIENT_COLUMNS, RECIPIENT_FIELDS
from desktop.services.proofs.target import proof_recipients

# The address of the stand-in recipient: .invalid never resolves (RFC 2606).
STAND_IN_ADDRESS = "recipient@example.invalid"


@dataclass(frozen=True)
class SampleRecipient:
    address: str
    person: dict[str, Any]  # what the templates see as `recipient`
    source: str  # to_deliver / proof_target / audience / none


def _first_to_deliver(session: Session, delivery_id: int) -> SampleRecipient | None:
    row = session.execute(
        select(*RECIPIENT_COLUMNS)
        .join(DeliveryLog, DeliveryLog.recipient_id == Recipient.id)
        .where(DeliveryLog.delivery_id == delivery_id, DeliveryLog.status == LogStatus.TO_DELIVER)
        .order_by(Recipient.id)
        .limit(1)
    ).first()
    if row is None:
        return None
    return SampleRecipient((row.email or "").strip(), dict(row._mapping), "to_deliver")


def _first_of_audience(session: Session, delivery: Delivery) -> SampleRecipient | None:
    query = select(*RECIPIENT_COLUMNS).where(func.trim(func.coalesce(Recipient.email, "")) != "")
    if delivery.audience_filter is not None:
        query = query.where(compile_condition(delivery.audience_filter))
    if delivery.audience_list_id is not None:
        query = query.join(list_member, list_member.c.recipient_id == Recipient.id).where(
            list_member.c.list_id == delivery.audience_list_id
        )
    row = session.execute(query.order_by(Recipient.id).limit(1)).first()
    if row is None:
        return None
    return SampleRecipient((row.email or "").strip(), dict(row._mapping), "audience")


def stand_in() -> SampleRecipient:
    person: dict[str, Any] = {name: "" for name in RECIPIENT_FIELDS}
    person.update(id=None, email=STAND_IN_ADDRESS, external_id=None, custom_fields={})
    return SampleRecipient(STAND_IN_ADDRESS, person, "none")


def sample_recipient(session: Session, delivery: Delivery) -> SampleRecipient:
    found = _first_to_deliver(session, delivery.id)
    if found is not None:
        return found
    proof = proof_recipients(session, delivery)
    if proof:
        return SampleRecipient(proof[0].address, proof[0].person, "proof_target")
    return _first_of_audience(session, delivery) or stand_in()
