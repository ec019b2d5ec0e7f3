"""The refusal of a save that another operator's save overtook: "Campaign 12 was changed
by bob at 14:02; reload it to see the changes". A form sends the version it loaded; the
object's `version` (models.base.Versioned) says whether anyone saved since."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from desktop.errors import ChangedElsewhere, ConsoleError, NotFound
from desktop.services.runtime.local_time import shown_time


def changed_elsewhere(label: str, obj: Any) -> ChangedElsewhere:
    """The refusal naming the last change of `obj`, as stored now."""
    return ChangedElsewhere(
        label, obj.id, getattr(obj, "updated_by", ""), shown_time(getattr(obj, "updated_at", None))
    )


def ensure_unchanged(label: str, obj: Any, expected_version: int | None) -> None:
    """Refuses unless `obj` (read now, locked where the database locks rows) is still at
    the version the form loaded; None: the caller loaded nothing earlier."""
    if expected_version is not None and obj.version != expected_version:
        raise changed_elsewhere(label, obj)


def overtaken(sessions: sessionmaker[Session], label: str, model: Any, key: int) -> ConsoleError:
    """After the database refused an UPDATE of a row whose version had moved meanwhile
    (StaleDataError): the refusal, read in a fresh transaction; NotFound when it was
    deleted meanwhile."""
    with sessions() as session:
        obj = session.get(model, key)
        if obj is None:
            return NotFound(label.lower(), key)
        return changed_elsewhere(label, obj)


def record_edit(obj: Any, editor: str) -> None:
    """One more edit of `obj`, by `editor`: the next save of an older copy is refused."""
    obj.version = (obj.version or 1) + 1
    obj.updated_by = editor
