"""The generic form of one object, built from its EntitySpec.

Every field of the spec gets a labelled editor (field_widgets); Save sends what the user
changed to services.entities.save (create or update, one transaction). A refused value
comes back as a ValidationError naming the field's label: the message is shown under that
field and in the message line, and the user's input stays in the form. Revert reads the
stored values again; Delete asks first. Without the spec's edit right everything is
read-only (and the services refuse too).

A subclass may edit some fields, or what is stored beside them (a campaign's reviewers),
with a FormSection of its own: the section is loaded, made read-only, saved (in the same
transaction) and shown its errors with the form.

The form follows what others change (ChangeFollower, with a timer where no notice
comes): an object saved elsewhere shows as stored while the form has no unsaved change;
with some, the form keeps them and says who changed the object and when, with Reload (the
save would be refused); an object deleted elsewhere is said, and the form can no longer
save it. Only an edit moves the version it compares: a send's counters read nothing more.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import (
    ChangedElsewhere,
    ConsoleError,
    DatabaseRefused,
    NotFound,
    ValidationError,
)
from desktop.services import entities
from desktop.services.entities import AfterSave, EntitySpec, FieldSpec
from desktop.services.runtime import busy_retry
from desktop.views.app_context import AppContext
from desktop.views.change_follower import ChangeFollower, tolerating_unreachable
from desktop.views.forms.child_table import ChildTable
from desktop.views.forms.field_widgets import FieldEditor, TextBlockEditor, editor_for
from desktop.views.read_only_look import READ_ONLY_STYLE

ERROR_STYLE = "color: #c0392b;"
INFO_STYLE = "color: palette(mid);"
OK_STYLE = "color: #1e8449;"
# Read-only text looks read-only, yet can still be selected and copied.
FORM_STYLE = READ_ONLY_STYLE
# Where no change notice comes (SQLite), an open form asks this often whether its object's
# version moved: one small read.
FOLLOW_MS = 1000


def field_label(field: FieldSpec) -> str:
    return QCoreApplication.translate("Fields", field.label)


def kind_label(spec: EntitySpec) -> str:
    return QCoreApplication.translate("EntityKinds", spec.label)


class FormSection(Protocol):
    """A part of a form edited apart from the field editors, saved with the form."""

    def load(self, entity_id: int | None, values: Mapping[str, Any]) -> None:
        """Shows what is stored for the object (`values`: its fields as loaded)."""

    def set_editable(self, editable: bool) -> None: ...

    def is_dirty(self) -> bool: ...

    def field_values(self) -> dict[str, Any]:
        """Values of the spec's fields that Save sends for the section."""
        ...

    def after_save(self) -> AfterSave | None:
        """What Save does once the object is stored, in the same transaction (None:
        nothing changed)."""

    def show_error(self, field: str, reason: str) -> bool:
        """Shows a refusal naming `field` if it is the section's; True when shown."""
        ...

    def clear_errors(self) -> None: ...


def column_default(spec: EntitySpec, name: str) -> Any:
    """A column's constant default (what a new object starts with), or None."""
    prop = getattr(getattr(spec.model, name, None), "property", None)
    columns = getattr(prop, "columns", None)
    if not columns or columns[0].default is None or callable(columns[0].default.arg):
        return None
    return columns[0].default.arg


class FieldRow(QWidget):
    """An editor with the message of its last refused value under it."""

    def __init__(self, editor: FieldEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(1)
        column.addWidget(editor, 1)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, editor.sizePolicy().verticalPolicy())
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        column.addWidget(self.error)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def clear_error(self) -> None:
        self.error.clear()
        self.error.hide()


