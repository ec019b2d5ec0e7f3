"""The Outbox view shows what the local outbox received; the relay form keeps the password
out of the database."""

from __future__ import annotations

import stat

from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from desktop.models import Operator, Option
from desktop.services.notifications.queue import notify
from desktop.services.notifications.sender import deliver_queued
from desktop.services.sending import control
from desktop.services.sending.engine import send_delivery
from desktop.services.servers.outbox import start_outbox
from desktop.services.settings.relay_settings import (
    RelayTarget,
    Security,
    load_relay_settings,
    password_file,
    read_password,
)
from desktop.views.app_context import AppContext
from desktop.views.outbox_view import OutboxView
from desktop.views.relay_settings_form import RelaySettingsForm
from tests.integration.sending_support import prepared_delivery
from tests.unit.preparation_data import add_delivery


def test_the_outbox_lists_received_messages_and_shows_their_html(
    qtbot, tmp_path, sessions, manager
) -> None:
    delivery_id = prepared_delivery(sessions, manager, 3)
    with sessions.begin() as session:
        control.confirm(session, manager, delivery_id)
    outbox = start_outbox(tmp_path / "outbox", port=0)
    try:
        send_delivery(
            sessions, manager, delivery_id, RelayTarget(outbox.host, outbox.port, is_outbox=True)
        )
    finally:
        outbox.stop()

    view = OutboxView(tmp_path / "outbox")
    qtbot.addWidget(view)
    assert view.model.rowCount() == 3
    subjects = {view.model.index(row, 2).data() for row in range(3)}
    assert subjects == {
        "Spring news for First0",
        "Spring news for First1",
        "Spring news for First2",
    }
    assert {view.model.index(row, 3).data() for row in range(3)} == {str(delivery_id)}

    view.table.selectRow(1)
    shown = view.model.index(1, 1).data()  # To
    number = shown.split("@")[0].removeprefix("person")
    assert f"Hello First{number} Last{number}" in view.html.toPlainText()
    assert view.html.toHtml().count("/c/") >= 2  # tracked links
    assert shown in view.headers.text()
    assert "List-Unsubscribe" in view.headers.text()


def test_a_notification_in_the_outbox_opens_on_its_text_and_names_its_delivery(
    qtbot, tmp_path, sessions, admin
) -> None:
    with sessions.begin() as session:
        delivery_id = add_delivery(session)
        admin_id = session.scalar(select(Operator.id).where(Operator.name == "admin"))
        session.get(Operator, admin_id).email = "admin@example.org"
        notify(session, [admin_id], "awaits your approval", "Open it.", delivery_id=delivery_id)
    outbox = start_outbox(tmp_path / "outbox", port=0)
    try:
        relay = RelayTarget(outbox.host, outbox.port, is_outbox=True)
        assert deliver_queued(sessions, relay).sent == 1
    finally:
        outbox.stop()

    view = OutboxView(tmp_path / "outbox")
    qtbot.addWidget(view)
    view.table.selectRow(0)
    assert view.model.index(0, 3).data() == str(delivery_id)
    assert view.parts.currentWidget() is view.text
    assert not view.parts.isTabEnabled(0)  # no HTML part to show
    assert "Open it." in view.text.toPlainText()


def test_an_empty_outbox_is_not_an_error(qtbot, tmp_path) -> None:
    view = OutboxView(tmp_path / "nothing yet")
    qtbot.addWidget(view)
    assert view.model.rowCount() == 0


def test_relay_settings_keep_the_password_out_of_the_database(
    qtbot, sessions, engine, admin, db_url
) -> None:
    form = RelaySettingsForm(AppContext(sessions, engine, admin, db_url))
    qtbot.addWidget(form)
    form.host.setText("smtp.example.net")
    form.port.setValue(587)
    form.security.setCurrentIndex(form.security.findData(Security.STARTTLS.value))
    form.login.setText("mailer")
    form.password.setText("s3cret-relay-pw")
    assert form.save()

    with sessions() as session:
        settings = load_relay_settings(session)
        values = session.scalars(select(Option.value)).all()
    assert (settings.host, settings.port, settings.security, settings.login) == (
        "smtp.example.net",
        587,
        Security.STARTTLS,
        "mailer",
    )
    assert not any("s3cret-relay-pw" in value for value in values)
    assert read_password() == "s3cret-relay-pw"
    assert stat.S_IMODE(password_file().stat().st_mode) == 0o600
    assert form.password.text() == ""  # shown as "unchanged", never read back


def test_only_administrators_edit_the_relay(qtbot, monkeypatch, sessions, engine, manager, db_url):
    form = RelaySettingsForm(AppContext(sessions, engine, manager, db_url))
    qtbot.addWidget(form)
    assert not form.save_button.isEnabled()
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    form.host.setText("smtp.example.net")
    assert not form.save()  # the service refuses, whatever the buttons say
    assert "ADMINISTRATION" in warnings[0]
