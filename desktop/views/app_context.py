"""What every view needs: the database and the logged-in operator (plain data, no Qt)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from desktop.services.access.rights import Actor


@dataclass
class AppContext:
    sessions: sessionmaker[Session]
    engine: Engine
    actor: Actor
    db_url: str
