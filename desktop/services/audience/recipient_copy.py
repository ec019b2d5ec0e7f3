"""A batch of a recipient import written on PostgreSQL: its rows sent with `COPY ... FROM
STDIN` into a temporary staging table, then one statement that finds each row's recipient
and updates it or inserts a new one.

The rules are the import's (recipient_import): a row with an external_id updates the
recipient with that external_id, a row without one the recipient with its address (the
lowest id when several share it); an empty cell (NULL in the staging table) leaves the
recipient's value as it is; custom fields are merged, the file's winning. The batch's keys
are all different (a repeated key ends a batch), so no recipient is matched twice.

Every statement is built by SQLAlchemy from the tables' own names: no SQL from user text.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Connection,
    Integer,
    MetaData,
    Table,
    Text,
    bindparam,
    case,
    cast,
    func,
    insert,
    literal,
    select,
    update,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.schema import CreateTable

from desktop.models import Recipient
from desktop.services.audience.import_columns import COLUMNS, RowBatch

_TABLE = Recipient.__table__
_TEXT_FIELDS = tuple(name for name in COLUMNS if name != "denylisted")

# The staging table: one per connection, emptied at each commit. Its text columns have no
# length: the import's row checks have already refused a value too long for the recipient.
_STAGING = Table(
    "recipient_import_staging",
    MetaData(),
    Column("row_number", Integer, nullable=False),
    *(Column(name, Text) for name in _TEXT_FIELDS),
    Column("email_key", Text),
    Column("denylisted", Boolean),
    Column("custom_fields", JSONB, nullable=False),
    prefixes=["TEMPORARY"],
    postgresql_on_commit="DELETE ROWS",
)
_COPIED = [column.name for column in _STAGING.columns]


def _merge_statement() -> Any:
    """One statement: each staged row's recipient (or none), the updates, the inserts,
    and how many of each."""
    staged, recipient = _STAGING, _TABLE
    now = bindparam("now", type_=recipient.c.updated_at.type)
    by_external_id = (
        select(recipient.c.id)
        .where(recipient.c.external_id == staged.c.external_id)
        .scalar_subquery()
    )
    by_address = (
        select(func.min(recipient.c.id))
        .where(recipient.c.email_key == staged.c.email_key)
        .scalar_subquery()
    )
    target = case(
        (staged.c.external_id.is_not(None), by_external_id),
        (staged.c.email_key.is_not(None), by_address),
        else_=None,
    )
    matched = select(*staged.columns, target.label("target_id")).cte("matched")

    existing_custom = cast(recipient.c.custom_fields, JSONB)
    custom_object = case(
        (func.jsonb_typeof(existing_custom) == "object", existing_custom),
        else_=cast(literal("{}"), JSONB),
    )
    merged_custom = custom_object.op("||", return_type=JSONB)(matched.c.custom_fields)
    updated = (
        update(recipient)
        .where(recipient.c.id == matched.c.target_id)
        .values(
            {name: func.coalesce(matched.c[name], recipient.c[name]) for name in COLUMNS}
            | {
                "email_key": func.coalesce(matched.c.email_key, recipient.c.email_key),
                "custom_fields": cast(merged_custom, JSON),
                "updated_at": now,
            }
        )
        .returning(recipient.c.id)
        .cte("updated")
    )
    new_values = {
        **{name: func.coalesce(matched.c[name], "") for name in _TEXT_FIELDS},
        "external_id": matched.c.external_id,
        "email_key": func.coalesce(matched.c.email_key, ""),
        "denylisted": func.coalesce(matched.c.denylisted, False),
        "custom_fields": cast(matched.c.custom_fields, JSON),
        "created_at": now,
        "updated_at": now,
    }
    inserted = (
        insert(recipient)
        .from_select(
            list(new_values),
            select(*new_values.values())
            .where(matched.c.target_id.is_(None))
            .order_by(matched.c.row_number),  # ids in the file's order, as on SQLite
        )
        .returning(recipient.c.id)
        .cte("inserted")
    )
    return select(
        select(func.count()).select_from(inserted).scalar_subquery(),
        select(func.count()).select_from(updated).scalar_subquery(),
    )


_MERGE = _merge_statement()


class RecipientCopy:
    """Writes import batches on one PostgreSQL database: COPY, then the merge."""

    def __init__(self, connection: Connection) -> None:
        dialect = connection.dialect
        quote = dialect.identifier_preparer.quote
        self._create = str(CreateTable(_STAGING, if_not_exists=True).compile(dialect=dialect))
        self._copy = (
            f"COPY {quote(_STAGING.name)} ({', '.join(quote(name) for name in _COPIED)}) FROM STDIN"
        )

    def write(self, connection: Connection, batch: RowBatch, now: datetime) -> tuple[int, int]:
        """Writes the batch in the connection's transaction; (inserted, updated)."""
        if not len(batch):
            return 0, 0
        connection.exec_driver_sql(self._create)
        raw = connection.connection.driver_connection
        assert raw is not None
        with raw.cursor() as cursor, cursor.copy(self._copy) as copy:
            for row in self._rows(batch):
                copy.write_row(row)
        inserted, updated = connection.execute(_MERGE, {"now": now}).one()
        return int(inserted), int(updated)

    @staticmethod
    def _rows(batch: RowBatch) -> Iterable[tuple[Any, ...]]:
        """The staged rows, in _COPIED's order, built column by column."""
        count = len(batch)
        fields = batch.fields
        none = [None] * count  # the column of a field the file does not have
        columns: list[Iterable[Any]] = [range(count)]
        for name in _TEXT_FIELDS:
            columns.append(fields.get(name) or none)
        emails = fields.get("email")
        if emails is None:
            columns.append(none)
        else:  # the key of a given address; NULL keeps the recipient's own
            columns.append(
                [
                    None if email is None else key
                    for email, key in zip(emails, batch.email_keys, strict=True)
                ]
            )
        columns.append(fields.get("denylisted") or none)
        columns.append([json.dumps(custom) for custom in batch.custom])
        return zip(*columns, strict=True)
