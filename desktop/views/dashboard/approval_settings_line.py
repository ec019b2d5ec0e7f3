"""A delivery's approval settings in one line of its dashboard: the steps to approve, their
reviewers, the confirmation reviewers, and whose settings they are (its campaign's, or
its own when it overrides them). They are edited in the campaign and delivery forms.
"""

from __future__ import annotations

from html import escape as html_escape

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from desktop.errors import ConsoleError
from desktop.services.delivery.approval_settings import ApprovalSettingsView, delivery_settings
from desktop.services.delivery.reviewers import NamedReviewer
from desktop.views.app_context import AppContext
from desktop.views.review_words import listed, reviewer_words, step_words


def escape(text: str) -> str:
    return html_escape(text, quote=False)


class ApprovalSettingsLine(QFrame):
    def __init__(
        self, context: AppContext, delivery_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("approvalSettingsLine")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.context = context
        self.delivery_id = delivery_id
        self.settings: ApprovalSettingsView | None = None
        self.label = QLabel()
        self.label.setObjectName("approvalSettingsText")
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.label)
        self.reload()

    @Slot()
    def reload(self) -> None:
        try:
            with self.context.sessions() as session:
                settings = delivery_settings(session, self.delivery_id)
        except ConsoleError as exc:
            self.label.setText(escape(str(exc)))
            return
        self.settings = settings
        self.label.setText(self.text(settings))

    def _reviewer(self, reviewer: NamedReviewer) -> str:
        name = reviewer_words(reviewer)
        if reviewer.step is None:
            return name
        return self.tr("%1 (%2 only)").replace("%1", name).replace("%2", step_words(reviewer.step))

    def text(self, settings: ApprovalSettingsView) -> str:
        source = (
            self.tr("the campaign's settings")
            if settings.source == "campaign"
            else self.tr("this delivery's own settings")
        )
        if not settings.steps:
            steps = self.tr("No approval asked")
        else:
            steps = self.tr("Approval of %1").replace(
                "%1", listed(f"<b>{escape(step_words(s))}</b>" for s in settings.steps)
            )
        if settings.approval_reviewers:
            named = listed(escape(self._reviewer(r)) for r in settings.approval_reviewers)
        else:
            named = escape(self.tr("none named, the owner reviews"))
        if settings.confirmation_reviewers:
            confirmers = listed(escape(reviewer_words(r)) for r in settings.confirmation_reviewers)
        else:
            confirmers = escape(self.tr("none named, the owner confirms"))
        parts = [steps]
        if settings.steps:
            parts.append(self.tr("reviewers: %1").replace("%1", named))
        parts.append(self.tr("confirmation: %1").replace("%1", confirmers))
        return (
            " &nbsp;\u00b7&nbsp; ".join(parts)
            + f' &nbsp;<span style="color:#777">({escape(source)})</span>'
        )
