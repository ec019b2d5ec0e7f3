"""The status after a preparation, and the approvals it asks for (domain.md §4)."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from desktop.models import Approval, Campaign, Delivery
from desktop.models.enums import ApprovalStatus, DeliveryStatus
from desktop.services.delivery import lifecycle
from tests.unit.preparation_data import add_delivery

S = DeliveryStatus


def _after_preparation(
    sessions: sessionmaker[Session], campaign: dict[str, bool] | None, **fields: Any
) -> tuple[DeliveryStatus, list[str]]:
    """The status chosen for a delivery (in a campaign with these settings, if any), and
    the approvals it waits for."""
    with sessions.begin() as s:
        if campaign is not None:
            owner = Campaign(label="Spring", **campaign)
            s.add(owner)
            s.flush()
            fields["campaign_id"] = owner.id
        delivery_id = add_delivery(s, **fields)
    with sessions.begin() as s:
        status = lifecycle.after_preparation(s, s.get(Delivery, delivery_id))
    with sessions() as s:
        rows = s.scalars(select(Approval).where(Approval.delivery_id == delivery_id))
        pending = [row.kind.value for row in rows if row.status is ApprovalStatus.PENDING]
    return status, sorted(pending)


@pytest.mark.parametrize(
    ("channel", "ready"),
    [("email", S.PENDING_CONFIRMATION), ("direct_mail", S.PENDING_EXTRACTION)],
)
def test_with_nothing_to_approve_the_delivery_is_ready_for_its_channel(sessions, channel, ready):
    assert _after_preparation(sessions, None, channel=channel) == (ready, [])
    assert _after_preparation(sessions, {}, channel=channel) == (ready, [])


@pytest.mark.parametrize("channel", ["email", "direct_mail"])
def test_the_campaign_settings_ask_for_approvals(sessions, channel):
    campaign = {"approve_targeting": True, "approve_content": True}

    status, pending = _after_preparation(sessions, campaign, channel=channel)

    assert status is S.PENDING_APPROVAL
    assert pending == ["content", "targeting"]


def test_the_budget_is_approved_only_with_the_targeting(sessions):
    with_targeting = {"approve_targeting": True, "approve_budget": True}
    assert _after_preparation(sessions, with_targeting) == (
        S.PENDING_APPROVAL,
        ["budget", "targeting"],
    )
    assert _after_preparation(sessions, {"approve_budget": True}) == (S.PENDING_CONFIRMATION, [])


def test_a_delivery_in_a_campaign_follows_the_campaign_unless_it_overrides(sessions):
    campaign = {"approve_targeting": True}
    own = {"approve_content": True}

    assert _after_preparation(sessions, campaign, **own) == (S.PENDING_APPROVAL, ["targeting"])
    assert _after_preparation(sessions, campaign, override_approvals=True, **own) == (
        S.PENDING_APPROVAL,
        ["content"],
    )
    assert _after_preparation(sessions, campaign, override_approvals=True) == (
        S.PENDING_CONFIRMATION,
        [],
    )


def test_a_delivery_without_a_campaign_follows_its_own_settings(sessions):
    assert _after_preparation(sessions, None, approve_content=True) == (
        S.PENDING_APPROVAL,
        ["content"],
    )
