"""Forms that help: no error before a value is typed, a red frame that goes once the value
is right, read-only fields that look so, a field picker for templates, switching operator
without quitting, and a simulation that says which delivery it acts on."""

from __future__ import annotations

import mailbox
from email.message import EmailMessage

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QWidget

from desktop.cli import main
from desktop.services.messages.builder import DELIVERY_HEADER
from desktop.services.messages.template_context import placeholder, template_variables
from desktop.views.app_context import AppContext
from desktop.views.forms.condition_builder import ConditionBuilder
from desktop.views.forms.delivery_form import DeliveryForm
from desktop.views.main_window import MainWindow
from desktop.views.operator_session import OperatorSession
from desktop.views.relay_settings_form import RelaySettingsForm
from desktop.views.sending_tools import SimulateAudienceDialog, delivery_in_view, outbox_choices
from tests.conftest import ADMIN_PASSWORD, MANAGER_PASSWORD
from tests.unit.preparation_data import add_delivery


@pytest.fixture
def builder(qtbot, context_for, manager) -> ConditionBuilder:
    widget = ConditionBuilder(context_for(manager))
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_a_condition_just_added_shows_no_error_until_a_value_is_typed(
    qtbot, builder: ConditionBuilder
) -> None:
    qtbot.mouseClick(builder.root.add_row_button, Qt.MouseButton.LeftButton)
    [row] = builder.root.nodes()
    row.field_combo.setCurrentIndex(row.field_combo.findData("id"))

    assert builder.problem_label.text() == ""
    assert row.property("problem") is not True
    assert builder.problem() is not None  # still not a condition a save would take

    qtbot.keyClicks(row.value_line, "twelve")
    assert "whole number" in builder.problem_label.text()
    assert row.property("problem") is True

    row.value_line.clear()
    qtbot.keyClicks(row.value_line, "12")
    assert builder.problem_label.text() == "" and builder.problem() is None
    assert row.property("problem") is False


def test_a_refused_filter_message_goes_once_the_filter_is_right(
    qtbot, context_for, manager
) -> None:
    form = DeliveryForm(context_for(manager), None)
    qtbot.addWidget(form)
    qtbot.keyClicks(form.editors["label"].line, "Fixed filter")
    builder = form.editors["audience_filter"].builder
    qtbot.mouseClick(builder.root.add_row_button, Qt.MouseButton.LeftButton)
    [row] = builder.root.nodes()
    row.field_combo.setCurrentIndex(row.field_combo.findData("id"))
    qtbot.keyClicks(row.value_line, "abc")
    assert form.save() is False
    assert "whole number" in form.field_error("audience_filter")

    row.value_line.clear()
    qtbot.keyClicks(row.value_line, "7")
    assert form.field_error("audience_filter") == ""
    assert row.property("problem") is False


