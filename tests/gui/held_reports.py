"""A worker's reports that hold its thread at a chosen report, so a test can act (click
Stop) while the work is surely running, with no timing to tune."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from desktop.workers.gui_relay import Reports

HOLD_SECONDS = 10  # a test that never releases fails instead of hanging


class HeldReports(Reports):
    """put() of the first report that `at(signal name, arguments)` accepts waits in the
    worker's thread until release(); `reached` is set meanwhile."""

    def __init__(self, at: Callable[[str, tuple[Any, ...]], bool]) -> None:
        super().__init__()
        self.at = at
        self.reached = threading.Event()
        self._released = threading.Event()

    def put(self, signal_name: str, *args: Any) -> None:
        if not self.reached.is_set() and self.at(signal_name, args):
            self.reached.set()
            self._released.wait(HOLD_SECONDS)
        super().put(signal_name, *args)

    def release(self) -> None:
        self._released.set()
