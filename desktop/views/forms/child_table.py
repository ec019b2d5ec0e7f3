"""A parent's child collection in its form: cost structures of a provider, stock lines.

The table lists the children; Add and Edit open the child's own EntityForm in a dialog
(with the parent fixed), so a child is checked by the same rules as everywhere else.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from enum import Enum
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import ConsoleError
from desktop.services import entities
from desktop.services.entities import ChildSpec, FieldKind, FieldSpec, references
from desktop.services.runtime import busy_retry
from desktop.services.runtime.local_time import local_moment
from desktop.views.app_context import AppContext
from desktop.views.forms.field_widgets import choice_label

HIDDEN_KINDS = (FieldKind.PASSWORD, FieldKind.HTML, FieldKind.CONDITION)


def cell_text(field: FieldSpec, value: Any) -> str:
    """A value as one line of a table cell."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "✓" if value else ""
    if isinstance(value, Enum):
        return choice_label(str(value.value))
    if field.kind is FieldKind.CHOICE:
        return choice_label(str(value))
    if isinstance(value, datetime):
        return local_moment(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list) and field.kind is not FieldKind.JSON:
        return ", ".join(str(v) for v in value)
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False, default=str)
    return str(value).replace("\n", " ")


class ChildTable(QGroupBox):
    def __init__(
        self,
        context: AppContext,
        child: ChildSpec,
        editable: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(QCoreApplication.translate("EntityKinds", child.label), parent)
        self.context = context
        self.child = child
        self.spec = entities.spec_for(child.kind)
        self.editable = editable
        self.parent_id: int | None = None
        self.dialog: QDialog | None = None
        shown = [
            f
            for f in self.spec.fields
            if f.name != child.parent_field and f.kind not in HIDDEN_KINDS
        ]
        self.columns = [f for f in shown if f.listed] or shown

        column = QVBoxLayout(self)
        self.hint = QLabel(self.tr("Save this object first to add to it."))
        self.hint.setEnabled(False)
        column.addWidget(self.hint)
        self.table = QTableWidget(0, len(self.columns))
        self.table.setHorizontalHeaderLabels(
            [QCoreApplication.translate("Fields", f.label) for f in self.columns]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMinimumHeight(120)
        self.table.doubleClicked.connect(lambda _index: self.edit())
        column.addWidget(self.table)

        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add…"))
        self.edit_button = QPushButton(self.tr("Open…"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.remove_button.clicked.connect(self.remove)
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def set_parent_id(self, parent_id: int | None) -> None:
        self.parent_id = parent_id
        self.hint.setVisible(parent_id is None)
        self.refresh()

    def refresh(self) -> None:
        rows: list[dict[str, Any]] = []
        if self.parent_id is not None:
            with self.context.sessions() as session:
                rows = references.children_of(
                    session, self.child.kind, self.child.parent_field, self.parent_id
                )
        self.table.setRowCount(len(rows))
        for r, values in enumerate(rows):
            for c, field in enumerate(self.columns):
                item = QTableWidgetItem(cell_text(field, values.get(field.name)))
                item.setData(Qt.ItemDataRole.UserRole, values["id"])
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self._update_buttons()

    def selected_id(self) -> int | None:
        items = self.table.selectedItems()
        return int(items[0].data(Qt.ItemDataRole.UserRole)) if items else None

    def _update_buttons(self) -> None:
        ready = self.parent_id is not None
        chosen = self.selected_id() is not None
        self.add_button.setEnabled(ready and self.editable)
        self.edit_button.setEnabled(ready and chosen)
        self.remove_button.setEnabled(ready and chosen and self.editable)

    def add(self) -> None:
        if self.parent_id is not None and self.editable:
            self._open(None)

    def edit(self) -> None:
        if self.selected_id() is not None:
            self._open(self.selected_id())

    def _open(self, child_id: int | None) -> None:
        from desktop.views.forms.entity_form import EntityForm  # the form holds this table

        dialog = QDialog(self)
        dialog.setWindowTitle(QCoreApplication.translate("EntityKinds", self.spec.label))
        layout = QVBoxLayout(dialog)
        form = EntityForm(
            self.context,
            self.child.kind,
            child_id,
            dialog,
            preset={self.child.parent_field: self.parent_id},
        )
        layout.addWidget(form)
        form.saved.connect(lambda _id: (self.refresh(), dialog.accept()))
        form.deleted.connect(lambda _id: (self.refresh(), dialog.accept()))
        dialog.resize(520, 480)
        self.dialog = dialog
        self.form = form
        dialog.open()  # window-modal, without blocking the event loop

    def remove(self) -> None:
        child_id = self.selected_id()
        if child_id is None or not self.editable:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove"),
            self.tr("Remove the selected row? This cannot be undone."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            busy_retry.write(
                self.context.sessions,
                lambda session: entities.delete(
                    session, self.context.actor, self.child.kind, child_id
                ),
                what=f"remove the {self.child.kind.replace('_', ' ')} {child_id}",
                wait=busy_retry.INTERACTIVE_WAIT_SECONDS,
            )
        except ConsoleError as error:
            QMessageBox.warning(self, self.tr("Remove"), str(error))
        self.refresh()
