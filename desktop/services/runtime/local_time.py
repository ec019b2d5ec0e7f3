"""A stored moment as an operator reads it: their local time.

The database keeps UTC; SQLite hands a moment back without its zone, so a naive moment is
UTC. Every screen that shows a moment goes through here, so none shows UTC by mistake."""

from __future__ import annotations

from datetime import UTC, datetime


def local_moment(moment: datetime, *, seconds: bool = False) -> str:
    """'2026-12-05 14:02' in local time; to the second where two lines of one minute must
    stay apart (a journal, a history)."""
    return _local(moment).strftime("%Y-%m-%d %H:%M:%S" if seconds else "%Y-%m-%d %H:%M")


def shown_time(moment: datetime | None, now: datetime | None = None) -> str:
    """'14:02' today, '2026-12-05 14:02' another day; '' for no moment (a one-line message)."""
    if moment is None:
        return ""
    local = _local(moment)
    today = (now or datetime.now(UTC)).astimezone().date()
    return local.strftime("%H:%M" if local.date() == today else "%Y-%m-%d %H:%M")


def _local(moment: datetime) -> datetime:
    aware = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return aware.astimezone()
