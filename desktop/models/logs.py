"""Delivery logs (one row per targeted recipient), journal lines, tracking logs and each
recipient's first open, click and unsubscription."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, DateTime, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base, utcnow
from desktop.models.enums import ExclusionCause, JournalLevel, LogStatus, TrackingKind, db_enum


class DeliveryLog(Base):
    __tablename__ = "delivery_log"
    __table_args__ = (
        Index("ix_delivery_log_delivery_status", "delivery_id", "status"),
        Index("ix_delivery_log_delivery_recipient", "delivery_id", "recipient_id", unique=True),
        # Pressure rules count a recipient's messages sent in the last D days. Rows not
        # sent (all those a preparation writes) stay out of it: writing their entries was a
        # third of the time of writing a million delivery logs.
        Index(
            "ix_delivery_log_recipient_sent",
            "recipient_id",
            "sent_at",
            sqlite_where=text("sent_at IS NOT NULL"),
            postgresql_where=text("sent_at IS NOT NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # No foreign keys: PostgreSQL checked them one row at a time, two thirds of the time
    # a preparation takes to write its logs. The rows go with their delivery or recipient
    # all the same, by delete triggers on those tables (migration 0015_log_cascade).
    delivery_id: Mapped[int] = mapped_column(Integer)
    recipient_id: Mapped[int] = mapped_column(Integer)
    status: Mapped[LogStatus] = mapped_column(db_enum(LogStatus))
    exclusion_cause: Mapped[ExclusionCause | None] = mapped_column(db_enum(ExclusionCause))
    rule_name: Mapped[str | None] = mapped_column(String(64))
    address: Mapped[str] = mapped_column(String(320), default="")
    error: Mapped[str | None] = mapped_column(Text)
    smtp_code: Mapped[int | None] = mapped_column(Integer)
    smtp_message: Mapped[str | None] = mapped_column(Text)
    message_id: Mapped[str | None] = mapped_column(String(255))
    # The send session (models.send_sessions) holding this row while it is `sending`.
    send_session_id: Mapped[str | None] = mapped_column(String(32))
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    sent_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    updated_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class JournalLine(Base):
    __tablename__ = "journal_line"
    __table_args__ = (Index("ix_journal_line_delivery_id", "delivery_id", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    delivery_id: Mapped[int] = mapped_column(ForeignKey("delivery.id", ondelete="CASCADE"))
    level: Mapped[JournalLevel] = mapped_column(db_enum(JournalLevel))
    # The English text; `key` and `params` let each viewer read the line in their language
    # (services.delivery.journal_messages). Lines older than the keys have none.
    message: Mapped[str] = mapped_column(Text)
    key: Mapped[str | None] = mapped_column(String(64))
    params: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class TrackingLog(Base):
    __tablename__ = "tracking_log"
    __table_args__ = (
        Index("ix_tracking_log_delivery_kind_recipient", "delivery_id", "kind", "recipient_id"),
        Index("ix_tracking_log_delivery_created", "delivery_id", "created_at"),
        Index("ix_tracking_log_hit_id", "hit_id", unique=True),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    delivery_id: Mapped[int] = mapped_column(ForeignKey("delivery.id", ondelete="CASCADE"))
    recipient_id: Mapped[int] = mapped_column(ForeignKey("recipient.id", ondelete="CASCADE"))
    kind: Mapped[TrackingKind] = mapped_column(db_enum(TrackingKind))
    url: Mapped[str] = mapped_column(Text, default="")
    user_agent: Mapped[str] = mapped_column(String(512), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    # Given by the tracking server when it answers the hit: recording the same hit again
    # (its spool replayed after a crash) adds nothing. Rows recorded before have none.
    hit_id: Mapped[str | None] = mapped_column(String(32))


class TrackingFirst(Base):
    """A recipient's first open, first click and unsubscription of a delivery: one row each,
    whichever tracking server records it first (an open row also for a first click: a click
    proves the message was opened). The distinct counters (opens, clicks, unsubscriptions)
    move only with a row really inserted, so the database, not a process, decides them."""

    __tablename__ = "tracking_first"

    delivery_id: Mapped[int] = mapped_column(
        ForeignKey("delivery.id", ondelete="CASCADE"), primary_key=True
    )
    kind: Mapped[TrackingKind] = mapped_column(db_enum(TrackingKind), primary_key=True)
    recipient_id: Mapped[int] = mapped_column(
        ForeignKey("recipient.id", ondelete="CASCADE"), primary_key=True
    )
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
