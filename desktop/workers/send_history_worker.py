"""A send's history read off the GUI thread: the GUI's side of
services.delivery.send_history. For a delivery of a million messages the reading takes
seconds; the dashboard shows its live counters meanwhile. Reports once: finished(SendHistory)
or failed(message)."""

from __future__ import annotations

from PySide6.QtCore import Signal

from desktop.errors import ConsoleError
from desktop.models.database import Sessions
from desktop.services.delivery.send_history import send_history
from desktop.workers.gui_relay import RelayedWorker


class SendHistoryWorker(RelayedWorker):
    finished = Signal(object)  # SendHistory
    failed = Signal(str)  # a user-facing error message

    def __init__(self, sessions: Sessions, delivery_id: int) -> None:
        super().__init__()
        self.sessions = sessions
        self.delivery_id = delivery_id

    def run(self) -> None:
        try:
            with self.sessions() as session:
                history = send_history(session, self.delivery_id)
        except ConsoleError as exc:
            self.reports.put("failed", str(exc))
            return
        except Exception as exc:  # shown to the user; nothing was written
            self.reports.put("failed", f"{type(exc).__name__}: {exc}")
            return
        self.reports.put("finished", history)
