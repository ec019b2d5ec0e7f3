"""The preview of a delivery's message for one chosen recipient.

The recipient is picked by id or by the start of an e-mail address (or last name). The
message is rendered by services.delivery.preview from the content being edited, saved
or not, exactly as preparation renders it; a template that does not compile shows its
part and line, and `template_error` lets the form put the cursor there.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import ConsoleError
from desktop.services.delivery.preview import find_recipients, render_preview
from desktop.services.messages.rendering import (
    RecipientRenderError,
    Rendered,
    TemplateSyntaxProblem,
)
from desktop.views.app_context import AppContext

# Re-render this long after the last keystroke in the content, when a recipient is chosen.
RERENDER_DELAY_MS = 600


class HtmlPreview(QWidget):
    template_error = Signal(str, int)  # part ("HTML content", ...), line (0: unknown)
    rendered = Signal()

    def __init__(
        self,
        context: AppContext,
        draft: Callable[[], dict[str, Any]],
        delivery_id: Callable[[], int | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self._draft = draft
        self._delivery_id = delivery_id
        self.last: Rendered | None = None

        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        picker = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Recipient id or e-mail"))
        self.search.setClearButtonEnabled(True)
        self.search.returnPressed.connect(self.find)
        self.find_button = QPushButton(self.tr("Find"))
        self.find_button.clicked.connect(self.find)
        self.recipients = QComboBox()
        self.recipients.setMinimumContentsLength(22)
        self.recipients.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.recipients.currentIndexChanged.connect(lambda _i: self.render())
        self.render_button = QPushButton(self.tr("Preview"))
        self.render_button.clicked.connect(self.render)
        picker.addWidget(self.search, 1)
        picker.addWidget(self.find_button)
        picker.addWidget(self.recipients, 1)
        picker.addWidget(self.render_button)
        column.addLayout(picker)

        self.error_label = QLabel()
        self.error_label.setStyleSheet("color: #c0392b; font-weight: bold;")
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.hide()
        column.addWidget(self.error_label)
        self.subject_label = QLabel()
        self.subject_label.setWordWrap(True)
        self.subject_label.setTextFormat(Qt.TextFormat.PlainText)
        self.subject_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(self.subject_label)

        self.tabs = QTabWidget()
        self.browser = QTextBrowser()
        # A preview never follows links: tracking URLs must not record a click.
        self.browser.setOpenLinks(False)
        self.browser.setOpenExternalLinks(False)
        self.text_view = QPlainTextEdit()
        self.text_view.setReadOnly(True)
        self.tabs.addTab(self.browser, self.tr("HTML"))
        self.tabs.addTab(self.text_view, self.tr("Text"))
        column.addWidget(self.tabs, 1)
        self.placeholder_text = self.tr("The message for the chosen recipient shows here.")
        self.browser.setPlaceholderText(self.placeholder_text)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(RERENDER_DELAY_MS)
        self.timer.timeout.connect(self.render)

    def recipient_id(self) -> int | None:
        data = self.recipients.currentData()
        return None if data is None else int(data)

    def find(self) -> int:
        """Fills the recipient list from the search text; returns how many were found."""
        try:
            with self.context.sessions() as session:
                found = find_recipients(session, self.search.text())
        except ConsoleError as error:
            self._show_error(str(error))
            return 0
        self.recipients.blockSignals(True)
        self.recipients.clear()
        for choice in found:
            self.recipients.addItem(f"#{choice.id} {choice.title}", choice.id)
        self.recipients.blockSignals(False)
        if not found:
            self._show_error(
                self.tr("No recipient matches “%1”.").replace("%1", self.search.text())
            )
            return 0
        self.render()
        return len(found)

    def schedule_render(self) -> None:
        """After an edit of the content: render again shortly, if a recipient is chosen."""
        if self.recipient_id() is not None:
            self.timer.start()

    def render(self) -> bool:
        """Renders the draft for the chosen recipient; True when it worked."""
        self.timer.stop()
        recipient_id = self.recipient_id()
        if recipient_id is None:
            self._show_error(self.tr("Choose a recipient first."))
            return False
        try:
            # A transaction: the first preview may create the tracking key.
            with self.context.sessions.begin() as session:
                result = render_preview(session, self._draft(), recipient_id, self._delivery_id())
        except TemplateSyntaxProblem as error:
            self._show_error(str(error))
            self.template_error.emit(error.part, error.line or 0)
            return False
        except RecipientRenderError as error:
            self._show_error(
                self.tr("This recipient's message cannot be rendered: %1").replace("%1", str(error))
            )
            return False
        except ConsoleError as error:
            self._show_error(str(error))
            return False
        self.last = result
        self.error_label.hide()
        self.subject_label.setText(self.tr("Subject: %1").replace("%1", result.subject))
        self.browser.setHtml(result.html)
        self.text_view.setPlainText(result.text)
        self.rendered.emit()
        return True

    def error(self) -> str:
        return self.error_label.text() if not self.error_label.isHidden() else ""

    def _show_error(self, text: str) -> None:
        self.last = None
        self.error_label.setText(text)
        self.error_label.show()
        self.subject_label.clear()
        self.browser.clear()
        self.text_view.clear()