class EntityForm(QWidget):
    """The form of one object of `kind` (a new one when entity_id is None).

    `preset` fixes fields a parent decides (a cost structure's provider): they are not
    shown, and are sent with a new object."""

    saved = Signal(int)
    deleted = Signal(int)
    # Fields a subclass edits in a section of its own, not with an editor of their own.
    EDITED_APART: tuple[str, ...] = ()

    def __init__(
        self,
        context: AppContext,
        kind: str,
        entity_id: int | None,
        parent: QWidget | None = None,
        *,
        preset: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.kind = kind
        self.entity_id = entity_id
        self.spec = entities.spec_for(kind)
        self.preset = dict(preset or {})
        self.can_edit = context.actor.can(self.spec.edit_right)
        self.editors: dict[str, FieldEditor] = {}
        self.rows: dict[str, FieldRow] = {}
        self.labels: dict[str, QLabel] = {}
        self.child_tables: list[ChildTable] = []
        self.sections: list[FormSection] = []
        self._loaded: dict[str, Any] = {}
        self._gone = False
        self._told_change = ""  # the change elsewhere the message line says, once
        self._build()
        self.load()
        # Saved here or elsewhere, the object shows as stored, unless the user is typing:
        # then they are told who changed it and when (their save would be refused).
        self.follower = ChangeFollower(context, self, self._follow_stored, self._followed())
        self.follow_timer = QTimer(self)
        self.follow_timer.timeout.connect(self._follow_tick)
        self.follower.pace(self.follow_timer, FOLLOW_MS)
        self.follow_timer.start()

    def _followed(self) -> dict[str, int | None]:
        return {} if self.entity_id is None else {self.table: self.entity_id}

    @property
    def table(self) -> str:
        return str(self.spec.model.__tablename__)

    def _follow_tick(self) -> None:
        if self.isVisible():  # a hidden form is read once shown (the follower sees to it)
            tolerating_unreachable(self._follow_stored)

    def _follow_stored(self) -> None:
        """Shows what became of the object since it was loaded, if anything did."""
        if self.entity_id is None or self._gone:
            return
        with self.context.sessions() as session:
            change = entities.change_since(
                session, self.kind, self.entity_id, self.loaded_version()
            )
        if change is None:
            return
        if isinstance(change, NotFound):
            self.show_deleted_elsewhere()
        elif not self.is_dirty():
            self.load()
        elif str(change) != self._told_change:
            self.show_changed_elsewhere(change)
            self._told_change = str(change)

    # ---- building ------------------------------------------------------------------

    def _build(self) -> None:
        self.setStyleSheet(FORM_STYLE)
        outer = QVBoxLayout(self)
        self.title_label = QLabel()
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title_label.setFont(font)
        outer.addWidget(self.title_label)
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message_label.hide()
        # Offered when another operator saved the object after it was loaded: the form
        # keeps what the user typed (to copy) until they reload.
        self.reload_button = QPushButton(self.tr("Reload"))
        self.reload_button.setToolTip(
            self.tr("Show the object as saved by the other operator; your changes are dropped")
        )
        self.reload_button.clicked.connect(self.revert)
        self.reload_button.hide()
        message_row = QHBoxLayout()
        message_row.addWidget(self.message_label, 1)
        message_row.addWidget(self.reload_button, 0, Qt.AlignmentFlag.AlignTop)
        outer.addLayout(message_row)

        for field in self.spec.fields:
            if field.name in self.preset or field.name in self.EDITED_APART:
                continue
            editor = self.make_editor(field)
            editor.setObjectName(f"field_{field.name}")
            editor.changed.connect(self._edited)
            editor.changed.connect(lambda name=field.name: self._clear_error_of(name))
            label = QLabel(field_label(field) + (" *" if field.required else ""))
            label.setBuddy(editor)
            if field.help:
                label.setToolTip(QCoreApplication.translate("Fields", field.help))
                editor.setToolTip(label.toolTip())
                if isinstance(editor, TextBlockEditor):  # an empty block shows how to fill it
                    editor.text.setPlaceholderText(label.toolTip())
            self.editors[field.name] = editor
            self.rows[field.name] = FieldRow(editor)
            self.labels[field.name] = label
        for child in self.spec.children:
            self.child_tables.append(ChildTable(self.context, child, self.can_edit))

        outer.addWidget(self._layout_fields(), 1)

        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save the changes (Ctrl+S)"))
        self.save_button.setDefault(True)
        self.revert_button = QPushButton(self.tr("Revert"))
        self.revert_button.setToolTip(self.tr("Forget the changes and show the stored values"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        self.delete_button.clicked.connect(self.delete)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.revert_button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        outer.addLayout(buttons)

        shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        # Several forms live in tabs: Ctrl+S saves the one that has the focus.
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.save)

    def make_editor(self, field: FieldSpec) -> FieldEditor:
        """The editor of one field; a subclass may give a field a special one."""
        return editor_for(field, self.context, self)

    def add_section(self, section: FormSection) -> None:
        """A section of a subclass (placed by its _layout_fields): an edit in it makes
        the form unsaved."""
        self.sections.append(section)
        section.changed.connect(self._edited)  # type: ignore[attr-defined]

    def reveal_section(self, section: FormSection) -> None:
        """Brings a section into view (a tabbed form shows its tab)."""

    def form_page(self, names: Iterable[str]) -> QWidget:
        """A QFormLayout of the labelled editors of `names` (those the form shows)."""
        page = QWidget()
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        for name in names:
            if name in self.rows:
                form.addRow(self.labels[name], self.rows[name])
        return page

    def scrolled(self, page: QWidget) -> QScrollArea:
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(page)
        return scroll

    def _layout_fields(self) -> QWidget:
        """Where the editors go; DeliveryForm spreads them over tabs instead."""
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.form_page(self.rows))
        for table in self.child_tables:
            column.addWidget(table)
        column.addStretch(1)
        self._scroll = self.scrolled(page)
        return self._scroll

    def reveal(self, name: str) -> None:
        """Brings a field into view (scrolls; a tabbed form shows its tab)."""
        scroll = getattr(self, "_scroll", None)
        if scroll is not None and name in self.rows:
            scroll.ensureWidgetVisible(self.rows[name])

    # ---- values --------------------------------------------------------------------

    def _defaults(self) -> dict[str, Any]:
        return {f.name: column_default(self.spec, f.name) for f in self.spec.fields}

    def load(self) -> None:
        """Shows the stored values (defaults for a new object)."""
        self._clear_errors()
        if self.entity_id is None:
            values = self._defaults()
        else:
            try:
                with self.context.sessions() as session:
                    obj = entities.get(session, self.kind, self.entity_id)
                    values = entities.values_of(self.kind, obj)
            except ConsoleError as error:
                self._gone = True
                self._apply_rights()
                self.show_message(str(error), ERROR_STYLE)
                return
        for name, editor in self.editors.items():
            editor.blockSignals(True)
            editor.set_value(values.get(name))
            editor.blockSignals(False)
        self._loaded = {name: editor.value() for name, editor in self.editors.items()}
        self._stored = values
        self._told_change = ""
        self.reload_button.hide()
        for table in self.child_tables:
            table.set_parent_id(self.entity_id)
        for section in self.sections:
            section.load(self.entity_id, values)
        self._apply_rights()
        self._update_title()
        self.show_message(self.notice(), INFO_STYLE)

    def notice(self) -> str:
        """What the message line says about the object as loaded ('' for nothing)."""
        if not self.can_edit:
            return self.tr("Read only: editing needs the right %1.").replace(
                "%1", self.spec.edit_right.value
            )
        return ""

    def editable(self) -> bool:
        """Whether the user may change this object now (the services check it again)."""
        return self.can_edit and not self._gone

    def values_to_save(self) -> dict[str, Any]:
        """The values Save sends: what the user changed (and, for a new object, the
        required fields and the preset ones)."""
        values: dict[str, Any] = {}
        for name, editor in self.editors.items():
            field = editor.field
            if field.read_only:
                continue
            value = editor.value()
            new_required = self.entity_id is None and field.required
            if value != self._loaded.get(name) or new_required:
                values[name] = value
        for section in self.sections:
            values.update(section.field_values())
        if self.entity_id is None:
            values.update(self.preset)
        return values

    def after_save(self) -> AfterSave | None:
        """What the sections save once the object is stored (None: nothing)."""
        steps = [step for step in (s.after_save() for s in self.sections) if step is not None]
        if not steps:
            return None

        def run(session: Any, saved_id: int) -> None:
            for step in steps:
                step(session, saved_id)

        return run

    def is_dirty(self) -> bool:
        return any(section.is_dirty() for section in self.sections) or any(
            editor.value() != self._loaded.get(name)
            for name, editor in self.editors.items()
            if not editor.field.read_only
        )

    def _edited(self) -> None:
        self._update_title()

    def _clear_error_of(self, name: str) -> None:
        """A refused value's message goes once the user changes the value: it spoke of the
        value refused, not of this one."""
        row = self.rows.get(name)
        if row is not None:
            row.clear_error()

    def _update_title(self) -> None:
        label = kind_label(self.spec)
        if self.entity_id is None:
            title = self.tr("New %1").replace("%1", label.lower())
        else:
            stored = getattr(self, "_stored", {}).get(self.spec.title_field)
            title = f"{label}: {stored}" if stored else f"{label} #{self.entity_id}"
        self.title_label.setText(title + (" •" if self.is_dirty() else ""))

    # ---- rights and messages -------------------------------------------------------

    def _apply_rights(self) -> None:
        editable = self.editable()
        for editor in self.editors.values():
            if editor.field.read_only:
                editor.setEnabled(False)  # computed by the console: shown, never edited
            else:
                editor.set_read_only(not editable)
        for section in self.sections:
            section.set_editable(editable)
        self.save_button.setEnabled(editable)
        self.revert_button.setEnabled(editable)
        self.delete_button.setEnabled(editable and self.entity_id is not None)

    def show_message(self, text: str, style: str = ERROR_STYLE) -> None:
        self.message_label.setText(text)
        self.message_label.setStyleSheet(style)
        self.message_label.setVisible(bool(text))

    def message(self) -> str:
        return self.message_label.text()

    def field_error(self, name: str) -> str:
        """The message shown under a field ('' when none)."""
        row = self.rows.get(name)
        return row.error.text() if row and not row.error.isHidden() else ""

    def _clear_errors(self) -> None:
        for row in self.rows.values():
            row.clear_error()
        for section in self.sections:
            section.clear_errors()

    def _field_named(self, where: str) -> str | None:
        """The field a ValidationError names: its label, its name, or a path under it
        (`audience_filter.and[1].value`)."""
        for name, editor in self.editors.items():
            label = editor.field.label
            if where in (label, name) or where.lower() == label.lower():
                return name
            if where.startswith((f"{name}.", f"{name}[")):
                return name
        return None

    def show_error(self, error: Exception) -> None:
        self.show_message(str(error), ERROR_STYLE)
        if isinstance(error, ValidationError):
            for section in self.sections:
                if section.show_error(error.field, error.reason):
                    self.reveal_section(section)
                    return
            name = self._field_named(error.field)
            if name is not None:
                shown = error.reason
                if error.value is not None:
                    shown += f" (got {error.value!r})"
                self.rows[name].show_error(shown)
                self.reveal(name)
                self.editors[name].setFocus()

    # ---- actions -------------------------------------------------------------------

    def save(self) -> bool:
        """Creates or updates the object; True when stored. On error nothing is lost."""
        if not self.editable():
            return False
        values = self.values_to_save()
        then = self.after_save()
        self._clear_errors()
        if self.entity_id is not None and not values and then is None:
            self.show_message(self.tr("No changes to save."), INFO_STYLE)
            return True
        try:
            saved_id = entities.save(
                self.context.sessions,
                self.context.actor,
                self.kind,
                self.entity_id,
                values,
                then,
                wait=busy_retry.INTERACTIVE_WAIT_SECONDS,
                expected_version=self.loaded_version(),
            )
        except ChangedElsewhere as error:
            self.show_changed_elsewhere(error)
            return False
        except DatabaseRefused as error:
            self.show_message(
                self.tr("The database refused the change: %1").replace("%1", error.reason)
            )
            return False
        except ConsoleError as error:
            self.show_error(error)
            return False
        self.entity_id = saved_id
        self.load()
        self.show_message(self.tr("Saved."), OK_STYLE)
        self.follower.tables = self._followed()
        self.context.changes.announce(self.table, saved_id)
        self.saved.emit(saved_id)
        return True

    def loaded_version(self) -> int | None:
        """The version of the object as the form loaded it (None for a new object): a save
        made elsewhere since then refuses this form's save."""
        if self.entity_id is None:
            return None
        return getattr(self, "_stored", {}).get("version")

    def show_changed_elsewhere(self, error: ChangedElsewhere) -> None:
        """Someone saved the object since it was loaded: say who and when, keep the user's
        values, and offer Reload."""
        who = error.by or self.tr("another operator")
        text = (
            self.tr("%1 %2 was changed by %3 at %4; reload it to see the changes")
            if error.at
            else self.tr("%1 %2 was changed by %3; reload it to see the changes")
        )
        self.show_message(
            text.replace("%1", kind_label(self.spec))
            .replace("%2", str(error.key))
            .replace("%3", who)
            .replace("%4", error.at)
        )
        self.reload_button.show()

    def show_deleted_elsewhere(self) -> None:
        """The object was deleted elsewhere: the form says so and saves nothing more; what
        it shows stays, to copy."""
        self._gone = True
        self._apply_rights()
        self.reload_button.hide()
        self.show_message(
            self.tr("%1 %2 was deleted elsewhere; it can no longer be saved")
            .replace("%1", kind_label(self.spec))
            .replace("%2", str(self.entity_id))
        )

    def revert(self) -> None:
        """Forgets the changes: shows the stored values again."""
        self.load()

    def confirm_delete(self) -> bool:
        title = getattr(self, "_stored", {}).get(self.spec.title_field) or f"#{self.entity_id}"
        answer = QMessageBox.question(
            self,
            self.tr("Delete"),
            self.tr("Delete %1 “%2”? This cannot be undone.")
            .replace("%1", kind_label(self.spec).lower())
            .replace("%2", str(title)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def delete(self) -> bool:
        """Deletes the object after a confirmation; True when deleted."""
        if not self.can_edit or self.entity_id is None or self._gone:
            return False
        if not self.confirm_delete():
            return False
        deleted_id = self.entity_id
        try:
            with self.context.sessions.begin() as session:
                entities.delete(session, self.context.actor, self.kind, deleted_id)
        except ConsoleError as error:
            self.show_error(error)
            return False
        self._gone = True
        self._apply_rights()
        self.show_message(self.tr("Deleted."), INFO_STYLE)
        self.context.changes.announce(self.table, deleted_id)
        self.deleted.emit(deleted_id)
        return True
