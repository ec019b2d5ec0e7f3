"""A campaign's Budget tab: its cost by category (calculated, committed, real), the budget
it draws on (allocated, and what all its campaigns cost against it), an over-budget
warning, and a chart of the budget against the costs: the allocated amount beside the
calculated, committed and real amounts stacked by category.

Everything here is computed (services.costs.budgets); only the allocation is typed, in
the budget's own form. Read when the tab shows, and every few seconds while it does.
"""

from __future__ import annotations

from decimal import Decimal

import pyqtgraph as pg
from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import ConsoleError
from desktop.services.costs.budgets import CampaignBudget, campaign_budget
from desktop.services.costs.delivery_costs import CATEGORIES, CostFigures
from desktop.views.app_context import AppContext
from desktop.views.change_follower import tolerating_unreachable
from desktop.views.display_values import value_words
from desktop.views.money_text import money_text

CHECK_MS = 5000
CATEGORY_COLOURS = {
    "postage": "#1565c0",
    "printing": "#6a1b9a",
    "envelope": "#00796b",
    "email": "#ef6c00",
}
ALLOCATED_COLOUR = "#9e9e9e"
WARNING_STYLE = "color: #c62828; font-weight: bold"


class BudgetTab(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("budgetTab")
        self.context = context
        self.campaign_id: int | None = None
        self.shown: CampaignBudget | None = None

        self.summary = QLabel()
        self.summary.setObjectName("budgetSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.warning = QLabel()
        self.warning.setObjectName("budgetWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(WARNING_STYLE)
        self.warning.hide()

        self.columns = (self.tr("Calculated"), self.tr("Committed"), self.tr("Real"))
        self.table = QTableWidget(len(CATEGORIES) + 1, len(self.columns))
        self.table.setObjectName("budgetTable")
        self.table.setHorizontalHeaderLabels(self.columns)
        self.table.setVerticalHeaderLabels(
            [value_words(name) for name in CATEGORIES] + [self.tr("Total")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setMaximumHeight(
            self.table.horizontalHeader().sizeHint().height() + 30 * (len(CATEGORIES) + 1) + 4
        )

        self.chart = pg.PlotWidget()
        self.chart.setObjectName("budgetChart")
        self.chart.setBackground("w")
        self.chart.setTitle(self.tr("Budget against costs"), color="#333")
        self.chart.showGrid(y=True, alpha=0.3)
        self.chart.setMouseEnabled(x=False, y=False)
        self.chart.setMinimumHeight(260)
        self.legend = self.chart.addLegend(offset=(-10, 10), labelTextColor="#333")
        self.bars: list[pg.BarGraphItem] = []

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.warning)
        layout.addWidget(self.table)
        layout.addWidget(self.chart, 1)

        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(lambda: tolerating_unreachable(self.reload))

    def set_campaign(self, campaign_id: int | None) -> None:
        self.campaign_id = campaign_id
        if self.isVisible():
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.reload()
        self.timer.start()

    def hideEvent(self, event: QHideEvent) -> None:
        self.timer.stop()
        super().hideEvent(event)

    @Slot()
    def reload(self) -> None:
        if self.campaign_id is None:
            return
        try:
            with self.context.sessions() as session:
                shown = campaign_budget(session, self.campaign_id)
        except ConsoleError as exc:
            self.summary.setText(str(exc))
            return
        self.shown = shown
        self._show_summary(shown)
        self._show_table(shown)
        self._show_chart(shown)

    def _show_summary(self, shown: CampaignBudget) -> None:
        budget = shown.budget
        if budget is None:
            self.summary.setText(
                self.tr(
                    "No budget is assigned to this campaign: choose one in General. "
                    "Its costs are below."
                )
            )
            self.warning.hide()
            return
        text = (
            self.tr("Budget <b>%1</b>: allocated <b>%2</b>; against it, calculated %3, "
                    "committed %4, real %5 (its %n campaign(s)).", "", len(budget.campaigns))
            .replace("%1", budget.label)
            .replace("%2", money_text(budget.allocated))
            .replace("%3", money_text(budget.calculated))
            .replace("%4", money_text(budget.committed))
            .replace("%5", money_text(budget.real))
        )  # fmt: skip
        self.summary.setText(text)
        if budget.over_budget:
            self.warning.setText(
                self.tr("Over budget by %1.").replace("%1", money_text(budget.over_by))
            )
        self.warning.setVisible(budget.over_budget)

    def _show_table(self, shown: CampaignBudget) -> None:
        cost = shown.campaign.cost
        for column, figures in enumerate((cost.calculated, cost.committed, cost.real)):
            for row, name in enumerate(CATEGORIES):
                self._cell(row, column, figures.get(name))
            self._cell(len(CATEGORIES), column, figures.total, bold=True)

    def _cell(self, row: int, column: int, amount: Decimal, bold: bool = False) -> None:
        item = QTableWidgetItem(money_text(amount))
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if bold:
            font = item.font()
            font.setBold(True)
            item.setFont(font)
        self.table.setItem(row, column, item)

    def _show_chart(self, shown: CampaignBudget) -> None:
        """Allocated (one grey bar), then calculated, committed and real stacked by category:
        the budget's figures when the campaign has one, else the campaign's."""
        for bar in self.bars:
            self.chart.removeItem(bar)
        self.bars = []
        self.legend.clear()
        budget = shown.budget
        cost = budget.cost if budget is not None else shown.campaign.cost
        names = [self.tr("Allocated"), *self.columns]
        if budget is not None:
            self._bar([0], [float(budget.allocated)], [0.0], ALLOCATED_COLOUR, names[0])
        stacks: list[CostFigures] = [cost.calculated, cost.committed, cost.real]
        bottoms = [0.0, 0.0, 0.0]
        for name in CATEGORIES:
            heights = [float(figures.get(name)) for figures in stacks]
            if not any(heights):
                continue
            self._bar([1, 2, 3], heights, list(bottoms), CATEGORY_COLOURS[name], value_words(name))
            bottoms = [b + h for b, h in zip(bottoms, heights, strict=True)]
        axis = self.chart.getAxis("bottom")
        axis.setTicks([list(enumerate(names))])
        self.chart.setXRange(-0.6, 3.6, padding=0)
        top = max([*bottoms, float(budget.allocated) if budget is not None else 0.0, 1.0])
        self.chart.setYRange(0, top * 1.1, padding=0)

    def _bar(
        self, x: list[int], heights: list[float], bottoms: list[float], colour: str, name: str
    ) -> None:
        bar = pg.BarGraphItem(
            x=x, height=heights, y0=bottoms, width=0.6, brush=colour, pen=pg.mkPen(colour),
            name=name,
        )  # fmt: skip
        self.chart.addItem(bar)  # named: the legend lists it
        self.bars.append(bar)
