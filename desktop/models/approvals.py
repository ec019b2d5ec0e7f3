"""Approvals asked of reviewers, proofs (BAT) sent to proof targets, and the e-mails that
tell operators what awaits them."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, DateTime, ForeignKey, Index, Integer, String, Text
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
    # The addresses it went to, and what the relay answered for each:
    # [{"address": ..., "ok": true/false, "detail": "250 accepted" or the refusal}].
    addresses: Mapped[list[str]] = mapped_column(JSON, default=list)
    results: Mapped[list[dict[str, object]]] = mapped_column(JSON, default=list)


class Notification(Base):
    """An e-mail to an operator (a step awaits them, a step was decided, a delivery is
    ready to confirm), queued in the transaction of the change it tells about and sent
    afterwards through the platform's relay: a relay that is down delays it, never the
    change itself."""

    __tablename__ = "notification"
    __table_args__ = (Index("ix_notification_unsent", "sent_at", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    delivery_id: Mapped[int | None] = mapped_column(ForeignKey("delivery.id", ondelete="CASCADE"))
    operator_id: Mapped[int | None] = mapped_column(ForeignKey("operator.id", ondelete="SET NULL"))
    address: Mapped[str] = mapped_column(String(320))
    subject: Mapped[str] = mapped_column(String(998))
    body: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    sent_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    error: Mapped[str] = mapped_column(Text, default="")
