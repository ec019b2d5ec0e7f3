"""Recipient imports: how far each import of a CSV file got, and the lines it set aside.

An import commits its rows in batches; each batch also moves its import's row forward (the
last line and the byte offset committed, the counts so far) in the same transaction, so an
import stopped at any moment can be resumed where its last batch ended.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    JSON,
    BigInteger,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base, Timestamped, utcnow
from desktop.models.enums import ImportStatus, IssueKind, db_enum

# At most one unfinished import per file content: two processes cannot both start it.
UNFINISHED = text("status IN ('running', 'interrupted')")


class RecipientImport(Timestamped, Base):
    __tablename__ = "recipient_import"
    __table_args__ = (
        Index(
            "ix_recipient_import_unfinished",
            "checksum",
            unique=True,
            sqlite_where=UNFINISHED,
            postgresql_where=UNFINISHED,
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    file_name: Mapped[str] = mapped_column(String(255))
    file_size: Mapped[int] = mapped_column(BigInteger)
    checksum: Mapped[str] = mapped_column(String(64))  # SHA-256 of the file's bytes, hex
    operator_name: Mapped[str] = mapped_column(String(64), default="")
    status: Mapped[ImportStatus] = mapped_column(db_enum(ImportStatus, 16))
    # The recipient field each column of the file goes to ("" for an ignored column).
    columns: Mapped[list[str]] = mapped_column(JSON)
    # The last line of the last committed row, and the byte offset just after it.
    line: Mapped[int] = mapped_column(Integer, default=1)
    byte_offset: Mapped[int] = mapped_column(BigInteger, default=0)
    inserted: Mapped[int] = mapped_column(Integer, default=0)
    updated: Mapped[int] = mapped_column(Integer, default=0)
    rejected: Mapped[int] = mapped_column(Integer, default=0)
    warnings: Mapped[int] = mapped_column(Integer, default=0)
    # The process importing it now: "host pid token"; refreshed with every batch.
    owner: Mapped[str | None] = mapped_column(String(320))
    heartbeat_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class RecipientImportIssue(Base):
    __tablename__ = "recipient_import_issue"
    __table_args__ = (Index("ix_recipient_import_issue_import", "import_id", "kind", "line"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    import_id: Mapped[int] = mapped_column(ForeignKey("recipient_import.id", ondelete="CASCADE"))
    kind: Mapped[IssueKind] = mapped_column(db_enum(IssueKind, 16))
    line: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(Text)
    # The line's text as read (the start of it, for a very long one), to fix and import again.
    content: Mapped[str] = mapped_column(Text, default="")
