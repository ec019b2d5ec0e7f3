"""A view that follows what others change: it reads again when a change notice touches
what it shows, at most every MIN_INTERVAL_MS (a send moves a delivery's counters many
times a second), and keeps its timer as the fallback where nothing listens.

    self.follower = ChangeFollower(context, self, self.refresh, {"delivery": delivery_id})
    self.follower.pace(self.timer, REFRESH_MS)  # slower while notices arrive

A refresh that finds the database unreachable is no error here: the database watch has
heard of it (and the main window says so); the view shows what it had.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer, Slot
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QWidget

from desktop.services.runtime.reachability import is_unreachable_error
from desktop.views.app_context import AppContext
from desktop.workers.change_notices import ChangeBatch

log = logging.getLogger(__name__)

MIN_INTERVAL_MS = 200
# While notices arrive, a timer only catches what no notice tells (a send session's
# heartbeat, a clock): it may read much less often.
LISTENING_INTERVAL_MS = 5000


def tolerating_unreachable(read: Callable[[], Any]) -> bool:
    """Runs `read`; False, instead of an exception, when the database could not be reached
    (the watch heard of it). Any other error is raised."""
    try:
        read()
    except Exception as exc:
        if not is_unreachable_error(exc):
            raise
        log.info("not read, the database is unreachable: %s", exc)
        return False
    return True


class ChangeFollower(QObject):
    """Calls `refresh` when a batch of notices touches `tables` ({table: row id, or None
    for any row}); skipped while `view` is hidden, which then reads once it shows again
    (a list behind a dashboard's tab is up to date when its tab comes back)."""

    def __init__(
        self,
        context: AppContext,
        view: QObject,
        refresh: Callable[[], Any],
        tables: Mapping[str, int | None],
    ) -> None:
        super().__init__(view)
        self._view = view
        self._refresh = refresh
        self.tables = dict(tables)
        self._last = 0.0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._run)
        self._paced: list[tuple[QTimer, int]] = []
        self._missed = False  # a change touched the view while it was hidden
        self._changes = context.changes
        context.changes.changed.connect(self._changed)
        context.changes.listening_changed.connect(self._listening_changed)

    def pace(self, timer: QTimer, interval_ms: int) -> None:
        """`timer` ticks every `interval_ms` while nothing listens, every
        LISTENING_INTERVAL_MS while notices arrive."""
        self._paced.append((timer, interval_ms))
        self._set_pace(timer, interval_ms, self._changes.listening)

    @staticmethod
    def _set_pace(timer: QTimer, interval_ms: int, listening: bool) -> None:
        timer.setInterval(max(interval_ms, LISTENING_INTERVAL_MS) if listening else interval_ms)

    @Slot(bool, str)
    def _listening_changed(self, listening: bool, _reason: str) -> None:
        for timer, interval_ms in self._paced:
            self._set_pace(timer, interval_ms, listening)

    @Slot(object)
    def _changed(self, batch: ChangeBatch) -> None:
        if not any(batch.touches(table, row) for table, row in self.tables.items()):
            return
        if isinstance(self._view, QWidget) and not self._view.isVisible():
            if not self._missed:  # watched until it shows, then read once
                self._missed = True
                self._view.installEventFilter(self)
            return
        self._soon()

    def _soon(self) -> None:
        if not self._timer.isActive():
            since_ms = (time.monotonic() - self._last) * 1000
            self._timer.start(int(max(0, MIN_INTERVAL_MS - since_ms)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Installed only while a change waits for the view to show; asked for each of its
        # events, also while this object is torn down (its attributes gone first).
        if getattr(self, "_missed", False) and event.type() == QEvent.Type.Show:
            self._missed = False
            watched.removeEventFilter(self)
            self._soon()
        return False

    @Slot()
    def _run(self) -> None:
        self._last = time.monotonic()
        tolerating_unreachable(self._refresh)


class PollsWhileShown:
    """For a widget with a `timer` that calls `tick` and a `refresh`: it polls only while
    shown. A closed window (or a tab out of sight) reads nothing and its connection stays
    in the pool; shown again, it reads at once. Put before QWidget among the bases."""

    timer: QTimer
    refresh: Callable[[], Any]

    def tick(self) -> None:
        tolerating_unreachable(self.refresh)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)  # type: ignore[misc]
        if not self.timer.isActive():
            tolerating_unreachable(self.refresh)
            self.timer.start()

    def hideEvent(self, event: QHideEvent) -> None:
        self.timer.stop()
        super().hideEvent(event)  # type: ignore[misc]
