"""delivery templates, the rules a preparation applied, capacity per day

- delivery_template: everything of a delivery but its audience and schedule (content,
  sender, proof target, throughput, typology, provider, approval steps and reviewers); a
  table of its own, so that no query over deliveries ever meets one.
- delivery_applied_rule: the typology rules a delivery's last preparation applied; an
  edit of one sends the deliveries it prepared, not yet confirmed, back to Being edited.
- typology_rule.per_day: a capacity rule counts every delivery of the day, not only one.
- PostgreSQL: change notices for templates (per row) and the quarantine (per statement:
  a send quarantines bounced addresses in batches).

Revision ID: 0014_templates
Revises: 0011_money
Create Date: 2026-12-12 10:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014_templates"
down_revision: str | None = "0011_money"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# As in 0010_change_notices.
ROW_FUNCTION = "campaign_console_notify_row"
STATEMENT_FUNCTION = "campaign_console_notify_statement"
TRIGGER = "campaign_console_change_notice"


def upgrade() -> None:
    op.create_table(
        "delivery_template",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("label", sa.String(length=255), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column(
            "channel",
            sa.Enum("email", "direct_mail", name="channel", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("subject", sa.String(length=998), nullable=False),
        sa.Column("sender_address", sa.String(length=320), nullable=False),
        sa.Column("sender_name", sa.String(length=255), nullable=False),
        sa.Column("reply_to", sa.String(length=320), nullable=False),
        sa.Column("html", sa.Text(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("proof_list_id", sa.Integer(), nullable=True),
        sa.Column("proof_addresses", sa.JSON(), nullable=False),
        sa.Column("validity_seconds", sa.Integer(), nullable=True),
        sa.Column("max_connections", sa.Integer(), nullable=False),
        sa.Column("messages_per_connection", sa.Integer(), nullable=False),
        sa.Column("messages_per_hour", sa.Integer(), nullable=True),
        sa.Column("messages_per_hour_per_domain", sa.Integer(), nullable=True),
        sa.Column("typology_id", sa.Integer(), nullable=True),
        sa.Column("control_group_percent", sa.Integer(), nullable=False),
        sa.Column("target_limit", sa.Integer(), nullable=True),
        sa.Column("provider_id", sa.Integer(), nullable=True),
        sa.Column("override_approvals", sa.Boolean(), nullable=False),
        sa.Column("reviewers", sa.JSON(), nullable=False),
        sa.Column("confirmation_reviewers", sa.JSON(), nullable=False),
        sa.Column("approve_targeting", sa.Boolean(), nullable=False),
        sa.Column("approve_content", sa.Boolean(), nullable=False),
        sa.Column("approve_budget", sa.Boolean(), nullable=False),
        sa.Column("approve_extraction", sa.Boolean(), nullable=False),
        sa.Column("approve_proofs", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.Column("updated_by", sa.String(length=64), server_default="", nullable=False),
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
        sa.ForeignKeyConstraint(
            ["created_by_id"],
            ["operator.id"],
            name=op.f("fk_delivery_template_created_by_id_operator"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["proof_list_id"],
            ["recipient_list.id"],
            name=op.f("fk_delivery_template_proof_list_id_recipient_list"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["typology_id"],
            ["typology.id"],
            name=op.f("fk_delivery_template_typology_id_typology"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["provider_id"],
            ["service_provider.id"],
            name=op.f("fk_delivery_template_provider_id_service_provider"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_delivery_template")),
    )
    op.create_index("ix_delivery_template_label", "delivery_template", ["label"], unique=False)

    op.create_table(
        "delivery_applied_rule",
        sa.Column("delivery_id", sa.Integer(), nullable=False),
        sa.Column("rule_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["delivery_id"],
            ["delivery.id"],
            name=op.f("fk_delivery_applied_rule_delivery_id_delivery"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["rule_id"],
            ["typology_rule.id"],
            name=op.f("fk_delivery_applied_rule_rule_id_typology_rule"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("delivery_id", "rule_id", name=op.f("pk_delivery_applied_rule")),
    )
    op.create_index(
        "ix_delivery_applied_rule_rule_id", "delivery_applied_rule", ["rule_id"], unique=False
    )

    # Plain ADD COLUMN with a constant default, no batch (see 0009_versions).
    op.add_column(
        "typology_rule",
        sa.Column("per_day", sa.Boolean(), server_default=sa.false(), nullable=False),
    )

    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            f'CREATE TRIGGER {TRIGGER} AFTER INSERT OR UPDATE OR DELETE ON "delivery_template" '
            f"FOR EACH ROW EXECUTE FUNCTION {ROW_FUNCTION}()"
        )
        op.execute(
            f'CREATE TRIGGER {TRIGGER} AFTER INSERT OR UPDATE OR DELETE ON "quarantine" '
            f"FOR EACH STATEMENT EXECUTE FUNCTION {STATEMENT_FUNCTION}()"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f'DROP TRIGGER IF EXISTS {TRIGGER} ON "quarantine"')
    op.drop_column("typology_rule", "per_day")
    op.drop_index("ix_delivery_applied_rule_rule_id", table_name="delivery_applied_rule")
    op.drop_table("delivery_applied_rule")
    op.drop_index("ix_delivery_template_label", table_name="delivery_template")
    op.drop_table("delivery_template")
