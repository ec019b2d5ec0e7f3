"""Who may confirm a send: every row of the table of domain.md §4, the option read when
the check runs, the refusal naming who may, and the concurrency limit on a confirm."""

from __future__ import annotations

import pytest
from sqlalchemy import update
from sqlalchemy.orm import Session, sessionmaker

from desktop.errors import ConsoleError, NotEntitled, PermissionDenied
from desktop.models import Delivery
from desktop.models.enums import DeliveryStatus
from desktop.services.delivery.confirmation import may_confirm, who_may_confirm
from desktop.services.sending import control
from tests.unit.review_data import (
    actor,
    add_campaign,
    add_campaign_delivery,
    add_people,
    name_reviewer,
    operator_id,
    prepared,
    set_option,
    status_of,
)

S = DeliveryStatus
OWNER_CONFIRMATION = "NmsCampaign_Activate_OwnerConfirmation"
PEOPLE = ("admin", "reviewer", "grace", "manager", "otto")


@pytest.fixture
def people(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as session:
        add_people(session)


def _delivery_with_confirmers(sessions: sessionmaker[Session], placement: str) -> int:
    """A prepared delivery of the manager's campaign. Confirmation reviewers (the operator
    `reviewer` and the group `brand_team`): none, on the campaign, or on the delivery,
    which then overrides a campaign that names `otto`."""
    with sessions.begin() as session:
        campaign_id = add_campaign(session, owner="manager")
        delivery_id = add_campaign_delivery(
            session, campaign_id, override_approvals=placement == "delivery"
        )
        if placement == "campaign":
            where = {"campaign_id": campaign_id}
        elif placement == "delivery":
            name_reviewer(session, "confirmation", campaign_id=campaign_id, operator="otto")
            where = {"delivery_id": delivery_id}
        if placement != "none":
            name_reviewer(session, "confirmation", operator="reviewer", **where)
            name_reviewer(session, "confirmation", group="brand_team", **where)
    assert prepared(sessions, actor(sessions, "manager"), delivery_id) is S.PENDING_CONFIRMATION
    return delivery_id


def _confirms(sessions: sessionmaker[Session], name: str, delivery_id: int) -> bool:
    """Whether the confirm service lets `name` confirm; the confirm is rolled back."""
    who = actor(sessions, name)
    with sessions() as session:
        try:
            control.confirm(session, who, delivery_id)
        except NotEntitled:
            return False
        finally:
            session.rollback()
    return True


def _may(sessions: sessionmaker[Session], name: str, delivery_id: int) -> bool:
    with sessions() as session:
        return may_confirm(session, actor(sessions, name), delivery_id)


@pytest.mark.parametrize("option", [None, "0", "1"], ids=["option absent", "option 0", "option 1"])
@pytest.mark.parametrize("placement", ["none", "campaign", "delivery"])
def test_who_may_confirm_follows_the_table(
    sessions: sessionmaker[Session], people: None, placement: str, option: str | None
) -> None:
    delivery_id = _delivery_with_confirmers(sessions, placement)
    with sessions.begin() as session:
        set_option(session, OWNER_CONFIRMATION, option)
    named = placement != "none"
    expected = {
        "admin": True,
        "reviewer": named,  # a named operator
        "grace": named,  # a member of a named group
        "manager": not named or option == "1",  # the campaign's owner
        "otto": False,  # another campaign manager (named only on an overridden campaign)
    }

    assert {name: _may(sessions, name, delivery_id) for name in PEOPLE} == expected
    assert {name: _confirms(sessions, name, delivery_id) for name in PEOPLE} == expected


def test_the_option_counts_from_the_next_check(sessions: sessionmaker[Session], people: None):
    delivery_id = _delivery_with_confirmers(sessions, "campaign")
    assert not _may(sessions, "manager", delivery_id)

    with sessions.begin() as session:
        set_option(session, OWNER_CONFIRMATION, "1")

    assert _may(sessions, "manager", delivery_id)
    assert _confirms(sessions, "manager", delivery_id)


def test_the_refusal_names_who_may_confirm(sessions: sessionmaker[Session], people: None):
    delivery_id = _delivery_with_confirmers(sessions, "campaign")
    with sessions() as session:
        with pytest.raises(PermissionDenied) as refused:
            control.confirm(session, actor(sessions, "manager"), delivery_id)
        assert str(refused.value) == (
            f"operator 'manager' may not confirm delivery {delivery_id}: "
            "only reviewer, group brand_team or an administrator may"
        )
        set_option(session, OWNER_CONFIRMATION, "1")
        assert who_may_confirm(session, delivery_id) == (
            "reviewer, group brand_team, its owner manager or an administrator"
        )
    assert status_of(sessions, delivery_id) is S.PENDING_CONFIRMATION


def test_a_named_reviewer_needs_no_right_to_confirm(sessions: sessionmaker[Session], people):
    delivery_id = _delivery_with_confirmers(sessions, "campaign")
    grace = actor(sessions, "grace")
    assert not grace.rights  # brand_team carries no right

    with sessions.begin() as session:
        assert control.confirm(session, grace, delivery_id) is S.IN_PROGRESS


def test_without_a_campaign_the_creator_owns_the_delivery(sessions, people) -> None:
    with sessions.begin() as session:
        delivery_id = add_campaign_delivery(
            session, None, created_by_id=operator_id(session, "otto")
        )
    prepared(sessions, actor(sessions, "otto"), delivery_id)

    assert _may(sessions, "otto", delivery_id)
    assert not _may(sessions, "manager", delivery_id)


def test_confirming_respects_the_concurrency_limit(sessions: sessionmaker[Session], people):
    delivery_id = _delivery_with_confirmers(sessions, "none")
    with sessions.begin() as session:
        campaign_id = add_campaign(session, label="Other")
        busy = add_campaign_delivery(session, campaign_id, label="Busy")
        session.execute(update(Delivery).where(Delivery.id == busy).values(status=S.IN_PROGRESS))
        set_option(session, "NmsOperation_LimitConcurrency", "1")
    manager = actor(sessions, "manager")

    with sessions.begin() as session, pytest.raises(ConsoleError) as refused:
        control.confirm(session, manager, delivery_id)
    assert str(refused.value) == (
        f"delivery {delivery_id} cannot start now: 1 deliveries are preparing or sending: "
        "at most 1 at once (option NmsOperation_LimitConcurrency)"
    )
    assert status_of(sessions, delivery_id) is S.PENDING_CONFIRMATION

    with sessions.begin() as session:
        set_option(session, "NmsOperation_LimitConcurrency", "2")
    with sessions.begin() as session:
        assert control.confirm(session, manager, delivery_id) is S.IN_PROGRESS
