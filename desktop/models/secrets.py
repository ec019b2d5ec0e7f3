"""What the application records of its own secrets. The tracking links' keys live outside
the database (services.access.tracking_keys): here are only the key ring's id and the
fingerprint of the key that signs, and, in a database from before, its key until first use
moves it out."""

from __future__ import annotations

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base, Timestamped


class AppSecret(Timestamped, Base):
    """Not an option: options are readable by every operator, secrets by none."""

    __tablename__ = "app_secret"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(String(255))
