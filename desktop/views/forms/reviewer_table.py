"""A child table of reviewers in a form: approval reviewers (Step, Reviewer) or
confirmation reviewers (Reviewer). Rows are added, edited and removed in memory, and
saved with the form; the keyboard does all of it (Insert, Enter or F2, Delete)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.services.delivery.approval_settings import ReviewerCandidate
from desktop.services.delivery.approvals import STEP_ORDER
from desktop.views.forms.approval_words import reviewer_words, step_words
from desktop.views.forms.reviewer_dialog import ReviewerDialog, ReviewerRow

ModelIndex = QModelIndex | QPersistentModelIndex
ERROR_STYLE = "color: #c0392b;"
HINT_STYLE = "color: palette(mid);"


def _step_rank(row: ReviewerRow) -> int:
    return -1 if row.step is None else STEP_ORDER.index(row.step)


class ReviewerTableModel(QAbstractTableModel):
    """The reviewers of one role, as rows: a thin adapter over a list of ReviewerRow."""

    def __init__(self, with_step: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.with_step = with_step
        self._rows: list[ReviewerRow] = []
        self._labels: dict[tuple[str, bool], str] = {}

    # ---- the rows ----------------------------------------------------------------------

    def rows(self) -> list[ReviewerRow]:
        return list(self._rows)

    def set_rows(self, rows: list[ReviewerRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def set_labels(self, candidates: list[ReviewerCandidate]) -> None:
        self._labels = {(c.name, c.is_group): c.label for c in candidates}
        if self._rows:
            last = self.index(len(self._rows) - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def row_of(self, row: ReviewerRow) -> int:
        return self._rows.index(row) if row in self._rows else -1

    def add(self, row: ReviewerRow) -> int:
        """Appends a reviewer (once: one already named stays where it is); its position."""
        if row in self._rows:
            return self._rows.index(row)
        position = len(self._rows)
        self.beginInsertRows(QModelIndex(), position, position)
        self._rows.append(row)
        self.endInsertRows()
        return position

    def replace(self, position: int, row: ReviewerRow) -> None:
        """Puts `row` in place of the one at `position` (removing that one instead when
        `row` is named already)."""
        if self.row_of(row) not in (-1, position):
            self.remove(position)
            return
        self._rows[position] = row
        self.dataChanged.emit(self.index(position, 0), self.index(position, self.columnCount() - 1))

    def remove(self, position: int) -> None:
        self.beginRemoveRows(QModelIndex(), position, position)
        del self._rows[position]
        self.endRemoveRows()

    # ---- Qt's interface ---------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else (2 if self.with_step else 1)

    def _is_step_column(self, column: int) -> bool:
        return self.with_step and column == 0

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section < 0 or section >= self.columnCount():
            return None
        return self.tr("Step") if self._is_step_column(section) else self.tr("Reviewer")

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def _reviewer_text(self, row: ReviewerRow) -> str:
        label = self._labels.get((row.name, row.is_group), "")
        return reviewer_words(row.name, label, row.is_group)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if self._is_step_column(index.column()):
                return step_words(row.step)
            return self._reviewer_text(row)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column < 0 or column >= self.columnCount():
            return

        def key(row: ReviewerRow) -> tuple[Any, ...]:
            reviewer = self._reviewer_text(row).casefold()
            if self._is_step_column(column):
                return (_step_rank(row), reviewer)
            return (reviewer, _step_rank(row))

        self.layoutAboutToBeChanged.emit()
        before = list(self._rows)
        self._rows.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)
        moved_from = [before.index(row) for row in self._rows]
        for index in self.persistentIndexList():
            new_row = moved_from.index(index.row())
            self.changePersistentIndex(index, self.index(new_row, index.column()))
        self.layoutChanged.emit()


class ReviewerView(QTableView):
    """The table's keys: Insert adds, Enter or F2 edits, Delete removes."""

    add_requested = Signal()
    edit_requested = Signal()
    remove_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Insert:
            self.add_requested.emit()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2):
            self.edit_requested.emit()
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.remove_requested.emit()
        else:
            super().keyPressEvent(event)


