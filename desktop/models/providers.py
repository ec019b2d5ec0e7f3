"""Service providers (routers), their cost structures, stocks and cost lines."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, Integer, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.models.base import Base, Timestamped, Versioned
from desktop.models.enums import CostCategory, CostFormula, CostLineKind, db_enum


class ServiceProvider(Versioned, Timestamped, Base):
    __tablename__ = "service_provider"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255), unique=True)
    contact: Mapped[str] = mapped_column(String(255), default="")
    router_email: Mapped[str] = mapped_column(String(320), default="")
    drop_folder: Mapped[str] = mapped_column(String(1024), default="")
    # Columns of the extraction file, in order (recipient field names).
    export_format: Mapped[list[str]] = mapped_column(JSON, default=list)

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
    # by threshold: [{"up_to": 1000, "price": "0.50"}, {"up_to": null, "price": "0.40"}]
    bands: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)

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


class StockLine(Versioned, Base):
    __tablename__ = "stock_line"
    __table_args__ = (Index("ix_stock_line_stock_id", "stock_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    stock_id: Mapped[int] = mapped_column(ForeignKey("stock.id", ondelete="CASCADE"))
    item: Mapped[str] = mapped_column(String(255))
    initial_stock: Mapped[int] = mapped_column(Integer, default=0)
    consumed: Mapped[int] = mapped_column(Integer, default=0)
    ordered: Mapped[int] = mapped_column(Integer, default=0)
    alert_level: Mapped[int] = mapped_column(Integer, default=0)

    stock: Mapped[Stock] = relationship(back_populates="lines")

    @property
    def in_stock(self) -> int:
        return self.initial_stock - self.consumed


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
