"""recipient imports: how far each import got, and the lines it set aside

An import commits in batches and can be resumed: its row keeps the last line and byte
offset committed and the counts so far; its issues keep each rejected line (and each
warning) with its line number, reason and text.

Revision ID: 0008_recipient_imports
Revises: 0007_quarantine_delivery
Create Date: 2026-12-08 10:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008_recipient_imports"
down_revision: str | None = "0007_quarantine_delivery"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

UNFINISHED = sa.text("status IN ('running', 'interrupted')")


def upgrade() -> None:
    op.create_table(
        "recipient_import",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("file_size", sa.BigInteger(), nullable=False),
        sa.Column("checksum", sa.String(length=64), nullable=False),
        sa.Column("operator_name", sa.String(length=64), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "running",
                "interrupted",
                "finished",
                "abandoned",
                name="importstatus",
                native_enum=False,
                length=16,
                create_constraint=False,
            ),
            nullable=False,
        ),
        sa.Column("columns", sa.JSON(), nullable=False),
        sa.Column("line", sa.Integer(), nullable=False),
        sa.Column("byte_offset", sa.BigInteger(), nullable=False),
        sa.Column("inserted", sa.Integer(), nullable=False),
        sa.Column("updated", sa.Integer(), nullable=False),
        sa.Column("rejected", sa.Integer(), nullable=False),
        sa.Column("warnings", sa.Integer(), nullable=False),
        sa.Column("owner", sa.String(length=320), nullable=True),
        sa.Column("heartbeat_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_recipient_import")),
    )
    op.create_index(
        "ix_recipient_import_unfinished",
        "recipient_import",
        ["checksum"],
        unique=True,
        sqlite_where=UNFINISHED,
        postgresql_where=UNFINISHED,
    )
    op.create_table(
        "recipient_import_issue",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("import_id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "rejected",
                "warning",
                name="issuekind",
                native_enum=False,
                length=16,
                create_constraint=False,
            ),
            nullable=False,
        ),
        sa.Column("line", sa.Integer(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["import_id"],
            ["recipient_import.id"],
            name=op.f("fk_recipient_import_issue_import_id_recipient_import"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_recipient_import_issue")),
    )
    op.create_index(
        "ix_recipient_import_issue_import",
        "recipient_import_issue",
        ["import_id", "kind", "line"],
    )


def downgrade() -> None:
    op.drop_index("ix_recipient_import_issue_import", table_name="recipient_import_issue")
    op.drop_table("recipient_import_issue")
    op.drop_index("ix_recipient_import_unfinished", table_name="recipient_import")
    op.drop_table("recipient_import")
