"""What the phases of one preparation share: its connection (where the staging table
lives), its settings, the stop check, progress reports and the journal lines it writes
when it ends."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Mapping
from typing import Any, TypeVar

from sqlalchemy import Connection, Engine, select
from sqlalchemy.orm import Session

from desktop.models import Delivery
from desktop.models.database import follow_busy_timeout
from desktop.models.enums import DeliveryStatus, JournalLevel
from desktop.services.delivery import journal
from desktop.services.preparation.failures import PreparationFailed
from desktop.services.preparation.preparation_settings import PreparationSettings
from desktop.services.preparation.statement_canceller import StatementCanceller
from desktop.services.preparation.typology_rules import ControlFinding
from desktop.services.runtime import busy_retry
from desktop.services.runtime.cancellation import (
    Cancelled,
    CancelToken,
    Progress,
    ProgressCallback,
)

T = TypeVar("T")


class RunContext:
    """One preparation's connection and what its phases report through."""

    def __init__(
        self,
        engine: Engine,
        conn: Connection,
        delivery_id: int,
        token: CancelToken,
        progress: ProgressCallback,
        settings: PreparationSettings,
        started: float,
    ) -> None:
        self.engine = engine
        self.conn = conn
        self.delivery_id = delivery_id
        self.token = token
        self.settings = settings
        self.started = started
        self.journal: list[journal.Line] = []
        self.warnings: list[str] = []
        self._progress = progress
        self._last_stop_poll = started
        self._canceller: StatementCanceller | None = None
        self.statement_cancelled = False  # by a stop (PostgreSQL)

    def session(self) -> Session:
        """A session on the preparation's own connection (where the staging table lives).

        The connection's own transaction ends first: a session that joined it would not
        commit it, and the session's work would be lost."""
        if self.conn.in_transaction():
            self.conn.commit()
        return Session(bind=self.conn, expire_on_commit=False)

    def session_in_transaction(self) -> Session:
        """A session inside the connection's open transaction (the one the log rows were
        copied in): its commit commits that transaction, its rollback rolls it back."""
        assert self.conn.in_transaction()
        return Session(
            bind=self.conn, expire_on_commit=False, join_transaction_mode="control_fully"
        )

    def write(self, work: Callable[[], T], what: str) -> T:
        """`work()`, a short write on the preparation's connection that commits or rolls
        back its own transaction, started over while another process keeps the database
        busy (services.runtime.busy_retry). Only these short writes wait: the long work
        (targeting, rendering) writes the staging table, which takes no lock of the
        database's. `work` must change nothing but the database, since it may run twice."""

        def attempt() -> T:
            follow_busy_timeout(self.conn)  # what is left of the deadline, not 30 s
            try:
                return work()
            except BaseException:
                if not self.conn.invalidated and self.conn.in_transaction():
                    self.conn.rollback()
                raise

        try:
            return busy_retry.call(attempt, what=what)
        finally:
            follow_busy_timeout(self.conn)  # back to the usual timeout

    def note(self, level: JournalLevel, key: str, /, **params: Any) -> None:
        """A journal line (journal_messages.MESSAGES) written when the preparation ends."""
        self.note_line(journal.line(level, key, **params))

    def note_line(self, line: journal.Line) -> None:
        self.journal.append(line)
        if line.level is JournalLevel.WARNING:
            self.warnings.append(line.text)

    def report(self, phase: str, done: int = 0, total: int = 0, message: str = "") -> None:
        self._progress(Progress(phase, done, total, message))

    def publish(
        self,
        phase: str,
        counts: Mapping[str, int],
        exclusions: Mapping[str, int] | None = None,
    ) -> None:
        """Tells the KPIs a phase has come to know: the dashboard shows them at once."""
        self._progress(Progress(phase, 0, 0, "", dict(counts), exclusions))

    def apply_findings(self, findings: Iterable[ControlFinding]) -> None:
        """A control's error ends the preparation; its warnings go to the journal."""
        for finding in findings:
            if finding.is_error:
                raise PreparationFailed(finding.message)
            self.note(JournalLevel.WARNING, "preparation.control_finding", finding=finding.message)

    def check_stop(self) -> None:
        """Raises Cancelled when the user stopped here, or someone stopped the delivery in
        another process (its status left Preparing)."""
        self.token.check()
        now = time.monotonic()
        if now - self._last_stop_poll < self.settings.stop_poll_seconds:
            return
        self._last_stop_poll = now
        if self.stopped_elsewhere():
            raise Cancelled()

    @property
    def stop_seen(self) -> bool:
        """Whether a stop came: a statement that failed then was interrupted by it."""
        canceller = self._canceller
        fired = canceller.fired if canceller is not None else self.statement_cancelled
        return self.token.cancelled or fired

    def stopped_elsewhere(self) -> bool:
        """Whether the delivery left Preparing (a stop from another window or process)."""
        with self.engine.connect() as other:
            status = other.scalar(select(Delivery.status).where(Delivery.id == self.delivery_id))
        return status is not DeliveryStatus.PREPARING

    def interruptible(self, on: bool) -> None:
        """A stop interrupts even a long statement (targeting a million rows): on SQLite,
        SQLite asks every settings.interrupt_steps steps whether to go on; on PostgreSQL,
        a watcher cancels the statement running when the stop comes (StatementCanceller)."""
        if not on and self._canceller is not None:  # even on a connection now invalidated
            self._canceller.close()
            self.statement_cancelled = self._canceller.fired
            self._canceller = None
        if self.conn.invalidated:
            return
        if self.conn.dialect.name == "postgresql":
            if on and self._canceller is None:
                self._canceller = StatementCanceller(
                    self.conn.connection.driver_connection,
                    self.token,
                    self.stopped_elsewhere,
                    self.settings.stop_poll_seconds,
                )
            return
        if self.conn.dialect.name != "sqlite":
            return
        raw = self.conn.connection.driver_connection
        if on:
            steps = self.settings.interrupt_steps
            raw.set_progress_handler(lambda: 1 if self.token.cancelled else 0, steps)
        else:
            raw.set_progress_handler(None, 0)