def _background(widget: QWidget) -> tuple[int, int, int]:
    """The colour drawn inside a field, away from its frame and text."""
    image = widget.grab().toImage()
    colour = image.pixelColor(image.width() - 6, image.height() // 2)
    return colour.red(), colour.green(), colour.blue()


def _rgb(role: QPalette.ColorRole, widget: QWidget) -> tuple[int, int, int]:
    colour = widget.palette().color(role)
    return colour.red(), colour.green(), colour.blue()


def test_the_relay_page_reads_as_read_only_to_a_manager(qtbot, context_for, manager, admin):
    form = RelaySettingsForm(context_for(manager))
    qtbot.addWidget(form)
    form.resize(700, 500)
    form.show()
    for field in (form.login, form.password, form.host, form.helo_name):
        assert field.isReadOnly() and field.isEnabled()  # selectable, not greyed out
        assert _background(field) == _rgb(QPalette.ColorRole.Window, field)
    assert not form.save_button.isEnabled()
    assert not form.read_only_note.isHidden()

    editable = RelaySettingsForm(context_for(admin))
    qtbot.addWidget(editable)
    editable.resize(700, 500)
    editable.show()
    assert not editable.login.isReadOnly()
    assert _background(editable.login) == _rgb(QPalette.ColorRole.Base, editable.login)
    assert editable.read_only_note.isHidden()


def test_the_field_picker_inserts_a_variable_where_the_user_types(
    qtbot, context_for, manager
) -> None:
    form = DeliveryForm(context_for(manager), None)
    qtbot.addWidget(form)
    form.show()
    picker = form.field_picker
    assert picker.variables() == [placeholder(name) for name in template_variables()]

    subject = form.editors["subject"].line
    qtbot.keyClicks(subject, "Hello ")
    subject.setFocus()
    form.eventFilter(subject, _focus_in())  # offscreen windows get no real focus event
    picker.chosen.emit(placeholder("recipient.first_name"))
    assert form.editors["subject"].value() == "Hello {{ recipient.first_name }}"

    html = form.editors["html"].text
    form.eventFilter(html, _focus_in())
    html.setPlainText("<p>Hi </p>")
    cursor = html.textCursor()
    cursor.setPosition(len("<p>Hi "))
    html.setTextCursor(cursor)
    menu_action = next(a for a in picker.menu().actions() if a.data() == "{{ campaign.label }}")
    menu_action.trigger()
    assert form.editors["html"].value() == "<p>Hi {{ campaign.label }}</p>"


def _focus_in():
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QFocusEvent

    return QFocusEvent(QEvent.Type.FocusIn)


def test_delivery_create_help_names_the_template_variables(capsys) -> None:
    with pytest.raises(SystemExit):
        main(["delivery", "create", "--help"])
    help_text = capsys.readouterr().out
    for name in template_variables():
        assert placeholder(name) in help_text
    assert "{{ recipient.NAME }}" in help_text


def _log_in(qtbot, dialog, name: str, password: str) -> None:
    dialog.operator.clear()
    qtbot.keyClicks(dialog.operator, name)
    qtbot.keyClicks(dialog.password, password)
    qtbot.mouseClick(dialog.login_button, Qt.MouseButton.LeftButton)


def test_switch_operator_logs_out_and_another_operator_logs_in_without_quitting(
    qtbot, sessions, engine, db_url, tmp_path, manager, admin
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    quits: list[bool] = []
    app.aboutToQuit.connect(lambda: quits.append(True))
    console = OperatorSession(
        sessions, engine, db_url, outbox_folder=tmp_path / "outbox", outbox_port=0
    )
    try:
        console.ask_login()
        _log_in(qtbot, console.login, "admin", ADMIN_PASSWORD)
        first = console.window
        assert first is not None and console.context.actor.name == "admin"
        assert first.switch_operator_action in first.menuBar().actions()[0].menu().actions()
        qtbot.waitUntil(lambda: console.context.services is not None)

        first.switch_operator_action.trigger()

        assert not first.isVisible() and console.window is None
        assert console.login is not None and console.login.isVisible()
        _log_in(qtbot, console.login, "manager", MANAGER_PASSWORD)
        second = console.window
        assert second is not None and second is not first and second.isVisible()
        assert console.context.actor.name == "manager"
        assert "manager" in second.operator_label.text()
        assert app.quitOnLastWindowClosed() and not quits
    finally:
        console.log_out()
        app.aboutToQuit.disconnect()


def test_cancelling_the_next_login_says_nobody_is_left(
    qtbot, sessions, engine, db_url, tmp_path, admin
) -> None:
    console = OperatorSession(
        sessions, engine, db_url, outbox_folder=tmp_path / "outbox", outbox_port=0
    )
    try:
        console.ask_login()
        _log_in(qtbot, console.login, "admin", ADMIN_PASSWORD)
        with qtbot.waitSignal(console.nobody):
            console.window.switch_operator_action.trigger()
            console.login.reject()
        assert console.window is None
    finally:
        console.log_out()


def _outbox_with(folder, delivery_ids: list[int]) -> None:
    box = mailbox.Maildir(folder, create=True)
    for delivery_id in delivery_ids:
        message = EmailMessage()
        message["To"] = "reader@example.com"
        message["Subject"] = "Hello"
        message[DELIVERY_HEADER] = str(delivery_id)
        message.set_content("<p>Hi</p>", subtype="html")
        box.add(message)


def test_simulate_audience_says_which_delivery_and_takes_the_one_in_view(
    qtbot, context_for, manager, sessions, tmp_path
) -> None:
    with sessions.begin() as s:
        older = add_delivery(s, label="Autumn offers")
        newer = add_delivery(s, label="Winter sale")
    folder = tmp_path / "outbox"
    _outbox_with(folder, [older, older, newer])
    context: AppContext = context_for(manager)

    choices = outbox_choices(context, folder)
    assert [(i, label, n) for i, label, n in choices] == [
        (newer, "Winter sale", 1),
        (older, "Autumn offers", 2),
    ]

    window = MainWindow(context)
    qtbot.addWidget(window)
    window.open_object("delivery", older)  # the older delivery's dashboard in view
    preferred = delivery_in_view(window)
    assert preferred == older
    dialog = SimulateAudienceDialog(
        folder, context.work, None, deliveries=choices, preferred=preferred
    )
    qtbot.addWidget(dialog)
    assert dialog.delivery_id() == older
    assert "Autumn offers" in dialog.delivery.currentText()
    assert f"#{older}" in dialog.delivery.currentText()
    assert dialog.plan().max_messages == dialog.messages.value()

    # While it runs and after, the values stay readable: read-only, not greyed out.
    dialog._running(True)
    assert dialog.messages.isReadOnly() and dialog.messages.isEnabled()
    dialog._running(False)
    assert not dialog.messages.isReadOnly()
