"""The approvals as rows (the Pending approvals view, its badge and `approval list`): what
each operator may decide now, and what was decided, by whom and why."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session, sessionmaker

from desktop.services.delivery.approval_decisions import approve, reject
from desktop.services.delivery.approval_list import approval_rows, count_mine
from tests.unit.review_data import (
    actor,
    add_campaign,
    add_campaign_delivery,
    add_people,
    name_reviewer,
    prepared,
)


@pytest.fixture
def deliveries(sessions: sessionmaker[Session]) -> tuple[int, int]:
    """Two deliveries pending approval: `reviewed` (targeting by reviewer, content by the
    group brand_team) and `owned` (content, nobody named: its owner, the manager)."""
    with sessions.begin() as session:
        add_people(session)
        campaign_id = add_campaign(session, steps=("targeting", "content"))
        name_reviewer(session, campaign_id=campaign_id, operator="reviewer", step="targeting")
        name_reviewer(session, campaign_id=campaign_id, group="brand_team", step="content")
        reviewed = add_campaign_delivery(session, campaign_id)
        owned = add_campaign_delivery(
            session, None, label="Newsletter", override_approvals=True, approve_content=True
        )
    manager = actor(sessions, "manager")
    prepared(sessions, manager, reviewed)
    prepared(sessions, manager, owned)
    return reviewed, owned


def _mine(sessions, name: str) -> list[tuple[int, str]]:
    with sessions() as session:
        who = actor(sessions, name)
        rows = approval_rows(session, who, mine=True)
        assert count_mine(session, who) == len(rows)
        return [(row.delivery_id, row.step.value) for row in rows]


def test_each_operator_sees_what_they_may_approve_now(sessions, deliveries) -> None:
    reviewed, owned = deliveries

    assert _mine(sessions, "reviewer") == [(reviewed, "targeting")]
    assert _mine(sessions, "grace") == [(reviewed, "content")]
    assert _mine(sessions, "manager") == [(owned, "content")]
    assert _mine(sessions, "otto") == []
    assert _mine(sessions, "admin") == [
        (reviewed, "targeting"),
        (reviewed, "content"),
        (owned, "content"),
    ]

    with sessions.begin() as session:
        approve(session, actor(sessions, "reviewer"), reviewed, "targeting")
    assert _mine(sessions, "reviewer") == []


def test_a_delivery_lists_every_step_with_its_reviewers_and_decision(sessions, deliveries) -> None:
    reviewed, owned = deliveries
    with sessions.begin() as session:
        approve(session, actor(sessions, "reviewer"), reviewed, "targeting", "Good segment")

    with sessions() as session:
        rows = approval_rows(session, actor(sessions, "grace"), delivery_id=reviewed)
        owner_rows = approval_rows(session, actor(sessions, "grace"), delivery_id=owned)

    assert [row.as_dict() | {"requested_at": None, "decided_at": None} for row in rows] == [
        {
            "delivery": reviewed,
            "label": "Summer sale: launch",
            "campaign": "Summer sale",
            "step": "targeting",
            "status": "approved",
            "reviewers": ["reviewer"],
            "requested_at": None,
            "decided_by": "reviewer",
            "decided_at": None,
            "comment": "Good segment",
            "may_decide": False,
            "waits_for_proof": False,
        },
        {
            "delivery": reviewed,
            "label": "Summer sale: launch",
            "campaign": "Summer sale",
            "step": "content",
            "status": "pending",
            "reviewers": ["group brand_team"],
            "requested_at": None,
            "decided_by": None,
            "decided_at": None,
            "comment": "",
            "may_decide": True,
            "waits_for_proof": False,
        },
    ]
    assert rows[0].decided_at is not None and rows[0].requested_at is not None
    assert [(row.reviewer_names, row.campaign_label, row.may_decide) for row in owner_rows] == [
        (["owner manager"], None, False)
    ]


def test_a_rejected_step_stays_listed_but_awaits_nobody(sessions, deliveries) -> None:
    reviewed, _owned = deliveries
    with sessions.begin() as session:
        reject(session, actor(sessions, "grace"), reviewed, "content", "Prices are wrong")

    with sessions() as session:
        rows = approval_rows(session, actor(sessions, "admin"), delivery_id=reviewed)
    assert [
        (r.step.value, r.status.value, r.decided_by, r.comment, r.may_decide) for r in rows
    ] == [("content", "rejected", "grace", "Prices are wrong", False)]
    assert _mine(sessions, "reviewer") == []
