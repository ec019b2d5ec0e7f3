"""A window's action while another process keeps the database locked: a short wait, then
a message that says so, nothing changed, and a window that answers again."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from sqlalchemy import func, select, update

from desktop.models import Campaign, Delivery
from desktop.models.enums import ApprovalKind, DeliveryStatus
from desktop.views.dashboard.sending_panel import SendingPanel
from desktop.views.step_decision import StepToDecide, ask_and_decide
from tests.gui.test_forms import open_form
from tests.integration.database_lock import database_locked
from tests.unit.preparation_data import add_delivery
from tests.unit.review_data import (
    add_campaign,
    add_campaign_delivery,
    add_people,
    approvals_of,
    prepared,
)


@pytest.mark.sqlite_only  # SQLite's write lock held by another process
def test_pause_under_a_lock_says_so_and_changes_nothing(
    qtbot, context_for, manager, sessions, tmp_path: Path, monkeypatch
) -> None:
    with sessions.begin() as session:
        delivery_id = add_delivery(session, created_by_id=manager.operator_id)
        session.execute(
            update(Delivery)
            .where(Delivery.id == delivery_id)
            .values(status=DeliveryStatus.IN_PROGRESS)
        )
    panel = SendingPanel(context_for(manager), delivery_id)
    qtbot.addWidget(panel)
    panel.timer.stop()
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args, **_k: warnings.append(args[2]))

    with database_locked(tmp_path / "console.db") as lock:
        qtbot.mouseClick(panel.pause_button, Qt.MouseButton.LeftButton)
        assert lock.held  # the window gave up before the lock was released

    assert len(warnings) == 1
    assert warnings[0].startswith(
        f"could not pause delivery {delivery_id}: the database stayed locked by another process"
    )
    with sessions() as session:
        assert session.get(Delivery, delivery_id).status is DeliveryStatus.IN_PROGRESS


@pytest.mark.sqlite_only  # SQLite's write lock held by another process
def test_a_form_saved_under_a_lock_keeps_its_values_and_says_why(
    qtbot, context_for, manager, sessions, tmp_path: Path
) -> None:
    form = open_form(qtbot, context_for(manager), "campaign", None)
    qtbot.keyClicks(form.editors["label"].line, "Spring sale")
    with database_locked(tmp_path / "console.db"):
        assert form.save() is False
    assert form.message_label.text().startswith(
        "The database refused the change: it stayed locked by another process"
    )
    assert form.editors["label"].line.text() == "Spring sale"  # nothing typed is lost
    with sessions() as session:
        assert session.scalar(select(func.count()).select_from(Campaign)) == 0

    assert form.save() is True  # the lock is gone: the same values save


def _awaiting_targeting(sessions, manager) -> int:
    """A delivery whose targeting step waits for a decision."""
    with sessions.begin() as session:
        add_people(session)
        campaign = add_campaign(session, owner="manager", steps=("targeting",))
        delivery_id = add_campaign_delivery(session, campaign)
    assert prepared(sessions, manager, delivery_id) is DeliveryStatus.PENDING_APPROVAL
    return delivery_id


def _approve_in_the_dialog(qtbot, context, delivery_id: int) -> list[list[str]]:
    """Approve clicked in the decision dialog; what it reported (the refusals)."""
    parent = QWidget()
    qtbot.addWidget(parent)
    reported: list[list[str]] = []
    step = StepToDecide(delivery_id, "Summer sale: launch", ApprovalKind.TARGETING)
    dialog = ask_and_decide(context, "approve", [step], parent, reported.append)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    return reported


@pytest.mark.sqlite_only  # SQLite's write lock held by another process
def test_approve_waits_for_a_short_lock_then_goes_through(
    qtbot, context_for, manager, admin, sessions, tmp_path: Path
) -> None:
    delivery_id = _awaiting_targeting(sessions, manager)
    with database_locked(tmp_path / "console.db") as lock:
        releasing = threading.Timer(1.5, lock.release)  # an import ends its batch
        releasing.start()
        reported = _approve_in_the_dialog(qtbot, context_for(admin), delivery_id)
        releasing.join()

    assert reported == [[]]  # no refusal
    assert approvals_of(sessions, delivery_id) == [("targeting", "approved")]


@pytest.mark.sqlite_only  # SQLite's write lock held by another process
def test_approve_under_a_long_lock_says_so_and_decides_nothing(
    qtbot, context_for, manager, admin, sessions, tmp_path: Path
) -> None:
    delivery_id = _awaiting_targeting(sessions, manager)
    with database_locked(tmp_path / "console.db") as lock:
        reported = _approve_in_the_dialog(qtbot, context_for(admin), delivery_id)
        assert lock.held  # the dialog gave up before the lock was released

    assert len(reported) == 1 and len(reported[0]) == 1
    assert reported[0][0].startswith(
        f"could not approve the step targeting of delivery {delivery_id}: the database "
        "stayed locked by another process"
    )
    assert approvals_of(sessions, delivery_id) == [("targeting", "pending")]
