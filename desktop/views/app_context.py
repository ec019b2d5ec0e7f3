"""What every view needs: the database, the logged-in operator, and the application's work
running off the GUI thread (one registry per application, asked to finish at quit)."""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop.models.database import Engine, Sessions
from desktop.services.access.rights import Actor
from desktop.workers.background_work import BackgroundWork


@dataclass
class AppContext:
    sessions: Sessions
    engine: Engine
    actor: Actor
    db_url: str
    work: BackgroundWork = field(default_factory=BackgroundWork)
