"""versions: an edit count and the last editor on every object operators edit

Each edited row gets `version` (every ORM UPDATE checks it, so a concurrent save is
refused instead of overwriting) and `updated_by` (who made the last edit, for the
refusal's message). Existing rows start at version 1, their last editor unknown.

Revision ID: 0009_versions
Revises: 0008_recipient_imports
Create Date: 2026-12-10 10:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009_versions"
down_revision: str | None = "0008_recipient_imports"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

VERSIONED_TABLES = (
    "program",
    "budget",
    "campaign",
    "delivery",
    "operator",
    "operator_group",
    "option",
    "service_provider",
    "cost_structure",
    "stock",
    "stock_line",
    "recipient",
    "recipient_list",
    "typology_rule",
    "typology",
)


def upgrade() -> None:
    # Plain ADD COLUMN with a constant default, no batch: SQLite copies no table (a copy
    # of `delivery` would drop the original, and with it the rows that reference it).
    for table in VERSIONED_TABLES:
        op.add_column(
            table, sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False)
        )
        op.add_column(
            table,
            sa.Column("updated_by", sa.String(length=64), server_default="", nullable=False),
        )


def downgrade() -> None:
    # Plain DROP COLUMN (SQLite 3.35 and later too), for the same reason.
    for table in VERSIONED_TABLES:
        op.drop_column(table, "updated_by")
        op.drop_column(table, "version")
