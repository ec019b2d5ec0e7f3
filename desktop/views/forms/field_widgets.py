"""One editor widget per FieldKind, all with the same small interface.

A form never needs to know which widget edits a field: it calls value() and set_value(),
listens to `changed`, and calls set_read_only(). Values go to the entity services as they
are (typed, or as text the service cleans and checks), so every rule lives in one place
and a bad value comes back as a ValidationError naming the field.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QRegularExpression,
    Qt,
    QTime,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFontDatabase, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import ConsoleError
from desktop.services.audience.addresses import split_addresses
from desktop.services.entities import FieldKind, FieldSpec, references, spec_for
from desktop.views.app_context import AppContext
from desktop.views.display_values import value_words
from desktop.views.forms.condition_builder import ConditionBuilder

INTEGER_PATTERN = QRegularExpression(r"-?\d*")
DECIMAL_PATTERN = QRegularExpression(r"-?\d*([.,]\d*)?")
# Search a reference field's choices this long after the last key press.
SEARCH_DELAY_MS = 250


def choice_label(value: str) -> str:
    """The shown, translated form of a machine name: `direct_mail` -> `Direct mail`."""
    return value_words(value)  # the same words as the lists


def monospace_font():
    return QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)


class FieldEditor(QWidget):
    """Base of every editor: value(), set_value(), set_read_only(), signal `changed`."""

    changed = Signal()

    def __init__(self, field: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(0, 0, 0, 0)
        self._read_only = False

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.setEnabled(not read_only)

    def is_read_only(self) -> bool:
        return self._read_only

    def focus_editor(self) -> None:
        self.focusNextChild()


class TextEditor(FieldEditor):
    """TEXT, EMAIL and PASSWORD: one line. A password is never shown, only replaced."""

    def __init__(self, field: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.line = QLineEdit()
        if field.max_length:
            self.line.setMaxLength(field.max_length)
        if field.kind is FieldKind.EMAIL:
            self.line.setPlaceholderText(self.tr("name@example.com"))
        if field.kind is FieldKind.PASSWORD:
            self.line.setEchoMode(QLineEdit.EchoMode.Password)
            self.line.setPlaceholderText(self.tr("Unchanged"))
        self.line.textChanged.connect(self.changed)
        self.row.addWidget(self.line)
        self.setFocusProxy(self.line)

    def value(self) -> str:
        return self.line.text()

    def set_value(self, value: Any) -> None:
        self.line.setText("" if value is None else str(value))

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.line.setReadOnly(read_only)  # still selectable, so it can be copied


class NumberEditor(FieldEditor):
    """INTEGER and DECIMAL: digits only; blank means no value. The service checks ranges."""

    def __init__(self, field: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.line = QLineEdit()
        self.line.setAlignment(Qt.AlignmentFlag.AlignRight)
        pattern = INTEGER_PATTERN if field.kind is FieldKind.INTEGER else DECIMAL_PATTERN
        self.line.setValidator(QRegularExpressionValidator(pattern, self.line))
        self.line.setMaximumWidth(220)
        if field.minimum is not None and field.maximum is not None:
            self.line.setPlaceholderText(f"{field.minimum} – {field.maximum}")
        elif field.minimum is not None:
            self.line.setPlaceholderText(f"≥ {field.minimum}")
        elif field.maximum is not None:
            self.line.setPlaceholderText(f"≤ {field.maximum}")
        self.line.textChanged.connect(self.changed)
        self.row.addWidget(self.line)
        self.row.addStretch(1)
        self.setFocusProxy(self.line)

    def value(self) -> str:
        return self.line.text().strip()

    def set_value(self, value: Any) -> None:
        self.line.setText("" if value is None else str(value))

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.line.setReadOnly(read_only)


class TextBlockEditor(FieldEditor):
    """MULTILINE, HTML (monospace, no wrapping) and JSON (shown indented)."""

    def __init__(self, field: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.text = QPlainTextEdit()
        if field.kind in (FieldKind.HTML, FieldKind.JSON):
            self.text.setFont(monospace_font())
            self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.text.setMinimumHeight(200 if field.kind is FieldKind.HTML else 70)
        if field.kind is FieldKind.MULTILINE:
            self.text.setTabChangesFocus(True)
            self.text.setMaximumHeight(140)
        self.text.textChanged.connect(self.changed)
        self.row.addWidget(self.text)
        self.setFocusProxy(self.text)

    def value(self) -> str:
        return self.text.toPlainText()

    def set_value(self, value: Any) -> None:
        if self.field.kind is FieldKind.JSON and value is not None and not isinstance(value, str):
            value = json.dumps(value, indent=2, ensure_ascii=False, default=str)
        self.text.setPlainText("" if value is None else str(value))

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.text.setReadOnly(read_only)  # still scrollable and selectable


class DateEditor(FieldEditor):
    """DATE and DATETIME: a calendar, and a check box for 'no date' (None).

    Date-times are stored in UTC and shown in local time."""

    def __init__(self, field: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.has_value = QCheckBox()
        self.has_value.setToolTip(self.tr("Set a date"))
        if field.kind is FieldKind.DATETIME:
            self.edit: QDateEdit | QDateTimeEdit = QDateTimeEdit()
            self.edit.setDisplayFormat("yyyy-MM-dd HH:mm")
            self.edit.setDateTime(QDateTime.currentDateTime())
        else:
            self.edit = QDateEdit()
            self.edit.setDisplayFormat("yyyy-MM-dd")
            self.edit.setDate(QDate.currentDate())
        self.edit.setCalendarPopup(True)
        self._last_shown: QDateTime | None = None
        self._update_enabled()
        self.has_value.toggled.connect(self._update_enabled)
        self.has_value.toggled.connect(self.changed)
        self.edit.dateTimeChanged.connect(self.changed)
        self.row.addWidget(self.has_value)
        self.row.addWidget(self.edit)
        self.row.addStretch(1)
        self.setFocusProxy(self.edit)

    def _update_enabled(self) -> None:
        checked = self.has_value.isChecked()
        self.has_value.setEnabled(not self._read_only)
        self.edit.setEnabled(not self._read_only and checked)
        # No date reads "—", not a greyed date that could be taken for the value.
        unset = self.edit.minimumDateTime()
        if checked:
            self.edit.setSpecialValueText("")
            if self.edit.dateTime() == unset:
                self.edit.setDateTime(self._last_shown or QDateTime.currentDateTime())
        else:
            if self.edit.dateTime() != unset:
                self._last_shown = self.edit.dateTime()
            self.edit.setSpecialValueText("—")
            self.edit.setDateTime(unset)

    def value(self) -> date | datetime | None:
        if not self.has_value.isChecked():
            return None
        if self.field.kind is FieldKind.DATETIME:
            shown = self.edit.dateTime()
            local = datetime(
                shown.date().year(),
                shown.date().month(),
                shown.date().day(),
                shown.time().hour(),
                shown.time().minute(),
            )
            return local.astimezone(UTC)  # a naive datetime is read as local time
        return self.edit.date().toPython()

    def set_value(self, value: Any) -> None:
        if isinstance(value, str) and value:
            value = (
                datetime.fromisoformat(value)
                if self.field.kind is FieldKind.DATETIME
                else date.fromisoformat(value)
            )
        self.has_value.setChecked(value is not None)
        if isinstance(value, datetime):
            aware = value if value.tzinfo else value.replace(tzinfo=UTC)  # SQLite: naive UTC
            local = aware.astimezone()
            self.edit.setDateTime(
                QDateTime(
                    QDate(local.year, local.month, local.day),
                    QTime(local.hour, local.minute),
                )
            )
        elif isinstance(value, date):
            self.edit.setDate(QDate(value.year, value.month, value.day))
        self._update_enabled()

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self._update_enabled()


class BooleanEditor(FieldEditor):
    def __init__(self, field: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.box = QCheckBox()
        self.box.toggled.connect(self.changed)
        self.row.addWidget(self.box)
        self.row.addStretch(1)
        self.setFocusProxy(self.box)

    def value(self) -> bool:
        return self.box.isChecked()

    def set_value(self, value: Any) -> None:
        self.box.setChecked(bool(value))


class ChoiceEditor(FieldEditor):
    """CHOICE: one value of the field's enumeration; blank allowed unless required."""

    def __init__(self, field: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.combo = QComboBox()
        if not field.required:
            self.combo.addItem("", None)
        for choice in field.choices or ():
            self.combo.addItem(choice_label(choice.value), choice.value)
        self.combo.currentIndexChanged.connect(self.changed)
        self.row.addWidget(self.combo)
        self.row.addStretch(1)
        self.setFocusProxy(self.combo)

    def value(self) -> str | None:
        return self.combo.currentData()

    def set_value(self, value: Any) -> None:
        key = None if value is None else str(getattr(value, "value", value))
        index = self.combo.findData(key)
        if index < 0 and key is not None:  # a value this version does not know: keep it
            self.combo.addItem(key, key)
            index = self.combo.count() - 1
        self.combo.setCurrentIndex(max(index, 0))


class CheckListEditor(FieldEditor):
    """Base of MULTI_CHOICE and MULTI_REFERENCE: a list of check boxes."""

    def __init__(self, field: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.column = QVBoxLayout()
        self.column.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget()
        self.list.setMaximumHeight(150)
        self.list.itemChanged.connect(self._item_changed)
        self.column.addWidget(self.list)
        self.row.addLayout(self.column)
        self.setFocusProxy(self.list)

    def _item_changed(self, _item: QListWidgetItem) -> None:
        self.changed.emit()

    def _add(self, text: str, data: Any, checked: bool) -> None:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, data)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.list.addItem(item)

    def checked_data(self) -> list[Any]:
        return [
            self.list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.list.count())
            if self.list.item(i).checkState() is Qt.CheckState.Checked
        ]

    def _check(self, wanted: set[Any]) -> None:
        self.list.blockSignals(True)
        for i in range(self.list.count()):
            item = self.list.item(i)
            checked = item.data(Qt.ItemDataRole.UserRole) in wanted
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.list.blockSignals(False)
        self.changed.emit()


