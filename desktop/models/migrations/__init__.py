"""Alembic migrations, run programmatically at start-up (see upgrade_to_head)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import DatabaseError

from desktop.errors import ConsoleError

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent

# The newest revision in versions/. A test checks it against Alembic's own head; it lets a
# start on an up-to-date database skip importing Alembic (a third of a second).
SCHEMA_HEAD = "0015_log_cascade"


def alembic_config(engine: Engine) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["engine"] = engine
    return config


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade_to_head(engine: Engine) -> None:
    """Bring the schema to the newest revision; creates it on an empty database."""
    try:
        if current_revision(engine) == SCHEMA_HEAD:
            return
        from alembic import command

        command.upgrade(alembic_config(engine), "head")
    except DatabaseError as exc:  # unreachable, locked, or not a database at all
        raise ConsoleError(f"cannot open database {engine.url!r}: {exc.orig}") from exc
