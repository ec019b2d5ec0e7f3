"""What every view needs: the database, the logged-in operator, and the application's work
running off the GUI thread (one registry per application, asked to finish at quit)."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from desktop.services.access.rights import Actor
from desktop.workers.background_work import BackgroundWork


@dataclass
class AppContext:
    sessions: sessionmaker[Session]
    engine: Engine
    actor: Actor
    db_url: str
    work: BackgroundWork = field(default_factory=BackgroundWork)
