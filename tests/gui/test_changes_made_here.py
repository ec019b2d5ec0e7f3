"""Lists, forms and dashboards tell the truth: a change made in this application (a send
ending, a save, a preparation's phases) shows at once in every open list and form, without
waiting for the timers that follow other processes (made slow here to show it)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop.models.enums import DeliveryStatus
from desktop.services.settings.relay_settings import RelaySettings, save_relay_settings
from desktop.views import list_panel
from desktop.views.dashboard import preparation_panel
from desktop.views.dashboard.delivery_dashboard import DeliveryDashboard
from desktop.views.forms.entity_form import EntityForm
from desktop.views.main_window import MainWindow
from desktop.workers.prepare_worker import PrepareWorker
from desktop.workers.send_worker import SendWorker
from tests.gui.test_unsaved_changes import campaign_ids  # noqa: F401  (fixture)
from tests.integration.sending_support import RecordingHandler, prepared_delivery, smtp_server
from tests.unit.preparation_data import add_delivery, add_recipient

AT_ONCE_MS = 1500  # far below the fallback timers of this test (a minute)


@pytest.fixture
def slow_fallback(monkeypatch) -> None:
    """The lists' timer, which follows other processes, ticks once a minute here: what
    shows sooner was told by this application."""
    monkeypatch.setattr(list_panel, "FOLLOW_MS", 60_000)


@pytest.fixture
def window(qtbot, context_for, manager, slow_fallback) -> MainWindow:
    window = MainWindow(context_for(manager))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def row_of(window: MainWindow, delivery_id: int) -> int:
    model = window.list_panel.model
    return next(row for row in range(model.rowCount()) if model.id_at(row) == delivery_id)


def listed(window: MainWindow, delivery_id: int, column: str):
    return window.list_panel.model.value(row_of(window, delivery_id), column)


def test_the_list_above_a_dashboard_shows_its_send_as_it_goes_and_ends(
    qtbot, monkeypatch, window, sessions, admin, manager
) -> None:
    delivery_id = prepared_delivery(sessions, manager, 30)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    handler = RecordingHandler(hold_after=10)
    with smtp_server(handler) as server:
        with sessions.begin() as session:
            save_relay_settings(session, admin, RelaySettings(host=server.host, port=server.port))
        window.select_folder("deliveries")
        window.refresh()  # made by the test, outside the application: F5
        window.list_panel.select_row(row_of(window, delivery_id))
        qtbot.waitUntil(lambda: isinstance(window.detail_widget(), DeliveryDashboard))
        dashboard = window.detail_widget()
        assert listed(window, delivery_id, "status") == DeliveryStatus.PENDING_CONFIRMATION

        dashboard.sending.send_button.click()
        qtbot.waitUntil(lambda: handler.count() >= 10, timeout=20000)
        qtbot.waitUntil(
            lambda: listed(window, delivery_id, "status") == DeliveryStatus.IN_PROGRESS,
            timeout=AT_ONCE_MS,
        )
        worker = window.context.work.find(SendWorker, delivery_id)
        handler.release()
        with qtbot.waitSignal(worker.finished, timeout=30000):
            pass
    qtbot.waitUntil(
        lambda: listed(window, delivery_id, "status") == DeliveryStatus.FINISHED,
        timeout=AT_ONCE_MS,
    )
    assert listed(window, delivery_id, "delivered") == 30
    assert "Finished" in dashboard.status_label.text()


def test_a_list_behind_a_tab_is_up_to_date_when_its_tab_comes_back(
    qtbot, monkeypatch, window, sessions, admin, manager
) -> None:
    delivery_id = prepared_delivery(sessions, manager, 12)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    handler = RecordingHandler()
    with smtp_server(handler) as server:
        with sessions.begin() as session:
            save_relay_settings(session, admin, RelaySettings(host=server.host, port=server.port))
        window.select_folder("deliveries")
        window.refresh()  # made by the test, outside the application: F5
        dashboard = window.open_object("delivery", delivery_id, "Spring newsletter")
        assert not window.list_panel.isVisible()
        dashboard.sending.send_button.click()
        worker = window.context.work.find(SendWorker, delivery_id)
        with qtbot.waitSignal(worker.finished, timeout=30000):
            pass

    window.tabs.setCurrentIndex(0)
    qtbot.waitUntil(
        lambda: listed(window, delivery_id, "status") == DeliveryStatus.FINISHED,
        timeout=AT_ONCE_MS,
    )
    assert listed(window, delivery_id, "delivered") == 12


def test_a_save_shows_in_the_other_open_form_of_the_object_unless_it_is_being_edited(
    qtbot,
    context_for,
    manager,
    campaign_ids,  # noqa: F811
) -> None:
    context = context_for(manager)
    forms = [EntityForm(context, "campaign", campaign_ids[0]) for _ in range(3)]
    for form in forms:
        qtbot.addWidget(form)
        form.show()
    editing, reading, typing = forms
    typing.editors["description"].set_value("My own notes")  # typed, not saved
    assert typing.is_dirty()

    editing.editors["label"].line.setText("Alpha, renamed here")
    assert editing.save()

    qtbot.waitUntil(
        lambda: reading.editors["label"].value() == "Alpha, renamed here", timeout=AT_ONCE_MS
    )
    assert not reading.is_dirty()
    qtbot.wait(300)
    assert typing.editors["label"].value() == "Alpha"  # what the user typed stays
    assert typing.editors["description"].value() == "My own notes"


def test_the_preparation_kpis_fill_in_as_each_phase_knows_them(
    qtbot, monkeypatch, context_for, manager, sessions
) -> None:
    with sessions.begin() as session:
        for n in range(8):
            add_recipient(session, f"d{n}@example.com", first_name=f"Dan{n}")
        add_recipient(session, "", first_name="Nobody")
        add_recipient(session, "d0@EXAMPLE.com", first_name="Twin")
        delivery_id = add_delivery(session, label="Autumn offers")
    monkeypatch.setattr(preparation_panel.PreparationPanel, "confirm", lambda *_: True)
    context = context_for(manager)
    dashboard = DeliveryDashboard(context, delivery_id)
    qtbot.addWidget(dashboard)
    dashboard.show()
    panel = dashboard.preparation

    qtbot.mouseClick(panel.prepare_button, Qt.MouseButton.LeftButton)
    worker = context.work.find(PrepareWorker, delivery_id)
    assert worker is not None
    shown: list[tuple[str, str, str]] = []
    worker.counts.connect(
        lambda *_: shown.append(
            tuple(panel.kpi_values[n].text() for n in ("targeted", "to_exclude", "to_deliver"))
        )
    )
    with qtbot.waitSignal(worker.finished, timeout=20000):
        pass

    dash = "\u2013"  # not known yet
    assert shown == [("10", dash, dash), ("10", "2", dash), ("10", "2", "8")]
    qtbot.waitUntil(lambda: "Pending confirmation" in dashboard.status_label.text())
    assert panel.kpi_values["to_deliver"].text() == "8"
