"""Who is told what during a review (domain.md §4): the queued e-mails of each event, their
recipients, and what they say."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from desktop.models import Notification, Operator
from desktop.services.delivery.approval_decisions import approve, reject
from tests.unit.review_data import (
    actor,
    add_campaign,
    add_campaign_delivery,
    add_people,
    clear_notifications,
    journal_of,
    name_reviewer,
    notifications,
    notified,
    prepared,
    set_option,
)


@pytest.fixture
def people(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as session:
        add_people(session)


def _delivery(
    sessions: sessionmaker[Session],
    steps: tuple[str, ...] = (),
    confirmers: tuple[str, ...] = (),
) -> int:
    """Prepared: a delivery of the manager's campaign asking for `steps`; `reviewer`
    reviews targeting, the group brand_team every step; `confirmers` may confirm."""
    with sessions.begin() as session:
        campaign_id = add_campaign(session, owner="manager", steps=steps)
        name_reviewer(session, campaign_id=campaign_id, operator="reviewer", step="targeting")
        name_reviewer(session, campaign_id=campaign_id, group="brand_team")
        for name in confirmers:
            name_reviewer(session, "confirmation", campaign_id=campaign_id, operator=name)
        delivery_id = add_campaign_delivery(session, campaign_id)
    prepared(sessions, actor(sessions, "manager"), delivery_id)
    return delivery_id


def _approve(sessions, name: str, delivery_id: int, step: str) -> None:
    with sessions.begin() as session:
        approve(session, actor(sessions, name), delivery_id, step)


def test_steps_awaiting_tell_their_reviewers_once_each(sessions, people) -> None:
    delivery_id = _delivery(sessions, ("targeting", "content"))

    assert sorted(notifications(sessions)) == [
        (
            "grace@console.example",
            f'[Campaign Console] Delivery {delivery_id} "Summer sale: launch": '
            "targeting and content await your approval",
        ),
        (
            "reviewer@console.example",
            f'[Campaign Console] Delivery {delivery_id} "Summer sale: launch": '
            "targeting awaits your approval",
        ),
    ]
    with sessions() as session:
        body = session.scalars(
            select(Notification.body).where(Notification.address == "reviewer@console.example")
        ).one()
    assert body.startswith(
        f'Targeting of delivery {delivery_id} "Summer sale: launch" (campaign "Summer sale") '
        "awaits your approval."
    )
    assert "Campaign Management > Pending approvals" in body
    assert f"campaign-console --operator reviewer approval approve {delivery_id} targeting" in body


def test_a_step_nobody_reviews_tells_the_owner(sessions, people) -> None:
    with sessions.begin() as session:
        campaign_id = add_campaign(session, owner="manager", steps=("content",))
        delivery_id = add_campaign_delivery(session, campaign_id)
    prepared(sessions, actor(sessions, "manager"), delivery_id)

    assert notified(sessions, "content awaits your approval") == {"manager"}


def test_each_decision_tells_the_owner_and_the_last_those_who_may_confirm(sessions, people) -> None:
    delivery_id = _delivery(sessions, ("targeting", "content"), confirmers=("otto",))
    clear_notifications(sessions)

    _approve(sessions, "reviewer", delivery_id, "targeting")
    assert notified(sessions, "targeting approved by reviewer") == {"manager"}
    assert notified(sessions, "ready to confirm") == set()

    _approve(sessions, "grace", delivery_id, "content")
    assert notified(sessions, "content approved by grace") == {"manager"}
    # A confirmation reviewer is named and the option is off: not the owner.
    assert notified(sessions, "ready to confirm") == {"otto"}


def test_an_owner_deciding_a_step_is_not_told_of_their_own_decision(sessions, people) -> None:
    with sessions.begin() as session:
        campaign_id = add_campaign(session, owner="manager", steps=("targeting", "content"))
        delivery_id = add_campaign_delivery(session, campaign_id)
    prepared(sessions, actor(sessions, "manager"), delivery_id)
    clear_notifications(sessions)

    _approve(sessions, "manager", delivery_id, "targeting")  # nobody named: the owner reviews
    assert notified(sessions, "targeting approved by manager") == set()


def test_ready_to_confirm_tells_the_owner_too_when_the_option_is_on(sessions, people) -> None:
    with sessions.begin() as session:
        set_option(session, "NmsCampaign_Activate_OwnerConfirmation", "1")

    delivery_id = _delivery(sessions, confirmers=("otto", "reviewer"))

    assert notified(sessions, "ready to confirm") == {"otto", "reviewer", "manager"}
    with sessions() as session:
        body = session.scalars(
            select(Notification.body).where(Notification.address == "otto@console.example")
        ).one()
    assert f"campaign-console --operator otto delivery confirm {delivery_id}" in body


def test_ready_to_confirm_with_nobody_but_administrators_tells_them(sessions, people) -> None:
    with sessions.begin() as session:
        campaign_id = add_campaign(session, owner=None)
        delivery_id = add_campaign_delivery(session, campaign_id, created_by_id=None)
    prepared(sessions, actor(sessions, "admin"), delivery_id)

    assert notified(sessions, "ready to confirm") == {"admin"}


def test_a_rejection_tells_the_owner_why(sessions, people) -> None:
    delivery_id = _delivery(sessions, ("targeting",))
    clear_notifications(sessions)

    with sessions.begin() as session:
        reject(session, actor(sessions, "reviewer"), delivery_id, "targeting", "Too broad")

    assert notified(sessions, "targeting rejected by reviewer") == {"manager"}
    with sessions() as session:
        body = session.scalars(select(Notification.body)).one()
    assert "Comment: Too broad" in body
    assert "back to Being edited" in body


def test_an_operator_without_an_address_is_a_journal_warning(sessions, people) -> None:
    with sessions.begin() as session:
        session.scalars(select(Operator).where(Operator.name == "reviewer")).one().email = ""

    delivery_id = _delivery(sessions, ("targeting",))

    assert notified(sessions, "targeting awaits your approval") == {"grace"}
    assert any(
        line.startswith("Not notified (no e-mail address): reviewer")
        for line in journal_of(sessions, delivery_id)
    )
