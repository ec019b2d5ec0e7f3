"""journal keys: a journal line is a message key with its parameters

A line stores the key of its wording (services.delivery.journal_messages) and its
parameters as JSON, so each viewer reads it in their own language; `message` keeps the
English text. Lines written before have no key: they read as their text, as before.

Revision ID: 0013_journal_keys
Revises: 0014_templates
Create Date: 2026-12-14 10:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013_journal_keys"
down_revision: str | None = "0014_templates"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("journal_line", schema=None) as batch_op:
        batch_op.add_column(sa.Column("key", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("params", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("journal_line", schema=None) as batch_op:
        batch_op.drop_column("params")
        batch_op.drop_column("key")
