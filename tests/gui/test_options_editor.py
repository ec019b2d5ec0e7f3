"""The Options view: administrators edit typed values; everyone else reads."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session, sessionmaker

from desktop.errors import PermissionDenied, ValidationError
from desktop.models import AuditEntry, Option
from desktop.models.enums import OptionType
from desktop.services.access.rights import Actor
from desktop.services.settings import options
from desktop.views.app_context import AppContext
from desktop.views.forms.options_editor import OptionsEditor


@pytest.fixture
def open_editor(qtbot, sessions: sessionmaker[Session], engine: Engine, db_url: str):
    def make(actor: Actor) -> OptionsEditor:
        context = AppContext(sessions=sessions, engine=engine, actor=actor, db_url=db_url)
        editor = OptionsEditor(context)
        qtbot.addWidget(editor)
        editor.resize(1000, 700)
        editor.show()
        return editor

    return make


def stored(sessions: sessionmaker[Session], name: str) -> Option | None:
    with sessions() as session:
        return session.scalar(select(Option).where(Option.name == name))


def shown_names(editor: OptionsEditor) -> list[str]:
    return [editor.proxy.index(r, 0).data() for r in range(editor.proxy.rowCount())]


def test_an_administrator_changes_a_value_and_it_is_audited(
    qtbot, open_editor, admin: Actor, sessions
) -> None:
    editor = open_editor(admin)
    editor.select("NmsEmail_RetryCount")
    spin = editor.value_editor.integer_box
    assert not spin.isHidden()  # an integer is edited in a spin box
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), "7")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)

    assert editor.message() == "Saved."
    assert stored(sessions, "NmsEmail_RetryCount").value == "7"
    with sessions() as session:
        entry = session.scalar(
            select(AuditEntry).where(AuditEntry.entity == "option").order_by(AuditEntry.id.desc())
        )
        assert (entry.action, entry.operator_name) == ("update", "admin")
        assert entry.details == {"from": "5", "to": "7"}
    row = editor.model.row_named("NmsEmail_RetryCount")
    assert editor.model.rows[row].value == "7"  # the table shows the new value

    qtbot.keyClick(spin.lineEdit(), Qt.Key.Key_Up)
    assert spin.text_value() == "8"  # the arrows step the number


def test_letters_cannot_be_typed_in_an_integer_option(qtbot, open_editor, admin: Actor) -> None:
    editor = open_editor(admin)
    editor.select("NmsEmail_RetryPeriod")
    line = editor.value_editor.integer_box.lineEdit()
    line.selectAll()
    qtbot.keyClicks(line, "1x2")
    assert editor.value_editor.text() == "12"


def test_a_value_of_the_wrong_type_is_refused_naming_the_option_and_value(
    qtbot, open_editor, admin: Actor, sessions
) -> None:
    editor = open_editor(admin)
    editor.select("NmsTracking_ServerUrl")
    # Changing the type keeps the value, which an integer cannot hold.
    qtbot.keyClicks(editor.type_combo, "Integer")
    assert editor.data_type() is OptionType.INTEGER
    assert "http://127.0.0.1:8765" in editor.value_editor.note.text()

    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)

    assert "NmsTracking_ServerUrl" in editor.message()
    assert "'http://127.0.0.1:8765'" in editor.message()
    assert "whole number" in editor.message()
    option = stored(sessions, "NmsTracking_ServerUrl")
    assert (option.data_type, option.value) == (OptionType.TEXT, "http://127.0.0.1:8765")
    wrong = r"NmsEmail_RetryCount.*'often'"
    with pytest.raises(ValidationError, match=wrong), sessions.begin() as s:
        options.set_option(s, admin, "NmsEmail_RetryCount", "often")


def test_a_reviewer_reads_options_and_the_service_refuses_changes(
    qtbot, open_editor, reviewer: Actor, sessions
) -> None:
    editor = open_editor(reviewer)
    editor.select("NmsEmail_RetryCount")
    assert editor.value_editor.integer_box.text_value() == "5"  # can read
    for button in (editor.save_button, editor.new_button, editor.delete_button):
        assert not button.isEnabled()
    assert not editor.type_combo.isEnabled()
    assert editor.label_line.isReadOnly()
    qtbot.keyClicks(editor.value_editor.integer_box.lineEdit(), "9")
    assert editor.value_editor.text() == "5"
    assert "administrators" in editor.message()
    assert editor.save() is False

    with pytest.raises(PermissionDenied), sessions.begin() as session:
        options.set_option(session, reviewer, "NmsEmail_RetryCount", "9")
    assert stored(sessions, "NmsEmail_RetryCount").value == "5"


def test_an_option_is_created_with_a_type_then_deleted(
    qtbot, open_editor, admin: Actor, sessions, monkeypatch
) -> None:
    editor = open_editor(admin)
    qtbot.mouseClick(editor.new_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(editor.name_line, "Launch_Day")
    qtbot.keyClicks(editor.label_line, "Launch day")
    qtbot.keyClicks(editor.type_combo, "Date")
    assert editor.data_type() is OptionType.DATE
    assert not editor.value_editor.date_edit.isHidden()
    editor.value_editor.date_edit.setDate(QDate(2027, 1, 15))  # picked in the calendar
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)

    option = stored(sessions, "Launch_Day")
    assert (option.label, option.data_type, option.value) == (
        "Launch day",
        OptionType.DATE,
        "2027-01-15",
    )
    assert editor.name_line.isReadOnly()  # now an existing option

    # A second "new" option with the same name does not overwrite the first.
    qtbot.mouseClick(editor.new_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(editor.name_line, "Launch_Day")
    assert editor.save() is False
    assert "already exists" in editor.message()

    editor.select("Launch_Day")
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(editor.delete_button, Qt.MouseButton.LeftButton)
    assert stored(sessions, "Launch_Day") is None
    assert editor.model.row_named("Launch_Day") < 0


def test_the_table_filters_and_sorts(qtbot, open_editor, admin: Actor) -> None:
    editor = open_editor(admin)
    qtbot.keyClicks(editor.filter_line, "retry")
    assert shown_names(editor) == ["NmsEmail_RetryCount", "NmsEmail_RetryPeriod"]
    editor.filter_line.clear()
    qtbot.keyClicks(editor.filter_line, "tracking server")  # labels match too
    assert shown_names(editor) == ["NmsTracking_ServerUrl"]
    editor.filter_line.clear()

    editor.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    names = shown_names(editor)
    assert names == sorted(names, key=str.lower, reverse=True)


@pytest.mark.parametrize(
    "name",
    [
        "NmsCampaign_Activate_OwnerConfirmation",
        "NmsBroadcast_RemoveDuplicatesRecipients",
        "NmsBroadcast_RemoveBlackList",
    ],
)
def test_an_on_off_option_is_a_check_box(qtbot, open_editor, admin: Actor, name: str) -> None:
    editor = open_editor(admin)
    editor.select(name)

    value = editor.value_editor
    assert editor.data_type() is OptionType.BOOLEAN
    assert not value.check.isHidden()
    assert value.integer_box.isHidden() and value.text_line.isHidden()  # no free value


def tick(qtbot, check) -> None:
    """A click on the box itself (the widget is wider than its box and its word)."""
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton, pos=QPoint(8, check.height() // 2))


def test_ticking_the_check_box_saves_1_and_clearing_it_0(
    qtbot, open_editor, admin: Actor, sessions
) -> None:
    name = "NmsCampaign_Activate_OwnerConfirmation"
    editor = open_editor(admin)
    editor.select(name)
    check = editor.value_editor.check
    row = editor.model.row_named(name)
    assert not check.isChecked()
    assert editor.model.index(row, 3).data() == "No"  # the table reads it as the box does

    tick(qtbot, check)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)

    assert editor.message() == "Saved."
    option = stored(sessions, name)
    assert (option.data_type, option.value) == (OptionType.BOOLEAN, "1")
    assert editor.value_editor.check.isChecked()
    assert editor.model.index(editor.model.row_named(name), 3).data() == "Yes"
    with sessions() as session:
        assert options.get_flag(session, name) is True

    tick(qtbot, editor.value_editor.check)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)

    assert stored(sessions, name).value == "0"
    with sessions() as session:
        entry = session.scalar(
            select(AuditEntry).where(AuditEntry.entity == "option").order_by(AuditEntry.id.desc())
        )
        assert entry.details == {"from": "1", "to": "0"}


def test_a_reviewer_sees_the_check_box_but_cannot_tick_it(
    qtbot, open_editor, reviewer: Actor
) -> None:
    editor = open_editor(reviewer)
    editor.select("NmsBroadcast_RemoveBlackList")
    check = editor.value_editor.check
    assert check.isChecked()  # on by default
    assert not check.isEnabled()
    tick(qtbot, check)
    assert check.isChecked()