class MultiChoiceEditor(CheckListEditor):
    def __init__(self, field: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        for choice in field.choices or ():
            self._add(choice_label(choice.value), choice.value, False)

    def value(self) -> list[str]:
        return self.checked_data()

    def set_value(self, value: Any) -> None:
        wanted = {str(getattr(v, "value", v)) for v in value or ()}
        known = {self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())}
        for extra in sorted(wanted - known):  # values this version does not know: keep them
            self._add(extra, extra, True)
        self._check(wanted)


class ReferenceSearch:
    """The search box of a reference editor: shown only when a kind has too many objects
    for one combo box; reloads the choices a moment after the user stops typing."""

    def __init__(self, owner: QWidget, reload: Callable[[str], None]) -> None:
        self.line = QLineEdit()
        self.line.setPlaceholderText(QCoreApplication.translate("ReferenceEditor", "Search…"))
        self.line.setClearButtonEnabled(True)
        self.line.setMaximumWidth(180)
        self.line.hide()
        self.timer = QTimer(owner)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)
        self.timer.timeout.connect(lambda: reload(self.line.text()))
        self.line.textEdited.connect(lambda _text: self.timer.start())

    def text(self) -> str:
        return self.line.text()

    def show_if(self, needed: bool) -> None:
        self.line.setVisible(needed or bool(self.line.text()))


