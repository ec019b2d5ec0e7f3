"""Send sessions: which process is sending which delivery, and whether it is still alive.

A delivery-log row in `sending` names the session that claimed it. When a send process
dies (crash, kill), its rows are handed out again by the next sender: only those rows'
messages can go out twice (domain.md §3.2, crash safety).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base, utcnow


class SendSession(Base):
    __tablename__ = "send_session"
    __table_args__ = (Index("ix_send_session_delivery_id", "delivery_id"),)

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    delivery_id: Mapped[int] = mapped_column(ForeignKey("delivery.id", ondelete="CASCADE"))
    hostname: Mapped[str] = mapped_column(String(255), default="")
    pid: Mapped[int] = mapped_column(Integer, default=0)
    started_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    # Refreshed every few seconds while the session sends; a stale one is dead.
    heartbeat_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
