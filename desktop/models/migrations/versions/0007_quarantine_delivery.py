"""quarantine rows say which delivery put them there

- quarantine.delivery_id: the delivery whose hard bounces quarantined the address (null:
  added by hand, or quarantined before this revision); a quarantine written by mistake
  (a relay's refusal counted as bounces) is released in bulk by delivery.

Revision ID: 0007_quarantine_delivery
Revises: 0006_tracking_first
Create Date: 2026-12-06 15:10:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007_quarantine_delivery"
down_revision: str | None = "0006_tracking_first"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("quarantine", schema=None) as batch_op:
        batch_op.add_column(sa.Column("delivery_id", sa.Integer(), nullable=True))
        batch_op.create_index("ix_quarantine_delivery_id", ["delivery_id"], unique=False)
        batch_op.create_foreign_key(
            batch_op.f("fk_quarantine_delivery_id_delivery"),
            "delivery",
            ["delivery_id"],
            ["id"],
            ondelete="SET NULL",
        )


def downgrade() -> None:
    with op.batch_alter_table("quarantine", schema=None) as batch_op:
        batch_op.drop_constraint("fk_quarantine_delivery_id_delivery", type_="foreignkey")
        batch_op.drop_index("ix_quarantine_delivery_id")
        batch_op.drop_column("delivery_id")
