"""Live charts of a send: cumulative delivered / opens / clicks, and throughput.

Curves are created once and updated in place with setData from samples the sending panel
takes on its timer (pyqtgraph's scrolling-plots pattern): a ring buffer of the last
MAX_SAMPLES samples, clipped to the view, downsampled when long.
"""

from __future__ import annotations

import time

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QHBoxLayout, QWidget

MAX_SAMPLES = 3600  # an hour at one sample a second
SERIES = ("delivered", "opens", "clicks")
COLOURS = {"delivered": "#2e7d32", "opens": "#1565c0", "clicks": "#ef6c00"}
THROUGHPUT_COLOUR = "#6a1b9a"
# Throughput is the change of `processed` over this many seconds (smooths timer jitter).
THROUGHPUT_WINDOW = 3.0


class _Ring:
    """The last `size` samples of time and of each series, in numpy arrays."""

    def __init__(self, names: tuple[str, ...], size: int) -> None:
        self.size = size
        self.count = 0
        self.t = np.zeros(size)
        self.values = {name: np.zeros(size) for name in names}

    def append(self, t: float, values: dict[str, float]) -> None:
        if self.count == self.size:
            self.t[:-1] = self.t[1:]
            for array in self.values.values():
                array[:-1] = array[1:]
            self.count -= 1
        self.t[self.count] = t
        for name, array in self.values.items():
            array[self.count] = values.get(name, 0)
        self.count += 1

    def series(self, name: str) -> tuple[np.ndarray, np.ndarray]:
        return self.t[: self.count], self.values[name][: self.count]


class KpiCharts(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._start = time.monotonic()
        self._ring = _Ring((*SERIES, "processed"), MAX_SAMPLES)
        self._rates = _Ring(("rate",), MAX_SAMPLES)

        self.cumulative = pg.PlotWidget()
        self.cumulative.setBackground("w")
        self.cumulative.setTitle(self.tr("Delivered, opens and clicks"), color="#333")
        self.cumulative.setLabel("bottom", self.tr("seconds"))
        self.cumulative.showGrid(x=True, y=True, alpha=0.3)
        legend = self.cumulative.addLegend(offset=(10, 10))
        labels = {
            "delivered": self.tr("Delivered"),
            "opens": self.tr("Opens"),
            "clicks": self.tr("Clicks"),
        }
        self.curves = {}
        for name in SERIES:
            curve = self.cumulative.plot(pen=pg.mkPen(COLOURS[name], width=2), name=labels[name])
            curve.setClipToView(True)
            curve.setDownsampling(auto=True, method="peak")
            self.curves[name] = curve
        legend.setBrush(pg.mkBrush(255, 255, 255, 200))

        self.throughput = pg.PlotWidget()
        self.throughput.setBackground("w")
        self.throughput.setTitle(self.tr("Sending throughput (messages/s)"), color="#333")
        self.throughput.setLabel("bottom", self.tr("seconds"))
        self.throughput.showGrid(x=True, y=True, alpha=0.3)
        self.rate_curve = self.throughput.plot(
            pen=pg.mkPen(THROUGHPUT_COLOUR, width=2),
            fillLevel=0,
            brush=pg.mkBrush(106, 27, 154, 60),
        )
        self.rate_curve.setClipToView(True)
        for plot in (self.cumulative, self.throughput):
            plot.getPlotItem().getViewBox().setLimits(yMin=0)
            plot.setMouseEnabled(x=False, y=False)
            plot.setMinimumHeight(240)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.cumulative, 3)
        layout.addWidget(self.throughput, 2)

    def add_sample(self, values: dict[str, int], at: float | None = None) -> None:
        """One reading of the counters; `at` is a time.monotonic() value (default now)."""
        t = (at if at is not None else time.monotonic()) - self._start
        self._ring.append(t, {k: float(v) for k, v in values.items()})
        times, processed = self._ring.series("processed")
        # The rate over the last THROUGHPUT_WINDOW seconds of samples.
        earlier = np.searchsorted(times, t - THROUGHPUT_WINDOW)
        earlier = min(earlier, len(times) - 1)
        span = times[-1] - times[earlier]
        rate = (processed[-1] - processed[earlier]) / span if span > 0 else 0.0
        self._rates.append(t, {"rate": max(0.0, rate)})
        self._redraw()

    def _redraw(self) -> None:
        for name, curve in self.curves.items():
            curve.setData(*self._ring.series(name))
        self.rate_curve.setData(*self._rates.series("rate"))

    @property
    def sample_count(self) -> int:
        return self._ring.count

    def last_values(self) -> dict[str, float]:
        if not self._ring.count:
            return {}
        return {name: float(self._ring.values[name][self._ring.count - 1]) for name in SERIES}

    def last_rate(self) -> float:
        return (
            float(self._rates.values["rate"][self._rates.count - 1]) if self._rates.count else 0.0
        )
