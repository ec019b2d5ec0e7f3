"""The form of a stock: the generic entity form (label, provider, operators, its lines) in
a "General" tab, and a line's level over time in a "Levels" tab."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QWidget

from desktop.views.app_context import AppContext
from desktop.views.forms.entity_form import EntityForm
from desktop.views.forms.stock_level_chart import StockLevelChart
from desktop.views.object_registry import register_opener


class StockForm(EntityForm):
    def __init__(
        self, context: AppContext, stock_id: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, "stock", stock_id, parent)

    def _layout_fields(self) -> QWidget:
        self.tabs = QTabWidget()
        self.tabs.setObjectName("stockTabs")
        self.tabs.addTab(super()._layout_fields(), self.tr("General"))
        self.levels = StockLevelChart(self.context)
        self.levels_tab = self.tabs.addTab(self.levels, self.tr("Levels"))
        return self.tabs

    def load(self) -> None:
        super().load()
        self.levels.set_stock(self.entity_id)
        self.tabs.setTabEnabled(self.levels_tab, self.entity_id is not None)

    def reveal(self, name: str) -> None:
        self.tabs.setCurrentIndex(0)
        super().reveal(name)


def open_stock(context: AppContext, stock_id: int | None, parent: QWidget | None):
    return StockForm(context, stock_id, parent)


register_opener("stock", open_stock)