class FreshComboBox(QComboBox):
    """A combo box that reads its choices again when it opens: objects created in another
    tab (a new list) are offered without closing the form."""

    def __init__(self, before_popup: Callable[[], None]) -> None:
        super().__init__()
        self._before_popup = before_popup

    def showPopup(self) -> None:
        self._before_popup()
        super().showPopup()


class ReferenceEditor(FieldEditor):
    """REFERENCE: a combo box of the target kind's objects by title, searchable when large."""

    def __init__(self, field: FieldSpec, context: AppContext, parent: QWidget | None = None):
        super().__init__(field, parent)
        assert field.reference is not None
        self.context = context
        self.kind = field.reference
        self._current: int | None = None
        self.combo = FreshComboBox(lambda: self.reload(self.search.text()))
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.combo.setMinimumContentsLength(24)
        self.combo.currentIndexChanged.connect(self._picked)
        self.search = ReferenceSearch(self, self.reload)
        self.row.addWidget(self.combo)
        self.row.addWidget(self.search.line)
        self.row.addStretch(1)
        self.setFocusProxy(self.combo)
        self.reload("")

    def reload(self, search: str) -> None:
        with self.context.sessions() as session:
            found, more = references.choices(session, self.kind, search)
            ids = {c.id for c in found}
            current_title = None
            if self._current is not None and self._current not in ids:
                current_title = references.title_of(session, self.kind, self._current)
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItem(self.tr("(none)"), None)
        if current_title is not None:
            self.combo.addItem(current_title, self._current)
        for choice in found:
            self.combo.addItem(choice.title, choice.id)
        if more:
            self.combo.addItem(self.tr("… more: type in the search box"), None)
            last = self.combo.model().item(self.combo.count() - 1)  # type: ignore[attr-defined]
            last.setEnabled(False)
        self.combo.setCurrentIndex(max(self.combo.findData(self._current), 0))
        self.combo.blockSignals(False)
        self.search.show_if(more)

    def _picked(self, _index: int) -> None:
        self._current = self.combo.currentData()
        self.changed.emit()

    def value(self) -> int | None:
        return self._current

    def set_value(self, value: Any) -> None:
        self._current = None if value is None else int(value)
        index = self.combo.findData(self._current)
        if index < 0:
            self.reload(self.search.text())
        else:
            self.combo.setCurrentIndex(index)
        self.changed.emit()


