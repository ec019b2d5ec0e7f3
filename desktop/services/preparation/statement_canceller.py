"""On PostgreSQL, a stop cancels the preparation's statement running at that moment.

A preparation spends seconds in one statement (INSERT ... SELECT of a million-row target);
the stop checks between statements would wait for its end. A thread watches the stop
token (a stop in this process) and, every stop_poll_seconds, the delivery's status (a stop
from another process) and asks the server to cancel what the preparation's connection
runs (psycopg's cancel_safe, as pg_cancel_backend would). The statement then fails with
QueryCanceled and the preparation ends as a stop. Once closed, the watcher cancels
nothing: the preparation's clean-up runs to its end.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from desktop.services.runtime.cancellation import CancelToken

log = logging.getLogger(__name__)

# How soon a stop in this process reaches the server.
TOKEN_WAIT_SECONDS = 0.1
CANCEL_TIMEOUT_SECONDS = 10.0
WATCHER_THREAD = "preparation statement canceller"


class StatementCanceller:
    """Watches for a stop while a preparation runs; `fired` once it cancelled."""

    def __init__(
        self,
        driver_connection: Any,
        token: CancelToken,
        stopped_elsewhere: Callable[[], bool],
        poll_seconds: float,
    ) -> None:
        self._driver_connection = driver_connection
        self._token = token
        self._stopped_elsewhere = stopped_elsewhere
        self._poll_seconds = poll_seconds
        self._closed = threading.Event()
        self._lock = threading.Lock()  # a cancel never overlaps close()
        self.fired = False
        self._thread = threading.Thread(target=self._watch, name=WATCHER_THREAD, daemon=True)
        self._thread.start()

    def close(self) -> None:
        """No cancel after this returns."""
        with self._lock:
            self._closed.set()
        self._thread.join(timeout=CANCEL_TIMEOUT_SECONDS)

    def _watch(self) -> None:
        next_poll = time.monotonic() + self._poll_seconds
        while not self._closed.is_set():
            if self._token.wait_cancelled(TOKEN_WAIT_SECONDS):
                self._cancel()
                return
            if time.monotonic() >= next_poll:
                next_poll = time.monotonic() + self._poll_seconds
                try:
                    stopped = self._stopped_elsewhere()
                except Exception:  # the database out of reach: the preparation will see it
                    log.debug("stop poll failed", exc_info=True)
                    continue
                if stopped:
                    self._cancel()
                    return

    def _cancel(self) -> None:
        with self._lock:
            if self._closed.is_set():
                return
            self.fired = True
            try:
                self._driver_connection.cancel_safe(timeout=CANCEL_TIMEOUT_SECONDS)
            except Exception:  # the stop checks between statements still see the stop
                log.warning("could not cancel the preparation's statement", exc_info=True)
