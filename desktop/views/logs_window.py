"""A delivery's logs: the journal (info / warning / error with icons) and the exclusion
log (recipient, address, cause, rule), sortable, filterable and exportable to CSV.

The exclusion log can hold a million rows: the model counts them once and reads the page
of 500 rows the view shows (sorted and filtered in the database), keeping a few pages.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Slot,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.models.database import Sessions
from desktop.models.enums import JournalLevel
from desktop.services.delivery import exclusion_log, journal
from desktop.services.runtime.local_time import local_moment
from desktop.views.app_context import AppContext
from desktop.views.exclusion_words import cause_label
from desktop.views.journal_text import journal_text
from desktop.workers.exclusion_export_worker import ExclusionExportWorker

ModelIndex = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
PAGE_SIZE = 500
MAX_PAGES = 8
COLUMNS = ("recipient_id", "recipient", "address", "cause", "rule", "reason")


class ExclusionLogModel(QAbstractTableModel):
    """The exclusion log of one delivery, read a page at a time."""

    def __init__(self, sessions: Sessions, delivery_id: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.sessions = sessions
        self.delivery_id = delivery_id
        self.where = exclusion_log.ExclusionFilter()
        self.sort_key = "recipient_id"
        self.descending = False
        self._pages: OrderedDict[int, list[exclusion_log.ExclusionRow]] = OrderedDict()
        self._count = self._read_count()

    def titles(self) -> tuple[str, ...]:
        return (
            self.tr("ID"),
            self.tr("Recipient"),
            self.tr("Address"),
            self.tr("Cause"),
            self.tr("Rule"),
            self.tr("Reason"),
        )

    def _read_count(self) -> int:
        with self.sessions() as session:
            return exclusion_log.count(session, self.delivery_id, self.where)

    def _page(self, number: int) -> list[exclusion_log.ExclusionRow]:
        page = self._pages.get(number)
        if page is not None:
            self._pages.move_to_end(number)
            return page
        with self.sessions() as session:
            page = exclusion_log.page(
                session,
                self.delivery_id,
                self.where,
                sort=self.sort_key,
                descending=self.descending,
                offset=number * PAGE_SIZE,
                limit=PAGE_SIZE,
            )
        self._pages[number] = page
        if len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)
        return page

    def rowCount(self, parent: ModelIndex = ROOT) -> int:
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: ModelIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def row(self, number: int) -> exclusion_log.ExclusionRow | None:
        page = self._page(number // PAGE_SIZE)
        offset = number % PAGE_SIZE
        return page[offset] if offset < len(page) else None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        row = self.row(index.row())
        if row is None:
            return None
        name = COLUMNS[index.column()]
        if name == "cause":
            return cause_label(row.cause)
        value = getattr(row, name)
        return value if name != "recipient_id" else int(value)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            titles = self.titles()
            return titles[section] if 0 <= section < len(titles) else None
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        self.beginResetModel()
        self.sort_key = COLUMNS[column]
        self.descending = order == Qt.SortOrder.DescendingOrder
        self._pages.clear()
        self.endResetModel()

    def set_filter(self, cause: str | None, search: str) -> None:
        self.beginResetModel()
        self.where = exclusion_log.ExclusionFilter(cause=cause or None, search=search)
        self._pages.clear()
        self._count = self._read_count()
        self.endResetModel()


class LogsWindow(QDialog):
    def __init__(
        self, context: AppContext, delivery_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.delivery_id = delivery_id
        self.setWindowTitle(self.tr("Logs of delivery %1").replace("%1", str(delivery_id)))
        self.setObjectName("logsWindow")
        self.resize(900, 560)

        self.tabs = QTabWidget()
        self.journal_list = QListWidget()
        self.journal_list.setObjectName("journalList")
        self.journal_list.setWordWrap(True)
        self.tabs.addTab(self.journal_list, self.tr("Journal"))
        self.tabs.addTab(self._exclusions_page(), self.tr("Exclusions"))

        refresh = QPushButton(self.tr("Refresh"))
        refresh.clicked.connect(self.reload)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(refresh)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addLayout(buttons)
        self.load_journal()

    # ---- journal --------------------------------------------------------------------

    def load_journal(self) -> None:
        style = self.style()
        icons = {
            JournalLevel.INFO: style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation),
            JournalLevel.WARNING: style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning),
            JournalLevel.ERROR: style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical),
        }
        self.journal_list.clear()
        with self.context.sessions() as session:
            lines = journal.lines(session, self.delivery_id)
        for line in lines:
            when = local_moment(line.created_at, seconds=True)
            text = journal_text(line.key, line.params, line.message)
            item = QListWidgetItem(icons[line.level], f"{when}  {text}")
            item.setData(Qt.ItemDataRole.UserRole, line.level.value)
            self.journal_list.addItem(item)
        self.journal_list.scrollToBottom()

    # ---- exclusions -------------------------------------------------------------------

    def _exclusions_page(self) -> QWidget:
        self.model = ExclusionLogModel(self.context.sessions, self.delivery_id, self)
        self.table = QTableView()
        self.table.setObjectName("exclusionTable")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((70, 160, 220, 160, 120)):
            self.table.setColumnWidth(column, width)

        self.cause_filter = QComboBox()
        self.cause_filter.setObjectName("causeFilter")
        self.cause_filter.addItem(self.tr("All causes"), "")
        for cause in exclusion_log.CAUSES:
            self.cause_filter.addItem(cause_label(cause), cause)
        self.search = QLineEdit()
        self.search.setObjectName("exclusionSearch")
        self.search.setPlaceholderText(self.tr("Search a name, an address or a rule"))
        self.search.setClearButtonEnabled(True)
        self.cause_filter.currentIndexChanged.connect(self.apply_filter)
        self.search.returnPressed.connect(self.apply_filter)
        self.search.textChanged.connect(self._search_cleared)
        self.count_label = QLabel()
        self.export_button = QPushButton(self.tr("Export to CSV\u2026"))
        self.export_button.setObjectName("exportButton")
        self.export_button.setToolTip(
            self.tr(
                "Writes the rows shown to a CSV file. Values a spreadsheet would run as a "
                "formula (starting with =, +, -, @, a tab or a carriage return) are written "
                "with a leading apostrophe, so they open as text."
            )
        )
        self.export_button.clicked.connect(self.choose_export)
        bar = QHBoxLayout()
        bar.addWidget(self.cause_filter)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.count_label)
        bar.addWidget(self.export_button)

        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(bar)
        layout.addWidget(self.table)
        self._show_count()
        return page

    @Slot()
    def apply_filter(self) -> None:
        self.model.set_filter(self.cause_filter.currentData(), self.search.text())
        self._show_count()

    @Slot(str)
    def _search_cleared(self, text: str) -> None:
        if not text:
            self.apply_filter()

    def _show_count(self) -> None:
        self.count_label.setText(self.tr("%Ln row(s)", "", self.model.rowCount()))

    @Slot()
    def reload(self) -> None:
        self.load_journal()
        self.apply_filter()

    @Slot()
    def choose_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the exclusion log"),
            f"exclusions-{self.delivery_id}.csv",
            self.tr("CSV files (*.csv)"),
        )
        if path:
            self.export(path)

    def export(self, path: str) -> None:
        """Writes the rows matching the filter to `path` in a thread; the button says when.
        Closing the window does not stop the export: the application's work keeps it."""
        worker = ExclusionExportWorker(
            self.context.sessions, self.context.actor, self.delivery_id, path, self.model.where
        )
        worker.finished.connect(self._exported)
        worker.failed.connect(self._export_failed)
        self.export_button.setEnabled(False)
        self.export_button.setText(self.tr("Exporting\u2026"))
        self.context.work.start(worker)

    @Slot(int)
    def _exported(self, rows: int) -> None:
        self.export_button.setEnabled(True)
        self.export_button.setText(self.tr("Export to CSV\u2026"))
        self.count_label.setText(self.tr("%Ln row(s) exported", "", rows))

    @Slot(str)
    def _export_failed(self, error: str) -> None:
        self.export_button.setEnabled(True)
        self.export_button.setText(self.tr("Export to CSV\u2026"))
        self.count_label.setText(error)
