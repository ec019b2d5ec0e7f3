"""Administration > Platform > Options: the list of options and an editor for one of them.

The table sorts and filters; the panel under it edits the selected option with an editor
fit for its type (a spin box for integers, a calendar for dates, ...). Every change goes
through services.settings.options.set_option / delete_option, which check the value against the
type and the operator's right; a refused value is shown with the option's name and the
value, and stays in the editor. Operators who are not administrators only read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    QRegularExpression,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeySequence, QRegularExpressionValidator, QShortcut, QValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import ChangedElsewhere, ConsoleError
from desktop.models.enums import OptionType, Right
from desktop.services.runtime import busy_retry
from desktop.services.settings import options
from desktop.views.app_context import AppContext
from desktop.views.display_values import value_words, yes_no
from desktop.views.read_only_look import READ_ONLY_STYLE
from desktop.views.unsaved_changes import settle_unsaved

ERROR_STYLE = "color: #c0392b;"
OK_STYLE = "color: #1e8449;"
INFO_STYLE = "color: palette(mid);"
WHOLE_NUMBER = re.compile(r"-?\d+")


@dataclass(frozen=True)
class OptionRow:
    name: str
    label: str
    data_type: OptionType
    value: str
    version: int = 1  # as loaded: a save made elsewhere since then refuses the panel's


def boolean_words(raw: str) -> str:
    """Yes / No for a boolean's stored 1 / 0 (what its check box shows); a value that is
    not a boolean is shown as stored, so the administrator sees what to correct."""
    try:
        return yes_no(bool(options.parse_value(OptionType.BOOLEAN, raw)))
    except ConsoleError:
        return raw


class OptionTableModel(QAbstractTableModel):
    """Options as rows: name, label, type, value (plain data, read once per refresh)."""

    HEADERS = (
        QT_TRANSLATE_NOOP("Fields", "Name"),
        QT_TRANSLATE_NOOP("Fields", "Label"),
        QT_TRANSLATE_NOOP("Fields", "Type"),
        QT_TRANSLATE_NOOP("Fields", "Value"),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[OptionRow] = []

    def set_rows(self, rows: list[OptionRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            return row.name
        if (
            role == Qt.ItemDataRole.CheckStateRole
            and index.column() == 3
            and row.data_type is OptionType.BOOLEAN
        ):  # an on/off option reads as a check box in the list too
            on = boolean_words(row.value) == yes_no(True)
            return Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            column = index.column()
            if column == 0:
                return row.name
            if column == 1:
                # Built-in labels are translated (translatable_data.py); typed ones are kept.
                return QCoreApplication.translate("OptionLabels", row.label)
            if column == 2:
                return value_words(row.data_type.value)
            if row.data_type is OptionType.BOOLEAN:
                return boolean_words(row.value)
            if role == Qt.ItemDataRole.DisplayRole:
                return row.value.splitlines()[0] if row.value else ""  # memo: first line
            return row.value
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("Fields", self.HEADERS[section])
        return None

    def row_named(self, name: str) -> int:
        for i, row in enumerate(self.rows):
            if row.name == name:
                return i
        return -1


class IntegerSpinBox(QAbstractSpinBox):
    """A spin box for whole numbers of any size (QSpinBox stops at 2^31, and clamping a
    stored value would silently change it)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lineEdit().setAlignment(Qt.AlignmentFlag.AlignRight)
        self.setAccelerated(True)

    def validate(self, text: str, pos: int) -> object:
        stripped = text.strip()
        if WHOLE_NUMBER.fullmatch(stripped):
            return QValidator.State.Acceptable, text, pos
        if stripped in ("", "-"):
            return QValidator.State.Intermediate, text, pos
        return QValidator.State.Invalid, text, pos

    def stepEnabled(self) -> QAbstractSpinBox.StepEnabledFlag:
        return (
            QAbstractSpinBox.StepEnabledFlag.StepUpEnabled
            | QAbstractSpinBox.StepEnabledFlag.StepDownEnabled
        )

    def stepBy(self, steps: int) -> None:
        current = self.lineEdit().text().strip()
        number = int(current) if WHOLE_NUMBER.fullmatch(current) else 0
        self.lineEdit().setText(str(number + steps))
        self.editingFinished.emit()

    def text_value(self) -> str:
        return self.lineEdit().text().strip()

    def set_text_value(self, text: str) -> None:
        self.lineEdit().setText(text)


