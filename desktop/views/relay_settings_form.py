"""Administration: the SMTP relay messages leave through (empty host: the local outbox).

The password goes to services.settings.relay_settings' owner-only file, never to the database; the
field stays empty and means "unchanged" unless something is typed.
"""

from __future__ import annotations

import smtplib
import ssl

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
from desktop.services.settings.relay_settings import (
    PASSWORD_ENV,
    RelaySettings,
    Security,
    load_relay_settings,
    password_file,
    read_password,
    save_password,
    save_relay_settings,
)
from desktop.views.app_context import AppContext


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

        form = QFormLayout()
        form.addRow(self.tr("Host"), self.host)
        form.addRow(self.tr("Port"), self.port)
        form.addRow(self.tr("Security"), self.security)
        form.addRow(self.tr("Login"), self.login)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Timeout"), self.timeout)
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
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.test_button)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        title = QLabel(self.tr("SMTP relay"))
        title.setStyleSheet("font-size: 14pt; font-weight: bold")
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addLayout(buttons)
        layout.addStretch(1)

        editable = context.actor.can(Right.ADMINISTRATION)
        for widget in (self.host, self.port, self.security, self.login, self.password):
            widget.setEnabled(editable)
        self.timeout.setEnabled(editable)
        self.save_button.setEnabled(editable)
        self.load()

    def load(self) -> None:
        with self.context.sessions() as session:
            settings = load_relay_settings(session)
        self.host.setText(settings.host)
        self.port.setValue(settings.port)
        self.security.setCurrentIndex(max(0, self.security.findData(settings.security.value)))
        self.login.setText(settings.login)
        self.timeout.setValue(settings.timeout)
        self.password.clear()
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
        )

    def save(self) -> bool:
        try:
            with self.context.sessions.begin() as session:
                save_relay_settings(session, self.context.actor, self.settings())
            if self.password.text():
                save_password(self.context.actor, self.password.text())
        except ConsoleError as exc:
            QMessageBox.warning(self, self.tr("SMTP relay"), str(exc))
            return False
        self.load()
        self.saved.emit(0)
        return True

    def test_connection(self) -> None:
        """Connects, says EHLO, starts TLS and logs in as a send would; sends nothing."""
        settings = self.settings()
        if not settings.host:
            QMessageBox.information(
                self,
                self.tr("SMTP relay"),
                self.tr("No host: messages go to the local outbox, which needs no test."),
            )
            return
        password = self.password.text() or read_password()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            context = ssl.create_default_context()
            if settings.security is Security.TLS:
                smtp: smtplib.SMTP = smtplib.SMTP_SSL(
                    settings.host, settings.port, timeout=settings.timeout, context=context
                )
            else:
                smtp = smtplib.SMTP(settings.host, settings.port, timeout=settings.timeout)
            with smtp:
                smtp.ehlo()
                if settings.security is Security.STARTTLS:
                    smtp.starttls(context=context)
                    smtp.ehlo()
                if settings.login:
                    smtp.login(settings.login, password)
                smtp.noop()
        except (OSError, smtplib.SMTPException) as exc:
            QGuiApplication.restoreOverrideCursor()
            QMessageBox.warning(
                self,
                self.tr("SMTP relay"),
                self.tr("The relay %1 does not work: %2")
                .replace("%1", f"{settings.host}:{settings.port}")
                .replace("%2", str(exc)),
            )
            return
        QGuiApplication.restoreOverrideCursor()
        QMessageBox.information(
            self,
            self.tr("SMTP relay"),
            self.tr("The relay %1 answers.").replace("%1", f"{settings.host}:{settings.port}"),
        )
