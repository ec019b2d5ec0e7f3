"""A horizontal bar chart of exclusions by cause, with the causes' translated names.

One BarGraphItem, created once and updated with setOpts; the causes keep the order of
domain.md §3.1 from top to bottom, and only causes with exclusions are shown.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.views.display_values import number_text
from desktop.views.exclusion_words import cause_label

BAR_COLOUR = "#c62828"
ERROR_COLOUR = "#6a1b9a"


class ExclusionsChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plot = pg.PlotWidget(background="w")
        self.plot.setObjectName("exclusionsChart")
        self.plot.setTitle(self.tr("Exclusions by cause"), color="#222", size="10pt")
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.setMenuEnabled(False)
        self.plot.showGrid(x=True, y=False, alpha=0.3)
        axis_pen = pg.mkPen("#555")
        for name in ("left", "bottom"):
            axis = self.plot.getAxis(name)
            axis.setPen(axis_pen)
            axis.setTextPen(axis_pen)
        self.bars = pg.BarGraphItem(x0=[], y=[], height=0.6, width=[], brush=BAR_COLOUR)
        self.plot.addItem(self.bars)
        self.counts: dict[str, int] = {}
        self.empty = QLabel(self.tr("No exclusion to show."))
        self.empty.setObjectName("noExclusions")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: #777")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot)
        layout.addWidget(self.empty)
        self.setMinimumHeight(180)
        self.set_counts({})

    def set_counts(self, counts: dict[str, int]) -> None:
        """{cause machine name: count}; causes in the order given, top to bottom."""
        shown = [(cause, n) for cause, n in counts.items() if n > 0]
        self.counts = dict(shown)
        positions = list(range(len(shown)))[::-1]  # the first cause on top
        widths = [n for _cause, n in shown]
        brushes = [
            pg.mkBrush(ERROR_COLOUR if cause == "render_error" else BAR_COLOUR)
            for cause, _n in shown
        ]
        self.bars.setOpts(x0=[0] * len(shown), y=positions, width=widths, brushes=brushes)
        ticks = [
            (pos, f"{cause_label(cause)} ({number_text(n)})")
            for pos, (cause, n) in zip(positions, shown, strict=True)
        ]
        self.plot.getAxis("left").setTicks([ticks])
        # An empty plot would show meaningless axes: a sentence says it instead.
        self.plot.setVisible(bool(shown))
        self.empty.setVisible(not shown)
        top = max(widths, default=1)
        self.plot.setXRange(0, top * 1.05, padding=0)
        self.plot.setYRange(-0.6, max(len(shown) - 0.4, 0.6), padding=0)
