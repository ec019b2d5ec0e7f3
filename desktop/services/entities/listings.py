"""What each folder of the explorer lists, and the objects it shows as folders (no Qt).

The ListDefinitions name the kind of object a folder lists and how its list is searched and
sorted (list_query runs them). An ObjectLevel reads the objects shown as folders (programs,
then each program's campaigns) a page at a time, never all at once.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, and_, func, or_, select

from desktop.models import (
    Budget,
    Campaign,
    Delivery,
    DeliveryTemplate,
    Operator,
    OperatorGroup,
    Option,
    Program,
    QuarantinedAddress,
    Recipient,
    RecipientList,
    ServiceProvider,
    Stock,
    Typology,
    TypologyRule,
)
from desktop.models.base import Base
from desktop.models.database import Sessions
from desktop.services.entities.list_query import ListDefinition

# ---- lists -----------------------------------------------------------------------------

# Searched by address and last name: each searched column costs a scan of a million rows.
RECIPIENTS = ListDefinition("recipient", "recipient", Recipient, search=("email", "last_name"))
RECIPIENT_LISTS = ListDefinition("recipient_list", "recipient_list", RecipientList)
# No spec: the quarantine view adds and removes addresses (services.audience.quarantine).
QUARANTINE = ListDefinition(
    "quarantine",
    "quarantine",
    QuarantinedAddress,
    columns=(
        ("address", "Address"),
        ("reason", "Reason"),
        ("created_at", "Date"),
        ("error_count", "Error count"),
    ),
    search=("address", "reason"),
    default_sort="created_at",
)
PROGRAMS = ListDefinition("program", "program", Program)
CAMPAIGNS = ListDefinition("campaign", "campaign", Campaign)
DELIVERIES = ListDefinition("delivery", "delivery", Delivery)
BUDGETS = ListDefinition("budget", "budget", Budget)
DELIVERY_TEMPLATES = ListDefinition(
    "delivery_template",
    "delivery_template",
    DeliveryTemplate,
    search=("label", "subject"),
    default_sort="label",
    default_descending=False,
)
OPERATORS = ListDefinition(
    "operator",
    "operator",
    Operator,
    search=("name", "label"),
    default_sort="name",
    default_descending=False,
)
OPERATOR_GROUPS = ListDefinition(
    "operator_group",
    "operator_group",
    OperatorGroup,
    search=("name", "label"),
    default_sort="name",
    default_descending=False,
)
TYPOLOGY_RULES = ListDefinition(
    "typology_rule", "typology_rule", TypologyRule, search=("name", "label")
)
TYPOLOGIES = ListDefinition("typology", "typology", Typology, search=("name", "label"))
SERVICE_PROVIDERS = ListDefinition("service_provider", "service_provider", ServiceProvider)
STOCKS = ListDefinition("stock", "stock", Stock)
# Options have no entity spec: they are edited by the options editor (services.settings.options).
OPTIONS = ListDefinition(
    "option",
    "option",
    Option,
    columns=(("name", "Name"), ("label", "Label"), ("data_type", "Type"), ("value", "Value")),
    search=("name", "label"),
    default_sort="name",
    default_descending=False,
)


# ---- objects shown as folders -----------------------------------------------------------


@dataclass(frozen=True)
class ObjectLevel:
    """Children of a folder that are objects: programs, then each program's campaigns."""

    kind: str
    model: type[Base]
    icon: str
    # what the object's node lists: its own children, scoped to it
    listing: ListDefinition | None
    listing_scope: str = ""  # column of the listed table that points at the object
    parent_column: str | None = None  # column pointing at the parent object, if any
    children: ObjectLevel | None = None

    def listing_for(self, object_id: int) -> ListDefinition | None:
        if self.listing is None:
            return None
        return self.listing.scoped(self.listing_scope, object_id)

    def _where(self, parent_id: int | None) -> ColumnElement[bool] | None:
        table = self.model.__table__
        if self.parent_column is None:
            return None
        return table.c[self.parent_column] == parent_id

    def count(self, sessions: Sessions, parent_id: int | None) -> int:
        statement = select(func.count()).select_from(self.model.__table__)
        where = self._where(parent_id)
        if where is not None:
            statement = statement.where(where)
        with sessions() as session:
            return int(session.execute(statement).scalar_one())

    def page(
        self, sessions: Sessions, parent_id: int | None, offset: int, limit: int
    ) -> list[tuple[int, str]]:
        """(id, label) of the children in [offset, offset + limit), ordered by label then id."""
        table = self.model.__table__
        statement = select(table.c.id, table.c.label).order_by(table.c.label, table.c.id)
        where = self._where(parent_id)
        if where is not None:
            statement = statement.where(where)
        with sessions() as session:
            rows = session.execute(statement.offset(offset).limit(limit))
            return [(row.id, row.label) for row in rows]

    def parents(self, sessions: Sessions, object_ids: Collection[int]) -> dict[int, int | None]:
        """The parent id of each object still there (every one when the level has no
        parent: None); the gone are left out."""
        if self.parent_column is None:
            return dict.fromkeys(object_ids)
        table = self.model.__table__
        statement = select(table.c.id, table.c[self.parent_column]).where(
            table.c.id.in_(list(object_ids))
        )
        with sessions() as session:
            return {row[0]: row[1] for row in session.execute(statement)}

    def fingerprint(self, sessions: Sessions) -> tuple[Any, ...]:
        """What any change to the level's table moves, in one cheap query: its rows (count,
        sum of ids: a delete and a create), their edits (sum of versions) and the last
        update. Where nothing tells of changes, a reader compares it to decide whether to
        read its objects again."""
        table = self.model.__table__
        statement = select(
            func.count(),
            func.coalesce(func.sum(table.c.id), 0),
            func.coalesce(func.sum(table.c.version), 0),
            func.max(table.c.updated_at),
        )
        with sessions() as session:
            row = session.execute(statement).one()
        return (int(row[0]), int(row[1]), int(row[2]), row[3])

    def locate(self, sessions: Sessions, object_id: int) -> tuple[int | None, int]:
        """(parent id, position among its siblings) of an object; LookupError if gone."""
        table = self.model.__table__
        columns = [table.c.label]
        if self.parent_column:
            columns.append(table.c[self.parent_column])
        with sessions() as session:
            row = session.execute(select(*columns).where(table.c.id == object_id)).first()
            if row is None:
                raise LookupError(object_id)
            parent_id = row[1] if self.parent_column else None
            before = or_(
                table.c.label < row[0], and_(table.c.label == row[0], table.c.id < object_id)
            )
            where = self._where(parent_id)
            statement = select(func.count()).select_from(table).where(before)
            if where is not None:
                statement = statement.where(where)
            position = int(session.execute(statement).scalar_one())
        return parent_id, position


CAMPAIGN_LEVEL = ObjectLevel(
    kind="campaign",
    model=Campaign,
    icon="campaign",
    listing=DELIVERIES,
    listing_scope="campaign_id",
    parent_column="program_id",
)
PROGRAM_LEVEL = ObjectLevel(
    kind="program",
    model=Program,
    icon="program",
    listing=CAMPAIGNS,
    listing_scope="program_id",
    children=CAMPAIGN_LEVEL,
)
OBJECT_LEVELS = {level.kind: level for level in (PROGRAM_LEVEL, CAMPAIGN_LEVEL)}
