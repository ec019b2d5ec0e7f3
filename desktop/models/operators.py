"""Operators (people who log in), operator groups and the rights the groups carry."""

from __future__ import annotations

from sqlalchemy import JSON, Boolean, Column, ForeignKey, String, Table
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.models.base import Base, Timestamped, Versioned

operator_group_member = Table(
    "operator_group_member",
    Base.metadata,
    Column("operator_id", ForeignKey("operator.id", ondelete="CASCADE"), primary_key=True),
    Column("group_id", ForeignKey("operator_group.id", ondelete="CASCADE"), primary_key=True),
)


class Operator(Versioned, Timestamped, Base):
    __tablename__ = "operator"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    label: Mapped[str] = mapped_column(String(128), default="")
    email: Mapped[str] = mapped_column(String(255), default="")
    password_hash: Mapped[str] = mapped_column(String(255))
    language: Mapped[str] = mapped_column(String(8), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    groups: Mapped[list[OperatorGroup]] = relationship(
        secondary=operator_group_member, back_populates="members"
    )


class OperatorGroup(Versioned, Timestamped, Base):
    __tablename__ = "operator_group"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    label: Mapped[str] = mapped_column(String(128), default="")
    # Right machine names (enums.Right values); a JSON list keeps groups one row each.
    rights: Mapped[list[str]] = mapped_column(JSON, default=list)

    members: Mapped[list[Operator]] = relationship(
        secondary=operator_group_member, back_populates="groups"
    )
