"""A window's action while another process keeps the database locked: a short wait, then
a message that says so, nothing changed, and a window that answers again."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select, update

from desktop.models import Campaign, Delivery
from desktop.models.enums import DeliveryStatus
from desktop.views.dashboard.sending_panel import SendingPanel
from tests.gui.test_forms import open_form
from tests.integration.database_lock import database_locked
from tests.unit.preparation_data import add_delivery


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
