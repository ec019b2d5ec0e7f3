"""Nothing typed is lost: closing a tab (Ctrl+W, its X), closing the window, or moving the
selection away from a form with unsaved changes (an object's form, the options editor,
the SMTP relay settings) asks Save / Discard / Cancel. Cancel keeps
the form and the selection; a Save the services refuse keeps the form open."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QMessageBox, QTabBar
from sqlalchemy import select

from desktop.models import Campaign, Program
from desktop.services import entities
from desktop.services.settings import options
from desktop.services.settings.relay_settings import load_relay_settings
from desktop.views.forms.entity_form import EntityForm
from desktop.views.forms.options_editor import OptionsEditor
from desktop.views.main_window import MainWindow
from desktop.views.relay_settings_form import RelaySettingsForm
from tests.gui.main_windows import shown_main_window
from tests.gui.test_forms import set_date

Button = QMessageBox.StandardButton


@pytest.fixture
def window(qtbot, context_for, manager) -> MainWindow:
    return shown_main_window(qtbot, context_for(manager))


@pytest.fixture
def campaign_ids(sessions) -> list[int]:
    with sessions.begin() as session:
        program = Program(label="Spring")
        session.add(program)
        session.flush()
        campaigns = [Campaign(label=label, program_id=program.id) for label in ("Alpha", "Beta")]
        session.add_all(campaigns)
        session.flush()
        return [campaign.id for campaign in campaigns]


def answering(monkeypatch, answer: Button) -> list[str]:
    """Every question is answered `answer`; returns the questions asked."""
    asked: list[str] = []

    def question(_parent, _title, text, buttons=Button.Yes | Button.No, _default=Button.NoButton):
        asked.append(text)
        assert buttons & Button.Save and buttons & Button.Discard and buttons & Button.Cancel
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def label_of(sessions, campaign_id: int) -> str:
    with sessions() as session:
        return session.scalar(select(Campaign.label).where(Campaign.id == campaign_id))


def open_edited(qtbot, window: MainWindow, campaign_id: int, label: str) -> EntityForm:
    window.select_folder("campaigns")
    form = window.open_object("campaign", campaign_id, "Alpha")
    assert isinstance(form, EntityForm)
    form.editors["label"].line.clear()
    qtbot.keyClicks(form.editors["label"].line, label)
    assert form.is_dirty()
    return form


def test_ctrl_w_on_an_edited_form_asks_and_cancel_keeps_the_tab_and_the_edit(
    qtbot, monkeypatch, window, campaign_ids, sessions
) -> None:
    form = open_edited(qtbot, window, campaign_ids[0], "Alpha, renamed")
    asked = answering(monkeypatch, Button.Cancel)

    qtbot.keyClick(window, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)

    assert len(asked) == 1 and "unsaved changes" in asked[0]
    assert window.tabs.count() == 2 and window.tabs.currentWidget() is form
    assert form.editors["label"].value() == "Alpha, renamed"
    assert label_of(sessions, campaign_ids[0]) == "Alpha"


def test_the_tabs_x_saves_when_asked_to(qtbot, monkeypatch, window, campaign_ids, sessions):
    open_edited(qtbot, window, campaign_ids[0], "Alpha, saved")
    answering(monkeypatch, Button.Save)

    close = window.tabs.tabBar().tabButton(1, QTabBar.ButtonPosition.RightSide)
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton)

    assert window.tabs.count() == 1
    assert label_of(sessions, campaign_ids[0]) == "Alpha, saved"


def test_discard_closes_and_keeps_the_stored_values(
    qtbot, monkeypatch, window, campaign_ids, sessions
) -> None:
    open_edited(qtbot, window, campaign_ids[0], "Alpha, dropped")
    answering(monkeypatch, Button.Discard)
    window.close_tab_action.trigger()
    assert window.tabs.count() == 1
    assert label_of(sessions, campaign_ids[0]) == "Alpha"


def test_a_form_without_changes_closes_without_a_question(
    qtbot, monkeypatch, window, campaign_ids
) -> None:
    asked = answering(monkeypatch, Button.Cancel)
    window.select_folder("campaigns")
    window.open_object("campaign", campaign_ids[0], "Alpha")
    window.close_tab_action.trigger()
    assert window.tabs.count() == 1 and asked == []


def test_a_save_the_services_refuse_keeps_the_form_open_with_its_reason(
    qtbot, monkeypatch, window, campaign_ids, sessions
) -> None:
    form = open_edited(qtbot, window, campaign_ids[0], "Alpha, dated")
    set_date(form.editors["start_date"], date(2026, 10, 1))
    set_date(form.editors["end_date"], date(2026, 9, 1))  # before the start: refused
    answering(monkeypatch, Button.Save)

    window.close_tab_action.trigger()

    assert window.tabs.count() == 2 and window.tabs.currentWidget() is form
    assert "is before the start" in form.field_error("end_date")
    assert form.editors["end_date"].value() == date(2026, 9, 1)


def test_a_save_refused_because_another_operator_saved_first_keeps_the_form(
    qtbot, monkeypatch, window, campaign_ids, sessions, admin
) -> None:
    form = open_edited(qtbot, window, campaign_ids[0], "Mine")
    entities.save(sessions, admin, "campaign", campaign_ids[0], {"label": "Theirs"})
    answering(monkeypatch, Button.Save)

    window.close_tab_action.trigger()

    assert window.tabs.count() == 2
    assert "was changed by admin" in form.message()
    assert form.editors["label"].value() == "Mine"
    assert label_of(sessions, campaign_ids[0]) == "Theirs"


def test_closing_the_window_asks_once_and_cancel_keeps_it_open(
    qtbot, monkeypatch, window, campaign_ids, sessions
) -> None:
    open_edited(qtbot, window, campaign_ids[0], "Alpha, still typing")
    asked = answering(monkeypatch, Button.Cancel)

    assert not window.close()

    assert len(asked) == 1 and window.isVisible()
    answering(monkeypatch, Button.Save)
    assert window.close()
    assert label_of(sessions, campaign_ids[0]) == "Alpha, still typing"


def test_moving_the_list_selection_away_asks_and_cancel_stays_on_the_row(
    qtbot, monkeypatch, window, campaign_ids, sessions
) -> None:
    window.select_folder("campaigns")
    panel = window.list_panel
    first = panel.model.id_at(0)
    panel.select_row(0)
    qtbot.waitUntil(lambda: isinstance(window.detail_widget(), EntityForm))
    form = window.detail_widget()
    form.editors["label"].line.clear()
    qtbot.keyClicks(form.editors["label"].line, "Typed below the list")
    asked = answering(monkeypatch, Button.Cancel)

    panel.select_row(1)

    qtbot.waitUntil(lambda: len(asked) == 1)
    qtbot.waitUntil(lambda: panel.current_id() == first)
    qtbot.wait(200)  # longer than the detail's delay: no other form replaces it
    assert window.detail_widget() is form
    assert form.editors["label"].value() == "Typed below the list"

    answering(monkeypatch, Button.Save)
    panel.select_row(1)
    qtbot.waitUntil(lambda: window.detail_widget() is not form, timeout=3000)
    assert label_of(sessions, first) == "Typed below the list"


def test_moving_the_tree_selection_away_asks_and_cancel_stays_on_the_folder(
    qtbot, monkeypatch, window, campaign_ids
) -> None:
    window.select_folder("campaigns")
    window.list_panel.select_row(0)
    qtbot.waitUntil(lambda: isinstance(window.detail_widget(), EntityForm))
    form = window.detail_widget()
    form.editors["label"].line.clear()
    qtbot.keyClicks(form.editors["label"].line, "Typed, then a folder clicked")
    asked = answering(monkeypatch, Button.Cancel)

    window.select_folder("budgets")

    qtbot.waitUntil(lambda: len(asked) == 1)
    campaigns = window.explorer_model.find("campaigns")
    qtbot.waitUntil(lambda: window.explorer.currentIndex() == campaigns)
    assert window.current_node is not None and window.current_node.key == "campaigns"
    assert window.detail_widget() is form

    answering(monkeypatch, Button.Discard)
    window.select_folder("budgets")
    qtbot.waitUntil(lambda: isinstance(window.detail_widget(), QLabel))
    assert window.current_node.key == "budgets"


@pytest.fixture
def admin_window(qtbot, context_for, admin) -> MainWindow:
    return shown_main_window(qtbot, context_for(admin))


def retry_count_typed(qtbot, window: MainWindow) -> tuple[OptionsEditor, QLineEdit]:
    """The options editor open on NmsEmail_RetryCount, with 9 typed and not saved."""
    window.select_folder("options")
    editor = window.special_widget()
    assert isinstance(editor, OptionsEditor)
    editor.select("NmsEmail_RetryCount")
    line = editor.value_editor.integer_box.lineEdit()
    line.selectAll()
    qtbot.keyClicks(line, "9")
    return editor, line


def test_an_option_typed_and_not_saved_is_asked_about_when_the_folder_changes(
    qtbot, monkeypatch, admin_window, sessions
) -> None:
    window = admin_window
    editor, line = retry_count_typed(qtbot, window)
    asked = answering(monkeypatch, Button.Cancel)

    window.select_folder("budgets")

    qtbot.waitUntil(lambda: len(asked) == 1)
    assert "NmsEmail_RetryCount" in asked[0]
    assert window.current_node is not None and window.current_node.key == "options"
    assert window.special_widget() is editor and line.text() == "9"

    answering(monkeypatch, Button.Save)
    window.select_folder("budgets")
    qtbot.waitUntil(lambda: window.current_node.key == "budgets")
    with sessions() as session:
        assert options.get_value(session, "NmsEmail_RetryCount") == 9


def test_another_option_picked_in_the_table_asks_first_and_cancel_keeps_the_edit(
    qtbot, monkeypatch, admin_window
) -> None:
    editor, line = retry_count_typed(qtbot, admin_window)
    asked = answering(monkeypatch, Button.Cancel)

    editor.table.setCurrentIndex(editor.proxy.index(0, 0))  # another option, by click or key

    qtbot.waitUntil(lambda: len(asked) == 1)
    assert editor.current == "NmsEmail_RetryCount" and line.text() == "9"
    current = editor.table.currentIndex().data(Qt.ItemDataRole.UserRole)
    assert current == "NmsEmail_RetryCount"  # the table went back to the option kept

    answering(monkeypatch, Button.Discard)
    first = editor.proxy.index(0, 0).data(Qt.ItemDataRole.UserRole)
    editor.table.setCurrentIndex(editor.proxy.index(0, 0))
    qtbot.waitUntil(lambda: editor.current == first)
    assert not editor.is_dirty()


def test_a_relay_setting_typed_and_not_saved_is_asked_about_when_the_window_closes(
    qtbot, monkeypatch, admin_window, sessions
) -> None:
    window = admin_window
    window.select_folder("smtp_relay")
    form = window.special_widget()
    assert isinstance(form, RelaySettingsForm) and not form.is_dirty()
    qtbot.keyClicks(form.host, "relay.example.org")
    asked = answering(monkeypatch, Button.Cancel)

    assert not window.close()

    assert len(asked) == 1 and "SMTP relay" in asked[0]
    answering(monkeypatch, Button.Save)
    assert window.close()
    with sessions() as session:
        assert load_relay_settings(session).host == "relay.example.org"


def test_revert_in_the_options_editor_drops_the_edit_without_a_question(
    qtbot, monkeypatch, admin_window
) -> None:
    editor, line = retry_count_typed(qtbot, admin_window)
    asked = answering(monkeypatch, Button.Cancel)

    qtbot.mouseClick(editor.revert_button, Qt.MouseButton.LeftButton)
    qtbot.wait(50)  # a question would be asked once the click is handled

    assert asked == [] and line.text() == "5" and not editor.is_dirty()
