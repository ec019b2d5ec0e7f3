"""Reads the audit trail: the rows of one delivery, of a campaign (its own and its
deliveries'), or of everything; newest first, sorted, filtered and paged.

An AuditTrailQuery is opened for an actor and a subject (the constructor checks both), then
runs one COUNT and LIMIT/OFFSET pages like the explorer's lists (entities.list_query), so
the History tab reads only the rows it shows and the CLI prints a page. Every filter value
is a bound parameter.

Who may read: every operator reads a delivery's or a campaign's trail, as every operator
reads the objects themselves (entities.get asks no right). The whole trail (options,
operators, quarantine...) is for administrators.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, NamedTuple

from sqlalchemy import ColumnElement, String, and_, case, cast, func, or_, select
from sqlalchemy.orm import Session

from desktop.errors import NotFound, ValidationError
from desktop.models import AuditEntry, Campaign, Delivery
from desktop.models.database import Sessions
from desktop.models.enums import Right
from desktop.services.access.rights import Actor, require

# The kinds of object that have a trail of their own (a History tab, `audit list --KIND`).
TRAIL_KINDS = ("delivery", "campaign")
# What the filter boxes and `audit list --operator/--action` narrow the trail by.
FILTER_NAMES = ("operator", "action")

_audit = AuditEntry.__table__
_delivery = Delivery.__table__
_campaign = Campaign.__table__


@dataclass(frozen=True)
class TrailSubject:
    """Whose trail: a delivery, a campaign (with its deliveries), or everything (None)."""

    kind: str | None = None
    object_id: int | None = None

    def __post_init__(self) -> None:
        if self.kind is None and self.object_id is None:
            return
        if self.kind not in TRAIL_KINDS:
            raise ValidationError("kind", f"must be one of {', '.join(TRAIL_KINDS)}", self.kind)
        if self.object_id is None:
            raise ValidationError(self.kind, "needs an id")

    @property
    def everything(self) -> bool:
        return self.kind is None


class AuditRow(NamedTuple):
    """One row of a trail. A tuple whose first item is the row's id, as list pages are."""

    id: int
    at: datetime
    operator: str
    kind: str  # the object's kind: delivery, campaign, option...
    object_id: int | None
    object_label: str | None  # None once the object is deleted
    action: str  # create, update, delete, status...
    from_state: str | None
    to_state: str | None
    details: dict[str, Any] | None

    def as_dict(self) -> dict[str, Any]:
        """For JSON: who, when, what, from which state to which."""
        return {
            "id": self.id,
            "at": self.at,
            "operator": self.operator,
            "object": self.kind,
            "object_id": self.object_id,
            "object_label": self.object_label,
            "action": self.action,
            "from": self.from_state,
            "to": self.to_state,
            "details": self.details,
        }


@dataclass(frozen=True)
class TrailColumn:
    name: str
    title: str  # English; the view translates it
    expression: ColumnElement[Any]


def _label_of_object() -> ColumnElement[Any]:
    """The delivery's or campaign's current label (None for other kinds, or once deleted)."""
    delivery_label = (
        select(_delivery.c.label).where(_delivery.c.id == _audit.c.entity_id).scalar_subquery()
    )
    campaign_label = (
        select(_campaign.c.label).where(_campaign.c.id == _audit.c.entity_id).scalar_subquery()
    )
    return case(
        (_audit.c.entity == "delivery", delivery_label),
        (_audit.c.entity == "campaign", campaign_label),
        else_=None,
    )


OBJECT_LABEL = _label_of_object()
DETAILS_TEXT = cast(_audit.c.details, String)

# The columns a trail shows and sorts by, in order; "at" (newest first) is the default.
COLUMNS: tuple[TrailColumn, ...] = (
    TrailColumn("at", "When", _audit.c.at),
    TrailColumn("operator", "Operator", _audit.c.operator_name),
    TrailColumn("object", "Object", OBJECT_LABEL),
    TrailColumn("action", "Action", _audit.c.action),
    TrailColumn("from_state", "From", _audit.c.from_state),
    TrailColumn("to_state", "To", _audit.c.to_state),
    TrailColumn("details", "Details", DETAILS_TEXT),
)


def column_named(name: str) -> int:
    """The index of a column of COLUMNS."""
    for index, column in enumerate(COLUMNS):
        if column.name == name:
            return index
    raise ValueError(f"no column {name!r} in an audit trail")


# What a page selects, in AuditRow's order.
_ROW = (
    _audit.c.id,
    _audit.c.at,
    _audit.c.operator_name,
    _audit.c.entity,
    _audit.c.entity_id,
    OBJECT_LABEL,
    _audit.c.action,
    _audit.c.from_state,
    _audit.c.to_state,
    _audit.c.details,
)
# What the search box looks through.
_SEARCHED = (
    _audit.c.operator_name,
    _audit.c.action,
    _audit.c.from_state,
    _audit.c.to_state,
    DETAILS_TEXT,
)


def subject_condition(subject: TrailSubject) -> ColumnElement[bool] | None:
    """The rows of the subject's trail (None: every row)."""
    if subject.everything:
        return None
    if subject.kind == "delivery":
        return and_(_audit.c.entity == "delivery", _audit.c.entity_id == subject.object_id)
    deliveries = select(_delivery.c.id).where(_delivery.c.campaign_id == subject.object_id)
    return or_(
        and_(_audit.c.entity == "campaign", _audit.c.entity_id == subject.object_id),
        and_(_audit.c.entity == "delivery", _audit.c.entity_id.in_(deliveries)),
    )


