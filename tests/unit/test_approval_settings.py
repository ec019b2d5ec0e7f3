"""Approval settings of a campaign, or of one delivery overriding it: steps, reviewers by
name (every step or one), confirmation reviewers; the rules on what may be set, by whom."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from desktop.errors import InvalidState, NotFound, PermissionDenied, ValidationError
from desktop.models import AuditEntry, Delivery, Operator
from desktop.models.enums import ApprovalKind, DeliveryStatus
from desktop.services import entities
from desktop.services.access.rights import Actor
from desktop.services.delivery.approval_settings import (
    ReviewerChoice,
    campaign_settings,
    delivery_settings,
    parse_reviewer,
    reviewer_candidates,
    set_approval_settings,
)
from tests.unit.review_data import (
    add_campaign,
    add_campaign_delivery,
    add_group,
    add_people,
)

A = ApprovalKind


@pytest.fixture
def campaign_id(sessions: sessionmaker[Session]) -> int:
    with sessions.begin() as session:
        add_people(session)
        return add_campaign(session)


def _set(sessions, who: Actor, source: str, source_id: int, *steps: str, **reviewers):
    with sessions.begin() as session:
        return set_approval_settings(session, who, source, source_id, steps, **reviewers)


def test_a_campaign_names_its_steps_and_reviewers(sessions, manager, campaign_id) -> None:
    view = _set(
        sessions, manager, "campaign", campaign_id, "content", "targeting", "proofs",
        reviewers=["reviewer", "brand_team", "proofs:grace"],
        confirmation_reviewers=["reviewer"],
    )  # fmt: skip

    assert view.as_dict() == {
        "source": f"campaign {campaign_id}",
        "steps": ["targeting", "content", "proofs"],
        "reviewers": ["proofs:grace", "reviewer", "group:brand_team"],
        "confirmation_reviewers": ["reviewer"],
    }
    with sessions() as session:
        again = campaign_settings(session, campaign_id)
    assert again == view
    assert [str(r) for r in again.reviewers_of(A.TARGETING)] == ["reviewer", "group brand_team"]
    assert [str(r) for r in again.reviewers_of(A.PROOFS)] == [
        "grace",
        "reviewer",
        "group brand_team",
    ]


def test_leaving_reviewers_out_keeps_them_and_an_empty_list_removes_them(
    sessions, manager, campaign_id
) -> None:
    _set(sessions, manager, "campaign", campaign_id, "targeting",
         reviewers=["reviewer"], confirmation_reviewers=["grace"])  # fmt: skip

    kept = _set(sessions, manager, "campaign", campaign_id, "content")
    assert kept.steps == (A.CONTENT,)
    assert [r.name for r in kept.approval_reviewers] == ["reviewer"]

    cleared = _set(sessions, manager, "campaign", campaign_id, "content", reviewers=[])
    assert cleared.approval_reviewers == ()
    assert [r.name for r in cleared.confirmation_reviewers] == ["grace"]


def test_a_delivery_follows_its_campaign_until_it_overrides_it(
    sessions, manager, campaign_id
) -> None:
    _set(sessions, manager, "campaign", campaign_id, "targeting", reviewers=["reviewer"])
    with sessions.begin() as session:
        delivery_id = add_campaign_delivery(session, campaign_id)
    with sessions() as session:
        assert delivery_settings(session, delivery_id).source == "campaign"

    view = _set(sessions, manager, "delivery", delivery_id, "content", reviewers=["grace"])

    assert view.as_dict()["source"] == f"delivery {delivery_id}"
    with sessions() as session:
        delivery = session.get(Delivery, delivery_id)
        assert delivery is not None and delivery.override_approvals
        follows = delivery_settings(session, delivery_id)
        assert (follows.steps, [r.name for r in follows.approval_reviewers]) == (
            (A.CONTENT,),
            ["grace"],
        )
        assert campaign_settings(session, campaign_id).steps == (A.TARGETING,)


def test_a_first_override_keeps_the_campaign_reviewers_not_given(
    sessions, manager, campaign_id
) -> None:
    _set(sessions, manager, "campaign", campaign_id, "targeting",
         reviewers=["targeting:reviewer"], confirmation_reviewers=["grace"])  # fmt: skip
    with sessions.begin() as session:
        delivery_id = add_campaign_delivery(session, campaign_id)

    own = _set(sessions, manager, "delivery", delivery_id, "content", reviewers=["otto"])

    assert (own.as_dict()["reviewers"], own.as_dict()["confirmation_reviewers"]) == (
        ["otto"],
        ["grace"],
    )
    with sessions() as session:
        campaign = campaign_settings(session, campaign_id)
    assert campaign.as_dict()["reviewers"] == ["targeting:reviewer"]


def test_budget_is_approved_only_with_targeting(sessions, manager, campaign_id) -> None:
    with pytest.raises(ValidationError, match="budget is approved only with targeting"):
        _set(sessions, manager, "campaign", campaign_id, "budget", "content")

    view = _set(sessions, manager, "campaign", campaign_id, "targeting", "budget")
    assert view.steps == (A.TARGETING, A.BUDGET)

    # The forms' generic save checks the same.
    with sessions.begin() as session, pytest.raises(ValidationError, match="only with targeting"):
        entities.update(session, manager, "campaign", campaign_id, {"approve_targeting": False})


def test_unknown_names_and_steps_are_named(sessions, manager, campaign_id) -> None:
    with pytest.raises(ValidationError) as unknown:
        _set(sessions, manager, "campaign", campaign_id, "targeting", reviewers=["nobody"])
    assert str(unknown.value) == "reviewers: no operator or group is named 'nobody'"

    with pytest.raises(ValidationError) as unknown_group:
        _set(sessions, manager, "campaign", campaign_id, "targeting",
             confirmation_reviewers=["group:grace"])  # fmt: skip
    assert str(unknown_group.value) == "confirmation reviewers: no group is named 'grace'"

    with pytest.raises(ValidationError, match=r"unknown step \(known: targeting, budget"):
        _set(sessions, manager, "campaign", campaign_id, "approval")

    with pytest.raises(ValidationError, match="confirmation reviewers have no step"):
        _set(sessions, manager, "campaign", campaign_id, confirmation_reviewers=["content:grace"])


def test_a_name_both_an_operator_and_a_group_must_say_which(sessions, manager, campaign_id) -> None:
    with sessions.begin() as session:
        add_group(session, "grace")

    with pytest.raises(ValidationError) as both:
        _set(sessions, manager, "campaign", campaign_id, "targeting", reviewers=["grace"])
    assert str(both.value) == (
        "reviewers: 'grace' is both an operator and a group: write operator:grace or group:grace"
    )

    view = _set(sessions, manager, "campaign", campaign_id, "targeting",
                reviewers=["content:group:grace", "operator:grace"])  # fmt: skip
    assert view.as_dict()["reviewers"] == ["grace", "content:group:grace"]


def test_reviewer_names_read_with_a_step_or_a_kind() -> None:
    assert parse_reviewer(" erik ") == ReviewerChoice("erik")
    assert parse_reviewer("targeting:erik") == ReviewerChoice("erik", A.TARGETING)
    assert parse_reviewer("Proofs:group:brand") == ReviewerChoice("brand", A.PROOFS, "group")
    assert parse_reviewer("team:north") == ReviewerChoice("team:north")
    with pytest.raises(ValidationError, match="needs an operator or group name"):
        parse_reviewer("content:")


def test_only_those_who_edit_campaigns_set_approvals(
    sessions, reviewer, admin, campaign_id
) -> None:
    with pytest.raises(PermissionDenied, match="lacks the right PREPARE DELIVERIES"):
        _set(sessions, reviewer, "campaign", campaign_id, "targeting", reviewers=["reviewer"])
    with pytest.raises(NotFound):
        _set(sessions, admin, "campaign", 999, "targeting")

    _set(sessions, admin, "campaign", campaign_id, "targeting")  # administrators may


def test_a_delivery_being_sent_keeps_its_settings(sessions, manager, campaign_id) -> None:
    with sessions.begin() as session:
        delivery_id = add_campaign_delivery(session, campaign_id, status=DeliveryStatus.IN_PROGRESS)
    with pytest.raises(InvalidState, match="can no longer be edited"):
        _set(sessions, manager, "delivery", delivery_id, "targeting")


def test_every_change_is_audited(sessions, manager, campaign_id) -> None:
    _set(sessions, manager, "campaign", campaign_id, "targeting", reviewers=["reviewer"])

    with sessions() as session:
        row = session.scalars(
            select(AuditEntry).where(
                AuditEntry.entity == "campaign", AuditEntry.action == "approval_settings"
            )
        ).one()
    assert (row.operator_name, row.entity_id) == ("manager", campaign_id)
    assert row.details is not None
    assert (row.details["steps"], row.details["reviewers"]) == (["targeting"], ["reviewer"])


def test_a_form_offers_the_active_operators_then_the_groups(sessions, campaign_id) -> None:
    with sessions.begin() as session:
        session.scalar(select(Operator).where(Operator.name == "otto")).active = False
        candidates = reviewer_candidates(session)
    operators = [c.name for c in candidates if not c.is_group]
    groups = [c.name for c in candidates if c.is_group]
    assert operators == ["admin", "grace", "manager", "reviewer"]  # otto left
    assert "brand_team" in groups and groups == sorted(groups)
    assert candidates.index(next(c for c in candidates if c.is_group)) == len(operators)
    assert next(c for c in candidates if c.name == "grace").label == "Grace"
