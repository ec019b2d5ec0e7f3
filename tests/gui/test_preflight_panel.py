"""The pre-flight check on a delivery's dashboard: it runs by itself, off the GUI thread,
once the delivery waits for its confirmation; its findings show in a table sortable by
severity with icons, the score and the verdict; Pre-flight check next to Confirm runs it
again; the confirmation dialog says what it found; and it speaks the GUI's language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import update

from desktop.models import Delivery
from desktop.models.enums import DeliveryStatus
from desktop.services.deliverability.catalogue import CHECKS
from desktop.views.dashboard.delivery_dashboard import DeliveryDashboard
from desktop.views.dashboard.preflight_words import CHECK_LABELS
from tests.gui.test_translated_widgets import speak  # noqa: F401  (a fixture)
from tests.integration.sending_support import prepared_delivery
from tests.unit.preparation_data import add_delivery

WAIT_MS = 20_000


@pytest.fixture
def open_dashboard(qtbot, context_for):
    def make(actor, delivery_id: int) -> DeliveryDashboard:
        dashboard = DeliveryDashboard(context_for(actor), delivery_id)
        qtbot.addWidget(dashboard)
        dashboard.resize(1200, 900)
        dashboard.show()
        return dashboard

    return make


def _without_sender(sessions, delivery_id: int) -> None:
    with sessions.begin() as session:
        session.execute(
            update(Delivery).where(Delivery.id == delivery_id).values(sender_address="")
        )


def test_every_check_of_the_service_has_a_label_to_translate() -> None:
    assert set(CHECK_LABELS) == set(CHECKS)
    assert {name: CHECKS[name].label for name in CHECKS} == CHECK_LABELS


def test_the_check_runs_by_itself_when_the_delivery_waits_for_its_confirmation(
    qtbot, open_dashboard, sessions, admin, reviewer
) -> None:
    delivery_id = prepared_delivery(sessions, admin, 3)
    dashboard = open_dashboard(reviewer, delivery_id)  # a reviewer may look too
    panel = dashboard.preflight
    if panel.report is None:
        with qtbot.waitSignal(panel.checked, timeout=WAIT_MS):
            pass
    report = panel.report
    assert report is not None and report.recipient_source == "to_deliver"
    assert panel.model.rowCount() == len(report.findings) > 0
    assert panel.table.isVisible()
    assert panel.run_button.text() == "Refresh"
    verdict = panel.verdict.text()
    assert "filter score" in verdict and report.recipient in verdict
    # Severity first, with its icon; sorted by weight, errors on top.
    proxy = panel.proxy
    first = proxy.index(0, 0)
    assert not proxy.data(first, Qt.ItemDataRole.DecorationRole).isNull()
    panel.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert proxy.data(proxy.index(0, 0)) == "Information"
    panel.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)
    shown_points = [proxy.data(proxy.index(row, 3)) for row in range(proxy.rowCount())]
    assert shown_points[0] == f"{max(f.points for f in report.findings):.1f}"


def test_pre_flight_check_next_to_confirm_runs_it_again_and_the_dialog_names_the_errors(
    qtbot, open_dashboard, sessions, admin, monkeypatch
) -> None:
    delivery_id = prepared_delivery(sessions, admin, 2)
    dashboard = open_dashboard(admin, delivery_id)
    panel = dashboard.preflight
    if panel.report is None:
        with qtbot.waitSignal(panel.checked, timeout=WAIT_MS):
            pass
    assert "error" not in panel.confirmation_note()
    _without_sender(sessions, delivery_id)  # as another operator's edit could leave it
    with qtbot.waitSignal(panel.checked, timeout=WAIT_MS):
        qtbot.mouseClick(dashboard.sending.preflight_button, Qt.MouseButton.LeftButton)
    assert panel.has_errors()
    assert panel.verdict.text().count("Not ready: 1 error(s) to fix") == 1
    asked: list[str] = []

    def question(_parent, _title, text, *_args, **_kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
    dashboard.sending.send()
    assert asked and asked[0].startswith("The pre-flight check found 1 error(s): Sender address.")
    assert "Send this delivery now to 2 recipient(s)?" in asked[0]
    with sessions() as session:
        assert session.get(Delivery, delivery_id).status is DeliveryStatus.PENDING_CONFIRMATION


def test_the_panel_speaks_the_guis_language(qtbot, open_dashboard, sessions, admin, speak) -> None:  # noqa: F811
    speak("fr")
    delivery_id = prepared_delivery(sessions, admin, 2)
    dashboard = open_dashboard(admin, delivery_id)
    panel = dashboard.preflight
    if panel.report is None:
        with qtbot.waitSignal(panel.checked, timeout=WAIT_MS):
            pass
    assert dashboard.sending.preflight_button.text() == "Contrôle avant envoi"
    assert panel.model.headerData(0, Qt.Orientation.Horizontal) == "Gravité"
    labels = {panel.model.data(panel.model.index(row, 1)) for row in range(panel.model.rowCount())}
    assert "List-Unsubscribe par e-mail (mailto)" in labels


def test_a_delivery_not_checked_yet_shows_no_empty_table(qtbot, open_dashboard, sessions, admin):
    with sessions.begin() as session:
        delivery_id = add_delivery(session)  # being edited: the check waits to be asked
    panel = open_dashboard(admin, delivery_id).preflight

    assert panel.isVisible() and panel.verdict.text() == "Not checked yet."
    assert not panel.table.isVisible()
    with qtbot.waitSignal(panel.checked, timeout=WAIT_MS):
        qtbot.mouseClick(panel.run_button, Qt.MouseButton.LeftButton)
    assert panel.table.isVisible() == bool(panel.report.findings)
