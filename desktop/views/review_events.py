"""What one window tells the others about the review: a step was approved or rejected.

The Pending approvals view, the badge on its folder and toolbar entry, and the review
panels of open dashboards read again at once, wherever the decision was taken in this
application (other applications' decisions show on their timers).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class ReviewEvents(QObject):
    decided = Signal(int)  # the delivery whose step was approved or rejected
