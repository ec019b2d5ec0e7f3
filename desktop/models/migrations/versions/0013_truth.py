"""cancelled counter: the messages a stop or the validity's end cancelled, on the delivery

A send's progress adds up: processed = delivered + failed + cancelled (+ the messages a
send could not render), so the dashboard's bar shows each part and a stop's journal line
tells the true counts, from the row's counters like every other KPI. Existing deliveries
count their cancelled log rows once.

Revision ID: 0013_truth
Revises: 0012_direct_mail
Create Date: 2026-12-12 10:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013_truth"
down_revision: str | None = "0012_direct_mail"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Plain ADD COLUMN with a constant default, no batch: SQLite copies no table (a copy
    # of `delivery` would drop the original, and with it the rows that reference it).
    op.add_column(
        "delivery",
        sa.Column("cancelled", sa.Integer(), server_default=sa.text("0"), nullable=False),
    )
    op.execute(
        "UPDATE delivery SET cancelled = (SELECT count(*) FROM delivery_log"
        " WHERE delivery_log.delivery_id = delivery.id"
        " AND delivery_log.status = 'cancelled')"
        " WHERE status IN ('stopped', 'finished', 'failed')"
    )


def downgrade() -> None:
    op.drop_column("delivery", "cancelled")
