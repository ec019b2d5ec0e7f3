"""The list of the selected folder: search box, status filters, total count, lazy table."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QLocale, QModelIndex, QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.models.database import Sessions
from desktop.services.entities.list_query import ListDefinition, ListFilter, ListQuery
from desktop.views.app_context import AppContext
from desktop.views.change_follower import ChangeFollower, tolerating_unreachable
from desktop.views.display_values import value_words
from desktop.views.lazy_table_model import LazyTableModel

SEARCH_DELAY_MS = 250  # typing pauses this long before the list is read again
FIT_SAMPLE_ROWS = 50  # rows looked at to size the columns of a list seen for the first time
MAX_FITTED_WIDTH = 320
FOLLOW_MS = 1000  # where no change notices come (SQLite), the list reads again this often


class ListPanel(QWidget):
    """Shows one ListDefinition. Emits the id of the current row, and of a row the user
    opens (double-click or Enter)."""

    current_changed = Signal(object)  # int id, or None
    open_requested = Signal(int)

    def __init__(self, sessions: Sessions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sessions = sessions
        self.definition: ListDefinition | None = None
        self.model: LazyTableModel | None = None
        self._quiet = False  # a refresh keeps the shown object: no current_changed
        self.follower: ChangeFollower | None = None

        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setObjectName("listSearch")
        self.filter_boxes: dict[str, QComboBox] = {}
        self._filters_layout = QHBoxLayout()
        self._filters_layout.setContentsMargins(0, 0, 0, 0)
        self.count_label = QLabel()
        self.count_label.setObjectName("listCount")
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        self.table = QTableView()
        self.table.setObjectName("listTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setSortingEnabled(True)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move in it
        vertical = self.table.verticalHeader()
        vertical.hide()
        # Fixed row heights: the view never measures rows it does not show.
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setResizeContentsPrecision(0)  # double-click on a divider: rows on screen only
        header.setStretchLastSection(True)
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        self.table.activated.connect(self._open)

        self.count_label.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Preferred)
        self.count_label.setMinimumWidth(self.fontMetrics().horizontalAdvance("Total: 0,000,000"))
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addLayout(self._filters_layout)
        bar.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply_search)
        self.search.textChanged.connect(self._search_timer.start)
        self.search.returnPressed.connect(self._apply_search)

    # ---- which list -------------------------------------------------------------------

    def set_listing(self, definition: ListDefinition) -> None:
        self.save_header_state()
        self.definition = definition
        query = ListQuery(self._sessions, definition)
        old = self.model
        self.model = LazyTableModel(query, parent=self)
        self.table.setModel(self.model)
        if old is not None:
            old.deleteLater()
        self.table.selectionModel().currentRowChanged.connect(self._current_row_changed)
        self.model.modelReset.connect(self._update_count)
        self.model.modelReset.connect(self._model_reset)

        self._build_filters(query.filters)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.search.setEnabled(query.searchable)
        self.search.setPlaceholderText(
            self.tr("Search (Ctrl+F)") if query.searchable else self.tr("No search here")
        )
        self._restore_header_state(query)
        self._update_count()
        if self.follower is not None:
            self.follower.tables = {definition.table_name: None}
        self.current_changed.emit(None)

    def follow_changes(self, context: AppContext) -> None:
        """Shows what others change in the listed table: told by change notices, or read
        again every FOLLOW_MS where nothing tells (SQLite)."""
        table = self.definition.table_name if self.definition is not None else ""
        self.follower = ChangeFollower(context, self, self.refresh_in_place, {table: None})
        self._follow_timer = QTimer(self)
        self._follow_timer.timeout.connect(
            lambda: self.isVisible() and tolerating_unreachable(self.refresh_in_place)
        )
        self.follower.pace(self._follow_timer, FOLLOW_MS)
        self._follow_timer.start()

    def refresh_in_place(self) -> None:
        """Reads the count and the rows in view again without a reset: the scroll position
        stays, and the current row follows its object when it moved (new rows above it)."""
        if self.model is None:
            return
        current = self.current_id()
        self._quiet = True
        try:
            self.model.refresh_rows()
            self._update_count()
            if current is not None and self.current_id() != current:
                row = self.model.cached_row_of(current)
                if row is not None:
                    self.table.setCurrentIndex(self.model.index(row, 0))
        finally:
            self._quiet = False

    def _build_filters(self, filters: tuple[ListFilter, ...]) -> None:
        for box in self.filter_boxes.values():
            self._filters_layout.removeWidget(box)
            box.deleteLater()
        self.filter_boxes = {}
        for list_filter in filters:
            box = QComboBox()
            box.setObjectName(f"filter_{list_filter.name}")
            box.addItem(self._all_label(list_filter.name), "")
            for choice in list_filter.choices:
                box.addItem(value_words(choice), choice)
            box.setToolTip(self._all_label(list_filter.name))
            box.currentIndexChanged.connect(
                lambda _i, name=list_filter.name, b=box: self._apply_filter(name, b)
            )
            self._filters_layout.addWidget(box)
            self.filter_boxes[list_filter.name] = box
        # Tab goes search -> filters -> table, whatever order the widgets were made in.
        chain = [self.search, *self.filter_boxes.values(), self.table]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _all_label(self, name: str) -> str:
        if name == "status":
            return self.tr("All statuses")
        if name == "channel":
            return self.tr("All channels")
        return self.tr("All")

    # ---- settings: column widths, order and sort per list ---------------------------------

    def _settings_key(self) -> str | None:
        if self.definition is None or self.model is None:
            return None
        return f"lists/{self.definition.key}/{self.model.columnCount()}/header"

    def save_header_state(self) -> None:
        key = self._settings_key()
        if key is not None:
            QSettings().setValue(key, self.table.horizontalHeader().saveState())

    def _restore_header_state(self, query: ListQuery) -> None:
        header = self.table.horizontalHeader()
        key = self._settings_key()
        state = QSettings().value(key) if key else None
        restored = bool(state) and header.restoreState(state)
        if restored and header.sortIndicatorSection() < len(query.columns):
            header.setSortIndicator(header.sortIndicatorSection(), header.sortIndicatorOrder())
        else:
            self._fit_columns()
            order = (
                Qt.SortOrder.DescendingOrder if query.descending else Qt.SortOrder.AscendingOrder
            )
            header.setSortIndicator(query.sort_column, order)
        assert self.model is not None
        self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())

    def _fit_columns(self) -> None:
        """Widths from the titles and the first rows. Qt's resizeColumnToContents would
        read every row of a hidden table: a million rows for the recipients."""
        assert self.model is not None
        metrics = self.table.fontMetrics()
        header = self.table.horizontalHeader()
        sample = range(min(FIT_SAMPLE_ROWS, self.model.rowCount()))
        for column in range(self.model.columnCount()):
            texts = [str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")]
            texts += [str(self.model.index(row, column).data() or "") for row in sample]
            width = max(metrics.horizontalAdvance(text) for text in texts) + 24
            header.resizeSection(column, min(width, MAX_FITTED_WIDTH))

    # ---- user actions ----------------------------------------------------------------

    def _apply_search(self) -> None:
        self._search_timer.stop()
        if self.model is not None:
            self.model.set_search(self.search.text())

    def _apply_filter(self, name: str, box: QComboBox) -> None:
        if self.model is not None:
            self.model.set_filter(name, box.currentData() or None)

    def set_filter(self, name: str, value: str | None) -> None:
        box = self.filter_boxes[name]
        box.setCurrentIndex(max(0, box.findData(value or "")))

    def refresh(self) -> None:
        """Reads the list again, keeping the current row when it is still there."""
        if self.model is None:
            return
        current = self.current_id()
        row = self.table.currentIndex().row()
        self._quiet = True
        try:
            self.model.reload()
            still_there = 0 <= row < self.model.rowCount() and self.model.id_at(row) == current
            if current is not None and still_there:
                self.select_row(row)
        finally:
            self._quiet = False

    def select_row(self, row: int) -> None:
        if self.model is None or not 0 <= row < self.model.rowCount():
            return
        index = self.model.index(row, 0)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)

    def keep_current(self, object_id: int) -> bool:
        """Makes `object_id`'s row current again without telling anyone (the selection
        moved, and the user chose to stay on the object); False when its row is not read."""
        if self.model is None:
            return False
        row = self.model.cached_row_of(object_id)
        if row is None:
            return False
        self._quiet = True
        try:
            self.table.setCurrentIndex(self.model.index(row, 0))
        finally:
            self._quiet = False
        return True

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        if self.model is None or not index.isValid():
            return None
        return self.model.id_at(index.row())

    def current_title(self) -> str:
        index = self.table.currentIndex()
        if self.model is None or not index.isValid():
            return ""
        for name in ("label", "name", "email"):
            value = self.model.value(index.row(), name)
            if value:
                return str(value)
        return f"#{self.current_id()}"

    def _model_reset(self) -> None:
        if not self._quiet:
            self.current_changed.emit(None)

    def _current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._quiet:
            return
        if self.model is None or not current.isValid():
            self.current_changed.emit(None)
            return
        self.current_changed.emit(self.model.id_at(current.row()))

    def _open(self, index: QModelIndex) -> None:
        if self.model is not None and index.isValid():
            object_id = self.model.id_at(index.row())
            if object_id is not None:
                self.open_requested.emit(object_id)

    def _update_count(self) -> None:
        total = self.model.total if self.model else 0
        self.count_label.setText(self.tr("Total: %1").replace("%1", QLocale().toString(total)))
