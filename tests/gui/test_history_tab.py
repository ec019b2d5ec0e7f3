"""The History tab of a delivery's dashboard and of a campaign's form: who changed what,
when, from which state to which; sorted by a click on a title, filtered, kept up to date."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QTableView

from desktop.services import entities
from desktop.services.access import audit

# The forms register their openers first and the dashboard takes "delivery" over, as in
# the main window (a later registration wins).
from desktop.views import forms  # noqa: F401
from desktop.views.app_context import AppContext
from desktop.views.audit_trail_model import AuditTrailModel
from desktop.views.dashboard import preparation_panel
from desktop.views.dashboard.delivery_dashboard import DeliveryDashboard
from desktop.views.forms.campaign_form import CampaignForm
from desktop.views.history_panel import SEARCH_DELAY_MS, HistoryPanel
from desktop.views.object_registry import opener_for
from tests.gui.test_translated_widgets import speak  # noqa: F401  (a fixture)
from tests.unit.preparation_data import add_recipient


@pytest.fixture
def context(context_for, manager) -> AppContext:
    return context_for(manager)


@pytest.fixture
def campaign_id(sessions, manager) -> int:
    with sessions.begin() as s:
        return entities.create(s, manager, "campaign", {"label": "Spring"}).id


def _new_delivery(sessions, actor, campaign_id: int, label: str) -> int:
    with sessions.begin() as s:
        values = {
            "label": label,
            "campaign_id": campaign_id,
            "subject": "Hello {{ recipient.first_name }}",
            "sender_address": "news@example.com",
            "html": "<p>Hello</p>",
            "audience_filter": {"and": []},
        }
        return entities.create(s, actor, "delivery", values).id


def _rename(sessions, actor, kind: str, object_id: int, label: str) -> None:
    with sessions.begin() as s:
        entities.update(s, actor, kind, object_id, {"label": label})


@pytest.fixture
def delivery_id(sessions, manager, admin, campaign_id) -> int:
    with sessions.begin() as s:
        for n in range(3):
            add_recipient(s, f"h{n}@example.com", first_name=f"Hal{n}")
    delivery = _new_delivery(sessions, manager, campaign_id, "Launch")
    _rename(sessions, admin, "delivery", delivery, "Launch day")
    return delivery


def _dashboard(qtbot, context: AppContext, delivery_id: int) -> DeliveryDashboard:
    dashboard = DeliveryDashboard(context, delivery_id)
    qtbot.addWidget(dashboard)
    dashboard.resize(1100, 700)
    dashboard.show()
    return dashboard


def _show_history(dashboard: DeliveryDashboard) -> HistoryPanel:
    titles = [dashboard.tabs.tabText(i) for i in range(dashboard.tabs.count())]
    dashboard.tabs.setCurrentIndex(titles.index("History"))
    return dashboard.history


def _column(panel: HistoryPanel, name: str) -> list[str]:
    return [row[name] for row in panel.shown_rows()]


def _click_title(qtbot, table: QTableView, column: int) -> None:
    header = table.horizontalHeader()
    where = QPoint(header.sectionViewportPosition(column) + 5, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=where)


def test_the_history_shows_the_status_changes_of_a_preparation(
    qtbot, context, delivery_id, monkeypatch
) -> None:
    monkeypatch.setattr(preparation_panel.PreparationPanel, "confirm", lambda *_: True)
    dashboard = _dashboard(qtbot, context, delivery_id)
    assert dashboard.history.model is None  # nothing is read before the tab is shown

    panel = dashboard.preparation
    qtbot.mouseClick(panel.prepare_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.worker is None and panel.last_result is not None, timeout=20000)
    history = _show_history(dashboard)

    rows = history.shown_rows()
    assert [(r["operator"], r["action"], r["from_state"], r["to_state"]) for r in rows] == [
        ("manager", "Status changed", "Preparing", "Pending confirmation"),
        ("manager", "Status changed", "Being edited", "Preparing"),
        ("admin", "Edited", "", ""),
        ("manager", "Created", "", ""),
    ]
    assert rows[0]["details"] == "Reason: prepared"
    assert rows[2]["details"] == "Fields: Label"
    assert history.table.isColumnHidden(2)  # every row is about this delivery: no Object
    assert history.count_label.text() == "Total: 4"


def test_a_visible_history_follows_the_changes_of_other_operators(
    qtbot, context, sessions, admin, delivery_id
) -> None:
    dashboard = _dashboard(qtbot, context, delivery_id)
    history = _show_history(dashboard)
    assert len(history.shown_rows()) == 2

    _rename(sessions, admin, "delivery", delivery_id, "Launch night")

    qtbot.waitUntil(lambda: len(history.shown_rows()) == 3, timeout=5000)
    assert history.shown_rows()[0]["operator"] == "admin"
    assert history.count_label.text() == "Total: 3"


def test_a_click_on_a_title_sorts_and_the_filters_narrow(
    qtbot, context, sessions, manager, reviewer, delivery_id
) -> None:
    _rename(sessions, manager, "delivery", delivery_id, "Launch again")
    dashboard = _dashboard(qtbot, context, delivery_id)
    history = _show_history(dashboard)
    assert _column(history, "operator") == ["manager", "admin", "manager"]  # newest first

    _click_title(qtbot, history.table, 1)  # Operator
    assert _column(history, "operator") == ["admin", "manager", "manager"]
    assert _column(history, "action") == ["Edited", "Edited", "Created"]
    _click_title(qtbot, history.table, 1)
    assert _column(history, "operator") == ["manager", "manager", "admin"]
    _click_title(qtbot, history.table, 0)  # When: newest first again
    assert _column(history, "operator") == ["manager", "admin", "manager"]
    _click_title(qtbot, history.table, 0)
    assert _column(history, "action") == ["Created", "Edited", "Edited"]  # oldest first
    _click_title(qtbot, history.table, 0)

    boxes = history.operator_box
    assert [boxes.itemText(i) for i in range(boxes.count())] == [
        "All operators",
        "admin",
        "manager",
    ]
    history.operator_box.setCurrentIndex(history.operator_box.findData("manager"))
    assert _column(history, "action") == ["Edited", "Created"]
    history.action_box.setCurrentIndex(history.action_box.findData("create"))
    assert _column(history, "action") == ["Created"]
    assert history.count_label.text() == "Total: 1"
    history.set_operator_filter(None)
    history.set_action_filter(None)

    qtbot.keyClicks(history.search, "LABEL")
    qtbot.wait(SEARCH_DELAY_MS + 50)
    assert _column(history, "action") == ["Edited", "Edited", "Created"]
    history.search.clear()
    qtbot.keyClicks(history.search, "nothing like this")
    qtbot.wait(SEARCH_DELAY_MS + 50)
    assert history.shown_rows() == []
    assert history.count_label.text() == "Total: 0"


def test_the_trail_model_passes_the_model_tester_and_reads_pages_lazily(
    qtmodeltester, qtbot, context, sessions, admin, delivery_id
) -> None:
    with sessions.begin() as s:
        for n in range(450):
            audit.record(s, admin, "delivery", delivery_id, "note", details={"n": n})
    dashboard = _dashboard(qtbot, context, delivery_id)
    history = _show_history(dashboard)
    model = history.model
    assert isinstance(model, AuditTrailModel)
    assert model.rowCount() == 452
    assert model.pages_read == [0]  # the first page only, and one COUNT

    history.table.scrollToBottom()
    qtbot.waitUntil(lambda: 2 in model.pages_read)
    assert 1 not in model.pages_read  # the middle was never on screen

    qtmodeltester.check(model)


def test_a_campaign_form_has_a_history_with_its_deliveries(
    qtbot, context_for, sessions, manager, reviewer, campaign_id
) -> None:
    first = _new_delivery(sessions, manager, campaign_id, "First wave")
    _rename(sessions, manager, "campaign", campaign_id, "Spring sale")
    form = opener_for("campaign")(context_for(reviewer), campaign_id, None)
    qtbot.addWidget(form)
    assert isinstance(form, CampaignForm)
    form.show()

    form.tabs.setCurrentIndex(form.history_tab)

    rows = form.history.shown_rows()
    assert [(r["object"], r["action"]) for r in rows] == [
        ("Campaign: Spring sale", "Edited"),
        ("Delivery: First wave", "Created"),
        ("Campaign: Spring sale", "Created"),
    ]
    assert not form.history.table.isColumnHidden(2)
    # The fields set are named by their labels, as the forms show them.
    named = set(rows[1]["details"].removeprefix("Fields: ").split(", "))
    assert {"Campaign", "Label", "Subject"} <= named
    assert form.history.shown_rows()[1]["object"].endswith("First wave")
    assert first > 0


def test_a_new_campaign_gets_its_history_once_saved(qtbot, context) -> None:
    form = CampaignForm(context, None)
    qtbot.addWidget(form)
    form.show()
    assert not form.tabs.isTabEnabled(form.history_tab)

    qtbot.keyClicks(form.editors["label"].line, "Autumn")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)

    assert form.tabs.isTabEnabled(form.history_tab)
    form.tabs.setCurrentIndex(form.history_tab)
    assert [(r["object"], r["action"], r["operator"]) for r in form.history.shown_rows()] == [
        ("Campaign: Autumn", "Created", "manager")
    ]


def test_the_history_speaks_french(qtbot, speak, context, delivery_id) -> None:  # noqa: F811
    speak("fr")
    dashboard = _dashboard(qtbot, context, delivery_id)
    titles = [dashboard.tabs.tabText(i) for i in range(dashboard.tabs.count())]
    assert "Historique" in titles
    dashboard.tabs.setCurrentIndex(titles.index("Historique"))
    history = dashboard.history
    model = history.model
    assert model is not None
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[:2] == ["Date", "Opérateur"]
    assert _column(history, "action") == ["Modification", "Création"]
    assert history.shown_rows()[0]["details"] == "Champs\u00a0: Libellé"  # French colon
    assert history.operator_box.itemText(0) == "Tous les opérateurs"
