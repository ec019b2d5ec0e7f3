"""A recipient import in a QThread, for the import dialog, and the export of the lines it
rejected. The import commits batch by batch (services.audience.recipient_import); a
cancel stops it between two batches, and it says how far it got."""

from __future__ import annotations

import time
from dataclasses import asdict
from pathlib import Path

from PySide6.QtCore import Signal, Slot

from desktop.errors import ConsoleError
from desktop.models.database import Sessions
from desktop.services.access.rights import Actor
from desktop.services.audience import import_runs
from desktop.services.audience.recipient_import import (
    ImportProgress,
    ImportStopped,
    ResumeChoice,
    import_recipients,
)
from desktop.services.runtime.cancellation import CancelToken
from desktop.workers.gui_relay import RelayedWorker, Reports

PROGRESS_INTERVAL = 0.2  # seconds: at most five progress reports a second


class RecipientImportWorker(RelayedWorker):
    """Signals (in the thread that started it): progress(dict) a few times a second, then
    finished(report dict: with "error" when the database refused a batch after others
    were written), or unfinished(dict of the earlier run: the caller chooses to resume it
    or to start again), or failed(error: nothing was written)."""

    progress = Signal(object)  # ImportProgress as a dict
    finished = Signal(object)  # ImportReport.as_dict()
    unfinished = Signal(object)  # import_runs.RunState.as_dict()
    failed = Signal(str)

    def __init__(
        self,
        sessions: Sessions,
        actor: Actor,
        path: str | Path,
        targets: list[str] | None = None,
        resume: ResumeChoice = ResumeChoice.ASK,
        reports: Reports | None = None,
    ) -> None:
        super().__init__(reports)
        self.sessions = sessions
        self.actor = actor
        self.path = Path(path)
        self.targets = targets
        self.resume = resume
        self.token = CancelToken()
        self._last_report = 0.0

    def cancel(self) -> None:
        """Thread-safe: the import stops after the batch it is writing."""
        self.token.cancel()

    def end_soon(self) -> None:
        self.cancel()

    def _report(self, progress: ImportProgress) -> None:
        now = time.monotonic()
        if now - self._last_report < PROGRESS_INTERVAL and progress.offset < progress.size:
            return
        self._last_report = now
        self.reports.put("progress", asdict(progress))

    @Slot()
    def run(self) -> None:
        try:
            report = import_recipients(
                self.sessions,
                self.actor,
                self.path,
                targets=self.targets,
                resume=self.resume,
                progress=self._report,
                cancel=self.token,
            )
        except import_runs.UnfinishedImport as exc:
            self.reports.put("unfinished", exc.state.as_dict())
        except ImportStopped as exc:  # batches were written: the report says how many
            self.reports.put("finished", {**exc.report.as_dict(), "error": exc.reason})
        except ConsoleError as exc:
            self.reports.put("failed", str(exc))
        except Exception as exc:  # a bug must reach the user, not kill the thread silently
            self.reports.put("failed", f"internal error: {exc!r}")
        else:
            self.reports.put("finished", report.as_dict())


class RejectedLinesExportWorker(RelayedWorker):
    """Writes an import's rejected lines to a CSV file; finished(rows) or failed(error)."""

    finished = Signal(int)
    failed = Signal(str)

    def __init__(self, sessions: Sessions, actor: Actor, import_id: int, path: str) -> None:
        super().__init__()
        self.sessions = sessions
        self.actor = actor
        self.import_id = import_id
        self.path = path

    @Slot()
    def run(self) -> None:
        try:
            with (
                self.sessions() as session,
                open(self.path, "w", newline="", encoding="utf-8") as out,
            ):
                rows = import_runs.export_issues(session, self.actor, self.import_id, out)
        except (ConsoleError, OSError) as exc:
            self.reports.put("failed", str(exc))
            return
        self.reports.put("finished", rows)
