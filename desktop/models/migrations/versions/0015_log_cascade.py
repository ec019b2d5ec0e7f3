"""delivery logs go with their delivery and recipient by delete triggers, not foreign keys

A preparation copies a row into delivery_log for every recipient it targets. On
PostgreSQL each row's two foreign keys were checked one row at a time: 6.8 of the 9.9 s
the copy of a million rows took (EXPLAIN ANALYZE), for rows read from the recipient table
a moment before, all of one delivery. The logs still go when their delivery or recipient
is deleted, however it is deleted (a campaign's deletion takes its deliveries): a trigger
on each parent deletes them, which costs nothing when logs are written.

Revision ID: 0015_log_cascade
Revises: 0013_truth
Create Date: 2026-12-07 00:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0015_log_cascade"
down_revision: str | None = "0013_truth"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# (parent table, delivery_log's column, foreign key's name)
PARENTS = (
    ("delivery", "delivery_id", "fk_delivery_log_delivery_id_delivery"),
    ("recipient", "recipient_id", "fk_delivery_log_recipient_id_recipient"),
)
SENT_INDEX = "ix_delivery_log_recipient_sent"


def _trigger(parent: str) -> str:
    return f"delivery_log_goes_with_{parent}"


def upgrade() -> None:
    postgresql = op.get_bind().dialect.name == "postgresql"
    with op.batch_alter_table("delivery_log") as batch_op:
        for _parent, _column, name in PARENTS:
            batch_op.drop_constraint(name, type_="foreignkey")
    if not postgresql:
        # SQLite's table copy does not keep the index's WHERE clause.
        op.drop_index(SENT_INDEX, table_name="delivery_log")
        op.create_index(
            SENT_INDEX,
            "delivery_log",
            ["recipient_id", "sent_at"],
            sqlite_where=sa.text("sent_at IS NOT NULL"),
        )
    for parent, column, _name in PARENTS:
        trigger = _trigger(parent)
        if postgresql:
            op.execute(
                f"CREATE FUNCTION {trigger}() RETURNS trigger LANGUAGE plpgsql AS $$ "
                f"BEGIN DELETE FROM delivery_log WHERE {column} = OLD.id; RETURN NULL; END $$"
            )
            op.execute(
                f"CREATE TRIGGER {trigger} AFTER DELETE ON {parent} "
                f"FOR EACH ROW EXECUTE FUNCTION {trigger}()"
            )
        else:
            op.execute(
                f"CREATE TRIGGER {trigger} AFTER DELETE ON {parent} FOR EACH ROW "
                f"BEGIN DELETE FROM delivery_log WHERE {column} = OLD.id; END"
            )


def downgrade() -> None:
    postgresql = op.get_bind().dialect.name == "postgresql"
    for parent, _column, _name in PARENTS:
        trigger = _trigger(parent)
        op.execute(f"DROP TRIGGER {trigger}" + (f" ON {parent}" if postgresql else ""))
        if postgresql:
            op.execute(f"DROP FUNCTION {trigger}()")
    with op.batch_alter_table("delivery_log") as batch_op:
        for parent, column, name in PARENTS:
            batch_op.create_foreign_key(name, parent, [column], ["id"], ondelete="CASCADE")
