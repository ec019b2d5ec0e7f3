"""tracking decided by the database: hit ids, and each recipient's first open and click

- tracking_log.hit_id (unique): the id the tracking server gives a hit when it answers it;
  recording the same hit twice (its spool replayed after a crash) inserts nothing;
- tracking_first: a recipient's first open, first click and unsubscription of a delivery,
  one row each; the distinct counters move only when such a row is really inserted, so two
  tracking servers on one database count a recipient once. Filled from the tracking logs
  already recorded.

Revision ID: 0006_tracking_first
Revises: 0005_review_side
Create Date: 2026-12-06 14:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006_tracking_first"
down_revision: str | None = "0005_review_side"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TRACKING_KIND = sa.Enum(
    "open", "click", "unsubscribe", "mirror", name="trackingkind", native_enum=False, length=32
)
_log = sa.table(
    "tracking_log",
    sa.column("delivery_id", sa.Integer),
    sa.column("recipient_id", sa.Integer),
    sa.column("kind", sa.String),
    sa.column("created_at", sa.DateTime(timezone=True)),
)
_first = sa.table(
    "tracking_first",
    sa.column("delivery_id", sa.Integer),
    sa.column("kind", sa.String),
    sa.column("recipient_id", sa.Integer),
    sa.column("created_at", sa.DateTime(timezone=True)),
)
# Which tracking-log kinds make each first: a click proves an open too.
FIRSTS = {"open": ("open", "click"), "click": ("click",), "unsubscribe": ("unsubscribe",)}


def upgrade() -> None:
    op.create_table(
        "tracking_first",
        sa.Column("delivery_id", sa.Integer(), nullable=False),
        sa.Column("kind", TRACKING_KIND, nullable=False),
        sa.Column("recipient_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["delivery_id"],
            ["delivery.id"],
            name=op.f("fk_tracking_first_delivery_id_delivery"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["recipient_id"],
            ["recipient.id"],
            name=op.f("fk_tracking_first_recipient_id_recipient"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "delivery_id", "kind", "recipient_id", name=op.f("pk_tracking_first")
        ),
    )
    with op.batch_alter_table("tracking_log", schema=None) as batch_op:
        batch_op.add_column(sa.Column("hit_id", sa.String(length=32), nullable=True))
        batch_op.create_index("ix_tracking_log_hit_id", ["hit_id"], unique=True)

    for first, kinds in FIRSTS.items():
        op.execute(
            _first.insert().from_select(
                ["delivery_id", "kind", "recipient_id", "created_at"],
                sa.select(
                    _log.c.delivery_id,
                    sa.literal(first, sa.String),
                    _log.c.recipient_id,
                    sa.func.min(_log.c.created_at),
                )
                .where(_log.c.kind.in_(kinds))
                .group_by(_log.c.delivery_id, _log.c.recipient_id),
            )
        )


def downgrade() -> None:
    with op.batch_alter_table("tracking_log", schema=None) as batch_op:
        batch_op.drop_index("ix_tracking_log_hit_id")
        batch_op.drop_column("hit_id")
    op.drop_table("tracking_first")
