"""Outcome rows written through the driver's executemany read back exactly as if SQLAlchemy
had written them: enums as their machine names, aware datetimes, NULLs, fixed values."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import (
    Column,
    DateTime,
    Engine,
    Integer,
    MetaData,
    String,
    Table,
    bindparam,
    insert,
    select,
    update,
)

from desktop.models.enums import LogStatus, db_enum
from desktop.services.runtime.driver_executemany import DriverExecutemany

metadata = MetaData()
rows_table = Table(
    "driver_rows",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("status", db_enum(LogStatus)),
    Column("code", Integer),
    Column("note", String(50)),
    Column("at", DateTime(timezone=True)),
    Column("session", String(32)),
)


def _statement():
    c = rows_table.c
    return (
        update(rows_table)
        .where(c.id == bindparam("_id"))
        .values(status=LogStatus.SENT, session=None, code=bindparam("code"), at=bindparam("at"))
        .values(note=bindparam("note"))
    )


def test_rows_read_back_as_sqlalchemy_would_have_written_them(engine: Engine) -> None:
    metadata.create_all(engine)
    at = datetime(2026, 11, 23, 16, 5, 7, 120_000, tzinfo=UTC)
    with engine.begin() as connection:
        connection.execute(
            insert(rows_table),
            [{"id": n, "status": LogStatus.SENDING, "session": "s1"} for n in range(1, 7)],
        )
    changes = [{"_id": n, "code": 250 + n, "note": f"accepted «{n}»", "at": at} for n in (1, 2, 3)]
    with engine.begin() as connection:
        DriverExecutemany(_statement()).run(connection, changes)
        # The reference: SQLAlchemy's own executemany on other rows, same values.
        connection.execute(_statement(), [{**row, "_id": row["_id"] + 3} for row in changes])

    with engine.connect() as connection:
        rows = connection.execute(select(rows_table).order_by(rows_table.c.id)).all()
        raw = connection.exec_driver_sql("SELECT status, at FROM driver_rows ORDER BY id").all()
    ours, reference = rows[:3], rows[3:]
    for mine, theirs in zip(ours, reference, strict=True):
        assert dict(mine._mapping) | {"id": 0} == dict(theirs._mapping) | {"id": 0}
    assert ours[0].status is LogStatus.SENT and ours[0].session is None
    assert ours[2].code == 253 and ours[2].note == "accepted «3»"
    assert ours[0].at.replace(tzinfo=UTC) == at
    assert raw[:3] == raw[3:]  # the same stored text, not merely equal once read back


def test_no_rows_is_nothing_to_do(engine: Engine) -> None:
    metadata.create_all(engine)
    with engine.begin() as connection:
        DriverExecutemany(_statement()).run(connection, [])
        assert connection.execute(select(rows_table)).all() == []
