"""Writes the audit trail: every state change says who, when, what and from/to which state."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from desktop.models import AuditEntry
from desktop.services.access.rights import Actor


def record(
    session: Session,
    actor: Actor,
    entity: str,
    entity_id: int | None,
    action: str,
    *,
    from_state: str | None = None,
    to_state: str | None = None,
    details: dict[str, Any] | None = None,
) -> None:
    """Adds an audit row in the caller's transaction, so it commits (or not) with the change."""
    session.add(
        AuditEntry(
            operator_id=actor.operator_id,
            operator_name=actor.name,
            entity=entity,
            entity_id=entity_id,
            action=action,
            from_state=from_state,
            to_state=to_state,
            details=details,
        )
    )
