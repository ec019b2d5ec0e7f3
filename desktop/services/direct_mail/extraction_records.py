"""A direct-mail delivery's extraction files as the views and the commands read them: the
current one (the newest), with who wrote it, where it went and what came back."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from desktop.models import Extraction, Operator


@dataclass(frozen=True)
class ExtractionRecord:
    id: int
    delivery_id: int
    file_name: str
    path: str
    rows: int
    columns: list[str]
    created_at: datetime
    created_by: str
    handed_off_at: datetime | None
    handed_off_by: str
    drop_path: str
    notification: dict[str, Any]
    results_imported_at: datetime | None
    sent: int
    failed: int

    def as_dict(self) -> dict[str, Any]:
        return {
            "file": self.path,
            "file_name": self.file_name,
            "rows": self.rows,
            "columns": self.columns,
            "extracted_at": self.created_at,
            "extracted_by": self.created_by,
            "handed_off_at": self.handed_off_at,
            "handed_off_by": self.handed_off_by or None,
            "drop_path": self.drop_path or None,
            "results_imported_at": self.results_imported_at,
            "sent": self.sent,
            "failed": self.failed,
        }


def _utc(moment: datetime | None) -> datetime | None:
    if moment is not None and moment.tzinfo is None:  # SQLite hands back naive UTC
        return moment.replace(tzinfo=UTC)
    return moment


def current_extraction_row(session: Session, delivery_id: int) -> Extraction | None:
    return session.scalar(
        select(Extraction)
        .where(Extraction.delivery_id == delivery_id)
        .order_by(Extraction.id.desc())
        .limit(1)
    )


def current_extraction(session: Session, delivery_id: int) -> ExtractionRecord | None:
    """The delivery's newest extraction file, or None when it has none."""
    by, handed_by = aliased(Operator), aliased(Operator)
    found = session.execute(
        select(Extraction, by.name, handed_by.name)
        .outerjoin(by, by.id == Extraction.created_by_id)
        .outerjoin(handed_by, handed_by.id == Extraction.handed_off_by_id)
        .where(Extraction.delivery_id == delivery_id)
        .order_by(Extraction.id.desc())
        .limit(1)
    ).first()
    if found is None:
        return None
    row, creator, hander = found
    return ExtractionRecord(
        id=row.id,
        delivery_id=row.delivery_id,
        file_name=row.file_name,
        path=row.path,
        rows=row.rows,
        columns=list(row.columns or []),
        created_at=_utc(row.created_at) or row.created_at,
        created_by=creator or "",
        handed_off_at=_utc(row.handed_off_at),
        handed_off_by=hander or "",
        drop_path=row.drop_path or "",
        notification=dict(row.notification or {}),
        results_imported_at=_utc(row.results_imported_at),
        sent=row.sent,
        failed=row.failed,
    )
