"""The form of a delivery: the generic entity form, spread over tabs, plus the audience
choice (a filter or a list), the proof target (a list or addresses), a live preview of
the message for a chosen recipient, and the approval settings (its campaign's, or its
own)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.models.enums import DeliveryStatus
from desktop.services.delivery.lifecycle import LOCKED_STATES, PREPARED_STATES
from desktop.services.entities import FieldSpec
from desktop.views.app_context import AppContext
from desktop.views.display_values import value_words
from desktop.views.forms.approval_settings_editor import ApprovalSettingsEditor
from desktop.views.forms.entity_form import EntityForm, FormSection
from desktop.views.forms.field_picker import FieldPicker
from desktop.views.forms.field_widgets import ConditionEditor, FieldEditor, TextBlockEditor
from desktop.views.forms.html_preview import HtmlPreview
from desktop.views.forms.proof_target_editor import ProofListEditor, ProofTargetSection

AUDIENCE_FIELDS = ("audience_filter", "audience_list_id")
PROOF_FIELDS = ("proof_addresses", "proof_list_id")
CONTENT_FIELDS = ("subject", "sender_name", "sender_address", "reply_to", "html", "text")
SCHEDULE_FIELDS = (
    "contact_date",
    "validity_seconds",
    "max_connections",
    "messages_per_connection",
    "messages_per_hour",
    "messages_per_hour_per_domain",
)
APPROVAL_FIELDS = (
    "override_approvals",
    "approve_targeting",
    "approve_content",
    "approve_budget",
    "approve_extraction",
    "approve_proofs",
)
# The content fields that are templates: the field picker inserts into them.
TEMPLATE_FIELDS = ("subject", "html", "text")
# What the preview needs from the form: the content as typed.
DRAFT_FIELDS = ("label", "subject", "sender_name", "sender_address", "html", "text", "campaign_id")
# Where a template error's part (services.messages.rendering) is edited.
PART_FIELDS = {"subject": "subject", "HTML content": "html", "text content": "text"}


class DeliveryForm(EntityForm):
    EDITED_APART = APPROVAL_FIELDS  # in the Approvals tab, with the reviewers

    def __init__(
        self, context: AppContext, delivery_id: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, "delivery", delivery_id, parent)

    # ---- layout --------------------------------------------------------------------

    def make_editor(self, field: FieldSpec) -> FieldEditor:
        if field.name == "proof_list_id":
            return ProofListEditor(field, self.context, self)
        return super().make_editor(field)

    def _layout_fields(self) -> QWidget:
        self.tabs = QTabWidget()
        placed = set(AUDIENCE_FIELDS + PROOF_FIELDS + CONTENT_FIELDS + SCHEDULE_FIELDS)
        general = [name for name in self.rows if name not in placed]
        self._tab_of: dict[str, int] = {}
        self._add_tab(self.tr("General"), general, self.scrolled(self.form_page(general)))
        self._add_tab(self.tr("Audience"), AUDIENCE_FIELDS + PROOF_FIELDS, self._audience_page())
        self._add_tab(self.tr("Content"), CONTENT_FIELDS, self._content_page())
        schedule = self.scrolled(self.form_page(SCHEDULE_FIELDS))
        self._add_tab(self.tr("Schedule"), SCHEDULE_FIELDS, schedule)
        self.approvals = ApprovalSettingsEditor(self.context, "delivery")
        self.add_section(self.approvals)
        self.approvals_tab = self.tabs.addTab(self.scrolled(self.approvals), self.tr("Approvals"))
        campaign = self.editors.get("campaign_id")
        if campaign is not None:  # while not overridden, the chosen campaign's apply
            campaign.changed.connect(lambda: self.approvals.follow_campaign(campaign.value()))
        return self.tabs

    def reveal_section(self, section: FormSection) -> None:
        if section is self.approvals:
            self.tabs.setCurrentIndex(self.approvals_tab)

    def _add_tab(self, title: str, names: Any, page: QWidget) -> None:
        index = self.tabs.addTab(page, title)
        for name in names:
            self._tab_of[name] = index

    def _audience_page(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        self.by_filter = QRadioButton(self.tr("Recipients matching a filter"))
        self.by_list = QRadioButton(self.tr("Recipients of a list"))
        self.audience_mode = QButtonGroup(page)
        self.audience_mode.addButton(self.by_filter)
        self.audience_mode.addButton(self.by_list)
        self.by_filter.setChecked(True)
        self.by_filter.toggled.connect(self._audience_mode_changed)
        column.addWidget(self.by_filter)
        column.addWidget(self.by_list)
        column.addWidget(self.form_page(AUDIENCE_FIELDS))
        self.proof_target = ProofTargetSection(
            self.rows["proof_addresses"], self.rows["proof_list_id"]
        )
        self.add_section(self.proof_target)
        channel = self.editors.get("channel")
        if channel is not None:
            channel.changed.connect(lambda: self.proof_target.set_channel(channel.value()))
        column.addWidget(self.proof_target)
        column.addStretch(1)
        return self.scrolled(page)

    def _content_page(self) -> QWidget:
        splitter = QSplitter(Qt.Orientation.Horizontal)
        fields = QWidget()
        fields_column = QVBoxLayout(fields)
        fields_column.setContentsMargins(0, 0, 0, 0)
        self.field_picker = FieldPicker()
        self.field_picker.chosen.connect(self.insert_in_content)
        picker_row = QHBoxLayout()
        picker_row.addStretch(1)
        picker_row.addWidget(self.field_picker)
        fields_column.addLayout(picker_row)
        fields_column.addWidget(self.scrolled(self.form_page(CONTENT_FIELDS)), 1)
        splitter.addWidget(fields)
        # Where the picker inserts: the content field last typed in (the HTML at first).
        self._insert_target = "html"
        for name in TEMPLATE_FIELDS:
            widget = self._typing_widget(name)
            if widget is not None:
                widget.installEventFilter(self)
        preview_box = QWidget()
        column = QVBoxLayout(preview_box)
        column.setContentsMargins(6, 0, 0, 0)
        heading = QLabel(self.tr("Preview"))
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        column.addWidget(heading)
        self.preview = HtmlPreview(self.context, self.draft, lambda: self.entity_id)
        self.preview.template_error.connect(self._show_template_error)
        column.addWidget(self.preview, 1)
        splitter.addWidget(preview_box)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        for name in CONTENT_FIELDS:
            if name in self.editors:
                self.editors[name].changed.connect(self.preview.schedule_render)
        text = self.editors.get("text")
        if isinstance(text, TextBlockEditor):
            text.text.setMaximumHeight(16777215)  # room for the whole text part
        return splitter

    # ---- the field picker ----------------------------------------------------------

    def _typing_widget(self, name: str) -> QLineEdit | QPlainTextEdit | None:
        editor = self.editors.get(name)
        if isinstance(editor, TextBlockEditor):
            return editor.text
        widget = getattr(editor, "line", None)
        return widget if isinstance(widget, QLineEdit) else None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn:
            for name in TEMPLATE_FIELDS:
                if watched is self._typing_widget(name):
                    self._insert_target = name
        return super().eventFilter(watched, event)

    def insert_in_content(self, text: str) -> None:
        """Inserts `text` where the cursor is in the content field last typed in."""
        widget = self._typing_widget(self._insert_target)
        if widget is None or widget.isReadOnly():
            return
        if isinstance(widget, QPlainTextEdit):
            widget.insertPlainText(text)
        else:
            widget.insert(text)
        widget.setFocus()

    def reveal(self, name: str) -> None:
        if name in self._tab_of:
            self.tabs.setCurrentIndex(self._tab_of[name])

    # ---- the audience: a filter or a list ------------------------------------------

    def _filter_editor(self) -> ConditionEditor | None:
        editor = self.editors.get("audience_filter")
        return editor if isinstance(editor, ConditionEditor) else None

    def uses_list(self) -> bool:
        return self.by_list.isChecked()

    def _audience_mode_changed(self) -> None:
        by_list = self.uses_list()
        editable = self.editable()
        if "audience_filter" in self.editors:
            self.editors["audience_filter"].set_read_only(not editable or by_list)
        if "audience_list_id" in self.editors:
            self.editors["audience_list_id"].set_read_only(not editable or not by_list)
        self._update_title()

    def _apply_rights(self) -> None:
        super()._apply_rights()
        editable = self.editable()
        self.by_filter.setEnabled(editable)
        self.by_list.setEnabled(editable)
        self.field_picker.setEnabled(editable)
        self._audience_mode_changed()

    # ---- the life cycle ------------------------------------------------------------

    def status(self) -> DeliveryStatus | None:
        value = getattr(self, "_stored", {}).get("status")
        return DeliveryStatus(value) if value else None

    def editable(self) -> bool:
        # Being prepared, sent or gone out: the service refuses edits, so the form does too.
        return super().editable() and self.status() not in LOCKED_STATES

    def notice(self) -> str:
        status = self.status()
        if self.can_edit and status in LOCKED_STATES:
            return self.tr("This delivery is %1: it can no longer be edited.").replace(
                "%1", value_words(status.value).lower()
            )
        if self.can_edit and status in PREPARED_STATES:
            return self.tr(
                "Changing the audience, content, schedule or typology sends this delivery "
                "back to Being edited: it will have to be prepared again."
            )
        return super().notice()

    def load(self) -> None:
        super().load()
        stored_list = self._loaded.get("audience_list_id")
        self.by_filter.blockSignals(True)
        (self.by_list if stored_list is not None else self.by_filter).setChecked(True)
        self.by_filter.blockSignals(False)
        self._audience_mode_changed()

    def values_to_save(self) -> dict[str, Any]:
        values = super().values_to_save()
        # The audience not chosen is cleared (the service refuses both at once), but its
        # editor keeps what the user built, should they switch back before saving.
        unused = "audience_filter" if self.uses_list() else "audience_list_id"
        values.pop(unused, None)
        if self._loaded.get(unused) is not None:
            values[unused] = None
        return values

    def is_dirty(self) -> bool:
        stored_list = self._loaded.get("audience_list_id") is not None
        return super().is_dirty() or stored_list != self.uses_list()

    def _field_named(self, where: str) -> str | None:
        if where == "Audience":  # the service's name for the filter-or-list rule
            return "audience_list_id" if self.uses_list() else "audience_filter"
        return super()._field_named(where)

    # ---- preview -------------------------------------------------------------------

    def draft(self) -> dict[str, Any]:
        """The content as typed, for the preview."""
        return {name: self.editors[name].value() for name in DRAFT_FIELDS if name in self.editors}

    def _show_template_error(self, part: str, line: int) -> None:
        name = PART_FIELDS.get(part)
        editor = self.editors.get(name or "")
        if editor is None:
            return
        self.rows[name].show_error(self.preview.error())  # type: ignore[index]
        if isinstance(editor, TextBlockEditor) and line > 0:
            block = editor.text.document().findBlockByLineNumber(line - 1)
            cursor = QTextCursor(block)
            cursor.select(QTextCursor.SelectionType.LineUnderCursor)
            editor.text.setTextCursor(cursor)
            editor.text.centerCursor()
