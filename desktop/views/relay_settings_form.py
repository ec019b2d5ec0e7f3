"""Administration: the SMTP relay messages leave through (empty host: the local outbox).

The password goes to services.settings.relay_settings' owner-only file, never to the database; the
field stays empty and means "unchanged" unless something is typed. The EHLO name and the CA
file are the options NmsEmail_HeloName and NmsEmail_CaFile. Test connection runs
services.sending.relay_check in a worker and shows each step.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import ConsoleError
from desktop.models.enums import Right
from desktop.services.runtime import busy_retry
from desktop.services.sending.relay_check import RelayCheck
from desktop.services.settings.options import get_value
from desktop.services.settings.relay_settings import (
    PASSWORD_ENV,
    RelaySettings,
    Security,
    load_relay_settings,
    password_file,
    read_password,
    relay_target,
    save_password,
    save_relay_settings,
)
from desktop.views.app_context import AppContext
from desktop.views.read_only_look import READ_ONLY_STYLE, set_fields_read_only
from desktop.workers.relay_check_worker import RelayCheckWorker

# The sender the test gives in MAIL FROM: the console's notifications'.
TEST_SENDER_OPTION = "NmsEmail_DefaultFromAddr"


class RelaySettingsForm(QWidget):
    saved = Signal(int)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("relaySettingsForm")
        self.host = QLineEdit()
        self.host.setPlaceholderText(self.tr("empty: the local outbox on this computer"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.security = QComboBox()
        for security, label in (
            (Security.NONE, self.tr("None")),
            (Security.STARTTLS, self.tr("STARTTLS")),
            (Security.TLS, self.tr("TLS (implicit, port 465)")),
        ):
            self.security.addItem(label, security.value)
        self.login = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.timeout = QSpinBox()
        self.timeout.setRange(1, 600)
        self.timeout.setSuffix(self.tr(" s"))
        self.helo_name = QLineEdit()
        self.helo_name.setPlaceholderText(
            self.tr("empty: this computer's fully qualified name, else the sender's domain")
        )
        self.ca_file = QLineEdit()
        self.ca_file.setPlaceholderText(self.tr("empty: the system's certificate authorities"))
        self.ca_file.setToolTip(
            self.tr(
                "A PEM file of certificate authorities trusted besides the system's, for a "
                "relay whose certificate a private authority signed"
            )
        )

        form = QFormLayout()
        form.addRow(self.tr("Host"), self.host)
        form.addRow(self.tr("Port"), self.port)
        form.addRow(self.tr("Security"), self.security)
        form.addRow(self.tr("Login"), self.login)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Timeout"), self.timeout)
        form.addRow(self.tr("EHLO name"), self.helo_name)
        form.addRow(self.tr("CA file"), self.ca_file)
        note = QLabel(
            self.tr(
                "The password is not stored in the database: it is kept in %1 (readable "
                "by you only), or taken from the environment variable %2 when it is set."
            )
            .replace("%1", str(password_file()))
            .replace("%2", PASSWORD_ENV)
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #555")

        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.clicked.connect(self.save)
        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.clicked.connect(self.test_connection)
        self.worker: RelayCheckWorker | None = None
        self.last_result: RelayCheck | None = None
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.test_button)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        self.title_label = QLabel(self.tr("SMTP relay"))  # names it in the unsaved question
        self.title_label.setStyleSheet("font-size: 14pt; font-weight: bold")
        layout.addWidget(self.title_label)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addLayout(buttons)
        layout.addStretch(1)

        # Only administrators change the relay: for others every field reads as read-only.
        self.editable = context.actor.can(Right.ADMINISTRATION)
        self.setStyleSheet(READ_ONLY_STYLE)
        fields = (
            self.host,
            self.port,
            self.security,
            self.login,
            self.password,
            self.timeout,
            self.helo_name,
            self.ca_file,
        )
        set_fields_read_only(fields, not self.editable)
        self.save_button.setEnabled(self.editable)
        self.read_only_note = QLabel(self.tr("Read only: only administrators change the relay."))
        self.read_only_note.setStyleSheet("color: palette(mid);")
        self.read_only_note.setVisible(not self.editable)
        layout.insertWidget(1, self.read_only_note)
        self.load()

    def load(self) -> None:
        with self.context.sessions() as session:
            settings = load_relay_settings(session)
        self.host.setText(settings.host)
        self.port.setValue(settings.port)
        self.security.setCurrentIndex(max(0, self.security.findData(settings.security.value)))
        self.login.setText(settings.login)
        self.timeout.setValue(settings.timeout)
        self.helo_name.setText(settings.helo_name)
        self.ca_file.setText(settings.ca_file)
        self.password.clear()
        self._stored = self.settings()  # as the fields show it: edits are counted from here
        if not self.editable:  # nothing to type: say only whether one is set
            self.password.setPlaceholderText(self.tr("set") if read_password() else "")
            return
        self.password.setPlaceholderText(
            self.tr("unchanged (a password is set)") if read_password() else ""
        )

    def settings(self) -> RelaySettings:
        return RelaySettings(
            host=self.host.text().strip(),
            port=self.port.value(),
            security=Security(self.security.currentData()),
            login=self.login.text().strip(),
            timeout=self.timeout.value(),
            helo_name=self.helo_name.text().strip(),
            ca_file=self.ca_file.text().strip(),
        )

    def is_dirty(self) -> bool:
        """A field differs from the stored settings, or a new password is typed."""
        return self.editable and (self.settings() != self._stored or bool(self.password.text()))

    def save(self) -> bool:
        try:
            settings = self.settings()
            busy_retry.write(
                self.context.sessions,
                lambda session: save_relay_settings(session, self.context.actor, settings),
                what="save the relay settings",
                wait=busy_retry.INTERACTIVE_WAIT_SECONDS,
            )
            if self.password.text():
                save_password(self.context.actor, self.password.text())
        except ConsoleError as exc:
            QMessageBox.warning(self, self.tr("SMTP relay"), str(exc))
            return False
        self.load()
        self.saved.emit(0)
        return True

    def test_connection(self) -> None:
        """Connects, says EHLO, starts TLS, logs in and tries MAIL FROM as a send would,
        off the GUI thread; sends nothing. The result says which step worked."""
        settings = self.settings()
        if not settings.host:
            QMessageBox.information(
                self,
                self.tr("SMTP relay"),
                self.tr("No host: messages go to the local outbox, which needs no test."),
            )
            return
        with self.context.sessions() as session:
            sender = str(get_value(session, TEST_SENDER_OPTION, default="")).strip()
        relay = relay_target(settings, password=self.password.text() or None)
        worker = RelayCheckWorker(self.context.actor, relay, sender)
        worker.finished.connect(self._tested)
        worker.failed.connect(self._test_failed)
        self.test_button.setEnabled(False)
        self.test_button.setText(self.tr("Testing…"))
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        self.worker = worker
        self.context.work.start(worker)

    def _test_ended(self) -> None:
        QGuiApplication.restoreOverrideCursor()
        self.test_button.setText(self.tr("Test connection"))
        self.test_button.setEnabled(True)
        self.worker = None

    def _tested(self, result: RelayCheck) -> None:
        self._test_ended()
        lines = [
            ("✔ " if step.ok else "✘ ") + f"{self._stage_name(step.stage)}: {step.detail}"
            for step in result.steps
        ]
        not_tried = self.tr("not tried")
        lines += [f"– {self._stage_name(stage)}: {not_tried}" for stage in result.skipped]
        box = QMessageBox(self)
        box.setObjectName("relayTestResult")
        box.setWindowTitle(self.tr("Test connection"))
        box.setIcon(QMessageBox.Icon.Information if result.ok else QMessageBox.Icon.Warning)
        summary = (
            self.tr("The relay %1 works: a send can use it.")
            if result.ok
            else self.tr("The relay %1 does not work yet:")
        ).replace("%1", result.relay)
        box.setText(summary)
        box.setInformativeText("\n".join(lines))
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.last_result = result
        box.open()

    def _test_failed(self, message: str) -> None:
        self._test_ended()
        QMessageBox.warning(self, self.tr("Test connection"), message)

    def _stage_name(self, stage: str) -> str:
        names = {
            "connect": self.tr("Connect"),
            "EHLO": self.tr("EHLO"),
            "STARTTLS": self.tr("STARTTLS"),
            "AUTH": self.tr("Login"),
            "MAIL FROM": self.tr("Sender (MAIL FROM)"),
        }
        return names.get(stage, stage)
