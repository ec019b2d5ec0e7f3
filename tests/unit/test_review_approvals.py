"""Approving and rejecting the steps of a prepared delivery (domain.md §4): each step, who
may decide it, the proofs step waiting for a proof, a rejection and its comment, and the
approvals an edit withdraws with the preparation."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import update
from sqlalchemy.orm import Session, sessionmaker

from desktop.errors import InvalidState, NotEntitled, PermissionDenied, ValidationError
from desktop.models import Delivery, Recipient, ServiceProvider
from desktop.models.enums import ApprovalKind, DeliveryStatus
from desktop.services import entities
from desktop.services.delivery.approval_decisions import Decision, approve, reject
from desktop.services.delivery.approvals import may_approve
from tests.unit.review_data import (
    actor,
    add_campaign,
    add_campaign_delivery,
    add_people,
    add_proof,
    approvals_of,
    approved_rows,
    audit_of,
    journal_of,
    name_reviewer,
    prepared,
    status_of,
)

S = DeliveryStatus
A = ApprovalKind


@pytest.fixture
def people(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as session:
        add_people(session)


def _delivery(
    sessions: sessionmaker[Session],
    steps: tuple[str, ...],
    reviewers: tuple[str, ...] = ("reviewer", "group:brand_team"),
    **fields: Any,
) -> int:
    """A delivery of the manager's campaign asking for `steps`, reviewed by `reviewers`
    (`name`, `group:name`, `step:name`), prepared by the manager."""
    with sessions.begin() as session:
        campaign_id = add_campaign(session, owner="manager", steps=steps)
        for text in reviewers:
            *prefix, name = text.split(":")
            step = next((p for p in prefix if p != "group"), None)
            kind = "group" if "group" in prefix else "operator"
            name_reviewer(session, campaign_id=campaign_id, step=step, **{kind: name})
        delivery_id = add_campaign_delivery(session, campaign_id, **fields)
    prepared(sessions, actor(sessions, "manager"), delivery_id)
    return delivery_id


def _approve(sessions, name: str, delivery_id: int, step: str, comment: str = "") -> Decision:
    with sessions.begin() as session:
        return approve(session, actor(sessions, name), delivery_id, step, comment)


def _reject(sessions, name: str, delivery_id: int, step: str, comment: str) -> Decision:
    with sessions.begin() as session:
        return reject(session, actor(sessions, name), delivery_id, step, comment)


@pytest.mark.parametrize(
    "steps",
    [("targeting",), ("content",), ("proofs",), ("targeting", "budget")],
    ids=["targeting", "content", "proofs", "budget with targeting"],
)
def test_each_step_is_asked_for_and_approved(sessions, people, steps) -> None:
    delivery_id = _delivery(sessions, steps)
    assert status_of(sessions, delivery_id) is S.PENDING_APPROVAL
    assert approvals_of(sessions, delivery_id) == [(step, "pending") for step in steps]
    if "proofs" in steps:
        add_proof(sessions, delivery_id)

    for step in steps:
        decision = _approve(sessions, "reviewer", delivery_id, step, comment="Fine by me")

    assert decision.delivery_status is S.PENDING_CONFIRMATION
    assert status_of(sessions, delivery_id) is S.PENDING_CONFIRMATION
    assert approvals_of(sessions, delivery_id) == [(step, "approved") for step in steps]
    step = steps[-1]
    assert f"{step.capitalize()} approved by reviewer. Comment: Fine by me" in journal_of(
        sessions, delivery_id
    )
    audit = audit_of(sessions, delivery_id)
    assert ("reviewer", "approve", {"step": step, "comment": "Fine by me"}) in audit
    assert audit[-1] == ("reviewer", "status", {"reason": "every step approved"})


def test_budget_alone_asks_for_nothing(sessions, people) -> None:
    delivery_id = _delivery(sessions, ("budget",))
    assert status_of(sessions, delivery_id) is S.PENDING_CONFIRMATION
    assert approvals_of(sessions, delivery_id) == []


def test_one_approval_per_step_is_enough_and_the_last_makes_it_ready(sessions, people) -> None:
    delivery_id = _delivery(sessions, ("targeting", "content"))

    first = _approve(sessions, "reviewer", delivery_id, "targeting")
    assert (first.delivery_status, first.still_pending) == (S.PENDING_APPROVAL, ("content",))

    last = _approve(sessions, "grace", delivery_id, "content")  # a member of a named group
    assert (last.delivery_status, last.still_pending) == (S.PENDING_CONFIRMATION, ())


def test_proofs_wait_for_a_proof_sent_since_the_preparation(sessions, people) -> None:
    delivery_id = _delivery(sessions, ("proofs",))
    with pytest.raises(InvalidState, match="no proof was sent since its preparation"):
        _approve(sessions, "reviewer", delivery_id, "proofs")
    add_proof(sessions, delivery_id, before=True)  # a proof of the last preparation
    with pytest.raises(InvalidState, match="no proof was sent since its preparation"):
        _approve(sessions, "reviewer", delivery_id, "proofs")

    add_proof(sessions, delivery_id)

    assert _approve(sessions, "reviewer", delivery_id, "proofs").status.value == "approved"


def test_direct_mail_asks_no_proof_and_then_waits_for_extraction(sessions, people) -> None:
    with sessions.begin() as session:
        provider = ServiceProvider(name="Printer & Co", router_email="jobs@printer.example")
        session.add(provider)
        session.flush()
        provider_id = provider.id
        session.execute(update(Recipient).values(postal_address="1 rue de la Paix, Paris"))
    delivery_id = _delivery(
        sessions,
        ("targeting", "proofs"),
        channel="direct_mail",
        sender_address="",
        provider_id=provider_id,
    )

    assert approvals_of(sessions, delivery_id) == [("targeting", "pending")]
    decision = _approve(sessions, "reviewer", delivery_id, "targeting")
    assert decision.delivery_status is S.PENDING_EXTRACTION


def test_a_rejection_says_why_and_sends_the_delivery_back(sessions, people) -> None:
    delivery_id = _delivery(sessions, ("targeting", "content"))
    _approve(sessions, "reviewer", delivery_id, "targeting")

    with pytest.raises(ValidationError, match="a rejection needs a comment"):
        _reject(sessions, "grace", delivery_id, "content", "   ")
    assert status_of(sessions, delivery_id) is S.PENDING_APPROVAL

    decision = _reject(sessions, "grace", delivery_id, "content", "The offer ends in May")

    assert decision.delivery_status is S.BEING_EDITED
    assert status_of(sessions, delivery_id) is S.BEING_EDITED
    assert approvals_of(sessions, delivery_id) == [("content", "rejected")]
    with sessions() as session:
        delivery = session.get(Delivery, delivery_id)
        assert delivery is not None
        assert (delivery.to_deliver, delivery.prepared_at) == (0, None)
    lines = journal_of(sessions, delivery_id)
    assert "Content rejected by grace: The offer ends in May" in lines
    assert any(
        line.startswith("Approvals withdrawn with the preparation: targeting") for line in lines
    )
    assert ("grace", "reject", {"step": "content", "comment": "The offer ends in May"}) in (
        audit_of(sessions, delivery_id)
    )

    # Prepared again, it asks every step again; the rejection stays, with its reason.
    prepared(sessions, actor(sessions, "manager"), delivery_id)
    assert approvals_of(sessions, delivery_id) == [
        ("content", "rejected"),
        ("targeting", "pending"),
        ("content", "pending"),
    ]


def test_an_edit_after_an_approval_withdraws_it_with_the_preparation(
    sessions, people, manager
) -> None:
    delivery_id = _delivery(sessions, ("targeting", "content"))
    _approve(sessions, "reviewer", delivery_id, "targeting")

    with sessions.begin() as session:
        entities.update(session, manager, "delivery", delivery_id, {"subject": "Last days!"})

    assert status_of(sessions, delivery_id) is S.BEING_EDITED
    assert approvals_of(sessions, delivery_id) == []
    assert any(
        line.startswith("Approvals withdrawn with the preparation: targeting")
        for line in journal_of(sessions, delivery_id)
    )
    assert ("reviewer", "approve", {"step": "targeting"}) in audit_of(sessions, delivery_id)

    prepared(sessions, manager, delivery_id)
    assert approvals_of(sessions, delivery_id) == [("targeting", "pending"), ("content", "pending")]
    assert _approve(sessions, "grace", delivery_id, "content").delivery_status is (
        S.PENDING_APPROVAL
    )
    assert approved_rows(sessions, delivery_id) == 1


def test_an_operator_not_named_cannot_decide(sessions, people) -> None:
    delivery_id = _delivery(sessions, ("targeting",))

    for name in ("manager", "otto"):  # the owner, and another manager: reviewers are named
        with pytest.raises(PermissionDenied) as refused:
            _approve(sessions, name, delivery_id, "targeting")
        assert str(refused.value) == (
            f"operator {name!r} may not approve targeting of delivery {delivery_id}: "
            "only reviewer, group brand_team or an administrator may"
        )
    with pytest.raises(NotEntitled, match="may not reject targeting"):
        _reject(sessions, "otto", delivery_id, "targeting", "No")

    assert status_of(sessions, delivery_id) is S.PENDING_APPROVAL
    assert approvals_of(sessions, delivery_id) == [("targeting", "pending")]
    assert _approve(sessions, "admin", delivery_id, "targeting").status.value == "approved"


def test_a_reviewer_of_one_step_decides_that_step_only(sessions, people) -> None:
    delivery_id = _delivery(
        sessions, ("targeting", "content"), reviewers=("targeting:reviewer", "content:grace")
    )

    with pytest.raises(NotEntitled, match="only grace or an administrator may"):
        _approve(sessions, "reviewer", delivery_id, "content")
    with pytest.raises(NotEntitled, match="only reviewer or an administrator may"):
        _approve(sessions, "grace", delivery_id, "targeting")

    _approve(sessions, "reviewer", delivery_id, "targeting")
    assert _approve(sessions, "grace", delivery_id, "content").delivery_status is (
        S.PENDING_CONFIRMATION
    )


def test_with_nobody_named_the_owner_reviews(sessions, people) -> None:
    delivery_id = _delivery(sessions, ("targeting", "content"), reviewers=("content:grace",))

    # A reviewer by right, but not named: the owner reviews targeting.
    with pytest.raises(NotEntitled, match="only its owner manager or an administrator may"):
        _approve(sessions, "reviewer", delivery_id, "targeting")
    with pytest.raises(NotEntitled, match="only grace or an administrator may"):
        _approve(sessions, "manager", delivery_id, "content")

    with sessions() as session:  # what a dashboard asks to enable its buttons
        assert may_approve(session, actor(sessions, "manager"), delivery_id, A.TARGETING)
        assert not may_approve(session, actor(sessions, "reviewer"), delivery_id, A.TARGETING)
        assert may_approve(session, actor(sessions, "grace"), delivery_id, A.CONTENT)
    assert _approve(sessions, "manager", delivery_id, "targeting").status.value == "approved"


def test_a_decided_step_says_by_whom_and_when(sessions, people) -> None:
    delivery_id = _delivery(sessions, ("targeting", "content"))
    _approve(sessions, "reviewer", delivery_id, "targeting")

    with pytest.raises(InvalidState) as again:
        _approve(sessions, "grace", delivery_id, "targeting")
    assert str(again.value).startswith(
        f"targeting of delivery {delivery_id} was already approved by reviewer at 20"
    )
    assert str(again.value).endswith(" UTC")

    with pytest.raises(
        InvalidState, match=r"does not wait for approval of budget \(only content\)"
    ):
        _approve(sessions, "reviewer", delivery_id, "budget")

    _reject(sessions, "reviewer", delivery_id, "content", "Typo in the title")
    with pytest.raises(InvalidState) as late:
        _approve(sessions, "reviewer", delivery_id, "content")
    assert str(late.value).startswith(
        f"delivery {delivery_id} is being_edited: approving or rejecting needs pending_approval"
        f" (content of delivery {delivery_id} was rejected by reviewer at 20"
    )
