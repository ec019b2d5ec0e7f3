"""Operators at the console one after another, in one process: log in, the main window and
its servers; File > Switch operator logs out and shows the login dialog again.

A logout ends the window as a quit does (its work ends: sends detach, preparations stop;
its settings are saved), stops its servers and closes its context; the next operator gets
a new context, window and servers on the same database. Cancelling the login quits.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QDialog

from desktop.models.database import Engine, Sessions, url_without_password
from desktop.views.app_context import AppContext
from desktop.views.embedded_services_starter import EmbeddedServicesStarter
from desktop.views.finish_work import finish_work
from desktop.views.login_dialog import LoginDialog
from desktop.views.main_window import MainWindow


class OperatorSession(QObject):
    """`window` and `context` are the logged-in operator's (None between two)."""

    logged_in = Signal(object)  # the new MainWindow
    nobody = Signal()  # the login was cancelled: the application has nothing left to show

    def __init__(
        self, sessions: Sessions, engine: Engine, db_url: str, **services_options: Any
    ) -> None:
        super().__init__()
        self.sessions = sessions
        self.engine = engine
        self.db_url = db_url
        self.services_options = services_options
        self.context: AppContext | None = None
        self.window: MainWindow | None = None
        self.services: EmbeddedServicesStarter | None = None
        self.login: LoginDialog | None = None

    def start(self) -> bool:
        """The first login, modal; False when it was cancelled."""
        dialog = LoginDialog(self.sessions, url_without_password(self.db_url))
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.actor is None:
            return False
        self._open_window(dialog)
        return True

    def ask_login(self) -> None:
        """The login dialog, without blocking; a cancel ends the application's loop."""
        dialog = LoginDialog(self.sessions, url_without_password(self.db_url))
        dialog.setObjectName("switchOperatorLogin")
        dialog.accepted.connect(lambda: self._open_window(dialog))
        dialog.rejected.connect(self._cancelled)
        self.login = dialog
        dialog.show()

    def switch_operator(self) -> None:
        """Logs the operator out (their window closes as at quit) and asks who comes next.
        Nothing happens when the window refuses to close."""
        window = self.window
        if window is None:
            return
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        quits_alone = app.quitOnLastWindowClosed()
        app.setQuitOnLastWindowClosed(False)  # no window for a moment: not a quit
        try:
            if not window.close():
                return
            self.log_out()
            self.ask_login()
        finally:
            app.setQuitOnLastWindowClosed(quits_alone)

    def log_out(self) -> None:
        """Ends the operator's window, servers and context (their work has ended, or ends
        now)."""
        window, context, services = self.window, self.context, self.services
        self.window = self.context = self.services = None
        if context is not None:
            finish_work(context.work)  # the window did unless it never closed
        if services is not None:
            services.stop()
        if context is not None:
            context.close()
        if window is not None:
            window.deleteLater()

    def _open_window(self, dialog: LoginDialog) -> None:
        actor = dialog.actor
        if self.login is dialog:
            self.login = None
        dialog.deleteLater()
        if actor is None:
            return
        context = AppContext(self.sessions, self.engine, actor, self.db_url)
        # On PostgreSQL, what other workstations change shows at once (timers elsewhere).
        context.changes.start()
        window = MainWindow(context)
        window.switch_operator_requested.connect(self.switch_operator)
        window.show()
        services = EmbeddedServicesStarter(context, window, **self.services_options)
        services.start_soon()
        self.context, self.window, self.services = context, window, services
        self.logged_in.emit(window)

    def _cancelled(self) -> None:
        if self.login is not None:
            self.login.deleteLater()
            self.login = None
        self.nobody.emit()