class MultiReferenceEditor(CheckListEditor):
    """MULTI_REFERENCE: check the target kind's objects; searchable when there are many."""

    def __init__(self, field: FieldSpec, context: AppContext, parent: QWidget | None = None):
        super().__init__(field, parent)
        assert field.reference is not None
        self.context = context
        self.kind = field.reference
        self._checked: set[int] = set()
        self.search = ReferenceSearch(self, self.reload)
        self.column.insertWidget(0, self.search.line)
        self.changed.connect(self._remember)
        self.reload("")

    def _remember(self) -> None:
        shown = {self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())}
        # Checks of objects the current search hides are kept.
        self._checked = (self._checked - shown) | set(self.checked_data())

    def reload(self, search: str) -> None:
        with self.context.sessions() as session:
            found, more = references.choices(session, self.kind, search)
            ids = {c.id for c in found}
            hidden = [
                (i, references.title_of(session, self.kind, i)) for i in sorted(self._checked - ids)
            ]
        self.list.blockSignals(True)
        self.list.clear()
        for entity_id, title in hidden:
            if title is not None:
                self._add(title, entity_id, True)
        for choice in found:
            self._add(choice.title, choice.id, choice.id in self._checked)
        self.list.blockSignals(False)
        self.search.show_if(more)

    def value(self) -> list[int]:
        return sorted(self._checked)

    def set_value(self, value: Any) -> None:
        self._checked = {int(getattr(v, "id", v)) for v in value or ()}
        self.reload(self.search.text())
        self.changed.emit()


class ConditionEditor(FieldEditor):
    """CONDITION: the audience filter builder."""

    def __init__(self, field: FieldSpec, context: AppContext, parent: QWidget | None = None):
        super().__init__(field, parent)
        self.builder = ConditionBuilder(context)
        self.builder.changed.connect(self.changed)
        self.row.addWidget(self.builder)
        self.setFocusProxy(self.builder)

    def value(self) -> dict[str, Any] | None:
        return self.builder.condition()

    def set_value(self, value: Any) -> None:
        self.builder.set_condition(value)

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.builder.set_read_only(read_only)


