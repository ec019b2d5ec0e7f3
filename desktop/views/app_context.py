"""What every view needs: the database, the logged-in operator, the application's work
running off the GUI thread (one registry per application, asked to finish at quit), the
review's events (a step decided), its own servers once they run (the local outbox a
send may use), what other workstations change, and whether the database answers."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from desktop.models.database import Engine, Sessions
from desktop.services.access.rights import Actor
from desktop.views.review_events import ReviewEvents
from desktop.workers.background_work import BackgroundWork
from desktop.workers.change_notices import ChangeNotices
from desktop.workers.database_watch import DatabaseWatch

if TYPE_CHECKING:  # the servers' module brings aiohttp and aiosmtpd: loaded after the window
    from desktop.services.servers.embedded import EmbeddedServices


@dataclass
class AppContext:
    sessions: Sessions
    engine: Engine
    actor: Actor
    db_url: str
    work: BackgroundWork = field(default_factory=BackgroundWork)
    # Decisions on approval steps, for every view of the review to read again.
    reviews: ReviewEvents = field(default_factory=ReviewEvents)
    # Set by views.embedded_services_starter while the application's servers run.
    services: EmbeddedServices | None = None
    # What others changed (PostgreSQL's notices; started by the application, or a test).
    changes: ChangeNotices = field(init=False)
    # Whether the database answers: the main window's banner, the actions it disables.
    database: DatabaseWatch = field(init=False)

    def __post_init__(self) -> None:
        self.changes = ChangeNotices(self.engine)
        self.database = DatabaseWatch(self.engine)
        self.changes.listening_changed.connect(self._listening_changed)
        # A step decided here moves its delivery (Pending confirmation, Being edited).
        self.reviews.decided.connect(self._decided)

    def _decided(self, delivery_id: int) -> None:
        self.changes.announce("delivery", delivery_id)
        self.changes.announce("approval")

    def _listening_changed(self, listening: bool, reason: str) -> None:
        if not listening:
            self.database.report_unreachable(reason)

    def close(self) -> None:
        """Stops listening and watching: the engine may be disposed next."""
        self.changes.stop()
        self.database.close()
