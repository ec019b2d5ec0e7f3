"""sent-messages index: only rows with a send time

The index on (recipient_id, sent_at) serves the pressure rules, which count messages sent
in a period. Rows not sent (every row a preparation writes, a million for a big delivery)
had entries too, and writing those entries was a third of the preparation's log phase.

Revision ID: 0004_partial_sent_index
Revises: 0003_hard_bounce_count
Create Date: 2026-11-23 16:50:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004_partial_sent_index"
down_revision: str | None = "0003_hard_bounce_count"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

NAME = "ix_delivery_log_recipient_sent"
SENT = sa.text("sent_at IS NOT NULL")


def upgrade() -> None:
    op.drop_index(NAME, table_name="delivery_log")
    op.create_index(
        NAME,
        "delivery_log",
        ["recipient_id", "sent_at"],
        sqlite_where=SENT,
        postgresql_where=SENT,
    )


def downgrade() -> None:
    op.drop_index(NAME, table_name="delivery_log")
    op.create_index(NAME, "delivery_log", ["recipient_id", "sent_at"])
