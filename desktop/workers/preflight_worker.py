"""A delivery's pre-flight check run off the GUI thread: the GUI's side of
services.deliverability.preflight. Rendering and checking one message is quick, but the
database may be busy with a send or a preparation: the window never waits on it. Reports
once: finished(PreflightReport) or failed(message)."""

from __future__ import annotations

from PySide6.QtCore import Signal

from desktop.errors import ConsoleError
from desktop.models.database import Sessions
from desktop.services.access.rights import Actor
from desktop.services.deliverability.preflight import run_preflight
from desktop.workers.gui_relay import RelayedWorker


class PreflightWorker(RelayedWorker):
    finished = Signal(object)  # PreflightReport
    failed = Signal(str)  # a user-facing error message

    def __init__(self, sessions: Sessions, actor: Actor, delivery_id: int) -> None:
        super().__init__()
        self.sessions = sessions
        self.actor = actor
        self.delivery_id = delivery_id

    def run(self) -> None:
        try:
            report = run_preflight(self.sessions, self.actor, self.delivery_id)
        except ConsoleError as exc:
            self.reports.put("failed", str(exc))
            return
        except Exception as exc:  # shown to the user; nothing was written
            self.reports.put("failed", f"{type(exc).__name__}: {exc}")
            return
        self.reports.put("finished", report)
