"""A table model that reads pages on demand: rowCount is one COUNT, rows come by pages.

The view asks for the rows it shows; the model reads the page holding each one (LIMIT /
OFFSET through services.entities.list_query.ListQuery) and keeps the last few pages in an
LRU cache. So scrolling to the end of 100,000 deliveries reads only the last page, and
memory holds a handful of pages whatever the size of the table.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence
from typing import Any, Protocol

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from desktop.services.runtime.reachability import is_unreachable_error
from desktop.views.display_values import format_value, is_number

ModelIndex = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()  # shared default argument, never modified

ID_ROLE = Qt.ItemDataRole.UserRole + 1
RAW_ROLE = Qt.ItemDataRole.UserRole + 2

# Column titles the lists add themselves; spec field labels share the forms' context.
FIXED_TITLES = (
    QT_TRANSLATE_NOOP("Fields", "ID"),
    QT_TRANSLATE_NOOP("Fields", "Status"),
    QT_TRANSLATE_NOOP("Fields", "Channel"),
    QT_TRANSLATE_NOOP("Fields", "Name"),
    QT_TRANSLATE_NOOP("Fields", "Label"),
    QT_TRANSLATE_NOOP("Fields", "Type"),
    QT_TRANSLATE_NOOP("Fields", "Value"),
)


class PagedColumn(Protocol):
    name: str
    title: str


class PagedQuery(Protocol):
    """What the model reads pages through: services.entities.list_query.ListQuery for the
    explorer's lists, services.access.audit_trail.AuditTrailQuery for a History tab.
    Each row of a page is a tuple whose first item is the row's id."""

    columns: Sequence[PagedColumn]
    search: str
    filter_values: dict[str, str]
    sort_column: int
    descending: bool

    def count(self) -> int: ...

    def page(self, offset: int, limit: int) -> Sequence[tuple[Any, ...]]: ...

    def column_index(self, name: str) -> int | None: ...


class LazyTableModel(QAbstractTableModel):
    def __init__(
        self,
        query: PagedQuery,
        page_size: int = 200,
        max_pages: int = 12,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self.query = query
        self.page_size = page_size
        self.max_pages = max_pages
        self._pages: OrderedDict[int, Sequence[tuple[Any, ...]]] = OrderedDict()
        # Which pages were read from the database, in order (tests and the benchmark).
        self.pages_read: list[int] = []
        self._count = self._count_and_first_page()

    # ---- the data ------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = ROOT) -> int:
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: ModelIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self.query.columns)

    def row_values(self, row: int) -> tuple[Any, ...] | None:
        if not 0 <= row < self._count:
            return None
        number, offset = divmod(row, self.page_size)
        page = self._pages.get(number)
        if page is None:
            try:
                page = self.query.page(number * self.page_size, self.page_size)
            except Exception as exc:
                if not is_unreachable_error(exc):
                    raise
                return None  # an empty row until the database answers again (and is read)
            self.pages_read.append(number)
            self._pages[number] = page
            while len(self._pages) > self.max_pages:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        # Rows deleted since the count: the page is short; show an empty row.
        return page[offset] if offset < len(page) else None

    def id_at(self, row: int) -> int | None:
        values = self.row_values(row)
        return None if values is None else int(values[0])

    def value(self, row: int, column_name: str) -> Any:
        column = self.query.column_index(column_name)
        values = self.row_values(row)
        if column is None or values is None:
            return None
        return values[column]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.TextAlignmentRole,
            ID_ROLE,
            RAW_ROLE,
        ):
            return None
        values = self.row_values(index.row())
        if values is None:
            return None
        value = values[index.column()]
        if role == ID_ROLE:
            return int(values[0])
        if role == RAW_ROLE:
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if is_number(value):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        return format_value(value)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self.query.columns):
                return QCoreApplication.translate("Fields", self.query.columns[section].title)
            return None
        return section + 1

    # ---- what the user changes -------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.query.columns):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (column, descending) == (self.query.sort_column, self.query.descending):
            return
        # A reset, not a layout change: rows cannot be mapped to their new places
        # without reading them all. The count does not change.
        self.beginResetModel()
        self.query.sort_column = column
        self.query.descending = descending
        self._pages.clear()
        self.endResetModel()

    def set_search(self, text: str) -> None:
        if text != self.query.search:
            self.query.search = text
            self.reload()

    def set_filter(self, name: str, value: str | None) -> None:
        current = self.query.filter_values.get(name)
        if (value or None) != current:
            if value:
                self.query.filter_values[name] = value
            else:
                self.query.filter_values.pop(name, None)
            self.reload()

    def reload(self) -> None:
        """Counts again and forgets every page (after a save, a delete, F5, a new filter)."""
        self.beginResetModel()
        self._pages.clear()
        self._count = self._count_and_first_page()
        self.endResetModel()

    def refresh_rows(self) -> None:
        """Reads the count again and forgets the pages, without a reset (a change made
        elsewhere): the view keeps its scroll position and selection, and reads again only
        the rows it shows. Rows added or removed are added or removed at the end."""
        self._pages.clear()
        count = self._count_and_first_page()
        if count > self._count:
            self.beginInsertRows(ROOT, self._count, count - 1)
            self._count = count
            self.endInsertRows()
        elif count < self._count:
            self.beginRemoveRows(ROOT, count, self._count - 1)
            self._count = count
            self.endRemoveRows()
        if self._count and self.query.columns:
            last = self.index(self._count - 1, len(self.query.columns) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def cached_row_of(self, object_id: int) -> int | None:
        """The row of `object_id` among the pages read (None when not read)."""
        for number, page in self._pages.items():
            for offset, values in enumerate(page):
                if int(values[0]) == object_id:
                    return number * self.page_size + offset
        return None

    def _count_and_first_page(self) -> int:
        """Reads the first page (the view shows it anyway), then COUNTs only when it is
        full: a search matching a few rows of a million costs one scan, not two."""
        first = self.query.page(0, self.page_size)
        self.pages_read.append(0)
        self._pages[0] = first
        if len(first) < self.page_size:
            return len(first)
        return self.query.count()

    @property
    def total(self) -> int:
        return self._count

    @property
    def cached_pages(self) -> list[int]:
        return list(self._pages)
