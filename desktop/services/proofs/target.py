"""A delivery's proof target (domain.md §4): a list flagged as a proof target, or up to 100
addresses; never both. And who a proof goes to: each member of the list with their own
data, or each address with the data of the recipient who has it (if any).

The same rule guards `set_proof_target` (the CLI, the dashboard) and the delivery form
(services.entities.deliveries asks `check_proof_target`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.errors import InvalidState, NotFound, ValidationError
from desktop.models import Delivery, Recipient, RecipientList, list_member, normalize_address
from desktop.models.enums import Channel, DeliveryStatus, Right
from desktop.services.access import audit
from desktop.services.access.rights import Actor, require
from desktop.services.audience.addresses import clean_address_list
from desktop.services.audience.list_membership import PROOF_LIST_LIMIT, count_members
from desktop.services.messages.rendering import RECIPIENT_COLUMNS, RECIPIENT_FIELDS

# At most this many addresses receive a proof, from a list or typed (domain.md §4).
PROOF_TARGET_MAX = PROOF_LIST_LIMIT
# The field names the form and the errors use.
ADDRESSES_FIELD = "Proof addresses"
LIST_FIELD = "Proof target"


@dataclass(frozen=True)
class ProofTarget:
    list_id: int | None
    list_label: str | None
    addresses: list[str]  # the typed addresses (empty when the target is a list)
    size: int  # how many addresses a proof goes to

    @property
    def is_set(self) -> bool:
        return self.list_id is not None or bool(self.addresses)

    def as_dict(self) -> dict[str, Any]:
        return {
            "list_id": self.list_id,
            "list": self.list_label,
            "addresses": self.addresses,
            "size": self.size,
        }


@dataclass(frozen=True)
class ProofRecipient:
    address: str
    # What the templates see as `recipient`: a recipient's columns and custom fields.
    person: dict[str, Any]


@dataclass(frozen=True)
class ProofList:
    id: int
    label: str
    members: int


def proof_lists(session: Session) -> list[ProofList]:
    """The lists flagged as proof targets, by label, with how many members each has: what
    a form offers as a delivery's proof list."""
    members = (
        select(list_member.c.list_id, func.count().label("members"))
        .group_by(list_member.c.list_id)
        .subquery()
    )
    rows = session.execute(
        select(RecipientList.id, RecipientList.label, func.coalesce(members.c.members, 0))
        .outerjoin(members, members.c.list_id == RecipientList.id)
        .where(RecipientList.is_proof_target.is_(True))
        .order_by(RecipientList.label, RecipientList.id)
    )
    return [ProofList(list_id, label, count) for list_id, label, count in rows]


def check_proof_list(session: Session, list_id: int) -> RecipientList:
    """The list, when it may be a proof target: flagged as one, at most 100 members."""
    recipient_list = session.get(RecipientList, list_id)
    if recipient_list is None:
        raise ValidationError(LIST_FIELD, "no list with this id", list_id)
    if not recipient_list.is_proof_target:
        raise ValidationError(
            LIST_FIELD,
            f"the list {recipient_list.label!r} is not flagged as a proof target",
            list_id,
        )
    members = count_members(session, list_id)
    if members > PROOF_TARGET_MAX:
        raise ValidationError(
            LIST_FIELD,
            f"a proof target holds at most {PROOF_TARGET_MAX} addresses; "
            f"the list {recipient_list.label!r} has {members}",
        )
    return recipient_list


def check_proof_target(session: Session, delivery: Delivery) -> None:
    """Refuses a delivery's proof target that breaks the rule (the form's check)."""
    if delivery.proof_list_id is not None and delivery.proof_addresses:
        raise ValidationError(
            ADDRESSES_FIELD, "choose either a proof list or proof addresses, not both"
        )
    if delivery.proof_list_id is not None:
        check_proof_list(session, delivery.proof_list_id)
    clean_address_list(delivery.proof_addresses, field=ADDRESSES_FIELD, maximum=PROOF_TARGET_MAX)


def _delivery(session: Session, delivery_id: int) -> Delivery:
    delivery = session.get(Delivery, delivery_id)
    if delivery is None:
        raise NotFound("delivery", delivery_id)
    return delivery


