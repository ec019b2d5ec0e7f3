"""Hard bounces counted per address until the address reaches the quarantine threshold.

Kept apart from the quarantine table so that a quarantine row always means "quarantined":
preparation only has to test that a row exists (option NmsEmail_QuarantineThreshold).
"""

from __future__ import annotations

from sqlalchemy import Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base, Timestamped


class HardBounceCount(Timestamped, Base):
    __tablename__ = "hard_bounce_count"

    id: Mapped[int] = mapped_column(primary_key=True)
    # normalize_address(address), unique: one counter per address.
    address: Mapped[str] = mapped_column(String(320), unique=True)
    count: Mapped[int] = mapped_column(Integer, default=0)
    last_reason: Mapped[str] = mapped_column(String(255), default="")
