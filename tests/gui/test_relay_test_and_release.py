"""The relay form's Test connection (off the GUI thread, step by step) and the dashboard's
release of the addresses a delivery quarantined."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from desktop.models import QuarantinedAddress
from desktop.services.settings.relay_settings import load_relay_settings
from desktop.views.dashboard.sending_panel import SendingPanel
from desktop.views.relay_settings_form import RelaySettingsForm
from tests.integration.postfix_like import PostfixLike, Stages, private_ca
from tests.integration.test_quarantine_release import _bounced_delivery


def test_test_connection_reports_each_step_without_blocking(
    qtbot, context_for, admin, monkeypatch
) -> None:
    context = context_for(admin)
    form = RelaySettingsForm(context)
    qtbot.addWidget(form)
    with PostfixLike(Stages(login=("news", "right"))) as server:
        form.host.setText(server.host)
        form.port.setValue(server.port)
        form.login.setText("news")
        form.password.setText("wrong")
        qtbot.mouseClick(form.test_button, Qt.MouseButton.LeftButton)
        assert not form.test_button.isEnabled()  # busy while the worker runs
        qtbot.waitUntil(lambda: form.last_result is not None, timeout=20_000)
    result = form.last_result
    assert [(s.stage, s.ok) for s in result.steps] == [
        ("connect", True),
        ("EHLO", True),
        ("AUTH", False),
    ]
    assert server.handler.auth_attempts == 1
    box = form.findChild(QMessageBox, "relayTestResult")
    assert box is not None
    assert "does not work yet" in box.text()
    shown = box.informativeText()
    assert "✔ Connect" in shown and "✘ Login" in shown and "535" in shown
    assert "– Sender (MAIL FROM): not tried" in shown
    assert form.test_button.isEnabled()
    assert QGuiApplication.overrideCursor() is None
    box.close()


def test_the_dashboard_releases_what_the_delivery_quarantined(
    qtbot, context_for, sessions, manager, monkeypatch
) -> None:
    delivery_id = _bounced_delivery(sessions, manager, 3)
    panel = SendingPanel(context_for(manager), delivery_id)
    qtbot.addWidget(panel)
    panel.show()
    assert panel.release_button.isVisible()
    assert panel.release_button.text() == "Release 3 quarantined address(es)"

    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    qtbot.mouseClick(panel.release_button, Qt.MouseButton.LeftButton)

    assert told == ["3 address(es) released from quarantine."]
    with sessions() as session:
        assert session.scalars(select(QuarantinedAddress)).all() == []
    assert not panel.release_button.isVisible()


def test_the_ehlo_name_and_the_ca_file_are_saved_and_checked(
    qtbot, context_for, sessions, admin, tmp_path, monkeypatch
) -> None:
    ca_file, _certificate = private_ca(tmp_path)
    form = RelaySettingsForm(context_for(admin))
    qtbot.addWidget(form)
    form.host.setText("smtp.example.net")
    form.helo_name.setText("mail.shop.example.com")
    form.ca_file.setText(str(ca_file))
    assert form.save()
    with sessions() as session:
        settings = load_relay_settings(session)
    assert (settings.helo_name, settings.ca_file) == ("mail.shop.example.com", str(ca_file))

    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a[2]))
    form.ca_file.setText(str(tmp_path / "server.key"))  # a key, not certificates
    assert not form.save()
    assert "CA file" in warnings[0] and "server.key" in warnings[0]
    form.ca_file.setText(str(ca_file))
    form.helo_name.setText("not a name")
    assert not form.save()
    assert "EHLO name" in warnings[1]
    with sessions() as session:
        assert load_relay_settings(session).helo_name == "mail.shop.example.com"  # unchanged
