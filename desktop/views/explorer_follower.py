"""The explorer tree follows what others change: a program or a campaign created, renamed,
moved or deleted on another workstation (or by the command line) shows within a second in
the levels of the tree already read, the rest of the tree untouched.

Change notices say which rows of which table changed: a level is read again only when a
notice touches the table of its objects, and for a row (`campaign:12`), only the level that
holds it and the one of its parent now. The tree shows objects by label only, so notices of
other tables (a send's delivery counters, many a second) read nothing. Readings follow
ChangeFollower's pace. Where nothing listens (SQLite, a lost listener) a timer compares a
cheap fingerprint of each shown table (ObjectLevel.fingerprint) and reads the levels of a
table again only when it moved.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QTimer, Slot

from desktop.services.entities.listings import ObjectLevel
from desktop.views.app_context import AppContext
from desktop.views.change_follower import ChangeFollower, tolerating_unreachable
from desktop.views.explorer_model import ExplorerNode
from desktop.views.explorer_view import ExplorerView
from desktop.workers.change_notices import ChangeBatch

FOLLOW_MS = 500  # where nothing listens: two small aggregate queries this often
# More rows of one table than this in the notices read since the last reading (an
# import): every level of that table is read again instead of asking where each one is.
MAX_NAMED_ROWS = 100


class ExplorerFollower(QObject):
    """Reads again the levels of `view`'s tree that what changed elsewhere touches."""

    def __init__(self, context: AppContext, view: ExplorerView) -> None:
        super().__init__(view)
        self._view = view
        self._model = view.explorer_model()
        self._sessions = context.sessions
        self._changes = context.changes
        self._levels = self._model.object_kinds()
        # Per kind, the rows told of since the last reading; None: any row.
        self._pending: dict[str, set[int] | None] = {}
        self._fingerprints: dict[str, tuple[Any, ...]] = {}
        context.changes.changed.connect(self._collect)
        self.follower = ChangeFollower(
            context, view, self.read_changed_levels, dict.fromkeys(self._levels)
        )
        if not context.changes.listening:  # what the timer compares with from now on
            tolerating_unreachable(self._read_fingerprints)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self._tick)
        self.follower.pace(self.timer, FOLLOW_MS)
        self.timer.start()

    @Slot(object)
    def _collect(self, batch: ChangeBatch) -> None:
        for kind in self._levels:
            if batch.everything:
                self._pending[kind] = None
                continue
            rows = [notice.row_id for notice in batch.notices if notice.table == kind]
            if rows:
                self._note(kind, rows)

    def _note(self, kind: str, rows: list[int | None]) -> None:
        known = self._pending.get(kind, set())
        if known is None or None in rows:
            self._pending[kind] = None
            return
        known.update(row for row in rows if row is not None)
        self._pending[kind] = None if len(known) > MAX_NAMED_ROWS else known

    def read_changed_levels(self) -> None:
        """Reads again the fetched levels the changes told of since the last reading."""
        pending, self._pending = self._pending, {}
        for kind, rows in pending.items():
            for holder in self._holders(self._levels[kind], rows):
                if self._model.alive(holder):  # a reload above may have removed it
                    self._model.reload(holder)

    def _holders(self, level: ObjectLevel, rows: set[int] | None) -> list[ExplorerNode]:
        """The fetched levels showing objects of `level` that `rows` concern: every one
        for any row; else those holding one of the rows, and those of their parents now
        (a new campaign's program, the program a campaign moved to)."""
        fetched = self._model.fetched_levels(level.kind)
        if rows is None or not fetched:
            return fetched
        parents = set(level.parents(self._sessions, rows).values())
        return [
            holder
            for holder in fetched
            if holder.object_id in parents
            or any(child.object_id in rows for child in holder.children)
        ]

    @Slot()
    def _tick(self) -> None:
        if self._changes.listening or not self._view.isVisible():
            return  # told by notices; or read once shown (the follower knows)
        if tolerating_unreachable(self._compare_fingerprints) and self._pending:
            tolerating_unreachable(self.read_changed_levels)

    def _read_fingerprints(self) -> None:
        for kind, level in self._levels.items():
            self._fingerprints[kind] = level.fingerprint(self._sessions)

    def _compare_fingerprints(self) -> None:
        """Marks for reading every kind whose table moved since it was last compared (or
        was never compared: its levels were read at some time since). A level read after
        the last comparison may be read once more for nothing, never missed."""
        shown = {node.objects.kind for node in self._model.fetched_levels() if node.objects}
        for kind, level in self._levels.items():
            if kind not in shown:
                continue  # nothing shown of it: read fresh when it is fetched
            fingerprint = level.fingerprint(self._sessions)
            if self._fingerprints.get(kind) != fingerprint:
                self._fingerprints[kind] = fingerprint
                self._pending[kind] = None