class ReviewerTable(QGroupBox):
    """A titled table of reviewers with Add, Edit and Remove, a hint under it (who decides
    when nobody is named) and the message of a refused Save."""

    changed = Signal()

    def __init__(
        self,
        title: str,
        hint: str,
        *,
        with_step: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(title, parent)
        self.with_step = with_step
        self.candidates: list[ReviewerCandidate] = []
        self.dialog: ReviewerDialog | None = None
        self._editable = True
        self.model = ReviewerTableModel(with_step, self)

        column = QVBoxLayout(self)
        self.view = ReviewerView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setTabKeyNavigation(False)  # Tab leaves the table for the buttons
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        if with_step:
            header.resizeSection(0, 160)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.view.setMinimumHeight(110)
        self.view.doubleClicked.connect(lambda _index: self.edit())
        self.view.add_requested.connect(self.add)
        self.view.edit_requested.connect(self.edit)
        self.view.remove_requested.connect(self.remove)
        column.addWidget(self.view, 1)

        self.hint = QLabel(hint)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(HINT_STYLE)
        column.addWidget(self.hint)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        column.addWidget(self.error)

        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add…"))
        self.add_button.setToolTip(self.tr("Name a reviewer (Insert)"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setToolTip(self.tr("Change the selected reviewer (Enter)"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Remove the selected reviewer (Delete)"))
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.remove_button.clicked.connect(self.remove)
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self.model.rowsRemoved.connect(self._update_buttons)
        self._update_buttons()

    # ---- what it holds ------------------------------------------------------------------

    def set_candidates(self, candidates: list[ReviewerCandidate]) -> None:
        self.candidates = candidates
        self.model.set_labels(candidates)

    def rows(self) -> list[ReviewerRow]:
        return self.model.rows()

    def set_rows(self, rows: list[ReviewerRow]) -> None:
        self.model.set_rows(rows)
        header = self.view.horizontalHeader()
        self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())

    def set_editable(self, editable: bool, *, greyed: bool = False) -> None:
        """Editable, or only read (selectable, scrollable); greyed: shown for information
        only (a campaign's reviewers on a delivery that does not override them)."""
        self._editable = editable
        self.view.setEnabled(not greyed)
        self.hint.setEnabled(not greyed)
        self._update_buttons()

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def clear_error(self) -> None:
        self.error.clear()
        self.error.hide()

    def error_text(self) -> str:
        return "" if self.error.isHidden() else self.error.text()

    # ---- actions --------------------------------------------------------------------

    def selected_position(self) -> int | None:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def _update_buttons(self) -> None:
        chosen = self.selected_position() is not None
        self.add_button.setEnabled(self._editable)
        self.edit_button.setEnabled(self._editable and chosen)
        self.remove_button.setEnabled(self._editable and chosen)

    def _select(self, position: int) -> None:
        if 0 <= position < self.model.rowCount():
            self.view.selectRow(position)
            self.view.scrollTo(self.model.index(position, 0))

    def add(self) -> None:
        if self._editable:
            self._open(None)

    def edit(self) -> None:
        position = self.selected_position()
        if self._editable and position is not None:
            self._open(position)

    def _open(self, position: int | None) -> None:
        current = None if position is None else self.model.rows()[position]
        title = self.tr("Add a reviewer") if position is None else self.tr("Edit a reviewer")
        dialog = ReviewerDialog(
            title, self.candidates, with_step=self.with_step, current=current, parent=self
        )
        dialog.accepted.connect(lambda: self._chosen(dialog, position))
        self.dialog = dialog
        dialog.open()  # window-modal, without blocking the event loop

    def _chosen(self, dialog: ReviewerDialog, position: int | None) -> None:
        row = dialog.row()
        if row is None:
            return
        if position is None:
            self.model.add(row)
        else:
            self.model.replace(position, row)
        header = self.view.horizontalHeader()  # the list stays in the order the user chose
        self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self._select(self.model.row_of(row))
        self.view.setFocus()
        self.changed.emit()

    def remove(self) -> None:
        position = self.selected_position()
        if not self._editable or position is None:
            return
        self.model.remove(position)
        self._select(min(position, self.model.rowCount() - 1))
        self.changed.emit()
