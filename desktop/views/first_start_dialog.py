"""First start: creating the database under a progress dialog, then the passwords, once."""

from __future__ import annotations

import json

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Slot
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressDialog,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import ConsoleError
from desktop.models.database import Sessions
from desktop.views.busy_dialog import BusyDialog
from desktop.workers.background_work import BackgroundWork
from desktop.workers.first_start_worker import (
    PROGRESS_INTERVAL,
    DemoBuilder,
    FirstStart,
    FirstStartWorker,
    build_demo,
)


class _FirstStartListener(QObject):
    """Receives the worker's signals in the GUI thread (the worker's relay emits them
    there) and shows the progress in the dialog."""

    def __init__(self, dialog: QProgressDialog) -> None:
        super().__init__()
        self.dialog = dialog
        self.result: FirstStart | None = None
        self.error: str | None = None

    @Slot(str, int, int)
    def progress(self, phase: str, done: int, total: int) -> None:
        text = QCoreApplication.translate("FirstStart", "Creating demo data: %1").replace(
            "%1", phase
        )
        if total > 0:
            text += f" ({QLocale().toString(done)} / {QLocale().toString(total)})"
            self.dialog.setRange(0, total)
            self.dialog.setValue(min(done, total))
        else:
            self.dialog.setRange(0, 0)
        self.dialog.setLabelText(text)

    @Slot(object)
    def finished(self, result: FirstStart) -> None:
        self.result = result

    @Slot(str)
    def failed(self, error: str) -> None:
        self.error = error


def run_first_start(
    sessions: Sessions,
    parent: QWidget | None = None,
    demo: DemoBuilder = build_demo,
    progress_interval: float = PROGRESS_INTERVAL,
) -> FirstStart:
    """Runs the first start in a thread while a progress dialog shows (its progress at
    most once per `progress_interval` seconds a phase); raises ConsoleError when even
    the administrator could not be created."""
    dialog = BusyDialog(
        QCoreApplication.translate(
            "FirstStart", "First start: creating the database and its demo data..."
        ),
        parent,
    )
    dialog.setWindowTitle(QCoreApplication.translate("FirstStart", "Campaign Console"))
    listener = _FirstStartListener(dialog)
    worker = FirstStartWorker(sessions, demo, progress_interval)
    worker.progress.connect(listener.progress)
    worker.finished.connect(listener.finished)
    worker.failed.connect(listener.failed)
    dialog.show()
    work = BackgroundWork()
    work.start(worker)
    work.wait()  # the dialog lives meanwhile; returns once the thread has ended
    dialog.finish()
    if listener.error is not None:
        raise ConsoleError(listener.error)
    if listener.result is None:
        raise ConsoleError("internal error: the first start ended without a result")
    return listener.result


def print_first_start(result: FirstStart) -> None:
    """The same facts on stdout, for whoever started the program from a terminal."""
    print("Campaign Console: the database was created. Operators and passwords (shown once):")
    for name, password in result.credentials.items():
        print(f"  {name}: {password}")
    if result.demo is not None:
        print("Demo data: " + json.dumps(_without_secrets(result.demo), default=str))
    if result.demo_error:
        print(f"Demo data could not be created: {result.demo_error}")


def _without_secrets(value: object) -> object:
    if isinstance(value, dict):
        return {
            key: _without_secrets(item)
            for key, item in value.items()
            if "password" not in str(key).lower()
        }
    if isinstance(value, list | tuple):
        return [_without_secrets(item) for item in value]
    return value


class CredentialsDialog(QDialog):
    """Operators and their generated passwords. They are stored hashed only: this is the
    one time they can be read."""

    def __init__(self, result: FirstStart, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Your operators"))
        self.setMinimumWidth(460)
        intro = QLabel(
            self.tr(
                "The database was created. These are the operators and their passwords. "
                "<b>They are shown only this once</b>: write them down or copy them now."
            )
        )
        intro.setWordWrap(True)

        self.table = QTableWidget(len(result.credentials), 2)
        self.table.setObjectName("credentials")
        self.table.setHorizontalHeaderLabels([self.tr("Operator"), self.tr("Password")])
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, (name, password) in enumerate(result.credentials.items()):
            self.table.setItem(row, 0, QTableWidgetItem(name))
            item = QTableWidgetItem(password)
            item.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
            self.table.setItem(row, 1, item)
        self.table.resizeColumnsToContents()
        self.table.setMinimumHeight(
            self.table.horizontalHeader().height()
            + self.table.rowHeight(0) * max(1, len(result.credentials))
            + 8
        )

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        if result.demo_error:
            problem = QLabel(
                self.tr("The demo data could not be created: %1").replace("%1", result.demo_error)
            )
            problem.setWordWrap(True)
            problem.setStyleSheet("color: #b00020;")
            layout.addWidget(problem)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        copy = QPushButton(self.tr("&Copy"))
        copy.clicked.connect(lambda: self._copy(result))
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)

    def _copy(self, result: FirstStart) -> None:
        text = "\n".join(f"{name}\t{password}" for name, password in result.credentials.items())
        QApplication.clipboard().setText(text)
