"""The CSV export of a delivery's exclusion log, off the GUI thread: a million rows take a
few seconds. The rows come from services.delivery.exclusion_log; this only opens the file
and a session in the worker's thread."""

from __future__ import annotations

from PySide6.QtCore import Signal

from desktop.errors import ConsoleError
from desktop.models.database import Sessions
from desktop.services.access.rights import Actor
from desktop.services.delivery import exclusion_log
from desktop.workers.gui_relay import RelayedWorker


class ExclusionExportWorker(RelayedWorker):
    """Writes the rows matching `where` to `path`; signals finished(rows written) or
    failed(error)."""

    finished = Signal(int)
    failed = Signal(str)

    def __init__(
        self,
        sessions: Sessions,
        actor: Actor,
        delivery_id: int,
        path: str,
        where: exclusion_log.ExclusionFilter,
    ) -> None:
        super().__init__()
        self.sessions = sessions
        self.actor = actor
        self.delivery_id = delivery_id
        self.path = path
        self.where = where

    def run(self) -> None:
        try:
            with (
                self.sessions() as session,
                open(self.path, "w", newline="", encoding="utf-8") as out,
            ):
                rows = exclusion_log.export_csv(
                    session, self.actor, self.delivery_id, out, self.where
                )
        except (ConsoleError, OSError) as exc:
            self.reports.put("failed", str(exc))
            return
        self.reports.put("finished", rows)
