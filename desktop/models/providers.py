"""Service providers (routers), their cost structures, stocks and cost lines."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    String,
    Table,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.models.base import Base, Timestamped, Versioned, utcnow
from desktop.models.enums import CostCategory, CostFormula, CostLineKind, db_enum
from desktop.models.operators import Operator


class ServiceProvider(Versioned, Timestamped, Base):
    __tablename__ = "service_provider"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255), unique=True)
    contact: Mapped[str] = mapped_column(String(255), default="")
    router_email: Mapped[str] = mapped_column(String(320), default="")
    drop_folder: Mapped[str] = mapped_column(String(1024), default="")
    # Columns of the extraction file, in order (recipient field names).
    export_format: Mapped[list[str]] = mapped_column(JSON, default=list)
    # The provider sends back a results file (sent or failed per recipient): its messages
    # count as sent only once it is imported, not at hand-off.
    returns_results: Mapped[bool] = mapped_column(Boolean, default=False)

    cost_structures: Mapped[list[CostStructure]] = relationship(
        back_populates="provider", cascade="all, delete-orphan", order_by="CostStructure.id"
    )


class CostStructure(Versioned, Base):
    __tablename__ = "cost_structure"
    __table_args__ = (Index("ix_cost_structure_provider_id", "provider_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    provider_id: Mapped[int] = mapped_column(ForeignKey("service_provider.id", ondelete="CASCADE"))
    label: Mapped[str] = mapped_column(String(255), default="")
    category: Mapped[CostCategory] = mapped_column(db_enum(CostCategory))
    formula: Mapped[CostFormula] = mapped_column(db_enum(CostFormula))
    # linear: unit_price per message, or per batch of batch_size messages
    unit_price: Mapped[Decimal] = mapped_column(Numeric(12, 4), default=Decimal("0"))
    batch_size: Mapped[int] = mapped_column(Integer, default=1)
    fixed_part: Mapped[Decimal] = mapped_column(Numeric(12, 2), default=Decimal("0"))
    # by threshold: [[FROM, PRICE], ...] by message count, each band from its FROM
    # (inclusive) to the next band's, the last open-ended; prices as decimal strings.
    bands: Mapped[list[list[Any]]] = mapped_column(JSON, default=list)
    # Each message consumes one unit of this item from the provider's stocks ("": none).
    stock_item: Mapped[str] = mapped_column(String(255), default="")

    provider: Mapped[ServiceProvider] = relationship(back_populates="cost_structures")


class Stock(Versioned, Timestamped, Base):
    __tablename__ = "stock"

    id: Mapped[int] = mapped_column(primary_key=True)
    label: Mapped[str] = mapped_column(String(255))
    provider_id: Mapped[int | None] = mapped_column(
        ForeignKey("service_provider.id", ondelete="SET NULL")
    )

    lines: Mapped[list[StockLine]] = relationship(
        back_populates="stock", cascade="all, delete-orphan", order_by="StockLine.id"
    )
    # Told by e-mail when a line crosses its alert level.
    operators: Mapped[list[Operator]] = relationship(secondary=lambda: stock_operator)


stock_operator = Table(
    "stock_operator",
    Base.metadata,
    Column("stock_id", ForeignKey("stock.id", ondelete="CASCADE"), primary_key=True),
    Column("operator_id", ForeignKey("operator.id", ondelete="CASCADE"), primary_key=True),
)


class StockLine(Versioned, Base):
    __tablename__ = "stock_line"
    __table_args__ = (Index("ix_stock_line_stock_id", "stock_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    stock_id: Mapped[int] = mapped_column(ForeignKey("stock.id", ondelete="CASCADE"))
    item: Mapped[str] = mapped_column(String(255))
    initial_stock: Mapped[int] = mapped_column(Integer, default=0)
    # Units taken out: by extractions (their rows in stock_consumption) and, on a line
    # created with some already used, before the console kept track. Never typed in a form.
    consumed: Mapped[int] = mapped_column(Integer, default=0)
    alert_level: Mapped[int] = mapped_column(Integer, default=0)

    stock: Mapped[Stock] = relationship(back_populates="lines")
    orders: Mapped[list[StockOrder]] = relationship(
        back_populates="line", cascade="all, delete-orphan", order_by="StockOrder.arrives_on"
    )

    def arrived(self, today: date | None = None) -> int:
        """Units of the orders that have entered stock by `today` (an order enters stock
        on its date, not before)."""
        today = today or date.today()
        return sum(order.quantity for order in self.orders if order.arrives_on <= today)

    def ordered(self) -> int:
        return sum(order.quantity for order in self.orders)

    def level(self, today: date | None = None) -> int:
        return self.initial_stock - self.consumed + self.arrived(today)

    @property
    def in_stock(self) -> int:
        return self.level()


class StockOrder(Base):
    """Units ordered for a stock line; they count in stock from `arrives_on` on."""

    __tablename__ = "stock_order"
    __table_args__ = (Index("ix_stock_order_stock_line_id", "stock_line_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    stock_line_id: Mapped[int] = mapped_column(ForeignKey("stock_line.id", ondelete="CASCADE"))
    quantity: Mapped[int] = mapped_column(Integer)
    arrives_on: Mapped[date] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    line: Mapped[StockLine] = relationship(back_populates="orders")


class StockConsumption(Base):
    """What one delivery's extraction took from a stock line; an extraction run again
    replaces its delivery's row, so a line is never charged twice for one mailing."""

    __tablename__ = "stock_consumption"
    __table_args__ = (
        Index("ix_stock_consumption_stock_line_id", "stock_line_id"),
        Index("ix_stock_consumption_delivery_id", "delivery_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    stock_line_id: Mapped[int] = mapped_column(ForeignKey("stock_line.id", ondelete="CASCADE"))
    delivery_id: Mapped[int | None] = mapped_column(ForeignKey("delivery.id", ondelete="SET NULL"))
    quantity: Mapped[int] = mapped_column(Integer)
    consumed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class CostLine(Base):
    __tablename__ = "cost_line"
    __table_args__ = (
        Index("ix_cost_line_budget_id", "budget_id"),
        Index("ix_cost_line_delivery_id", "delivery_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    budget_id: Mapped[int | None] = mapped_column(ForeignKey("budget.id", ondelete="CASCADE"))
    delivery_id: Mapped[int | None] = mapped_column(ForeignKey("delivery.id", ondelete="CASCADE"))
    label: Mapped[str] = mapped_column(String(255), default="")
    category: Mapped[CostCategory | None] = mapped_column(db_enum(CostCategory))
    kind: Mapped[CostLineKind] = mapped_column(db_enum(CostLineKind))
    amount: Mapped[Decimal] = mapped_column(Numeric(14, 2), default=Decimal("0"))
    note: Mapped[str] = mapped_column(Text, default="")
