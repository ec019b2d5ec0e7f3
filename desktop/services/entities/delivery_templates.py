"""Delivery templates (Resources > Templates > Delivery templates): everything of a
delivery but its audience and schedule, to start deliveries from.

A template is edited like any object (PREPARE DELIVERIES), made from a delivery ("Save as
template", `template create --from-delivery`), and turned into a new delivery of a
campaign (`create_delivery`, "New delivery from template", `delivery create
--template`): the delivery gets the template's values, then those given, which win. Its
approval settings too: with "override", the template's steps and reviewers become the
delivery's own. The delivery is then an ordinary one; editing the template later changes
no delivery made from it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import Delivery, DeliveryTemplate
from desktop.models.enums import Channel, ReviewerRole, Right
from desktop.services.access.rights import Actor, require
from desktop.services.delivery.approval_settings import (
    check_reviewer_names,
    check_stored_steps,
    delivery_settings,
    set_approval_settings,
)
from desktop.services.delivery.approvals import steps_of
from desktop.services.entities import base
from desktop.services.entities.base import EntitySpec, FieldKind, FieldSpec, register
from desktop.services.entities.deliveries import DELIVERY
from desktop.services.proofs.target import check_proof_target

APPROVAL_STEP_FIELDS = (
    "approve_targeting",
    "approve_content",
    "approve_budget",
    "approve_extraction",
    "approve_proofs",
)
# What a template holds of a delivery, and gives to the deliveries made from it: not the
# audience (filter, list), nor the schedule (contact date), nor the campaign.
COPIED_FIELDS = (
    "channel",
    "subject",
    "sender_name",
    "sender_address",
    "reply_to",
    "html",
    "text",
    "proof_list_id",
    "proof_addresses",
    "validity_seconds",
    "max_connections",
    "messages_per_connection",
    "messages_per_hour",
    "messages_per_hour_per_domain",
    "typology_id",
    "control_group_percent",
    "target_limit",
    "provider_id",
    "override_approvals",
    *APPROVAL_STEP_FIELDS,
)
REVIEWER_FIELDS = ("reviewers", "confirmation_reviewers")


def _template_checks(session: Session, template: DeliveryTemplate) -> None:
    if template.override_approvals:
        check_stored_steps(session, template)
    check_reviewer_names(session, template.reviewers or [], ReviewerRole.APPROVAL)
    check_reviewer_names(session, template.confirmation_reviewers or [], ReviewerRole.CONFIRMATION)


def _before_flush(
    session: Session, actor: Actor, template: DeliveryTemplate, changed: set[str]
) -> None:
    if template.id is None:
        template.created_by_id = actor.operator_id
    if changed & {"proof_list_id", "proof_addresses"}:
        check_proof_target(session, template)


def _same_as_delivery(name: str) -> FieldSpec:
    """The delivery's field, with its label, rules and help: one definition for both."""
    field = DELIVERY.field(name)
    return FieldSpec(
        field.name,
        field.label,
        field.kind,
        required=field.required,
        choices=field.choices,
        reference=field.reference,
        minimum=field.minimum,
        maximum=field.maximum,
        help=field.help,
        listed=name == "subject",
    )


DELIVERY_TEMPLATE = register(
    EntitySpec(
        kind="delivery_template",
        label="Delivery template",
        plural="Delivery templates",
        model=DeliveryTemplate,
        edit_right=Right.PREPARE_DELIVERIES,
        fields=(
            FieldSpec("label", "Label", required=True, listed=True),
            FieldSpec(
                "channel", "Channel", FieldKind.CHOICE, required=True, choices=Channel, listed=True
            ),
            FieldSpec("description", "Description", FieldKind.MULTILINE),
            *(
                _same_as_delivery(name)
                for name in COPIED_FIELDS
                if name != "channel"
                and not name.startswith("approve_")
                and name != "override_approvals"
            ),
            FieldSpec("override_approvals", "Override the campaign's approvals", FieldKind.BOOLEAN),
            *(_same_as_delivery(name) for name in APPROVAL_STEP_FIELDS),
            FieldSpec(
                "reviewers",
                "Reviewers",
                FieldKind.TEXT_LIST,
                help="used when Override approvals is set; operator or group names, such as "
                "erik, targeting:erik, group:reviewers",
            ),
            FieldSpec(
                "confirmation_reviewers",
                "Confirmation reviewers",
                FieldKind.TEXT_LIST,
                help="used when Override approvals is set; who may confirm the send",
            ),
        ),
        check=_template_checks,
        before_flush=_before_flush,
    )
)


# ---- between deliveries and templates ------------------------------------------------------


def values_from_delivery(session: Session, delivery: Delivery) -> dict[str, Any]:
    """What a template made from `delivery` holds: its copied fields, and, when it follows
    its own approval settings, its reviewers by name."""
    values: dict[str, Any] = {name: getattr(delivery, name) for name in COPIED_FIELDS}
    if delivery.override_approvals:
        settings = delivery_settings(session, delivery.id).as_dict()
        values["reviewers"] = settings["reviewers"]
        values["confirmation_reviewers"] = settings["confirmation_reviewers"]
    return values


def save_as_template(
    session: Session, actor: Actor, delivery_id: int, label: str
) -> DeliveryTemplate:
    """A new template holding everything of delivery `delivery_id` but its audience and
    schedule, named `label`."""
    require(actor, Right.PREPARE_DELIVERIES, "create a delivery template")
    delivery = base.get(session, "delivery", delivery_id)
    values = values_from_delivery(session, delivery)
    values["label"] = label
    values["description"] = f"from delivery {delivery.id}: {delivery.label}"[:10_000]
    return base.create(session, actor, "delivery_template", values)


def values_for_delivery(template: DeliveryTemplate) -> dict[str, Any]:
    """The values a delivery made from `template` starts with (its label included)."""
    values: dict[str, Any] = {name: getattr(template, name) for name in COPIED_FIELDS}
    values["label"] = template.label
    return values


def create_delivery(
    session: Session, actor: Actor, template_id: int, values: Mapping[str, Any]
) -> Delivery:
    """A new delivery from template `template_id`, with `values` (its campaign, label,
    audience, contact date, or any field of the template to replace) over the template's.
    Every value is checked as for any new delivery; with the template's override, its
    approval steps and reviewers become the delivery's own, checked the same way."""
    require(actor, Right.PREPARE_DELIVERIES, "create a delivery")
    template = base.get(session, "delivery_template", template_id)
    merged = {**values_for_delivery(template), **values}
    delivery = base.create(session, actor, "delivery", merged)
    overridden = bool(merged.get("override_approvals"))
    if overridden and template.override_approvals:
        given_steps = any(name in values for name in APPROVAL_STEP_FIELDS)
        steps = steps_of(delivery) if given_steps else steps_of(template)
        set_approval_settings(
            session,
            actor,
            "delivery",
            delivery.id,
            steps,
            list(template.reviewers or []),
            list(template.confirmation_reviewers or []),
        )
    return delivery


def template_rows(session: Session) -> list[dict[str, Any]]:
    """Every template, by label: what `template list` prints and a chooser offers."""
    query = select(
        DeliveryTemplate.id,
        DeliveryTemplate.label,
        DeliveryTemplate.channel,
        DeliveryTemplate.subject,
        DeliveryTemplate.description,
    ).order_by(DeliveryTemplate.label, DeliveryTemplate.id)
    return [{**row._mapping, "channel": row.channel.value} for row in session.execute(query)]
