"""The desktop application: Qt set-up, translations, first start, login, main window."""

from __future__ import annotations

import os
import sys
from importlib import metadata

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.errors import ConsoleError
from desktop.models.database import default_database_url, url_without_password
from desktop.resource_files import ICONS_DIR
from desktop.services.settings.setup import open_at_start
from desktop.views.translations import choose_language, install_translators

ORGANIZATION = "campaign-console"
APPLICATION = "campaign-console"
DISPLAY_NAME = "Campaign Console"
ICON = ICONS_DIR / "campaign_console.svg"
EXIT_ERROR = 2


def configure_application(app: QCoreApplication) -> None:
    """Names set once, so that a plain QSettings() finds the same file everywhere."""
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    try:
        app.setApplicationVersion(metadata.version("campaign-console"))
    except metadata.PackageNotFoundError:
        app.setApplicationVersion("dev")
    if isinstance(app, QApplication):
        app.setApplicationDisplayName(DISPLAY_NAME)
        app.setStyle("Fusion")
        app.setWindowIcon(QIcon(str(ICON)))


def database_url(requested: str | None) -> str:
    """--db first, then CAMPAIGN_CONSOLE_DB, then the settings dialog's choice, then the
    default file."""
    from desktop.views.settings_dialog import configured_database

    if requested:
        return requested
    if os.environ.get("CAMPAIGN_CONSOLE_DB"):
        return default_database_url()
    return configured_database() or default_database_url()


def _error(message: str) -> int:
    print(f"campaign-console: error: {message}", file=sys.stderr)
    QMessageBox.critical(None, DISPLAY_NAME, message)
    return EXIT_ERROR


def run_gui(db_url: str | None, language: str | None) -> int:
    """Runs the desktop console until its window closes; returns the exit code."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    configure_application(app)
    try:
        chosen = choose_language(language)
    except ConsoleError as exc:
        print(f"campaign-console: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    install_translators(app, chosen)  # parented to the app: they live as long as it does

    url = database_url(db_url)
    try:
        engine, sessions, first_start = open_at_start(url)
    except ConsoleError as exc:
        return _error(
            QCoreApplication.translate("App", "Cannot open the database %1: %2")
            .replace("%1", url_without_password(url))
            .replace("%2", str(exc))
        )

    # Imported here: nothing above needs the widgets, and --lang errors stay fast.
    from desktop.views.first_start_dialog import (
        CredentialsDialog,
        print_first_start,
        run_first_start,
    )
    from desktop.views.operator_session import OperatorSession

    try:
        if first_start:
            result = run_first_start(sessions)
            print_first_start(result)
            CredentialsDialog(result).exec()
        # One operator after another (File > Switch operator) until the window closes.
        console = OperatorSession(sessions, engine, url)
        if not console.start():
            return 0
        console.nobody.connect(app.quit)
        try:
            return app.exec()
        finally:
            console.log_out()
    except ConsoleError as exc:
        return _error(str(exc))
    finally:
        engine.dispose()
