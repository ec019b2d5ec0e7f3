"""First start: creating the database under a progress dialog, then the passwords, once."""

from __future__ import annotations

import json

from PySide6.QtCore import QCoreApplication, QEventLoop, QLocale, QObject, Qt, Slot
from PySide6.QtGui import QCloseEvent, QFontDatabase, QKeyEvent
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
from desktop.workers.first_start_worker import (
    DemoBuilder,
    FirstStart,
    FirstStartWorker,
    build_demo,
)
from desktop.workers.gui_relay import start_relayed


class _BusyDialog(QProgressDialog):
    """Nothing here can be cancelled halfway: Esc and the close button do nothing, rather
    than hiding the only sign that the program is working."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() != Qt.Key.Key_Escape:
            super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.isVisible() and not self.property("done"):
            event.ignore()
            return
        super().closeEvent(event)


class _FirstStartListener(QObject):
    """Receives the worker's signals in the GUI thread. Its slots belong to a QObject of
    this thread, so the signals are queued here; a plain lambda would run in the worker's
    thread and touch the progress dialog from there (a crash)."""

    def __init__(self, dialog: QProgressDialog, loop: QEventLoop) -> None:
        super().__init__()
        self.dialog = dialog
        self.loop = loop
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
        self.loop.quit()

    @Slot(str)
    def failed(self, error: str) -> None:
        self.error = error
        self.loop.quit()


def run_first_start(
    sessions: Sessions, parent: QWidget | None = None, demo: DemoBuilder = build_demo
) -> FirstStart:
    """Runs the first start in a thread while a progress dialog shows; raises
    ConsoleError when even the administrator could not be created."""
    dialog = _BusyDialog(parent)
    dialog.setWindowTitle(QCoreApplication.translate("FirstStart", "Campaign Console"))
    dialog.setLabelText(
        QCoreApplication.translate(
            "FirstStart", "First start: creating the database and its demo data..."
        )
    )
    dialog.setRange(0, 0)  # busy until the demo reports its steps
    dialog.setCancelButton(None)  # half-created demo data would help nobody
    dialog.setMinimumDuration(0)
    dialog.setAutoReset(False)  # a finished phase must not close the dialog
    dialog.setAutoClose(False)
    dialog.setMinimumWidth(420)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)

    loop = QEventLoop()
    listener = _FirstStartListener(dialog, loop)
    worker = FirstStartWorker(sessions, demo)
    worker.progress.connect(listener.progress)
    worker.finished.connect(listener.finished)
    worker.failed.connect(listener.failed)
    dialog.show()
    thread = start_relayed(worker)
    loop.exec()
    thread.wait()
    dialog.setProperty("done", True)
    dialog.close()
    dialog.deleteLater()
    if listener.error is not None:
        raise ConsoleError(listener.error)
    assert listener.result is not None
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
