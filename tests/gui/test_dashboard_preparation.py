"""The delivery dashboard as a campaign manager uses it: Prepare, watch, read the KPIs,
the chart and the logs, filter and export the exclusion log."""

from __future__ import annotations

import csv
import time
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from shiboken6 import isValid
from sqlalchemy import select

from desktop.models import Delivery, JournalLine
from desktop.models.enums import DeliveryStatus
from desktop.views.app_context import AppContext
from desktop.views.dashboard import preparation_panel
from desktop.views.dashboard.delivery_dashboard import DeliveryDashboard
from desktop.views.object_registry import opener_for
from desktop.workers.prepare_worker import PrepareWorker
from tests.gui.held_reports import HeldReports
from tests.unit.preparation_data import add_delivery, add_recipient


@pytest.fixture
def context(context_for, manager) -> AppContext:
    return context_for(manager)


@pytest.fixture
def delivery_id(sessions) -> int:
    with sessions.begin() as s:
        for n in range(8):
            add_recipient(s, f"d{n}@example.com", first_name=f"Dan{n}")
        add_recipient(s, "", first_name="Nobody")
        add_recipient(s, "d0@EXAMPLE.com", first_name="Twin")
        return add_delivery(s, label="Autumn offers")


def _open_dashboard(qtbot, context: AppContext, delivery_id: int) -> DeliveryDashboard:
    widget = DeliveryDashboard(context, delivery_id)
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.fixture
def dashboard(qtbot, context, delivery_id, monkeypatch) -> DeliveryDashboard:
    monkeypatch.setattr(preparation_panel.PreparationPanel, "confirm", lambda *_: True)
    return _open_dashboard(qtbot, context, delivery_id)


def _prepare(qtbot, dashboard: DeliveryDashboard) -> None:
    panel = dashboard.preparation
    qtbot.mouseClick(panel.prepare_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.worker is None and panel.last_result is not None, timeout=20000)
    qtbot.waitUntil(lambda: len(dashboard.context.work) == 0, timeout=5000)


def test_double_click_on_a_delivery_opens_its_dashboard(qtbot, context, delivery_id):
    widget = opener_for("delivery")(context, delivery_id, None)
    qtbot.addWidget(widget)
    assert isinstance(widget, DeliveryDashboard)
    assert widget.title.text() == "Autumn offers"
    assert "Being edited" in widget.status_label.text()


def test_prepare_shows_status_kpis_and_exclusions_chart(qtbot, dashboard, sessions, delivery_id):
    panel = dashboard.preparation
    assert panel.prepare_button.isEnabled()

    _prepare(qtbot, dashboard)

    qtbot.waitUntil(lambda: "Pending confirmation" in dashboard.status_label.text())
    assert panel.kpi_values["targeted"].text() == "10"
    assert panel.kpi_values["to_deliver"].text() == "8"
    assert panel.kpi_values["to_exclude"].text() == "2"
    assert panel.chart.counts == {"address_missing": 1, "duplicate": 1}
    assert "8" in panel.message.text()
    assert not panel.stop_button.isVisible()
    with sessions() as s:
        assert s.get(Delivery, delivery_id).status is DeliveryStatus.PENDING_CONFIRMATION


def test_stop_preparation_leaves_the_delivery_being_edited(qtbot, context, sessions, delivery_id):
    # A preparation started from the delivery's dashboard, whose tab was closed since: it
    # waits at its first report until the user, on the dashboard opened again, clicks Stop.
    reports = HeldReports(lambda name, _args: name == "phase_changed")
    worker = PrepareWorker(sessions, context.actor, delivery_id, reports=reports)
    context.work.start(worker, subject=delivery_id)
    qtbot.waitUntil(reports.reached.is_set, timeout=10000)

    dashboard = _open_dashboard(qtbot, context, delivery_id)
    panel = dashboard.preparation
    assert panel.worker is worker  # found running, not started again
    assert panel.stop_button.isVisible() and panel.stop_button.isEnabled()
    assert not panel.prepare_button.isEnabled()
    qtbot.mouseClick(panel.stop_button, Qt.MouseButton.LeftButton)
    reports.release()
    qtbot.waitUntil(lambda: panel.last_result is not None, timeout=20000)

    assert panel.last_result["stopped"] is True
    assert "stopped" in panel.message.text()
    dashboard.refresh()
    assert "Being edited" in dashboard.status_label.text()
    assert panel.kpi_values["targeted"].text() == "0"
    with sessions() as s:
        assert s.get(Delivery, delivery_id).status is DeliveryStatus.BEING_EDITED