class OptionValueEditor(QWidget):
    """The value of an option, with an editor for its type. A stored value the new type
    cannot show (after a change of type) is kept as it is until the user enters another,
    so Save sends it and the service says what is wrong with it."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_type = OptionType.TEXT
        self._unconverted: str | None = None
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        self.text_line = QLineEdit()
        self.integer_box = IntegerSpinBox()
        self.decimal_line = QLineEdit()
        self.decimal_line.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.decimal_line.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"-?\d*(\.\d*)?"), self.decimal_line)
        )
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setDate(QDate.currentDate())
        self.check = QCheckBox(self.tr("On"))
        self.memo = QPlainTextEdit()
        self.memo.setMinimumHeight(90)
        self._page = {
            OptionType.TEXT: self.text_line,
            OptionType.INTEGER: self.integer_box,
            OptionType.DECIMAL: self.decimal_line,
            OptionType.DATE: self.date_edit,
            OptionType.BOOLEAN: self.check,
            OptionType.MEMO: self.memo,
        }
        # Only the current type's editor is shown (hidden ones take no room).
        for data_type, widget in self._page.items():
            if data_type is not OptionType.MEMO and data_type is not OptionType.TEXT:
                widget.setMaximumWidth(260)
            widget.setVisible(data_type is OptionType.TEXT)
            column.addWidget(widget)
        self.note = QLabel()
        self.note.setStyleSheet(ERROR_STYLE)
        self.note.setWordWrap(True)
        self.note.hide()
        column.addWidget(self.note)

        self.text_line.textEdited.connect(self._user_edit)
        self.integer_box.lineEdit().textEdited.connect(self._user_edit)
        self.integer_box.editingFinished.connect(self._user_step)
        self.decimal_line.textEdited.connect(self._user_edit)
        self.date_edit.dateChanged.connect(self._user_edit)
        self.check.clicked.connect(self._user_edit)
        self.memo.textChanged.connect(self._memo_edit)
        self._loading = False

    def _user_edit(self, *_args: object) -> None:
        if self._loading:
            return
        self._unconverted = None
        self.note.hide()
        self.edited.emit()

    def _user_step(self) -> None:
        if self._unconverted is not None and self.integer_box.text_value() != self._unconverted:
            self._user_edit()

    def _memo_edit(self) -> None:
        if not self._loading:
            self._user_edit()

    def editor(self) -> QWidget:
        return self._page[self.data_type]

    def text(self) -> str:
        """The value as the service reads it."""
        if self._unconverted is not None:
            return self._unconverted
        match self.data_type:
            case OptionType.INTEGER:
                return self.integer_box.text_value()
            case OptionType.DECIMAL:
                return self.decimal_line.text().strip()
            case OptionType.DATE:
                return self.date_edit.date().toString("yyyy-MM-dd")
            case OptionType.BOOLEAN:
                return "1" if self.check.isChecked() else "0"
            case OptionType.MEMO:
                return self.memo.toPlainText()
        return self.text_line.text()

    def set_value(self, data_type: OptionType, raw: str) -> None:
        """Shows `raw` in the editor of `data_type` (kept unconverted if it does not fit)."""
        self._loading = True
        try:
            self.data_type = data_type
            for page_type, widget in self._page.items():
                widget.setVisible(page_type is data_type)
            self._unconverted = None
            try:
                typed = options.parse_value(data_type, raw) if raw.strip() else None
            except ConsoleError:
                typed = None
                self._unconverted = raw
            self._show(data_type, raw, typed)
        finally:
            self._loading = False
        if self._unconverted is not None:
            self.note.setText(
                self.tr("“%1” is not a valid %2 value: enter a new one.")
                .replace("%1", raw)
                .replace("%2", value_words(data_type.value).lower())
            )
        self.note.setVisible(self._unconverted is not None)

    def _show(self, data_type: OptionType, raw: str, typed: Any) -> None:
        match data_type:
            case OptionType.INTEGER:
                self.integer_box.set_text_value("" if typed is None else str(typed))
            case OptionType.DECIMAL:
                self.decimal_line.setText("" if typed is None else str(typed))
            case OptionType.DATE:
                when = typed if isinstance(typed, date) else date.today()
                self.date_edit.setDate(QDate(when.year, when.month, when.day))
            case OptionType.BOOLEAN:
                self.check.setChecked(bool(typed))
            case OptionType.MEMO:
                self.memo.setPlainText(raw)
            case _:
                self.text_line.setText(raw)

    def change_type(self, data_type: OptionType) -> None:
        """The user picked another type: the current value is carried over when it fits."""
        self.set_value(data_type, self.text())

    def set_read_only(self, read_only: bool) -> None:
        self.text_line.setReadOnly(read_only)
        self.integer_box.setReadOnly(read_only)
        self.decimal_line.setReadOnly(read_only)
        self.date_edit.setReadOnly(read_only)
        self.check.setEnabled(not read_only)
        self.memo.setReadOnly(read_only)


class OptionsEditor(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.can_edit = context.actor.can(Right.ADMINISTRATION)
        self.current: str | None = None  # name of the option in the panel; None: a new one
        self._label_shown = ("", "")  # (as shown, as stored) of the label in the panel
        self.current_version = 1  # the version of that option as the panel shows it
        self._panel_shown: tuple[str, str, OptionType, str] = ("", "", OptionType.TEXT, "")
        self._keeping_selection = False  # the table goes back to the option kept open
        self._build()
        self.refresh()
        if self.model.rows:
            self.select(self.proxy.index(0, 0).data(Qt.ItemDataRole.UserRole))
        else:
            self.new_option()

    # ---- building ------------------------------------------------------------------

    def _build(self) -> None:
        self.setStyleSheet(READ_ONLY_STYLE)  # what an operator may not change looks so
        column = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.filter_line = QLineEdit()
        self.filter_line.setPlaceholderText(self.tr("Filter by name, label or value"))
        self.filter_line.setClearButtonEnabled(True)
        self.new_button = QPushButton(self.tr("New option"))
        self.delete_button = QPushButton(self.tr("Delete"))
        bar.addWidget(self.filter_line, 1)
        bar.addWidget(self.new_button)
        bar.addWidget(self.delete_button)
        column.addLayout(bar)

        self.model = OptionTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.setColumnWidth(0, 300)
        self.table.setColumnWidth(1, 340)
        self.table.setColumnWidth(2, 80)

        self.panel = QGroupBox(self.tr("Option"))
        form = QFormLayout(self.panel)
        self.name_line = QLineEdit()
        self.label_line = QLineEdit()
        self.type_combo = QComboBox()
        for data_type in OptionType:
            self.type_combo.addItem(value_words(data_type.value), data_type.value)
        self.value_editor = OptionValueEditor()
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save the option (Ctrl+S)"))
        self.revert_button = QPushButton(self.tr("Revert"))
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.revert_button)
        buttons.addStretch(1)
        form.addRow(self.tr("Name"), self.name_line)
        form.addRow(self.tr("Label"), self.label_line)
        form.addRow(self.tr("Type"), self.type_combo)
        form.addRow(self.tr("Value"), self.value_editor)
        form.addRow(self.message_label)
        form.addRow(buttons)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.panel)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        column.addWidget(splitter, 1)

        self.filter_line.textChanged.connect(self.proxy.setFilterFixedString)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.new_button.clicked.connect(self._new_clicked)
        self.delete_button.clicked.connect(self.delete)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        self.type_combo.activated.connect(self._type_picked)
        shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.save)

        read_only = not self.can_edit
        self.label_line.setReadOnly(read_only)
        self.type_combo.setEnabled(not read_only)
        self.value_editor.set_read_only(read_only)
        for button in (self.new_button, self.delete_button, self.save_button, self.revert_button):
            button.setEnabled(not read_only)
        if read_only:
            self._message(self.tr("Read only: only administrators change options."), INFO_STYLE)

    # ---- list ----------------------------------------------------------------------

    def refresh(self) -> None:
        with self.context.sessions() as session:
            rows = [
                OptionRow(o.name, o.label, o.data_type, o.value, o.version)
                for o in options.list_options(session)
            ]
        self.model.set_rows(rows)

    def select(self, name: str | None) -> None:
        """Shows an option in the panel and selects its row (when the filter shows it)."""
        row = self.model.row_named(name) if name else -1
        if row < 0:
            self.new_option()
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            self.table.setCurrentIndex(index)
            self.table.selectRow(index.row())
        self._show(self.model.rows[row])

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid() or self._keeping_selection:
            return
        name = current.data(Qt.ItemDataRole.UserRole)
        if name != self.current and self.is_dirty():
            # Asked once the click or key that moved the selection is handled, so the
            # table can go back to the option being edited if the user keeps it.
            QTimer.singleShot(0, self, lambda: self._leave_option(name))
            return
        row = self.model.row_named(name)
        if row >= 0:
            self._show(self.model.rows[row])

    def _leave_option(self, name: str) -> None:
        if settle_unsaved(self, [self]):
            self.select(name)
            return
        self._keeping_selection = True
        try:
            row = self.model.row_named(self.current) if self.current else -1
            if row < 0:
                self.table.clearSelection()
                return
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            if index.isValid():
                self.table.setCurrentIndex(index)
        finally:
            self._keeping_selection = False

    def _new_clicked(self) -> None:
        if settle_unsaved(self, [self]):
            self.new_option()

    def _panel(self) -> tuple[str, str, OptionType, str]:
        return (
            self.name_line.text(),
            self.label_line.text(),
            self.data_type(),
            self.value_editor.text(),
        )

    def is_dirty(self) -> bool:
        """The panel differs from the option it shows (for a new one: anything typed)."""
        return self.can_edit and self._panel() != self._panel_shown

    def _show(self, row: OptionRow) -> None:
        self.current = row.name
        self.current_version = row.version
        self.panel.setTitle(self.tr("Option %1").replace("%1", row.name))
        self.name_line.setText(row.name)
        self.name_line.setReadOnly(True)  # a name is how the console finds the option
        # A built-in label reads in the operator's language; saved unchanged, it stays.
        self._label_shown = (QCoreApplication.translate("OptionLabels", row.label), row.label)
        self.label_line.setText(self._label_shown[0])
        self.type_combo.setCurrentIndex(self.type_combo.findData(row.data_type.value))
        self.value_editor.set_value(row.data_type, row.value)
        self.delete_button.setEnabled(self.can_edit)
        if self.can_edit:
            self._message("", INFO_STYLE)
        self._shown_now()

    def new_option(self) -> None:
        """Empties the panel for a new option (name, label, type, value)."""
        self.current = None
        self.table.clearSelection()
        self.panel.setTitle(self.tr("New option"))
        self.name_line.clear()
        self.name_line.setReadOnly(not self.can_edit)
        self.label_line.clear()
        self._label_shown = ("", "")
        self.type_combo.setCurrentIndex(self.type_combo.findData(OptionType.TEXT.value))
        self.value_editor.set_value(OptionType.TEXT, "")
        self.delete_button.setEnabled(False)
        if self.can_edit:
            self._message("", INFO_STYLE)
            self.name_line.setFocus()
        self._shown_now()

    def _shown_now(self) -> None:
        """What the panel shows is what is stored: edits are counted from here. The title
        names the option in the question about unsaved changes."""
        self._panel_shown = self._panel()
        self.setWindowTitle(self.panel.title())

    def _type_picked(self, _index: int) -> None:
        self.value_editor.change_type(self.data_type())

    def data_type(self) -> OptionType:
        return OptionType(self.type_combo.currentData())

    # ---- actions -------------------------------------------------------------------

    def message(self) -> str:
        return self.message_label.text()

    def _message(self, text: str, style: str) -> None:
        self.message_label.setText(text)
        self.message_label.setStyleSheet(style)

    def save(self) -> bool:
        """Creates or changes the option in the panel; True when stored."""
        if not self.can_edit:
            return False
        name = self.name_line.text().strip()
        if self.current is None and self.model.row_named(name) >= 0:
            self._message(
                self.tr("An option named %1 already exists: select it to change it.").replace(
                    "%1", name
                ),
                ERROR_STYLE,
            )
            return False
        value, data_type = self.value_editor.text(), self.data_type()
        label = self.label_line.text().strip() or name
        shown, stored = self._label_shown
        if label == shown.strip():
            label = stored  # the translation shown is not a new label
        try:
            busy_retry.write(
                self.context.sessions,
                lambda session: options.set_option(
                    session,
                    self.context.actor,
                    name,
                    value,
                    data_type=data_type,
                    label=label,
                    expected_version=self.current_version if self.current else None,
                ),
                what=f"save the option {name}",
                wait=busy_retry.INTERACTIVE_WAIT_SECONDS,
            )
        except ChangedElsewhere as error:
            # Revert shows the option as saved elsewhere; until then the panel keeps
            # what the user typed.
            text = (
                self.tr("Option %1 was changed by %2 at %3; press Revert to see the changes")
                if error.at
                else self.tr("Option %1 was changed by %2; press Revert to see the changes")
            )
            who = error.by or self.tr("another operator")
            self._message(
                text.replace("%1", str(error.key)).replace("%2", who).replace("%3", error.at),
                ERROR_STYLE,
            )
            return False
        except ConsoleError as error:
            self._message(str(error), ERROR_STYLE)
            self.value_editor.editor().setFocus()
            return False
        self._panel_shown = self._panel()  # stored: the table's reselection asks nothing
        self.refresh()
        self.select(name)
        self._message(self.tr("Saved."), OK_STYLE)
        return True

    def revert(self) -> None:
        self.refresh()
        self.select(self.current)

    def delete(self) -> bool:
        if not self.can_edit or self.current is None:
            return False
        answer = QMessageBox.question(
            self,
            self.tr("Delete"),
            self.tr("Delete the option %1? This cannot be undone.").replace("%1", self.current),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        name = self.current
        try:
            busy_retry.write(
                self.context.sessions,
                lambda session: options.delete_option(session, self.context.actor, name),
                what=f"delete the option {name}",
                wait=busy_retry.INTERACTIVE_WAIT_SECONDS,
            )
        except ConsoleError as error:
            self._message(str(error), ERROR_STYLE)
            return False
        self.refresh()
        self.new_option()
        self._message(self.tr("Deleted."), INFO_STYLE)
        return True
