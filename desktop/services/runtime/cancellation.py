"""Cancel and pause tokens, and progress reports, for long services (Qt-free).

A service checks `token.check()` between batches: it raises Cancelled when the user
stopped the work, and blocks while the work is paused. Workers and the CLI own the token.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass


class Cancelled(Exception):
    """The user stopped the work; the service has left nothing half-written."""


class CancelToken:
    def __init__(self) -> None:
        self._cancelled = threading.Event()
        self._running = threading.Event()
        self._running.set()

    def cancel(self) -> None:
        self._cancelled.set()
        self._running.set()  # a paused service wakes up to see it was cancelled

    def pause(self) -> None:
        self._running.clear()

    def resume(self) -> None:
        self._running.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def wait_cancelled(self, timeout: float) -> bool:
        """Waits up to `timeout` seconds for a cancel; whether it came."""
        return self._cancelled.wait(timeout)

    @property
    def paused(self) -> bool:
        return not self._running.is_set()

    def check(self) -> None:
        """Raises Cancelled if cancelled; waits while paused."""
        self._running.wait()
        if self._cancelled.is_set():
            raise Cancelled()


@dataclass(frozen=True)
class Progress:
    phase: str  # machine name of the phase, e.g. "targeting", "rules", "sending"
    done: int
    total: int
    message: str = ""
    # KPIs a phase has just come to know ({"targeted": 12121}), shown before the work ends.
    counts: Mapping[str, int] | None = None
    # The exclusions by cause known so far ({"duplicate": 12}), when the phase knows them.
    exclusions: Mapping[str, int] | None = None


ProgressCallback = Callable[[Progress], None]


def no_progress(_progress: Progress) -> None:
    """The callback for callers that show no progress."""
