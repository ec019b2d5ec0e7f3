"""How many approval steps the operator may decide now: the count on the Pending approvals
folder and on its toolbar entry. Read on a timer (a preparation elsewhere asks for new
approvals) and at once after a decision taken in this application (context.reviews).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from desktop.errors import ConsoleError
from desktop.services.delivery.approval_list import count_mine
from desktop.views.app_context import AppContext
from desktop.views.change_follower import ChangeFollower, tolerating_unreachable

CHECK_MS = 10_000


class PendingApprovalsCount(QObject):
    changed = Signal(int)

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.count: int | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self._tick)
        self.timer.start()
        # A preparation elsewhere asks for approvals; another reviewer decides one.
        self.follower = ChangeFollower(
            context,
            self,
            self.refresh,
            {"approval": None, "delivery": None, "reviewer": None, "operator": None},
        )
        self.follower.pace(self.timer, CHECK_MS)
        context.reviews.decided.connect(self.refresh)

    @Slot()
    def _tick(self) -> None:
        tolerating_unreachable(self.refresh)

    @Slot()
    def refresh(self) -> None:
        try:
            with self.context.sessions() as session:
                count = count_mine(session, self.context.actor)
        except ConsoleError:
            return  # the next turn tries again; the count shown stays
        self.set_count(count)

    @Slot(int)
    def set_count(self, count: int) -> None:
        """A count known otherwise (the Pending approvals view just read its rows)."""
        if count != self.count:
            self.count = count
            self.changed.emit(count)
