"""The delivery-log rows of a preparation, copied from its staging table.

The copy is one INSERT ... SELECT, the last long step of a preparation. Usually it runs
in the preparation's last transaction. When rendering started during targeting, it can
start while the last chunks render instead, in a transaction left open until the
preparation ends: a stop or a failure rolls the rows back with the rest, and render
errors found afterwards go to both tables.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

from sqlalchemy import Connection, Insert, bindparam, insert, update

from desktop.models import DeliveryLog
from desktop.models.enums import LogStatus
from desktop.services.preparation.log_removal import LogRemoval
from desktop.services.preparation.targeting import Targeting

# Copying the staging rows into delivery_log, per row, by database (measured: SQLite 1.6 s
# a million, PostgreSQL 3.0 s). With rendering started early, the copy starts once the
# rendering left would take half of it: it runs beside the last chunks (which get one
# core out of two meanwhile) and both end together.
LOG_COPY_SECONDS_PER_ROW = {"sqlite": 1.7e-6, "postgresql": 3.0e-6}


class LogCopyDue(Protocol):
    """Whether the copy starts now, beside the chunks still rendering: `rendered` chunks
    were kept in `seconds` since personalisation began, `ahead` are left, and the copy
    takes `copy_seconds`."""

    def __call__(self, rendered: int, seconds: float, ahead: int, copy_seconds: float) -> bool: ...


def when_rendering_left_is_half_the_copy(
    rendered: int, seconds: float, ahead: int, copy_seconds: float
) -> bool:
    """Whether the chunks ahead, at the pace of the `rendered` ones in `seconds`, need
    no more than half the copy's time (see LOG_COPY_SECONDS_PER_ROW)."""
    return rendered > 0 and ahead * seconds / rendered <= copy_seconds / 2


class LogCopy:
    """The log rows of one preparation, on its connection; the last preparation's rows,
    deleted on a thread of their own (services.preparation.log_removal), go first."""

    def __init__(
        self,
        conn: Connection,
        target: Targeting,
        removal: LogRemoval | None,
        write: Callable[[Callable[[], None], str], None] | None = None,
    ) -> None:
        self._conn = conn
        self._target = target
        self._removal = removal
        # Runs a short write again while another process keeps the database busy
        # (RunContext.write); None: at once.
        self._write = write or (lambda work, _what: work())
        # True once the rows are copied beside rendering, in a transaction left open.
        self.copied = False

    def statement(self) -> Insert:
        """INSERT ... SELECT of the delivery-log rows, from the staging table."""
        return insert(DeliveryLog).from_select(
            [
                DeliveryLog.delivery_id,
                DeliveryLog.recipient_id,
                DeliveryLog.status,
                DeliveryLog.exclusion_cause,
                DeliveryLog.rule_name,
                DeliveryLog.address,
                DeliveryLog.error,
            ],
            self._target.log_rows(),
        )

    def estimated_seconds(self, rows: int) -> float:
        """How long copying `rows` rows takes on this database (LOG_COPY_SECONDS_PER_ROW)."""
        per_row = LOG_COPY_SECONDS_PER_ROW.get(
            self._conn.dialect.name, max(LOG_COPY_SECONDS_PER_ROW.values())
        )
        return rows * per_row

    def wait_for_removal(self) -> None:
        if self._removal is not None:
            self._removal.wait()

    def copy_beside_rendering(self) -> None:
        """Copies the rows now, in a transaction that stays open until the preparation
        ends."""
        self.wait_for_removal()
        self._conn.commit()  # the staging table's work so far
        delivery_id = self._target.spec.delivery_id

        def copy() -> None:
            self._conn.execute(self.statement())

        # The INSERT takes the write lock; a busy database rolls it back and starts over.
        self._write(copy, f"copy the log rows of delivery {delivery_id}")
        self.copied = True

    def mark_render_errors(self, errors: Sequence[tuple[int, str]]) -> None:
        """Render errors found once the rows are copied go to them too."""
        if not self.copied or not errors:
            return
        statement = (
            update(DeliveryLog)
            .where(
                DeliveryLog.delivery_id == self._target.spec.delivery_id,
                DeliveryLog.recipient_id == bindparam("rid"),
            )
            .values(status=LogStatus.RENDER_ERROR, error=bindparam("reason"))
        )
        self._conn.execute(statement, [{"rid": rid, "reason": reason} for rid, reason in errors])
