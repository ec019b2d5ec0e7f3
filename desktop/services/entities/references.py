"""What a form shows for references: the (id, title) of a kind's objects, and child rows.

Reference fields point at objects of another kind (a campaign's program, a delivery's
list). Forms offer them in a combo box; for large kinds they search by title, so only a
page of titles is ever read. Titles are searched with bound parameters, never SQL text.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from desktop.services.entities import spec_for, values_of
from desktop.services.entities.base import EntitySpec

# How many choices a combo box holds before the form offers a search instead.
CHOICE_PAGE = 200


@dataclass(frozen=True)
class Choice:
    id: int
    title: str


def _title_column(spec: EntitySpec) -> InstrumentedAttribute[Any]:
    column = getattr(spec.model, spec.title_field, None)
    # A title that is not a column (a Python property) cannot be sorted or searched in SQL.
    if isinstance(column, InstrumentedAttribute) and hasattr(column, "contains"):
        return column
    return spec.model.id  # type: ignore[attr-defined]


def _shown(entity_id: int, title: Any) -> str:
    text = "" if title is None else str(title).strip()
    return text or f"#{entity_id}"


def choices(
    session: Session, kind: str, search: str = "", limit: int = CHOICE_PAGE
) -> tuple[list[Choice], bool]:
    """Up to `limit` objects of `kind` by title (containing `search`, or with that id),
    and whether more exist beyond them."""
    spec = spec_for(kind)
    model_id = spec.model.id  # type: ignore[attr-defined]
    title = _title_column(spec)
    query = select(model_id, title).order_by(title, model_id).limit(limit + 1)
    search = search.strip()
    if search:
        matches = [title.contains(search, autoescape=True)] if title is not model_id else []
        if search.isdigit():
            matches.append(model_id == int(search))
        query = query.where(or_(*matches)) if matches else query.where(model_id == -1)
    rows = session.execute(query).all()
    found = [Choice(row[0], _shown(row[0], row[1])) for row in rows[:limit]]
    return found, len(rows) > limit


def title_of(session: Session, kind: str, entity_id: int) -> str | None:
    """The title shown for one object, or None when it does not exist."""
    spec = spec_for(kind)
    model_id = spec.model.id  # type: ignore[attr-defined]
    row = session.execute(
        select(model_id, _title_column(spec)).where(model_id == entity_id)
    ).first()
    return _shown(row[0], row[1]) if row else None


def children_of(
    session: Session, kind: str, parent_field: str, parent_id: int
) -> list[dict[str, Any]]:
    """The values of a parent's child objects (cost structures of a provider), by id.

    Child collections are small (a few rows per parent), so they are read whole."""
    spec = spec_for(kind)
    model_id = spec.model.id  # type: ignore[attr-defined]
    rows = session.scalars(
        select(spec.model).where(getattr(spec.model, parent_field) == parent_id).order_by(model_id)
    )
    return [values_of(kind, row) for row in rows]
