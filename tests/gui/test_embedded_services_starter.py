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
from desktop.services.settings import options
from desktop.views.embedded_services_starter import EmbeddedServicesStarter


def test_servers_start_after_the_window_and_stop_with_it(
    qtbot: QtBot, sessions: sessionmaker[Session], admin: Actor, context_for, tmp_path
) -> None:
    with sessions.begin() as session:
        # Port 0: the servers take free ports and say which (no port picked, then raced for).
        options.set_option(session, admin, "NmsTracking_ServerUrl", "http://127.0.0.1:0")
    context = context_for(admin)
    window = QMainWindow()
    qtbot.addWidget(window)
    starter = EmbeddedServicesStarter(
        context, window, outbox_folder=tmp_path / "outbox", outbox_port=0
    )
    starter.start_soon()
    qtbot.waitUntil(lambda: context.services is not None, timeout=10000)
    running = context.services
    assert running is not None and running.outbox is not None and running.tracking is not None
    tracking_port = running.tracking.port

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
    assert context.services is None
    with socket.socket() as probe:
        assert probe.connect_ex((host, port)) != 0
