"""The extraction of a direct mailing, in a QThread, for its dashboard: the GUI's side of
services.direct_mail.extraction.extract. Stop cancels it between two chunks of rows; the
file is written whole or not at all either way. Reports, in order: progress(done, total)
a few times a second, then finished(result dict) or failed(message); a stop is
failed("") (nothing to say: nothing was written)."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import Signal, Slot

from desktop.errors import ConsoleError
from desktop.models.database import Sessions
from desktop.services.access.rights import Actor
from desktop.services.direct_mail.extraction import extract
from desktop.services.runtime.cancellation import Cancelled, CancelToken, Progress
from desktop.workers.gui_relay import RelayedWorker

PROGRESS_INTERVAL = 0.2  # seconds between progress reports


class ExtractionWorker(RelayedWorker):
    progress = Signal(int, int)
    finished = Signal(object)  # ExtractionResult.as_dict()
    failed = Signal(str)

    def __init__(
        self,
        sessions: Sessions,
        actor: Actor,
        delivery_id: int,
        *,
        force: bool,
        folder: Path | None = None,
    ) -> None:
        super().__init__()
        self.sessions = sessions
        self.actor = actor
        self.delivery_id = delivery_id
        self.force = force
        self.folder = folder
        self.token = CancelToken()
        self._last = 0.0

    def stop(self) -> None:
        """Thread-safe: the extraction stops at its next chunk, leaving no file."""
        self.token.cancel()

    def end_soon(self) -> None:
        self.stop()

    def _report(self, progress: Progress) -> None:
        now = time.monotonic()
        if now - self._last >= PROGRESS_INTERVAL or progress.done >= progress.total:
            self._last = now
            self.reports.put("progress", progress.done, progress.total)

    @Slot()
    def run(self) -> None:
        try:
            result = extract(
                self.sessions,
                self.actor,
                self.delivery_id,
                folder=self.folder,
                force=self.force,
                token=self.token,
                progress=self._report,
            )
        except Cancelled:
            self.reports.put("failed", "")
        except ConsoleError as exc:
            self.reports.put("failed", str(exc))
        except Exception as exc:  # a bug must reach the user, not kill the thread silently
            self.reports.put("failed", f"internal error: {exc!r}")
        else:
            self.reports.put("finished", result.as_dict())
