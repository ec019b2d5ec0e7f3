"""The audience simulation (services.servers.simulation) in a QThread, for the Tools menu."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal

from desktop.errors import ConsoleError
from desktop.services.runtime.cancellation import Cancelled, CancelToken, Progress
from desktop.services.servers.simulation import SimulationPlan, simulate_audience
from desktop.workers.gui_relay import RelayedWorker


class SimulationWorker(RelayedWorker):
    progress = Signal(int, int)  # hits requested, hits planned
    finished = Signal(object)  # SimulationResult
    failed = Signal(str)

    def __init__(self, folder: Path, plan: SimulationPlan, delivery_id: int | None = None):
        super().__init__()
        self.folder = folder
        self.plan = plan
        self.delivery_id = delivery_id
        self.token = CancelToken()
        self._last = -1

    def cancel(self) -> None:
        self.token.cancel()

    def end_soon(self) -> None:
        self.cancel()

    def _progress(self, progress: Progress) -> None:
        # A few signals a second at most: only every 5 % of the plan.
        step = max(1, progress.total // 20)
        if progress.done == progress.total or progress.done - self._last >= step:
            self._last = progress.done
            self.reports.put("progress", progress.done, progress.total)

    def run(self) -> None:
        try:
            result = simulate_audience(
                self.folder,
                delivery_id=self.delivery_id,
                plan=self.plan,
                token=self.token,
                progress=self._progress,
            )
        except Cancelled:
            self.reports.put("failed", self.tr("The simulation was stopped."))
            return
        except ConsoleError as exc:
            self.reports.put("failed", str(exc))
            return
        self.reports.put("finished", result)
