"""Which statuses allow Prepare, Stop preparation, Confirm, Send, Pause, Resume and Stop is
the life cycle's answer (domain.md §3): the services that act refuse exactly where it says
no, and every move they make is a transition the life cycle allows."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import select, update
from sqlalchemy.orm import Session, sessionmaker

from desktop.errors import ConsoleError, InvalidState
from desktop.models import Delivery, Operator
from desktop.models.enums import DeliveryStatus
from desktop.services.access.rights import Actor
from desktop.services.delivery import lifecycle
from desktop.services.delivery.lifecycle import ALLOWED, Action, allowed_actions, allows
from desktop.services.preparation.pipeline import PreparationRefused, prepare, stop_preparation
from desktop.services.sending import control
from tests.unit.preparation_data import add_delivery, add_recipient

S = DeliveryStatus

# Where each action takes a delivery (domain.md §3); SEND keeps it In progress.
MOVES_TO = {
    Action.PREPARE: {S.PREPARING},
    Action.STOP_PREPARATION: {S.BEING_EDITED},
    Action.CONFIRM: {S.IN_PROGRESS, S.SCHEDULED},
    Action.PAUSE: {S.PAUSED},
    Action.RESUME: {S.IN_PROGRESS},
    Action.STOP: {S.STOPPED},
}


@pytest.mark.parametrize("action", sorted(MOVES_TO))
def test_every_move_of_an_action_is_an_allowed_transition(action: Action) -> None:
    assert lifecycle.ACTIONS[action]
    for status in lifecycle.ACTIONS[action]:
        assert MOVES_TO[action] <= ALLOWED[status], (action, status)


def test_allowed_actions_lists_what_allows_answers() -> None:
    for status in S:
        assert allowed_actions(status) == {a for a in Action if allows(status, a)}
    assert allowed_actions(None) == frozenset()
    assert allowed_actions(S.IN_PROGRESS) == {Action.SEND, Action.PAUSE, Action.STOP}


def _delivery_in(sessions: sessionmaker[Session], status: DeliveryStatus) -> int:
    """A delivery in `status`, created by the manager (its owner, who may confirm it)."""
    with sessions.begin() as session:
        add_recipient(session, "ann@example.com")
        manager_id = session.scalar(select(Operator.id).where(Operator.name == "manager"))
        delivery_id = add_delivery(session, created_by_id=manager_id)
        session.execute(update(Delivery).where(Delivery.id == delivery_id).values(status=status))
    return delivery_id


def _refused(sessions: sessionmaker[Session], act: Callable[[Session], Any]) -> bool:
    """Whether `act` refuses the delivery's status; whatever it did is rolled back."""
    with sessions() as session:
        try:
            act(session)
        except InvalidState:
            return True
        finally:
            session.rollback()
    return False


SERVICES: dict[Action, Callable[[Session, Actor, int], Any]] = {
    Action.CONFIRM: control.confirm,
    Action.PAUSE: control.pause,
    Action.RESUME: control.resume,
    Action.STOP: control.stop,
}


@pytest.mark.parametrize("status", list(S))
def test_the_send_controls_refuse_exactly_where_the_life_cycle_says_no(
    sessions: sessionmaker[Session], manager: Actor, status: DeliveryStatus
) -> None:
    delivery_id = _delivery_in(sessions, status)
    for action, service in SERVICES.items():
        refused = _refused(sessions, lambda s, service=service: service(s, manager, delivery_id))
        assert refused is not allows(status, action), (action, status)


@pytest.mark.parametrize("status", list(S))
def test_preparing_and_stopping_a_preparation_follow_the_life_cycle(
    sessions: sessionmaker[Session], manager: Actor, status: DeliveryStatus
) -> None:
    delivery_id = _delivery_in(sessions, status)
    with sessions.begin() as session:
        stopped = stop_preparation(session, manager, delivery_id)
    assert stopped is allows(status, Action.STOP_PREPARATION)
    if stopped:
        return  # now Being edited: preparing it is another status's question
    try:
        prepare(sessions, manager, delivery_id)
    except PreparationRefused as error:
        refused = "cannot be prepared" in str(error)
    except ConsoleError:
        refused = False
    else:
        refused = False
    assert refused is not allows(status, Action.PREPARE)


def test_going_back_to_editing_is_a_transition_like_any_other(
    sessions: sessionmaker[Session], manager: Actor
) -> None:
    delivery_id = _delivery_in(sessions, S.IN_PROGRESS)
    with sessions() as session:
        delivery = session.get(Delivery, delivery_id)
        assert delivery is not None
        with pytest.raises(InvalidState, match="cannot go from in_progress to being_edited"):
            lifecycle.transition_to_edit(
                session,
                manager,
                delivery,
                "edited: subject",
                "preparation.invalidated_by_edit",
                fields=["subject"],
            )
        assert delivery.status is S.IN_PROGRESS
