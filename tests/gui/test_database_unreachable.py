"""The database server restarts while the main window is open: the window says so in a
band (no dialog), disables what needs the database, and comes back by itself when the
server answers again: band gone, actions enabled, what is open read again."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QMessageBox
from sqlalchemy import update

from desktop.models import Delivery
from desktop.models.enums import DeliveryStatus
from desktop.views.main_window import MainWindow
from tests.databases import restart_server
from tests.unit.preparation_data import add_delivery

pytestmark = pytest.mark.postgresql_only

DOWN_SECONDS = 2.0


def open_dialogs() -> list[QDialog]:
    return [
        widget
        for widget in QApplication.topLevelWidgets()
        if isinstance(widget, QDialog | QMessageBox) and widget.isVisible()
    ]


def test_a_server_restart_shows_the_band_disables_then_recovers_by_itself(
    qtbot, context_for, manager, sessions
) -> None:
    with sessions.begin() as session:
        delivery_id = add_delivery(session, created_by_id=manager.operator_id, label="Spring")
        session.execute(
            update(Delivery)
            .where(Delivery.id == delivery_id)
            .values(status=DeliveryStatus.IN_PROGRESS)
        )
    context = context_for(manager)
    assert context.changes.start()
    qtbot.waitUntil(lambda: context.changes.listening, timeout=10_000)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.select_folder("deliveries")
    dashboard = window.open_object("delivery", delivery_id, "Spring")
    qtbot.waitUntil(lambda: dashboard.sending.pause_button.isEnabled())
    # Something typed in the delivery's form, not saved yet.
    form = dashboard.form
    typed = form.findChild(QLineEdit)
    typed.setText("Spring, typed during the outage")
    assert window.new_action.isEnabled() and window.refresh_action.isEnabled()
    assert not window.banner.isVisible()

    restart = threading.Thread(target=restart_server, args=(DOWN_SECONDS,))
    restart.start()
    try:
        qtbot.waitUntil(window.banner.isVisible, timeout=int(DOWN_SECONDS * 1000))
        assert "unreachable" in window.banner.message.text()
        assert window.banner.reason.text()
        assert not window.new_action.isEnabled()
        assert not window.refresh_action.isEnabled()
        assert not window.explorer.isEnabled()
        assert not dashboard.sending.pause_button.isEnabled()
        assert open_dialogs() == []
    finally:
        restart.join()

    qtbot.waitUntil(lambda: not window.banner.isVisible(), timeout=15_000)
    assert context.database.reachable
    assert window.new_action.isEnabled() and window.refresh_action.isEnabled()
    assert window.explorer.isEnabled()
    assert dashboard.sending.pause_button.isEnabled()
    assert typed.text() == "Spring, typed during the outage"
    assert open_dialogs() == []
    # Once the workstation listens again (its listener reconnects on its own schedule), a
    # change made elsewhere shows, as before the outage.
    qtbot.waitUntil(lambda: context.changes.listening, timeout=15_000)
    with sessions.begin() as session:
        session.execute(
            update(Delivery).where(Delivery.id == delivery_id).values(status=DeliveryStatus.PAUSED)
        )
    qtbot.waitUntil(lambda: dashboard.snapshot.status is DeliveryStatus.PAUSED, timeout=1000)