def check_readable(session: Session, actor: Actor, subject: TrailSubject) -> None:
    """Refuses a trail the actor may not read, or of an object that never existed (a
    deleted object keeps its trail: its rows are still found)."""
    if subject.everything:
        require(actor, Right.ADMINISTRATION, "read the whole audit trail")
        return
    model = Delivery if subject.kind == "delivery" else Campaign
    if session.get(model, subject.object_id) is not None:
        return
    condition = subject_condition(subject)
    assert condition is not None
    if session.scalar(select(_audit.c.id).where(condition).limit(1)) is None:
        raise NotFound(str(subject.kind), subject.object_id)


def _aware(moment: datetime) -> datetime:
    # SQLite hands back naive UTC.
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


@dataclass
class AuditTrailQuery:
    """A subject's trail with the user's search, filters and sort; runs COUNT and pages.

    Opening it (the constructor) checks that the actor may read the trail."""

    sessions: Sessions
    actor: Actor
    subject: TrailSubject
    search: str = ""
    # "operator" -> an operator's name, "action" -> an action's machine name
    filter_values: dict[str, str] = field(default_factory=dict)
    sort_column: int = 0
    descending: bool = True
    columns: tuple[TrailColumn, ...] = COLUMNS

    def __post_init__(self) -> None:
        with self.sessions() as session:
            check_readable(session, self.actor, self.subject)

    # ---- what the list panel asks ----------------------------------------------------

    def column_index(self, name: str) -> int | None:
        for index, column in enumerate(self.columns):
            if column.name == name:
                return index
        return None

    def count(self) -> int:
        statement = self._where(select(func.count()).select_from(_audit))
        with self.sessions() as session:
            return int(session.execute(statement).scalar_one())

    def page(self, offset: int, limit: int) -> list[AuditRow]:
        """Rows [offset, offset + limit) in the current order; equal values newest first
        (oldest first only when the time itself is sorted oldest first)."""
        column = self.columns[self.sort_column]
        oldest_first = column.name == "at" and not self.descending
        order = [
            column.expression.desc() if self.descending else column.expression.asc(),
            _audit.c.id.asc() if oldest_first else _audit.c.id.desc(),
        ]
        statement = self._where(select(*_ROW)).order_by(*order).offset(offset).limit(limit)
        with self.sessions() as session:
            return [
                AuditRow(row[0], _aware(row[1]), *row[2:]) for row in session.execute(statement)
            ]

    def choices(self, name: str) -> list[str]:
        """The operators (name "operator") or actions ("action") found in the subject's
        trail, for the filter boxes; the other filters and the search do not narrow them."""
        column = _audit.c.operator_name if name == "operator" else _audit.c.action
        statement = select(column).distinct().order_by(column)
        condition = subject_condition(self.subject)
        if condition is not None:
            statement = statement.where(condition)
        with self.sessions() as session:
            return [value for value in session.scalars(statement) if value]

    def latest(self) -> tuple[int, int]:
        """(rows, newest id) of the whole subject's trail: what changes when the object
        does. One indexed query, cheap enough to ask every few seconds."""
        statement = select(func.count(), func.max(_audit.c.id))
        condition = subject_condition(self.subject)
        if condition is not None:
            statement = statement.where(condition)
        with self.sessions() as session:
            rows, newest = session.execute(statement).one()
        return int(rows), int(newest or 0)

    # ---- the conditions --------------------------------------------------------------

    def _conditions(self) -> list[ColumnElement[bool]]:
        conditions: list[ColumnElement[bool]] = []
        scope = subject_condition(self.subject)
        if scope is not None:
            conditions.append(scope)
        operator = self.filter_values.get("operator")
        if operator:
            conditions.append(_audit.c.operator_name == operator)
        action = self.filter_values.get("action")
        if action:
            conditions.append(_audit.c.action == action)
        text = self.search.strip()
        if text:
            # As the explorer's lists do: SQLite's LIKE ignores (ASCII) case already.
            sqlite = self._dialect() == "sqlite"
            searched = [*_SEARCHED, OBJECT_LABEL] if not self.subject.everything else _SEARCHED
            conditions.append(
                or_(
                    *(
                        column.contains(text, autoescape=True)
                        if sqlite
                        else column.icontains(text, autoescape=True)
                        for column in searched
                    )
                )
            )
        return conditions

    def _where(self, statement: Any) -> Any:
        conditions = self._conditions()
        return statement.where(and_(*conditions)) if conditions else statement

    def _dialect(self) -> str:
        bind = self.sessions.kw.get("bind")
        return bind.dialect.name if bind is not None else ""


def trail_page(
    sessions: Sessions,
    actor: Actor,
    subject: TrailSubject,
    *,
    operator: str = "",
    action: str = "",
    text: str = "",
    offset: int = 0,
    limit: int = 50,
) -> tuple[int, list[AuditRow]]:
    """(rows in the filtered trail, the page of them), newest first: what `audit list`
    prints."""
    if limit < 1:
        raise ValidationError("limit", "must be at least 1", limit)
    if offset < 0:
        raise ValidationError("offset", "must not be negative", offset)
    query = AuditTrailQuery(
        sessions,
        actor,
        subject,
        search=text,
        filter_values={"operator": operator, "action": action},
    )
    return query.count(), query.page(offset, limit)
