"""A status move decided on what a session read earlier, while another session moved the
delivery meanwhile: the move changes nothing and says what happened instead; a status
never goes backwards (the compare-and-set of lifecycle.transition, on both databases)."""

from __future__ import annotations

import re

import pytest
from sqlalchemy.orm import Session, sessionmaker

from desktop.errors import InvalidState
from desktop.models import Delivery
from desktop.models.enums import DeliveryStatus
from desktop.services.access.rights import Actor
from desktop.services.delivery import lifecycle
from desktop.services.sending import control
from tests.integration.sending_support import prepared_delivery
from tests.unit.review_data import status_of

S = DeliveryStatus
TIME = r"\d\d:\d\d"


@pytest.fixture
def sending(sessions: sessionmaker[Session], manager: Actor) -> int:
    delivery_id = prepared_delivery(sessions, manager, 2)
    with sessions.begin() as session:
        control.confirm(session, manager, delivery_id)
    return delivery_id


def test_a_pause_read_before_another_pause_is_told_who_paused(
    sessions: sessionmaker[Session], manager: Actor, admin: Actor, sending: int
) -> None:
    with sessions() as late:
        stale = late.get(Delivery, sending)  # read: In progress
        assert stale is not None and stale.status is S.IN_PROGRESS
        with sessions.begin() as session:
            control.pause(session, manager, sending)
        with pytest.raises(InvalidState) as refusal:
            lifecycle.transition(late, admin, stale, S.PAUSED, reason="paused")
        late.rollback()
    assert re.fullmatch(
        rf"delivery {sending} is already paused: paused by manager at {TIME}", str(refusal.value)
    ), str(refusal.value)


def test_a_resume_read_before_a_stop_never_brings_the_delivery_back(
    sessions: sessionmaker[Session], manager: Actor, admin: Actor, sending: int
) -> None:
    with sessions.begin() as session:
        control.pause(session, manager, sending)
    with sessions() as late:
        stale = late.get(Delivery, sending)  # read: Paused
        assert stale is not None and stale.status is S.PAUSED
        with sessions.begin() as session:
            control.stop(session, manager, sending)
        with pytest.raises(InvalidState) as refusal:
            lifecycle.transition(late, admin, stale, S.IN_PROGRESS, reason="resumed")
        late.commit()  # nothing of the refused move is left to write
    assert re.fullmatch(
        rf"delivery {sending} was moved from paused to stopped by manager at {TIME} meanwhile;"
        " nothing was changed",
        str(refusal.value),
    ), str(refusal.value)
    assert status_of(sessions, sending) is S.STOPPED
