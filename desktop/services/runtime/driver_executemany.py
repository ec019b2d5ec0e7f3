"""A statement run for many rows with the driver's executemany, compiled once per dialect.

SQLAlchemy's executemany builds and processes every row's parameters in Python: about
17 µs a row, more than SQLite takes to update the row. A send writes one row per message
from the thread that also feeds the SMTP connections, so that cost is paid in the
connections' waiting time. Here the statement is compiled once (still by SQLAlchemy, for
the connection's dialect and paramstyle: no SQL is written by hand or from user text),
each value goes through its column type's bind processor, and the rows go to the driver
in one call.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.sql import Executable


@dataclass(frozen=True)
class _Plan:
    sql: str
    # (parameter name, value when a row has none, bind processor or None), in order
    parameters: tuple[tuple[str, Any, Callable[[Any], Any] | None], ...]
    positional: bool


class DriverExecutemany:
    """`run(connection, rows)` executes the statement once per row mapping."""

    def __init__(self, statement: Executable) -> None:
        self.statement = statement
        self._plans: dict[str, _Plan] = {}

    def _plan(self, connection: Connection) -> _Plan:
        dialect = connection.dialect
        plan = self._plans.get(dialect.name)
        if plan is None:
            compiled = self.statement.compile(dialect=dialect)
            names = compiled.positiontup or list(compiled.binds)
            binds = [(name, compiled.binds[name]) for name in names]
            plan = _Plan(
                sql=compiled.string,
                parameters=tuple(
                    # .value: what the statement itself says (status=SENT), for every row
                    (name, bind.value, bind.type.dialect_impl(dialect).bind_processor(dialect))
                    for name, bind in binds
                ),
                positional=bool(compiled.positiontup),
            )
            self._plans[dialect.name] = plan
        return plan

    def run(self, connection: Connection, rows: Sequence[Mapping[str, Any]]) -> None:
        if not rows:
            return
        plan = self._plan(connection)
        parameters = plan.parameters
        processed: list[Any]
        if plan.positional:
            processed = [
                tuple(
                    process(row.get(name, fixed)) if process else row.get(name, fixed)
                    for name, fixed, process in parameters
                )
                for row in rows
            ]
        else:
            processed = [
                {
                    name: process(row.get(name, fixed)) if process else row.get(name, fixed)
                    for name, fixed, process in parameters
                }
                for row in rows
            ]
        connection.exec_driver_sql(plan.sql, processed)
