"""The explorer's tree view: reads the next page of a folder's children when the user
scrolls to the last one read (QTreeView itself only reads the first page on expand), and
moves its current node to the parent when a reload removes it (an object deleted)."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QAbstractItemModel, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QTreeView, QWidget

from desktop.views.explorer_model import ExplorerModel, ExplorerNode


class ExplorerView(QTreeView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("explorer")
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)  # 10,000 children are laid out without measuring
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setExpandsOnDoubleClick(True)
        self._check = QTimer(self)
        self._check.setSingleShot(True)
        self._check.setInterval(0)
        self._check.timeout.connect(self.fetch_visible_ends)
        self.verticalScrollBar().valueChanged.connect(self._check.start)
        self.expanded.connect(self._check.start)

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        if isinstance(model, ExplorerModel):
            model.leaving.connect(self._nodes_leaving)

    def _nodes_leaving(self, nodes: list[ExplorerNode]) -> None:
        """The current node, or one above it, is about to go: its parent becomes current
        (Qt would make a sibling current, another object than the one deleted)."""
        current = self.currentIndex()
        if not current.isValid():
            return
        model = self.explorer_model()
        leaving = {id(node) for node in nodes}
        node: ExplorerNode | None = model.node(current)
        while node is not None and id(node) not in leaving:
            node = node.parent
        if node is not None and node.parent is not None:
            self.setCurrentIndex(model.index_of(node.parent))

    def explorer_model(self) -> ExplorerModel:
        model = self.model()
        assert isinstance(model, ExplorerModel)
        return model

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._check.start()

    def _expanded_lazy_nodes(self, node: ExplorerNode) -> Iterator[ExplorerNode]:
        model = self.explorer_model()
        for child in node.children:
            if not child.children or not self.isExpanded(model.index_of(child)):
                continue
            if child.can_fetch_more():
                yield child
            yield from self._expanded_lazy_nodes(child)

    def fetch_visible_ends(self) -> None:
        """Reads more children of every expanded folder whose last loaded child is on
        screen."""
        model = self.explorer_model()
        height = self.viewport().height()
        for node in list(self._expanded_lazy_nodes(model.root)):
            last = self.visualRect(model.index_of(node.children[-1]))
            if last.isValid() and 0 <= last.top() <= height:
                model.fetchMore(model.index_of(node))
