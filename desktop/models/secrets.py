"""Secrets the application generates for itself (the tracking links' signing key)."""

from __future__ import annotations

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base, Timestamped


class AppSecret(Timestamped, Base):
    """Not an option: options are readable by every operator, secrets by none."""

    __tablename__ = "app_secret"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(String(255))
