"""Workstations follow each other: a dashboard or a list open here shows, within a second,
a change another process made (a real `campaign-console` command). On PostgreSQL the
change notices tell it (the views' timers slowed down to seconds); on SQLite the timers
read it."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest
from sqlalchemy import update

from desktop.models import Delivery
from desktop.models.enums import DeliveryStatus
from desktop.views.change_follower import LISTENING_INTERVAL_MS
from desktop.views.dashboard.delivery_dashboard import DeliveryDashboard
from desktop.views.main_window import MainWindow
from tests.conftest import ADMIN_PASSWORD, MANAGER_PASSWORD
from tests.databases import ON_POSTGRESQL
from tests.unit.preparation_data import add_delivery

PASSWORDS = {"admin": ADMIN_PASSWORD, "manager": MANAGER_PASSWORD}
WITHIN_MS = 1000


def run_command(db_url: str, operator: str, *args: str) -> float:
    """Runs the command line in another process; returns when it ended (monotonic)."""
    done = subprocess.run(
        [sys.executable, "-m", "desktop", "--db", db_url, "--operator", operator, *args],
        env={**os.environ, "CAMPAIGN_CONSOLE_PASSWORD": PASSWORDS[operator]},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return time.monotonic()


def listening(qtbot, context) -> None:
    """On PostgreSQL, the context listens for notices (as the application does)."""
    if ON_POSTGRESQL:
        assert context.changes.start()
        qtbot.waitUntil(lambda: context.changes.listening, timeout=10_000)


@pytest.fixture
def context(qtbot, context_for, manager):
    context = context_for(manager)
    listening(qtbot, context)
    yield context
    context.close()


def test_a_dashboard_shows_a_pause_made_by_another_process_within_a_second(
    qtbot, context, sessions, manager, db_url
) -> None:
    with sessions.begin() as session:
        delivery_id = add_delivery(session, created_by_id=manager.operator_id)
        session.execute(
            update(Delivery)
            .where(Delivery.id == delivery_id)
            .values(status=DeliveryStatus.IN_PROGRESS)
        )
    dashboard = DeliveryDashboard(context, delivery_id)
    qtbot.addWidget(dashboard)
    dashboard.show()
    qtbot.waitExposed(dashboard)
    assert dashboard.snapshot.status is DeliveryStatus.IN_PROGRESS
    if ON_POSTGRESQL:  # told, the dashboard needs its timers only as a safety net
        assert dashboard.timer.interval() >= LISTENING_INTERVAL_MS
        assert dashboard.sending.timer.interval() >= LISTENING_INTERVAL_MS

    ended = run_command(db_url, "manager", "delivery", "pause", str(delivery_id))
    qtbot.waitUntil(lambda: dashboard.snapshot.status is DeliveryStatus.PAUSED, timeout=WITHIN_MS)
    shown_after = time.monotonic() - ended
    assert shown_after < WITHIN_MS / 1000
    assert "Paused" in dashboard.status_label.text()
    assert dashboard.sending.resume_button.isEnabled()


def test_a_list_shows_a_campaign_created_elsewhere_and_keeps_the_current_row(
    qtbot, context, db_url
) -> None:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.select_folder("campaigns")
    panel = window.list_panel
    before = panel.model.total
    run_command(db_url, "manager", "campaign", "create", "--label", "Summer sale")
    first = time.monotonic()
    qtbot.waitUntil(lambda: panel.model.total == before + 1, timeout=WITHIN_MS)
    assert time.monotonic() - first < WITHIN_MS / 1000
    labels = [panel.model.value(row, "label") for row in range(panel.model.rowCount())]
    assert "Summer sale" in labels

    # The operator's row stays current when a newer one lands above it.
    panel.select_row(panel.model.rowCount() - 1)
    current = panel.current_id()
    run_command(db_url, "manager", "campaign", "create", "--label", "Autumn sale")
    qtbot.waitUntil(lambda: panel.model.total == before + 2, timeout=WITHIN_MS)
    assert panel.current_id() == current
