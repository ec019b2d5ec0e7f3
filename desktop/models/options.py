"""Platform options (Administration > Platform > Options)."""

from __future__ import annotations

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base, Timestamped, Versioned
from desktop.models.enums import OptionType, db_enum


class Option(Versioned, Timestamped, Base):
    __tablename__ = "option"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(128), unique=True)
    label: Mapped[str] = mapped_column(String(255), default="")
    data_type: Mapped[OptionType] = mapped_column(db_enum(OptionType), default=OptionType.TEXT)
    # Canonical text form, validated against data_type by services.settings.options.
    value: Mapped[str] = mapped_column(Text, default="")
