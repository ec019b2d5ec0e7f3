"""The band across the top of the main window while the database cannot be reached: what
is wrong, that the application keeps trying, and the driver's reason in smaller words."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QStyle, QVBoxLayout, QWidget


class UnreachableBanner(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unreachableBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "#unreachableBanner { background: #fdecea; border: 1px solid #c62828;"
            " border-radius: 3px }"
            " #unreachableBanner QLabel { color: #7f1d1d; background: transparent }"
        )
        icon = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        icon.setPixmap(warning.pixmap(size * 3 // 2))
        self.message = QLabel()
        self.message.setObjectName("unreachableMessage")
        self.message.setStyleSheet("font-weight: bold")
        self.reason = QLabel()
        self.reason.setObjectName("unreachableReason")
        self.reason.setWordWrap(True)
        words = QVBoxLayout()
        words.setSpacing(2)
        words.addWidget(self.message)
        words.addWidget(self.reason)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(icon)
        layout.addLayout(words, 1)
        self.hide()

    def show_reason(self, reason: str) -> None:
        self.message.setText(self.tr("The database is unreachable: trying again…"))
        self.reason.setText(
            self.tr("Reason: %1. What you typed stays; saving waits until it is back.").replace(
                "%1", reason.rstrip(".")
            )
        )
        self.reason.setToolTip(reason)
        self.show()
