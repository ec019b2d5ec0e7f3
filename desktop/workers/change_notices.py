"""Change notices as Qt signals, in the GUI thread.

On PostgreSQL a services.runtime.change_listener.ChangeListener thread puts each notice on
a queue; a timer in the GUI thread takes them off a few times a second (RELAY_MS) and emits
them in one batch: a send moving a delivery's counters many times a second makes one
`changed` per turn, not one per notice. On SQLite nothing listens (`listening` stays
False) and views keep their timers.

What this application changes itself is told the same way, on every database and at once:
a view that saves an object or moves a status, and the work it starts (a send's progress
and end, a preparation's phases), `announce` it; the announcements of one turn of the
event loop make one batch. So every open list, form and dashboard follows a change made
here without waiting for a timer or a notice.
"""

from __future__ import annotations

import contextlib
import queue
from collections.abc import Iterable

from PySide6.QtCore import QObject, QTimer, Signal, SignalInstance, Slot

from desktop.models.database import Engine
from desktop.services.runtime.change_listener import (
    EVERYTHING,
    ChangeListener,
    ChangeNotice,
    listening_possible,
)

RELAY_MS = 50


class ChangeBatch:
    """The notices of one turn: which rows of which tables changed."""

    def __init__(self, notices: Iterable[ChangeNotice]) -> None:
        self.notices = frozenset(notices)
        self.everything = EVERYTHING in self.notices

    def touches(self, table: str, row_id: int | None = None) -> bool:
        """Whether a row of `table` changed (row `row_id` when given)."""
        if self.everything:
            return True
        for notice in self.notices:
            if notice.table == table and (
                row_id is None or notice.row_id is None or notice.row_id == row_id
            ):
                return True
        return False

    def __repr__(self) -> str:
        return f"ChangeBatch({sorted(map(str, self.notices))})"


class ChangeNotices(QObject):
    """What changed in the database, told by others: `changed(ChangeBatch)`.
    `listening_changed(listening, reason)` follows the listener's connection."""

    changed = Signal(object)
    listening_changed = Signal(bool, str)

    def __init__(self, engine: Engine, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._engine = engine
        self._queue: queue.SimpleQueue[tuple[str, object]] = queue.SimpleQueue()
        self._listener: ChangeListener | None = None
        self.listening = False
        self._relay = QTimer(self)
        self._relay.setInterval(RELAY_MS)
        self._relay.timeout.connect(self._pass_on)
        self._announced: list[ChangeNotice] = []

    @property
    def possible(self) -> bool:
        return listening_possible(self._engine)

    def start(self) -> bool:
        """Starts listening when the database can tell (PostgreSQL); False otherwise."""
        if self._listener is not None or not self.possible:
            return self._listener is not None
        news = self._queue
        self._listener = ChangeListener(
            self._engine,
            # The listener's thread holds the queue, not this QObject (see DatabaseWatch).
            lambda notice: news.put(("notice", notice)),
            lambda listening, reason: news.put(("state", (listening, reason))),
        )
        self._listener.start()
        self._relay.start()
        return True

    def stop(self) -> None:
        self._relay.stop()
        if self._listener is not None:
            self._listener.stop()
            self._listener = None
        self.listening = False

    def announce(self, table: str, row_id: int | None = None) -> None:
        """This application changed a row of `table` (row `row_id`, or some rows): every
        follower of it reads again, once this turn of the event loop is over."""
        if not self._announced:
            QTimer.singleShot(0, self, self._pass_on_announced)
        self._announced.append(ChangeNotice(table, row_id))

    def announce_from(
        self, signals: Iterable[SignalInstance], table: str, row_id: int | None = None
    ) -> None:
        """Each emission of `signals` (a worker's progress, its end) announces the row."""
        for signal in signals:
            signal.connect(lambda *_args: self._announce_if_alive(table, row_id))

    def _announce_if_alive(self, table: str, row_id: int | None) -> None:
        # A worker outlives the views that started it; this object lives with the context.
        with contextlib.suppress(RuntimeError):  # the context was closed first (a test's end)
            self.announce(table, row_id)

    @Slot()
    def _pass_on_announced(self) -> None:
        notices, self._announced = self._announced, []
        if notices:
            self.changed.emit(ChangeBatch(notices))

    def announce_everything(self) -> None:
        """Everything may have changed (the database is back): every follower reads again."""
        self.changed.emit(ChangeBatch([EVERYTHING]))

    @Slot()
    def _pass_on(self) -> None:
        notices: list[ChangeNotice] = []
        while True:
            try:
                kind, value = self._queue.get_nowait()
            except queue.Empty:
                break
            if kind == "notice":
                assert isinstance(value, ChangeNotice)
                notices.append(value)
            else:
                listening, reason = value  # type: ignore[misc]
                self.listening = bool(listening)
                self.listening_changed.emit(self.listening, str(reason))
        if notices:
            self.changed.emit(ChangeBatch(notices))
