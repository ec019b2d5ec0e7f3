"""A moment as an operator reads it in a one-line message: their local time, with the
date only when it is not today."""

from __future__ import annotations

from datetime import UTC, datetime


def shown_time(moment: datetime | None, now: datetime | None = None) -> str:
    """'14:02' today, '2026-12-05 14:02' another day; '' for no moment. A naive moment is
    UTC (SQLite hands back what it stored without its zone)."""
    if moment is None:
        return ""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    local = moment.astimezone()
    today = (now or datetime.now(UTC)).astimezone().date()
    return local.strftime("%H:%M" if local.date() == today else "%Y-%m-%d %H:%M")
