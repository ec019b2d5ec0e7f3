"""send sessions: which process holds which delivery-log rows while sending

Revision ID: 0002_send_sessions
Revises: 0001
Create Date: 2026-11-23 13:50:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002_send_sessions"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "send_session",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("delivery_id", sa.Integer(), nullable=False),
        sa.Column("hostname", sa.String(length=255), nullable=False),
        sa.Column("pid", sa.Integer(), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("heartbeat_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["delivery_id"],
            ["delivery.id"],
            name=op.f("fk_send_session_delivery_id_delivery"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_send_session")),
    )
    with op.batch_alter_table("send_session", schema=None) as batch_op:
        batch_op.create_index("ix_send_session_delivery_id", ["delivery_id"], unique=False)
    with op.batch_alter_table("delivery_log", schema=None) as batch_op:
        batch_op.add_column(sa.Column("send_session_id", sa.String(length=32), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("delivery_log", schema=None) as batch_op:
        batch_op.drop_column("send_session_id")
    with op.batch_alter_table("send_session", schema=None) as batch_op:
        batch_op.drop_index("ix_send_session_delivery_id")
    op.drop_table("send_session")
