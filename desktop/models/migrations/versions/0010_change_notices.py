"""change notices: PostgreSQL tells every listening workstation what changed

On PostgreSQL, a trigger on each table an operator sees in a list or a dashboard sends
`pg_notify('campaign_console_changes', 'table:id')` when a row changes. Notices are sent at
commit, identical ones folded in one transaction; a workstation re-reads what it shows.
The recipients, written a million at a time by an import, notify once per statement
('recipient:'). Delivery-log and tracking-log rows never notify: a send writes millions,
and what they add up to moves the delivery row's counters, which do notify.
SQLite has no such thing: its workstations keep reading on a timer.

Revision ID: 0010_change_notices
Revises: 0009_versions
Create Date: 2026-12-10 10:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0010_change_notices"
down_revision: str | None = "0009_versions"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CHANNEL = "campaign_console_changes"  # services.runtime.change_listener.CHANNEL
ROW_FUNCTION = "campaign_console_notify_row"
STATEMENT_FUNCTION = "campaign_console_notify_statement"
TRIGGER = "campaign_console_change_notice"

# A notice per changed row: small tables, or rows written one at a time (the delivery's
# counters, by a send or the tracking server, once per batch).
ROW_TABLES = (
    "delivery",
    "campaign",
    "program",
    "budget",
    "recipient_list",
    "operator",
    "operator_group",
    "approval",
    "reviewer",
    "option",
    "typology",
    "typology_rule",
    "service_provider",
    "cost_structure",
    "stock",
    "stock_line",
)
# A notice per statement: tables an import or a preparation writes in bulk.
STATEMENT_TABLES = ("recipient",)


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    # to_jsonb(row)->>'id': one function for every table, whatever its columns.
    op.execute(
        f"""
        CREATE FUNCTION {ROW_FUNCTION}() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'DELETE' THEN
                PERFORM pg_notify('{CHANNEL}', TG_TABLE_NAME || ':' || coalesce(to_jsonb(OLD)->>'id', ''));
            ELSE
                PERFORM pg_notify('{CHANNEL}', TG_TABLE_NAME || ':' || coalesce(to_jsonb(NEW)->>'id', ''));
            END IF;
            RETURN NULL;
        END $$
        """
    )
    op.execute(
        f"""
        CREATE FUNCTION {STATEMENT_FUNCTION}() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            PERFORM pg_notify('{CHANNEL}', TG_TABLE_NAME || ':');
            RETURN NULL;
        END $$
        """
    )
    for table in ROW_TABLES:
        op.execute(
            f'CREATE TRIGGER {TRIGGER} AFTER INSERT OR UPDATE OR DELETE ON "{table}" '
            f"FOR EACH ROW EXECUTE FUNCTION {ROW_FUNCTION}()"
        )
    for table in STATEMENT_TABLES:
        op.execute(
            f'CREATE TRIGGER {TRIGGER} AFTER INSERT OR UPDATE OR DELETE ON "{table}" '
            f"FOR EACH STATEMENT EXECUTE FUNCTION {STATEMENT_FUNCTION}()"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in (*ROW_TABLES, *STATEMENT_TABLES):
        op.execute(f'DROP TRIGGER IF EXISTS {TRIGGER} ON "{table}"')
    op.execute(f"DROP FUNCTION IF EXISTS {ROW_FUNCTION}()")
    op.execute(f"DROP FUNCTION IF EXISTS {STATEMENT_FUNCTION}()")