def test_a_failed_preparation_shows_the_error(qtbot, dashboard, sessions, delivery_id):
    with sessions.begin() as s:
        s.get(Delivery, delivery_id).html = "<p>{{ recipient.first_name </p>"
    dashboard.refresh()

    _prepare(qtbot, dashboard)
    dashboard.refresh()

    assert "Preparation failed" in dashboard.status_label.text()
    assert "template syntax error" in dashboard.preparation.message.text()
    assert dashboard.preparation.prepare_button.isEnabled()  # edit, prepare again


def test_logs_window_shows_journal_and_filters_and_exports_exclusions(qtbot, dashboard, tmp_path):
    _prepare(qtbot, dashboard)
    qtbot.mouseClick(dashboard.preparation.logs_button, Qt.MouseButton.LeftButton)
    window = dashboard.logs_window
    qtbot.waitUntil(window.isVisible)

    journal = window.journal_list
    last = journal.item(journal.count() - 1).text()
    assert "8 messages to deliver" in last and "exclusions: 2" in last

    model = window.model
    assert model.rowCount() == 2
    causes = {model.index(r, 3).data() for r in range(model.rowCount())}
    assert causes == {"Address not specified", "Duplicate"}

    window.cause_filter.setCurrentIndex(window.cause_filter.findData("duplicate"))
    assert model.rowCount() == 1
    assert model.index(0, 1).data() == "Twin Smith"

    window.cause_filter.setCurrentIndex(0)
    window.search.setText("Nobody")
    window.apply_filter()
    assert model.rowCount() == 1

    window.search.setText("")
    model.sort(1, Qt.SortOrder.DescendingOrder)
    assert [model.index(r, 1).data() for r in range(2)] == ["Twin Smith", "Nobody Smith"]

    target = tmp_path / "exclusions.csv"
    window.export(str(target))
    qtbot.waitUntil(lambda: window.export_button.isEnabled(), timeout=10000)
    with open(target, newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["recipient_id", "recipient", "address", "cause", "rule", "reason"]
    assert sorted(r[3] for r in rows[1:]) == ["address_missing", "duplicate"]
    window.close()
    qtbot.waitUntil(lambda: not isValid(window) or not window.isVisible())


def test_the_journal_shows_the_operators_local_time(qtbot, dashboard, sessions, delivery_id):
    with pytest.MonkeyPatch.context() as zone:
        zone.setenv("TZ", "Asia/Taipei")  # UTC+8 all year: no summer time to guess
        time.tzset()
        try:
            _prepare(qtbot, dashboard)
            with sessions() as s:
                stored = s.scalars(
                    select(JournalLine.created_at)
                    .where(JournalLine.delivery_id == delivery_id)
                    .order_by(JournalLine.id)
                    .limit(1)
                ).one()
            qtbot.mouseClick(dashboard.preparation.logs_button, Qt.MouseButton.LeftButton)
            first = dashboard.logs_window.journal_list.item(0).text()
        finally:
            zone.undo()
            time.tzset()

    utc = stored.replace(tzinfo=stored.tzinfo or UTC).astimezone(UTC)
    taipei = (utc + timedelta(hours=8)).replace(tzinfo=None)
    assert first.startswith(taipei.strftime("%Y-%m-%d %H:%M:%S"))
    assert datetime.now(UTC) - utc < timedelta(minutes=5)  # the moment read is this run's


def test_an_export_goes_on_when_its_logs_window_is_closed(qtbot, dashboard, tmp_path):
    _prepare(qtbot, dashboard)
    qtbot.mouseClick(dashboard.preparation.logs_button, Qt.MouseButton.LeftButton)
    window = dashboard.logs_window
    target = tmp_path / "exclusions.csv"

    window.export(str(target))
    window.close()  # deleted on close; the export belongs to the application's work
    qtbot.waitUntil(lambda: len(dashboard.context.work) == 0, timeout=10000)

    with open(target, newline="", encoding="utf-8") as handle:
        assert len(list(csv.reader(handle))) == 3  # the header and both exclusions