class TextListEditor(FieldEditor):
    """TEXT_LIST: comma-separated texts (the columns of an export format...)."""

    def __init__(self, field: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.line = QLineEdit()
        self.line.setPlaceholderText(self.tr("first, second, third"))
        self.line.textChanged.connect(self.changed)
        self.row.addWidget(self.line)
        self.setFocusProxy(self.line)

    def value(self) -> list[str]:
        return [part.strip() for part in self.line.text().split(",") if part.strip()]

    def set_value(self, value: Any) -> None:
        self.line.setText(", ".join(str(v) for v in value or ()))

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.line.setReadOnly(read_only)


class AddressListEditor(FieldEditor):
    """EMAIL_LIST: addresses one per line, or separated by commas, semicolons or spaces
    (as services.audience.addresses reads them); the service checks each one."""

    def __init__(self, field: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.text.setPlaceholderText(
            self.tr("name@example.com\nother@example.com\n(one per line, or separated by commas)")
        )
        self.text.setMinimumHeight(90)
        self.text.setMaximumHeight(160)
        self.text.textChanged.connect(self.changed)
        self.row.addWidget(self.text)
        self.setFocusProxy(self.text)

    def value(self) -> list[str]:
        return split_addresses(self.text.toPlainText())

    def set_value(self, value: Any) -> None:
        self.text.setPlainText("\n".join(str(v) for v in value or ()))

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.text.setReadOnly(read_only)
        self.text.style().polish(self.text)  # the form's read-only look follows


def _known(kind: str | None) -> bool:
    try:
        spec_for(kind or "")
    except ConsoleError:
        return False
    return True


def editor_for(field: FieldSpec, context: AppContext, parent: QWidget | None = None) -> FieldEditor:
    """The editor widget of one field."""
    kind = field.kind
    editor: FieldEditor
    if kind in (FieldKind.REFERENCE, FieldKind.MULTI_REFERENCE) and not _known(field.reference):
        # The target kind is not registered (yet): its ids can still be typed.
        if kind is FieldKind.MULTI_REFERENCE:
            editor = TextListEditor(field, parent)
        else:
            editor = NumberEditor(FieldSpec(field.name, field.label, FieldKind.INTEGER), parent)
            editor.field = field
    elif kind is FieldKind.REFERENCE:
        editor = ReferenceEditor(field, context, parent)
    elif kind is FieldKind.MULTI_REFERENCE:
        editor = MultiReferenceEditor(field, context, parent)
    elif kind is FieldKind.CONDITION:
        editor = ConditionEditor(field, context, parent)
    elif kind in (FieldKind.TEXT, FieldKind.EMAIL, FieldKind.PASSWORD):
        editor = TextEditor(field, parent)
    elif kind in (FieldKind.INTEGER, FieldKind.DECIMAL):
        editor = NumberEditor(field, parent)
    elif kind in (FieldKind.MULTILINE, FieldKind.HTML, FieldKind.JSON):
        editor = TextBlockEditor(field, parent)
    elif kind in (FieldKind.DATE, FieldKind.DATETIME):
        editor = DateEditor(field, parent)
    elif kind is FieldKind.BOOLEAN:
        editor = BooleanEditor(field, parent)
    elif kind is FieldKind.CHOICE:
        editor = ChoiceEditor(field, parent)
    elif kind is FieldKind.MULTI_CHOICE:
        editor = MultiChoiceEditor(field, parent)
    elif kind is FieldKind.TEXT_LIST:
        editor = TextListEditor(field, parent)
    elif kind is FieldKind.EMAIL_LIST:
        editor = AddressListEditor(field, parent)
    else:
        editor = TextEditor(field, parent)
    # Blocks of text, lists and filters take the height there is; one-line editors do not.
    tall = isinstance(
        editor, TextBlockEditor | CheckListEditor | ConditionEditor | AddressListEditor
    )
    vertical = QSizePolicy.Policy.Expanding if tall else QSizePolicy.Policy.Fixed
    editor.setSizePolicy(QSizePolicy.Policy.Expanding, vertical)
    return editor
