"""Typologies and typology rules (control, filtering, pressure, capacity)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, Boolean, Column, ForeignKey, Index, Integer, String, Table, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.models.base import Base, Timestamped, Versioned
from desktop.models.enums import ControlCheck, ControlPhase, Severity, TypologyRuleType, db_enum

typology_rule_link = Table(
    "typology_rule_link",
    Base.metadata,
    Column("typology_id", ForeignKey("typology.id", ondelete="CASCADE"), primary_key=True),
    Column("rule_id", ForeignKey("typology_rule.id", ondelete="CASCADE"), primary_key=True),
)


class TypologyRule(Versioned, Timestamped, Base):
    __tablename__ = "typology_rule"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    label: Mapped[str] = mapped_column(String(255), default="")
    rule_type: Mapped[TypologyRuleType] = mapped_column(db_enum(TypologyRuleType))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # Lower runs first within the same rule type.
    priority: Mapped[int] = mapped_column(Integer, default=50)
    description: Mapped[str] = mapped_column(Text, default="")

    # filtering: recipients matching this condition tree are excluded
    condition: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    # pressure: at most max_messages per recipient in period_days (earlier deliveries)
    # capacity: at most max_messages for the delivery, or with per_day for every delivery
    # of the day it is sent on
    max_messages: Mapped[int | None] = mapped_column(Integer)
    period_days: Mapped[int | None] = mapped_column(Integer)
    per_day: Mapped[bool] = mapped_column(Boolean, default=False)
    # control: a check on the delivery
    control_check: Mapped[ControlCheck | None] = mapped_column(db_enum(ControlCheck))
    control_phase: Mapped[ControlPhase] = mapped_column(
        db_enum(ControlPhase), default=ControlPhase.BEFORE_TARGETING
    )
    # message_size: bytes; proof_target_size: recipients
    control_threshold: Mapped[int | None] = mapped_column(Integer)
    severity: Mapped[Severity] = mapped_column(db_enum(Severity), default=Severity.WARNING)


class Typology(Versioned, Timestamped, Base):
    __tablename__ = "typology"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    label: Mapped[str] = mapped_column(String(255), default="")

    rules: Mapped[list[TypologyRule]] = relationship(secondary=typology_rule_link)


# The rules a delivery's last preparation applied (its typology's active rules then): an
# edit of one of them sends the deliveries it prepared, not yet confirmed, back to Being
# edited (services.preparation.rule_invalidation).
delivery_applied_rule = Table(
    "delivery_applied_rule",
    Base.metadata,
    Column("delivery_id", ForeignKey("delivery.id", ondelete="CASCADE"), primary_key=True),
    Column("rule_id", ForeignKey("typology_rule.id", ondelete="CASCADE"), primary_key=True),
    Index("ix_delivery_applied_rule_rule_id", "rule_id"),
)
