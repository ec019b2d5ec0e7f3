"""Deliveries: audience, content, schedule, throughput, typology and approval settings.

Edited by campaign managers (PREPARE DELIVERIES). A delivery cannot be edited while it is
prepared, sent or once it has gone out; an edit of what a preparation computed from
(audience, content, schedule, typology) sends a prepared delivery back to Being edited.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from desktop.errors import InvalidState, ValidationError
from desktop.models import Delivery
from desktop.models.enums import Channel, DeliveryStatus, Right
from desktop.services.access.rights import Actor
from desktop.services.delivery import lifecycle
from desktop.services.delivery.approval_settings import check_stored_steps
from desktop.services.entities.base import EntitySpec, FieldKind, FieldSpec, register
from desktop.services.proofs.target import PROOF_TARGET_MAX, check_proof_target

# A delivery in one of lifecycle.FINAL_STATES reads nothing any more (audience, typology,
# lists): what it used may go. Deleting one in lifecycle.RUNNING_STATES would pull the rows
# from under a running preparation or send.


def _refuse_when_locked(
    _session: Session, _actor: Actor, delivery: Delivery, _names: set[str]
) -> None:
    lifecycle.ensure_editable(delivery)


def _one_audience(_session: Session, delivery: Delivery) -> None:
    if delivery.audience_filter is not None and delivery.audience_list_id is not None:
        # Named after a field, so that a form shows the message under it.
        raise ValidationError(
            "Audience list", "choose either a filter or a list, not both", delivery.audience_list_id
        )


def _delivery_checks(session: Session, delivery: Delivery) -> None:
    _one_audience(session, delivery)
    if delivery.override_approvals:  # otherwise its campaign's steps count, not these
        check_stored_steps(session, delivery)


def _before_flush(session: Session, actor: Actor, delivery: Delivery, changed: set[str]) -> None:
    if delivery.id is None:
        delivery.created_by_id = actor.operator_id
    # Checked when it changes only: a list unflagged since must not block other edits.
    if changed & {"proof_list_id", "proof_addresses"}:
        check_proof_target(session, delivery)


def _invalidate_if_prepared(
    session: Session, actor: Actor, delivery: Delivery, changed: set[str]
) -> None:
    lifecycle.invalidate_preparation(session, actor, delivery, changed)


def _refuse_while_running(_session: Session, _actor: Actor, delivery: Delivery) -> None:
    if delivery.status in lifecycle.RUNNING_STATES:
        raise InvalidState(
            f"delivery {delivery.id} is {delivery.status.value}: stop it before deleting it"
        )


def check_ready_to_prepare(delivery: Delivery) -> None:
    """What editing leaves open but preparation needs: a direct-mail delivery's provider.

    Saving a draft never requires it; preparing does, because extraction, costs and stock
    consumption (domain.md §5) all come from the provider, and failing after the approvals
    would waste the reviewers' time."""
    if delivery.channel is Channel.DIRECT_MAIL and delivery.provider_id is None:
        raise ValidationError(
            "Provider", "a direct-mail delivery needs a service provider before preparation"
        )


def _approval_flag(name: str, label: str) -> FieldSpec:
    return FieldSpec(name, label, FieldKind.BOOLEAN, help="used when Override approvals is set")


DELIVERY = register(
    EntitySpec(
        kind="delivery",
        label="Delivery",
        plural="Deliveries",
        model=Delivery,
        edit_right=Right.PREPARE_DELIVERIES,
        fields=(
            FieldSpec("label", "Label", required=True, listed=True),
            FieldSpec(
                "status",
                "Status",
                FieldKind.CHOICE,
                choices=DeliveryStatus,
                read_only=True,
                listed=True,
            ),
            FieldSpec(
                "channel", "Channel", FieldKind.CHOICE, required=True, choices=Channel, listed=True
            ),
            FieldSpec(
                "campaign_id", "Campaign", FieldKind.REFERENCE, reference="campaign", listed=True
            ),
            # Content
            FieldSpec("subject", "Subject"),
            FieldSpec("sender_name", "Sender name"),
            FieldSpec("sender_address", "Sender address", FieldKind.EMAIL),
            FieldSpec("reply_to", "Reply-to address", FieldKind.EMAIL),
            FieldSpec("html", "HTML content", FieldKind.HTML),
            FieldSpec("text", "Text content", FieldKind.MULTILINE),
            # Audience
            FieldSpec(
                "audience_filter",
                "Audience filter",
                FieldKind.CONDITION,
                help="no filter and no list: every recipient",
            ),
            FieldSpec(
                "audience_list_id", "Audience list", FieldKind.REFERENCE, reference="recipient_list"
            ),
            FieldSpec(
                "proof_list_id",
                "Proof target",
                FieldKind.REFERENCE,
                reference="recipient_list",
                help="a list flagged as a proof target; or proof addresses",
            ),
            FieldSpec(
                "proof_addresses",
                "Proof addresses",
                FieldKind.EMAIL_LIST,
                maximum=PROOF_TARGET_MAX,
                help=f"at most {PROOF_TARGET_MAX}, separated by commas; or a proof target list",
            ),
            # Schedule and validity
            FieldSpec(
                "contact_date",
                "Contact date",
                FieldKind.DATETIME,
                listed=True,
                help="a confirmed delivery starts by itself at this date",
            ),
            FieldSpec(
                "validity_seconds",
                "Validity period (seconds)",
                FieldKind.INTEGER,
                minimum=1,
                help="empty: the option NmsBroadcast_MsgValidityDuration",
            ),
            # Throughput
            FieldSpec(
                "max_connections",
                "Parallel connections",
                FieldKind.INTEGER,
                required=True,
                minimum=1,
                maximum=50,
            ),
            FieldSpec(
                "messages_per_connection",
                "Messages per connection",
                FieldKind.INTEGER,
                required=True,
                minimum=1,
            ),
            FieldSpec("messages_per_hour", "Messages per hour", FieldKind.INTEGER, minimum=1),
            FieldSpec(
                "messages_per_hour_per_domain",
                "Messages per hour per domain",
                FieldKind.INTEGER,
                minimum=1,
            ),
            # Targeting
            FieldSpec("typology_id", "Typology", FieldKind.REFERENCE, reference="typology"),
            FieldSpec(
                "control_group_percent",
                "Control group (%)",
                FieldKind.INTEGER,
                required=True,
                minimum=0,
                maximum=100,
            ),
            FieldSpec(
                "target_limit",
                "Target limit",
                FieldKind.INTEGER,
                minimum=1,
                help="empty: no limit",
            ),
            # Direct mail
            FieldSpec(
                "provider_id",
                "Provider",
                FieldKind.REFERENCE,
                reference="service_provider",
                help="direct mail: the router that prints and posts",
            ),
            # Approvals
            FieldSpec(
                "override_approvals",
                "Override the campaign's approvals",
                FieldKind.BOOLEAN,
            ),
            _approval_flag("approve_targeting", "Approve targeting"),
            _approval_flag("approve_content", "Approve content"),
            _approval_flag("approve_budget", "Approve budget"),
            _approval_flag("approve_extraction", "Approve extraction file"),
            _approval_flag("approve_proofs", "Approve proofs"),
            # Live counters
            FieldSpec("to_deliver", "To deliver", FieldKind.INTEGER, read_only=True, listed=True),
            FieldSpec("delivered", "Delivered", FieldKind.INTEGER, read_only=True, listed=True),
        ),
        before_change=_refuse_when_locked,
        check=_delivery_checks,
        before_flush=_before_flush,
        after_change=_invalidate_if_prepared,
        before_delete=_refuse_while_running,
    )
)
