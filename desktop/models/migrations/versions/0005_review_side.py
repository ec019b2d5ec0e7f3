"""the review side: reviewers per step, proof targets and results, notifications, flags

- reviewer.step: an approval reviewer reviews one step, or every step when it is empty
  (the rows written before keep reviewing every step);
- delivery.proof_addresses: a proof target given as addresses rather than a list;
- proof.addresses and proof.results: where a proof went and what the relay answered;
- notification: e-mails to operators, queued with the change they tell about;
- the on/off options become booleans (check boxes in the options editor), their values
  kept: 0, false, no, off or empty are off, anything else on.

Revision ID: 0005_review_side
Revises: 0004_partial_sent_index
Create Date: 2026-12-06 12:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005_review_side"
down_revision: str | None = "0004_partial_sent_index"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

APPROVAL_KIND = sa.Enum(
    "targeting",
    "content",
    "budget",
    "extraction",
    "proofs",
    name="approvalkind",
    native_enum=False,
    length=32,
)
FLAG_OPTIONS = (
    "NmsCampaign_Activate_OwnerConfirmation",
    "NmsBroadcast_RemoveDuplicatesRecipients",
    "NmsBroadcast_RemoveBlackList",
)
_option = sa.table(
    "option",
    sa.column("name", sa.String),
    sa.column("data_type", sa.String),
    sa.column("value", sa.Text),
)


def upgrade() -> None:
    with op.batch_alter_table("reviewer", schema=None) as batch_op:
        batch_op.add_column(sa.Column("step", APPROVAL_KIND, nullable=True))
        batch_op.create_check_constraint(
            "step_only_for_approval", "role = 'approval' OR step IS NULL"
        )
    with op.batch_alter_table("delivery", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("proof_addresses", sa.JSON(), nullable=False, server_default="[]")
        )
    with op.batch_alter_table("proof", schema=None) as batch_op:
        batch_op.add_column(sa.Column("addresses", sa.JSON(), nullable=False, server_default="[]"))
        batch_op.add_column(sa.Column("results", sa.JSON(), nullable=False, server_default="[]"))

    op.create_table(
        "notification",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("delivery_id", sa.Integer(), nullable=True),
        sa.Column("operator_id", sa.Integer(), nullable=True),
        sa.Column("address", sa.String(length=320), nullable=False),
        sa.Column("subject", sa.String(length=998), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("error", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["delivery_id"],
            ["delivery.id"],
            name=op.f("fk_notification_delivery_id_delivery"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["operator_id"],
            ["operator.id"],
            name=op.f("fk_notification_operator_id_operator"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_notification")),
    )
    with op.batch_alter_table("notification", schema=None) as batch_op:
        batch_op.create_index("ix_notification_unsent", ["sent_at", "id"], unique=False)

    off = sa.func.lower(sa.func.trim(sa.func.coalesce(_option.c.value, "")))
    op.execute(
        _option.update()
        .where(_option.c.name.in_(FLAG_OPTIONS), _option.c.data_type == "integer")
        .values(
            data_type="boolean",
            value=sa.case((off.in_(("0", "false", "no", "off", "")), "0"), else_="1"),
        )
    )


def downgrade() -> None:
    op.execute(
        _option.update()
        .where(_option.c.name.in_(FLAG_OPTIONS), _option.c.data_type == "boolean")
        .values(data_type="integer")
    )
    with op.batch_alter_table("notification", schema=None) as batch_op:
        batch_op.drop_index("ix_notification_unsent")
    op.drop_table("notification")
    with op.batch_alter_table("proof", schema=None) as batch_op:
        batch_op.drop_column("results")
        batch_op.drop_column("addresses")
    with op.batch_alter_table("delivery", schema=None) as batch_op:
        batch_op.drop_column("proof_addresses")
    with op.batch_alter_table("reviewer", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_reviewer_step_only_for_approval"), type_="check")
        batch_op.drop_column("step")
