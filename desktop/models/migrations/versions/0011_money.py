"""money: costs applied, budgets computed, stocks with orders and consumption

- service_provider.returns_results: the provider sends back a results file.
- cost_structure.stock_item: each message consumes one unit of this stock item.
- cost_structure.bands become [[FROM, PRICE], ...] (each band from its FROM, inclusive):
  `up_to` bands are converted (the first starts at 1, each next one after the previous
  `up_to`).
- budget.calculated / committed / real are dropped: computed from the deliveries' cost
  lines, never typed.
- stock_line.ordered is replaced by dated orders (stock_order): an order enters stock on
  its date. What a line said it had ordered becomes one order dated the day of the upgrade.
- stock_consumption: what each delivery's extraction took from a line (the level over
  time, and an extraction run again replacing its own consumption).
- stock_operator: the operators told when a stock line crosses its alert level.

Revision ID: 0011_money
Revises: 0010_change_notices
Create Date: 2026-12-12 10:00:00
"""

import json
from collections.abc import Sequence
from datetime import date
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "0011_money"
down_revision: str | None = "0010_change_notices"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CHANNEL = "campaign_console_changes"
ROW_FUNCTION = "campaign_console_notify_row"
TRIGGER = "campaign_console_change_notice"
NOTIFYING_TABLES = ("stock_order", "stock_consumption")


def _bands_from(bands: Any) -> list[list[Any]]:
    if isinstance(bands, str):
        bands = json.loads(bands)
    converted: list[list[Any]] = []
    start = 1
    for band in bands or []:
        if isinstance(band, list):  # already converted
            return bands
        converted.append([start, str(band.get("price", "0"))])
        if band.get("up_to") is not None:
            start = int(band["up_to"]) + 1
    return converted


def _bands_up_to(bands: Any) -> list[dict[str, Any]]:
    if isinstance(bands, str):
        bands = json.loads(bands)
    bands = bands or []
    converted = []
    for number, (_start, price) in enumerate(bands):
        following = bands[number + 1][0] - 1 if number + 1 < len(bands) else None
        converted.append({"up_to": following, "price": str(price)})
    return converted


def _convert_bands(convert: Any) -> None:
    connection = op.get_bind()
    structure = sa.table("cost_structure", sa.column("id"), sa.column("bands", sa.JSON))
    for structure_id, bands in connection.execute(sa.select(structure.c.id, structure.c.bands)):
        connection.execute(
            structure.update().where(structure.c.id == structure_id).values(bands=convert(bands))
        )


def upgrade() -> None:
    # Plain ADD/DROP COLUMN, no batch: SQLite copies no table (see 0009).
    op.add_column(
        "service_provider",
        sa.Column("returns_results", sa.Boolean(), server_default=sa.false(), nullable=False),
    )
    op.add_column(
        "cost_structure",
        sa.Column("stock_item", sa.String(length=255), server_default="", nullable=False),
    )
    _convert_bands(_bands_from)
    for column in ("calculated", "committed", "real"):
        op.drop_column("budget", column)

    op.create_table(
        "stock_order",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("stock_line_id", sa.Integer(), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("arrives_on", sa.Date(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["stock_line_id"],
            ["stock_line.id"],
            name=op.f("fk_stock_order_stock_line_id_stock_line"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stock_order")),
    )
    op.create_index("ix_stock_order_stock_line_id", "stock_order", ["stock_line_id"])
    op.create_table(
        "stock_consumption",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("stock_line_id", sa.Integer(), nullable=False),
        sa.Column("delivery_id", sa.Integer(), nullable=True),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("consumed_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["stock_line_id"],
            ["stock_line.id"],
            name=op.f("fk_stock_consumption_stock_line_id_stock_line"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["delivery_id"],
            ["delivery.id"],
            name=op.f("fk_stock_consumption_delivery_id_delivery"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stock_consumption")),
    )
    op.create_index("ix_stock_consumption_stock_line_id", "stock_consumption", ["stock_line_id"])
    op.create_index("ix_stock_consumption_delivery_id", "stock_consumption", ["delivery_id"])
    op.create_table(
        "stock_operator",
        sa.Column("stock_id", sa.Integer(), nullable=False),
        sa.Column("operator_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["stock_id"],
            ["stock.id"],
            name=op.f("fk_stock_operator_stock_id_stock"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["operator_id"],
            ["operator.id"],
            name=op.f("fk_stock_operator_operator_id_operator"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("stock_id", "operator_id", name=op.f("pk_stock_operator")),
    )

    connection = op.get_bind()
    line = sa.table("stock_line", sa.column("id"), sa.column("ordered"))
    order = sa.table(
        "stock_order",
        sa.column("stock_line_id"),
        sa.column("quantity"),
        sa.column("arrives_on", sa.Date),
        sa.column("created_at", sa.DateTime(timezone=True)),
    )
    ordered = connection.execute(sa.select(line.c.id, line.c.ordered).where(line.c.ordered > 0))
    rows = [
        {"stock_line_id": line_id, "quantity": quantity, "arrives_on": date.today(),
         "created_at": sa.func.current_timestamp()}
        for line_id, quantity in ordered
    ]  # fmt: skip
    for row in rows:
        connection.execute(order.insert().values(**row))
    op.drop_column("stock_line", "ordered")

    if connection.dialect.name == "postgresql":  # change notices, as in 0010
        for table in NOTIFYING_TABLES:
            op.execute(
                f"CREATE TRIGGER {TRIGGER} AFTER INSERT OR UPDATE OR DELETE ON {table} "
                f"FOR EACH ROW EXECUTE FUNCTION {ROW_FUNCTION}()"
            )


def downgrade() -> None:
    op.add_column(
        "stock_line",
        sa.Column("ordered", sa.Integer(), server_default=sa.text("0"), nullable=False),
    )
    op.execute(
        "UPDATE stock_line SET ordered = (SELECT coalesce(sum(quantity), 0) FROM stock_order "
        "WHERE stock_order.stock_line_id = stock_line.id)"
    )
    op.drop_table("stock_operator")
    op.drop_index("ix_stock_consumption_delivery_id", "stock_consumption")
    op.drop_index("ix_stock_consumption_stock_line_id", "stock_consumption")
    op.drop_table("stock_consumption")
    op.drop_index("ix_stock_order_stock_line_id", "stock_order")
    op.drop_table("stock_order")
    for column in ("calculated", "committed", "real"):
        op.add_column(
            "budget",
            sa.Column(column, sa.Numeric(precision=14, scale=2), server_default="0",
                      nullable=False),
        )  # fmt: skip
    _convert_bands(_bands_up_to)
    op.drop_column("cost_structure", "stock_item")
    op.drop_column("service_provider", "returns_results")
