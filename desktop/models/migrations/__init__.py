"""Alembic migrations, run programmatically at start-up (see upgrade_to_head)."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine
from sqlalchemy.exc import DatabaseError

from desktop.errors import ConsoleError

MIGRATIONS_DIR = Path(__file__).resolve().parent


def alembic_config(engine: Engine) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["engine"] = engine
    return config


def upgrade_to_head(engine: Engine) -> None:
    """Bring the schema to the newest revision; creates it on an empty database."""
    try:
        command.upgrade(alembic_config(engine), "head")
    except DatabaseError as exc:  # unreachable, locked, or not a database at all
        raise ConsoleError(f"cannot open database {engine.url!r}: {exc.orig}") from exc
