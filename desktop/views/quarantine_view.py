"""Profiles and Targets > Quarantine: the quarantined addresses (address, reason, date,
error count), searched and sorted like any list, with a line to add an address and a
button to take the selected one out.

Adding and removing are services.audience.quarantine's, which check the right (PREPARE
DELIVERIES); without it the controls are disabled and say why.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import ConsoleError, ValidationError
from desktop.models.enums import Right
from desktop.services.audience import quarantine
from desktop.services.entities.listings import QUARANTINE
from desktop.services.runtime import busy_retry
from desktop.views.app_context import AppContext
from desktop.views.list_panel import ListPanel
from desktop.views.object_registry import register_opener

# The list's column titles (services.entities.listings.QUARANTINE), for lupdate.
COLUMN_TITLES = (
    QT_TRANSLATE_NOOP("Fields", "Address"),
    QT_TRANSLATE_NOOP("Fields", "Reason"),
    QT_TRANSLATE_NOOP("Fields", "Date"),
    QT_TRANSLATE_NOOP("Fields", "Error count"),
)
ERROR_STYLE = "color: #c0392b;"
OK_STYLE = "color: #1e8449;"


class QuarantineView(QWidget):
    changed = Signal()  # an address was added or removed here

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quarantineView")
        self.context = context
        self.can_edit = context.actor.can(Right.PREPARE_DELIVERIES)

        self.list = ListPanel(context.sessions)
        self.list.follow_changes(context)
        self.list.set_listing(QUARANTINE)
        self.list.current_changed.connect(self._update_buttons)

        self.address = QLineEdit()
        self.address.setObjectName("quarantineAddress")
        self.address.setPlaceholderText(self.tr("Address to quarantine"))
        self.reason = QLineEdit()
        self.reason.setObjectName("quarantineReason")
        self.reason.setPlaceholderText(self.tr("Reason (optional)"))
        self.add_button = QPushButton(self.tr("Add to quarantine"))
        self.add_button.setObjectName("quarantineAdd")
        self.add_button.clicked.connect(self.add)
        self.address.returnPressed.connect(self.add)
        self.remove_button = QPushButton(self.tr("Remove from quarantine"))
        self.remove_button.setObjectName("quarantineRemove")
        self.remove_button.clicked.connect(self.remove_selected)
        self.message = QLabel()
        self.message.setObjectName("quarantineMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()

        adding = QHBoxLayout()
        adding.setContentsMargins(6, 0, 6, 0)
        adding.addWidget(self.address, 2)
        adding.addWidget(self.reason, 2)
        adding.addWidget(self.add_button)
        adding.addStretch(0)
        adding.addWidget(self.remove_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 6)
        column.addWidget(self.list, 1)
        column.addLayout(adding)
        self.message.setContentsMargins(6, 0, 6, 0)
        column.addWidget(self.message)
        self._apply_rights()

    # ---- rights ------------------------------------------------------------------------

    def _apply_rights(self) -> None:
        lacking = self.tr("You lack the right %1 to change the quarantine").replace(
            "%1", Right.PREPARE_DELIVERIES.value
        )
        for widget in (self.address, self.reason, self.add_button):
            widget.setEnabled(self.can_edit)
            widget.setToolTip("" if self.can_edit else lacking)
        self.remove_button.setToolTip(
            self.tr("Take the selected address out of quarantine") if self.can_edit else lacking
        )
        self._update_buttons()

    def _update_buttons(self, *_: object) -> None:
        self.remove_button.setEnabled(self.can_edit and self.selected_address() is not None)

    # ---- reading -----------------------------------------------------------------------

    def selected_address(self) -> str | None:
        index = self.list.table.currentIndex()
        if self.list.model is None or not index.isValid():
            return None
        value = self.list.model.value(index.row(), "address")
        return str(value) if value else None

    def refresh(self) -> None:
        self.list.refresh()
        self._update_buttons()

    # ---- changing ----------------------------------------------------------------------

    def add(self) -> bool:
        """Quarantines the typed address; an address already there counts one more error."""
        if not self.can_edit:
            return False
        address, reason = self.address.text(), self.reason.text()
        actor = self.context.actor
        try:
            row = busy_retry.write(
                self.context.sessions,
                lambda session: quarantine.add(session, actor, address, reason).address,
                what=f"quarantine {address.strip()}",
                wait=busy_retry.INTERACTIVE_WAIT_SECONDS,
            )
        except ValidationError as error:
            self._say(str(error), ERROR_STYLE)
            (self.reason if error.field == "reason" else self.address).setFocus()
            return False
        except ConsoleError as error:
            self._say(str(error), ERROR_STYLE)
            return False
        self.address.clear()
        self.reason.clear()
        self._say(self.tr("%1 is in quarantine.").replace("%1", row), OK_STYLE)
        self.refresh()
        self.changed.emit()
        return True

    def remove_selected(self) -> bool:
        """Takes the selected address out of quarantine, after a confirmation."""
        address = self.selected_address()
        if not self.can_edit or address is None or not self.confirm_remove(address):
            return False
        actor = self.context.actor
        try:
            busy_retry.write(
                self.context.sessions,
                lambda session: quarantine.remove(session, actor, address),
                what=f"take {address} out of quarantine",
                wait=busy_retry.INTERACTIVE_WAIT_SECONDS,
            )
        except ConsoleError as error:
            self._say(str(error), ERROR_STYLE)
            return False
        self._say(self.tr("%1 is out of quarantine.").replace("%1", address), OK_STYLE)
        self.refresh()
        self.changed.emit()
        return True

    def confirm_remove(self, address: str) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Remove from quarantine"),
            self.tr("Take %1 out of quarantine? Its next deliveries will be sent to it.").replace(
                "%1", address
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _say(self, text: str, style: str) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(style)
        self.message.setVisible(bool(text))


def open_quarantine(context: AppContext, _object_id: int | None, parent: QWidget | None):
    return QuarantineView(context, parent)


register_opener("quarantine", open_quarantine)
