"""A stock line's level over time, in a stock's form: a step line through each
consumption and each order (orders still to come dashed), the alert level as a red line
and today as a vertical one. The data are services.costs.stocks.level_series."""

from __future__ import annotations

from datetime import date, datetime, time

import pyqtgraph as pg
from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop.errors import ConsoleError
from desktop.services.costs.stocks import LevelPoint, level_series, stock_report
from desktop.views.app_context import AppContext

LEVEL_COLOUR = "#1565c0"
ALERT_COLOUR = "#c62828"


def _x(day: date) -> float:
    return datetime.combine(day, time(12)).timestamp()


class StockLevelChart(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stockLevelChart")
        self.context = context
        self.stock_id: int | None = None
        self.lines: list[dict] = []
        self.points: list[LevelPoint] = []

        self.line_box = QComboBox()
        self.line_box.setObjectName("stockLineChoice")
        self.line_box.currentIndexChanged.connect(self._draw)
        self.note = QLabel()
        self.note.setObjectName("stockLevelNote")
        self.note.setWordWrap(True)
        self.plot = pg.PlotWidget(axisItems={"bottom": pg.DateAxisItem()})
        self.plot.setBackground("w")
        self.plot.showGrid(x=True, y=True, alpha=0.3)
        self.plot.setLabel("left", self.tr("units in stock"))
        self.plot.setMinimumHeight(260)
        self.level = self.plot.plot([], [], pen=pg.mkPen(LEVEL_COLOUR, width=2), name="level")
        self.planned = self.plot.plot(
            [], [], pen=pg.mkPen(LEVEL_COLOUR, width=2, style=Qt.PenStyle.DashLine)
        )
        self.alert = pg.InfiniteLine(angle=0, pen=pg.mkPen(ALERT_COLOUR, width=1))
        self.today = pg.InfiniteLine(angle=90, pen=pg.mkPen("#666", style=Qt.PenStyle.DotLine))
        self.plot.addItem(self.alert)
        self.plot.addItem(self.today)

        choice = QHBoxLayout()
        choice.addWidget(QLabel(self.tr("Stock line")))
        choice.addWidget(self.line_box, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(choice)
        layout.addWidget(self.note)
        layout.addWidget(self.plot, 1)

    def set_stock(self, stock_id: int | None) -> None:
        self.stock_id = stock_id
        if self.isVisible():
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.reload()

    @Slot()
    def reload(self) -> None:
        if self.stock_id is None:
            return
        chosen = self.line_box.currentData()
        try:
            with self.context.sessions() as session:
                self.lines = stock_report(session, self.stock_id)["lines"]
        except ConsoleError as exc:
            self.note.setText(str(exc))
            return
        self.line_box.blockSignals(True)
        self.line_box.clear()
        for line in self.lines:
            self.line_box.addItem(line["item"], line["id"])
        index = self.line_box.findData(chosen)
        self.line_box.setCurrentIndex(max(index, 0))
        self.line_box.blockSignals(False)
        self._draw()

    @Slot()
    def _draw(self) -> None:
        line_id = self.line_box.currentData()
        line = next((line for line in self.lines if line["id"] == line_id), None)
        if line is None:
            self.note.setText(self.tr("This stock has no line yet."))
            self.level.setData([], [])
            self.planned.setData([], [])
            return
        try:
            with self.context.sessions() as session:
                self.points = level_series(session, line_id)
        except ConsoleError as exc:
            self.note.setText(str(exc))
            return
        past = [p for p in self.points if not p.planned]
        # The planned part starts where the known part ends.
        planned = past[-1:] + [p for p in self.points if p.planned]
        self.level.setData(*self._steps(past), stepMode=None)
        self.planned.setData(*self._steps(planned) if len(planned) > 1 else ([], []))
        self.alert.setValue(line["alert_level"])
        self.today.setValue(_x(date.today()))
        self.note.setText(
            self.tr("In stock %1, alert level %2, consumed %3, ordered %4.")
            .replace("%1", str(line["in_stock"]))
            .replace("%2", str(line["alert_level"]))
            .replace("%3", str(line["consumed"]))
            .replace("%4", str(line["ordered"]))
        )

    @staticmethod
    def _steps(points: list[LevelPoint]) -> tuple[list[float], list[float]]:
        """A step line: each level holds until the next point's day."""
        xs: list[float] = []
        ys: list[float] = []
        for number, point in enumerate(points):
            if number:
                xs.append(_x(point.day))
                ys.append(ys[-1])
            xs.append(_x(point.day))
            ys.append(point.level)
        return xs, ys
