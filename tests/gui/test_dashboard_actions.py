"""The dashboard's buttons ask the life cycle: for every status, Prepare, Stop preparation,
Send, Pause, Resume and Stop are enabled exactly where the life cycle allows the action
that the services behind them check (tests/unit/test_lifecycle_actions.py)."""

from __future__ import annotations

import pytest
from sqlalchemy import update

from desktop.models import Delivery
from desktop.models.enums import DeliveryStatus
from desktop.services.delivery.lifecycle import Action, allows
from desktop.views.app_context import AppContext
from desktop.views.dashboard.preparation_panel import DeliverySnapshot, PreparationPanel
from desktop.views.dashboard.sending_panel import SendingPanel
from tests.unit.preparation_data import add_delivery


@pytest.fixture
def context(database, manager, db_url) -> AppContext:
    engine, sessions = database
    return AppContext(sessions=sessions, engine=engine, actor=manager, db_url=db_url)


@pytest.mark.parametrize("status", list(DeliveryStatus))
def test_the_buttons_follow_the_life_cycle(qtbot, context, sessions, manager, status) -> None:
    with sessions.begin() as session:
        # The manager's own delivery, nobody else named: the manager may confirm it.
        delivery_id = add_delivery(session, created_by_id=manager.operator_id)
        session.execute(update(Delivery).where(Delivery.id == delivery_id).values(status=status))
    sending = SendingPanel(context, delivery_id)
    qtbot.addWidget(sending)
    sending.timer.stop()
    preparation = PreparationPanel(context, delivery_id)
    qtbot.addWidget(preparation)
    preparation.show_snapshot(DeliverySnapshot(status=status))  # as the dashboard reads it

    assert sending.pause_button.isEnabled() is allows(status, Action.PAUSE)
    assert sending.resume_button.isEnabled() is allows(status, Action.RESUME)
    assert sending.stop_button.isEnabled() is allows(status, Action.STOP)
    # Nobody sends it here: Send confirms, or carries on a send whose sender went away.
    send = allows(status, Action.CONFIRM) or allows(status, Action.SEND)
    assert sending.send_button.isEnabled() is send
    assert preparation.prepare_button.isEnabled() is allows(status, Action.PREPARE)
    assert preparation.stop_button.isEnabled() is allows(status, Action.STOP_PREPARATION)
