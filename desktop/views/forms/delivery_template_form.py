"""The form of a delivery template: the delivery form's parts for what a template holds
(content with its preview, the proof target, throughput, typology, provider, approval
steps and reviewers), in the same tabs, without an audience or a schedule."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSplitter, QTabWidget, QVBoxLayout, QWidget

from desktop.services.entities import FieldSpec
from desktop.views.app_context import AppContext
from desktop.views.forms.delivery_form import CONTENT_FIELDS
from desktop.views.forms.entity_form import EntityForm
from desktop.views.forms.field_widgets import FieldEditor, TextBlockEditor
from desktop.views.forms.html_preview import HtmlPreview
from desktop.views.forms.proof_target_editor import ProofListEditor, ProofTargetSection
from desktop.views.object_registry import register_opener

PROOF_FIELDS = ("proof_addresses", "proof_list_id")
THROUGHPUT_FIELDS = (
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
    "reviewers",
    "confirmation_reviewers",
)
DRAFT_FIELDS = ("label", "subject", "sender_name", "sender_address", "html", "text")


class DeliveryTemplateForm(EntityForm):
    def __init__(
        self, context: AppContext, template_id: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, "delivery_template", template_id, parent)

    def make_editor(self, field: FieldSpec) -> FieldEditor:
        if field.name == "proof_list_id":
            return ProofListEditor(field, self.context, self)
        return super().make_editor(field)

    def _layout_fields(self) -> QWidget:
        self.tabs = QTabWidget()
        self.tabs.setObjectName("templateTabs")
        placed = set(CONTENT_FIELDS + PROOF_FIELDS + THROUGHPUT_FIELDS + APPROVAL_FIELDS)
        general = [name for name in self.rows if name not in placed]
        self._tab_of: dict[str, int] = {}
        self._add_tab(self.tr("General"), general, self._top_aligned(general))
        self._add_tab(self.tr("Content"), CONTENT_FIELDS, self._content_page())
        self._add_tab(self.tr("Proofs"), PROOF_FIELDS, self._proofs_page())
        throughput = self._top_aligned(THROUGHPUT_FIELDS)
        self._add_tab(self.tr("Throughput"), THROUGHPUT_FIELDS, throughput)
        self._add_tab(self.tr("Approvals"), APPROVAL_FIELDS, self._top_aligned(APPROVAL_FIELDS))
        return self.tabs

    def _top_aligned(self, names: Any) -> QWidget:
        """The fields at the top of their page: a description's box keeps its own height
        instead of taking the page's."""
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.form_page(names))
        column.addStretch(1)
        return self.scrolled(page)

    def _add_tab(self, title: str, names: Any, page: QWidget) -> None:
        index = self.tabs.addTab(page, title)
        for name in names:
            self._tab_of[name] = index

    def _content_page(self) -> QWidget:
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.scrolled(self.form_page(CONTENT_FIELDS)))
        preview_box = QWidget()
        column = QVBoxLayout(preview_box)
        column.setContentsMargins(6, 0, 0, 0)
        heading = QLabel(self.tr("Preview"))
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        column.addWidget(heading)
        self.preview = HtmlPreview(self.context, self.draft, lambda: None)
        column.addWidget(self.preview, 1)
        splitter.addWidget(preview_box)
        for name in CONTENT_FIELDS:
            if name in self.editors:
                self.editors[name].changed.connect(self.preview.schedule_render)
        text = self.editors.get("text")
        if isinstance(text, TextBlockEditor):
            text.text.setMaximumHeight(16777215)
        return splitter

    def _proofs_page(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
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

    def reveal(self, name: str) -> None:
        if name in self._tab_of:
            self.tabs.setCurrentIndex(self._tab_of[name])

    def draft(self) -> dict[str, Any]:
        """The content as typed, for the preview."""
        return {name: self.editors[name].value() for name in DRAFT_FIELDS if name in self.editors}


def open_template(context: AppContext, template_id: int | None, parent: QWidget | None):
    return DeliveryTemplateForm(context, template_id, parent)


register_opener("delivery_template", open_template)
