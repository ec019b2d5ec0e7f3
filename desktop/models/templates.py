"""Delivery templates: everything of a delivery but its audience and schedule.

A table of its own rather than a flag on `delivery`: every query over deliveries (the
lists, the scheduler, the senders, the concurrency limit, the KPIs, the approvals) would
otherwise have to leave templates out, and one forgotten filter would prepare or send a
template. A template has no status, no counters, no log rows.
"""

from __future__ import annotations

from sqlalchemy import JSON, Boolean, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base, Timestamped, Versioned
from desktop.models.campaigns import ApprovalSettings
from desktop.models.enums import Channel, db_enum


class DeliveryTemplate(ApprovalSettings, Versioned, Timestamped, Base):
    __tablename__ = "delivery_template"
    __table_args__ = (Index("ix_delivery_template_label", "label"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    label: Mapped[str] = mapped_column(String(255))
    description: Mapped[str] = mapped_column(Text, default="")
    channel: Mapped[Channel] = mapped_column(db_enum(Channel), default=Channel.EMAIL)
    created_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("operator.id", ondelete="SET NULL")
    )

    # Content, as on Delivery
    subject: Mapped[str] = mapped_column(String(998), default="")
    sender_address: Mapped[str] = mapped_column(String(320), default="")
    sender_name: Mapped[str] = mapped_column(String(255), default="")
    reply_to: Mapped[str] = mapped_column(String(320), default="")
    html: Mapped[str] = mapped_column(Text, default="")
    text: Mapped[str] = mapped_column(Text, default="")

    # The proof target: a list, or these addresses
    proof_list_id: Mapped[int | None] = mapped_column(
        ForeignKey("recipient_list.id", ondelete="SET NULL")
    )
    proof_addresses: Mapped[list[str]] = mapped_column(JSON, default=list)

    # Throughput and validity (the contact date is the delivery's own)
    validity_seconds: Mapped[int | None] = mapped_column(Integer)
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

    # Approvals: with override_approvals, a delivery made from the template follows these
    # steps and reviewers (names as `delivery approvals` takes them: erik,
    # targeting:erik, group:reviewers) instead of its campaign's.
    override_approvals: Mapped[bool] = mapped_column(Boolean, default=False)
    reviewers: Mapped[list[str]] = mapped_column(JSON, default=list)
    confirmation_reviewers: Mapped[list[str]] = mapped_column(JSON, default=list)
