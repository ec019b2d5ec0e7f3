"""The explorer tree: plain Python nodes, and a QAbstractItemModel that only translates.

Static folders come from folders.TREE. Folders with an ObjectLevel (Programs, then each
program) get their children from the database a page at a time through canFetchMore /
fetchMore, so 10,000 campaigns cost nothing until someone scrolls through them.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QApplication, QStyle

from desktop.models.database import Sessions
from desktop.services.entities.list_query import ListDefinition
from desktop.services.entities.listings import ObjectLevel
from desktop.views.folders import TREE, FolderDef
from desktop.views.order_moves import moves_into_order

ModelIndex = QModelIndex | QPersistentModelIndex
# The invisible root, as a shared default argument (never modified).
ROOT = QModelIndex()

# Icon names of folders.py -> a standard icon of the current style.
STANDARD_ICONS = {
    "group": QStyle.StandardPixmap.SP_DirIcon,
    "recipient": QStyle.StandardPixmap.SP_FileDialogContentsView,
    "list": QStyle.StandardPixmap.SP_FileDialogListView,
    "programs": QStyle.StandardPixmap.SP_DirLinkIcon,
    "program": QStyle.StandardPixmap.SP_DirClosedIcon,
    "campaigns": QStyle.StandardPixmap.SP_FileDialogDetailedView,
    "campaign": QStyle.StandardPixmap.SP_FileIcon,
    "delivery": QStyle.StandardPixmap.SP_ArrowForward,
    "budget": QStyle.StandardPixmap.SP_DriveHDIcon,
    "operator": QStyle.StandardPixmap.SP_DirHomeIcon,
    "operator_group": QStyle.StandardPixmap.SP_FileDialogInfoView,
    "rule": QStyle.StandardPixmap.SP_FileDialogDetailedView,
    "typology": QStyle.StandardPixmap.SP_FileDialogListView,
    "provider": QStyle.StandardPixmap.SP_DriveNetIcon,
    "stock": QStyle.StandardPixmap.SP_DriveFDIcon,
    "option": QStyle.StandardPixmap.SP_FileDialogDetailedView,
    "relay": QStyle.StandardPixmap.SP_DriveNetIcon,
    "approval": QStyle.StandardPixmap.SP_DialogApplyButton,
    "quarantine": QStyle.StandardPixmap.SP_MessageBoxWarning,
    "template": QStyle.StandardPixmap.SP_FileDialogNewFolder,
}

KEY_ROLE = Qt.ItemDataRole.UserRole + 1


class ExplorerNode:
    """One folder or object of the tree. `key` is stable across runs ("deliveries",
    "campaign:12"), so the window can come back to the last folder."""

    def __init__(
        self,
        key: str,
        title: str,
        icon: str,
        parent: ExplorerNode | None,
        *,
        listing: ListDefinition | None = None,
        translated: bool = True,
        objects: ObjectLevel | None = None,
        folder: FolderDef | None = None,
        object_id: int | None = None,
        object_kind: str | None = None,
    ) -> None:
        self.key = key
        self.title = title
        self.icon = icon
        self.parent = parent
        self.listing = listing
        self.translated = translated  # folder titles are translated, object labels are not
        self.objects = objects  # children read from the database, if any
        self.folder = folder
        self.object_id = object_id
        self.object_kind = object_kind
        self.children: list[ExplorerNode] = []
        self.total: int | None = None  # children in the database, once counted
        self.badge = 0  # a count shown after the title: "Pending approvals (2)"
        # Its children are being put in line with the database: no fetch meanwhile (a view
        # or a tester hearing of a removed row would otherwise fetch more in the middle).
        self.reloading = False

    @classmethod
    def from_folder(cls, folder: FolderDef, parent: ExplorerNode | None) -> ExplorerNode:
        node = cls(
            folder.key,
            folder.title,
            folder.icon,
            parent,
            listing=folder.listing,
            objects=folder.objects,
            folder=folder,
        )
        node.children = [cls.from_folder(child, node) for child in folder.children]
        return node

    @classmethod
    def for_object(
        cls, level: ObjectLevel, object_id: int, title: str, parent: ExplorerNode
    ) -> ExplorerNode:
        return cls(
            f"{level.kind}:{object_id}",
            title,
            level.icon,
            parent,
            listing=level.listing_for(object_id),
            translated=False,
            objects=level.children,
            object_id=object_id,
            object_kind=level.kind,
        )

    @property
    def row(self) -> int:
        return 0 if self.parent is None else self.parent.children.index(self)

    @property
    def lazy(self) -> bool:
        return self.objects is not None

    def can_fetch_more(self) -> bool:
        if not self.lazy or self.reloading:
            return False
        return self.total is None or len(self.children) < self.total

    @property
    def special_view(self) -> str | None:
        return self.folder.special_view if self.folder else None

    def display_title(self) -> str:
        if self.translated:
            title = QCoreApplication.translate("Folders", self.title)
        else:
            title = self.title or f"#{self.object_id}"
        if self.badge:
            return f"{title} ({QLocale().toString(self.badge)})"
        return title

    def walk(self):
        yield self
        for child in self.children:
            yield from child.walk()


class ExplorerModel(QAbstractItemModel):
    """Adapter over ExplorerNode; it reads the database only through the ObjectLevels."""

    # The nodes a reload is about to remove (list[ExplorerNode]), told before any view
    # hears of it: a view then moves its current node out of them to their parent, where
    # Qt would pick a sibling.
    leaving = Signal(object)

    def __init__(
        self,
        sessions: Sessions,
        tree: tuple[FolderDef, ...] = TREE,
        page_size: int = 500,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._sessions = sessions
        self.page_size = page_size
        self.root = ExplorerNode("", "", "group", None)
        self.root.children = [ExplorerNode.from_folder(folder, self.root) for folder in tree]
        self._icons: dict[str, Any] = {}

    # ---- nodes and indexes ---------------------------------------------------------

    def node(self, index: ModelIndex) -> ExplorerNode:
        if index.isValid():
            node = index.internalPointer()
            assert isinstance(node, ExplorerNode)
            return node
        return self.root

    def index_of(self, node: ExplorerNode) -> QModelIndex:
        if node is self.root or node.parent is None:
            return QModelIndex()
        return self.createIndex(node.row, 0, node)

    def index(self, row: int, column: int, parent: ModelIndex = ROOT) -> QModelIndex:
        node = self.node(parent)
        if column != 0 or not 0 <= row < len(node.children):
            return QModelIndex()
        return self.createIndex(row, 0, node.children[row])

    def parent(self, index: ModelIndex = ROOT) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        node = self.node(index)
        return self.index_of(node.parent) if node.parent else QModelIndex()

    def rowCount(self, parent: ModelIndex = ROOT) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self.node(parent).children)

    def columnCount(self, parent: ModelIndex = ROOT) -> int:
        return 1

    def hasChildren(self, parent: ModelIndex = ROOT) -> bool:
        node = self.node(parent)
        if node.children:
            return True
        # Until counted, a lazy node may have children: show the expander.
        return node.lazy and (node.total is None or node.total > 0)

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node = self.node(index)
        if role == Qt.ItemDataRole.DisplayRole:
            return node.display_title()
        if role == Qt.ItemDataRole.ToolTipRole:
            if node.lazy and node.total is not None:
                return (
                    QCoreApplication.translate("Folders", "%1 (%2 in total)")
                    .replace("%1", node.display_title())
                    .replace("%2", QLocale().toString(node.total))
                )
            return node.display_title()
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icon(node.icon)
        if role == KEY_ROLE:
            return node.key
        return None

    def _icon(self, name: str) -> Any:
        if name not in self._icons:
            pixmap = STANDARD_ICONS.get(name, QStyle.StandardPixmap.SP_DirIcon)
            self._icons[name] = QApplication.style().standardIcon(pixmap)
        return self._icons[name]

    # ---- lazy children ------------------------------------------------------------

    def canFetchMore(self, parent: ModelIndex) -> bool:
        return self.node(parent).can_fetch_more()

    def fetchMore(self, parent: ModelIndex) -> None:
        node = self.node(parent)
        if not node.can_fetch_more():
            return
        level = node.objects
        assert level is not None
        if node.total is None:
            node.total = level.count(self._sessions, node.object_id)
        rows = level.page(self._sessions, node.object_id, len(node.children), self.page_size)
        if not rows:
            node.total = len(node.children)  # rows were deleted since the count
            return
        first = len(node.children)
        self.beginInsertRows(parent, first, first + len(rows) - 1)
        node.children.extend(
            ExplorerNode.for_object(level, object_id, title, node) for object_id, title in rows
        )
        self.endInsertRows()

    def reload(self, node: ExplorerNode) -> None:
        """Reads a lazy node's children again (after a save, F5, a change elsewhere), as
        far as it had read.

        The children still there keep their nodes: a renamed one moves to its new place,
        and those gone or new are removed or inserted, so what a view knows of each node
        (expanded, current) stays with it."""
        if not node.lazy or node.total is None:
            return
        level = node.objects
        assert level is not None
        wanted = max(len(node.children), self.page_size)
        total = level.count(self._sessions, node.object_id)
        rows = level.page(self._sessions, node.object_id, 0, wanted)
        node.reloading = True
        try:
            self._remove_gone(node, {object_id for object_id, _title in rows})
            self._put_in_order(node, [object_id for object_id, _title in rows])
            self._insert_new(node, rows)
        finally:
            node.reloading = False
        node.total = max(total, len(rows))  # rows may have come since the count
        for child, (_object_id, title) in zip(node.children, rows, strict=True):
            if child.title != title:
                child.title = title
                index = self.index_of(child)
                self.dataChanged.emit(
                    index, index, [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole]
                )

    def _remove_gone(self, node: ExplorerNode, kept_ids: set[int]) -> None:
        gone = [row for row, child in enumerate(node.children) if child.object_id not in kept_ids]
        parent = self.index_of(node)
        for first, last in reversed(_runs(gone)):
            self.leaving.emit(node.children[first : last + 1])
            self.beginRemoveRows(parent, first, last)
            del node.children[first : last + 1]
            self.endRemoveRows()

    def _put_in_order(self, node: ExplorerNode, ids: list[int]) -> None:
        """Moves the children left after the removals into the order of `ids`."""
        staying = {child.object_id for child in node.children}
        order = [object_id for object_id in ids if object_id in staying]
        parent = self.index_of(node)
        current = [child.object_id for child in node.children]
        for row, destination in moves_into_order(current, order):
            self.beginMoveRows(parent, row, row, parent, destination)
            moved = node.children.pop(row)
            node.children.insert(destination if destination < row else destination - 1, moved)
            self.endMoveRows()

    def _insert_new(self, node: ExplorerNode, rows: list[tuple[int, str]]) -> None:
        """Inserts the objects of `rows` the node has no child for, a run at a time (the
        children it has are in the order of `rows` already)."""
        level = node.objects
        assert level is not None
        parent = self.index_of(node)
        had = {child.object_id for child in node.children}
        row = 0
        while row < len(rows):
            if row < len(node.children) and node.children[row].object_id == rows[row][0]:
                row += 1
                continue
            end = row
            while end < len(rows) and rows[end][0] not in had:
                end += 1
            assert end > row, "children out of the order of their rows"
            self.beginInsertRows(parent, row, end - 1)
            node.children[row:row] = [
                ExplorerNode.for_object(level, object_id, title, node)
                for object_id, title in rows[row:end]
            ]
            self.endInsertRows()
            row = end

    def set_badge(self, key: str, count: int) -> None:
        """Shows a count after a folder's title (none when 0)."""
        for node in self.root.walk():
            if node.key == key and node.badge != count:
                node.badge = count
                index = self.index_of(node)
                self.dataChanged.emit(
                    index, index, [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole]
                )

    def reload_all(self) -> None:
        for node in self.fetched_levels():
            if self.alive(node):  # a reload above it may have removed it
                self.reload(node)

    def fetched_levels(self, kind: str | None = None) -> list[ExplorerNode]:
        """The nodes whose children are objects (of `kind`, when given) and were read, the
        upper levels first."""
        found: list[ExplorerNode] = []
        waiting = [self.root]
        while waiting:  # depth first, parents before their children
            node = waiting.pop()
            level = node.objects
            if level is not None and node.total is not None and kind in (None, level.kind):
                found.append(node)
            # Leaves (a campaign) hold no level: not visited, thousands of them or not.
            waiting.extend(
                child
                for child in reversed(node.children)
                if child.children or child.total is not None
            )
        return found

    def object_kinds(self) -> dict[str, ObjectLevel]:
        """Every kind of object the tree shows, and its level."""
        kinds: dict[str, ObjectLevel] = {}
        for node in self.root.walk():
            level = node.objects if node.folder is not None else None
            while level is not None:
                kinds[level.kind] = level
                level = level.children
        return kinds

    def alive(self, node: ExplorerNode) -> bool:
        """Whether the node is still in the tree (a reload removes nodes)."""
        while node.parent is not None:
            if node not in node.parent.children:
                return False
            node = node.parent
        return node is self.root

    # ---- finding nodes ----------------------------------------------------------------

    def find(self, key: str) -> QModelIndex:
        """The index of a folder or object node by key, reading lazy children as needed;
        invalid when it no longer exists."""
        for node in self.root.walk():
            if node.key == key:
                return self.index_of(node)
        kind, _, raw_id = key.partition(":")
        if not raw_id.isdigit():
            return QModelIndex()
        return self._find_object(kind, int(raw_id))

    def _find_object(self, kind: str, object_id: int) -> QModelIndex:
        for folder_node in self.root.walk():
            if folder_node.folder is None or folder_node.objects is None:
                continue
            levels: list[ObjectLevel] = []
            level: ObjectLevel | None = folder_node.objects
            while level is not None:
                levels.append(level)
                level = level.children
            for depth, candidate in enumerate(levels):
                if candidate.kind == kind:
                    node = self._object_node(folder_node, levels, depth, object_id)
                    if node is not None:
                        return self.index_of(node)
        return QModelIndex()

    def _object_node(
        self, folder_node: ExplorerNode, levels: list[ObjectLevel], depth: int, object_id: int
    ) -> ExplorerNode | None:
        """The node of an object `depth` levels below a folder, loading its ancestors'
        children only up to its position (a COUNT tells where it sits)."""
        try:
            parent_id, position = levels[depth].locate(self._sessions, object_id)
        except LookupError:
            return None
        holder: ExplorerNode | None = folder_node
        if depth > 0:
            if parent_id is None:
                return None
            holder = self._object_node(folder_node, levels, depth - 1, parent_id)
        if holder is None:
            return None
        holder_index = self.index_of(holder)
        while len(holder.children) <= position and holder.can_fetch_more():
            self.fetchMore(holder_index)
        # Usually at `position`; scan in case rows changed between the count and the fetch.
        for child in holder.children[position : position + 1] + holder.children:
            if child.object_id == object_id:
                return child
        return None


def _runs(rows: list[int]) -> list[tuple[int, int]]:
    """(first, last) of each run of consecutive numbers in `rows` (ascending)."""
    runs: list[tuple[int, int]] = []
    for row in rows:
        if runs and runs[-1][1] == row - 1:
            runs[-1] = (runs[-1][0], row)
        else:
            runs.append((row, row))
    return runs
