"""The SQL behind a list: its columns, filters, search, sort, count and pages (no Qt).

A ListDefinition says what a folder lists (a kind of object, maybe scoped to a parent);
a ListQuery runs it: one COUNT for the total, then LIMIT/OFFSET pages ordered by the
chosen column then id, so any row of 100,000 is one small query away. Columns come from
the entity specs (fields with listed=True), plus id and status where the table has them.
Search and filter values are always bound parameters.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, func, or_, select
from sqlalchemy import Enum as SAEnum

from desktop.errors import ConsoleError
from desktop.models.base import Base
from desktop.models.database import Sessions
from desktop.services.entities.base import EntitySpec, FieldKind, spec_for

# Columns that get a filter combo box when the table has them (domain.md §2).
FILTER_COLUMNS = ("status", "channel")


@dataclass(frozen=True)
class ListDefinition:
    """What a folder lists. `key` names the list in the settings (column widths)."""

    key: str
    kind: str
    model: type[Base]
    # (column, title) pairs; empty: the spec's listed fields
    columns: tuple[tuple[str, str], ...] = ()
    # columns searched by the search box; empty: the spec's title field
    search: tuple[str, ...] = ()
    # (column, value) pairs every row must match: the deliveries of one campaign
    scope: tuple[tuple[str, int], ...] = ()
    default_sort: str = "id"
    default_descending: bool = True

    @property
    def table_name(self) -> str:
        """The table the list reads (what a change notice names)."""
        return str(self.model.__tablename__)

    def scoped(self, column: str, value: int) -> ListDefinition:
        return ListDefinition(
            self.key,
            self.kind,
            self.model,
            self.columns,
            self.search,
            (*self.scope, (column, value)),
            self.default_sort,
            self.default_descending,
        )


@dataclass(frozen=True)
class ListColumn:
    name: str
    title: str  # English; the view translates it
    expression: ColumnElement[Any]


@dataclass(frozen=True)
class ListFilter:
    name: str
    title: str
    choices: tuple[str, ...]  # machine names


def spec_or_none(kind: str) -> EntitySpec | None:
    """The kind's spec, or None for a kind listed without one (options)."""
    try:
        return spec_for(kind)
    except ConsoleError:
        return None


def _reference_title(definition_model: type[Base], name: str, reference: str) -> Any:
    """The referenced object's title instead of its id (a campaign's label, not 12)."""
    column = definition_model.__table__.c[name]
    target = spec_or_none(reference)
    if target is None or target.title_field not in target.model.__table__.c:
        return column
    target_table = target.model.__table__
    return (
        select(target_table.c[target.title_field])
        .where(target_table.c.id == column)
        .scalar_subquery()
    )


def columns_for(definition: ListDefinition) -> tuple[ListColumn, ...]:
    table = definition.model.__table__
    columns = [ListColumn("id", "ID", table.c.id)]
    if definition.columns:
        for name, title in definition.columns:
            columns.append(ListColumn(name, title, table.c[name]))
        return tuple(columns)
    spec = spec_or_none(definition.kind)
    if spec is not None:
        for f in spec.fields:
            if not f.listed or f.name not in table.c or f.name == "id":
                continue
            if f.kind is FieldKind.REFERENCE and f.reference:
                expression = _reference_title(definition.model, f.name, f.reference)
            else:
                expression = table.c[f.name]
            columns.append(ListColumn(f.name, f.label, expression.label(f.name)))
    else:
        for name, title in (("name", "Name"), ("label", "Label")):
            if name in table.c:
                columns.append(ListColumn(name, title, table.c[name]))
    if "status" in table.c and all(c.name != "status" for c in columns):
        columns.insert(min(2, len(columns)), ListColumn("status", "Status", table.c.status))
    return tuple(columns)


def filters_for(definition: ListDefinition) -> tuple[ListFilter, ...]:
    table = definition.model.__table__
    filters = []
    for name in FILTER_COLUMNS:
        if name not in table.c:
            continue
        column_type = table.c[name].type
        enum_class = getattr(column_type, "enum_class", None)
        if isinstance(column_type, SAEnum) and enum_class is not None:
            choices = tuple(str(member.value) for member in enum_class)
            filters.append(ListFilter(name, name.capitalize(), choices))
    return tuple(filters)


def search_columns(definition: ListDefinition) -> tuple[str, ...]:
    if definition.search:
        return definition.search
    table = definition.model.__table__
    spec = spec_or_none(definition.kind)
    for name in (spec.title_field if spec else None, "label", "name"):
        if name and name in table.c:
            return (name,)
    return ()


@dataclass
class ListQuery:
    """A list with the user's current search, filters and sort; runs COUNT and pages."""

    sessions: Sessions
    definition: ListDefinition
    search: str = ""
    filter_values: dict[str, str] = field(default_factory=dict)
    sort_column: int = 0
    descending: bool = True
    columns: tuple[ListColumn, ...] = ()
    filters: tuple[ListFilter, ...] = ()

    def __post_init__(self) -> None:
        self.columns = columns_for(self.definition)
        self.filters = filters_for(self.definition)
        names = [c.name for c in self.columns]
        if self.definition.default_sort in names:
            self.sort_column = names.index(self.definition.default_sort)
        self.descending = self.definition.default_descending

    @property
    def searchable(self) -> bool:
        return bool(search_columns(self.definition))

    def _conditions(self) -> list[ColumnElement[bool]]:
        table = self.definition.model.__table__
        conditions: list[ColumnElement[bool]] = [
            table.c[name] == value for name, value in self.definition.scope
        ]
        for name, value in self.filter_values.items():
            if value:
                conditions.append(table.c[name] == value)
        text = self.search.strip()
        if text:
            # autoescape: % and _ typed by the user match themselves. SQLite's LIKE ignores
            # case already (ASCII, as its lower() does): ILIKE's lower() would only triple
            # the time of a search through a million rows.
            sqlite = self._dialect() == "sqlite"
            matches = [
                table.c[name].contains(text, autoescape=True)
                if sqlite
                else table.c[name].icontains(text, autoescape=True)
                for name in search_columns(self.definition)
            ]
            if matches:
                conditions.append(or_(*matches))
        return conditions

    def _dialect(self) -> str:
        bind = self.sessions.kw.get("bind")
        return bind.dialect.name if bind is not None else ""

    def _where(self, statement: Select[Any]) -> Select[Any]:
        conditions = self._conditions()
        return statement.where(and_(*conditions)) if conditions else statement

    def count(self) -> int:
        statement = self._where(select(func.count()).select_from(self.definition.model.__table__))
        with self.sessions() as session:
            return int(session.execute(statement).scalar_one())

    def page(self, offset: int, limit: int) -> list[tuple[Any, ...]]:
        """Rows [offset, offset + limit) in the current order; each row starts with the id."""
        table = self.definition.model.__table__
        sort = self.columns[self.sort_column].expression
        order = [sort.desc(), table.c.id.desc()] if self.descending else [sort, table.c.id]
        if self.columns[self.sort_column].name == "id":
            order = order[:1]
        statement = (
            self._where(select(*(c.expression for c in self.columns)))
            .order_by(*order)
            .offset(offset)
            .limit(limit)
        )
        with self.sessions() as session:
            return [tuple(row) for row in session.execute(statement)]

    def column_index(self, name: str) -> int | None:
        for index, column in enumerate(self.columns):
            if column.name == name:
                return index
        return None
