"""Starts the application's own servers (outbox, tracking, scheduler) once the window shows.

They import aiohttp and aiosmtpd, which costs half a second: started from the event loop
just after the first paint, the window appears at once and the servers follow.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QMainWindow

from desktop.views.app_context import AppContext


class EmbeddedServicesStarter(QObject):
    """Runs the servers for `context` (its `services` while they run); `options` go to
    services.servers.embedded.start_embedded_services (tests pick free ports)."""

    def __init__(self, context: AppContext, window: QMainWindow, **options: Any) -> None:
        super().__init__(window)
        self._context = context
        self._window = window
        self._options = options
        self._stopped = False  # stopped before the start came: it never starts

    def start_soon(self) -> None:
        QTimer.singleShot(0, self._start)

    def _start(self) -> None:
        if self._stopped:  # the operator logged out (or the window closed) first
            return
        from desktop.services.servers.embedded import start_embedded_services

        services = start_embedded_services(self._context.sessions, **self._options)
        self._context.services = services
        if services.problems:
            text = QCoreApplication.translate("App", "Not started: %1").replace(
                "%1", "; ".join(services.problems)
            )
            self._window.statusBar().showMessage(text, 15000)

    def stop(self) -> None:
        """On quit, once the application's work has ended (its sends may use the outbox):
        the servers stop."""
        self._stopped = True
        services, self._context.services = self._context.services, None
        if services is not None:
            services.stop()
