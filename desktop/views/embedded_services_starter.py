"""Starts the application's own servers (outbox, tracking, scheduler) once the window shows.

They import aiohttp and aiosmtpd, which costs half a second: started from the event loop
just after the first paint, the window appears at once and the servers follow.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QMainWindow

from desktop.models.database import Sessions


class EmbeddedServicesStarter(QObject):
    def __init__(self, sessions: Sessions, window: QMainWindow) -> None:
        super().__init__(window)
        self._sessions = sessions
        self._window = window
        self._services = None

    def start_soon(self) -> None:
        QTimer.singleShot(0, self._start)

    def _start(self) -> None:
        from desktop.services.servers.embedded import start_embedded_services

        self._services = start_embedded_services(self._sessions)
        if self._services.problems:
            text = QCoreApplication.translate("App", "Not started: %1").replace(
                "%1", "; ".join(self._services.problems)
            )
            self._window.statusBar().showMessage(text, 15000)

    def stop(self) -> None:
        """On quit, once the application's work has ended (its sends may use the outbox):
        the servers stop."""
        if self._services is not None:
            self._services.stop()
            self._services = None
