"""What every view needs: the database and the logged-in operator (plain data, no Qt)."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.models.database import Engine, Sessions
from desktop.services.access.rights import Actor


@dataclass
class AppContext:
    sessions: Sessions
    engine: Engine
    actor: Actor
    db_url: str
