"""Save as template, on a delivery's dashboard: asks a name (the delivery's label first)
and stores everything of the delivery but its audience and schedule as a new delivery
template (services.entities.delivery_templates.save_as_template)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QInputDialog, QLabel, QPushButton, QWidget

from desktop.errors import ConsoleError
from desktop.models.enums import Right
from desktop.services.entities import delivery_templates, references
from desktop.services.runtime import busy_retry
from desktop.views.app_context import AppContext

ERROR_STYLE = "color: #c0392b;"
OK_STYLE = "color: #1e8449;"


class SaveAsTemplateButton(QWidget):
    saved = Signal(int)  # the new template's id

    def __init__(
        self, context: AppContext, delivery_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.delivery_id = delivery_id
        self.button = QPushButton(self.tr("Save as template..."))
        self.button.setObjectName("saveAsTemplate")
        may = context.actor.can(Right.PREPARE_DELIVERIES)
        self.button.setEnabled(may)
        self.button.setToolTip(
            self.tr("A delivery template with everything of this delivery but its audience "
                    "and schedule (Resources > Templates)")
            if may
            else self.tr("You lack the right %1 to create a template").replace(
                "%1", Right.PREPARE_DELIVERIES.value
            )
        )  # fmt: skip
        self.button.clicked.connect(lambda: self.save_as_template())
        self.message = QLabel()
        self.message.setObjectName("saveAsTemplateMessage")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.message)
        row.addWidget(self.button)

    def ask_label(self) -> str | None:
        with self.context.sessions() as session:
            current = references.title_of(session, "delivery", self.delivery_id) or ""
        text, accepted = QInputDialog.getText(
            self, self.tr("Save as template"), self.tr("Name of the new template:"), text=current
        )
        return text if accepted else None

    def save_as_template(self, label: str | None = None) -> int | None:
        """Stores the template; its id, or None when cancelled or refused (said beside)."""
        if label is None:
            label = self.ask_label()
            if label is None:
                return None
        actor = self.context.actor
        try:
            template_id = busy_retry.write(
                self.context.sessions,
                lambda session: (
                    delivery_templates.save_as_template(session, actor, self.delivery_id, label).id
                ),
                what=f"save delivery {self.delivery_id} as a template",
                wait=busy_retry.INTERACTIVE_WAIT_SECONDS,
            )
        except ConsoleError as error:
            self.message.setText(str(error))
            self.message.setStyleSheet(ERROR_STYLE)
            return None
        self.message.setText(self.tr("Saved as the template “%1”.").replace("%1", label.strip()))
        self.message.setStyleSheet(OK_STYLE)
        self.saved.emit(template_id)
        return template_id
