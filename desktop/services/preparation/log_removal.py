"""A delivery's earlier log rows, deleted on a thread of their own.

Preparing a delivery again first removes its last preparation's log rows: a million
rows and their index entries take SQLite about two seconds. The new target needs none of
them (pressure rules count other deliveries' messages), so the rows go on their own
connection, on the core the targeting statements leave idle, and the preparation waits
for them only before it writes its own rows.
"""

from __future__ import annotations

import threading

from sqlalchemy import Engine, delete

from desktop.models import DeliveryLog
from desktop.services.runtime import busy_retry


def can_remove_apart(engine: Engine) -> bool:
    """False for an in-memory SQLite database: another thread would open an empty one."""
    memory = engine.dialect.name == "sqlite" and engine.url.database in (None, "", ":memory:")
    return not memory


class LogRemoval:
    """Deletes the log rows of one delivery in one transaction, started at once."""

    def __init__(self, engine: Engine, delivery_id: int) -> None:
        self._engine = engine
        self._delivery_id = delivery_id
        self._error: BaseException | None = None
        self._thread = threading.Thread(
            target=self._run, name=f"log-removal-{delivery_id}", daemon=True
        )
        self._thread.start()

    def _run(self) -> None:
        try:
            rows = delete(DeliveryLog).where(DeliveryLog.delivery_id == self._delivery_id)

            def remove() -> None:
                with self._engine.begin() as conn:
                    conn.execute(rows)

            # Waits out a database another process keeps busy, as every writer does.
            busy_retry.call(remove, what=f"remove the earlier logs of delivery {self._delivery_id}")
        except BaseException as exc:  # handed to wait(), in the preparation's thread
            self._error = exc

    def wait(self) -> None:
        """Returns once the rows are gone; raises what made the deletion fail."""
        self._thread.join()
        if self._error is not None:
            raise self._error