def ensure_has_proofs(delivery: Delivery, doing: str) -> None:
    """Proofs are e-mails, set and sent at any time but while the delivery is prepared: an
    e-mail's message, or a direct mail's notification to its router (whose proofs are sent
    at their step of its flow: services.proofs.sending checks it)."""
    if delivery.channel not in (Channel.EMAIL, Channel.DIRECT_MAIL):
        raise InvalidState(
            f"delivery {delivery.id} is a {delivery.channel.value} delivery: "
            f"only e-mail and direct mail have proofs to {doing}"
        )
    if delivery.status is DeliveryStatus.PREPARING:
        raise InvalidState(
            f"delivery {delivery.id} is being prepared: {doing} a proof once the "
            "preparation has ended"
        )


def set_proof_target(
    session: Session,
    actor: Actor,
    delivery_id: int,
    *,
    addresses: Iterable[str] | str | None = None,
    list_id: int | None = None,
) -> ProofTarget:
    """Sets the proof target to these addresses or to this list; setting one clears the
    other (an empty list of addresses clears both)."""
    require(actor, Right.PREPARE_DELIVERIES, "set a delivery's proof target")
    if (addresses is None) == (list_id is None):
        raise ValidationError(LIST_FIELD, "give either proof addresses or a proof list")
    delivery = _delivery(session, delivery_id)
    ensure_has_proofs(delivery, "set")
    if list_id is not None:
        check_proof_list(session, list_id)
        new_list, new_addresses = list_id, []
    else:
        new_list = None
        new_addresses = clean_address_list(
            addresses, field=ADDRESSES_FIELD, maximum=PROOF_TARGET_MAX
        )
    changed = []
    if delivery.proof_list_id != new_list:
        changed.append("proof_list_id")
    if list(delivery.proof_addresses or []) != new_addresses:
        changed.append("proof_addresses")
    delivery.proof_list_id = new_list
    delivery.proof_addresses = new_addresses
    if changed:
        audit.record(session, actor, "delivery", delivery.id, "update", details={"fields": changed})
    session.flush()
    return proof_target_of(session, delivery)


def proof_target_of(session: Session, delivery: Delivery) -> ProofTarget:
    if delivery.proof_list_id is not None:
        recipient_list = session.get(RecipientList, delivery.proof_list_id)
        return ProofTarget(
            delivery.proof_list_id,
            recipient_list.label if recipient_list is not None else None,
            [],
            count_members(session, delivery.proof_list_id),
        )
    addresses = list(delivery.proof_addresses or [])
    return ProofTarget(None, None, addresses, len(addresses))


def proof_target(session: Session, delivery_id: int) -> ProofTarget:
    """A delivery's proof target as it is now."""
    return proof_target_of(session, _delivery(session, delivery_id))


def _address_only(address: str) -> dict[str, Any]:
    """The recipient data of an address no recipient has: only the address."""
    person: dict[str, Any] = {name: "" for name in RECIPIENT_FIELDS}
    person.update(id=None, email=address, external_id=None, custom_fields={})
    return person


def proof_recipients(session: Session, delivery: Delivery) -> list[ProofRecipient]:
    """Who a proof of the delivery goes to, with the data their message is rendered with:
    the list's members (their own data), or each address (the data of the recipient with
    that address, the lowest id when several have it; else only the address)."""
    if delivery.proof_list_id is not None:
        rows = session.execute(
            select(*RECIPIENT_COLUMNS)
            .join(list_member, list_member.c.recipient_id == Recipient.id)
            .where(list_member.c.list_id == delivery.proof_list_id)
            .order_by(Recipient.id)
        )
        return [ProofRecipient((row.email or "").strip(), dict(row._mapping)) for row in rows]
    addresses = list(delivery.proof_addresses or [])
    keys = {normalize_address(address) for address in addresses}
    first_ids = (
        select(func.min(Recipient.id))
        .where(Recipient.email_key.in_(keys))
        .group_by(Recipient.email_key)
    )
    known = {
        normalize_address(row.email): dict(row._mapping)
        for row in session.execute(select(*RECIPIENT_COLUMNS).where(Recipient.id.in_(first_ids)))
    }
    return [
        ProofRecipient(address, known.get(normalize_address(address)) or _address_only(address))
        for address in addresses
    ]
