"""Programs, campaigns (operations), the reviewers named on them, and budgets."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Numeric,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base, Timestamped, Versioned
from desktop.models.enums import ApprovalKind, ReviewerRole, db_enum


class Program(Versioned, Timestamped, Base):
    __tablename__ = "program"

    id: Mapped[int] = mapped_column(primary_key=True)
    label: Mapped[str] = mapped_column(String(255))
    description: Mapped[str] = mapped_column(Text, default="")
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)


class Budget(Versioned, Timestamped, Base):
    __tablename__ = "budget"

    id: Mapped[int] = mapped_column(primary_key=True)
    label: Mapped[str] = mapped_column(String(255))
    # The amount given; what is calculated, committed and spent against it is computed
    # from its campaigns' deliveries (services.costs.budgets), never typed.
    allocated: Mapped[Decimal] = mapped_column(Numeric(14, 2), default=Decimal("0"))


class ApprovalSettings:
    """Which approvals are required (domain.md §4); on campaigns, overridable per delivery."""

    approve_targeting: Mapped[bool] = mapped_column(Boolean, default=False)
    approve_content: Mapped[bool] = mapped_column(Boolean, default=False)
    approve_budget: Mapped[bool] = mapped_column(Boolean, default=False)
    approve_extraction: Mapped[bool] = mapped_column(Boolean, default=False)
    approve_proofs: Mapped[bool] = mapped_column(Boolean, default=False)


class Campaign(ApprovalSettings, Versioned, Timestamped, Base):
    __tablename__ = "campaign"
    __table_args__ = (
        Index("ix_campaign_program_id", "program_id"),
        Index("ix_campaign_label", "label"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    program_id: Mapped[int | None] = mapped_column(ForeignKey("program.id", ondelete="SET NULL"))
    label: Mapped[str] = mapped_column(String(255))
    description: Mapped[str] = mapped_column(Text, default="")
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("operator.id", ondelete="SET NULL"))
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    budget_id: Mapped[int | None] = mapped_column(ForeignKey("budget.id", ondelete="SET NULL"))


class Reviewer(Base):
    """An operator or a group named as reviewer of a campaign or of one delivery: an
    approval reviewer of one step (`step`), or of every step (`step` empty), or a
    confirmation reviewer (who may confirm the send, domain.md §4; no step)."""

    __tablename__ = "reviewer"
    __table_args__ = (
        CheckConstraint("(operator_id IS NULL) <> (group_id IS NULL)", name="operator_or_group"),
        CheckConstraint(
            "(campaign_id IS NULL) <> (delivery_id IS NULL)", name="campaign_or_delivery"
        ),
        CheckConstraint("role = 'approval' OR step IS NULL", name="step_only_for_approval"),
        Index("ix_reviewer_campaign_id", "campaign_id"),
        Index("ix_reviewer_delivery_id", "delivery_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    role: Mapped[ReviewerRole] = mapped_column(db_enum(ReviewerRole))
    step: Mapped[ApprovalKind | None] = mapped_column(db_enum(ApprovalKind))
    campaign_id: Mapped[int | None] = mapped_column(ForeignKey("campaign.id", ondelete="CASCADE"))
    delivery_id: Mapped[int | None] = mapped_column(ForeignKey("delivery.id", ondelete="CASCADE"))
    operator_id: Mapped[int | None] = mapped_column(ForeignKey("operator.id", ondelete="CASCADE"))
    group_id: Mapped[int | None] = mapped_column(
        ForeignKey("operator_group.id", ondelete="CASCADE")
    )
