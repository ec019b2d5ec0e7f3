"""The main window: folders and their lists, tabs, New and its rights, restored state."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QLabel, QMenu

from desktop.app import database_url
from desktop.models import Campaign, Delivery, Program
from desktop.views.main_window import MainWindow
from desktop.views.settings_dialog import SettingsDialog, configured_database
from desktop.views.translations import choose_language


@pytest.fixture
def window_for(qtbot, context_for):
    def make(actor) -> MainWindow:
        window = MainWindow(context_for(actor))
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    return make


@pytest.fixture
def campaigns(sessions) -> dict[str, int]:
    with sessions.begin() as session:
        program = Program(label="Spring")
        session.add(program)
        session.flush()
        ids = {}
        for label in ("Launch", "Follow-up"):
            campaign = Campaign(label=label, program_id=program.id)
            session.add(campaign)
            session.flush()
            ids[label] = campaign.id
            session.add_all(
                [Delivery(label=f"{label} mail {n}", campaign_id=campaign.id) for n in range(3)]
            )
        ids["program"] = program.id
        return ids


def _open_row(qtbot, window: MainWindow, row: int) -> None:
    table = window.list_panel.table
    rect = table.visualRect(table.model().index(row, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_opens_on_the_deliveries_list_and_shows_who_and_where(window_for, admin, db_url) -> None:
    window = window_for(admin)
    assert window.current_node is not None and window.current_node.key == "deliveries"
    assert window.list_panel.model is not None
    assert "admin" in window.operator_label.text()
    assert db_url in window.database_label.text()
    assert isinstance(window.tools_menu(), QMenu)
    assert window.tools_menu().menuAction() in window.menuBar().actions()


def test_restores_last_folder_geometry_splitters_and_column_widths(
    qtbot, window_for, admin, campaigns
) -> None:
    first = window_for(admin)
    assert first.select_folder(f"campaign:{campaigns['Launch']}")
    first.resize(720, 520)
    first.splitter.setSizes([200, 520])
    first.list_panel.table.horizontalHeader().resizeSection(1, 333)
    qtbot.waitUntil(lambda: first.size() == QSize(720, 520))
    first.close()

    second = window_for(admin)
    assert second.current_node is not None
    assert second.current_node.key == f"campaign:{campaigns['Launch']}"
    assert second.size() == QSize(720, 520)
    assert second.splitter.sizes()[0] == 200
    assert second.list_panel.table.horizontalHeader().sectionSize(1) == 333
    assert second.list_panel.model is not None and second.list_panel.model.rowCount() == 3


def test_a_program_lists_its_campaigns_and_a_campaign_its_deliveries(
    window_for, manager, campaigns
) -> None:
    window = window_for(manager)
    assert window.select_folder(f"program:{campaigns['program']}")
    assert window.current_kind() == "campaign"
    model = window.list_panel.model
    assert model is not None
    assert sorted(model.value(row, "label") for row in range(model.rowCount())) == [
        "Follow-up",
        "Launch",
    ]
    assert window.select_folder(f"campaign:{campaigns['Follow-up']}")
    assert window.current_kind() == "delivery"
    model = window.list_panel.model
    assert model is not None and model.rowCount() == 3
    assert {model.value(row, "label") for row in range(3)} == {
        f"Follow-up mail {n}" for n in range(3)
    }


def test_new_needs_the_folders_edit_right(qtbot, window_for, reviewer, manager, admin) -> None:
    window = window_for(reviewer)
    window.select_folder("operators")
    assert not window.new_action.isEnabled()
    tabs = window.tabs.count()
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.open_new() is None and window.tabs.count() == tabs
    window.select_folder("deliveries")
    assert not window.new_action.isEnabled()  # reviewers review; they do not prepare

    managers = window_for(manager)
    managers.select_folder("operators")
    assert not managers.new_action.isEnabled()
    managers.select_folder("deliveries")
    assert managers.new_action.isEnabled()

    admins = window_for(admin)
    admins.select_folder("operators")
    assert admins.new_action.isEnabled()


def test_new_opens_an_empty_form_and_its_save_refreshes_the_list(
    window_for, manager, sessions
) -> None:
    window = window_for(manager)
    window.select_folder("campaigns")
    assert window.list_panel.model is not None and window.list_panel.model.rowCount() == 0
    window.new_action.trigger()
    assert window.tabs.count() == 2
    form = window.tabs.currentWidget()
    assert "Campaign" in window.tabs.tabText(1)
    # Saved elsewhere meanwhile: the form's saved signal makes the list read it.
    with sessions.begin() as session:
        campaign = Campaign(label="Made in a form")
        session.add(campaign)
        session.flush()
        campaign_id = campaign.id
    form.saved.emit(campaign_id)
    assert window.list_panel.model.rowCount() == 1
    assert f"#{campaign_id}" in window.tabs.tabText(1)


def test_double_click_opens_a_tab_once_and_ctrl_w_closes_it(
    qtbot, window_for, manager, campaigns
) -> None:
    window = window_for(manager)
    window.select_folder("campaigns")
    _open_row(qtbot, window, 0)
    assert window.tabs.count() == 2
    title = window.tabs.tabText(1)
    assert "Launch" in title or "Follow-up" in title
    _open_row(qtbot, window, 0)  # the same object: its tab comes back, no second one
    assert window.tabs.count() == 2 and window.tabs.currentIndex() == 1

    window.close_tab_action.trigger()
    assert window.tabs.count() == 1
    window.close_tab_action.trigger()  # the folder's own tab stays
    assert window.tabs.count() == 1


def test_selecting_a_row_shows_its_form_below(qtbot, window_for, manager, campaigns) -> None:
    window = window_for(manager)
    window.select_folder("campaigns")
    hint = window.detail_widget()
    assert isinstance(hint, QLabel)
    window.list_panel.select_row(0)
    qtbot.waitUntil(lambda: window.detail_widget() is not hint)
    assert not isinstance(window.detail_widget(), QLabel)
    window.select_folder("budgets")
    assert isinstance(window.detail_widget(), QLabel)


def test_refresh_reads_rows_and_programs_added_by_others(window_for, admin, sessions) -> None:
    window = window_for(admin)
    model = window.list_panel.model
    assert model is not None and model.rowCount() == 0
    programs = window.explorer_model.find("programs")
    window.explorer.expand(programs)
    with sessions.begin() as session:
        session.add(Delivery(label="From another workstation"))
        session.add(Program(label="Another program"))
    assert window.refresh_action.shortcut().toString() == "F5"
    window.refresh_action.trigger()
    assert window.list_panel.model.rowCount() == 1
    assert window.explorer_model.rowCount(programs) == 1


def test_keyboard_reaches_every_part(qtbot, window_for, admin) -> None:
    window = window_for(admin)
    window.explorer_action.trigger()
    assert window.explorer.hasFocus() or window.focusWidget() is window.explorer
    window.search_action.trigger()
    assert window.focusWidget() is window.list_panel.search
    window.explorer_action.trigger()
    qtbot.keyClick(window.explorer, Qt.Key.Key_Tab)  # from the tree to the search box
    assert window.focusWidget() is window.list_panel.search
    shortcuts = {
        action.shortcut().toString()
        for action in (
            window.new_action,
            window.close_tab_action,
            window.refresh_action,
            window.quit_action,
            window.settings_action,
        )
    }
    assert {"Ctrl+N", "Ctrl+W", "F5", "Ctrl+Q"} <= shortcuts


def test_settings_choose_the_language_and_database_of_the_next_start(qtbot, monkeypatch) -> None:
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    assert "next time" in dialog.findChild(QLabel, "settingsNote").text()
    dialog.language.setCurrentIndex(dialog.language.findData("sv"))
    dialog.database.setText("sqlite:////tmp/elsewhere.db")
    dialog.save()
    assert choose_language(None) == "sv"
    assert choose_language("nl") == "nl"  # --lang still wins
    monkeypatch.delenv("CAMPAIGN_CONSOLE_DB", raising=False)
    assert database_url(None) == "sqlite:////tmp/elsewhere.db"
    assert database_url("sqlite:////tmp/given.db") == "sqlite:////tmp/given.db"  # --db wins


def test_settings_refuse_a_database_password_they_would_keep_in_clear(qtbot) -> None:
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    dialog.database.setText("postgresql+psycopg://team:s3cret@db.example/console")
    dialog.save()
    problem = dialog.findChild(QLabel, "settingsProblem")
    assert "PGPASSWORD" in problem.text() and "~/.pgpass" in problem.text()
    assert not dialog.result()  # still open, nothing saved
    assert configured_database() == ""
    dialog.database.setText("postgresql+psycopg://team@db.example/console")
    dialog.save()
    assert configured_database() == "postgresql+psycopg://team@db.example/console"


def test_view_modules_extend_the_window_once_it_shows(qtbot, context_for, admin) -> None:
    calls = []

    def load_test_tools(window: MainWindow) -> None:
        calls.append(window)
        window.tools_menu().addAction("Test tool")

    window = MainWindow(context_for(admin), view_modules=(load_test_tools,))
    qtbot.addWidget(window)
    assert calls == []  # nothing loaded before the window shows
    window.show()
    qtbot.waitUntil(lambda: calls == [window])
    assert [a.text() for a in window.tools_menu().actions()] == ["Test tool"]
    window.ensure_view_modules()  # once only
    assert calls == [window]


def test_once_loaded_the_application_is_out_of_the_collectors_way(window_for, admin) -> None:
    # A full collection walking the loaded application froze the window for 60-200 ms
    # whenever a worker thread triggered one.
    import gc

    gc.unfreeze()
    try:
        window = window_for(admin)
        window.ensure_view_modules()
        window._load_next_view_module()  # the last turn of the loading, as after show
        assert gc.get_freeze_count() > 10_000
    finally:
        gc.unfreeze()
