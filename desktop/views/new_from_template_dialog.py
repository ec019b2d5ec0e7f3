"""New delivery from template: the template, the campaign (given when opened from a
campaign) and the new delivery's label. The delivery is made by
services.entities.delivery_templates.create_delivery; a refusal is shown in the dialog,
which stays open with what was chosen."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import ConsoleError
from desktop.models.enums import Right
from desktop.services import entities
from desktop.services.entities import FieldKind, FieldSpec, delivery_templates
from desktop.services.runtime import busy_retry
from desktop.views.app_context import AppContext
from desktop.views.display_values import value_words
from desktop.views.forms.field_widgets import ReferenceEditor

ERROR_STYLE = "color: #c0392b;"
HINT_STYLE = "color: palette(mid);"


class NewFromTemplateDialog(QDialog):
    created = Signal(int, str)  # the new delivery's id and label

    def __init__(
        self,
        context: AppContext,
        campaign_id: int | None = None,
        parent: QWidget | None = None,
        template_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("newFromTemplateDialog")
        self.setWindowTitle(self.tr("New delivery from template"))
        self.context = context
        self.created_id: int | None = None
        self._label_edited = False

        self.template = ReferenceEditor(
            FieldSpec("template", "Template", FieldKind.REFERENCE, reference="delivery_template"),
            context,
            self,
        )
        self.template.setObjectName("templateChoice")
        self.campaign = ReferenceEditor(
            FieldSpec("campaign_id", "Campaign", FieldKind.REFERENCE, reference="campaign"),
            context,
            self,
        )
        self.campaign.setObjectName("campaignChoice")
        self.label = QLineEdit()
        self.label.setObjectName("deliveryLabel")
        self.label.textEdited.connect(self._label_typed)
        self.template.changed.connect(self._template_chosen)
        self.template_summary = QLabel()
        self.template_summary.setObjectName("templateSummary")
        self.template_summary.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Template"), self.template)
        form.addRow("", self.template_summary)
        form.addRow(self.tr("Campaign"), self.campaign)
        form.addRow(self.tr("Label"), self.label)
        self.message = QLabel()
        self.message.setObjectName("newFromTemplateMessage")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Create the delivery"))
        self.buttons.accepted.connect(self.create)
        self.buttons.rejected.connect(self.reject)
        self.setMinimumWidth(520)
        column = QVBoxLayout(self)
        column.addLayout(form)
        column.addWidget(self.message)
        column.addWidget(self.buttons)

        if campaign_id is not None:
            self.campaign.set_value(campaign_id)
        self._pick_first_template(template_id)
        self._check_possible()

    def _pick_first_template(self, template_id: int | None) -> None:
        if template_id is None:
            with self.context.sessions() as session:
                rows = delivery_templates.template_rows(session)
            template_id = rows[0]["id"] if rows else None
        if template_id is not None:
            self.template.set_value(template_id)

    def _check_possible(self) -> None:
        may = self.context.actor.can(Right.PREPARE_DELIVERIES)
        if not may:
            self._say(
                self.tr("You lack the right %1 to create a delivery.").replace(
                    "%1", Right.PREPARE_DELIVERIES.value
                ),
                ERROR_STYLE,
            )
        elif self.template.value() is None:
            self._say(
                self.tr(
                    "No delivery template yet: save a delivery as a template, or make one "
                    "under Resources > Templates > Delivery templates."
                ),
                HINT_STYLE,
            )
        else:
            self._say(
                self.tr("The delivery gets everything of the template but an audience and a "
                        "schedule, which you set in its form."),
                HINT_STYLE,
            )  # fmt: skip
        self.ok_button.setEnabled(may)

    def _label_typed(self, _text: str) -> None:
        self._label_edited = True

    def _template_chosen(self) -> None:
        template_id = self.template.value()
        if template_id is None:
            self.template_summary.clear()
            return
        with self.context.sessions() as session:
            template = entities.get(session, "delivery_template", template_id)
            title, channel = template.label, template.channel.value
            subject, description = template.subject, template.description
        # What the template is for, in a line: its channel, subject and description.
        parts = [value_words(channel), subject, description]
        self.template_summary.setText(" · ".join(part for part in parts if part))
        if not self._label_edited:
            self.label.setText(title or "")

    def _say(self, text: str, style: str) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(style)

    def create(self) -> bool:
        """Makes the delivery; True (and the dialog accepted) when it is stored."""
        template_id = self.template.value()
        if template_id is None:
            self._say(self.tr("Choose a template."), ERROR_STYLE)
            return False
        values = {"campaign_id": self.campaign.value(), "label": self.label.text()}
        actor = self.context.actor
        try:
            delivery_id = busy_retry.write(
                self.context.sessions,
                lambda session: (
                    delivery_templates.create_delivery(session, actor, template_id, values).id
                ),
                what="create a delivery from a template",
                wait=busy_retry.INTERACTIVE_WAIT_SECONDS,
            )
        except ConsoleError as error:
            self._say(str(error), ERROR_STYLE)
            return False
        self.created_id = delivery_id
        self.created.emit(delivery_id, self.label.text().strip())
        self.accept()
        return True
