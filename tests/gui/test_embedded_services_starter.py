"""The application's own outbox and tracking server run while the window is open."""

from __future__ import annotations

import smtplib
import socket
import urllib.error
import urllib.request

from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session, sessionmaker

from desktop.services.access.rights import Actor
from desktop.services.servers import embedded
from desktop.services.settings import options
from desktop.views.embedded_services_starter import EmbeddedServicesStarter


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_servers_start_after_the_window_and_stop_with_it(
    qtbot: QtBot, sessions: sessionmaker[Session], admin: Actor, tmp_path, monkeypatch
) -> None:
    tracking_port = _free_port()
    with sessions.begin() as session:
        options.set_option(
            session, admin, "NmsTracking_ServerUrl", f"http://127.0.0.1:{tracking_port}"
        )
    monkeypatch.setattr(embedded, "default_outbox_folder", lambda: tmp_path / "outbox")
    window = QMainWindow()
    qtbot.addWidget(window)
    starter = EmbeddedServicesStarter(sessions, window)
    starter.start_soon()
    qtbot.waitUntil(lambda: embedded.running() is not None, timeout=10000)
    running = embedded.running()
    assert running is not None and running.outbox is not None

    host, port = running.outbox.address
    with smtplib.SMTP(host, port, timeout=5) as smtp:
        assert smtp.noop()[0] == 250
    # A forged token on the live tracking server: 404, never a redirect.
    try:
        urllib.request.urlopen(f"http://127.0.0.1:{tracking_port}/c/forged.token", timeout=5)
        raise AssertionError("a forged click was accepted")
    except urllib.error.HTTPError as error:
        assert error.code == 404

    starter.stop()
    assert embedded.running() is None
    with socket.socket() as probe:
        assert probe.connect_ex((host, port)) != 0
