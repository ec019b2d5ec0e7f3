"""The progress of a send in parts that add up: delivered, failed, cancelled, and still to
send, of the messages to deliver. A bar of coloured segments, and a line that says each
part in words; before a preparation it says so instead of counting nothing.

Errors are the failed messages (hard and soft bounces) and those a send could not render:
processed = delivered + errors + cancelled, so the parts always make the whole.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QLocale, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen, QTextDocument
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

PART_COLOURS = {
    "delivered": "#2e7d32",
    "failed": "#c62828",
    "cancelled": "#9e9e9e",
    "to_send": "#e3e7ea",
}
BAR_HEIGHT = 16


@dataclass(frozen=True)
class SendParts:
    """The parts of a send's messages to deliver; they add up to `total`."""

    total: int
    delivered: int = 0
    failed: int = 0
    cancelled: int = 0

    @classmethod
    def of(cls, values: dict[str, int]) -> SendParts:
        """From the KPIs: what was processed and is neither delivered nor cancelled is an
        error (a bounce, or a message the send could not render)."""
        total = max(0, values.get("to_deliver", 0))
        processed = min(total, values.get("processed", 0))
        delivered = min(processed, values.get("delivered", 0))
        cancelled = min(processed - delivered, values.get("cancelled", 0))
        return cls(total, delivered, processed - delivered - cancelled, cancelled)

    @property
    def to_send(self) -> int:
        return self.total - self.delivered - self.failed - self.cancelled

    def items(self) -> list[tuple[str, int]]:
        return [
            ("delivered", self.delivered),
            ("failed", self.failed),
            ("cancelled", self.cancelled),
            ("to_send", self.to_send),
        ]


class _Segments(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.parts = SendParts(0)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(200, BAR_HEIGHT)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        frame = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(PART_COLOURS["to_send"]))
        painter.drawRoundedRect(frame, 3, 3)
        total = self.parts.total
        if total > 0:
            x = frame.left()
            for name, count in self.parts.items():
                if name == "to_send" or count <= 0:
                    continue
                width = frame.width() * count / total
                painter.setBrush(QColor(PART_COLOURS[name]))
                painter.drawRect(QRectF(x, frame.top(), width, frame.height()))
                x += width
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(self.palette().mid().color()))
        painter.drawRoundedRect(frame, 3, 3)


class SendProgressBar(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sendProgress")
        self.parts = SendParts(0)
        self.prepared = False
        self.segments = _Segments()
        self.text = QLabel()
        self.text.setObjectName("sendProgressText")
        self.text.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.segments)
        layout.addWidget(self.text)
        self.show_parts(SendParts(0), prepared=False)

    @property
    def total(self) -> int:
        return self.parts.total

    def show_parts(self, parts: SendParts, *, prepared: bool) -> None:
        """`prepared`: the delivery has messages to deliver from a preparation."""
        self.parts, self.prepared = parts, prepared
        self.segments.parts = parts
        self.segments.setVisible(prepared)
        self.segments.update()
        self.text.setText(self.words())
        self.segments.setToolTip(self.plain_words())

    def words(self) -> str:
        """What the line says: each part, coloured as in the bar."""
        if not self.prepared:
            return self.tr("Not prepared yet: nothing to send.")
        locale = QLocale()
        words = {
            "delivered": self.tr("%1 delivered"),
            "failed": self.tr("%1 failed"),
            "cancelled": self.tr("%1 cancelled"),
            "to_send": self.tr("%1 to send"),
        }
        shown = []
        for name, count in self.parts.items():
            if count == 0 and name != "delivered":
                continue  # a part that is not there is not named
            text = words[name].replace("%1", locale.toString(count))
            colour = PART_COLOURS[name] if name != "to_send" else ""
            shown.append(f'<span style="color:{colour}">{text}</span>' if colour else text)
        return (
            self.tr("%1 of %2 messages to deliver")
            .replace("%1", ", ".join(shown))
            .replace("%2", locale.toString(self.parts.total))
        )

    def plain_words(self) -> str:
        """The line without its colours (the tooltip, tests)."""
        document = QTextDocument()
        document.setHtml(self.text.text())
        return document.toPlainText()
