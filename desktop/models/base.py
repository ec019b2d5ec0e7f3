"""Declarative base shared by every table, with a constraint naming convention.

The convention gives every index and constraint a stable name, so Alembic migrations
(batch mode on SQLite) can find and alter them on every database.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import DateTime, Integer, MetaData, String, func, text
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    """Timezone-aware 'now'; stored naive-UTC by SQLite, aware by PostgreSQL."""
    return datetime.now(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Timestamped:
    """Creation and last-change times, set by the database and by the ORM."""

    created_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), default=utcnow, server_default=func.current_timestamp()
    )
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True),
        default=utcnow,
        onupdate=utcnow,
        server_default=func.current_timestamp(),
    )


class Versioned:
    """An object operators edit: `version` counts the edits, `updated_by` names the last
    editor. Every ORM UPDATE or DELETE of the row checks the version it loaded (SQLAlchemy's
    version_id_col), so a change made meanwhile by another session fails instead of being
    overwritten. The version is moved by the edits only (services.entities, the options),
    not by every UPDATE: a send's counters or a status move are not edits, and must not
    make an open form's save fail."""

    # Server defaults only: bulk inserts that name their columns (a recipient import)
    # leave them to the database.
    version: Mapped[int] = mapped_column(Integer, server_default=text("1"))
    updated_by: Mapped[str] = mapped_column(String(64), server_default="")

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.__table__.c.version, "version_id_generator": False}


# How a service reads a row it is about to change, so that two changes take turns (where
# the database locks rows): PostgreSQL's FOR NO KEY UPDATE, which waits for another
# change of the row but not for the key-share locks that inserting rows referencing it
# takes (a send's logs and journal lines), unlike FOR UPDATE.
LOCK_FOR_CHANGE: dict[str, Any] = {"key_share": True}
