"""Extraction files of direct-mail deliveries (domain.md §5): one row per file written,
with where it went and what came back from the router."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, DateTime, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base, utcnow


class Extraction(Base):
    """One extraction file. A delivery's current file is its newest row; an older one was
    replaced by extracting again (its file may be overwritten, its costs were)."""

    __tablename__ = "extraction"
    __table_args__ = (Index("ix_extraction_delivery_id", "delivery_id", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    delivery_id: Mapped[int] = mapped_column(ForeignKey("delivery.id", ondelete="CASCADE"))
    file_name: Mapped[str] = mapped_column(String(255))
    path: Mapped[str] = mapped_column(String(1024))
    rows: Mapped[int] = mapped_column(Integer, default=0)
    # The export format it was written with (column names, as the header row has them).
    columns: Mapped[list[str]] = mapped_column(JSON, default=list)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    created_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("operator.id", ondelete="SET NULL")
    )
    # The hand-off: the copy in the provider's drop folder, and the notification's outcome.
    handed_off_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    handed_off_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("operator.id", ondelete="SET NULL")
    )
    drop_path: Mapped[str] = mapped_column(String(1024), default="")
    notification: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    # The router's results file, once imported: rows sent and failed.
    results_imported_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    results_file: Mapped[str] = mapped_column(String(1024), default="")
    sent: Mapped[int] = mapped_column(Integer, default=0)
    failed: Mapped[int] = mapped_column(Integer, default=0)
