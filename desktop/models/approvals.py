"""Approvals asked of reviewers, and proofs (BAT) sent to proof targets."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base, utcnow
from desktop.models.enums import ApprovalKind, ApprovalStatus, db_enum


class Approval(Base):
    __tablename__ = "approval"
    __table_args__ = (Index("ix_approval_delivery_id", "delivery_id", "kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    delivery_id: Mapped[int] = mapped_column(ForeignKey("delivery.id", ondelete="CASCADE"))
    kind: Mapped[ApprovalKind] = mapped_column(db_enum(ApprovalKind))
    status: Mapped[ApprovalStatus] = mapped_column(
        db_enum(ApprovalStatus), default=ApprovalStatus.PENDING
    )
    reviewer_id: Mapped[int | None] = mapped_column(ForeignKey("operator.id", ondelete="SET NULL"))
    comment: Mapped[str] = mapped_column(Text, default="")
    requested_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    decided_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class Proof(Base):
    __tablename__ = "proof"
    __table_args__ = (Index("ix_proof_delivery_id", "delivery_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    delivery_id: Mapped[int] = mapped_column(ForeignKey("delivery.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(Integer, default=1)
    target_list_id: Mapped[int | None] = mapped_column(
        ForeignKey("recipient_list.id", ondelete="SET NULL")
    )
    sent_by_id: Mapped[int | None] = mapped_column(ForeignKey("operator.id", ondelete="SET NULL"))
    recipients: Mapped[int] = mapped_column(Integer, default=0)
    status: Mapped[str] = mapped_column(String(32), default="sent")
    sent_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
