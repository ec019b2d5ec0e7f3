"""Logging in: operator name and password, checked by services.access.rights.authenticate."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import AuthenticationFailed, ConsoleError
from desktop.models.database import Sessions
from desktop.services.access.rights import Actor, authenticate

LAST_OPERATOR_KEY = "login/last_operator"


class LoginDialog(QDialog):
    """Accepted once an operator is authenticated; `actor` is then who logged in."""

    def __init__(
        self,
        sessions: Sessions,
        database_label: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._sessions = sessions
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Campaign Console: log in"))
        self.setMinimumWidth(380)

        self.operator = QLineEdit()
        self.operator.setObjectName("operator")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel()
        self.error.setObjectName("loginError")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.hide()

        form = QFormLayout()
        form.addRow(self.tr("&Operator:"), self.operator)
        form.addRow(self.tr("&Password:"), self.password)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.login_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.login_button.setText(self.tr("&Log in"))
        buttons.accepted.connect(self.try_login)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        if database_label:
            where = QLabel(self.tr("Database: %1").replace("%1", database_label))
            where.setObjectName("loginDatabase")
            where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            where.setWordWrap(True)
            layout.addWidget(where)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

        last = str(QSettings().value(LAST_OPERATOR_KEY, "") or "")
        self.operator.setText(last)
        (self.password if last else self.operator).setFocus()

    def try_login(self) -> None:
        name = self.operator.text().strip()
        if not name:
            self._fail(self.tr("Enter the operator's name."), self.operator)
            return
        try:
            with self._sessions() as session:
                self.actor = authenticate(session, name, self.password.text())
        except AuthenticationFailed:
            self._fail(self.tr("Unknown operator or wrong password."), self.password)
            return
        except ConsoleError as exc:
            self._fail(str(exc), self.operator)
            return
        QSettings().setValue(LAST_OPERATOR_KEY, name)
        self.accept()

    def _fail(self, message: str, focus: QLineEdit) -> None:
        self.actor = None
        self.error.setText(message)
        self.error.show()
        focus.selectAll()
        focus.setFocus()
