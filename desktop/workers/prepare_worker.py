"""The preparation of one delivery, in a QThread, for the dashboard.

The worker owns no widget and no ORM object: it gets a session factory, the actor and a
delivery id, and runs services.preparation.pipeline.prepare() in its thread. Its reports are
throttled to a few a second (a million recipients never flood the event loop) and emitted
as signals in the GUI thread by workers.gui_relay; the application starts it in its
workers.background_work registry, where a dashboard opened again finds it.
"""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import Signal, Slot

from desktop.errors import ConsoleError
from desktop.models.database import Sessions
from desktop.services.access.rights import Actor
from desktop.services.preparation.pipeline import PreparationSettings, prepare
from desktop.services.runtime.cancellation import CancelToken, Progress
from desktop.workers.gui_relay import RelayedWorker, Reports

PROGRESS_INTERVAL = 0.2  # seconds: at most five progress reports a second
THREAD_NICENESS = 5


class PrepareWorker(RelayedWorker):
    """Signals (emitted in the thread that started the worker), in order: started, then
    phase_changed(phase) once per phase with progress(phase, done, total) and counts(KPIs,
    exclusions) in between, then finished(result dict) or failed(error)."""

    started = Signal()
    phase_changed = Signal(str)
    progress = Signal(str, int, int)
    # KPIs a phase has come to know ({"targeted": n}), and the exclusions by cause so far.
    counts = Signal(object, object)
    finished = Signal(object)  # PreparationResult.as_dict()
    failed = Signal(str)

    def __init__(
        self,
        sessions: Sessions,
        actor: Actor,
        delivery_id: int,
        settings: PreparationSettings | None = None,
        reports: Reports | None = None,
    ) -> None:
        super().__init__(reports)
        self.sessions = sessions
        self.actor = actor
        self.delivery_id = delivery_id
        self.settings = settings
        self.token = CancelToken()
        self._phase = ""
        self._last_report = 0.0
        # What the phases told so far, kept in the GUI thread for a dashboard opened later.
        self.known_counts: dict[str, int] = {}
        self.known_exclusions: dict[str, int] = {}
        self.counts.connect(self._remember_counts)

    @Slot(object, object)
    def _remember_counts(self, counts: dict[str, int], exclusions: dict[str, int]) -> None:
        self.known_counts.update(counts)
        if exclusions:
            self.known_exclusions = dict(exclusions)

    def stop(self) -> None:
        """Thread-safe: the preparation stops at its next check, leaving nothing behind."""
        self.token.cancel()

    def end_soon(self) -> None:
        self.stop()

    def _report(self, progress: Progress) -> None:
        if progress.counts is not None:  # a few per preparation: never held back
            self.reports.put("counts", dict(progress.counts), dict(progress.exclusions or {}))
            return
        now = time.monotonic()
        if progress.phase != self._phase:
            self._phase = progress.phase
            self.reports.put("phase_changed", progress.phase)
        elif now - self._last_report < PROGRESS_INTERVAL and progress.done < progress.total:
            return
        self._last_report = now
        self.reports.put("progress", progress.phase, progress.done, progress.total)

    @Slot()
    def run(self) -> None:
        if sys.platform.startswith("linux"):
            # Linux gives each thread its own niceness: this one yields to the window's.
            os.nice(THREAD_NICENESS)
        self.reports.put("started")
        try:
            result = prepare(
                self.sessions,
                self.actor,
                self.delivery_id,
                token=self.token,
                progress=self._report,
                settings=self.settings,
            )
        except ConsoleError as exc:
            self.reports.put("failed", str(exc))
        except Exception as exc:  # a bug must reach the user, not kill the thread silently
            self.reports.put("failed", f"internal error: {exc!r}")
        else:
            self.reports.put("finished", result.as_dict())
