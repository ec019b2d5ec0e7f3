"""Alembic environment: uses the engine handed over by upgrade_to_head."""

from __future__ import annotations

from alembic import context

import desktop.models  # noqa: F401  (registers every table on Base.metadata)
from desktop.models.base import Base

engine = context.config.attributes["engine"]

with engine.connect() as connection:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()
    connection.commit()
