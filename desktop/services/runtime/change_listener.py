"""Change notices from PostgreSQL: what another workstation or process just committed.

The triggers of migration 0010 send `table:id` on one channel at each commit that changes
a row an operator may be looking at. A ChangeListener keeps a connection of its own that
LISTENs on that channel, in a thread, and hands each notice to a plain callback (a Qt
bridge in the GUI passes them on as signals: nothing here knows Qt).

When its connection is lost (the server restarts, the network goes), it says so through
`on_state(False, reason)`, connects again with back-off, and once listening again says
`on_state(True, "")` followed by a notice about everything (EVERYTHING): what changed
while nobody listened is unknown, so whoever shows data reads it again.

SQLite has no notices: `listening_possible` says so, and views keep their timers.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine

log = logging.getLogger(__name__)

CHANNEL = "campaign_console_changes"
WAIT_SECONDS = 0.2  # a stop is seen within this
FIRST_RETRY_SECONDS = 0.5
MAX_RETRY_SECONDS = 5.0
CONNECT_TIMEOUT_SECONDS = 5  # a host that does not answer: try again rather than hang


@dataclass(frozen=True)
class ChangeNotice:
    """A row of `table` changed (row_id None: some rows, or the whole table)."""

    table: str
    row_id: int | None = None

    @classmethod
    def parse(cls, payload: str) -> ChangeNotice:
        table, _, row = payload.partition(":")
        return cls(table, int(row) if row.isdigit() else None)


# Everything may have changed (the listener was away): every view reads again.
EVERYTHING = ChangeNotice("*")


def listening_possible(engine: Engine) -> bool:
    return engine.dialect.name == "postgresql"


def _connect_arguments(engine: Engine) -> tuple[list[Any], dict[str, Any]]:
    """What psycopg.connect takes for the engine's own URL (host, port, user, password
    from the environment or a password file, as the engine's connections get them)."""
    args, kwargs = engine.dialect.create_connect_args(engine.url)
    kwargs = dict(kwargs)
    kwargs.setdefault("connect_timeout", CONNECT_TIMEOUT_SECONDS)
    # LISTEN takes effect at once; notices arrive outside any transaction.
    kwargs["autocommit"] = True
    return list(args), kwargs


class ChangeListener:
    """Listens for change notices on the engine's database in a thread of its own.

    `on_notice(notice)` and `on_state(listening, reason)` are called in that thread: they
    must only hand the news over (a queue), never do the work there."""

    def __init__(
        self,
        engine: Engine,
        on_notice: Callable[[ChangeNotice], None],
        on_state: Callable[[bool, str], None] = lambda _listening, _reason: None,
    ) -> None:
        if not listening_possible(engine):
            raise ValueError(f"change notices need PostgreSQL, not {engine.dialect.name}")
        self._args, self._kwargs = _connect_arguments(engine)
        self._on_notice = on_notice
        self._on_state = on_state
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.listening = False
        self.reconnects = 0  # times it listened again after losing its connection

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="change-listener", daemon=True)
            self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        """Ends the thread (within WAIT_SECONDS, or the connect timeout while connecting)."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def _set_state(self, listening: bool, reason: str) -> None:
        if listening != self.listening:
            self.listening = listening
            self._on_state(listening, reason)

    def _run(self) -> None:
        import psycopg

        delay = FIRST_RETRY_SECONDS
        lost_once = False
        while not self._stop.is_set():
            try:
                with psycopg.connect(*self._args, **self._kwargs) as connection:
                    connection.execute(f"LISTEN {CHANNEL}")
                    self._set_state(True, "")
                    delay = FIRST_RETRY_SECONDS
                    if lost_once:
                        self.reconnects += 1
                        self._on_notice(EVERYTHING)
                    while not self._stop.is_set():
                        for notify in connection.notifies(timeout=WAIT_SECONDS):
                            self._on_notice(ChangeNotice.parse(notify.payload))
            except psycopg.Error as exc:
                lost_once = True
                words = str(exc).strip()
                reason = words.splitlines()[0] if words else type(exc).__name__
                log.info("change notices: connection lost: %s", reason)
                self._set_state(False, reason)
                if self._stop.wait(delay):
                    break
                delay = min(MAX_RETRY_SECONDS, delay * 2)
        self.listening = False
