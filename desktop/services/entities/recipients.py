"""Recipients and static lists: edited by whoever may import recipients (IMPORT)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from desktop.errors import ValidationError
from desktop.models import Delivery, DeliveryLog, Recipient, RecipientList, list_member
from desktop.models.enums import Right
from desktop.models.recipients import normalize_address
from desktop.services.access.rights import Actor
from desktop.services.delivery.lifecycle import FINAL_STATES
from desktop.services.entities.base import (
    EntitySpec,
    FieldKind,
    FieldSpec,
    refuse_if_used,
    register,
)

# Proof (seed) targets hold at most 100 addresses (domain.md §4).
PROOF_TARGET_MAX = 100


def _recipient_values(_session: Session, recipient: Recipient) -> None:
    country = recipient.country or ""
    if country and not (len(country) == 2 and country.isascii() and country.isalpha()):
        raise ValidationError("Country", "must be a two-letter code such as FR", country)
    if recipient.custom_fields is None:  # emptied in a form
        recipient.custom_fields = {}
    if not isinstance(recipient.custom_fields, dict):
        raise ValidationError(
            "Custom fields",
            'must be a JSON object such as {"tier": "gold"}',
            recipient.custom_fields,
        )


def _derive_recipient_columns(
    _session: Session, _actor: Actor, recipient: Recipient, _changed: set[str]
) -> None:
    # Malformed addresses are kept as typed (preparation excludes them with a cause); the
    # key is what duplicates, quarantine and the denylist compare.
    recipient.email_key = normalize_address(recipient.email)
    recipient.country = (recipient.country or "").upper()
    recipient.external_id = recipient.external_id or None  # unique: blank means none


def _recipient_not_being_sent(session: Session, _actor: Actor, recipient: Recipient) -> None:
    refuse_if_used(
        session,
        "Recipient",
        recipient.email or recipient.id,
        "deliveries not finished",
        select(Delivery.label)
        .join(DeliveryLog, DeliveryLog.delivery_id == Delivery.id)
        .where(DeliveryLog.recipient_id == recipient.id, Delivery.status.not_in(FINAL_STATES))
        .distinct(),
    )


def _proof_target_size(session: Session, recipient_list: RecipientList) -> None:
    if not recipient_list.is_proof_target or recipient_list.id is None:
        return
    members = session.scalar(
        select(func.count())
        .select_from(list_member)
        .where(list_member.c.list_id == recipient_list.id)
    )
    if members and members > PROOF_TARGET_MAX:
        raise ValidationError(
            "Proof target",
            f"a proof target holds at most {PROOF_TARGET_MAX} addresses; this list has {members}",
        )


def _list_not_used(session: Session, _actor: Actor, recipient_list: RecipientList) -> None:
    refuse_if_used(
        session,
        "List",
        recipient_list.label,
        "deliveries not finished",
        select(Delivery.label).where(
            or_(
                Delivery.audience_list_id == recipient_list.id,
                Delivery.proof_list_id == recipient_list.id,
            ),
            Delivery.status.not_in(FINAL_STATES),
        ),
    )


def _text(name: str, label: str, **options: Any) -> FieldSpec:
    """A text field; its longest value is its column's (register)."""
    return FieldSpec(name, label, **options)


RECIPIENT = register(
    EntitySpec(
        kind="recipient",
        label="Recipient",
        plural="Recipients",
        model=Recipient,
        edit_right=Right.IMPORT,
        title_field="email",
        fields=(
            # TEXT, not EMAIL: imports keep malformed addresses; preparation excludes them.
            _text("email", "E-mail", listed=True),
            _text("first_name", "First name", listed=True),
            _text("last_name", "Last name", listed=True),
            _text("language", "Language", listed=True),
            _text("country", "Country", listed=True, help="two letters, such as FR"),
            _text("city", "City", listed=True),
            FieldSpec("postal_address", "Postal address", FieldKind.MULTILINE),
            FieldSpec("denylisted", "Denylisted", FieldKind.BOOLEAN, listed=True),
            _text("external_id", "External id"),
            FieldSpec(
                "custom_fields",
                "Custom fields",
                FieldKind.JSON,
                help='a JSON object, such as {"tier": "gold"}; filters use custom.NAME',
            ),
        ),
        check=_recipient_values,
        before_flush=_derive_recipient_columns,
        before_delete=_recipient_not_being_sent,
    )
)

RECIPIENT_LIST = register(
    EntitySpec(
        kind="recipient_list",
        label="List",
        plural="Lists",
        model=RecipientList,
        edit_right=Right.IMPORT,
        fields=(
            FieldSpec("label", "Label", required=True, listed=True),
            FieldSpec("description", "Description", FieldKind.MULTILINE),
            FieldSpec(
                "is_proof_target",
                "Proof target",
                FieldKind.BOOLEAN,
                listed=True,
                help=f"a list of at most {PROOF_TARGET_MAX} addresses that receive proofs",
            ),
        ),
        check=_proof_target_size,
        before_delete=_list_not_used,
    )
)
