"""direct mail: extraction files, and a missing postal address as address_missing

- extraction: one row per extraction file of a direct-mail delivery (its name, path, rows
  and columns; the hand-off's copy and notification; the router's results);
- delivery_log.exclusion_cause: a recipient without a postal address was excluded as
  `no_postal_address`; it is `address_missing`, the first cause, as for an e-mail.

Revision ID: 0012_direct_mail
Revises: 0013_journal_keys
Create Date: 2026-12-12 10:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012_direct_mail"
down_revision: str | None = "0013_journal_keys"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "extraction",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("delivery_id", sa.Integer(), nullable=False),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("path", sa.String(length=1024), nullable=False),
        sa.Column("rows", sa.Integer(), nullable=False),
        sa.Column("columns", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("handed_off_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("handed_off_by_id", sa.Integer(), nullable=True),
        sa.Column("drop_path", sa.String(length=1024), nullable=False),
        sa.Column("notification", sa.JSON(), nullable=False),
        sa.Column("results_imported_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("results_file", sa.String(length=1024), nullable=False),
        sa.Column("sent", sa.Integer(), nullable=False),
        sa.Column("failed", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["delivery_id"],
            ["delivery.id"],
            name=op.f("fk_extraction_delivery_id_delivery"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["created_by_id"],
            ["operator.id"],
            name=op.f("fk_extraction_created_by_id_operator"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["handed_off_by_id"],
            ["operator.id"],
            name=op.f("fk_extraction_handed_off_by_id_operator"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_extraction")),
    )
    with op.batch_alter_table("extraction", schema=None) as batch_op:
        batch_op.create_index("ix_extraction_delivery_id", ["delivery_id", "id"], unique=False)
    op.execute(
        "UPDATE delivery_log SET exclusion_cause = 'address_missing'"
        " WHERE exclusion_cause = 'no_postal_address'"
    )


def downgrade() -> None:
    with op.batch_alter_table("extraction", schema=None) as batch_op:
        batch_op.drop_index("ix_extraction_delivery_id")
    op.drop_table("extraction")
