"""A progress dialog for work that cannot be cancelled halfway (the first start, the
application finishing its work at quit)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QProgressDialog, QWidget


class BusyDialog(QProgressDialog):
    """Modal, busy until told a range, with no Cancel button. Esc and the close button do
    nothing, rather than hiding the only sign that the program is working; finish()
    closes it."""

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._finished = False
        self.setLabelText(label)
        self.setRange(0, 0)
        self.setCancelButton(None)
        self.setMinimumDuration(0)
        self.setAutoReset(False)  # a finished phase must not close the dialog
        self.setAutoClose(False)
        self.setMinimumWidth(420)
        self.setWindowModality(Qt.WindowModality.ApplicationModal)

    def finish(self) -> None:
        self._finished = True
        self.close()
        self.deleteLater()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() != Qt.Key.Key_Escape:
            super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.isVisible() and not self._finished:
            event.ignore()
            return
        super().closeEvent(event)
