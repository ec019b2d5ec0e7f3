"""The explorer's tree view: reads the next page of a folder's children when the user
scrolls to the last one read (QTreeView itself only reads the first page on expand)."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QTimer
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
