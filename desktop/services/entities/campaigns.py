"""Programs, campaigns and budgets: edited by campaign managers."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.errors import ValidationError
from desktop.models import Budget, Campaign, Delivery, Program
from desktop.models.enums import Right
from desktop.services.access.rights import Actor
from desktop.services.delivery.approval_settings import check_stored_steps
from desktop.services.delivery.lifecycle import RUNNING_STATES
from desktop.services.entities.base import (
    EntitySpec,
    FieldKind,
    FieldSpec,
    refuse_if_used,
    register,
)


def _refuse_while_sending(session: Session, _actor: Actor, campaign: Campaign) -> None:
    """Deleting a campaign deletes its deliveries: never one that is running."""
    refuse_if_used(
        session,
        "Campaign",
        campaign.label,
        "deliveries still running",
        select(Delivery.label).where(
            Delivery.campaign_id == campaign.id, Delivery.status.in_(RUNNING_STATES)
        ),
    )


def _dates_in_order(_session: Session, obj: Any) -> None:
    if obj.start_date and obj.end_date and obj.end_date < obj.start_date:
        raise ValidationError("End", "is before the start", obj.end_date.isoformat())


def _campaign_checks(session: Session, campaign: Campaign) -> None:
    _dates_in_order(session, campaign)
    check_stored_steps(session, campaign)


PROGRAM = register(
    EntitySpec(
        kind="program",
        label="Program",
        plural="Programs",
        model=Program,
        edit_right=Right.PREPARE_DELIVERIES,
        fields=(
            FieldSpec("label", "Label", required=True, listed=True),
            FieldSpec("description", "Description", FieldKind.MULTILINE),
            FieldSpec("start_date", "Start", FieldKind.DATE, listed=True),
            FieldSpec("end_date", "End", FieldKind.DATE, listed=True),
        ),
        check=_dates_in_order,
    )
)

BUDGET = register(
    EntitySpec(
        kind="budget",
        label="Budget",
        plural="Budgets",
        model=Budget,
        edit_right=Right.PREPARE_DELIVERIES,
        fields=(
            FieldSpec("label", "Label", required=True, listed=True),
            FieldSpec("allocated", "Allocated", FieldKind.DECIMAL, minimum=0, listed=True),
        ),
    )
)

CAMPAIGN = register(
    EntitySpec(
        kind="campaign",
        label="Campaign",
        plural="Campaigns",
        model=Campaign,
        edit_right=Right.PREPARE_DELIVERIES,
        fields=(
            FieldSpec("label", "Label", required=True, listed=True),
            FieldSpec("program_id", "Program", FieldKind.REFERENCE, reference="program"),
            FieldSpec("owner_id", "Owner", FieldKind.REFERENCE, reference="operator", listed=True),
            FieldSpec("start_date", "Start", FieldKind.DATE, listed=True),
            FieldSpec("end_date", "End", FieldKind.DATE, listed=True),
            FieldSpec("budget_id", "Budget", FieldKind.REFERENCE, reference="budget"),
            FieldSpec("description", "Description", FieldKind.MULTILINE),
            FieldSpec("approve_targeting", "Approve targeting", FieldKind.BOOLEAN),
            FieldSpec("approve_content", "Approve content", FieldKind.BOOLEAN),
            FieldSpec("approve_budget", "Approve budget", FieldKind.BOOLEAN),
            FieldSpec("approve_extraction", "Approve extraction file", FieldKind.BOOLEAN),
            FieldSpec("approve_proofs", "Approve proofs", FieldKind.BOOLEAN),
        ),
        check=_campaign_checks,
        before_delete=_refuse_while_sending,
    )
)
