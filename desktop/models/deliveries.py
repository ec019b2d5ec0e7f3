"""Deliveries (e-mail and direct mail) with their settings and live counters."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base, Timestamped, Versioned
from desktop.models.campaigns import ApprovalSettings
from desktop.models.enums import Channel, DeliveryStatus, db_enum

# Counters shown on the dashboard every second; updated in the same transaction as the
# log rows they summarise (architecture.md, Data), so reading KPIs is one small query.
COUNTER_COLUMNS = (
    "targeted",
    "to_deliver",
    "to_exclude",
    "render_errors",
    "delivered",
    "failed",
    "hard_bounces",
    "soft_bounces",
    "opens",
    "clicks",
    "total_opens",
    "total_clicks",
    "unsubscriptions",
    "cancelled",
    "processed",
)


class DeliveryCounters:
    targeted: Mapped[int] = mapped_column(Integer, default=0)
    to_deliver: Mapped[int] = mapped_column(Integer, default=0)
    to_exclude: Mapped[int] = mapped_column(Integer, default=0)
    render_errors: Mapped[int] = mapped_column(Integer, default=0)
    delivered: Mapped[int] = mapped_column(Integer, default=0)
    failed: Mapped[int] = mapped_column(Integer, default=0)
    hard_bounces: Mapped[int] = mapped_column(Integer, default=0)
    soft_bounces: Mapped[int] = mapped_column(Integer, default=0)
    opens: Mapped[int] = mapped_column(Integer, default=0)
    clicks: Mapped[int] = mapped_column(Integer, default=0)
    total_opens: Mapped[int] = mapped_column(Integer, default=0)
    total_clicks: Mapped[int] = mapped_column(Integer, default=0)
    unsubscriptions: Mapped[int] = mapped_column(Integer, default=0)
    # Messages not sent because the delivery was stopped or its validity ended.
    cancelled: Mapped[int] = mapped_column(Integer, default=0)
    # Messages whose send ended (sent, failed or cancelled): the send progress.
    processed: Mapped[int] = mapped_column(Integer, default=0)


class Delivery(DeliveryCounters, ApprovalSettings, Versioned, Timestamped, Base):
    __tablename__ = "delivery"
    __table_args__ = (
        Index("ix_delivery_campaign_id", "campaign_id"),
        Index("ix_delivery_status", "status"),
        Index("ix_delivery_label", "label"),
        Index("ix_delivery_contact_date", "contact_date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    campaign_id: Mapped[int | None] = mapped_column(ForeignKey("campaign.id", ondelete="CASCADE"))
    label: Mapped[str] = mapped_column(String(255))
    channel: Mapped[Channel] = mapped_column(db_enum(Channel), default=Channel.EMAIL)
    status: Mapped[DeliveryStatus] = mapped_column(
        db_enum(DeliveryStatus), default=DeliveryStatus.BEING_EDITED
    )
    created_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("operator.id", ondelete="SET NULL")
    )

    # Audience: a filter condition tree (services.audience.conditions) or a static list.
    audience_filter: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    audience_list_id: Mapped[int | None] = mapped_column(
        ForeignKey("recipient_list.id", ondelete="SET NULL")
    )
    # The proof target (domain.md §4): a list, or these addresses; at most 100 either way.
    proof_list_id: Mapped[int | None] = mapped_column(
        ForeignKey("recipient_list.id", ondelete="SET NULL")
    )
    proof_addresses: Mapped[list[str]] = mapped_column(JSON, default=list)

    # Content
    subject: Mapped[str] = mapped_column(String(998), default="")
    sender_address: Mapped[str] = mapped_column(String(320), default="")
    sender_name: Mapped[str] = mapped_column(String(255), default="")
    reply_to: Mapped[str] = mapped_column(String(320), default="")
    html: Mapped[str] = mapped_column(Text, default="")
    text: Mapped[str] = mapped_column(Text, default="")

    # Schedule and validity
    contact_date: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    validity_seconds: Mapped[int | None] = mapped_column(Integer)

    # Throughput (None: the relay's or the option's default)
    max_connections: Mapped[int] = mapped_column(Integer, default=4)
    messages_per_connection: Mapped[int] = mapped_column(Integer, default=1000)
    messages_per_hour: Mapped[int | None] = mapped_column(Integer)
    messages_per_hour_per_domain: Mapped[int | None] = mapped_column(Integer)

    # Targeting settings
    typology_id: Mapped[int | None] = mapped_column(ForeignKey("typology.id", ondelete="SET NULL"))
    control_group_percent: Mapped[int] = mapped_column(Integer, default=0)
    target_limit: Mapped[int | None] = mapped_column(Integer)

    # Direct mail
    provider_id: Mapped[int | None] = mapped_column(
        ForeignKey("service_provider.id", ondelete="SET NULL")
    )

    # Approvals: the delivery's own settings replace its campaign's when this is set.
    override_approvals: Mapped[bool] = mapped_column(Boolean, default=False)

    # Life-cycle bookkeeping
    error_message: Mapped[str] = mapped_column(Text, default="")
    prepared_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    started_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    finished_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
