"""Whether the database can be reached, as Qt signals: `lost(reason)` once when a query
or the change listener finds it unreachable, `restored()` once when a probe gets an
answer again.

Any thread's failed statement is heard (services.runtime.reachability watches the engine)
and put on a queue; a timer in the GUI thread takes the news off. While the database is
unreachable a probe runs every PROBE_MS in a thread of its own, so a server that does not
answer never blocks the window.
"""

from __future__ import annotations

import queue
import threading

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from desktop.models.database import Engine
from desktop.services.runtime.reachability import probe, watch_unreachable

RELAY_MS = 100
PROBE_MS = 2000


class DatabaseWatch(QObject):
    lost = Signal(str)  # why: the driver's words
    restored = Signal()

    def __init__(self, engine: Engine, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._engine = engine
        self.reachable = True
        self.reason = ""
        self.probes = 0  # probes run since the database was lost (tests, the banner)
        self._news: queue.SimpleQueue[tuple[str, str | None]] = queue.SimpleQueue()
        self._probing = False
        # The engine's listener holds the queue, never this QObject: an engine is freed by
        # the cyclic garbage collector, which may run in any thread, and a QObject with a
        # running timer deleted outside the GUI thread brings the application down.
        news = self._news
        self._unwatch = watch_unreachable(engine, lambda why: news.put(("failed", why)))
        self._relay = QTimer(self)
        self._relay.setInterval(RELAY_MS)
        self._relay.timeout.connect(self._take_news)
        self._relay.start()
        self._probe_timer = QTimer(self)
        self._probe_timer.setInterval(PROBE_MS)
        self._probe_timer.timeout.connect(self._probe_soon)

    def close(self) -> None:
        """Stops watching (the application ends; the engine may be disposed next)."""
        self._relay.stop()
        self._probe_timer.stop()
        if self._unwatch is not None:
            self._unwatch()
            self._unwatch = None

    def report_unreachable(self, reason: str) -> None:
        """News from elsewhere (the change listener lost its connection)."""
        self._news.put(("failed", reason))

    @Slot()
    def _take_news(self) -> None:
        while True:
            try:
                kind, value = self._news.get_nowait()
            except queue.Empty:
                return
            if kind == "failed":
                self.reason = value or self.reason
                if self.reachable:
                    self.reachable = False
                    self.probes = 0
                    self._probe_timer.start()
                    self.lost.emit(self.reason)
            elif kind == "probed":
                self._probing = False
                self.probes += 1
                if value is None and not self.reachable:
                    self.reachable = True
                    self.reason = ""
                    self._probe_timer.stop()
                    self.restored.emit()
                elif value is not None:
                    self.reason = value

    @Slot()
    def _probe_soon(self) -> None:
        if self._probing:
            return  # the last one still waits for an answer
        self._probing = True
        threading.Thread(target=self._probe, name="database-probe", daemon=True).start()

    def _probe(self) -> None:
        try:
            answer = probe(self._engine)
        except Exception:  # the database answered, if not as hoped: it is reachable
            answer = None
        self._news.put(("probed", answer))
