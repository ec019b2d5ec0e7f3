"""Recipients, static lists and the quarantine of addresses."""

from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, Boolean, Column, ForeignKey, Index, Integer, String, Table, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base, Timestamped, Versioned

list_member = Table(
    "list_member",
    Base.metadata,
    Column("list_id", ForeignKey("recipient_list.id", ondelete="CASCADE"), primary_key=True),
    Column("recipient_id", ForeignKey("recipient.id", ondelete="CASCADE"), primary_key=True),
    Index("ix_list_member_recipient_id", "recipient_id"),
)


def normalize_address(address: str | None) -> str:
    """Addresses are compared trimmed and case-insensitively everywhere (domain.md §3.1)."""
    return (address or "").strip().lower()


class Recipient(Versioned, Timestamped, Base):
    __tablename__ = "recipient"
    __table_args__ = (
        Index("ix_recipient_email_key", "email_key"),
        Index("ix_recipient_country_language", "country", "language"),
        Index("ix_recipient_last_name", "last_name"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(320), default="")
    # normalize_address(email), kept in a column so joins on addresses use an index.
    email_key: Mapped[str] = mapped_column(String(320), default="")
    first_name: Mapped[str] = mapped_column(String(128), default="")
    last_name: Mapped[str] = mapped_column(String(128), default="")
    language: Mapped[str] = mapped_column(String(8), default="")
    country: Mapped[str] = mapped_column(String(2), default="")
    city: Mapped[str] = mapped_column(String(128), default="")
    postal_address: Mapped[str] = mapped_column(Text, default="")
    denylisted: Mapped[bool] = mapped_column(Boolean, default=False)
    external_id: Mapped[str | None] = mapped_column(String(128), unique=True)
    custom_fields: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class RecipientList(Versioned, Timestamped, Base):
    __tablename__ = "recipient_list"

    id: Mapped[int] = mapped_column(primary_key=True)
    label: Mapped[str] = mapped_column(String(255))
    description: Mapped[str] = mapped_column(Text, default="")
    # Proof (seed) lists hold at most 100 addresses; flagged so forms can offer them.
    is_proof_target: Mapped[bool] = mapped_column(Boolean, default=False)


class QuarantinedAddress(Timestamped, Base):
    __tablename__ = "quarantine"

    id: Mapped[int] = mapped_column(primary_key=True)
    # Stored normalised (normalize_address) and unique: one row per address.
    address: Mapped[str] = mapped_column(String(320), unique=True)
    reason: Mapped[str] = mapped_column(String(255), default="")
    error_count: Mapped[int] = mapped_column(Integer, default=1)
    # The delivery whose hard bounces put the address here (none: added by hand), so that
    # a quarantine written by mistake can be released in bulk.
    delivery_id: Mapped[int | None] = mapped_column(
        ForeignKey("delivery.id", ondelete="SET NULL"), index=True
    )
