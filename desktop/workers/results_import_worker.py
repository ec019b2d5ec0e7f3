"""The import of a provider's results file, off the GUI thread (a file of a million rows
takes seconds to check): the GUI's side of services.direct_mail.results_import. Reports
once: finished(result dict) or failed(message, with the file's line)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal, Slot

from desktop.errors import ConsoleError
from desktop.models.database import Sessions
from desktop.services.access.rights import Actor
from desktop.services.direct_mail.results_import import import_results
from desktop.workers.gui_relay import RelayedWorker


class ResultsImportWorker(RelayedWorker):
    finished = Signal(object)  # ResultsImport.as_dict()
    failed = Signal(str)

    def __init__(self, sessions: Sessions, actor: Actor, delivery_id: int, path: Path) -> None:
        super().__init__()
        self.sessions = sessions
        self.actor = actor
        self.delivery_id = delivery_id
        self.path = path

    @Slot()
    def run(self) -> None:
        try:
            result = import_results(self.sessions, self.actor, self.delivery_id, self.path)
        except ConsoleError as exc:
            self.reports.put("failed", str(exc))
        except Exception as exc:  # a bug must reach the user, not kill the thread silently
            self.reports.put("failed", f"internal error: {exc!r}")
        else:
            self.reports.put("finished", result.as_dict())
