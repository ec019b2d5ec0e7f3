"""Charts of a send: cumulative delivered / opens / clicks, and throughput, over clock time.

A dashboard opened during or after a send first shows its history, read from the logs
(services.delivery.send_history); then the readings of the counters the sending panel
takes on its timer extend the curves. Every point is placed at the moment its counters
were read (DeliveryKpis.read_at): a reading older than the last point is not drawn, so a
report that reached the panel late (a worker's, through its queue) cannot bend a
cumulative curve down.

Curves are created once and updated in place with setData (pyqtgraph's scrolling-plots
pattern): a ring buffer of the last MAX_SAMPLES points, clipped to the view, downsampled
when long. The legend is a line above the plot, never over a curve.
"""

from __future__ import annotations

import time

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop.services.delivery.send_history import SendHistory

MAX_SAMPLES = 3600  # an hour at one sample a second
SERIES = ("delivered", "opens", "clicks")
COLOURS = {"delivered": "#2e7d32", "opens": "#1565c0", "clicks": "#ef6c00"}
THROUGHPUT_COLOUR = "#6a1b9a"
# Throughput is the change of the messages that left (delivered or failed: not those a stop
# cancelled) over this many seconds (smooths timer jitter).
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

    def clear(self) -> None:
        self.count = 0

    @property
    def last_time(self) -> float | None:
        return float(self.t[self.count - 1]) if self.count else None

    def series(self, name: str) -> tuple[np.ndarray, np.ndarray]:
        return self.t[: self.count], self.values[name][: self.count]


class ClockAxis(pg.DateAxisItem):
    """Clock time under a plot: hours, minutes and seconds for a send seen close up (where
    pyqtgraph would write seconds and milliseconds), its own dates and hours above that."""

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        if spacing >= 3600:
            return super().tickStrings(values, scale, spacing)
        shape = "%H:%M:%S" if spacing < 60 else "%H:%M"
        return [time.strftime(shape, time.localtime(value)) for value in values]


def _plot(title: str) -> pg.PlotWidget:
    plot = pg.PlotWidget(axisItems={"bottom": ClockAxis(orientation="bottom")})
    plot.setBackground("w")
    plot.setTitle(title, color="#333")
    plot.showGrid(x=True, y=True, alpha=0.3)
    plot.getPlotItem().getViewBox().setLimits(yMin=0)
    plot.setMouseEnabled(x=False, y=False)
    plot.setMinimumHeight(240)
    return plot


class KpiCharts(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ring = _Ring((*SERIES, "left"), MAX_SAMPLES)
        self._rates = _Ring(("rate",), MAX_SAMPLES)
        self.history_points = 0  # of the points shown, how many came from the logs
        self._first_sample: float | None = None  # the time of the first counters' reading
        self._not_before = 0.0

        self.cumulative = _plot(self.tr("Delivered, opens and clicks"))
        self.labels = {
            "delivered": self.tr("Delivered"),
            "opens": self.tr("Opens"),
            "clicks": self.tr("Clicks"),
        }
        self.curves = {}
        for name in SERIES:
            curve = self.cumulative.plot(pen=pg.mkPen(COLOURS[name], width=2))
            curve.setClipToView(True)
            curve.setDownsampling(auto=True, method="peak")
            self.curves[name] = curve
        # The legend, outside the plot: it never hides a curve.
        self.legend = QLabel(
            "&nbsp;&nbsp;&nbsp;".join(
                f'<span style="color:{COLOURS[name]}; font-size:14pt">\u25ac</span> {label}'
                for name, label in self.labels.items()
            )
        )
        self.legend.setObjectName("chartLegend")
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.throughput = _plot(self.tr("Sending throughput (messages/s)"))
        self.rate_curve = self.throughput.plot(
            pen=pg.mkPen(THROUGHPUT_COLOUR, width=2),
            fillLevel=0,
            brush=pg.mkBrush(106, 27, 154, 60),
        )
        self.rate_curve.setClipToView(True)

        cumulative = QVBoxLayout()
        cumulative.setContentsMargins(0, 0, 0, 0)
        cumulative.setSpacing(0)
        cumulative.addWidget(self.cumulative, 1)
        cumulative.addWidget(self.legend)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(cumulative, 3)
        layout.addWidget(self.throughput, 2)

    def set_history(self, history: SendHistory) -> None:
        """Shows the send as its logs tell it; later samples extend it."""
        self._ring.clear()
        self._rates.clear()
        for index, at in enumerate(history.times):
            values = {name: float(history.values[name][index]) for name in SERIES}
            self._ring.append(at, {**values, "left": values["delivered"]})
            self._rates.append(at, {"rate": history.rates[index]})
        self.history_points = len(history.times)
        self._first_sample = None
        # Readings made before the history was read may count less than it: not drawn.
        self._not_before = history.read_at
        self._redraw()

    def add_sample(self, values: dict[str, int], at: float | None = None) -> bool:
        """One reading of the counters; `at`: when it was read (time.time(), default now).
        A reading older than the last point is not drawn; False then."""
        t = at if at is not None else time.time()
        last = self._ring.last_time
        if (last is not None and t <= last) or t < self._not_before:
            return False
        left = values.get("delivered", 0) + values.get("failed", 0)
        self._ring.append(t, {**{k: float(v) for k, v in values.items()}, "left": float(left)})
        if self._first_sample is None:
            self._first_sample = t
        times, left_so_far = self._ring.series("left")
        # The rate over the last THROUGHPUT_WINDOW seconds of readings (the history's points
        # count delivered messages only, the readings failed ones too).
        earlier = np.searchsorted(times, max(t - THROUGHPUT_WINDOW, self._first_sample))
        earlier = min(earlier, len(times) - 1)
        span = times[-1] - times[earlier]
        rate = (left_so_far[-1] - left_so_far[earlier]) / span if span > 0 else 0.0
        self._rates.append(t, {"rate": max(0.0, rate)})
        self._redraw()
        return True

    def _redraw(self) -> None:
        for name, curve in self.curves.items():
            curve.setData(*self._ring.series(name))
        self.rate_curve.setData(*self._rates.series("rate"))

    @property
    def sample_count(self) -> int:
        return self._ring.count

    def series(self, name: str) -> tuple[list[float], list[float]]:
        """The points of a curve as drawn (times, values)."""
        times, values = self._ring.series(name)
        return times.tolist(), values.tolist()

    def last_values(self) -> dict[str, float]:
        if not self._ring.count:
            return {}
        return {name: float(self._ring.values[name][self._ring.count - 1]) for name in SERIES}

    def last_rate(self) -> float:
        return (
            float(self._rates.values["rate"][self._rates.count - 1]) if self._rates.count else 0.0
        )
